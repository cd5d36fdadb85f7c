//! "I tried sushi and loved it", "I really enjoyed Severance and Dark", "Watched Dune
//! last night and hated it": a verdict in the past tense on something just tried or
//! watched, named or pointed back at. Not the past itself: "as a kid", "used to",
//! "in school", "anymore" tell of then, and "my parents", "a lunch", "the movie" of one
//! person or occasion rather than a taste.

use super::{favorite, Ctx, Cue, Found, Rule};
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "verdict",
    description: "past verdicts on what was tried or watched: I loved X, tried X and hated it",
    in_requests: false,
    apply,
};

const LIKED: &[Cue] = &[(&["loved"], 0.8), (&["enjoyed"], 0.65), (&["liked"], 0.55)];
const DISLIKED: &[Cue] = &[(&["hated"], 0.85), (&["disliked"], 0.6)];

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    for (cues, polarity) in [(LIKED, Polarity::Like), (DISLIKED, Polarity::Dislike)] {
        for (end, intensity) in ctx.anchored(cues) {
            let pronoun = matches!(ctx.word(end), "it" | "them");
            // Then, not now: "hated it at first", "loved it as a kid", "years ago".
            let then = (0..ctx.toks.len()).any(|k| {
                matches!(
                    ctx.word(k),
                    "back"
                        | "until"
                        | "till"
                        | "when"
                        | "growing"
                        | "before"
                        | "ago"
                        | "past"
                        | "childhood"
                        | "kid"
                        | "kids"
                        | "child"
                        | "teen"
                        | "teenager"
                        | "young"
                        | "younger"
                        | "school"
                        | "college"
                        | "anymore"
                        | "then"
                        | "once"
                ) || (ctx.word(k), ctx.word(k + 1)) == ("at", "first")
            });
            if then {
                continue;
            }
            // "I used to eat meat and loved it": a habit given up.
            if ctx.find_seq(0, &["used", "to"]).is_some_and(|k| k < end) {
                continue;
            }
            // "I loved my parents", "enjoyed a private lunch", "hated the concert": one
            // person, one occasion, not a taste; a title or a kind of thing is one.
            if !pronoun
                && matches!(
                    ctx.word(end),
                    "my" | "our"
                        | "his"
                        | "her"
                        | "their"
                        | "your"
                        | "a"
                        | "an"
                        | "the"
                        | "that"
                        | "this"
                        | "those"
                        | "these"
                        | "every"
                )
            {
                continue;
            }
            // "I enjoyed reading that", "loved working on this with you", "tried your
            // recipe and loved it": the chat itself, or what it gave.
            let mentions = |k: usize| {
                matches!(ctx.word(k), "you" | "your" | "yours")
                    || !pronoun && matches!(ctx.word(k), "this" | "that" | "these" | "those")
            };
            let object = (end + 1..ctx.toks.len()).take_while(|&k| !ctx.toks[k].is_stop());
            let chat = if pronoun {
                (0..end).any(mentions)
            } else {
                std::iter::once(end).chain(object).any(mentions)
            };
            if chat {
                continue;
            }
            // "watched the movie and loved it": the kind is not what was liked.
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
