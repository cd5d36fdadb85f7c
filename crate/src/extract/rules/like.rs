//! "I love X", "I like X", "I adore X", "I fell in love with X", "I don't mind X", "I'm fine with X": plain likes, by strength.

use super::{anchored_topics, anchored_topics_unless, is_pronoun, Ctx, Cue, Found, Rule};
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "like",
    description: "plain likes: love, adore, like, don't mind / fine with / got used to (weak), mostly listen to, nothing I like more than / nothing beats X",
    in_requests: false,
    apply,
};

pub(super) const CUES: &[Cue] = &[
    (&["adore"], 0.95),
    (&["am", "in", "love", "with"], 0.9),
    (&["love"], 0.9),
    (&["fell", "in", "love", "with"], 0.85),
    (&["have", "fallen", "in", "love", "with"], 0.85),
    (&["have", "loved"], 0.85),
    (&["am", "loving"], 0.8),
    (&["have", "been", "loving"], 0.8),
    (&["have", "liked"], 0.6),
    (&["like"], 0.6),
    (&["vibe", "with"], 0.6),
    // "I'm a big believer in public transport".
    (&["am", "a", "believer", "in"], 0.7),
    // "I avoid synthetic fibers, preferring natural ones".
    (&["preferring"], 0.6),
    (&["do", "not", "mind"], 0.3),
    // "Actually I'm fine with cilantro now", "I've gotten used to spicy food".
    (&["am", "fine", "with"], 0.3),
    (&["am", "okay", "with"], 0.3),
    (&["am", "ok", "with"], 0.3),
    (&["have", "gotten", "used", "to"], 0.35),
    (&["have", "got", "used", "to"], 0.35),
    (&["got", "used", "to"], 0.35),
    (&["do", "not", "hate"], 0.3),
    (&["do", "not", "dislike"], 0.35),
];

/// "I mostly listen to lo-fi": a habit of choice (not a plain "I listen to").
const LISTEN: &[Cue] = &[
    (&["mostly", "listen", "to"], 0.5),
    (&["usually", "listen", "to"], 0.5),
    (&["mainly", "listen", "to"], 0.5),
    (&["always", "listen", "to"], 0.5),
];

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    anchored_topics(ctx, CUES, Polarity::Like, out);
    // Not "I always listen to my mom", "... to you".
    let person = |w: &str| {
        matches!(
            w,
            "my" | "your" | "his" | "her" | "our" | "their" | "you" | "him" | "them" | "people"
        )
    };
    anchored_topics_unless(ctx, LISTEN, Polarity::Like, person, out);
    nothing_better(ctx, out);
    switched(ctx, out);
    taken_as(ctx, out);
}

/// How a thing can be had: "black", "medium rare", "extra hot".
fn is_manner(w: &str) -> bool {
    matches!(
        w,
        "black"
            | "strong"
            | "weak"
            | "hot"
            | "iced"
            | "cold"
            | "sweet"
            | "unsweetened"
            | "spicy"
            | "mild"
            | "rare"
            | "runny"
            | "crispy"
            | "crunchy"
            | "soft"
            | "chewy"
            | "raw"
            | "plain"
            | "neat"
            | "dry"
            | "dark"
            | "light"
            | "warm"
            | "chilled"
            | "thin"
            | "thick"
            | "simple"
            | "short"
            | "long"
            | "loud"
            | "quiet"
            | "sharp"
            | "bitter"
            | "fresh"
            | "well-done"
    )
}

/// "I like my coffee black", "I take my steak medium rare": the thing as I have it
/// ("black coffee"), not "coffee black".
fn taken_as(ctx: &Ctx, out: &mut Vec<Found>) {
    const HAVE: &[Cue] = &[
        (&["like"], 0.6),
        (&["love"], 0.8),
        (&["prefer"], 0.7),
        (&["take"], 0.6),
        (&["drink"], 0.6),
        (&["eat"], 0.6),
    ];
    for (end, intensity) in ctx.anchored(HAVE) {
        if ctx.word(end) != "my" {
            continue;
        }
        let thing = ctx.word(end + 1);
        // "I drink my coffee with oat milk", "I take my tea with honey".
        // (Not "my job with all my heart", "my lunch with my coworkers".)
        let company = matches!(
            ctx.word(end + 3),
            "my" | "all" | "your" | "his" | "her" | "our" | "their" | "the" | "a" | "friends"
        );
        if ctx.word(end + 2) == "with"
            && !company
            && !crate::extract::topic::is_function_word(thing)
        {
            let with = ctx.topics(end + 3).join(" and ");
            if !with.is_empty() {
                out.retain(|f| !f.topic.starts_with(thing));
                out.push(Found::new(
                    format!("{thing} with {with}"),
                    Polarity::Like,
                    Kind::Preference,
                    intensity,
                ));
            }
            continue;
        }
        // One or two words of manner: "black", "medium rare", "extra hot", "well done".
        let mut m = end + 2;
        while matches!(ctx.word(m), "medium" | "extra" | "super" | "very" | "well") {
            m += 1;
        }
        let how = ctx.word(m);
        if thing.is_empty()
            || !(is_manner(how) || how == "done" && ctx.word(m - 1) == "well")
            || crate::extract::topic::is_function_word(thing)
        {
            continue;
        }
        // "black and strong".
        if ctx.word(m + 1) == "and" && is_manner(ctx.word(m + 2)) {
            m += 2;
        }
        // Only the manner ends the clause: not "I like my coffee black enough to ...".
        let rest = ctx.word(m + 1);
        if !(rest.is_empty() || matches!(rest, "," | "." | "!" | "please" | "and" | "but")) {
            continue;
        }
        let manner = ctx.words(end + 2, m);
        let said = format!("{thing} {manner}");
        out.retain(|f| f.topic != said);
        out.push(Found::new(
            format!("{manner} {thing}"),
            Polarity::Like,
            Kind::Preference,
            intensity,
        ));
    }
}

/// "I've switched to tea", "I switched from coffee to tea", "I'm switching to oat
/// milk": what one has moved to is liked now, and what one left is liked no longer (the
/// clause is read as a change, [`crate::extract`]'s `says_change`).
fn switched(ctx: &Ctx, out: &mut Vec<Found>) {
    for &a in ctx.anchors {
        let Some((end, _)) = ctx
            .seq(a, &["switched"])
            .or_else(|| ctx.seq(a, &["have", "switched"]))
            .or_else(|| ctx.seq(a, &["am", "switching"]))
        else {
            continue;
        };
        let end = end + usize::from(ctx.word(end) == "over");
        let to = match ctx.word(end) {
            "to" => end,
            "from" => match ctx.find(end + 1, "to") {
                Some(to) => {
                    let left = crate::extract::topic::np_before(&ctx.toks[..to], to);
                    out.extend(
                        left.map(|t| Found::new(t, Polarity::Dislike, Kind::Preference, 0.5)),
                    );
                    to
                }
                None => continue,
            },
            _ => continue,
        };
        for t in ctx.topics_to_comma(to + 1) {
            out.push(Found::new(t, Polarity::Like, Kind::Preference, 0.7));
        }
    }
}

/// "There is nothing I like more than a late night ice cream run", "nothing beats a cold
/// beer", "nothing better than fresh bread": a superlative like said by exclusion.
fn nothing_better(ctx: &Ctx, out: &mut Vec<Found>) {
    for k in 0..ctx.toks.len() {
        if ctx.word(k) != "nothing" {
            continue;
        }
        let from = if ctx.word(k + 1) == "i"
            && matches!(ctx.word(k + 2), "like" | "love" | "enjoy")
            && ctx.word(k + 3) == "more"
            && ctx.word(k + 4) == "than"
        {
            k + 5
        } else if k > 0
            && matches!(ctx.word(k - 1), "love" | "like" | "enjoy")
            && matches!(ctx.word(k + 1), "more" | "better")
            && ctx.word(k + 2) == "than"
        {
            // "I love nothing more than a good book".
            k + 3
        } else if matches!(ctx.word(k + 1), "beats" | "tops") {
            k + 2
        } else if ctx.word(k + 1) == "better" && ctx.word(k + 2) == "than" {
            k + 3
        } else {
            continue;
        };
        // Not "nothing beats it", "there's nothing better than that".
        for t in ctx.topics(from).into_iter().filter(|t| !is_pronoun(t)) {
            out.push(Found::new(t, Polarity::Like, Kind::Preference, 0.9));
        }
    }
}
