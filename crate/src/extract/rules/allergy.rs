//! "I'm allergic to X", "I have a severe X allergy", "I'm intolerant to X": strict avoidance.

use super::{Ctx, Found, Rule};
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "allergy",
    description: "allergies and intolerances: allergic to X, an X allergy, intolerant to X",
    in_requests: false,
    apply,
};

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    for &a in ctx.anchors {
        // "I'm lactose intolerant and allergic to shellfish": the second predicate
        // starts at "allergic", its "am" left out.
        let a = ctx.seq(a, &["am"]).map_or(a, |(end, _)| end);
        for pat in [
            &["allergic", "to"][..],
            &["intolerant", "to"],
            &["intolerant", "of"],
        ] {
            if let Some((end, _)) = ctx.seq(a, pat) {
                for t in ctx.topics(end) {
                    out.push(Found::new(t, Polarity::Dislike, Kind::Preference, 0.95));
                }
            }
        }
        // "No nuts please, I'm allergic": the allergen was named before.
        if let Some((end, _)) = ctx.seq(a, &["allergic"]) {
            if ctx.toks.get(end).map_or(true, |t| t.is_stop()) {
                if let Some(t) = ctx.antecedent(end - 1) {
                    out.push(Found::new(t, Polarity::Dislike, Kind::Preference, 0.9));
                }
            }
        }
        // "I have a (severe) tree nut allergy", "I have allergies to X".
        if let Some((start, _)) = ctx.seq(a, &["have", "a"]) {
            let s = past_severity(ctx, start);
            if matches!(ctx.word(s), "allergy" | "intolerance") && ctx.word(s + 1) == "to" {
                for t in ctx.topics(s + 2) {
                    out.push(Found::new(t, Polarity::Dislike, Kind::Preference, 0.95));
                }
            } else if let Some(k) = (s..(s + 7).min(ctx.toks.len()))
                .find(|&k| matches!(ctx.word(k), "allergy" | "intolerance"))
            {
                // "a peanut and tree nut allergy": one item per allergen.
                for t in super::fronted::split_and(ctx, s, k) {
                    out.push(Found::new(
                        counted(t),
                        Polarity::Dislike,
                        Kind::Preference,
                        0.95,
                    ));
                }
            }
        }
        if let Some((end, _)) = ctx.seq(a, &["have", "allergies", "to"]) {
            for t in ctx.topics(end) {
                out.push(Found::new(t, Polarity::Dislike, Kind::Preference, 0.95));
            }
        }
    }
    household(ctx, out);
}

/// The first token from `s` past how bad an allergy is ("a severe", "a mild food").
fn past_severity(ctx: &Ctx, mut s: usize) -> usize {
    while matches!(
        ctx.word(s),
        "severe"
            | "serious"
            | "mild"
            | "bad"
            | "strong"
            | "slight"
            | "deadly"
            | "life-threatening"
            | "food"
    ) {
        s += 1;
    }
    s
}

/// An allergen named before "allergy" as the plural it is allergic to: "a nut allergy"
/// is to nuts, "an egg allergy" to eggs ("shellfish" and "dairy" stay).
fn counted(topic: String) -> String {
    let countable = topic.rsplit(' ').next().is_some_and(|w| {
        matches!(
            w,
            "nut"
                | "peanut"
                | "egg"
                | "almond"
                | "cashew"
                | "walnut"
                | "pecan"
                | "hazelnut"
                | "pistachio"
                | "seed"
                | "prawn"
                | "mushroom"
                | "tomato"
                | "strawberry"
                | "kiwi"
                | "banana"
                | "avocado"
        )
    });
    if !countable {
        return topic;
    }
    if let Some(stem) = topic.strip_suffix("berry") {
        format!("{stem}berries")
    } else if topic.ends_with("tomato") {
        format!("{topic}es")
    } else {
        format!("{topic}s")
    }
}

/// "My daughter is allergic to peanuts", "my kids are allergic to eggs", "my son has a
/// peanut allergy": what every
/// meal at home must leave out, a fact about the household (not the person's taste).
fn household(ctx: &Ctx, out: &mut Vec<Found>) {
    let Some((who, many)) = super::member_said(ctx) else {
        return;
    };
    let one = !many;
    let article = if one { "a " } else { "" };
    let mut said = |t: String| {
        out.push(Found::fact(
            format!("has {article}{who} allergic to {t}"),
            0.9,
        ))
    };
    if let Some((end, _)) = ctx
        .seq(2, &["is", "allergic", "to"])
        .or_else(|| ctx.seq(2, &["are", "allergic", "to"]))
    {
        ctx.topics(end).into_iter().for_each(&mut said);
        return;
    }
    // "my son can't have dairy", "my kids won't eat vegetables", "my wife doesn't eat
    // pork": what meals for them leave out, whatever the reason.
    let refuses = [
        &["can", "not", "have"][..],
        &["can", "not", "eat"],
        &["does", "not", "eat"],
        &["do", "not", "eat"],
        &["will", "not", "eat"],
        &["refuses", "to", "eat"],
        &["refuse", "to", "eat"],
    ]
    .iter()
    .find_map(|w| ctx.seq(2, w));
    if let Some((end, _)) = refuses {
        let avoid = if one { "avoids" } else { "avoid" };
        for t in ctx.topics(end) {
            out.push(Found::fact(
                format!("has {article}{who} who {avoid} {t}"),
                0.85,
            ));
        }
        return;
    }
    // "my son has a peanut allergy", "my kids have nut allergies".
    // ("a" matches "an" too.)
    let Some(s) = [&["has", "a"][..], &["has"], &["have"]]
        .iter()
        .find_map(|w| ctx.seq(2, w))
        .map(|(end, _)| past_severity(ctx, end))
    else {
        return;
    };
    if let Some(k) = (s + 1..(s + 6).min(ctx.toks.len()))
        .find(|&k| matches!(ctx.word(k), "allergy" | "allergies"))
    {
        super::fronted::split_and(ctx, s, k)
            .into_iter()
            .map(counted)
            .for_each(&mut said);
    }
}
