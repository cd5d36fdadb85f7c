//! "I'm a simple country girl who likes gardening", "I am not a person who enjoys crowds":
//! the taste sits in a relative clause about the speaker.

use super::{Ctx, Found, Rule};
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "self_described",
    description:
        "a self-description with a relative: I am a N / as someone who/that likes/loves/hates X",
    in_requests: false,
    apply,
};

/// Third-person cues, as the relative clause conjugates them.
fn cue(w: &str) -> Option<(Polarity, f32)> {
    match w {
        "loves" | "adores" => Some((Polarity::Like, 0.85)),
        "enjoys" => Some((Polarity::Like, 0.7)),
        "likes" => Some((Polarity::Like, 0.6)),
        "hates" | "detests" | "despises" => Some((Polarity::Dislike, 0.85)),
        "dislikes" => Some((Polarity::Dislike, 0.7)),
        _ => None,
    }
}

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    let described = ctx
        .anchors
        .iter()
        .filter_map(|&a| match ctx.seq(a, &["am", "a"]) {
            Some((s, _)) => Some((s, false, false)),
            // "I'm the kind of person who hates surprises", "I'm someone who ...".
            None => ["kind", "type", "sort"]
                .iter()
                .find_map(|w| ctx.seq(a, &["am", "the", w, "of"]))
                .or_else(|| {
                    ctx.seq(a, &["am"])
                        .filter(|&(s, _)| ctx.word(s) == "someone")
                })
                .map(|(s, _)| (s, false, false))
                .or_else(|| {
                    ctx.seq(a, &["am", "not", "a"])
                        .map(|(s, _)| (s, true, false))
                }),
        });
    // "As someone who hates cooking, ...", "as a vegan and someone who ...".
    let as_one = (ctx.word(0) == "as").then_some((1, false, true));
    for (start, negative, after_as) in described.chain(as_one) {
        // The described noun phrase is short: "a (huge) man that loves ...".
        let Some(rel) = (start + 1..(start + 5).min(ctx.toks.len()))
            .find(|&k| matches!(ctx.word(k), "who" | "that"))
        else {
            continue;
        };
        if ctx.toks[start..rel].iter().any(|t| t.is_stop()) {
            continue;
        }
        // After "as" only "someone who": "as a kid who loves dinosaurs" may be anyone.
        if after_as && !matches!(ctx.word(rel - 1), "someone" | "somebody" | "person" | "one") {
            continue;
        }
        let mut v = rel + 1;
        while matches!(ctx.word(v), "really" | "just" | "also" | "truly" | "always") {
            v += 1;
        }
        let Some((polarity, intensity)) = cue(ctx.word(v)) else {
            continue;
        };
        let polarity = if negative {
            polarity.flipped()
        } else {
            polarity
        };
        for t in ctx.topics(v + 1) {
            out.push(Found::new(t, polarity, Kind::Preference, intensity));
        }
    }
}
