//! "Explain like I'm new to this", "in simple terms", "I'm an expert", "no jargon": expertise level.

use super::{held_down, is_pronoun, is_request, negated, wish_direction, Ctx, Found, Rule};
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "style_expertise",
    description: "expertise wishes: explain like I'm new/five, simple terms, I'm a beginner/expert, I don't know much about X, skip the basics, no jargon",
    in_requests: true,
    apply,
};

const BEGINNER: &str = "beginner-level explanations";
const EXPERT: &str = "expert-level explanations";

/// The field a level of knowledge is said of: "cooking" in "beginner-level explanations
/// of cooking". Such a wish goes with drafts about that field only
/// ([`crate::domain::style_areas`]).
pub(crate) fn level_field(topic: &str) -> Option<&str> {
    [BEGINNER, EXPERT]
        .iter()
        .find_map(|level| topic.strip_prefix(level)?.strip_prefix(" of "))
}

const PHRASES: &[(&[&str], &str)] = &[
    (&["explain", "like", "i", "am"], BEGINNER),
    (&["eli5"], BEGINNER),
    // "explain it like I'm five", "describe it like I'm 5".
    (&["like", "i", "am", "five"], BEGINNER),
    (&["like", "i", "am", "5"], BEGINNER),
    (&["like", "i", "am", "a", "child"], BEGINNER),
    (&["like", "i", "am", "a", "kid"], BEGINNER),
    // "in a way a 10 year old would understand".
    (&["year", "old", "would", "understand"], BEGINNER),
    (&["year", "old", "could", "understand"], BEGINNER),
    (&["year", "old", "can", "understand"], BEGINNER),
    (&["simple", "terms"], BEGINNER),
    (&["layman's", "terms"], BEGINNER),
    (&["laymans", "terms"], BEGINNER),
    (&["layman", "terms"], BEGINNER),
    (&["plain", "english"], BEGINNER),
    (&["plain", "language"], BEGINNER),
    (&["simple", "language"], BEGINNER),
    (&["simple", "words"], BEGINNER),
    (&["dumb", "it", "down"], BEGINNER),
    (&["i", "am", "a", "beginner"], BEGINNER),
    (&["i", "am", "a", "complete", "beginner"], BEGINNER),
    (&["i", "am", "a", "total", "beginner"], BEGINNER),
    (&["i", "am", "a", "novice"], BEGINNER),
    (&["i", "am", "new", "to"], BEGINNER),
    (&["i", "am", "not", "technical"], BEGINNER),
    (&["i", "am", "just", "starting"], BEGINNER),
    (&["i", "am", "just", "learning"], BEGINNER),
    (&["i", "am", "an", "expert"], EXPERT),
    (&["i", "am", "experienced"], EXPERT),
    (&["i", "am", "very", "experienced"], EXPERT),
    (&["i", "am", "a", "senior"], EXPERT),
    (&["skip", "the", "basics"], EXPERT),
    // "Don't explain the basics, I know them", "no need to explain the basics".
    (&["not", "explain", "the", "basics"], EXPERT),
    (&["no", "need", "to", "explain", "the", "basics"], EXPERT),
    // "I work in finance so keep it technical".
    (&["keep", "it", "technical"], EXPERT),
    // "talk to me like a senior engineer would".
    (&["like", "a", "senior"], EXPERT),
    (&["like", "an", "expert"], EXPERT),
    (&["like", "i", "am", "an", "expert"], EXPERT),
    (&["like", "i", "am", "a", "pro"], EXPERT),
    (&["like", "i", "am", "a", "professional"], EXPERT),
    (&["like", "i", "am", "a", "senior"], EXPERT),
    (&["assume", "i", "know"], EXPERT),
    (&["assume", "expertise"], EXPERT),
    (&["expert-level"], EXPERT),
    (&["advanced", "level"], EXPERT),
];

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    for (words, topic) in PHRASES {
        let Some(i) = ctx.find_seq(0, words) else {
            continue;
        };
        // "explain like I'm an expert" is the expert phrase's.
        if *words == ["explain", "like", "i", "am"]
            && PHRASES
                .iter()
                .any(|(p, t)| *t == EXPERT && p[0] == "like" && ctx.seq(i + 1, p).is_some())
        {
            continue;
        }
        // "I'm a senior in college", "a senior at Ohio State": a year of school; "I'm a
        // senior" alone may be one's age. A senior engineer or developer knows.
        if words.last() == Some(&"senior") {
            let next = i + words.len();
            let role = ctx.toks.get(next).is_some_and(|t| !t.is_stop())
                && !matches!(
                    ctx.word(next),
                    "in" | "at" | "citizen" | "and" | "but" | "so" | "now"
                );
            if !role {
                continue;
            }
        }
        // "don't dumb it down" asks for the expert level.
        let topic = if words[0] == "dumb" && negated(ctx, i.saturating_sub(3), i) {
            EXPERT
        } else {
            topic
        };
        // "I'm a beginner at guitar", "I'm new to investing", "I'm an expert in Rust":
        // that level for that field only.
        let topic = match field_after(ctx, i + words.len()) {
            // "I'm new to the area": a move, not a level of knowledge.
            Some(field) if is_place(&field) => continue,
            Some(field) if words[0] == "i" => format!("{topic} of {field}"),
            _ => topic.to_owned(),
        };
        if !out.iter().any(|f| f.topic == topic) {
            out.push(Found::new(topic, Polarity::Like, Kind::Style, 0.75));
        }
    }
    // "Please explain like I'm new to JS": the level of that field says it all.
    for level in [BEGINNER, EXPERT] {
        let of = format!("{level} of ");
        if out.iter().any(|f| f.topic.starts_with(&of)) {
            out.retain(|f| f.topic != level);
        }
    }
    // "I don't know much about finance": beginner-level for that field only, so it
    // does not go with every draft.
    for pat in [
        &["i", "do", "not", "know", "much", "about"][..],
        &["i", "do", "not", "know", "anything", "about"],
        &["i", "know", "nothing", "about"],
        &["i", "know", "very", "little", "about"],
        &["i", "know", "little", "about"],
    ] {
        let Some(i) = ctx.find_seq(0, pat) else {
            continue;
        };
        let field = ctx
            .topic(i + pat.len())
            .filter(|t| !matches!(t.as_str(), "him" | "her" | "them" | "those" | "these"));
        if let Some(field) = field {
            let topic = format!("{BEGINNER} of {field}");
            out.push(Found::new(topic, Polarity::Like, Kind::Style, 0.7));
        }
        break;
    }
    // "I'm not tech savvy", "I'm not good with computers", "I'm bad with technology":
    // beginner-level for technology, said of oneself, a request or not.
    const TECH_SHY: &[&[&str]] = &[
        &["am", "not", "tech", "savvy"],
        &["am", "not", "tech-savvy"],
        &["am", "not", "very", "techy"],
        &["am", "not", "techy"],
        &["am", "not", "good", "with", "computers"],
        &["am", "not", "good", "with", "technology"],
        &["am", "bad", "with", "computers"],
        &["am", "bad", "with", "technology"],
        &["am", "terrible", "with", "technology"],
        &["am", "terrible", "with", "computers"],
        &["do", "not", "do", "well", "with", "technology"],
    ];
    if ctx
        .anchors
        .iter()
        .any(|&a| TECH_SHY.iter().any(|p| ctx.seq(a, p).is_some()))
    {
        let topic = format!("{BEGINNER} of technology");
        if !out.iter().any(|f| f.topic == topic) {
            out.push(Found::new(topic, Polarity::Like, Kind::Style, 0.7));
        }
    }
    // "I'm terrible at math, so explain slowly": beginner-level for that field, when
    // the message asks for an answer ("I'm bad at names" alone is no wish).
    if is_request(ctx) || ctx.asks {
        for &a in ctx.anchors {
            let Some((e, _)) = ["terrible", "bad", "awful", "hopeless", "clueless"]
                .iter()
                .find_map(|w| ctx.seq(a, &["am", w]))
                .or_else(|| ctx.seq(a, &["am", "not", "good"]))
            else {
                continue;
            };
            let field = matches!(ctx.word(e), "at" | "with")
                .then(|| field_after(ctx, e))
                .flatten()
                .filter(|f| !is_place(f))
                // (Computers are technology, as said above.)
                .map(|f| {
                    if f == "computers" {
                        "technology".to_owned()
                    } else {
                        f
                    }
                });
            if let Some(field) = field {
                let topic = format!("{BEGINNER} of {field}");
                if !out.iter().any(|f| f.topic == topic) {
                    out.push(Found::new(topic, Polarity::Like, Kind::Style, 0.7));
                }
            }
        }
    }
    if let Some((topic, field)) = experience(ctx) {
        let topic = format!("{topic} of {field}");
        if !out.iter().any(|f| f.topic == topic) {
            out.push(Found::new(topic, Polarity::Like, Kind::Style, 0.7));
        }
    }
    if is_request(ctx) {
        for w in ["jargon", "technical"] {
            let Some(i) = ctx.find(0, w) else { continue };
            if w == "technical" && ctx.word(i + 1) != "jargon" && ctx.word(i + 1) != "terms" {
                continue;
            }
            // "too much jargon please" is a complaint.
            let excess = i >= 2
                && matches!(ctx.word(i - 2), "too" | "so")
                && matches!(ctx.word(i - 1), "much" | "many");
            let polarity =
                if excess || wish_direction(ctx, i) == Polarity::Dislike || held_down(ctx, i, 1) {
                    Polarity::Dislike
                } else {
                    Polarity::Like
                };
            out.push(Found::new("technical jargon", polarity, Kind::Style, 0.75));
            break;
        }
    }
}

/// A level told by time spent on a field: "I've been coding for 10 years", "I have 15
/// years of experience in Python", "I've played guitar for years" (expert level), "I've
/// never cooked before" (beginner level). Not what a few years or a job's years say ("I've
/// been running for 2 years", "I've been working here for 10 years").
fn experience(ctx: &Ctx) -> Option<(&'static str, String)> {
    for &a in ctx.anchors {
        let have = ctx.seq(a, &["have"]).map(|(e, _)| e);
        // "I have 10 years of experience in Python", "I have over a decade of experience
        // with React", "I have 20 years of cooking experience".
        if let Some(e) = have {
            if let Some(k) = long_time(ctx, e) {
                if ctx.word(k) == "of" && ctx.word(k + 1) == "experience" {
                    let field = field_after(ctx, k + 2)?;
                    return Some((EXPERT, field));
                }
                let end =
                    (k + 1..(k + 4).min(ctx.toks.len())).find(|&j| ctx.word(j) == "experience");
                if let (Some(end), "of") = (end, ctx.word(k)) {
                    let field = ctx.toks[k + 1..end].iter().map(|t| t.w.as_str());
                    let field: Vec<&str> = field.collect();
                    return (!field.is_empty()
                        && !field
                            .iter()
                            .any(|w| matches!(*w, "work" | "life" | "teaching")))
                    .then(|| (EXPERT, field.join(" ")));
                }
            }
        }
        // "I've been coding for 10 years", "I've been playing guitar since I was 12".
        if let Some((e, _)) = ctx.seq(a, &["have", "been"]) {
            let Some(doing) = practice(ctx.word(e)) else {
                continue;
            };
            let (field, k) = object(ctx, e + 1, doing);
            if field.is_some() && long_after(ctx, k) {
                return field.map(|f| (EXPERT, f));
            }
        }
        // "I've played guitar for 15 years", "I've never cooked before".
        if let Some(e) = have {
            let never = ctx.word(e) == "never";
            let at = e + usize::from(never);
            let Some(doing) = done(ctx.word(at)) else {
                continue;
            };
            let (field, k) = object(ctx, at + 1, doing);
            let field = field?;
            if never {
                // ("I've never cooked a turkey": that turkey, not cooking at large; "never
                // played lets play" no field of one word.)
                if field.contains(' ') {
                    return None;
                }
                let before = ctx.word(k) == "before"
                    || ctx.toks.get(k).map_or(true, |t| t.is_stop())
                    || ctx.seq(k, &["in", "my", "life"]).is_some();
                return before.then_some((BEGINNER, field));
            }
            if long_after(ctx, k) {
                return Some((EXPERT, field));
            }
        }
    }
    None
}

/// Whether a long time is said from token `at`: "for 10 years", "for years", "for over
/// a decade", "since I was 12", "since 2009".
fn long_after(ctx: &Ctx, at: usize) -> bool {
    let at = at
        + usize::from(matches!(
            ctx.word(at),
            "professionally" | "competitively" | "seriously" | "regularly"
        ));
    match ctx.word(at) {
        "for" => long_time(ctx, at + 1).is_some(),
        "since" => {
            let w = ctx.word(at + 1);
            w == "i" && ctx.word(at + 2) == "was"
                || w == "childhood"
                || w == "college"
                // (A year five or more before this build's: the extractor reads no clock.)
                || w.len() == 4 && w.parse::<u16>().is_ok_and(|y| (1950..=2021).contains(&y))
        }
        _ => false,
    }
}

/// The token after a span of at least five years from `at`: "10 years", "fifteen
/// years", "over a decade", "decades", "years" (as in "for years").
fn long_time(ctx: &Ctx, at: usize) -> Option<usize> {
    let mut k = at;
    while matches!(
        ctx.word(k),
        "over" | "almost" | "nearly" | "about" | "around" | "like" | "more" | "than" | "well"
    ) {
        k += 1;
    }
    let w = ctx.word(k);
    let years = |j: usize| matches!(ctx.word(j), "years" | "yrs").then_some(j + 1);
    if matches!(w, "years" | "decades" | "ages") {
        return Some(k + 1);
    }
    if w == "a" && ctx.word(k + 1) == "decade" {
        return Some(k + 2);
    }
    let n = match w {
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "fifteen" => 15,
        "twenty" | "thirty" | "forty" => 20,
        _ => w.trim_end_matches('+').parse::<u32>().ok()?,
    };
    (5..=80).contains(&n).then(|| years(k + 1)).flatten()
}

/// A practice's field from its gerund after "I've been": "coding", "cooking", or
/// `Some("")` for one that takes its field as an object ("playing guitar").
fn practice(w: &str) -> Option<&'static str> {
    Some(match w {
        "coding" => "coding",
        "programming" => "programming",
        "cooking" => "cooking",
        "baking" => "baking",
        "gardening" => "gardening",
        "investing" => "investing",
        "trading" => "trading",
        "knitting" => "knitting",
        "sewing" => "sewing",
        "painting" => "painting",
        "drawing" => "drawing",
        "climbing" => "climbing",
        "surfing" => "surfing",
        "skiing" => "skiing",
        "sailing" => "sailing",
        "fishing" => "fishing",
        "brewing" => "brewing",
        "running" => "running",
        "lifting" => "lifting",
        "photographing" => "photography",
        "playing" | "practicing" | "practising" => "",
        _ => return None,
    })
}

/// [`practice`] for the participle after "I have": "coded", "cooked", "played".
fn done(w: &str) -> Option<&'static str> {
    Some(match w {
        "coded" => "coding",
        "programmed" => "programming",
        "cooked" => "cooking",
        "baked" => "baking",
        "gardened" => "gardening",
        "invested" => "investing",
        "traded" => "trading",
        "knitted" => "knitting",
        "sewn" | "sewed" => "sewing",
        "painted" => "painting",
        "climbed" => "climbing",
        "surfed" => "surfing",
        "skied" => "skiing",
        "sailed" => "sailing",
        "fished" => "fishing",
        "played" | "practiced" | "practised" => "",
        _ => return None,
    })
}

/// The field of a practice and the token after it, from `at`: the practice itself
/// ("cooking"), or the object of "playing" ("guitar", "the piano": an instrument or a
/// game, one or two words).
fn object(ctx: &Ctx, at: usize, doing: &'static str) -> (Option<String>, usize) {
    if !doing.is_empty() {
        return (Some(doing.to_owned()), at);
    }
    let from = at + usize::from(ctx.word(at) == "the");
    let words = ctx.short_name(from, |w| {
        matches!(
            w,
            "for"
                | "since"
                | "before"
                | "and"
                | "but"
                | "so"
                | "in"
                | "with"
                | "at"
                | "professionally"
                | "competitively"
        )
    });
    let ok = matches!(words.len(), 1 | 2)
        && !words
            .iter()
            .any(|w| is_pronoun(w) || matches!(*w, "it" | "around" | "with" | "games"));
    let end = from + words.len();
    (ok.then(|| words.join(" ")), end)
}

/// The field a level is said of, from token `at`: "at guitar", "in Rust", "with money",
/// or the object of "new to" ("new to investing"). Not "new to this".
fn field_after(ctx: &Ctx, at: usize) -> Option<String> {
    let from = if ctx.word(at.wrapping_sub(1)) == "to" {
        at
    } else if matches!(ctx.word(at), "at" | "in" | "with" | "when" | "to") {
        at + 1
    } else {
        return None;
    };
    ctx.topic(from)
        .filter(|t| !is_pronoun(t) && t != "all this")
}

/// "the area", "this city": where one is new, not what one knows.
fn is_place(field: &str) -> bool {
    matches!(
        field.rsplit(' ').next().unwrap_or(field),
        "area"
            | "city"
            | "town"
            | "country"
            | "neighborhood"
            | "neighbourhood"
            | "region"
            | "state"
            | "job"
            | "team"
            | "company"
            | "school"
    )
}
