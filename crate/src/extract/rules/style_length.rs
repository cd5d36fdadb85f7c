//! "Keep it short", "be concise", "no fluff", "more detail", "in depth": answer length.

use super::{is_request, Ctx, Found, Rule};
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
const PHRASES: &[(&[&str], &str)] = &[
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
    (&["tldr"], CONCISE),
    (&["in", "one", "sentence"], CONCISE),
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
    if !is_request(ctx) {
        return;
    }
    for (words, topic) in PHRASES {
        if ctx.find_seq(0, words).is_some() && !out.iter().any(|f| f.topic == *topic) {
            out.push(Found::new(*topic, Polarity::Like, Kind::Style, 0.8));
        }
    }
}
