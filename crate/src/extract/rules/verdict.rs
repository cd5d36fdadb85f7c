//! "I tried sushi and loved it", "Watched Dune last night and hated it": a verdict in
//! the past tense on something just tried, named before the pronoun.

use super::{favorite, Ctx, Cue, Found, Rule};
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "verdict",
    description: "a past verdict on what was just tried: tried X and loved / hated it",
    in_requests: false,
    apply,
};

const LIKED: &[Cue] = &[(&["loved"], 0.8), (&["enjoyed"], 0.65), (&["liked"], 0.55)];
const DISLIKED: &[Cue] = &[(&["hated"], 0.85), (&["disliked"], 0.6)];

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    for (cues, polarity) in [(LIKED, Polarity::Like), (DISLIKED, Polarity::Dislike)] {
        for (end, intensity) in ctx.anchored(cues) {
            // Only a pronoun pointing back: "I loved the Beatles as a kid" or "I hated
            // school" tell of the past, not of now.
            if !matches!(ctx.word(end), "it" | "them") {
                continue;
            }
            // "... and hated it at first", "loved it as a kid", "until ...": then, not now.
            if matches!(
                ctx.word(end + 1),
                "at" | "as" | "back" | "until" | "till" | "when" | "growing" | "before"
            ) {
                continue;
            }
            // "I used to eat meat and loved it": a habit given up.
            if ctx.find_seq(0, &["used", "to"]).is_some_and(|k| k < end) {
                continue;
            }
            // "watched the movie and loved it": that one film, not films.
            for t in ctx
                .topics(end)
                .into_iter()
                .filter(|t| !favorite::is_category(t))
            {
                out.push(Found::new(t, polarity, Kind::Preference, intensity));
            }
        }
    }
}
