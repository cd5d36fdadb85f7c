//! "Use British spelling", "answer in French", "American English please": language and spelling.

use super::{is_language, is_request, negated, Ctx, Found, Rule};
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "style_language",
    description: "language wishes: British/American spelling, answer in <language>, Oxford comma",
    in_requests: true,
    apply,
};

/// "answer in Mandarin" is stored as Chinese.
fn language(w: &str) -> Option<String> {
    let w = if w == "mandarin" { "chinese" } else { w };
    is_language(w).then(|| format!("answers in {w}"))
}

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    if !is_request(ctx) {
        return;
    }
    for i in 0..ctx.toks.len() {
        let (w, next) = (ctx.word(i), ctx.word(i + 1));
        let topic = match (w, next) {
            (
                "british" | "uk" | "australian" | "commonwealth",
                "spelling" | "english" | "spellings",
            ) => "british spelling".to_owned(),
            ("american" | "us", "spelling" | "english" | "spellings") => {
                "american spelling".to_owned()
            }
            ("oxford", "comma") => "oxford comma".to_owned(),
            _ => match language(w) {
                // "answer in French", "reply in Spanish", "write in German".
                Some(t)
                    if ctx.word(i.wrapping_sub(1)) == "in"
                        && (i.saturating_sub(5)..i).any(|k| {
                            matches!(
                                ctx.word(k),
                                "answer"
                                    | "answers"
                                    | "reply"
                                    | "replies"
                                    | "respond"
                                    | "write"
                                    | "talk"
                                    | "speak"
                                    | "responses"
                                    | "explain"
                                    | "only"
                                    | "always"
                            )
                        }) =>
                {
                    t
                }
                _ => continue,
            },
        };
        let polarity = if negated(ctx, i.saturating_sub(4), i) {
            Polarity::Dislike
        } else {
            Polarity::Like
        };
        out.push(Found::new(topic, polarity, Kind::Style, 0.8));
        return;
    }
}
