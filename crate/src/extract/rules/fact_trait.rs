//! "I'm a night owl", "I'm an introvert", "I'm not a morning person", "I'm colorblind",
//! "I'm deaf", "I use a wheelchair", "I have ADHD": how the person is made, which shapes
//! advice on schedules, work, social plans, travel and what a chart or a tool should
//! look like. Health facts stay on the device like everything else; the popup lists
//! them for review and deletion.

use super::{Ctx, Found, Rule};

pub(crate) const RULE: Rule = Rule {
    name: "fact_trait",
    description: "trait facts: I'm 35 / in my thirties, tall / 6'4, a night owl / an introvert / colorblind / deaf / dyslexic, not a morning person, I use a wheelchair / a screen reader, I wear glasses, I have bad knees / ADHD / diabetes, my back hurts, I'm recovering from knee surgery, I get seasick",
    in_requests: false,
    apply,
};

/// The description, as said after "I am", and what it is stored as.
const KINDS: &[(&[&str], &str)] = &[
    (&["a", "night", "owl"], "a night owl"),
    (&["a", "early", "bird"], "an early bird"),
    (&["a", "morning", "person"], "a morning person"),
    (&["a", "terrible", "morning", "person"], "a morning person"),
    (&["a", "bad", "morning", "person"], "a morning person"),
    (&["a", "awful", "morning", "person"], "a morning person"),
    (&["a", "horrible", "morning", "person"], "a morning person"),
    (&["a", "night", "person"], "a night owl"),
    (&["a", "early", "riser"], "an early riser"),
    (&["a", "light", "sleeper"], "a light sleeper"),
    (&["a", "picky", "eater"], "a picky eater"),
    (&["a", "fussy", "eater"], "a picky eater"),
    // Said with "not", the other way: "I'm not adventurous with food".
    (&["a", "adventurous", "eater"], "an adventurous eater"),
    (&["adventurous", "with", "food"], "an adventurous eater"),
    (
        &["adventurous", "when", "it", "comes", "to", "food"],
        "an adventurous eater",
    ),
    (&["claustrophobic"], "claustrophobic"),
    (&["disabled"], "disabled"),
    // How money is spent: what a purchase or a plan must cost.
    (&["frugal"], "frugal"),
    (&["a", "cheapskate"], "frugal"),
    (&["a", "bit", "of", "a", "cheapskate"], "frugal"),
    (&["adhd"], "has adhd"),
    (&["a", "introvert"], "an introvert"),
    (&["introverted"], "an introvert"),
    (&["a", "extrovert"], "an extrovert"),
    (&["extroverted"], "an extrovert"),
    (&["a", "homebody"], "a homebody"),
    // Children grown and gone: a trip, a home or a week planned for two.
    (&["a", "empty", "nester"], "an empty nester"),
    (&["empty", "nesters"], "an empty nester"),
    // How a trip or a week is best laid out; said with "not", the other way.
    (&["a", "planner"], "a planner"),
    (&["a", "big", "planner"], "a planner"),
    (&["a", "spontaneous", "person"], "spontaneous"),
    (&["spontaneous"], "spontaneous"),
    (&["a", "minimalist"], "a minimalist"),
    (&["colorblind"], "colorblind"),
    (&["color", "blind"], "colorblind"),
    (&["color-blind"], "colorblind"),
    (&["left-handed"], "left-handed"),
    // Senses, reading and the body: what a plan, a format or a place must allow for.
    (&["deaf"], "deaf"),
    (&["hard", "of", "hearing"], "hard of hearing"),
    (&["blind"], "blind"),
    (&["visually", "impaired"], "visually impaired"),
    (&["dyslexic"], "dyslexic"),
    (&["autistic"], "autistic"),
    (&["in", "a", "wheelchair"], "uses a wheelchair"),
    (&["a", "screen", "reader", "user"], "uses a screen reader"),
    (&["a", "wheelchair", "user"], "uses a wheelchair"),
];

/// What is said after "I have (a)": a condition of the body.
const BODY: &[(&[&str], &str)] = &[
    (&["bad", "knees"], "has bad knees"),
    (&["bad", "knee"], "has bad knees"),
    (&["bad", "back"], "has a bad back"),
    (&["asthma"], "has asthma"),
    (&["flat", "feet"], "has flat feet"),
    (&["wide", "feet"], "has wide feet"),
    (&["high", "arches"], "has high arches"),
    (&["plantar", "fasciitis"], "has plantar fasciitis"),
    (&["arthritis"], "has arthritis"),
    (&["migraines"], "has migraines"),
    (&["insomnia"], "has insomnia"),
    (&["high", "blood", "pressure"], "has high blood pressure"),
    (&["sensitive", "skin"], "has sensitive skin"),
    (&["curly", "hair"], "has curly hair"),
    (&["oily", "skin"], "has oily skin"),
    (&["dry", "skin"], "has dry skin"),
    (&["bad", "hip"], "has a bad hip"),
    (&["bad", "hips"], "has a bad hip"),
    (&["bad", "ankle"], "has a bad ankle"),
    (&["bad", "ankles"], "has a bad ankle"),
    (&["bad", "shoulder"], "has a bad shoulder"),
    (&["chronic", "pain"], "has chronic pain"),
    (&["adhd"], "has adhd"),
    (&["dyslexia"], "dyslexic"),
    (&["autism"], "autistic"),
    (&["diabetes"], "has diabetes"),
    (&["type", "1", "diabetes"], "has diabetes"),
    (&["type", "2", "diabetes"], "has diabetes"),
    (&["anxiety"], "has anxiety"),
];

/// What is said after "I get": motion sickness, which rules out a cruise or a long
/// bus ride.
const SICK: &[(&[&str], &str)] = &[
    (&["seasick"], "gets seasick"),
    (&["sea", "sick"], "gets seasick"),
    (&["carsick"], "gets carsick"),
    (&["car", "sick"], "gets carsick"),
    (&["airsick"], "gets airsick"),
    (&["motion", "sick"], "gets motion sick"),
    (&["motion-sick"], "gets motion sick"),
    (&["motion", "sickness"], "gets motion sick"),
];

/// A condition said as an adjective, and the noun it is said with after "with" ("a son
/// with autism"); a condition said "has X" takes X.
const CONDITION_NOUNS: &[(&str, &str)] = &[
    ("autistic", "autism"),
    ("dyslexic", "dyslexia"),
    ("deaf", "hearing loss"),
    ("blind", "blindness"),
    ("hard of hearing", "hearing loss"),
    ("visually impaired", "a visual impairment"),
    ("disabled", "a disability"),
    ("uses a wheelchair", "a wheelchair"),
];

/// "My son has ADHD", "my daughter is autistic", "my wife uses a wheelchair", "my
/// husband has diabetes": a condition of a child or a partner, as *has a son with
/// adhd*; what a trip, a meal or a study plan for the household must allow for. (A
/// parent may live elsewhere: "my dad is deaf" says nothing of the household.)
fn member_condition(ctx: &Ctx) -> Option<String> {
    // (Singular: "my kids have ADHD" says neither "is" nor "has" below.)
    let (who, _) = super::member_said(ctx)?;
    let condition = match ctx.word(2) {
        "is" => said_as(ctx, 3, KINDS),
        "has" => said_as(ctx, 3, BODY),
        "uses" if ctx.word(3) == "a" && ctx.word(4) == "wheelchair" => {
            Some(("uses a wheelchair", 5))
        }
        _ => None,
    }
    .filter(|&(c, end)| {
        crate::domain::is_condition(c)
            && (ctx.toks.get(end).map_or(true, |t| t.is_stop())
                || matches!(ctx.word(end), "and" | "so" | "but"))
    })?
    .0;
    let noun = CONDITION_NOUNS
        .iter()
        .find(|(c, _)| *c == condition)
        .map(|&(_, n)| n)
        .or_else(|| condition.strip_prefix("has "))?;
    Some(format!(
        "has {} {who} with {noun}",
        crate::extract::indefinite(who)
    ))
}

/// "My kids are grown", "my kids are all grown up and out of the house", "my kids
/// have moved out": an empty nest. (Not "my kids are growing up fast".)
fn grown_children(ctx: &Ctx) -> bool {
    if ctx.word(0) != "my" || !matches!(ctx.word(1), "kids" | "children" | "sons" | "daughters") {
        return false;
    }
    let k = 3 + usize::from(ctx.word(3) == "all");
    match ctx.word(2) {
        "are" => {
            ctx.word(k) == "grown"
                || ctx.seq(k, &["out", "of", "the", "house"]).is_some()
                || ctx.seq(k, &["moved", "out"]).is_some()
        }
        "have" => ctx.seq(k, &["moved", "out"]).is_some() || ctx.word(k) == "grown",
        _ => false,
    }
}

/// The person's own condition that one of the household's is ("has a son with adhd" is
/// "has adhd"): where it shapes advice is the same.
pub(crate) fn condition_of_member(topic: &str) -> Option<String> {
    let rest = topic
        .strip_prefix("has a ")
        .or_else(|| topic.strip_prefix("has an "))?;
    let (_, noun) = rest.split_once(" with ")?;
    Some(
        CONDITION_NOUNS
            .iter()
            .find(|(_, n)| *n == noun)
            .map_or_else(|| format!("has {noun}"), |&(c, _)| c.to_owned()),
    )
}

/// The first of `kinds` said at token `at`: what it is stored as, and where it ends.
fn said_as(
    ctx: &Ctx,
    at: usize,
    kinds: &[(&[&str], &'static str)],
) -> Option<(&'static str, usize)> {
    kinds
        .iter()
        .find_map(|&(pat, fact)| ctx.seq(at, pat).map(|(end, _)| (fact, end)))
}

/// "I can't wear heels, bad ankles": a condition of the body said alone after a comma,
/// closing the sentence, is the reason for what came before.
pub(super) fn body_after_comma(ctx: &Ctx, k: usize) -> Option<&'static str> {
    if ctx.anchors.is_empty() {
        return None;
    }
    let (fact, end) = said_as(ctx, k, BODY)?;
    super::alone_after_comma(ctx, k, end).then_some(fact)
}

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    if let Some(fact) = member_condition(ctx) {
        out.push(Found::fact(fact, 0.85));
    }
    if grown_children(ctx) {
        out.push(Found::fact("an empty nester", 0.8));
    }
    for k in 1..ctx.toks.len() {
        if let Some(fact) = body_after_comma(ctx, k) {
            out.push(Found::fact(fact, 0.8));
        }
    }
    // "Not a morning person, so ...": chat drops the "I'm".
    let bare = (ctx.word(0) == "not").then_some((1, true));
    let said = ctx.anchors.iter().filter_map(|&a| {
        let (end, _) = ctx.seq(a, &["am"])?;
        let not = ctx.word(end) == "not";
        // "I'm not much of a morning person", "I'm more of a night person".
        let much = not && ctx.word(end + 1) == "much" && ctx.word(end + 2) == "of"
            || !not && ctx.word(end) == "more" && ctx.word(end + 1) == "of";
        // "I'm a terrible morning person": as good as not one.
        let poor = !not
            && ctx.word(end) == "a"
            && matches!(ctx.word(end + 1), "terrible" | "bad" | "awful" | "horrible")
            && ctx.word(end + 2) == "morning";
        if poor {
            return Some((end, true));
        }
        Some((end + usize::from(not) + 2 * usize::from(much), not))
    });
    for &a in ctx.anchors {
        if let Some(age) = ctx.seq(a, &["am"]).and_then(|(end, _)| age(ctx, end)) {
            out.push(Found::fact(age, 0.8));
        }
        if let Some(build) = ctx.seq(a, &["am"]).and_then(|(end, _)| stature(ctx, end)) {
            out.push(Found::fact(build, 0.8));
        }
    }
    for (at, not) in said.chain(bare) {
        let Some((fact, end)) = said_as(ctx, at, KINDS) else {
            continue;
        };
        // "I'm blind without my glasses", "blind as a bat": a figure of speech.
        if fact == "blind" && matches!(ctx.word(end), "without" | "as" | "to") {
            continue;
        }
        // ("a minimalist designer", "a minimalist at heart" is one.)
        if fact == "a minimalist"
            && !ctx.toks.get(end).map_or(true, |t| t.is_stop())
            && !matches!(ctx.word(end), "and" | "so" | "but" | "at" | "now" | "these")
        {
            continue;
        }
        // Only "not a morning person" says something the plain fact would not.
        let fact = match (not, fact) {
            (false, f) => f.to_owned(),
            (true, "a morning person") => "not a morning person".to_owned(),
            (true, "an adventurous eater") => "a picky eater".to_owned(),
            (true, "a planner") => "spontaneous".to_owned(),
            (true, "spontaneous") => "a planner".to_owned(),
            (true, _) => continue,
        };
        out.push(Found::fact(fact, 0.8));
    }
    // "I have bad knees", "I suffer from migraines", "I use a wheelchair": the body
    // advice must fit. ("I have anxiety about flying" still has it.)
    for &a in ctx.anchors {
        if ctx.seq(a, &["use", "a", "wheelchair"]).is_some() {
            out.push(Found::fact("uses a wheelchair", 0.8));
            continue;
        }
        // "I wear glasses", "I wear hearing aids": what a headset, goggles or earbuds
        // must fit (not "I wear glasses for reading" only, nor "I wear contacts today").
        if let Some((end, _)) = ctx.seq(a, &["wear"]) {
            let (what, next) = match (ctx.word(end), ctx.word(end + 1)) {
                ("glasses", _) => ("glasses", end + 1),
                ("contacts", _) => ("contact lenses", end + 1),
                ("contact", "lenses") => ("contact lenses", end + 2),
                ("hearing", "aids") => ("hearing aids", end + 2),
                ("a", "hearing") if ctx.word(end + 2) == "aid" => ("hearing aids", end + 3),
                _ => ("", end),
            };
            let lasting = ctx.toks.get(next).map_or(true, |t| t.is_stop())
                || matches!(ctx.word(next), "so" | "and" | "but" | "all" | "every");
            if !what.is_empty() && lasting {
                out.push(Found::fact(format!("wears {what}"), 0.8));
                continue;
            }
        }
        // What is read aloud to them: formatting, tables and images must allow for it.
        if ctx.seq(a, &["use", "a", "screen", "reader"]).is_some() {
            out.push(Found::fact("uses a screen reader", 0.8));
            continue;
        }
        let Some((end, _)) = ctx
            .seq(a, &["have", "got"])
            .or_else(|| ctx.seq(a, &["have"]))
            .or_else(|| ctx.seq(a, &["suffer", "from"]))
        else {
            continue;
        };
        let at = end + usize::from(matches!(ctx.word(end), "a" | "an"));
        // ("I have diabetes in my family" is someone else's.)
        let family = |end: usize| ctx.word(end) == "in" && ctx.word(end + 2) == "family";
        if let Some((fact, _)) = said_as(ctx, at, BODY).filter(|&(_, end)| !family(end)) {
            out.push(Found::fact(fact, 0.8));
        }
    }
    // "I'm recovering from knee surgery", "I'm recovering from a broken leg": what any
    // plan for the body must allow for, for now.
    for &a in ctx.anchors {
        let Some((end, _)) = ctx.seq(a, &["am", "recovering", "from"]) else {
            continue;
        };
        let words = ctx.short_name(end, |w| {
            matches!(
                w,
                "and" | "so" | "but" | "which" | "since" | "at" | "in" | "now"
            )
        });
        let injury = words.last().is_some_and(|w| {
            matches!(
                *w,
                "surgery"
                    | "injury"
                    | "replacement"
                    | "fracture"
                    | "leg"
                    | "arm"
                    | "ankle"
                    | "wrist"
                    | "sprain"
                    | "operation"
            )
        });
        if injury && words.len() <= 3 {
            let article = ctx.article(end);
            out.push(Found::fact(
                format!("recovering from {article}{}", words.join(" ")),
                0.8,
            ));
        }
    }
    // "I get seasick easily", "I get really carsick"; not "I don't get seasick" (the
    // anchor's "do not" is no "get").
    for &a in ctx.anchors {
        let Some((mut at, _)) = ctx.seq(a, &["get"]) else {
            continue;
        };
        while matches!(
            ctx.word(at),
            "really" | "very" | "so" | "super" | "pretty" | "quite" | "easily"
        ) {
            at += 1;
        }
        if let Some((fact, _)) = said_as(ctx, at, SICK) {
            out.push(Found::fact(fact, 0.8));
        }
    }
    // "My back hurts when I sit too long", "..., and my knees are bad": not "my back
    // hurts today" (a bad day, not a condition).
    let opens = |k: usize| {
        ctx.word(k) == "my"
            && (k == 0 || matches!(ctx.word(k - 1), "," | "and" | "but" | "so" | "also"))
    };
    if let Some(k) = (0..ctx.toks.len()).find(|&k| opens(k)) {
        let aches = matches!(ctx.word(k + 2), "hurts" | "hurt" | "aches" | "ache")
            || matches!(ctx.word(k + 2), "is" | "are") && ctx.word(k + 3) == "bad";
        let passing = ctx.toks.iter().any(|t| {
            matches!(
                t.w.as_str(),
                "today" | "now" | "tonight" | "yesterday" | "morning" | "after" | "since"
            )
        });
        let fact = match ctx.word(k + 1) {
            "back" => Some("has a bad back"),
            "knees" | "knee" => Some("has bad knees"),
            "hip" | "hips" => Some("has a bad hip"),
            "ankle" | "ankles" => Some("has a bad ankle"),
            "shoulder" | "shoulders" => Some("has a bad shoulder"),
            _ => None,
        };
        if let Some(fact) = fact.filter(|_| aches && !passing) {
            out.push(Found::fact(fact, 0.8));
        }
    }
    if ctx.word(0) == "my" && ctx.word(1) == "skin" && ctx.word(2) == "is" {
        let mut k = 3;
        while matches!(
            ctx.word(k),
            "really" | "very" | "super" | "quite" | "so" | "pretty"
        ) {
            k += 1;
        }
        if ctx.word(k) == "sensitive" {
            out.push(Found::fact("has sensitive skin", 0.8));
        }
    }
}

/// How tall the person is, said after "I am" at `at`: "tall", "really short", "6'4",
/// "6 foot 2", "190cm". What an airline seat, a bed, a car or a pair of jeans must fit;
/// an ordinary height says nothing. Not "short on time" or "short of cash".
fn stature(ctx: &Ctx, mut at: usize) -> Option<&'static str> {
    while matches!(
        ctx.word(at),
        "really" | "very" | "pretty" | "quite" | "super" | "fairly" | "so" | "rather"
    ) {
        at += 1;
    }
    let next = ctx.word(at + 1);
    match ctx.word(at) {
        "tall" => return Some("tall"),
        "short" if matches!(next, "" | "," | ";" | "so" | "and" | "but") => return Some("short"),
        _ => {}
    }
    // A small count, in digits or words ("6", "six"); feet run from 4 to 7.
    let count = |w: &str| {
        const WORDS: [&str; 12] = [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven",
        ];
        WORDS
            .iter()
            .position(|n| *n == w)
            .map(|n| n as u32)
            .or_else(|| w.parse::<u32>().ok().filter(|&n| n < 12))
    };
    let feet_word = |w: &str| count(w).filter(|n| (4..=7).contains(n));
    let w = ctx.word(at);
    let inches = if let Some(cm) = w
        .strip_suffix("cm")
        .filter(|n| !n.is_empty())
        .or_else(|| (next == "cm").then_some(w))
    {
        // Centimetres, as inches.
        cm.parse::<u32>().ok().filter(|n| (120..=230).contains(n))? * 100 / 254
    } else if let Some((feet, rest)) = w.split_once('\'') {
        // "6'4", "6'".
        let inch: u32 = if rest.is_empty() {
            0
        } else {
            rest.parse().ok()?
        };
        feet_word(feet)? * 12 + inch.min(11)
    } else {
        // "6 foot 4", "six feet", "6ft 2".
        let (feet, unit_at) = match w.strip_suffix("ft") {
            Some(n) => (feet_word(n)?, at),
            None if matches!(next, "foot" | "feet" | "ft") => (feet_word(w)?, at + 1),
            None => return None,
        };
        feet * 12 + count(ctx.word(unit_at + 1)).unwrap_or(0)
    };
    match inches {
        72.. => Some("tall"),
        ..=62 => Some("short"),
        _ => None,
    }
}

/// The person's age, said after "I am" at `at`: "35 years old", "a 35-year-old nurse",
/// "72 and retired", "in my late thirties"; not "5 minutes away".
fn age(ctx: &Ctx, at: usize) -> Option<String> {
    const DECADES: &[&str] = &[
        "teens",
        "twenties",
        "thirties",
        "forties",
        "fifties",
        "sixties",
        "seventies",
        "eighties",
        "nineties",
        "20s",
        "30s",
        "40s",
        "50s",
        "60s",
        "70s",
        "80s",
        "90s",
    ];
    if ctx.word(at) == "in" && ctx.word(at + 1) == "my" {
        let part = usize::from(matches!(ctx.word(at + 2), "early" | "mid" | "late"));
        let decade = ctx.word(at + 2 + part);
        if !DECADES.contains(&decade) {
            return None;
        }
        let part = if part == 1 {
            format!("{} ", ctx.word(at + 2))
        } else {
            String::new()
        };
        return Some(format!("in my {part}{decade}"));
    }
    let at = at + usize::from(matches!(ctx.word(at), "a" | "an"));
    let w = ctx.word(at);
    let years = |n: &str| {
        crate::extract::topic::is_number(n)
            && n.parse::<u32>().is_ok_and(|n| (13..=110).contains(&n))
    };
    // "a 35-year-old".
    if let Some(n) = w
        .strip_suffix("-year-old")
        .or_else(|| w.strip_suffix("-years-old"))
    {
        return years(n).then(|| format!("{n} years old"));
    }
    if !years(w) {
        return None;
    }
    let next = ctx.word(at + 1);
    let said = matches!(next, "years" | "year" | "yrs" | "yo") && {
        let old = at + 2;
        matches!(next, "yo") || ctx.word(old) == "old"
    } || ctx.toks.get(at + 1).map_or(true, |t| t.is_stop())
        && ctx.word(at.wrapping_sub(1)) == "am"
        || matches!(next, "and" | "but" | "so" | "now") && ctx.word(at.wrapping_sub(1)) == "am";
    said.then(|| format!("{w} years old"))
}
