//! "I live in Lyon", "I'm from Ohio", "I'm based in Berlin", "I moved to Texas": where the person lives.

use super::{Ctx, Found, Rule};
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "fact_location",
    description: "location facts: I live in X, I'm from X, I'm based in X, I moved to X",
    in_requests: false,
    apply,
};

/// Words that end a place name.
fn ends_place(w: &str) -> bool {
    matches!(
        w,
        "with"
            | "near"
            | "for"
            | "since"
            | "and"
            | "but"
            | "because"
            | "by"
            | "at"
            | "on"
            | "where"
            | "now"
            | "right"
            | "currently"
            | "too"
            | "as"
            | "so"
            | "which"
            | "who"
            | "that"
            | "alone"
            | "together"
            | "here"
            | "there"
            | "in"
            | "when"
            | "while"
            | "though"
            | "lol"
            | "haha"
            | "is"
            | "was"
            | "are"
            | "i"
            | "or"
            | "also"
            | "originally"
            | "nowadays"
            | "anymore"
            | "these"
            | "after"
            | "before"
            | "about"
            | "ago"
            | "last"
            | "years"
    )
}

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    const PATTERNS: &[(&[&str], &str)] = &[
        (&["live", "in"], "lives in"),
        (&["am", "living", "in"], "lives in"),
        (&["reside", "in"], "lives in"),
        (&["am", "based", "in"], "lives in"),
        (&["am", "located", "in"], "lives in"),
        (&["moved", "to"], "lives in"),
        (&["have", "moved", "to"], "lives in"),
        (&["am", "from"], "from"),
        (&["come", "from"], "from"),
        (&["grew", "up", "in"], "from"),
        (&["was", "born", "in"], "from"),
    ];
    for &a in ctx.anchors {
        for (pat, prefix) in PATTERNS {
            let Some((end, _)) = ctx.seq(a, pat) else {
                continue;
            };
            let mut words: Vec<&str> = Vec::new();
            for t in ctx.toks[end.min(ctx.toks.len())..].iter() {
                if t.is_stop() || ends_place(&t.w) || words.len() >= 4 {
                    break;
                }
                if !matches!(t.w.as_str(), "the" | "a" | "an") {
                    words.push(&t.w);
                }
            }
            // "I'm from work", "I live in fear": nothing place-like.
            if words.is_empty()
                || matches!(
                    words[0],
                    "work"
                        | "fear"
                        | "hope"
                        | "denial"
                        | "it"
                        | "this"
                        | "that"
                        | "my"
                        | "school"
                        | "home"
                )
            {
                continue;
            }
            out.push(Found::new(
                format!("{prefix} {}", words.join(" ")),
                Polarity::Like,
                Kind::Fact,
                0.9,
            ));
            break;
        }
    }
}
