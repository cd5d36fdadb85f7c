//! "I've been listening to a lot of Phoebe Bridgers lately, she's amazing", "Just
//! finished Project Hail Mary and it was fantastic", "been watching The Bear, it's so
//! good": a verdict said of what the person has been hearing, reading, watching or
//! playing, in a clause of its own that points back with a pronoun.

use super::{Ctx, Found, Rule};
use crate::extract::text::Tok;
use crate::extract::topic;
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "taken_in",
    description: "a verdict on what I've been reading, watching, playing or listening to, said of it: ..., she's amazing / it was terrible",
    in_requests: false,
    apply,
};

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    // The verdict's pronoun opens the clause or follows a comma or "and" ("and
    // honestly it's a slog").
    let Some(p) = (0..ctx.toks.len()).find(|&p| {
        let mut j = p;
        while j > 0 && matches!(ctx.word(j - 1), "honestly" | "tbh" | "ngl" | "man") {
            j -= 1;
        }
        matches!(ctx.word(p), "she" | "he" | "they" | "it")
            && (j == 0 || matches!(ctx.word(j - 1), "and" | super::COMMA))
    }) else {
        return;
    };
    let mut i = p + 1;
    if !matches!(ctx.word(i), "is" | "are" | "was" | "were") {
        return;
    }
    i += 1;
    let mut intensity = 0.75;
    while let Some(w) = degree(ctx.word(i)) {
        intensity += w;
        i += 1;
    }
    let Some((polarity, len)) = verdict(ctx, i) else {
        return;
    };
    // The verdict closes the clause: not "it was amazing how fast it went".
    let rest = i + len;
    let closes = ctx.toks.get(rest).map_or(true, Tok::is_stop)
        || matches!(
            ctx.word(rest),
            "lately" | "honestly" | "too" | "btw" | "tbh" | "lol" | "imo" | "ngl"
        ) && ctx.toks.get(rest + 1).map_or(true, Tok::is_stop);
    if !closes {
        return;
    }
    let said = if p == 0 { ctx.before } else { &ctx.toks[..p] };
    if let Some(t) = taken(said) {
        out.push(Found::new(
            t,
            polarity,
            Kind::Preference,
            intensity.min(0.95),
        ));
    }
}

fn degree(w: &str) -> Option<f32> {
    Some(match w {
        "kind" | "kinda" | "sort" | "sorta" | "of" | "pretty" => -0.1,
        "so" | "really" | "just" | "honestly" | "seriously" | "genuinely" | "truly" => 0.05,
        "absolutely" | "incredibly" | "insanely" | "ridiculously" => 0.1,
        _ => return None,
    })
}

/// A verdict at token `i` and how many tokens it takes.
fn verdict(ctx: &Ctx, i: usize) -> Option<(Polarity, usize)> {
    let (like, dislike) = (Polarity::Like, Polarity::Dislike);
    Some(match (ctx.word(i), ctx.word(i + 1)) {
        ("the", "best") | ("a", "masterpiece") => (like, 2),
        ("a", "slog") => (dislike, 2),
        (
            "good" | "great" | "amazing" | "incredible" | "fantastic" | "brilliant" | "awesome"
            | "excellent" | "wonderful" | "phenomenal" | "superb" | "outstanding" | "perfect"
            | "addictive" | "gorgeous" | "hilarious" | "stunning" | "fire" | "unreal",
            _,
        ) => (like, 1),
        (
            "bad" | "overrated" | "boring" | "meh" | "mid" | "disappointing" | "terrible" | "awful"
            | "horrible" | "dull" | "unbearable" | "unwatchable" | "unreadable" | "tedious"
            | "painful",
            _,
        ) => (dislike, 1),
        _ => return None,
    })
}

/// What the sentence before the verdict says I have been taking in: "I've been
/// listening to a lot of X", "just finished X", "I watched X" (the subject is mine, or
/// dropped as chat does). The clause must be mine alone: not "my son is reading X".
fn taken(before: &[Tok]) -> Option<String> {
    let w = |k: usize| before.get(k).map_or("", |t| t.w.as_str());
    let v = (0..before.len()).find(|&k| is_taking_in(w(k)))?;
    let mine = (0..v).all(|k| {
        matches!(
            w(k),
            "i" | "have"
                | "had"
                | "been"
                | "am"
                | "was"
                | "just"
                | "finally"
                | "recently"
                | "lately"
                | "currently"
                | "also"
                | "so"
                | "ok"
                | "okay"
                | "anyway"
                | "really"
                | "btw"
        )
    });
    if !mine {
        return None;
    }
    let mut k = v + 1;
    while matches!(
        w(k),
        "to" | "a" | "lot" | "of" | "lots" | "some" | "ton" | "tons" | "more" | "through"
    ) {
        k += 1;
    }
    // Only the clause with the verb: up to the comma or "and" that opens the verdict.
    let end = (k..before.len())
        .find(|&j| before[j].is_stop() || w(j) == "and")
        .unwrap_or(before.len());
    let t = topic::topic_until(before, k, end)?;
    // ("Baldur's Gate 3 nonstop": how often is no part of what.)
    let t = t
        .strip_suffix(" nonstop")
        .or_else(|| t.strip_suffix(" non-stop"))
        .or_else(|| t.strip_suffix(" constantly"))
        .map_or(t.clone(), str::to_owned);
    (!super::is_pronoun(&t)).then_some(t)
}

/// [`super::is_taking_in`], or its past: "I read X and it was great".
fn is_taking_in(w: &str) -> bool {
    super::is_taking_in(w) || matches!(w, "listened" | "read" | "watched" | "binged" | "played")
}
