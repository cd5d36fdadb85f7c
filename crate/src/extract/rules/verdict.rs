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
            let named: Vec<String> = ctx
                .topics(end)
                .into_iter()
                .filter(|t| !favorite::is_category(t))
                .collect();
            // "What should I watch next? I really enjoyed Severance and Dark": titles
            // mean little to an embedding, or to a reader, without their kind.
            let titles = !pronoun
                && !named.is_empty()
                && named.iter().all(|t| {
                    t.split(' ').count() <= 3 && !t.split(' ').any(|w| w.ends_with("ing"))
                });
            match medium(ctx).filter(|_| titles) {
                Some(kind) => {
                    let list = match named.split_last() {
                        Some((last, [])) => last.clone(),
                        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
                        None => continue,
                    };
                    out.push(Found::new(
                        format!("{kind} like {list}"),
                        polarity,
                        Kind::Preference,
                        intensity,
                    ));
                }
                None => {
                    for t in named {
                        out.push(Found::new(t, polarity, Kind::Preference, intensity));
                    }
                }
            }
        }
    }
}

/// The kind of work the conversation is about, from its verbs and nouns ("what should
/// I watch next?", "any books like ..."): none when it names none, or a kind itself is
/// what was liked.
fn medium(ctx: &Ctx) -> Option<&'static str> {
    let words = ctx.earlier.iter().chain(ctx.before).chain(ctx.toks);
    let mut found = None;
    for t in words {
        let kind = match t.w.as_str() {
            "movie" | "movies" | "film" | "films" | "cinema" => "movies",
            "watch" | "watched" | "watching" | "binge" | "binged" | "show" | "shows" | "series"
            | "tv" | "netflix" | "episode" | "season" => "tv shows",
            "read" | "reading" | "book" | "books" | "novel" | "novels" | "author" => "books",
            "listen" | "listened" | "listening" | "album" | "albums" | "song" | "songs"
            | "band" | "bands" | "artist" | "artists" | "playlist" => "music",
            "game" | "games" | "gaming" | "played" => "games",
            _ => continue,
        };
        // A film named outright wins over "watch"; two different kinds say nothing.
        found = match (found, kind) {
            (None, k) | (Some("tv shows"), k @ "movies") => Some(k),
            (Some("movies"), "tv shows") => Some("movies"),
            (Some(f), k) if f == k => Some(f),
            _ => return None,
        };
    }
    found
}
