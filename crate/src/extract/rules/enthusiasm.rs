//! "I'm a big fan of X", "I'm into X", "I enjoy X", "I'm passionate about X", "I'm a coffee lover".

use super::{anchored_topics, anchored_topics_unless, Ctx, Cue, Found, Rule};
use crate::extract::text::COMMA;
use crate::extract::topic;
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "enthusiasm",
    description: "enthusiasm: enjoy, fan of, into, gotten into, care about, passionate about, obsessed with, an X lover, a nerd for X, not much of a drinker, a foodie / runner / avid reader, could eat X every day",
    in_requests: false,
    apply,
};

pub(super) const CUES: &[Cue] = &[
    (&["am", "passionate", "about"], 0.9),
    (&["am", "obsessed", "with"], 0.9),
    // "I've been obsessed with Korean dramas lately".
    (&["have", "been", "obsessed", "with"], 0.9),
    (&["am", "addicted", "to"], 0.85),
    // "I'm hooked on Wordle", "I've been hooked on Severance".
    (&["am", "hooked", "on"], 0.85),
    (&["have", "been", "hooked", "on"], 0.85),
    // "I've been binging Korean dramas lately".
    (&["have", "been", "binging"], 0.7),
    (&["have", "been", "bingeing"], 0.7),
    (&["have", "been", "binge-watching"], 0.7),
    (&["got", "hooked", "on"], 0.8),
    (&["am", "crazy", "about"], 0.85),
    (&["am", "mad", "about"], 0.85),
    (&["can", "not", "get", "enough", "of"], 0.9),
    (&["have", "a", "passion", "for"], 0.85),
    (&["have", "a", "soft", "spot", "for"], 0.7),
    (&["have", "a", "liking", "for"], 0.6),
    (&["have", "a", "taste", "for"], 0.6),
    (&["am", "a", "fan", "of"], 0.7),
    (&["fan", "of"], 0.7),
    (&["am", "a", "sucker", "for"], 0.75),
    // "Can't beat a good steak" (not "I can't beat this level": only "a good").
    (&["can", "not", "beat", "a", "good"], 0.7),
    (&["am", "all", "about"], 0.75),
    (&["am", "into"], 0.7),
    // "Really into board games lately.": chat drops the subject.
    (&["really", "into"], 0.75),
    (&["so", "into"], 0.75),
    (&["totally", "into"], 0.75),
    (&["super", "into"], 0.75),
    (&["have", "been", "into"], 0.7),
    (&["am", "big", "into"], 0.8),
    (&["am", "big", "on"], 0.7),
    (&["am", "fond", "of"], 0.65),
    (&["am", "partial", "to"], 0.65),
    (&["am", "keen", "on"], 0.65),
    (&["enjoy"], 0.7),
    (&["have", "a", "love", "for"], 0.85),
    (&["have", "a", "love", "of"], 0.85),
    (&["have", "a", "obsession", "with"], 0.85),
    (&["have", "a", "thing", "for"], 0.7),
    // "I've always had a thing for vintage watches".
    (&["have", "had", "a", "thing", "for"], 0.7),
    (&["have", "had", "a", "soft", "spot", "for"], 0.7),
    (&["have", "a", "love", "and", "passion", "for"], 0.85),
    (&["am", "fascinated", "by"], 0.8),
    (&["am", "fascinated", "with"], 0.8),
    (&["am", "interested", "in"], 0.6),
    (&["am", "drawn", "to"], 0.65),
    (&["value"], 0.6),
    // "I care a lot about battery life" ("I don't care about X" is indifference).
    (&["care", "about"], 0.6),
    (&["care", "a", "lot", "about"], 0.65),
    (&["learn", "best", "through"], 0.7),
    (&["learn", "best", "with"], 0.7),
    (&["learn", "best", "by"], 0.7),
    (&["learn", "best", "from"], 0.7),
    (&["thrive", "on"], 0.75),
    (&["thrive", "in"], 0.7),
    (&["swear", "by"], 0.8),
    (&["believe", "in"], 0.6),
    (&["champion"], 0.7),
    (&["am", "a", "advocate", "for"], 0.75),
    (&["am", "a", "advocate", "of"], 0.75),
    (&["appreciate"], 0.5),
    (&["live", "for"], 0.85),
];

/// "I learn best by doing", "I'm a hands-on learner": a way of learning, which the
/// cues above read as nothing ("doing") or not at all.
fn learner(ctx: &Ctx, out: &mut Vec<Found>) {
    for &a in ctx.anchors {
        let by_doing = [
            &["learn", "best", "by", "doing"][..],
            &["learn", "by", "doing"],
        ]
        .iter()
        .any(|p| ctx.seq(a, p).is_some());
        let hands_on = [
            &["am", "a", "hands-on", "learner"][..],
            &["am", "a", "hands", "on", "learner"],
            &["am", "more", "of", "a", "hands-on", "learner"],
        ]
        .iter()
        .any(|p| ctx.seq(a, p).is_some());
        let topic = if by_doing {
            "learning by doing"
        } else if hands_on {
            "hands-on learning"
        } else {
            continue;
        };
        out.push(Found::new(topic, Polarity::Like, Kind::Preference, 0.7));
    }
}

/// Nouns that make "I'm a X lover" a taste for X.
fn is_lover(w: &str) -> bool {
    matches!(
        w,
        "lover"
            | "fan"
            | "supporter"
            | "drinker"
            | "eater"
            | "enthusiast"
            | "buff"
            | "nut"
            | "junkie"
            | "addict"
            | "fanatic"
            | "aficionado"
            | "person"
            | "geek"
            | "nerd"
            | "freak"
            // "I'm not a fish guy" ("a little girl", "a blonde girl" say who one is).
            | "guy"
            | "gal"
            // "a coffee snob".
            | "snob"
    )
}

/// How someone does a thing ("a social drinker", "a fast reader"), which is no taste.
fn is_manner(w: &str) -> bool {
    matches!(
        w,
        "social"
            | "heavy"
            | "light"
            | "moderate"
            | "casual"
            | "occasional"
            | "picky"
            | "fussy"
            | "adventurous"
            | "healthy"
            | "messy"
            | "slow"
            | "fast"
            | "big"
            | "huge"
            | "good"
            | "bad"
            | "terrible"
            | "poor"
            | "great"
    )
}

/// Who someone is by what they love doing ("a foodie", "a runner"): the taste it names.
/// Words that are as often a job ("baker", "gardener") are left to the occupation rule.
fn hobbyist(w: &str) -> Option<&'static str> {
    Some(match w {
        "foodie" => "food",
        "bookworm" | "reader" => "reading",
        // Often a job: taken only as "not much of a cook" or "a home cook" (below).
        "cook" => "cooking",
        "gamer" => "video games",
        "cinephile" | "moviegoer" => "movies",
        "runner" | "jogger" => "running",
        "hiker" => "hiking",
        "swimmer" => "swimming",
        "cyclist" => "cycling",
        "climber" => "climbing",
        "skier" => "skiing",
        "surfer" => "surfing",
        "knitter" => "knitting",
        "golfer" => "golf",
        "traveler" | "traveller" => "travel",
        _ => return None,
    })
}

/// "I've recently gotten into bouldering" (a bare name of a pastime: not "got into some
/// bad accidents", "got into college").
const GOT_INTO: &[Cue] = &[
    (&["have", "gotten", "into"], 0.7),
    (&["have", "got", "into"], 0.7),
    (&["got", "into"], 0.65),
    // "I've been getting into jazz lately".
    (&["have", "been", "getting", "into"], 0.65),
    (&["am", "getting", "into"], 0.65),
    // "I've started getting into wine", "I'm starting to get into jazz".
    (&["have", "started", "getting", "into"], 0.65),
    (&["started", "getting", "into"], 0.65),
    (&["am", "starting", "to", "get", "into"], 0.6),
    // "I want to get into bouldering", "I'm trying to get into jazz": an interest being
    // taken up ("I don't want to get into debt" is not one).
    (&["want", "to", "get", "into"], 0.5),
    (&["would", "like", "to", "get", "into"], 0.5),
    (&["would", "love", "to", "get", "into"], 0.55),
    (&["am", "trying", "to", "get", "into"], 0.55),
    (&["am", "hoping", "to", "get", "into"], 0.5),
    // "I'm dying to try Korean BBQ".
    (&["am", "dying", "to", "try"], 0.6),
];

/// What one gets into that is no interest: a place or a thing at hand ("the car", "my
/// head"), a school ("college", "med school"), a state ("trouble", "debt", "shape").
pub(super) fn entered(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "some"
            | "the"
            | "my"
            | "his"
            | "her"
            | "our"
            | "their"
            | "it"
            | "that"
            | "this"
            | "trouble"
            | "debt"
            | "college"
            | "university"
            | "uni"
            | "grad"
            | "med"
            | "law"
            | "school"
            | "shape"
            | "bed"
            | "details"
            | "fights"
    )
}

/// "I'm really enjoying pottery", "I've been learning Rust and I'm enjoying it": a
/// kind of thing, or what "it" stands for. The progressive is mostly about the moment,
/// so not a thing at hand ("I'm enjoying this conversation", "... my vacation", "... the
/// Florida sunshine").
const ENJOYING: &[Cue] = &[(&["am", "enjoying"], 0.65)];

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    anchored_topics(ctx, CUES, Polarity::Like, out);
    anchored_topics_unless(
        ctx,
        ENJOYING,
        Polarity::Like,
        |w| topic::is_possessive(w) || matches!(w, "the" | "this" | "that" | "these" | "those"),
        out,
    );
    learner(ctx, out);
    fan_here(ctx, out);
    on_a_kick(ctx, out);
    team(ctx, out);
    // "I have a (huge) sweet tooth": a taste for sweets, said as an idiom.
    for &a in ctx.anchors {
        let sweet = ctx
            .seq(a, &["have", "a", "sweet", "tooth"])
            .or_else(|| ctx.seq(a, &["have", "a", "huge", "sweet", "tooth"]))
            .or_else(|| ctx.seq(a, &["have", "a", "big", "sweet", "tooth"]))
            .or_else(|| ctx.seq(a, &["have", "such", "a", "sweet", "tooth"]));
        if sweet.is_some() {
            out.push(Found::new("sweets", Polarity::Like, Kind::Preference, 0.75));
        }
        // "I don't have (much of) a sweet tooth".
        let none = ctx
            .seq(a, &["do", "not", "have", "a", "sweet", "tooth"])
            .or_else(|| {
                ctx.seq(
                    a,
                    &["do", "not", "have", "much", "of", "a", "sweet", "tooth"],
                )
            });
        if none.is_some() {
            out.push(Found::new(
                "sweets",
                Polarity::Dislike,
                Kind::Preference,
                0.5,
            ));
        }
    }
    // "I have a few hobbies like hiking and baking", "other interests such as chess".
    for &a in ctx.anchors {
        let Some((mut k, _)) = ctx.seq(a, &["have"]) else {
            continue;
        };
        while matches!(
            ctx.word(k),
            "a" | "few" | "many" | "some" | "other" | "several" | "lots" | "of" | "different"
        ) {
            k += 1;
        }
        if !matches!(ctx.word(k), "hobbies" | "interests" | "passions") {
            continue;
        }
        let from = match ctx.word(k + 1) {
            "like" | "including" => k + 2,
            "such" if ctx.word(k + 2) == "as" => k + 3,
            _ => continue,
        };
        for t in ctx.topics(from) {
            out.push(Found::new(t, Polarity::Like, Kind::Preference, 0.7));
        }
    }
    anchored_topics_unless(ctx, GOT_INTO, Polarity::Like, entered, out);
    // "I could eat sushi every day", "I could live on tacos"; not "I could eat a horse"
    // or "I could live on a boat".
    for &a in ctx.anchors {
        let (start, every) = if let Some((s, _)) = ctx.seq(a, &["could", "eat"]) {
            (s, true)
        } else if let Some((s, _)) = ctx.seq(a, &["could", "live", "on"]) {
            (s, false)
        } else {
            continue;
        };
        let end = (start + 1..ctx.toks.len())
            .find(|&k| {
                matches!(
                    (ctx.word(k), ctx.word(k + 1)),
                    ("every" | "everyday", _) | ("all", "day") | ("forever", _) | ("for", "days")
                )
            })
            .unwrap_or(ctx.toks.len());
        if every && end == ctx.toks.len() || matches!(ctx.word(start), "a" | "an" | "the") {
            continue;
        }
        if let Some(t) = topic::topic_until(ctx.toks, start, end) {
            out.push(Found::new(t, Polarity::Like, Kind::Preference, 0.85));
        }
    }
    // "I'm not really a wine person, more into craft beer", "not a coffee drinker, more
    // of a tea person": after a first-person clause (or chat's subjectless "not a ..."),
    // the part that says what one is into instead.
    let first_person = !ctx.anchors.is_empty() || ctx.word(0) == "not";
    let rather: Vec<usize> = (1..ctx.toks.len())
        .filter(|&k| first_person && ctx.word(k - 1) == "," && ctx.word(k) == "more")
        .collect();
    for &k in &rather {
        if ctx.word(k + 1) == "into" {
            for t in ctx.topics_to_comma(k + 2) {
                out.push(Found::new(t, Polarity::Like, Kind::Preference, 0.7));
            }
        }
    }
    for &a in ctx.anchors.iter().chain(&rather) {
        // "we're beach people", "we're not museum people", "my wife and I are both huge
        // Marvel fans": the user among "we".
        let we = ctx.word(a) == "are"
            && (a > 0 && ctx.word(a - 1) == "we"
                || a > 1 && ctx.word(a - 1) == "i" && ctx.word(a - 2) == "and");
        // "I'm a coffee lover"; "I'm not a cat person" is the opposite.
        let (mut start, shift, polarity) = match ctx
            .seq(a, &["am", "a"])
            .or_else(|| ctx.seq(a, &["am", "more", "of", "a"]))
            // "I'm kind of a coffee snob".
            .or_else(|| ctx.seq(a, &["am", "kind", "of", "a"]))
            .or_else(|| ctx.seq(a, &["am", "sort", "of", "a"]))
            .or_else(|| {
                ctx.seq(a, &["more", "of", "a"])
                    .filter(|_| rather.contains(&a))
            })
            // "I've always been a cat person".
            .or_else(|| ctx.seq(a, &["have", "been", "a"]))
            .or_else(|| ctx.seq(a, &["are"]).filter(|_| we))
        {
            Some((s, shift)) if ctx.word(s) != "not" => (s, shift, Polarity::Like),
            _ => match ctx
                .seq(a, &["am", "not", "a"])
                .or_else(|| ctx.seq(a, &["am", "not", "much", "of", "a"]))
                // "Not a huge coffee drinker": chat drops the subject.
                .or_else(|| ctx.seq(a, &["not", "a"]).filter(|_| a == 0))
                .or_else(|| ctx.seq(a, &["not", "much", "of", "a"]).filter(|_| a == 0))
                .or_else(|| ctx.seq(a, &["are", "not"]).filter(|_| we))
                // "I've never been a dog person".
                .or_else(|| ctx.seq(a, &["have", "never", "been", "a"]))
                .or_else(|| ctx.seq(a, &["never", "been", "a"]))
            {
                Some((s, _)) => (s, -0.3, Polarity::Dislike),
                None => continue,
            },
        };
        while matches!(
            ctx.word(start),
            "both"
                | "huge"
                | "big"
                | "real"
                | "true"
                | "total"
                | "massive"
                | "avid"
                | "passionate"
                | "devoted"
                | "committed"
                | "serious"
                | "hardcore"
                | "die-hard"
                | "lifelong"
                | "keen"
        ) {
            start += 1;
        }
        // "I'm a huge foodie", "a morning runner", "an avid reader of history books".
        let hobby = (start..(start + 3).min(ctx.toks.len()))
            .take_while(|&k| !ctx.toks[k].is_stop())
            .find_map(|k| {
                // "we're both foodies".
                let one = if we {
                    ctx.word(k).strip_suffix('s')
                } else {
                    None
                };
                hobbyist(ctx.word(k))
                    .or_else(|| one.and_then(hobbyist))
                    .map(|h| (k, h))
            });
        // "I'm a terrible cook": as good as "not much of a cook".
        if let Some((k, "cooking")) = hobby {
            let poor = k > start
                && matches!(
                    ctx.word(k - 1),
                    "terrible" | "bad" | "awful" | "lousy" | "horrible" | "hopeless"
                );
            if poor && polarity == Polarity::Like {
                out.push(Found::new(
                    "cooking",
                    Polarity::Dislike,
                    Kind::Preference,
                    0.4,
                ));
                continue;
            }
        }
        // Not "a fast reader" (how, not what), "a runner-up", or "not a foodie" (no
        // dislike of food).
        let hobby = hobby.filter(|&(k, h)| {
            let job = h == "cooking"
                && polarity == Polarity::Like
                && !(k > start && ctx.word(k - 1) == "home");
            !(job
                || k > start && is_manner(ctx.word(k - 1))
                || ctx.word(k + 1) == "up"
                || h == "food" && polarity == Polarity::Dislike)
        });
        // "a former runner" is past; "a beginner runner" runs all the same.
        if hobby.is_some_and(|(k, _)| (start..k).any(|j| matches!(ctx.word(j), "former" | "ex"))) {
            continue;
        }
        if let Some((k, hobby)) = hobby {
            let mut words: Vec<&str> = ctx.toks[start..k]
                .iter()
                .map(|t| t.w.as_str())
                .filter(|w| !matches!(*w, "beginner" | "novice" | "amateur" | "aspiring"))
                .collect();
            words.push(hobby);
            let of = (ctx.word(k + 1) == "of")
                .then(|| ctx.topic(k + 2))
                .flatten()
                .filter(|_| hobby.ends_with("ing"));
            let t = match of {
                Some(of) => format!("{} {of}", words.join(" ")),
                None => words.join(" "),
            };
            out.push(Found::new(t, polarity, Kind::Preference, 0.7 + shift));
            continue;
        }
        let lover = |w: &str| {
            if we {
                w == "people"
                    || w.strip_suffix('s')
                        .is_some_and(|one| one != "person" && is_lover(one))
            } else {
                is_lover(w)
            }
        };
        let Some(k) = (start..(start + 4).min(ctx.toks.len())).find(|&k| lover(ctx.word(k))) else {
            continue;
        };
        // "I'm not much of a drinker": of alcohol, unless said.
        if k == start && ctx.word(k) == "drinker" && polarity == Polarity::Dislike {
            out.push(Found::new("alcohol", polarity, Kind::Preference, 0.6));
            continue;
        }
        // "a huge nerd for space stuff", "a geek for anything Star Wars".
        if matches!(ctx.word(k), "nerd" | "geek" | "junkie" | "fiend") && ctx.word(k + 1) == "for" {
            for t in ctx.topics(k + 2) {
                out.push(Found::new(t, polarity, Kind::Preference, 0.8 + shift));
            }
            continue;
        }
        if k == start || matches!(ctx.word(k), "fan" | "supporter") && ctx.word(k + 1) == "of" {
            continue;
        }
        // "a morning person" is a temperament (fact_trait), not a taste for mornings.
        // ("a visual person" is how one learns: the style_format rule's.)
        if matches!(ctx.word(k), "person" | "people")
            && matches!(
                ctx.word(k - 1),
                "morning" | "night" | "visual" | "detail" | "details"
            )
        {
            continue;
        }
        // "a social drinker", "a picky eater": how, not what.
        if matches!(ctx.word(k), "drinker" | "eater") && is_manner(ctx.word(k - 1)) {
            continue;
        }
        // "I'm not a fish guy", "a coffee gal": only after a thing ("a nice guy", "a
        // family guy", "a tech guy" say who one is).
        if matches!(ctx.word(k), "guy" | "gal")
            && (k == start
                // ("a sci-fi guy", "a classical guy": a genre's.)
                || super::is_adjective_word(ctx.word(k - 1))
                    && !matches!(ctx.word(k - 1), "sci-fi" | "classical" | "electronic")
                || matches!(
                    ctx.word(k - 1),
                    "nice"
                        | "good"
                        | "big"
                        | "tall"
                        | "simple"
                        | "regular"
                        | "normal"
                        | "old"
                        | "young"
                        | "busy"
                        | "lucky"
                        | "shy"
                        | "quiet"
                        | "funny"
                        | "smart"
                        | "lazy"
                        | "family"
                        | "tech"
                        | "it"
                        | "money"
                        | "numbers"
                        | "ideas"
                        | "people"
                        | "city"
                        | "country"
                        | "small"
                        | "white"
                        | "straight"
                        | "little"
                        | "blonde"
                        | "bad"
                        | "cool"
                        | "fat"
                        | "short"
                        | "average"
                        | "musical"
                ))
        {
            continue;
        }
        // "a cat person", "a dog lover": the animals, not one.
        let animals = |t: String| {
            if matches!(
                t.as_str(),
                "cat" | "dog" | "horse" | "bird" | "rabbit" | "hamster" | "snake" | "turtle"
            ) {
                format!("{t}s")
            } else {
                t
            }
        };
        if let Some(t) = topic::topic_until(ctx.toks, start, k) {
            out.push(Found::new(
                animals(t),
                polarity,
                Kind::Preference,
                0.75 + shift,
            ));
        }
        // "more of a dog person than a cat person": the other is less liked.
        if ctx.word(k + 1) == "than" && matches!(ctx.word(k + 2), "a" | "an") {
            let other = (k + 4..(k + 7).min(ctx.toks.len())).find(|&j| ctx.word(j) == ctx.word(k));
            if let Some(t) = other.and_then(|j| topic::topic_until(ctx.toks, k + 3, j)) {
                out.push(Found::new(
                    animals(t),
                    polarity.flipped(),
                    Kind::Preference,
                    0.5,
                ));
            }
        }
    }
}

/// "Big Radiohead fan here", "Huge Marvel fan.", "..., big fan of comedies myself":
/// chat drops the "I'm a" of a fan who introduces themselves; the sentence, or what
/// follows its comma, is nothing but that.
fn fan_here(ctx: &Ctx, out: &mut Vec<Found>) {
    // ("same, in particular huge beatles fan": after a word of agreement.)
    let agrees = ctx.before.is_empty()
        || ctx.before.len() <= 2 && matches!(ctx.before[0].w.as_str(), "same" | "yes" | "yeah");
    let starts = std::iter::once(0)
        .filter(|_| agrees)
        .chain((1..ctx.toks.len()).filter(|&k| ctx.word(k - 1) == COMMA));
    let closes = |j: usize| {
        ctx.toks.get(j).map_or(true, |t| t.is_stop())
            || matches!(ctx.word(j), "here" | "myself")
                && ctx.toks.get(j + 1).map_or(true, |t| t.is_stop())
    };
    for mut s in starts {
        if ctx.seq(s, &["in", "particular"]).is_some() {
            s += 2;
        }
        if !matches!(
            ctx.word(s),
            "big" | "huge" | "massive" | "lifelong" | "die-hard" | "longtime" | "long-time"
        ) {
            continue;
        }
        // "big fan of comedies myself".
        if ctx.word(s + 1) == "fan" && ctx.word(s + 2) == "of" && s > 0 {
            let end = (s + 3..ctx.toks.len())
                .find(|&j| closes(j))
                .unwrap_or(ctx.toks.len());
            // ("my dad, big fan of golf, took me there": an aside about another.)
            let last = ctx.toks[end..]
                .iter()
                .all(|t| t.is_stop() || matches!(t.w.as_str(), "here" | "myself"));
            if let Some(t) = topic::topic_until(ctx.toks, s + 3, end).filter(|_| last) {
                out.push(Found::new(t, Polarity::Like, Kind::Preference, 0.8));
            }
            continue;
        }
        let Some(k) = (s + 2..ctx.toks.len().min(s + 6)).find(|&k| ctx.word(k) == "fan") else {
            continue;
        };
        if !closes(k + 1) {
            continue;
        }
        if let Some(t) = topic::topic_until(ctx.toks, s + 1, k) {
            out.push(Found::new(t, Polarity::Like, Kind::Preference, 0.8));
        }
    }
}

/// "I've been on a big Murakami kick lately", "I'm on a Sanderson kick": a spell of
/// liking one thing.
fn on_a_kick(ctx: &Ctx, out: &mut Vec<Found>) {
    for &a in ctx.anchors {
        let Some((s, _)) = ctx
            .seq(a, &["am", "on", "a"])
            .or_else(|| ctx.seq(a, &["have", "been", "on", "a"]))
        else {
            continue;
        };
        let Some(k) = (s + 1..(s + 5).min(ctx.toks.len())).find(|&k| ctx.word(k) == "kick") else {
            continue;
        };
        let s = s + usize::from(matches!(ctx.word(s), "big" | "huge" | "real" | "serious"));
        if let Some(t) = topic::topic_until(ctx.toks, s, k) {
            out.push(Found::new(t, Polarity::Like, Kind::Preference, 0.7));
        }
    }
}

/// "I'm team iPhone all the way", "I'm team Android": the side taken.
fn team(ctx: &Ctx, out: &mut Vec<Found>) {
    for &a in ctx.anchors {
        let Some((s, _)) = ctx.seq(a, &["am", "team"]) else {
            continue;
        };
        let end = (s..ctx.toks.len())
            .find(|&k| ctx.toks[k].is_stop() || super::closing_choice(ctx, k).is_some())
            .unwrap_or(ctx.toks.len());
        if end > s && end - s <= 3 {
            if let Some(t) = topic::topic_until(ctx.toks, s, end) {
                out.push(Found::new(t, Polarity::Like, Kind::Preference, 0.7));
            }
        }
    }
}
