//! "Hiking is something I love", "X is what I enjoy", "X is a passion of mine": the object comes first.

use super::{is_third_person_verb, Ctx, Found, Rule};
use crate::extract::text::Tok;
use crate::extract::topic;
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "fronted",
    description: "fronted objects: X is something/what I love/hate, X is a passion/favorite of mine, X, which I love",
    in_requests: false,
    apply,
};

fn cue(w: &str) -> Option<(Polarity, f32)> {
    match w {
        "love" | "adore" => Some((Polarity::Like, 0.85)),
        "like" | "enjoy" => Some((Polarity::Like, 0.65)),
        "hate" | "detest" | "despise" | "loathe" => Some((Polarity::Dislike, 0.85)),
        "dislike" => Some((Polarity::Dislike, 0.7)),
        // "X is what I am into".
        "into" => Some((Polarity::Like, 0.7)),
        _ => None,
    }
}

/// The cue under "do not" ("what I don't like is X"): a liking denied is a dislike,
/// as weak as the dislike rule's "don't like"; a dislike denied says too little.
fn denied(w: &str) -> Option<(Polarity, f32)> {
    match w {
        "like" => Some((Polarity::Dislike, 0.6)),
        "enjoy" => Some((Polarity::Dislike, 0.55)),
        "love" => Some((Polarity::Dislike, 0.35)),
        _ => None,
    }
}

/// The cue at `j` after the words skipped before it, negated when "not" was among them.
fn cue_after(ctx: &Ctx, from: usize, j: usize) -> Option<(Polarity, f32)> {
    if (from..j).any(|k| ctx.word(k) == "not") {
        denied(ctx.word(j))
    } else {
        cue(ctx.word(j))
    }
}

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    relative(ctx, out);
    category(ctx, out);
    for i in 1..ctx.toks.len() {
        // "painting. its a passion of mine": chat's "its" is "it is".
        if ctx.word(i) == "its" && passion_of_mine(ctx, i + 1) {
            out.extend(
                ctx.phrase_before(i)
                    .map(|t| Found::new(t, Polarity::Like, Kind::Preference, 0.85)),
            );
            continue;
        }
        // The subject ends at the copula, or at "has (always)" before "been" ("music
        // has always been a passion of mine").
        let end = match ctx.word(i) {
            "is" | "are" => i,
            "been" => {
                let mut k = i - 1;
                while k > 0 && matches!(ctx.word(k), "always" | "long" | "really" | "truly") {
                    k -= 1;
                }
                if k == 0 || !matches!(ctx.word(k), "has" | "have") {
                    continue;
                }
                k
            }
            _ => continue,
        };
        let mut j = i + 1;
        // "coffee is also something i love".
        while matches!(ctx.word(j), "also" | "really" | "definitely" | "truly") {
            j += 1;
        }
        let thing = j;
        let found = match (ctx.word(j), ctx.word(j + 1), ctx.word(j + 2)) {
            ("a", ..) if passion_of_mine(ctx, j) => Some((Polarity::Like, 0.85)),
            ("something" | "what" | "one" | "things" | "stuff" | "where", ..) => {
                j += 1;
                while matches!(
                    ctx.word(j),
                    "that"
                        | "thing"
                        | "i"
                        | "really"
                        | "just"
                        | "truly"
                        | "absolutely"
                        | "also"
                        | "do"
                        | "not"
                        | "always"
                        | "of"
                        | "am"
                ) {
                    j += 1;
                }
                // Only after "i": "X is something my son loves" is not mine.
                if (thing + 1..j).any(|k| ctx.word(k) == "i") {
                    cue_after(ctx, thing + 1, j)
                } else {
                    None
                }
            }
            _ => None,
        };
        // "pineapple on pizza is the best thing ever", "X is the worst": a superlative
        // with nothing after it but "thing", "ever" or "in the world".
        let found = found.or_else(|| {
            let (polarity, intensity) = match (ctx.word(j), ctx.word(j + 1)) {
                ("the", "best") => (Polarity::Like, 0.8),
                ("the", "worst") => (Polarity::Dislike, 0.8),
                _ => return None,
            };
            // "my son is the best": praise of one's own, no taste. Nor someone else's
            // word ("my wife says pizza is the best").
            let start = ctx.subject_start(end);
            if matches!(
                ctx.word(start),
                "my" | "your" | "his" | "her" | "our" | "their" | "he" | "she" | "you"
            ) || (0..end).any(|k| {
                matches!(
                    ctx.word(k),
                    "says" | "said" | "thinks" | "thought" | "believes" | "claims" | "if"
                )
            }) {
                return None;
            }
            let mut k = j + 2;
            // ("tacos are the best food", "Python is the best language": its kind.)
            if !ctx.toks.get(k).map_or(true, Tok::is_stop)
                && !topic::is_function_word(ctx.word(k))
                && !matches!(ctx.word(k), "thing" | "things" | "part" | "way" | "option")
                && ctx.toks.get(k + 1).map_or(true, Tok::is_stop)
            {
                k += 1;
            }
            while matches!(
                ctx.word(k),
                "thing" | "things" | "ever" | "in" | "the" | "world" | "!" | "."
            ) {
                k += 1;
            }
            // ("cats are the best, change my mind": a dare after it.)
            let dared = ctx.word(k) == ","
                && matches!(
                    (ctx.word(k + 1), ctx.word(k + 2)),
                    ("change", "my") | ("fight", "me") | ("no", "contest") | ("hands", "down")
                );
            (k >= ctx.toks.len() || dared).then_some((polarity, intensity))
        });
        let found = found.or_else(|| {
            // "X is a favorite of mine".
            (ctx.seq(j, &["a", "favorite", "of", "mine"]).is_some()
                || ctx.seq(j, &["a", "favorite", "of", "my"]).is_some())
            .then_some((Polarity::Like, 0.8))
        });
        let own = matches!(
            ctx.word(ctx.subject_start(end)),
            "my" | "our" | "work" | "job" | "school" | "family"
        );
        // "photography is one of my hobbies" (not "my son is one of my favorites").
        let found = found.or_else(|| {
            let person = matches!(
                ctx.word(ctx.subject_start(end)),
                "he" | "she" | "they" | "you" | "we" | "him" | "her"
            );
            (!own && !person && one_of_my_hobbies(ctx, thing)).then_some((Polarity::Like, 0.75))
        });
        let found = found.or_else(|| {
            if own {
                return None;
            }
            // "Board games are a big part of my weekends", "music is a huge part of who I
            // am": said of a thing I take up (not "my kids are a big part of my life").
            let of_my = ctx
                .seq(j, &["a", "part", "of", "my"])
                .is_some_and(|(k, _)| {
                    matches!(
                        ctx.word(k),
                        "life" | "weekends" | "weekend" | "days" | "routine" | "week" | "identity"
                    )
                });
            (of_my || ctx.seq(j, &["a", "part", "of", "who", "i", "am"]).is_some())
                .then_some((Polarity::Like, 0.75))
        });
        let Some((polarity, intensity)) = found else {
            continue;
        };
        let mut start = ctx.subject_start(end);
        // "i do yoga its a love of mine": a pronoun is a subject of its own.
        if end > start + 1 && matches!(ctx.word(end - 1), "that" | "it" | "this") {
            start = end - 1;
        }
        if end - start > 6 || end == start {
            continue;
        }
        // "bagel with everything, that is what I like": the pronoun stands for what came before.
        if end - start == 1 && matches!(ctx.word(start), "that" | "it" | "this") {
            // ("i write programs, that is what i love to do": the doing, which the
            // cue's own reading finds.)
            let to_do = (end..ctx.toks.len()).find(|&k| ctx.seq(k, &["to", "do"]).is_some());
            if to_do.is_some_and(|k| ctx.doing_before(k, true).is_some()) {
                continue;
            }
            out.extend(
                ctx.phrase_before(start)
                    .map(|t| Found::new(t, polarity, Kind::Preference, intensity)),
            );
            continue;
        }
        for part in split_and(ctx, start, end) {
            out.push(Found::new(part, polarity, Kind::Preference, intensity));
        }
    }
}

/// "one of my hobbies", "one of my favorite things to do" at `j`.
fn one_of_my_hobbies(ctx: &Ctx, j: usize) -> bool {
    let Some((k, _)) = ctx.seq(j, &["one", "of", "my"]) else {
        return false;
    };
    let k = k + usize::from(matches!(ctx.word(k), "favorite" | "biggest"));
    matches!(
        ctx.word(k),
        "hobbies" | "passions" | "pastimes" | "interests" | "activities"
    ) || matches!(ctx.word(k), "things") && matches!(ctx.word(k + 1), "to")
}

/// "a passion of mine", "a big love of mine" at `j` (`seq` skips the modifiers).
fn passion_of_mine(ctx: &Ctx, j: usize) -> bool {
    ctx.seq(j, &["a", "passion", "of", "mine"]).is_some()
        || ctx.seq(j, &["a", "love", "of", "mine"]).is_some()
        // (Chat's "its a like of mine".)
        || ctx.seq(j, &["a", "like", "of", "mine"]).is_some()
}

/// "pasta is the food I love", "another sport I like is soccer", "the only thing I
/// enjoy is swimming": a category noun with a first-person relative names a slot, and
/// the taste sits across the copula, before or after.
fn category(ctx: &Ctx, out: &mut Vec<Found>) {
    for c in 2..ctx.toks.len() {
        // "the only thing I (really) don't like is pickles".
        let mut subject = c - 1;
        while subject > 1
            && matches!(
                ctx.word(subject),
                "do" | "not" | "really" | "just" | "truly"
            )
        {
            subject -= 1;
        }
        let Some((polarity, intensity)) = cue_after(ctx, subject + 1, c) else {
            continue;
        };
        let noun = subject - 1;
        // "what I hate most is traffic": an opening "what" names the slot too, also
        // after a joiner ("I love shoes and what I don't like is sandals").
        let opens = noun == 0 || matches!(ctx.word(noun - 1), "," | "and" | "but" | "so");
        // ("the only cheese I like is cheddar": after "only" any kind of thing is one.)
        let only = noun > 0
            && ctx.word(noun - 1) == "only"
            && !topic::is_function_word(ctx.word(noun))
            && !super::is_person(ctx.word(noun))
            && !matches!(
                ctx.word(noun),
                "one" | "person" | "people" | "guy" | "girl" | "man" | "woman"
            );
        let slot = super::favorite::is_category(ctx.word(noun))
            || opens && ctx.word(noun) == "what"
            || only;
        if ctx.word(subject) != "i" || !slot {
            continue;
        }
        let mut det = noun;
        while det > 0
            && matches!(
                ctx.word(det - 1),
                "the"
                    | "another"
                    | "other"
                    | "only"
                    | "one"
                    | "biggest"
                    | "main"
                    | "a"
                    | "an"
                    | "sport"
                    | "music"
            )
        {
            det -= 1;
        }
        let mut after = c + 1;
        while matches!(
            ctx.word(after),
            "the"
                | "most"
                | "best"
                | "more"
                | "a"
                | "lot"
                | "very"
                | "much"
                | "doing"
                | "to"
                | "do"
                | "too"
                | "also"
                | "so"
        ) {
            after += 1;
        }
        if matches!(ctx.word(after), "is" | "are" | "was") {
            for t in ctx.topics(after + 1) {
                out.push(Found::new(t, polarity, Kind::Preference, intensity));
            }
            continue;
        }
        if det == 0 || !matches!(ctx.word(det - 1), "is" | "are" | "was") {
            continue;
        }
        let copula = det - 1;
        let start = ctx.subject_start(copula);
        if copula > start && copula - start <= 6 {
            for part in split_and(ctx, start, copula) {
                out.push(Found::new(part, polarity, Kind::Preference, intensity));
            }
        }
    }
}

/// "a gorgeous sunny day, which I love": the object sits just before "which".
fn relative(ctx: &Ctx, out: &mut Vec<Found>) {
    for w in 1..ctx.toks.len() {
        // "the game shows I love": a relative without "which", after a determiner.
        // ("i am just coding web designs, something i very much enjoy".)
        let (mut j, floor) =
            if matches!(ctx.word(w), "which" | "that" | "something") && ctx.word(w + 1) == "i" {
                (w + 2, 0)
            } else if ctx.word(w) == "i" {
                match bare_relative_det(ctx, w) {
                    Some(d) => (w + 1, d + 1),
                    None => match object_first(ctx, w) {
                        Some(s) => (w + 1, s),
                        None => continue,
                    },
                }
            } else {
                continue;
            };
        let mut negative = false;
        while matches!(
            ctx.word(j),
            "really"
                | "just"
                | "absolutely"
                | "also"
                | "do"
                | "not"
                | "truly"
                | "totally"
                | "very"
                | "much"
        ) {
            negative |= ctx.word(j) == "not";
            j += 1;
        }
        let Some((polarity, intensity)) = cue(ctx.word(j)) else {
            continue;
        };
        // Only when nothing but "to do" or filler follows the cue.
        let rest = ctx.toks[j + 1..]
            .iter()
            .take_while(|t| !t.is_stop())
            .map(|t| t.w.as_str())
            .filter(|w| {
                !matches!(
                    *w,
                    "to" | "do"
                        | "doing"
                        | "it"
                        | "so"
                        | "much"
                        | "a"
                        | "lot"
                        | "very"
                        | "the"
                        | "most"
                        | "by"
                        | "way"
                        | "at"
                        | "all"
                        | "too"
                        | "also"
                )
            })
            .count();
        // "my job which i detest makes me work days": the main clause goes on.
        if rest > 0 && !is_third_person_verb(ctx.word(j + 1)) {
            continue;
        }
        // "i took a walk in the park which i love to do": the doing, which the cue's
        // own reading finds ([`Ctx::topics`]), not the park.
        if ctx.seq(j + 1, &["to", "do"]).is_some() && ctx.doing_before(j + 1, true).is_some() {
            continue;
        }
        let polarity = if negative {
            polarity.flipped()
        } else {
            polarity
        };
        // "something i enjoy" stands for a doing only ("i bought a guitar, something i
        // love" is left to the guitar's own cue).
        if ctx.word(w) == "something" {
            if let Some(t) = ctx.doing_before(j, false) {
                out.push(Found::new(t, polarity, Kind::Preference, intensity));
            }
            continue;
        }
        let end = if w > 0 && ctx.word(w - 1) == "," {
            w - 1
        } else {
            w
        };
        let mut start = end;
        while start > floor && end - start < 4 {
            if outside_np(ctx, start - 1) {
                break;
            }
            start -= 1;
        }
        // "cheddar is the only cheese I like": the slot, whose filler the category
        // reading finds.
        if (start..end).any(|k| ctx.word(k) == "only") {
            continue;
        }
        // "hummus and pita bread, which I love": both of a pair.
        let pair = start > floor + 1 && ctx.word(start - 1) == "and" && start < end;
        let first = if pair {
            let mut s = start - 1;
            while s > floor && start - 1 - s < 2 && !stops_np(ctx, s - 1) {
                s -= 1;
            }
            (s < start - 1).then_some(s)
        } else {
            None
        };
        if let Some(s) = first {
            for t in split_and(ctx, s, end) {
                out.push(Found::new(t, polarity, Kind::Preference, intensity));
            }
        } else if let Some(t) = topic::topic_until(ctx.toks, start, end) {
            out.push(Found::new(t, polarity, Kind::Preference, intensity));
        }
    }
}

/// Token `k` is no part of the noun phrase a relative ends on: punctuation, a verb, a
/// pronoun, a preposition or a joiner.
fn outside_np(ctx: &Ctx, k: usize) -> bool {
    ctx.toks[k].is_stop()
        || is_third_person_verb(ctx.word(k))
        || matches!(
            ctx.word(k),
            "is" | "are"
                | "was"
                | "am"
                | "be"
                | "it"
                | "i"
                | "you"
                | "we"
                | "they"
                | "for"
                | "to"
                | "of"
                | "at"
                | "in"
                | "on"
                | "with"
                | "about"
                | "go"
                | "going"
                | "like"
                | "and"
                | "so"
                | "but"
                | "get"
                | "getting"
                | "he"
                | "she"
                | "also"
                | "always"
                | "often"
                | "usually"
                | "sometimes"
                // "i play video games, which i love": the verb is no part of it.
                | "play"
                | "watch"
                | "eat"
                | "read"
                | "do"
                | "have"
                | "make"
                | "drink"
        )
}

/// [`outside_np`], and what opens a phrase or only rates it: the first of a pair
/// ("good shrimp and lobster") is read back to its noun.
fn stops_np(ctx: &Ctx, k: usize) -> bool {
    outside_np(ctx, k)
        || matches!(
            ctx.word(k),
            "or" | "the" | "a" | "an" | "my" | "some" | "good" | "great" | "nice" | "best"
        )
        || super::is_habit_verb(ctx.word(k))
}

/// The determiner opening a short noun phrase that ends right before the "i" at `i`.
fn bare_relative_det(ctx: &Ctx, i: usize) -> Option<usize> {
    let d = (i.saturating_sub(4)..i.saturating_sub(1))
        .rev()
        .find(|&d| matches!(ctx.word(d), "the" | "these" | "those" | "a" | "an"))?;
    let plain = ctx.toks[d + 1..i].iter().all(|t| {
        !t.is_stop()
            && !matches!(
                t.w.as_str(),
                "one" | "ones" | "thing" | "things" | "way" | "time"
            )
    });
    // A lone category ("the dessert I hate") is a slot that `category` fills.
    let slot = i == d + 2 && super::favorite::is_category(ctx.word(d + 1));
    (plain && !slot).then_some(d)
}

/// "meat i hate", "and uh, tacos i just like": chat puts a short object first, alone
/// before "i" at the start of its clause. Where the object begins.
fn object_first(ctx: &Ctx, i: usize) -> Option<usize> {
    let opens = |k: usize| {
        ctx.toks[k].is_stop()
            || matches!(
                ctx.word(k),
                "and" | "but" | "so" | "uh" | "um" | "well" | "oh"
            )
    };
    let mut s = i;
    while s > 0 && i - s < 3 && !opens(s - 1) {
        s -= 1;
    }
    let plain = (s..i).all(|k| {
        let w = ctx.word(k);
        w.chars().all(char::is_alphabetic)
            && !topic::is_function_word(w)
            && !super::is_pronoun(w)
            && !is_third_person_verb(w)
            && !ctx.cue_word(k)
            && !matches!(
                w,
                "lol"
                    | "haha"
                    | "yeah"
                    | "yes"
                    | "no"
                    | "ok"
                    | "okay"
                    | "sometimes"
                    | "today"
                    | "now"
                    | "then"
                    | "maybe"
                    | "sure"
                    | "what"
                    | "everything"
                    | "anything"
                    | "nothing"
                    | "something"
                    | "who"
                    | "whom"
                    | "whose"
            )
    });
    (s < i && (s == 0 || opens(s - 1)) && plain).then_some(s)
}

/// Topics of a coordinated subject: "camping and hiking" -> ["camping", "hiking"].
pub(crate) fn split_and(ctx: &Ctx, start: usize, end: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut s = start;
    for k in start..=end {
        if k == end || matches!(ctx.word(k), "and" | "or") {
            if let Some(t) = topic::topic_until(ctx.toks, s, k) {
                out.push(t);
            }
            s = k + 1;
        }
    }
    out
}
