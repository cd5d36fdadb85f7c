//! "Keep it short", "be concise", "no fluff", "more detail", "in depth": answer length.

use super::{is_request, style_phrases, wish_direction, Ctx, Found, Rule, Target};
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "style_length",
    description:
        "length wishes: keep it short, be concise, to the point, no fluff; more detail, in depth",
    in_requests: true,
    apply,
};

const CONCISE: &str = "concise answers";
const DETAILED: &str = "detailed answers";

/// Phrases and the length they ask for; searched anywhere in a request.
const PHRASES: &[Target] = &[
    (&["keep", "it", "short"], CONCISE),
    (&["keep", "it", "brief"], CONCISE),
    (&["keep", "it", "concise"], CONCISE),
    (&["keep", "it", "tight"], CONCISE),
    (&["keep", "it", "simple"], CONCISE),
    (&["keep", "them", "short"], CONCISE),
    (&["keep", "answers", "short"], CONCISE),
    (&["keep", "your", "answers", "short"], CONCISE),
    (&["keep", "responses", "short"], CONCISE),
    (&["keep", "your", "responses", "short"], CONCISE),
    (&["keep", "things", "short"], CONCISE),
    (&["be", "concise"], CONCISE),
    (&["be", "brief"], CONCISE),
    (&["be", "succinct"], CONCISE),
    (&["be", "terse"], CONCISE),
    (&["short", "answers"], CONCISE),
    (&["shorter", "answers"], CONCISE),
    (&["short", "responses"], CONCISE),
    (&["shorter", "responses"], CONCISE),
    (&["short", "replies"], CONCISE),
    (&["brief", "answers"], CONCISE),
    (&["concise", "answers"], CONCISE),
    (&["concise", "responses"], CONCISE),
    (&["to", "the", "point"], CONCISE),
    (&["no", "fluff"], CONCISE),
    (&["less", "fluff"], CONCISE),
    (&["without", "fluff"], CONCISE),
    (&["cut", "the", "fluff"], CONCISE),
    (&["without", "the", "fluff"], CONCISE),
    // "I tend to ramble so please make it punchy".
    (&["make", "it", "punchy"], CONCISE),
    (&["keep", "it", "punchy"], CONCISE),
    (&["skip", "the", "fluff"], CONCISE),
    (&["no", "need", "to", "be", "so", "verbose"], CONCISE),
    (&["no", "need", "to", "be", "verbose"], CONCISE),
    (&["skip", "the", "intro"], CONCISE),
    (&["skip", "the", "introduction"], CONCISE),
    (&["skip", "the", "preamble"], CONCISE),
    (&["no", "intro"], CONCISE),
    (&["no", "filler"], CONCISE),
    (&["no", "waffle"], CONCISE),
    (&["no", "rambling"], CONCISE),
    (&["no", "padding"], CONCISE),
    (&["not", "ramble"], CONCISE),
    (&["stop", "rambling"], CONCISE),
    (&["less", "verbose"], CONCISE),
    (&["not", "be", "verbose"], CONCISE),
    (&["not", "so", "verbose"], CONCISE),
    (&["too", "verbose"], CONCISE),
    (&["too", "long"], CONCISE),
    (&["too", "wordy"], CONCISE),
    (&["too", "much", "detail"], CONCISE),
    (&["too", "much", "text"], CONCISE),
    (&["too", "many", "words"], CONCISE),
    (&["tldr"], CONCISE),
    // "just give me the answer, no explanation", "just the answer please".
    (&["just", "give", "me", "the", "answer"], CONCISE),
    (&["just", "the", "answer"], CONCISE),
    (&["the", "short", "version"], CONCISE),
    // "please don't give me huge walls of text".
    (&["walls", "of", "text"], "walls of text"),
    // "I'm dyslexic, please avoid long paragraphs".
    (&["long", "paragraphs"], "long paragraphs"),
    (&["wall", "of", "text"], "walls of text"),
    (&["in", "one", "sentence"], CONCISE),
    // "One sentence answers please", "one-line answers".
    (&["one", "sentence", "answers"], CONCISE),
    (&["one-sentence", "answers"], CONCISE),
    (&["one-line", "answers"], CONCISE),
    (&["one", "line", "answers"], CONCISE),
    // "Shorter next time", "make it shorter from now on": lasting, not this answer's.
    (&["shorter", "next", "time"], CONCISE),
    (&["shorter", "from", "now", "on"], CONCISE),
    (&["shorter", "in", "future"], CONCISE),
    (&["shorter", "in", "the", "future"], CONCISE),
    (&["in", "a", "few", "sentences"], CONCISE),
    (&["in", "a", "sentence", "or", "two"], CONCISE),
    (&["more", "detail"], DETAILED),
    (&["more", "details"], DETAILED),
    (&["more", "detailed"], DETAILED),
    (&["in", "detail"], DETAILED),
    (&["in", "depth"], DETAILED),
    (&["in-depth"], DETAILED),
    (&["detailed", "answers"], DETAILED),
    (&["detailed", "explanations"], DETAILED),
    (&["detailed", "responses"], DETAILED),
    (&["be", "thorough"], DETAILED),
    (&["thorough", "answers"], DETAILED),
    (&["longer", "answers"], DETAILED),
    (&["go", "deeper"], DETAILED),
    (&["elaborate"], DETAILED),
    (&["too", "short"], DETAILED),
];

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    if !is_request(ctx) && !complaint(ctx) {
        return;
    }
    let before = out.len();
    style_phrases(ctx, PHRASES, out);
    // "I don't have time for long explanations", "no time for long answers": the
    // denial is of the time, so the wish is for short ones.
    let no_time = ctx.find_seq(0, &["time", "for", "long"]).is_some_and(|i| {
        matches!(
            ctx.word(i + 3),
            "explanations" | "answers" | "responses" | "replies"
        ) && i >= 2
            && (ctx.word(i - 1) == "no" || ctx.word(i - 1) == "have" && ctx.word(i - 2) == "not")
    });
    if no_time && !out[before..].iter().any(|f| f.topic == CONCISE) {
        out.push(Found::new(CONCISE, Polarity::Like, Kind::Style, 0.7));
    }
    // "I dislike books that are too long", "... when movies are too long": the length
    // of a thing, not of answers.
    // ("That is too long" opens on a demonstrative, not a relative.)
    let of_a_thing = (3..ctx.toks.len()).any(|k| {
        ctx.word(k) == "too"
            && matches!(ctx.word(k - 1), "are" | "is")
            && (matches!(ctx.word(k - 2), "that" | "which")
                // "I hate it when movies are too long".
                || (k.saturating_sub(6)..k - 1).any(|j| ctx.word(j) == "when"))
    }) && !(0..ctx.toks.len()).any(|k| {
        matches!(
            ctx.word(k),
            "answers" | "answer" | "responses" | "response" | "replies" | "explanations"
        )
    });
    if of_a_thing {
        out.truncate(before);
        return;
    }
    // "so keep recipes (really) simple", "keep the emails short": what the answers' things
    // should be like.
    for k in 0..ctx.toks.len() {
        if ctx.word(k) != "keep" {
            continue;
        }
        let n = k + 1 + usize::from(matches!(ctx.word(k + 1), "the" | "your"));
        // "keep recipes really simple": a degree before the adjective.
        let a = n
            + 1
            + usize::from(matches!(
                ctx.word(n + 1),
                "really" | "very" | "super" | "pretty"
            ));
        let (noun, adj) = (ctx.word(n), ctx.word(a));
        if noun.len() > 3
            && noun.ends_with('s')
            && !matches!(
                noun,
                "answers" | "responses" | "replies" | "things" | "sentences" | "paragraphs"
            )
            && matches!(adj, "simple" | "short" | "brief" | "easy" | "quick")
        {
            out.push(Found::new(
                format!("{adj} {noun}"),
                Polarity::Like,
                Kind::Style,
                0.7,
            ));
        }
    }
    if out.iter().any(|f| f.topic == CONCISE) {
        return;
    }
    // "concise, direct answers": a length among other qualities of the answers.
    let concise = (0..ctx.toks.len()).find(|&k| {
        matches!(
            ctx.word(k),
            "concise" | "brief" | "short" | "shorter" | "succinct"
        ) && (k + 1..(k + 4).min(ctx.toks.len())).any(|j| {
            matches!(
                ctx.word(j),
                "answers" | "responses" | "replies" | "explanations"
            )
        })
    });
    if let Some(k) = concise {
        out.push(Found::new(
            CONCISE,
            wish_direction(ctx, k),
            Kind::Style,
            0.8,
        ));
    } else if capped(ctx) {
        out.push(Found::new(CONCISE, Polarity::Like, Kind::Style, 0.8));
    }
}

/// Feedback on the last answer that opens a message: "Too wordy.", "That's way too
/// long.", "This is too much detail." (not "the movie was too long", nor "it is too
/// long" after a sentence that says what "it" is).
fn complaint(ctx: &Ctx) -> bool {
    let mut k = 0;
    // ("That was way too long": the answer just read.)
    if ctx.earlier.is_empty()
        && ctx.before.is_empty()
        && matches!(ctx.word(0), "this" | "that" | "it")
        && matches!(ctx.word(1), "is" | "was")
    {
        k = 2;
    }
    while matches!(
        ctx.word(k),
        "way" | "far" | "much" | "a" | "bit" | "just" | "still"
    ) {
        k += 1;
    }
    // ("too long i am pregnant again" runs on into a statement about me; "that was too
    // long ago" is a time.)
    ctx.word(k) == "too"
        && ctx.word(k + 2) != "ago"
        && (k == 0 || ctx.earlier.is_empty())
        && !ctx.toks.iter().any(|t| t.w == "i")
}

/// A cap on the length: "under 200 words", "no more than three sentences", "at most
/// 5 bullet points", "100 words or less" (not "a 2000 word essay", a size asked for).
fn capped(ctx: &Ctx) -> bool {
    (1..ctx.toks.len()).any(|k| {
        let unit = matches!(
            ctx.word(k),
            "words" | "sentences" | "lines" | "paragraphs" | "sentence" | "paragraph"
        );
        if !unit || !crate::extract::topic::is_number(ctx.word(k - 1)) {
            return false;
        }
        let before = |n: usize| k.checked_sub(n).map_or("", |j| ctx.word(j));
        matches!(before(2), "under" | "max" | "maximum" | "within")
            || matches!(
                (before(3), before(2)),
                ("fewer" | "less" | "more", "than") | ("at", "most")
            )
            || matches!((ctx.word(k + 1), ctx.word(k + 2)), ("or", "less" | "fewer"))
    })
}
