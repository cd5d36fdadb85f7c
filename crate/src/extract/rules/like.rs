//! "I love X", "I like X", "I adore X", "I fell in love with X", "I don't mind X", "I'm fine with X": plain likes, by strength.
//! Also what one would love doing, requires, needs when choosing, learns or works best with, or believes is the best approach.

use super::{anchored_topics, anchored_topics_unless, is_pronoun, Ctx, Cue, Found, Rule};
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "like",
    description: "plain likes: love, adore, like, dig, don't mind / fine with / got used to (weak), mostly listen to, usually read / a lot of X, nothing I like more than / nothing beats X, would love doing X, require X, need X when choosing, learn/work best with X, believe X is the best approach",
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
    (&["have", "been", "enjoying"], 0.7),
    (&["have", "liked"], 0.6),
    (&["like"], 0.6),
    (&["vibe", "with"], 0.6),
    // "I go crazy for dumplings".
    (&["go", "crazy", "for"], 0.85),
    (&["go", "nuts", "for"], 0.85),
    (&["go", "wild", "for"], 0.85),
    // "I can't live without my headphones".
    (&["can", "not", "live", "without"], 0.9),
    (&["could", "not", "live", "without"], 0.9),
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

/// "I really dig lo-fi beats": slang for a taste. Not digging itself ("I dig into the
/// data", "I dig holes for a living") nor the other person's ("I dig your style").
const DIG: &[Cue] = &[
    (&["really", "dig"], 0.7),
    (&["totally", "dig"], 0.7),
    (&["dig"], 0.6),
];

/// After "dig", what makes it the digging itself or the thing at hand ([`DIG`]).
pub(super) fn digging(w: &str) -> bool {
    crate::extract::topic::is_possessive(w)
        || matches!(
            w,
            "into"
                | "in"
                | "up"
                | "through"
                | "out"
                | "around"
                | "deep"
                | "deeper"
                | "for"
                | "a"
                | "holes"
                | "hole"
                | "ditches"
                | "it"
                | "that"
                | "this"
                | "you"
        )
}

/// "I (basically) live off instant noodles": what one eats all the time. Not where one
/// lives ("off campus", "off the grid") nor one's means ("off my savings").
const LIVE_OFF: &[Cue] = &[
    (&["basically", "live", "off", "of"], 0.65),
    (&["basically", "live", "off"], 0.65),
    (&["live", "off", "of"], 0.6),
    (&["live", "off"], 0.6),
];

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    anchored_topics(ctx, CUES, Polarity::Like, out);
    anchored_topics_unless(ctx, DIG, Polarity::Like, digging, out);
    let means = |w: &str| {
        crate::extract::topic::is_possessive(w)
            || matches!(
                w,
                "campus" | "the" | "grid" | "of" | "savings" | "benefits" | "tips"
            )
    };
    anchored_topics_unless(ctx, LIVE_OFF, Polarity::Like, means, out);
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
    taken_in_often(ctx, out);
    would_love_doing(ctx, out);
    // (To the comma: "a vehicle with a filter that can remove pollen, dust and other
    // allergens" requires no dust.)
    for (end, intensity) in ctx.anchored(REQUIRE) {
        if !asks_for_help(ctx.word(end)) {
            for t in ctx.topics_to_comma(end) {
                out.push(Found::new(t, Polarity::Like, Kind::Preference, intensity));
            }
        }
    }
    needed_in_choice(ctx, out);
    works_best(ctx, out);
    believed_best(ctx, out);
}

/// "I need on-site childcare services to be considered when choosing my next job", "I
/// need flexible hours when choosing a job": what a choice must meet is a taste. Not
/// "I need help when choosing a laptop", nor a need with no choice ("I need a nap").
fn needed_in_choice(ctx: &Ctx, out: &mut Vec<Found>) {
    const NEED: &[Cue] = &[(&["need"], 0.75), (&["always", "need"], 0.8)];
    for (end, intensity) in ctx.anchored(NEED) {
        if asks_for_help(ctx.word(end)) || ctx.word(end) == "to" {
            continue;
        }
        let Some(when) = ctx.find(end, "when") else {
            continue;
        };
        // ("when looking for a job", not "when looking at the stars").
        let choosing = matches!(
            ctx.word(when + 1),
            "choosing" | "picking" | "selecting" | "considering" | "deciding"
        ) || ctx.word(when + 1) == "looking" && ctx.word(when + 2) == "for";
        if !choosing || (end..when).any(|k| matches!(ctx.word(k), "," | "but" | "because")) {
            continue;
        }
        for t in ctx.topics_within(end, when) {
            // (What is needed ends before "to be considered", "to be offered" ...)
            let t = t.split(" to be ").next().unwrap_or_default().to_owned();
            if !t.contains(" when ") {
                out.push(Found::new(t, Polarity::Like, Kind::Preference, intensity));
            }
        }
    }
}

/// "I require a quiet room", "I require a vehicle with an advanced air filtration
/// system": a need stated of oneself is a taste that must be met.
const REQUIRE: &[Cue] = &[(&["require"], 0.75), (&["always", "require"], 0.8)];

/// What a need for help asks of the answer, not of the world: "I require assistance
/// with my essay".
fn asks_for_help(w: &str) -> bool {
    matches!(
        w,
        "help"
            | "assistance"
            | "advice"
            | "guidance"
            | "information"
            | "support"
            | "you"
            | "some"
            | "more"
            | "an"
            | "answers"
            | "that"
            | "it"
            | "this"
    )
}

/// "I learn best in a structured environment", "I work best with background music":
/// the way one learns or works best is liked.
fn works_best(ctx: &Ctx, out: &mut Vec<Found>) {
    const BEST: &[Cue] = &[
        (&["learn", "best"], 0.8),
        (&["study", "best"], 0.8),
        (&["work", "best"], 0.75),
        (&["focus", "best"], 0.75),
        (&["learn", "better"], 0.7),
    ];
    for (end, intensity) in ctx.anchored(BEST) {
        if !matches!(ctx.word(end), "in" | "with" | "through" | "using" | "from") {
            continue;
        }
        for t in ctx.topics(end + 1) {
            out.push(Found::new(t, Polarity::Like, Kind::Preference, intensity));
        }
    }
}

/// "I firmly believe that self-paced learning is the most effective approach for me":
/// what one believes is the best way is liked. Not a belief about anything else
/// ("I believe that cats are smarter").
fn believed_best(ctx: &Ctx, out: &mut Vec<Found>) {
    for (end, _) in ctx.anchored(&[(&["believe"], 0.0), (&["believe", "that"], 0.0)]) {
        let Some(is) =
            (end + 1..(end + 8).min(ctx.toks.len())).find(|&k| matches!(ctx.word(k), "is" | "are"))
        else {
            continue;
        };
        let best = ctx.word(is + 1) == "the"
            && matches!(ctx.word(is + 2), "best" | "most" | "ideal" | "only")
            && (is + 2..(is + 6).min(ctx.toks.len())).any(|k| {
                matches!(
                    ctx.word(k),
                    "way" | "approach" | "method" | "option" | "choice" | "ways" | "approaches"
                )
            });
        if !best {
            continue;
        }
        // The words before the verb, commas left out ("self-directed, self-paced
        // learning"); a determiner or a pronoun opens no taste ("it is the best way").
        let from = if ctx.word(end) == "that" {
            end + 1
        } else {
            end
        };
        if is <= from
            || crate::extract::topic::is_function_word(ctx.word(from))
            || matches!(ctx.word(from), "every" | "each")
        {
            continue;
        }
        let said: Vec<&str> = (from..is)
            .map(|k| ctx.word(k))
            .filter(|w| *w != super::COMMA)
            .collect();
        if (1..=5).contains(&said.len()) {
            out.push(Found::new(
                said.join(" "),
                Polarity::Like,
                Kind::Preference,
                0.75,
            ));
        }
    }
}

/// "I'd love living close to the mountains", "I would really enjoy having a garden":
/// a way of living one would love is liked. Only a doing: "I'd love a recipe" and "I'd
/// love to know" ask for something, and so do "I'd love getting some tips" or
/// "seeing more examples".
fn would_love_doing(ctx: &Ctx, out: &mut Vec<Found>) {
    const WOULD: &[Cue] = &[(&["would", "love"], 0.8), (&["would", "enjoy"], 0.7)];
    for (end, intensity) in ctx.anchored(WOULD) {
        let w = ctx.word(end);
        // "I'd love to travel to Italy", "I would love to go for a hike": a pastime one
        // longs for is liked, a little less than one done. Only a pastime's verb: "I'd
        // love to see an example" asks.
        if w == "to" {
            let v = ctx.word(end + 1);
            let go = v == "go"
                && (ctx.word(end + 2).ends_with("ing")
                    || ctx.seq(end + 2, &["for", "a"]).is_some());
            if super::fact_activity::is_pastime(v) || go {
                for t in ctx.topics(end) {
                    out.push(Found::new(
                        t,
                        Polarity::Like,
                        Kind::Preference,
                        intensity - 0.2,
                    ));
                }
            }
            continue;
        }
        let asks = matches!(
            w,
            "getting" | "hearing" | "seeing" | "knowing" | "receiving" | "reading"
        );
        if w.len() <= 4 || !w.ends_with("ing") || w.ends_with("thing") || asks {
            continue;
        }
        for t in ctx.topics(end) {
            out.push(Found::new(t, Polarity::Like, Kind::Preference, intensity));
        }
    }
}

/// "I usually read thrillers", "I mostly watch anime", "I listen to a lot of Taylor
/// Swift", "I eat a lot of fish", "I've been rewatching The Office", "I've read every
/// Agatha Christie book", "I've seen Pride and Prejudice like ten times": what one
/// reads, watches, plays or hears by habit, in quantity or again and again is chosen,
/// so liked. Not a plain "I read the news" or "I play with my kids", nor what is read
/// for work or school.
fn taken_in_often(ctx: &Ctx, out: &mut Vec<Found>) {
    for &a in ctx.anchors {
        let mut v = a;
        while matches!(ctx.word(v), "have" | "been" | "am" | "just" | "literally") {
            v += 1;
        }
        let mut habit = false;
        while matches!(
            ctx.word(v),
            "usually" | "mostly" | "mainly" | "generally" | "often" | "always" | "really"
        ) {
            habit |= ctx.word(v) != "really";
            v += 1;
        }
        let verb = ctx.word(v);
        let (now, again) = match verb {
            "read" | "watch" | "play" | "listen" | "binge" => (true, false),
            // "I eat a lot of fish", "I drink tons of tea" (only in quantity, below).
            "eat" | "drink" => (true, false),
            "watched" | "seen" | "played" | "listened" | "binged" => (false, false),
            "rewatching" | "rereading" | "replaying" | "rewatched" | "replayed" | "rewatch"
            | "reread" | "replay" => (true, true),
            _ => continue,
        };
        let mut k = v + 1 + usize::from(ctx.word(v + 1) == "to" && verb.starts_with("listen"));
        // (A habit of listening is the like rule's own cue.)
        let habit = habit && verb != "listen" && now;
        let lot = match (ctx.word(k), ctx.word(k + 1), ctx.word(k + 2)) {
            ("a", "lot" | "ton", "of") => 3,
            ("lots" | "tons" | "plenty", "of", _) => 2,
            _ => 0,
        };
        let lot = if now { lot } else { 0 };
        k += lot;
        // "every Agatha Christie book", "every episode of The Office".
        let every = ctx.word(k) == "every";
        if every {
            k += 1;
            if is_work_noun(ctx.word(k)) && ctx.word(k + 1) == "of" {
                k += 2;
            }
        }
        // "like ten times", "a dozen times".
        let times = (k + 1..ctx.toks.len()).find(|&j| {
            ctx.word(j) == "times"
                && (crate::extract::topic::is_number(ctx.word(j - 1))
                    || matches!(ctx.word(j - 1), "dozen" | "hundred" | "million" | "many"))
        });
        if !(habit || lot > 0 || again || every || times.is_some()) {
            continue;
        }
        // ("I usually eat lunch at noon" is a routine, not a taste; "I run marathons, so
        // I eat a lot of carbs" is a need.)
        let needed = a >= 2 && matches!(ctx.word(a - 2), "so" | "because" | "therefore");
        if matches!(verb, "eat" | "drink") && (lot == 0 || needed) {
            continue;
        }
        let first = ctx.word(k);
        let title = first == "the" && ctx.capital(k) && ctx.capital(k + 1);
        let object = !first.is_empty()
            && !crate::extract::topic::is_number(first)
            && (title
                || !crate::extract::topic::is_function_word(first)
                    && !crate::extract::topic::is_possessive(first));
        let for_work = (k..ctx.toks.len()).any(|j| {
            ctx.word(j) == "for"
                && matches!(
                    ctx.word(j + 1 + usize::from(ctx.word(j + 1) == "my")),
                    "work" | "job" | "school" | "class" | "uni" | "college"
                )
        });
        if !object || for_work {
            continue;
        }
        let intensity = if lot > 0 || again || every || times.is_some() {
            0.6
        } else {
            0.5
        };
        for t in ctx.topics(k) {
            // "games with my nieces", "indie games on my Switch": the company or the
            // device is no part of the taste; "every Agatha Christie book": the name.
            let t = [" with my ", " with our ", " on my ", " mostly ", " like "]
                .iter()
                .find_map(|cut| t.split_once(cut).map(|(thing, _)| thing.to_owned()))
                .unwrap_or(t);
            // "The Office for the 5th time", "Dune twice".
            let t = match t.rsplit_once(" for ") {
                Some((thing, _)) if t.ends_with(" time") => thing.to_owned(),
                _ => t,
            };
            // "Interstellar 5 times": the count is no part of the name.
            let t = match times {
                Some(_) => t
                    .split(' ')
                    .take_while(|w| {
                        !crate::extract::topic::is_number(w)
                            && !matches!(*w, "times" | "dozen" | "hundred" | "many")
                    })
                    .collect::<Vec<_>>()
                    .join(" "),
                None => t,
            };
            // "I play a lot of chess" is a habit (the fact_activity rule's), not a taste.
            let habit_said = out
                .iter()
                .any(|f| f.kind == Kind::Fact && f.topic.ends_with(t.as_str()));
            if t.is_empty() || habit_said {
                continue;
            }
            let t = match t.rsplit_once(' ') {
                Some((name, kind)) if every && is_work_noun(kind) => name.to_owned(),
                _ => t,
            };
            out.push(Found::new(t, Polarity::Like, Kind::Preference, intensity));
        }
    }
}

/// A kind of work, or a part of one: "every Agatha Christie book", "every episode of".
fn is_work_noun(w: &str) -> bool {
    matches!(
        w,
        "book" | "novel" | "film" | "movie" | "album" | "game" | "song" | "episode" | "season"
    )
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
