//! "I only use X", "I exclusively read X", "I only wear X", "I always pick X", "X is
//! the only thing I listen to": exclusive choices are likes.

use super::{Ctx, Found, Rule};
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "exclusive",
    description: "exclusive choices: I only/exclusively use, buy, wear, eat, read, listen to X, I always pick/order X, X is the only thing I listen to",
    in_requests: false,
    apply,
};

fn is_choice_verb(w: &str) -> bool {
    matches!(
        w,
        "use"
            | "buy"
            | "wear"
            | "eat"
            | "drink"
            | "read"
            | "watch"
            | "play"
            | "stay"
            | "shop"
            | "cook"
            | "drive"
            | "travel"
            | "fly"
            | "choose"
            | "pick"
            | "book"
            | "order"
            | "purchase"
            | "own"
            | "adopt"
            | "consider"
            | "trust"
            | "want"
            | "listen"
            | "go"
            | "do"
            | "visit"
            | "support"
            | "select"
            | "rely"
            | "dine"
            | "follow"
            | "consume"
            | "feed"
            | "hire"
            | "attend"
            | "frequent"
            | "patronize"
            | "date"
            | "grow"
            | "make"
            | "bake"
            | "prepare"
    )
}

/// "I play mostly strategy games", "I read only nonfiction": the adverb after the verb.
fn after_the_verb(ctx: &Ctx, out: &mut Vec<Found>) {
    for &a in ctx.anchors {
        let mut v = a;
        while matches!(ctx.word(v), "usually" | "really" | "just" | "generally") {
            v += 1;
        }
        if !matches!(
            ctx.word(v),
            "read" | "watch" | "play" | "eat" | "drink" | "wear" | "cook" | "buy" | "use"
        ) {
            continue;
        }
        let intensity = match ctx.word(v + 1) {
            "only" | "exclusively" | "solely" => 0.75,
            "mostly" | "mainly" => 0.5,
            _ => continue,
        };
        // Not "I eat only two meals a day" (a limit) or "I read only the first page"
        // (one thing at hand).
        if crate::extract::topic::is_number(ctx.word(v + 2))
            || matches!(
                ctx.word(v + 2),
                "the" | "this" | "that" | "my" | "your" | "a" | "one"
            )
        {
            continue;
        }
        for t in ctx.topics(v + 2) {
            out.push(Found::new(t, Polarity::Like, Kind::Preference, intensity));
        }
    }
}

/// "Jazz is the only thing I listen to", "Pasta is all I cook", "Coffee is what I
/// drink every morning": the subject is chosen.
/// Not "... the only thing my kids eat" (someone else's choice).
fn the_only_thing(ctx: &Ctx, out: &mut Vec<Found>) {
    for be in 1..ctx.toks.len() {
        if !matches!(ctx.word(be), "is" | "are") {
            continue;
        }
        let i = match (ctx.word(be + 1), ctx.word(be + 2), ctx.word(be + 3)) {
            ("the", "only", "thing" | "things") => be + 4,
            // "Jazz and lo-fi are what I listen to while working".
            ("all" | "what", _, _) => be + 2,
            _ => continue,
        };
        let v = i + usize::from(matches!(ctx.word(i + 1), "really" | "ever" | "usually"));
        if ctx.word(i) != "i" || !is_choice_verb(ctx.word(v + 1)) {
            continue;
        }
        let start = ctx.subject_start(be);
        if let Some(t) = crate::extract::topic::topic_until(ctx.toks, start, be) {
            out.push(Found::new(t, Polarity::Like, Kind::Preference, 0.75));
        }
    }
}

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    after_the_verb(ctx, out);
    the_only_thing(ctx, out);
    for &a in ctx.anchors {
        let mut i = a;
        let mut exclusive = false;
        while matches!(
            ctx.word(i),
            "only"
                | "exclusively"
                | "strictly"
                | "solely"
                | "just"
                | "mostly"
                | "always"
                | "really"
                | "will"
                | "usually"
                | "mainly"
                | "can"
                | "ever"
        ) {
            exclusive |= matches!(ctx.word(i), "only" | "exclusively" | "solely");
            i += 1;
        }
        // "I always pick the window seat": "always" makes only a choice exclusive.
        let always = (a..i).any(|k| ctx.word(k) == "always")
            && matches!(ctx.word(i), "choose" | "pick" | "order" | "book" | "select");
        if !(exclusive || always) || !is_choice_verb(ctx.word(i)) {
            continue;
        }
        i += 1;
        // "listen to", "stay in", "shop at", "travel by", "rely on", "want to own".
        while matches!(
            ctx.word(i),
            "to" | "in" | "at" | "by" | "on" | "from" | "with" | "for"
        ) {
            i += 1;
        }
        if is_choice_verb(ctx.word(i)) {
            i += 1;
        }
        // "I only want to feed my cat homemade food": what, not whom; but a pet's food
        // is said as the pet's ("homemade food for my cat"), not the person's.
        let mut pet = None;
        if ctx.word(i - 1) == "feed" {
            let whom = super::avoidance::fed_to(ctx, i);
            if whom == 2 && super::fact_household::is_pet(ctx.word(i + 1)) {
                pet = Some(ctx.word(i + 1));
            }
            i += whom;
        }
        // "I can only own one pet", "only eat two slices": a limit, not a choice.
        if crate::extract::topic::is_number(ctx.word(i)) {
            continue;
        }
        for t in ctx.topics(i) {
            let t = match pet {
                Some(pet) if !t.split(' ').any(|w| w.starts_with(pet)) => {
                    format!("{t} for my {pet}")
                }
                _ => t,
            };
            out.push(Found::new(t, Polarity::Like, Kind::Preference, 0.75));
        }
    }
}
