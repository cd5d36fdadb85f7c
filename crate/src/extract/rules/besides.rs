//! "Besides hiking, I also love kayaking", "aside from video games I like taking walks":
//! what the taste is said in addition to is of the same taste.

use super::{dislike, enthusiasm, like, Ctx, Found, Rule};
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "besides",
    description: "besides / in addition to X, I (also) love Y: X is liked too (aside from / apart from / other than only with also, too, as well)",
    in_requests: false,
    apply,
};

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    // At the clause's start, or after a joiner ("I like my coffee black, and besides
    // hiking I also love kayaking").
    let opens = |k: usize| k == 0 || matches!(ctx.word(k - 1), "and" | "," | "but" | "so");
    let Some(from) = (0..ctx.toks.len()).filter(|&k| opens(k)).find_map(|k| {
        match (ctx.word(k), ctx.word(k + 1), ctx.word(k + 2)) {
            ("besides", _, _) => Some(k + 1),
            ("in", "addition", "to") => Some(k + 3),
            ("aside" | "apart", "from", _) | ("other", "than", _) | ("outside", "of", _) => {
                Some(k + 2)
            }
            _ => None,
        }
    }) else {
        return;
    };
    // "Besides work, I love painting", "besides my job": the rest of life, not a taste.
    if matches!(
        ctx.word(from),
        "work"
            | "job"
            | "school"
            | "college"
            | "uni"
            | "that"
            | "this"
            | "it"
            | "my"
            | "the"
            | "your"
            | "our"
            | "his"
            | "her"
            | "their"
    ) {
        return;
    }
    // "Aside from the price, I love it": said without "also", an exception, not more.
    let also = |k: usize| {
        (k..ctx.toks.len())
            .any(|j| matches!(ctx.word(j), "also" | "too") || ctx.seq(j, &["as", "well"]).is_some())
    };
    let additive = matches!(ctx.word(from - 1), "besides" | "to");
    let Some(first) = ctx.anchors.iter().copied().find(|&a| a > from) else {
        return;
    };
    let said = [
        (like::CUES, Polarity::Like),
        (enthusiasm::CUES, Polarity::Like),
        (dislike::CUES, Polarity::Dislike),
    ]
    .into_iter()
    .find_map(|(cues, polarity)| {
        let (end, intensity) = ctx.cue(first, cues)?;
        // Not "..., I love it": the taste must name its own thing.
        let named = !ctx.topics(end).is_empty() && !super::is_pronoun(ctx.word(end));
        named.then_some((polarity, intensity))
    });
    let Some((polarity, intensity)) = said else {
        return;
    };
    if !(additive || also(first)) {
        return;
    }
    for t in ctx.topics(from) {
        out.push(Found::new(t, polarity, Kind::Preference, intensity * 0.9));
    }
}
