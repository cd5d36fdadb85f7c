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
                .filter(|f| !is_place(f));
            if let Some(field) = field {
                let topic = format!("{BEGINNER} of {field}");
                if !out.iter().any(|f| f.topic == topic) {
                    out.push(Found::new(topic, Polarity::Like, Kind::Style, 0.7));
                }
            }
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
