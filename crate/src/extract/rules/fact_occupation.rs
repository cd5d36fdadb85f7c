//! "I'm a nurse", "I work as a teacher", "I work at a bakery", "I'm retired", "I teach
//! chemistry": what the person does.

use super::{Ctx, Found, Rule};
use crate::extract::topic;

pub(crate) const RULE: Rule = Rule {
    name: "fact_occupation",
    description:
        "occupation facts: I'm a nurse, I work as X, I work at X, I teach X, I'm retired / between jobs / a recent graduate, I'm a student",
    in_requests: false,
    apply,
};

pub(super) fn is_occupation(w: &str) -> bool {
    matches!(
        w,
        "nurse"
            | "doctor"
            | "teacher"
            | "engineer"
            | "developer"
            | "dev"
            | "programmer"
            | "lawyer"
            | "attorney"
            | "chef"
            | "cook"
            | "waiter"
            | "waitress"
            | "cashier"
            | "pilot"
            | "firefighter"
            | "officer"
            | "cop"
            | "dentist"
            | "vet"
            | "veterinarian"
            | "mechanic"
            | "farmer"
            | "artist"
            | "writer"
            | "author"
            | "designer"
            | "accountant"
            | "scientist"
            | "professor"
            | "librarian"
            | "pharmacist"
            | "electrician"
            | "plumber"
            | "carpenter"
            | "therapist"
            | "consultant"
            | "architect"
            | "manager"
            | "analyst"
            | "researcher"
            | "journalist"
            | "photographer"
            | "musician"
            | "barista"
            | "student"
            | "bartender"
            | "driver"
            | "painter"
            | "singer"
            | "dancer"
            | "actor"
            | "actress"
            | "baker"
            | "butcher"
            | "soldier"
            | "banker"
            | "surgeon"
            | "paramedic"
            | "secretary"
            | "receptionist"
            | "clerk"
            | "janitor"
            | "tutor"
            | "coach"
            | "trainer"
            | "economist"
            | "editor"
            | "translator"
            | "lecturer"
            | "physician"
            | "psychologist"
            | "counselor"
            | "worker"
            | "homemaker"
            | "housewife"
            | "freelancer"
            | "entrepreneur"
            | "ceo"
            | "founder"
            | "intern"
            | "nanny"
            | "babysitter"
            | "hairdresser"
            | "stylist"
            | "tailor"
            | "welder"
            | "miner"
            | "fisherman"
            | "lifeguard"
            | "attendant"
            | "coder"
            | "gardener"
            | "housekeeper"
            | "agent"
            | "salesman"
            | "saleswoman"
            | "bookkeeper"
            | "judge"
            | "politician"
            | "priest"
            | "pastor"
            | "blogger"
            | "youtuber"
            | "streamer"
            | "illustrator"
            | "animator"
            | "administrator"
            | "sysadmin"
            | "technician"
            | "mathematician"
            | "physicist"
            | "chemist"
            | "biologist"
            | "statistician"
            | "marine"
            | "sailor"
            | "volunteer"
            | "caregiver"
            | "midwife"
            | "optometrist"
            | "realtor"
            | "contractor"
            | "executive"
            | "supervisor"
            | "cleaner"
            | "server"
            | "veteran"
            | "retiree"
            | "mom"
            | "dad"
            | "surveyor"
            | "inspector"
            | "instructor"
            | "guard"
            | "dj"
            | "producer"
            | "director"
    )
}

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    for &a in ctx.anchors {
        // "I'm retired", "I retired last year" (not "I retired my old laptop").
        let retired_when = ctx.seq(a, &["retired"]).is_some_and(|(e, _)| {
            ctx.toks.get(e).map_or(true, |t| t.is_stop())
                || matches!(
                    ctx.word(e),
                    "last" | "in" | "a" | "two" | "three" | "early" | "recently" | "this"
                )
        });
        // "I've been retired for 5 years".
        let been = ctx.seq(a, &["have", "been", "retired"]).is_some();
        if ctx.seq(a, &["am", "retired"]).is_some() || retired_when || been {
            out.push(Found::fact("retired", 0.9));
            continue;
        }
        // "I'm between jobs", "I got laid off", "I'm unemployed": what a budget or a
        // career plan starts from.
        const JOBLESS: &[&[&str]] = &[
            &["am", "between", "jobs"],
            &["am", "unemployed"],
            &["am", "out", "of", "work"],
            &["got", "laid", "off"],
            &["was", "laid", "off"],
            &["have", "been", "laid", "off"],
            &["just", "got", "laid", "off"],
            &["am", "job", "hunting"],
        ];
        if JOBLESS.iter().any(|pat| ctx.seq(a, pat).is_some()) {
            out.push(Found::fact("between jobs", 0.85));
            continue;
        }
        // "I just graduated", "I'm a recent grad", "I graduated last year".
        let graduated = ctx.seq(a, &["just", "graduated"]).or_else(|| {
            ctx.seq(a, &["graduated"])
                .filter(|&(e, _)| matches!(ctx.word(e), "last" | "this" | "recently"))
        });
        let recent = ctx
            .seq(a, &["am", "a", "recent"])
            .is_some_and(|(e, _)| matches!(ctx.word(e), "graduate" | "grad" | "college"));
        if graduated.is_some() || recent {
            out.push(Found::fact("a recent graduate", 0.85));
            continue;
        }
        if let Some(how) = arrangement(ctx, a) {
            out.push(Found::fact(how, 0.85));
        }
        if let Some(studied) = studies(ctx, a) {
            out.push(Found::fact(studied, 0.85));
            continue;
        }
        if let Some(stage) = school(ctx, a) {
            out.push(Found::fact(stage, 0.85));
            continue;
        }
        if let Some(fact) = working_day(ctx, a) {
            out.push(Found::fact(fact, 0.85));
            continue;
        }
        // "I work night shifts as a nurse": a short phrase may sit before "as".
        let shifted = ctx.seq(a, &["work"]).and_then(|(w, _)| {
            // Not past a place: "i work in a warehouse as ..." says where.
            let k = (w..(w + 4).min(ctx.toks.len()))
                .take_while(|&k| {
                    !ctx.toks[k].is_stop() && !matches!(ctx.word(k), "in" | "at" | "for")
                })
                .find(|&k| ctx.word(k) == "as")?;
            let after = k + 1 + usize::from(matches!(ctx.word(k + 1), "a" | "an"));
            Some((after, 0.0))
        });
        let start = ctx
            .seq(a, &["work", "as", "a"])
            .or_else(|| ctx.seq(a, &["work", "as"]))
            .or(shifted)
            .or_else(|| ctx.seq(a, &["am", "a"]))
            // "I've been a nurse for 8 years".
            .or_else(|| ctx.seq(a, &["have", "been", "a"]));
        // "I freelance as a designer": the job, freelance.
        let freelance = ctx
            .seq(a, &["freelance", "as", "a"])
            .or_else(|| ctx.seq(a, &["freelance", "as"]));
        let start = start.or(freelance);
        if let Some((s, _)) = start {
            // The occupation noun ends a short phrase: "a registered nurse", "a high school teacher".
            let Some(mut k) =
                (s..(s + 4).min(ctx.toks.len())).find(|&k| is_occupation(ctx.word(k)))
            else {
                continue;
            };
            // "a volunteer firefighter": the last of two.
            if ctx.word(k) == "volunteer" && is_occupation(ctx.word(k + 1)) {
                k += 1;
            }
            if ctx.toks[s..k].iter().any(|t| {
                t.is_stop()
                    || matches!(
                        t.w.as_str(),
                        "fan" | "lover" | "big" | "huge" | "bit" | "little"
                            // "a beginner programmer" is learning, not employed.
                            | "beginner" | "novice" | "aspiring" | "wannabe" | "hobbyist"
                            | "amateur"
                            // "I'm a decent cook but not a pro": how well, not a job.
                            | "decent" | "good" | "great" | "bad" | "terrible" | "okay"
                            | "average" | "mediocre" | "competent"
                            // "a self-taught baker": a pastime.
                            | "self-taught"
                    )
                    // "a home cook" (not "a stay at home mom").
                    || t.w == "home"
                        && matches!(ctx.word(k), "cook" | "baker" | "brewer" | "chef" | "gardener")
            }) {
                continue;
            }
            // ("a 35-year-old nurse": the age is fact_trait's.)
            let mut words: Vec<&str> = ctx.toks[s..=k]
                .iter()
                .map(|t| t.w.as_str())
                .filter(|w| !w.ends_with("-old"))
                .collect();
            // "stay at home mom" and "police officer" are kept whole; "mom" alone is household.
            // ("a single dad" is no job either.)
            if matches!(ctx.word(k), "mom" | "dad") && !words.iter().any(|w| w.contains("home")) {
                continue;
            }
            if ctx.word(k + 1) == "student" {
                words.push("student");
            }
            // "a retired school teacher" works no longer.
            if words.first() == Some(&"retired") {
                out.push(Found::fact("retired", 0.9));
                continue;
            }
            if freelance.is_some() {
                words.insert(0, "freelance");
            }
            let job = words.join(" ");
            // "a college student" studies; it is no job.
            let topic = if job.ends_with("student") || ctx.word(k) == "veteran" {
                // ("an army veteran": served, which is no job now.)
                format!("{} {job}", topic::indefinite(&job))
            } else if job.contains("home") && matches!(ctx.word(k), "mom" | "dad" | "parent") {
                // A stay-at-home parent's days are the family's (domain::fact_areas).
                format!("a stay-at-home {}", ctx.word(k))
            } else {
                format!("works as {job}")
            };
            out.push(Found::fact(topic, 0.9));
            continue;
        }
        for pat in [&["work", "at"][..], &["work", "for"], &["work", "in"]] {
            let Some((end, _)) = ctx.seq(a, pat) else {
                continue;
            };
            let ends = |w: &str| {
                matches!(
                    w,
                    "and"
                        | "but"
                        | "as"
                        | "so"
                        | "because"
                        | "since"
                        | "now"
                        | "with"
                        | "i"
                        | "for"
                        | "on"
                        | "too"
                        | "part"
                        | "full"
                        | "lol"
                        | "mostly"
                        | "mainly"
                        | "primarily"
                )
            };
            let words = ctx.short_name(end, ends);
            if words.is_empty()
                || matches!(
                    words[0],
                    "home" | "night" | "it" | "this" | "that" | "all" | "least" | "myself"
                )
            {
                continue;
            }
            // "I work in Go mostly": the language code is written in (style_programming).
            if pat[1] == "in" && words.len() == 1 && super::style_programming::is_language(words[0])
            {
                break;
            }
            out.push(Found::fact(
                format!("works {} {}", pat[1], words.join(" ")),
                0.9,
            ));
            break;
        }
        // "I teach high school chemistry", "I teach piano to kids": the subject taught;
        // not "I want to teach" (a wish) or "the kids I teach love ..." (a relative).
        let mut k = a;
        while matches!(
            ctx.word(k),
            "also" | "still" | "currently" | "now" | "mostly" | "actually"
        ) {
            k += 1;
        }
        if ctx.word(k) == "teach" {
            let what: Vec<&str> = ctx.toks[k + 1..]
                .iter()
                .take_while(|t| {
                    !t.is_stop()
                        && !matches!(
                            t.w.as_str(),
                            "to" | "at"
                                | "in"
                                | "on"
                                | "and"
                                | "but"
                                | "so"
                                | "for"
                                | "my"
                                | "when"
                                | "because"
                                | "since"
                                | "with"
                        )
                })
                .take(4)
                .map(|t| t.w.as_str())
                .collect();
            let named = what.first().is_some_and(|w| {
                !matches!(
                    *w,
                    "them"
                        | "him"
                        | "her"
                        | "it"
                        | "myself"
                        | "me"
                        | "you"
                        | "a"
                        | "the"
                        | "what"
                        | "how"
                        | "love"
                        | "like"
                        | "hate"
                        | "enjoy"
                        | "kids"
                        | "children"
                )
            });
            if named {
                out.push(Found::fact(format!("teaches {}", what.join(" ")), 0.9));
            }
        }
    }
}

/// How the person works, from the first-person anchor `a`: "I work from home", "I
/// work night shifts", "I'm self-employed". It decides when a plan can happen and what a
/// workday holds.
fn arrangement(ctx: &Ctx, a: usize) -> Option<&'static str> {
    if [
        &["am", "self-employed"][..],
        &["am", "self", "employed"],
        &["work", "for", "myself"],
    ]
    .iter()
    .any(|pat| ctx.seq(a, pat).is_some())
    {
        return Some("self-employed");
    }
    // "I work two jobs", "I'm working 3 jobs": time and money both short.
    let jobs = ctx
        .seq(a, &["work"])
        .or_else(|| ctx.seq(a, &["am", "working"]))
        .filter(|&(e, _)| ctx.word(e + 1) == "jobs")
        .and_then(|(e, _)| match ctx.word(e) {
            "two" | "2" => Some("works two jobs"),
            "three" | "3" => Some("works three jobs"),
            "multiple" | "several" => Some("works multiple jobs"),
            _ => None,
        });
    if jobs.is_some() {
        return jobs;
    }
    // "I'm a nurse working night shifts": after a description.
    let described = || {
        let (end, _) = ctx.seq(a, &["am"])?;
        (end..(end + 5).min(ctx.toks.len()))
            .take_while(|&k| !ctx.toks[k].is_stop() && !matches!(ctx.word(k), "not" | "never"))
            .find(|&k| ctx.word(k) == "working")
            .map(|k| k + 1)
    };
    let end = ctx
        .seq(a, &["work"])
        .filter(|&(end, _)| !wished(ctx, a, end))
        .map(|(end, _)| end)
        .or_else(described)?;
    let mut at = end + usize::from(ctx.word(end) == "the");
    // "12 hour night shifts", "long night shifts": how long, then which.
    let long = if crate::extract::topic::is_number(ctx.word(at)) && ctx.word(at + 1) == "hour" {
        2
    } else {
        usize::from(ctx.word(at).ends_with("-hour") || ctx.word(at) == "long")
    };
    if long > 0 && ctx.word(at + long) == "night" {
        at += long;
    }
    let w = |k: usize| ctx.word(at + k);
    // What ends the phrase: "I work from home *and* ...", not "from home office supplies".
    let closed = |k: usize| {
        ctx.toks.get(at + k).map_or(true, |t| t.is_stop())
            || matches!(
                w(k),
                "and"
                    | "but"
                    | "so"
                    | "now"
                    | "most"
                    | "full"
                    | "these"
                    | "mostly"
                    | "as"
                    | "at"
                    | "in"
                    | "for"
                    | "from"
                    | "because"
                    | "which"
                    | "lately"
            )
    };
    match (w(0), w(1)) {
        ("from", "home") if closed(2) => Some("works from home"),
        ("remotely" | "remote", _) if closed(1) => Some("works from home"),
        ("night", "shifts" | "shift") if closed(2) => Some("works night shifts"),
        ("nights" | "nightshift" | "nightshifts", _) if closed(1) => Some("works night shifts"),
        ("part-time", _) if closed(1) => Some("works part-time"),
        ("part", "time") if closed(2) => Some("works part-time"),
        // "12-hour shifts", "long shifts", "12 hour shifts".
        (_, "shifts") if closed(2) && (w(0).ends_with("-hour") || w(0) == "long") => {
            Some("works long shifts")
        }
        (_, "hour") if w(2) == "shifts" && closed(3) && crate::extract::topic::is_number(w(0)) => {
            Some("works long shifts")
        }
        // "I work long hours", "I work crazy hours", "I work 60 hours a week", "I work
        // 60-hour weeks": time short for everything else. (Not "I work 20 hours a
        // week": that is part-time, said as such.)
        ("long" | "crazy" | "insane" | "late", "hours") if closed(2) => Some("works long hours"),
        (n, "hours" | "hour") if long_week(n) => Some("works long hours"),
        (n, "weeks") if long_week(n.strip_suffix("-hour").unwrap_or("")) => {
            Some("works long hours")
        }
        _ => None,
    }
}

/// Fifty hours a week or more ("60", "60+", "70-80").
fn long_week(n: &str) -> bool {
    let n = n.trim_end_matches('+');
    let n = n.split_once('-').map_or(n, |(low, _)| low);
    n.parse::<u32>().is_ok_and(|h| (50..=120).contains(&h))
}

/// What the person studies or studied ("studies law", "has a degree in law"), from the anchor `a`: "I'm studying computer science at
/// university", "I major in biology", "I'm doing a degree in law"; not "I'm studying for
/// my exams" or "I'm studying the menu".
fn studies(ctx: &Ctx, a: usize) -> Option<String> {
    let (end, in_field) = [
        (&["am", "studying"][..], false),
        (&["study"], false),
        (&["major", "in"], true),
        (&["am", "majoring", "in"], true),
        (&["am", "doing", "a", "degree", "in"], true),
        (&["am", "doing", "a", "phd", "in"], true),
        (&["am", "doing", "a", "masters", "in"], true),
        (&["have", "a", "degree", "in"], true),
    ]
    .iter()
    .find_map(|&(pat, field)| ctx.seq(a, pat).map(|(end, _)| (end, field)))
    .filter(|&(end, _)| !wished(ctx, a, end))?;
    // "I have a degree in law" is done; "I'm studying law" goes on.
    let verb = if ctx.word(end - 1) == "in"
        && ctx.word(end - 2) == "degree"
        && ctx.word(end - 4) == "have"
    {
        "has a degree in"
    } else {
        "studies"
    };
    let words = ctx.short_name(end, |w| {
        matches!(
            w,
            "at" | "in"
                | "and"
                | "but"
                | "so"
                | "because"
                | "since"
                | "now"
                | "with"
                | "for"
                | "to"
                | "this"
                | "next"
                | "last"
                | "online"
                | "part-time"
                | "full-time"
                | "just"
                | "never"
                | "which"
                | "from"
                | "as"
        )
    });
    let first = *words.first()?;
    let next = ctx.word(end + words.len());
    // A field: said after "major in", or followed by where it is studied, or the whole
    // clause ("I'm studying law.") but not a thing of the moment ("the menu", "hard").
    let school = next == "at"
        && matches!(
            ctx.word(end + words.len() + 1),
            "university" | "uni" | "college" | "school" | "a" | "the"
        )
        || next == "in" && matches!(ctx.word(end + words.len() + 1), "college" | "school");
    let bare = ctx
        .toks
        .get(end + words.len())
        .map_or(true, |t| t.is_stop());
    let named = !matches!(
        first,
        "for"
            | "my"
            | "it"
            | "this"
            | "that"
            | "these"
            | "hard"
            | "abroad"
            | "now"
            | "again"
            | "all"
            | "every"
            | "up"
            | "how"
            | "what"
            | "tonight"
            | "today"
            | "right"
    ) && !ctx.toks[end].w.starts_with("the")
        && ctx.word(end) != "the";
    (named && (in_field || school || bare && words.len() <= 3))
        .then(|| format!("{verb} {}", words.join(" ")))
}

/// Where in school the person is, from the anchor `a`, as the student they are: "I'm in
/// college", "I'm in my second year of uni" (*a college student*, *a university
/// student*), "I'm a junior in high school", "I'm in 11th grade" (*a high school
/// student*), "I'm in middle school", "I'm in grad school", "I'm in med school". What
/// homework help, a budget or a career plan is pitched to. Not "I'm in school today".
fn school(ctx: &Ctx, a: usize) -> Option<String> {
    let (e, _) = ctx.seq(a, &["am"])?;
    let year = |w: &str| {
        matches!(
            w,
            "freshman"
                | "sophomore"
                | "junior"
                | "senior"
                | "first-year"
                | "second-year"
                | "final-year"
        )
    };
    // "I'm a junior in high school"; "I'm a high school senior", whose year follows.
    let (at, year_after) = match ctx.word(e) {
        "in" | "at" => (e + 1, false),
        "a" if year(ctx.word(e + 1)) && matches!(ctx.word(e + 2), "in" | "at") => (e + 3, false),
        "a" => (e + 1, true),
        _ => return None,
    };
    // "I'm in my second year of college", "I'm in my final year at uni".
    let at = if !year_after && ctx.word(at) == "my" && ctx.word(at + 2) == "year" {
        match ctx.word(at + 3) {
            "of" | "at" => at + 4,
            _ => return None,
        }
    } else {
        at
    };
    let place = ctx.word(at);
    let (stage, len) = match place {
        "college" => ("college", 1),
        "uni" | "university" => ("university", 1),
        "high" | "middle" | "grad" | "law" | "med" | "medical" | "nursing" | "graduate"
            if ctx.word(at + 1) == "school" =>
        {
            let stage = match place {
                "high" => "high school",
                "middle" => "middle school",
                "grad" | "graduate" => "grad",
                "law" => "law",
                "nursing" => "nursing",
                _ => "medical",
            };
            (stage, 2)
        }
        // "I'm in 11th grade".
        w if ctx.word(at + 1) == "grade" && !year_after => match w {
            "6th" | "7th" | "8th" | "sixth" | "seventh" | "eighth" => ("middle school", 2),
            "9th" | "10th" | "11th" | "12th" | "ninth" | "tenth" | "eleventh" | "twelfth" => {
                ("high school", 2)
            }
            _ => return None,
        },
        _ => return None,
    };
    if year_after && !year(ctx.word(at + len)) {
        return None;
    }
    // The stage ends the clause: "I'm in college now", not "I'm in college town" or "in
    // high school history class".
    let next = at + len + usize::from(year_after);
    let plain = ctx.toks.get(next).map_or(true, |t| t.is_stop())
        || matches!(
            ctx.word(next),
            "and"
                | "but"
                | "so"
                | "now"
                | "right"
                | "currently"
                | "studying"
                | "majoring"
                | "in"
                | "at"
                | "for"
                | "with"
        );
    plain.then(|| format!("{} {stage} student", topic::indefinite(stage)))
}

/// "I want to work from home", "I need to study law": a wish or a need, not a fact; the
/// pattern matched from `a` to `end` skipped a "to".
fn wished(ctx: &Ctx, a: usize, end: usize) -> bool {
    ctx.toks[a..end].iter().any(|t| t.w == "to")
}

/// A business one runs or owns, as its last word names it ("a coffee shop").
pub(crate) fn is_business(w: &str) -> bool {
    matches!(
        w,
        "bakery"
            | "cafe"
            | "restaurant"
            | "shop"
            | "store"
            | "business"
            | "company"
            | "startup"
            | "agency"
            | "salon"
            | "studio"
            | "farm"
            | "bar"
            | "bookstore"
            | "boutique"
            | "gym"
            | "clinic"
            | "daycare"
            | "consultancy"
            | "truck"
    )
}

/// What a working day is made of, said after the anchor `a`: "I manage a team of 8"
/// (*manages a team*), "I run a small bakery" (*owns a small bakery*), "I'm studying
/// for the GRE", "I'm on my feet all day", "I sit at a desk all day" (*has a desk
/// job*). Each shapes advice a job title alone would not: a meeting, a budget, a study
/// plan, shoes, a chair.
fn working_day(ctx: &Ctx, a: usize) -> Option<String> {
    if let Some((e, _)) = ctx
        .seq(a, &["manage", "a", "team"])
        .or_else(|| ctx.seq(a, &["lead", "a", "team"]))
    {
        let plain = ctx.toks.get(e).map_or(true, |t| t.is_stop())
            || matches!(ctx.word(e), "of" | "at" | "and" | "so" | "but");
        return plain.then(|| "manages a team".to_owned());
    }
    // "I run a small bakery", "I own a coffee shop".
    if let Some((e, _)) = ctx
        .seq(a, &["run", "a"])
        .or_else(|| ctx.seq(a, &["own", "a"]))
    {
        let sized = usize::from(matches!(ctx.word(e), "small" | "little" | "tiny"));
        let two = (ctx.word(e + sized), ctx.word(e + sized + 1));
        let (what, len) = match two {
            ("coffee", "shop") | ("etsy", "shop") | ("food", "truck") => {
                (format!("{} {}", two.0, two.1), 2)
            }
            (w, _) if is_business(w) => (w.to_owned(), 1),
            _ => return None,
        };
        let next = e + sized + len;
        let plain = ctx.toks.get(next).map_or(true, |t| t.is_stop())
            || matches!(ctx.word(next), "in" | "and" | "so" | "but" | "with");
        let size = if sized == 1 { "small " } else { "" };
        return plain.then(|| format!("owns a {size}{what}"));
    }
    // "I'm studying for the GRE", "I'm preparing for the bar exam".
    let exam = [
        &["am", "studying", "for"][..],
        &["am", "preparing", "for"],
        &["am", "prepping", "for"],
    ]
    .iter()
    .find_map(|p| ctx.seq(a, p))
    .and_then(|(e, _)| {
        let e = e + usize::from(matches!(ctx.word(e), "the" | "my"));
        match ctx.word(e) {
            w @ ("gre" | "gmat" | "lsat" | "mcat" | "sat" | "act" | "cpa" | "ielts" | "toefl"
            | "finals" | "boards") => Some(w.to_owned()),
            "bar" => Some("bar exam".to_owned()),
            _ => None,
        }
    });
    if let Some(exam) = exam {
        let the = if exam == "finals" || exam == "boards" {
            ""
        } else {
            "the "
        };
        return Some(format!("studying for {the}{exam}"));
    }
    // "I homeschool my kids", "we homeschool".
    if let Some((e, _)) = ctx.seq(a, &["homeschool"]) {
        let plain = ctx.toks.get(e).map_or(true, |t| t.is_stop())
            || matches!(
                ctx.word(e),
                "my" | "our" | "the" | "both" | "all" | "and" | "so"
            );
        return plain.then(|| "homeschools".to_owned());
    }
    // "I'm on my feet all day", "I sit at a desk all day".
    if ctx
        .seq(a, &["am", "on", "my", "feet", "all", "day"])
        .is_some()
    {
        return Some("on my feet all day".to_owned());
    }
    let desk = ctx
        .seq(a, &["sit", "at", "a", "desk", "all", "day"])
        .is_some()
        || ctx.seq(a, &["have", "a", "desk", "job"]).is_some()
        || ctx
            .seq(a, &["work", "at", "a", "desk", "all", "day"])
            .is_some();
    desk.then(|| "has a desk job".to_owned())
}
