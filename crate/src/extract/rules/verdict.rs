//! "I tried sushi and loved it", "I really enjoyed Severance and Dark", "Watched Dune
//! last night and hated it": a verdict in the past tense on something just tried or
//! watched, named or pointed back at. Not the past itself: "as a kid", "used to",
//! "in school", "anymore" tell of then, and "my parents", "a lunch", "the movie" of one
//! person or occasion rather than a taste.

use super::{favorite, medium, work_kind, works_like, Ctx, Cue, Found, Rule};
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "verdict",
    description: "past verdicts on what was tried or watched: I loved X, tried X and hated it",
    in_requests: false,
    apply,
};

const LIKED: &[Cue] = &[(&["loved"], 0.8), (&["enjoyed"], 0.65), (&["liked"], 0.55)];
const DISLIKED: &[Cue] = &[
    (&["hated"], 0.85),
    (&["disliked"], 0.6),
    // "Loved The Martian, didn't care for Artemis".
    (&["did", "not", "care", "for"], 0.5),
    (&["did", "not", "like"], 0.55),
    (&["did", "not", "enjoy"], 0.55),
];

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    for (cues, polarity) in [(LIKED, Polarity::Like), (DISLIKED, Polarity::Dislike)] {
        for (end, intensity) in ctx.anchored(cues) {
            let pronoun = matches!(ctx.word(end), "it" | "them");
            // "I loved The Martian": a title's own "The".
            let title = ctx.word(end) == "the" && ctx.capital(end) && ctx.capital(end + 1);
            if of_then(ctx, end) || !pronoun && !title && one_of_a_kind(ctx.word(end)) {
                continue;
            }
            if of_the_chat(ctx, end, pronoun) {
                continue;
            }
            // "watched the movie and loved it": the kind is not what was liked.
            let named: Vec<String> = ctx
                .topics(end)
                .into_iter()
                .filter(|t| !favorite::is_category(t))
                .collect();
            // "What should I watch next? I really enjoyed Severance and Dark": titles
            // mean little to an embedding, or to a reader, without their kind.
            let titles = !pronoun
                && named.iter().all(|t| {
                    t.split(' ').count() <= 3 && !t.split(' ').any(|w| w.ends_with("ing"))
                });
            let kind = medium(
                ctx.earlier
                    .iter()
                    .chain(ctx.before)
                    .chain(ctx.toks)
                    .filter_map(|t| work_kind(&t.w)),
            )
            .filter(|_| titles);
            // "I loved The Night Circus and anything with magical realism": where some
            // parts are written as names, the others are no titles.
            let capitalized = |t: &String| {
                let first = t.split(' ').next().unwrap_or_default();
                (end..ctx.toks.len())
                    .find(|&k| ctx.word(k) == first)
                    .is_some_and(|k| ctx.capital(k))
            };
            let (mut named, plain): (Vec<String>, Vec<String>) = if named.iter().any(capitalized) {
                named.into_iter().partition(capitalized)
            } else {
                (named, Vec::new())
            };
            if let Some(topic) = kind.and_then(|kind| works_like(kind, &named)) {
                named = vec![topic];
            }
            for t in named.into_iter().chain(plain) {
                out.push(Found::new(t, polarity, Kind::Preference, intensity));
            }
        }
    }
}

/// Then, not now: "hated it at first", "loved it as a kid", "years ago", "I used to eat
/// meat and loved it".
fn of_then(ctx: &Ctx, end: usize) -> bool {
    ctx.find_seq(0, &["used", "to"]).is_some_and(|k| k < end)
        || (0..ctx.toks.len()).any(|k| {
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
        })
}

/// "I loved my parents", "enjoyed a private lunch", "hated the concert": an object so
/// introduced is one person or occasion, not a taste (a title or a kind of thing is).
fn one_of_a_kind(first: &str) -> bool {
    matches!(
        first,
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
            // "loved season 1 but hated the second": a part of a work left unnamed.
            | "season"
            | "seasons"
            | "episode"
            | "episodes"
            | "chapter"
            | "chapters"
    )
}

/// "I enjoyed reading that", "loved working on this with you", "tried your recipe and
/// loved it": the chat itself, or what it gave, judged in passing.
fn of_the_chat(ctx: &Ctx, end: usize, pronoun: bool) -> bool {
    let mentions = |k: usize| {
        matches!(ctx.word(k), "you" | "your" | "yours")
            || !pronoun && matches!(ctx.word(k), "this" | "that" | "these" | "those")
    };
    if pronoun {
        return (0..end).any(mentions);
    }
    let object = (end + 1..ctx.toks.len()).take_while(|&k| !ctx.toks[k].is_stop());
    std::iter::once(end).chain(object).any(mentions)
}
