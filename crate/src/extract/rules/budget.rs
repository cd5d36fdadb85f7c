//! "I'm on a tight budget", "my budget is limited", "money is tight": a budget to keep to,
//! a fact every recommendation should respect; "my budget is under $500", "I can spend up
//! to 300 euros": the sum, which says more. "Money is no object", "I don't mind paying
//! more for quality": the other way, which a recommendation should respect as much.

use super::{Ctx, Found, Rule};

pub(crate) const RULE: Rule = Rule {
    name: "budget",
    description: "budget facts: I'm on a (tight) budget, my budget is limited, money is tight, I'm saving up, my budget is under $500, I can spend up to X, money is no object, I don't mind paying more for quality, I always buy the cheapest",
    in_requests: false,
    apply,
};

const TOPIC: &str = "on a budget";
/// Money spent freely for what is better.
const FREELY: &str = "willing to pay for quality";

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
    // "I'm trying to spend less", "I'm saving up for a house", "I need to save money":
    // money kept to, as a budget is.
    let saving = ctx.anchors.iter().any(|&a| {
        let at = ctx
            .seq(a, &["am", "trying", "to"])
            .or_else(|| ctx.seq(a, &["are", "trying", "to"]))
            .or_else(|| ctx.seq(a, &["need", "to"]))
            .or_else(|| ctx.seq(a, &["have", "to"]))
            .map_or(a, |(e, _)| e);
        let am = |w: &str| matches!(w, "am" | "are");
        // ("spend less time on my phone" is no money.)
        let less = ctx
            .seq(at, &["spend", "less"])
            .is_some_and(|(e, _)| !matches!(ctx.word(e), "time" | "hours" | "energy"));
        less || ctx.seq(at, &["save", "money"]).is_some()
            || am(ctx.word(a))
                && (ctx.seq(a + 1, &["saving", "up"]).is_some()
                    || ctx.seq(a + 1, &["saving", "money"]).is_some()
                    // "I'm saving for a trip to Japan" (not "saving for later": a file).
                    || ctx
                        .seq(a + 1, &["saving", "for"])
                        .is_some_and(|(e, _)| matches!(ctx.word(e), "a" | "an" | "my" | "our")))
    });
    // "I live paycheck to paycheck", "we're living paycheck to paycheck".
    let paycheck = ctx.anchors.iter().any(|&a| {
        ["paycheck", "payday"].iter().any(|p| {
            ctx.seq(a, &["live", p, "to", p]).is_some()
                || ctx.seq(a, &["am", "living", p, "to", p]).is_some()
                || ctx.seq(a, &["are", "living", p, "to", p]).is_some()
        })
    });
    // "I always buy the cheapest option", "I usually go for the cheapest one".
    let cheapest = ctx.anchors.iter().any(|&a| {
        ["buy", "get", "pick", "choose"]
            .iter()
            .find_map(|v| ctx.seq(a, &[v, "the", "cheapest"]))
            .or_else(|| ctx.seq(a, &["go", "for", "the", "cheapest"]))
            .is_some_and(|(e, _)| {
                ctx.toks.get(e).map_or(true, |t| t.is_stop())
                    || matches!(
                        ctx.word(e),
                        "option" | "one" | "thing" | "version" | "brand" | "flight" | "flights"
                    )
            })
    });
    if on_budget || tight || saving || paycheck || cheapest {
        out.push(Found::fact(TOPIC, 0.7));
    } else if spends_freely(ctx) {
        out.push(Found::fact(FREELY, 0.7));
    }
    if let Some(sum) = budget_sum(ctx) {
        out.push(Found::fact(format!("has a budget {sum}"), 0.75));
    }
}

/// "Money is no object", "price isn't an issue for me", "I don't mind paying more for
/// quality", "I'm happy to splurge", "quality over price"; not the money of one thing
/// ("money is no object for this trip": that trip's).
fn spends_freely(ctx: &Ctx) -> bool {
    // "money/price/cost/budget is no object / not an issue / not a concern".
    let no_issue = ["money", "price", "cost", "budget"].iter().any(|w| {
        ctx.find_seq(0, &[w, "is"]).is_some_and(|i| {
            let k = i + 2;
            let not_a = match (ctx.word(k), ctx.word(k + 1)) {
                ("no", "object" | "issue" | "problem" | "concern") => Some(k + 2),
                ("not", "an" | "a") => {
                    matches!(ctx.word(k + 2), "issue" | "problem" | "concern" | "factor")
                        .then_some(k + 3)
                }
                ("not", "important") => Some(k + 2),
                _ => None,
            };
            not_a.is_some_and(|e| {
                !matches!(ctx.word(e), "for" | "here" | "this" | "on")
                    || ctx.seq(e, &["for", "me"]).is_some()
            })
        })
    }) || ["money", "price", "cost"].iter().any(|w| {
        // "price doesn't matter (to me)".
        ctx.find_seq(0, &[w, "does", "not", "matter"])
            .is_some_and(|i| {
                let e = i + 4;
                ctx.toks.get(e).map_or(true, |t| t.is_stop())
                    || ctx.seq(e, &["to", "me"]).is_some()
                    || ctx.seq(e, &["much", "to", "me"]).is_some()
            })
    });
    // "I don't mind paying more for quality", "I'm willing to pay extra for good stuff",
    // "I'd rather pay more for quality", "I'm happy to splurge".
    let pays_more = ctx.anchors.iter().any(|&a| {
        let more = |e: usize| {
            matches!(ctx.word(e), "more" | "extra" | "a" | "premium")
                && (ctx.word(e) != "a" || matches!(ctx.word(e + 1), "premium" | "bit" | "little"))
        };
        ctx.seq(a, &["do", "not", "mind", "paying"])
            .or_else(|| ctx.seq(a, &["do", "not", "mind", "spending"]))
            .or_else(|| ctx.seq(a, &["am", "willing", "to", "pay"]))
            .or_else(|| ctx.seq(a, &["am", "willing", "to", "spend"]))
            .or_else(|| ctx.seq(a, &["am", "happy", "to", "pay"]))
            .or_else(|| ctx.seq(a, &["am", "happy", "to", "spend"]))
            .or_else(|| ctx.seq(a, &["would", "rather", "pay"]))
            .or_else(|| ctx.seq(a, &["would", "rather", "spend"]))
            .is_some_and(|(e, _)| more(e))
            || ["am", "like"].iter().any(|v| {
                ctx.seq(a, &[v, "happy", "to", "splurge"])
                    .or_else(|| ctx.seq(a, &[v, "to", "splurge"]))
                    .is_some()
            })
    });
    // "Quality over price", "quality over cost".
    let over_price = ctx
        .find_seq(0, &["quality", "over"])
        .is_some_and(|i| matches!(ctx.word(i + 2), "price" | "cost" | "budget"));
    no_issue || pays_more || over_price
}

/// "my budget is under $500", "a budget of about 300 euros", "I can spend up to $1,200",
/// "I don't want to spend more than $100": the sum with how it bounds ("under $500",
/// "of about $300").
fn budget_sum(ctx: &Ctx) -> Option<String> {
    // "my budget is", "our budget is"; "I have a budget of", "we're on a budget of"
    // (not "my friend has a budget of").
    let mut at = [&["my", "budget"][..], &["our", "budget"]]
        .iter()
        .find_map(|pat| {
            let k = ctx.find_seq(0, pat)? + 2;
            // "our budget for the wedding is around $15k": what it is for, then the sum.
            let is = if ctx.word(k) == "for" {
                (k + 1..(k + 5).min(ctx.toks.len())).find(|&j| ctx.word(j) == "is")?
            } else {
                k
            };
            (ctx.word(is) == "is").then_some(is + 1)
        })
        // "Budget is around 3000 euros": chat drops the "my" of a sentence's start.
        .or_else(|| (ctx.word(0) == "budget" && ctx.word(1) == "is").then_some(2))
        .or_else(|| {
            ctx.anchors.iter().find_map(|&a| {
                let owned = ctx
                    .seq(a, &["have", "a", "budget", "of"])
                    .or_else(|| ctx.seq(a, &["am", "on", "a", "budget", "of"]))
                    .or_else(|| ctx.seq(a, &["are", "on", "a", "budget", "of"]));
                if let Some((end, _)) = owned {
                    return Some(end);
                }
                // "I don't want to spend more than $100" bounds it from above.
                if let Some((end, _)) = ctx.seq(a, &["do", "not", "want", "to", "spend"]) {
                    return ctx.seq(end, &["more", "than"]).map(|_| end);
                }
                ctx.seq(a, &["can", "spend"])
                    .or_else(|| ctx.seq(a, &["want", "to", "spend"]))
                    .or_else(|| ctx.seq(a, &["would", "like", "to", "spend"]))
                    .map(|(end, _)| end)
            })
        })?;
    let mut bound = "of";
    loop {
        bound = match (ctx.word(at), ctx.word(at + 1)) {
            ("under" | "below" | "max" | "maximum", _) => "under",
            ("up", "to") | ("at", "most") | ("less", "than") | ("more", "than") => {
                at += 1;
                "under"
            }
            ("no", "more") if ctx.word(at + 2) == "than" => {
                at += 2;
                "under"
            }
            ("about" | "around" | "roughly" | "approximately", _) => "of about",
            _ => break,
        };
        at += 1;
    }
    Some(format!("{bound} {}", sum(ctx, at)?))
}

/// A sum of money written at token `at`: "$500", "$1,200", "300 euros", "£50".
fn sum(ctx: &Ctx, at: usize) -> Option<String> {
    let digits = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    // "5k" is one token.
    if !digits(ctx.word(at).strip_suffix('k').unwrap_or(ctx.word(at))) {
        return None;
    }
    let mut number = ctx.word(at).to_owned();
    let mut end = at;
    // "1,200": the comma is its own token.
    if ctx.word(at + 1) == "," && ctx.word(at + 2).len() == 3 && digits(ctx.word(at + 2)) {
        number = format!("{number},{}", ctx.word(at + 2));
        end = at + 2;
    }
    // "$2 million", "$5k".
    if matches!(ctx.word(end + 1), "k" | "thousand" | "million") {
        number = format!("{number} {}", ctx.word(end + 1));
        end += 1;
    }
    let start = ctx.toks[at].start;
    let symbol = ctx.text.get(..start).and_then(|t| t.chars().last());
    match symbol {
        Some(c @ ('$' | '£' | '€')) => Some(format!("{c}{number}")),
        _ => match ctx.word(end + 1) {
            w @ ("dollars" | "euros" | "pounds" | "bucks") => Some(format!("{number} {w}")),
            _ => None,
        },
    }
}
