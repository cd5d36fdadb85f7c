//! "Use British spelling", "answer in French", "American English please": language and spelling.

use super::{is_request, negated, Ctx, Found, Rule};
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "style_language",
    description: "language wishes: British/American spelling, answer in <language>, Oxford comma",
    in_requests: true,
    apply,
};

fn language(w: &str) -> Option<&'static str> {
    Some(match w {
        "french" => "answers in french",
        "spanish" => "answers in spanish",
        "german" => "answers in german",
        "italian" => "answers in italian",
        "portuguese" => "answers in portuguese",
        "dutch" => "answers in dutch",
        "japanese" => "answers in japanese",
        "chinese" | "mandarin" => "answers in chinese",
        "korean" => "answers in korean",
        "russian" => "answers in russian",
        "arabic" => "answers in arabic",
        "hindi" => "answers in hindi",
        "polish" => "answers in polish",
        "swedish" => "answers in swedish",
        "turkish" => "answers in turkish",
        "english" => "answers in english",
        _ => return None,
    })
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
            ) => "british spelling",
            ("american" | "us", "spelling" | "english" | "spellings") => "american spelling",
            ("oxford", "comma") => "oxford comma",
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
