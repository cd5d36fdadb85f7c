//! "Never recommend horror movies to me", "please don't suggest sushi places", "stop
//! recommending true crime podcasts": what the person does not want offered, said as a
//! request to the assistant, so it may open like one.

use super::{Ctx, Found, Rule};
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "unsuggested",
    description:
        "refused suggestions: never recommend / don't (ever) suggest / stop recommending X",
    in_requests: true,
    apply,
};

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    let mut i = 0;
    while matches!(
        ctx.word(i),
        "please" | "pls" | "and" | "also" | "so" | "just"
    ) {
        i += 1;
    }
    // "don't" is "do not" here; "don't ever", "never ever".
    let refused = match (ctx.word(i), ctx.word(i + 1)) {
        ("do", "not") => i + 2,
        ("never", _) => i + 1,
        ("stop", _) => i + 1,
        _ => return,
    };
    let at = refused + usize::from(ctx.word(refused) == "ever");
    let recommends = match ctx.word(at) {
        "recommend" | "suggest" | "propose" => ctx.word(i) != "stop",
        "recommending" | "suggesting" | "proposing" => ctx.word(i) == "stop",
        _ => false,
    };
    // Not "don't suggest I call her", "never recommend anything you haven't checked":
    // a thing named, not a clause or a pronoun.
    let mut from = at + 1 + usize::from(ctx.word(at + 1) == "me");
    // "any more thrillers", "other chain restaurants".
    while matches!(ctx.word(from), "any" | "more" | "other") {
        from += 1;
    }
    // "anything with pork", "recipes that contain nuts": the thing in it.
    if matches!(
        ctx.word(from),
        "anything" | "something" | "dishes" | "recipes" | "meals" | "food"
    ) {
        let skip = match (ctx.word(from + 1), ctx.word(from + 2)) {
            ("with" | "containing", _) => 2,
            ("that", "has" | "have" | "contains" | "contain" | "includes" | "include") => 3,
            _ => 0,
        };
        from += skip;
    }
    let named = !matches!(
        ctx.word(from),
        "" | "i"
            | "that"
            | "it"
            | "this"
            | "anything"
            | "something"
            | "things"
            | "what"
            | "how"
            | "we"
            | "you"
            | "they"
            | "he"
            | "she"
            | "them"
            | "to"
    );
    if !recommends || !named {
        return;
    }
    for t in ctx.topics(from) {
        let t = t.strip_suffix(" to me").unwrap_or(&t);
        out.push(Found::new(t, Polarity::Dislike, Kind::Preference, 0.6));
    }
}
