//! "I like X but not Y", "I love tea, not coffee": the tail takes the opposite polarity.

use super::{is_pronoun, Ctx, Found, Rule};
use crate::extract::topic;
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "contrast",
    description:
        "a contrast tail without its own verb (\"but not Y\") flips the previous clause's polarity",
    in_requests: false,
    apply,
};

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    better(ctx, out);
    let Some(prev) = ctx.previous.first() else {
        return;
    };
    if !ctx.after_contrast || prev.kind != Kind::Preference || ctx.word(0) != "not" {
        return;
    }
    // "I like all kinds of music, not just rock": more, not less.
    if matches!(ctx.word(1), "just" | "only" | "merely" | "simply") {
        return;
    }
    let mut i = 1;
    while matches!(
        ctx.word(i),
        "so" | "much"
            | "really"
            | "too"
            | "as"
            | "big"
            | "fan"
            | "of"
            | "a"
            | "huge"
            | "that"
            | "very"
            | "with"
            | "when"
            | "into"
    ) {
        i += 1;
    }
    // "We like strategy but not too long", "coffee, not too sweet": how much of the
    // liked thing, not another thing.
    let degree = (1..i).any(|k| ctx.word(k) == "too");
    for t in ctx.topics(i) {
        if degree && !t.contains(' ') && super::is_adjective_word(&t) {
            continue;
        }
        out.push(Found::new(
            t,
            prev.polarity.flipped(),
            prev.kind,
            prev.intensity * 0.8,
        ));
    }
}

/// "i like pepsi, but chocolate chip cookies are tastier", "i like those, too, but
/// pizza is better!": after a taste, the thing said to beat it is liked more. (The
/// taste may have named nothing: "those" said of what was said before.)
fn better(ctx: &Ctx, out: &mut Vec<Found>) {
    let liked = match ctx.previous.first() {
        Some(prev) => prev.kind == Kind::Preference && prev.polarity == Polarity::Like,
        None => ctx
            .before
            .windows(2)
            .any(|p| p[0].w == "i" && matches!(p[1].w.as_str(), "like" | "love" | "enjoy")),
    };
    if !ctx.after_contrast || !liked {
        return;
    }
    let Some(be) = (1..ctx.toks.len().min(6)).find(|&k| matches!(ctx.word(k), "is" | "are")) else {
        return;
    };
    let mut k = be + 1;
    while matches!(ctx.word(k), "way" | "much" | "even" | "so" | "far") {
        k += 1;
    }
    if !matches!(
        ctx.word(k),
        "better" | "tastier" | "yummier" | "nicer" | "healthier"
    ) {
        return;
    }
    // Nothing more said of it: "... is better than nothing" is another thing.
    if !ctx.toks.get(k + 1).map_or(true, |t| {
        t.is_stop() || matches!(t.w.as_str(), "and" | "though" | "tho")
    }) {
        return;
    }
    if is_pronoun(ctx.word(0)) || topic::is_function_word(ctx.word(0)) {
        return;
    }
    if let Some(t) = topic::topic_until(ctx.toks, 0, be) {
        out.push(Found::new(t, Polarity::Like, Kind::Preference, 0.8));
    }
}
