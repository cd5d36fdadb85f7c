//! "Always use type hints", "use tabs, not spaces", "add comments to the code", "use
//! async/await instead of callbacks": how the code in answers should be written.

use super::{negated, style_targets, Ctx, Found, Rule, Target};
use crate::item::{Kind, Polarity};

const TABS: &str = "tabs for indentation";
const SPACES: &str = "spaces for indentation";

pub(crate) const RULE: Rule = Rule {
    name: "style_code",
    description: "code style wishes: type hints, comments in the code, tabs or spaces, async/await, semicolons, X instead of Y",
    in_requests: true,
    apply,
};

const TARGETS: &[Target] = &[
    (&["type", "hints"], "type hints"),
    (&["type", "annotations"], "type hints"),
    (&["comment", "your", "code"], "code comments"),
    (&["comment", "the", "code"], "code comments"),
    (&["comments", "in", "the", "code"], "code comments"),
    (&["comments", "to", "the", "code"], "code comments"),
    (&["comments", "in", "code"], "code comments"),
    (&["code", "comments"], "code comments"),
    // "Please format code with comments".
    (&["code", "with", "comments"], "code comments"),
    (&["tabs", "over", "spaces"], TABS),
    (&["spaces", "over", "tabs"], SPACES),
    (&["use", "tabs"], TABS),
    (&["indent", "with", "tabs"], TABS),
    (&["tabs", "for", "indentation"], TABS),
    (&["use", "spaces"], SPACES),
    (&["indent", "with", "spaces"], SPACES),
    (&["spaces", "for", "indentation"], SPACES),
    (&["async"], "async/await"),
    (&["callbacks"], "callbacks"),
    (&["semicolons"], "semicolons"),
    (&["early", "returns"], "early returns"),
    (&["list", "comprehensions"], "list comprehensions"),
];

/// A style wish about code ("type hints", "python code examples", "code blocks"): it
/// shapes only answers with code in them ([`crate::domain::style_areas`]).
pub(crate) fn is_code_style(topic: &str) -> bool {
    TARGETS.iter().any(|&(_, t)| t == topic)
        || topic.ends_with(" code examples")
        || matches!(
            topic,
            "code blocks" | "code without explanations" | "code before explanations"
        )
}

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    let before = out.len();
    style_targets(ctx, TARGETS, out);
    // "I use tabs, not spaces", "I indent with spaces": a coder's habit, said as a
    // statement, is the wish for the code in answers all the same.
    if out.len() == before {
        let habit = ctx.anchors.iter().find_map(|&a| {
            [
                &["use"][..],
                &["prefer"],
                &["indent", "with"],
                &["always", "use"],
            ]
            .iter()
            .find_map(|p| ctx.seq(a, p))
            // (Not "I use spaces in filenames".)
            .filter(|&(e, _)| {
                ctx.toks.get(e + 1).map_or(true, |t| {
                    t.is_stop() || matches!(t.w.as_str(), "not" | "over" | "instead" | "for")
                })
            })
            .and_then(|(e, _)| match ctx.word(e) {
                "tabs" => Some(TABS),
                "spaces" => Some(SPACES),
                _ => None,
            })
        });
        if let Some(topic) = habit {
            out.push(Found::new(topic, Polarity::Like, Kind::Style, 0.7));
        }
    }
    // "Use tabs, not spaces", "I always use tabs, never spaces", "tabs over spaces": the
    // other one refused, in the contrast that follows or later in the clause.
    for (liked, other, word) in [(TABS, SPACES, "spaces"), (SPACES, TABS, "tabs")] {
        let chosen = |f: &Found| f.topic == liked && f.polarity == Polarity::Like;
        let refused = ctx.find(0, word).is_some_and(|k| {
            ctx.after_contrast && ctx.previous.iter().any(chosen)
                || out[before..].iter().any(chosen)
                    && (negated(ctx, k.saturating_sub(2), k)
                        || ctx.word(k.wrapping_sub(1)) == "over")
        });
        if refused && !out.iter().any(|f| f.topic == other) {
            out.push(Found::new(other, Polarity::Dislike, Kind::Style, 0.8));
        }
    }
    // "async/await instead of callbacks", "tabs over spaces": what comes after is refused.
    for f in &mut out[before..] {
        let Some(first) = TARGETS
            .iter()
            .filter(|(_, t)| *t == f.topic)
            .find_map(|(words, _)| ctx.find_seq(0, words))
        else {
            continue;
        };
        let instead = (first.saturating_sub(3)..first).any(|k| {
            matches!(
                (ctx.word(k), ctx.word(k + 1)),
                ("instead", "of") | ("rather", "than") | ("over", _)
            )
        });
        if instead {
            f.polarity = Polarity::Dislike;
        }
    }
}
