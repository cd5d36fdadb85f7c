//! "I'd love more book recommendations like Project Hail Mary", "any shows similar to
//! Severance?": asking for more of a kind of work like a named one says the person
//! likes that one. Learned with its kind ("books like project hail mary"), as a past
//! verdict's titles are (`rules::verdict`). Only names written with capitals count:
//! "more recipes like this" or "books like the ones you listed" name no title.

use super::{medium, work_kind, works_like, Ctx, Found, Rule};
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "more_like",
    description: "more of a kind like a named work: more books like X, any shows similar to Y",
    in_requests: true,
    apply,
};

/// Words that ask for more of something.
fn asks_more(w: &str) -> bool {
    matches!(
        w,
        "more"
            | "other"
            | "similar"
            | "recommend"
            | "recommendations"
            | "suggest"
            | "suggestions"
            | "recs"
            | "something"
            | "anything"
            | "any"
    )
}

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    for k in 1..ctx.toks.len() {
        let from = match (ctx.word(k), ctx.word(k + 1)) {
            ("like", _) => k + 1,
            ("similar", "to") => k + 2,
            _ => continue,
        };
        // The kind and the asking both come just before: "more book recommendations like".
        let window = k.saturating_sub(4)..k;
        let Some(kind) = medium(window.clone().filter_map(|j| work_kind(ctx.word(j)))) else {
            continue;
        };
        if !window.clone().any(|j| asks_more(ctx.word(j)))
            || window.clone().any(|j| ctx.toks[j].is_stop())
        {
            continue;
        }
        let Some(topic) = works_like(kind, &titles(ctx, from)) else {
            continue;
        };
        if !out.iter().any(|f| f.topic == topic) {
            out.push(Found::new(topic, Polarity::Like, Kind::Preference, 0.6));
        }
    }
}

/// The names written with capitals from token `from`, joined by "and", "or" or commas:
/// "Severance or Dark", "The Name of the Wind".
fn titles(ctx: &Ctx, mut from: usize) -> Vec<String> {
    let joining = |w: &str| matches!(w, "of" | "the" | "and" | "a" | "an" | "in" | "on" | "to");
    let mut out = Vec::new();
    loop {
        if !ctx.capital(from) {
            return out;
        }
        let mut end = from + 1;
        // At most five words; a joining word only between capitals.
        while end - from < 5
            && (ctx.capital(end)
                || joining(ctx.word(end)) && ctx.word(end) != "and" && ctx.capital(end + 1))
        {
            end += 1;
        }
        out.push(ctx.words(from, end - 1));
        if !matches!(ctx.word(end), "and" | "or" | ",") {
            return out;
        }
        from = end + 1 + usize::from(matches!(ctx.word(end + 1), "and" | "or"));
    }
}
