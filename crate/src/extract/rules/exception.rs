//! "I eat pretty much everything, just not mushrooms", "I enjoy all music other than
//! country", "I'm not picky, just no cilantro": what a taste for everything excepts is
//! disliked.

use super::{Ctx, Found, Rule};
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "exception",
    description: "the exception to a taste for everything: I eat everything except / just not / other than X, anything but X, any X is fine but no Y, I'm not picky, just no Y",
    in_requests: false,
    apply,
};

/// Mild: the person accepts nearly everything and names what they would rather not.
const INTENSITY: f32 = 0.6;

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    anything_but(ctx, out);
    let Some(from) = excepted(ctx) else {
        return;
    };
    // The taste for everything, said before the exception (in this clause or the one
    // the exception split off).
    let head: Vec<&str> = ctx
        .before
        .iter()
        .map(|t| t.w.as_str())
        .chain((0..from).map(|i| ctx.word(i)))
        .collect();
    if !takes_everything(&head) {
        return;
    }
    // "except the ending", "except the appendix": one thing at hand, not a kind.
    if matches!(
        ctx.word(from),
        "the" | "this" | "that" | "my" | "your" | "it" | "them"
    ) {
        return;
    }
    for t in ctx.topics(from) {
        out.push(Found::new(
            t,
            Polarity::Dislike,
            Kind::Preference,
            INTENSITY,
        ));
    }
}

/// "Anything but reggaeton", "I'd eat anything but liver": the clause splitter keeps
/// this "but" in the clause (it is no contrast).
fn anything_but(ctx: &Ctx, out: &mut Vec<Found>) {
    // (Said alone, or as what I take: not "it's all fake, everything but the outdoors".)
    let except = ["anything", "everything"]
        .iter()
        .find_map(|w| ctx.find_seq(0, &[w, "but"]))
        .filter(|&i| {
            i == 0
                || matches!(
                    ctx.word(i - 1),
                    "like" | "love" | "enjoy" | "eat" | "drink" | "watch" | "read" | "play" | "to"
                )
        });
    if let Some(i) = except {
        for t in ctx.topics(i + 2) {
            out.push(Found::new(t, Polarity::Dislike, Kind::Preference, 0.7));
        }
    }
}

/// Where the excepted things begin in this clause, if it excepts any.
fn excepted(ctx: &Ctx) -> Option<usize> {
    // "... except (for) olives": the sentence was split at "except".
    let split = ctx.before.last().map_or("", |t| t.w.as_str());
    if split == "except" {
        return Some(usize::from(ctx.word(0) == "for"));
    }
    for k in 0..ctx.toks.len() {
        let w = ctx.word(k);
        let after = match w {
            "except" => Some(k + 1 + usize::from(ctx.word(k + 1) == "for")),
            "besides" => Some(k + 1),
            "apart" | "aside" if ctx.word(k + 1) == "from" => Some(k + 2),
            "other" | "save" if matches!(ctx.word(k + 1), "than" | "for") => Some(k + 2),
            "excluding" => Some(k + 1),
            "with" if ctx.seq(k + 1, &["the", "exception", "of"]).is_some() => Some(k + 4),
            // "..., (just) not mushrooms", "... but no spicy food": right after the join.
            "not" | "no" if !is_hedge(ctx.word(k + 1)) => {
                let mut j = k;
                while j > 0 && matches!(ctx.word(j - 1), "just" | "only" | "but") {
                    j -= 1;
                }
                let joins = if j == 0 {
                    matches!(split, "but" | "," | "though")
                } else {
                    ctx.word(j - 1) == ","
                };
                joins.then_some(k + 1)
            }
            _ => None,
        };
        if let Some(a) = after {
            return (a < ctx.toks.len()).then_some(a);
        }
    }
    None
}

/// "not just rock", "not really picky", "no preference", "no allergies": no exception.
fn is_hedge(w: &str) -> bool {
    matches!(
        w,
        "just"
            | "only"
            | "even"
            | "really"
            | "too"
            | "that"
            | "so"
            | "a"
            | "sure"
            | "bothered"
            | "picky"
            | "fussy"
            | "preference"
            | "preferences"
            | "restrictions"
            | "allergies"
            | "problem"
            | "problems"
            | "issues"
            | "complaints"
            | "worries"
            | "matter"
            | "idea"
            | "one"
            | "exceptions"
    )
}

/// The words say that I take (nearly) everything of some kind: "I eat pretty much
/// everything", "I'm fine with most genres", "any vegetable is fine", "I'm not picky".
fn takes_everything(head: &[&str]) -> bool {
    let universal = |w: &str| {
        matches!(
            w,
            "everything" | "anything" | "all" | "most" | "any" | "whatever" | "every"
        )
    };
    let taking = |w: &str| {
        matches!(
            w,
            "like"
                | "love"
                | "enjoy"
                | "eat"
                | "drink"
                | "watch"
                | "read"
                | "listen"
                | "play"
                | "try"
                | "fine"
                | "ok"
                | "okay"
                | "open"
                | "good"
                | "into"
        )
    };
    let first_person = head.first() == Some(&"i");
    for (k, w) in head.iter().enumerate() {
        // "I'm not picky", "I'm not a fussy eater".
        if first_person
            && *w == "not"
            && head[k + 1..]
                .iter()
                .take(2)
                .any(|w| matches!(*w, "picky" | "fussy"))
        {
            return true;
        }
        // Not "most of it", "all of them": a part of something at hand.
        if !universal(w) || head.get(k + 1) == Some(&"of") {
            continue;
        }
        // "I eat (pretty much) everything": a verb of taking shortly before.
        let taken = first_person && head[k.saturating_sub(4)..k].iter().any(|w| taking(w));
        // "Any vegetable is fine": the universal opens the sentence and names a kind
        // (not "anything is fine").
        let kind = head.get(1).is_some_and(|n| {
            !matches!(
                *n,
                "is" | "are" | "works" | "will" | "would" | "should" | "was"
            )
        });
        let opens = k == 0
            && matches!(*w, "any" | "all" | "most" | "every")
            && kind
            && head[1..]
                .iter()
                .take(5)
                .any(|w| matches!(*w, "fine" | "ok" | "okay" | "good"));
        if taken || opens {
            return true;
        }
    }
    false
}
