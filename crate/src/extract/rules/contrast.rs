//! "I like X but not Y", "I love tea, not coffee": the tail takes the opposite polarity.

use super::{Ctx, Found, Rule};
use crate::item::Kind;

pub(crate) const RULE: Rule = Rule {
    name: "contrast",
    description:
        "a contrast tail without its own verb (\"but not Y\") flips the previous clause's polarity",
    in_requests: false,
    apply,
};

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    let Some(prev) = ctx.previous.first() else {
        return;
    };
    if !ctx.after_contrast || prev.kind != Kind::Preference || ctx.word(0) != "not" {
        return;
    }
    // "I like all kinds of music, not just rock": more, not less.
    if matches!(ctx.word(1), "just" | "only" | "merely" | "simply") {
        return;
    }
    let mut i = 1;
    while matches!(
        ctx.word(i),
        "so" | "much"
            | "really"
            | "too"
            | "as"
            | "big"
            | "fan"
            | "of"
            | "a"
            | "huge"
            | "that"
            | "very"
            | "with"
            | "when"
            | "into"
    ) {
        i += 1;
    }
    // "We like strategy but not too long", "coffee, not too sweet": how much of the
    // liked thing, not another thing.
    let degree = (1..i).any(|k| ctx.word(k) == "too");
    for t in ctx.topics(i) {
        if degree && !t.contains(' ') && super::is_adjective_word(&t) {
            continue;
        }
        out.push(Found::new(
            t,
            prev.polarity.flipped(),
            prev.kind,
            prev.intensity * 0.8,
        ));
    }
}
