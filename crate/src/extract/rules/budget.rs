//! "I'm on a tight budget", "my budget is limited", "money is tight": a budget to keep to,
//! a fact every recommendation should respect.

use super::{Ctx, Found, Rule};

pub(crate) const RULE: Rule = Rule {
    name: "budget",
    description: "budget facts: I'm on a (tight) budget, my budget is limited, money is tight",
    in_requests: false,
    apply,
};

const TOPIC: &str = "on a budget";

fn is_tight(w: &str) -> bool {
    matches!(
        w,
        "tight" | "limited" | "strict" | "small" | "shoestring" | "fixed" | "low" | "modest"
    )
}

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    // "I'm on a tight budget", "I'm a student on a tight budget", "we're on a budget"
    // (not "I'm not ...").
    let on_budget = ctx.find_seq(0, &["on", "a"]).is_some_and(|k| {
        let mine = ctx.anchors.iter().any(|&a| {
            // ("we're on a budget": the household's.)
            ctx.seq(a, &["am"])
                .or_else(|| ctx.seq(a, &["are"]))
                .is_some_and(|(e, _)| {
                    e <= k && !(a..k).any(|j| matches!(ctx.word(j), "not" | "longer"))
                })
        });
        mine && {
            let mut k = k + 2;
            while is_tight(ctx.word(k)) || ctx.word(k) == "very" {
                k += 1;
            }
            ctx.word(k) == "budget"
        }
    });
    // "my budget is (pretty) tight", "money is tight": nothing else is whose.
    let tight = [&["my", "budget", "is"][..], &["money", "is"]]
        .iter()
        .filter_map(|pat| ctx.find_seq(0, pat).map(|i| (i, i + pat.len())))
        .filter(|&(i, _)| {
            i == 0 || matches!(ctx.word(i - 1), "my" | "our" | "," | "and" | "so" | "but")
        })
        .map(|(_, k)| k)
        // "Budget is tight.": said alone, it is mine (not "budget is tight for the city").
        .chain((ctx.word(0) == "budget" && ctx.word(1) == "is" && ctx.toks.len() <= 5).then_some(2))
        .any(|mut k| {
            while matches!(
                ctx.word(k),
                "very" | "pretty" | "really" | "quite" | "a" | "bit"
            ) {
                k += 1;
            }
            is_tight(ctx.word(k))
        });
    if on_budget || tight {
        out.push(Found::fact(TOPIC, 0.7));
    }
}
