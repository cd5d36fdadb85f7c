//! "My love for animals", "I developed a love of jazz", "pizza is the love of my life":
//! a taste named by the noun "love" (or "passion", "weakness") rather than the verb.

use super::{fronted::split_and, Ctx, Found, Rule};
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "love_of",
    description: "taste as a noun: my/a love for X, no passion for X, X is the love of my life",
    in_requests: false,
    apply,
};

const INTENSITY: f32 = 0.8;

fn is_love_noun(w: &str) -> bool {
    matches!(
        w,
        "love" | "passion" | "fondness" | "weakness" | "obsession"
    )
}

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    for k in 1..ctx.toks.len() {
        if !is_love_noun(ctx.word(k)) {
            continue;
        }
        if ctx.word(k + 1) == "of" && ctx.seq(k + 2, &["my", "life"]).is_some() {
            life(ctx, k, out);
            continue;
        }
        // "a weakness of the plan" is no taste: only love takes "of".
        if !(ctx.word(k + 1) == "for" || ctx.word(k + 1) == "of" && ctx.word(k) == "love") {
            continue;
        }
        // Back over adjectives to the determiner: "my (deep, lifelong) love for".
        let mut d = k - 1;
        while d > 0
            && matches!(
                ctx.word(d),
                "deep"
                    | "new"
                    | "newfound"
                    | "great"
                    | "huge"
                    | "big"
                    | "real"
                    | "true"
                    | "lifelong"
                    | "strong"
                    | "own"
                    | "special"
            )
        {
            d -= 1;
        }
        // "my love for X" is mine whoever the subject is ("he knows my love for flowers");
        // "a love for X" only after a first-person anchor ("i developed a love for dogs").
        // "i have so much love for X" and "i have no love for X" likewise; "no" turns it.
        let anchored = ctx.anchors.iter().any(|&a| a <= d);
        let (mine, polarity) = match ctx.word(d) {
            "my" => (true, Polarity::Like),
            "a" | "an" | "much" | "have" | "had" => (anchored, Polarity::Like),
            "no" => (anchored, Polarity::Dislike),
            _ => (false, Polarity::Like),
        };
        if !mine {
            continue;
        }
        for t in ctx.topics(k + 2) {
            out.push(Found::new(t, polarity, Kind::Preference, INTENSITY));
        }
    }
}

/// "X is the love of my life", "the love of my life is X", "...: my dog, the love of my life".
fn life(ctx: &Ctx, k: usize, out: &mut Vec<Found>) {
    let after = k + 4;
    if matches!(ctx.word(after), "is" | "are") {
        for t in ctx.topics(after + 1) {
            out.push(Found::new(t, Polarity::Like, Kind::Preference, 0.9));
        }
        return;
    }
    // The subject before "is/are the love": at most six words back to a stop mark.
    let det = k.saturating_sub(1);
    if det == 0 || !matches!(ctx.word(det), "the" | "my") {
        return;
    }
    let copula = det.saturating_sub(1);
    if !matches!(ctx.word(copula), "is" | "are") {
        return;
    }
    let start = (0..copula)
        .rev()
        .find(|&i| ctx.toks[i].is_stop())
        .map_or(0, |i| i + 1);
    if copula > start && copula - start <= 6 {
        for t in split_and(ctx, start, copula) {
            out.push(Found::new(t, Polarity::Like, Kind::Preference, 0.9));
        }
    }
}
