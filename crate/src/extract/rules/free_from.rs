//! "I prefer skincare free from parabens and sulfates", "I like my coffee without sugar":
//! what a liked thing must lack is disliked.

use super::{Ctx, Found, Rule};
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "free_from",
    description: "exclusions inside a like: X free from / free of / without Y",
    in_requests: false,
    apply,
};

/// Verbs that make the thing before the exclusion a wish of the speaker's.
fn wants(w: &str) -> bool {
    matches!(
        w,
        "prefer"
            | "like"
            | "love"
            | "enjoy"
            | "use"
            | "buy"
            | "want"
            | "need"
            | "choose"
            | "eat"
            | "drink"
            | "wear"
            | "only"
    )
}

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    let Some(&anchor) = ctx.anchors.first() else {
        return;
    };
    // The wish must come before the exclusion, within the clause.
    // "I am like Mickey Mouse without ...": a comparison, no wish.
    let Some(cue) = (anchor..ctx.toks.len()).find(|&i| {
        wants(ctx.word(i)) && !(i > 0 && matches!(ctx.word(i - 1), "am" | "is" | "be" | "just"))
    }) else {
        return;
    };
    // Close to the wish, and naming a thing: not "can't go a day without it".
    let exclusion = (cue + 1..(cue + 8).min(ctx.toks.len())).find_map(|i| {
        match (ctx.word(i), ctx.word(i + 1)) {
            ("free", "from" | "of") => Some(i + 2),
            ("without", _) => Some(i + 1),
            _ => None,
        }
    });
    let Some(from) = exclusion else {
        return;
    };
    if matches!(
        ctx.word(from),
        "it" | "them" | "that" | "this" | "a" | "an" | "me" | "you"
    ) {
        return;
    }
    for topic in ctx.topics(from) {
        out.push(Found::new(topic, Polarity::Dislike, Kind::Preference, 0.6));
    }
}
