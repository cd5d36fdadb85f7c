//! "I hate X", "I can't stand X", "I don't like X", "I'm not a fan of X": plain dislikes, by strength.

use super::{anchored_topics, anchored_topics_unless, Ctx, Cue, Found, Rule};
use crate::extract::topic;
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "dislike",
    description:
        "plain dislikes: detest, hate, can't stand, dislike, don't like, not a fan of (weak), lost interest in, grown out of, never again with X",
    in_requests: false,
    apply,
};

pub(super) const CUES: &[Cue] = &[
    (&["detest"], 0.95),
    (&["loathe"], 0.95),
    (&["despise"], 0.95),
    (&["abhor"], 0.95),
    (&["hate"], 0.9),
    (&["can", "not", "stand"], 0.9),
    (&["can", "not", "bear"], 0.85),
    (&["can", "not", "tolerate"], 0.85),
    // "I get easily overwhelmed by long lists".
    (&["get", "overwhelmed", "by"], 0.6),
    (&["am", "overwhelmed", "by"], 0.6),
    // "I get migraines from bright screens", "I get heartburn from coffee".
    (&["get", "migraines", "from"], 0.7),
    (&["get", "headaches", "from"], 0.7),
    (&["get", "a", "headache", "from"], 0.7),
    (&["get", "heartburn", "from"], 0.7),
    (&["could", "not", "stand"], 0.85),
    (&["have", "a", "aversion", "to"], 0.8),
    (&["have", "a", "dislike", "for"], 0.75),
    (&["do", "not", "do", "well", "with"], 0.6),
    (&["have", "a", "dislike", "of"], 0.75),
    (&["am", "sick", "of"], 0.75),
    (&["am", "tired", "of"], 0.65),
    (&["get", "tired", "of"], 0.6),
    // "I'm getting tired of pasta".
    (&["am", "getting", "tired", "of"], 0.6),
    (&["am", "getting", "sick", "of"], 0.7),
    (&["am", "getting", "bored", "of"], 0.6),
    (&["am", "getting", "bored", "with"], 0.6),
    (&["get", "bored", "of"], 0.6),
    (&["get", "bored", "with"], 0.6),
    (&["get", "bored", "by"], 0.6),
    (&["am", "bored", "by"], 0.6),
    // "I'm bored of chicken".
    (&["am", "bored", "of"], 0.6),
    (&["am", "bored", "with"], 0.6),
    (&["am", "against"], 0.7),
    (&["am", "opposed", "to"], 0.7),
    (&["dislike"], 0.7),
    (&["am", "terrified", "of"], 0.9),
    (&["have", "a", "phobia", "of"], 0.9),
    (&["have", "a", "distaste", "for"], 0.75),
    (&["have", "a", "disdain", "for"], 0.8),
    (&["have", "a", "objection", "to"], 0.7),
    (&["can", "not", "handle"], 0.7),
    (&["get", "uncomfortable"], 0.6),
    (&["feel", "uncomfortable"], 0.6),
    (&["have", "a", "fear", "of"], 0.8),
    (&["am", "afraid", "of"], 0.75),
    (&["am", "scared", "of"], 0.75),
    // "I'm fairly fit but scared of heights": the subject said once for both.
    (&["scared", "of"], 0.75),
    (&["afraid", "of"], 0.75),
    (&["terrified", "of"], 0.9),
    (&["am", "averse", "to"], 0.8),
    (&["have", "a", "stance", "against"], 0.75),
    (&["have", "had", "enough", "of"], 0.7),
    (&["am", "done", "with"], 0.7),
    // "I'm burnt out on screens".
    (&["am", "burnt", "out", "on"], 0.6),
    (&["am", "burned", "out", "on"], 0.6),
    (&["have", "hated"], 0.85),
    // "I've gone off coffee lately".
    (&["have", "gone", "off"], 0.6),
    (&["do", "not", "vibe", "with"], 0.5),
    (&["am", "wary", "of"], 0.55),
    (&["am", "uninterested", "in"], 0.55),
    (&["am", "not", "interested", "in"], 0.5),
    (&["am", "not", "comfortable", "with"], 0.55),
    (&["am", "uncomfortable", "with"], 0.55),
    // "I'm uncomfortable in a formal situation", "... around big dogs".
    (&["am", "uncomfortable", "in"], 0.55),
    (&["am", "uncomfortable", "around"], 0.55),
    (&["am", "not", "crazy", "about"], 0.45),
    (&["do", "not", "trust"], 0.5),
    (&["do", "not", "do"], 0.5),
    (&["struggle", "with"], 0.45),
    // "I could live without tomatoes" (not "could not live without": a love).
    (&["could", "live", "without"], 0.4),
    (&["never", "liked"], 0.6),
    (&["have", "never", "liked"], 0.6),
    (&["do", "not", "like"], 0.6),
    (&["do", "not", "enjoy"], 0.55),
    (&["do", "not", "care", "for"], 0.5),
    (&["have", "no", "interest", "in"], 0.55),
    (&["have", "zero", "interest", "in"], 0.6),
    // "I can't get into anime no matter how hard I try".
    (&["am", "not", "interested", "in"], 0.5),
    (&["am", "put", "off", "by"], 0.55),
    (&["am", "no", "fan", "of"], 0.5),
    // "I'm no longer a fan of Apple products" (a change: see `says_change`).
    (&["am", "no", "longer", "a", "fan", "of"], 0.5),
    (&["have", "lost", "interest", "in"], 0.55),
    (&["lost", "interest", "in"], 0.55),
    // "I used to love anime but I've grown out of it".
    (&["have", "grown", "out", "of"], 0.5),
    (&["grew", "out", "of"], 0.5),
    (&["am", "not", "into"], 0.45),
    // "Not into country music.": chat drops the subject.
    (&["not", "into"], 0.45),
    (&["am", "not", "for"], 0.45),
    (&["am", "not", "keen", "on"], 0.45),
    (&["am", "not", "fond", "of"], 0.45),
    (&["am", "not", "big", "on"], 0.45),
    (&["am", "not", "a", "fan", "of"], 0.4),
    // "I've never been a fan of theme parks", "never been into golf".
    (&["have", "never", "been", "a", "fan", "of"], 0.5),
    (&["have", "never", "been", "into"], 0.5),
    (&["never", "been", "a", "fan", "of"], 0.5),
    // "i am not big fan of hot weather": chat drops the article.
    (&["am", "not", "fan", "of"], 0.4),
    (&["not", "a", "fan", "of"], 0.4),
    (&["not", "keen", "on"], 0.45),
    (&["not", "big", "on"], 0.45),
    (&["not", "a", "big", "fan", "of"], 0.4),
    (&["do", "not", "love"], 0.35),
];

/// "I can't do spicy food", "can't do mornings"; but "I can't do that anymore" is about
/// being able to, so only a named thing counts.
const CANNOT_DO: &[Cue] = &[(&["can", "not", "do"], 0.55)];

/// Not getting into a work: said of a place or a vehicle it means something else.
const GET_INTO: &[Cue] = &[
    (&["can", "not", "get", "into"], 0.6),
    (&["could", "not", "get", "into"], 0.55),
    // "I could never get into golf", "I never got into anime".
    (&["could", "never", "get", "into"], 0.6),
    (&["never", "got", "into"], 0.55),
];

/// "Remember I said no onions", "I told you no mushrooms": a refusal said again, so it
/// is no wish of one answer only.
const SAID_NO: &[Cue] = &[
    (&["said", "no"], 0.7),
    (&["told", "you", "no"], 0.7),
    (&["have", "said", "no"], 0.7),
];

/// "I'm so over social media", "I'm kinda over pumpkin spice": done with a thing. Only
/// with a word of degree ("I'm over 40", "I'm over at my mom's", "over the moon").
fn done_with(ctx: &Ctx, out: &mut Vec<Found>) {
    for &a in ctx.anchors {
        if ctx.word(a) != "am" {
            continue;
        }
        let mut k = a + 1;
        while matches!(
            ctx.word(k),
            "so" | "kinda"
                | "kind"
                | "of"
                | "totally"
                | "completely"
                | "really"
                | "just"
                | "pretty"
                | "much"
                | "sort"
                | "sorta"
                | "honestly"
                | "officially"
        ) {
            k += 1;
        }
        if ctx.word(k) != "over" {
            continue;
        }
        let at = ctx.word(k + 1);
        // Bare, only before a thing's plain name: "I'm over social media" (not "I'm
        // over the limit", "over my head", "over budget", "over it").
        if k == a + 1
            && (topic::is_function_word(at)
                || topic::is_possessive(at)
                || topic::is_number(at)
                || matches!(at, "budget" | "capacity" | "halfway" | "qualified" | "age"))
        {
            continue;
        }
        if matches!(
            at,
            "it" | "that" | "this" | "him" | "her" | "them" | "there" | "here"
        ) || at.starts_with(|c: char| c.is_ascii_digit())
            || ctx.seq(k + 1, &["the", "moon"]).is_some()
        {
            continue;
        }
        for t in ctx.topics(k + 1) {
            out.push(Found::new(t, Polarity::Dislike, Kind::Preference, 0.6));
        }
    }
}

/// "Never again with Ryanair", "Hostels, never again", "I'm never flying Spirit
/// again": a thing tried and sworn off.
fn never_again(ctx: &Ctx, out: &mut Vec<Found>) {
    let ends = |k: usize| ctx.toks.get(k).map_or(true, |t| t.is_stop());
    let mut found = Vec::new();
    if ctx.word(0) == "never" && ctx.word(1) == "again" && matches!(ctx.word(2), "with" | "at") {
        found.extend(ctx.topics(3));
    }
    for k in 2..ctx.toks.len() {
        // "Hostels, never again."
        let sworn = ctx.word(k) == "never" && ctx.word(k + 1) == "again" && ends(k + 2);
        if sworn && ctx.word(k - 1) == "," {
            found.extend(topic::np_before(ctx.toks, k - 1));
        }
    }
    // "I'm never flying Spirit again", "I will never stay at a hostel again".
    for &a in ctx.anchors {
        let at = a + usize::from(matches!(ctx.word(a), "am" | "will"));
        if ctx.word(at) != "never" {
            continue;
        }
        let verb = ctx.word(at + 1);
        let tried = matches!(
            verb,
            "fly"
                | "flying"
                | "stay"
                | "staying"
                | "book"
                | "booking"
                | "use"
                | "using"
                | "order"
                | "ordering"
                | "buy"
                | "buying"
                | "eat"
                | "eating"
        );
        let Some(again) = (at + 2..ctx.toks.len()).find(|&k| ctx.word(k) == "again") else {
            continue;
        };
        if !tried || !ends(again + 1) {
            continue;
        }
        let from = at + 2 + usize::from(matches!(ctx.word(at + 2), "at" | "with" | "in" | "on"));
        let thing = topic::topic_until(ctx.toks, from, again)
            .filter(|t| !matches!(t.as_str(), "there" | "it" | "that" | "them" | "this"));
        found.extend(thing);
    }
    for t in found {
        out.push(Found::new(t, Polarity::Dislike, Kind::Preference, 0.75));
    }
}

/// "I'm a spice wimp", "I'm a total wimp with spicy food": spicy food, said of oneself.
fn spice_wimp(ctx: &Ctx, out: &mut Vec<Found>) {
    for &a in ctx.anchors {
        let Some((mut k, _)) = ctx.seq(a, &["am", "a"]) else {
            continue;
        };
        k += usize::from(matches!(ctx.word(k), "total" | "huge" | "big" | "complete"));
        let wimp = matches!(
            (ctx.word(k), ctx.word(k + 1), ctx.word(k + 2)),
            ("spice", "wimp" | "lightweight", _)
                | ("wimp" | "lightweight", "with", "spice" | "spicy" | "heat")
        );
        if wimp {
            out.push(Found::new(
                "spicy food",
                Polarity::Dislike,
                Kind::Preference,
                0.7,
            ));
        }
    }
}

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    anchored_topics(ctx, CUES, Polarity::Dislike, out);
    done_with(ctx, out);
    // Not "I said no to the job offer", "again, no worries".
    let refused = |w: &str| {
        matches!(
            w,
            "" | "to" | "worries" | "problem" | "problems" | "thanks" | "idea" | "way" | "one"
        )
    };
    anchored_topics_unless(ctx, SAID_NO, Polarity::Dislike, refused, out);
    // "I don't dig country music" (slang, as in [`super::like`]).
    let not_dig: &[Cue] = &[
        (&["do", "not", "dig"], 0.5),
        (&["do", "not", "really", "dig"], 0.45),
    ];
    anchored_topics_unless(ctx, not_dig, Polarity::Dislike, super::like::digging, out);
    never_again(ctx, out);
    spice_wimp(ctx, out);
    // "Again, no mushrooms": the same.
    if ctx.word(0) == "again" && ctx.word(1) == "," && ctx.word(2) == "no" && !refused(ctx.word(3))
    {
        for t in ctx.topics(3) {
            out.push(Found::new(t, Polarity::Dislike, Kind::Preference, 0.7));
        }
    }
    // "I couldn't get into Dune"; not "I can't get into the house" (a place).
    anchored_topics_unless(
        ctx,
        GET_INTO,
        Polarity::Dislike,
        super::enthusiasm::entered,
        out,
    );
    for (end, intensity) in ctx.anchored(CANNOT_DO) {
        if matches!(
            ctx.word(end),
            "it" | "that" | "this" | "them" | "those" | "these" | "so"
        ) {
            continue;
        }
        for t in ctx.topics(end) {
            out.push(Found::new(
                t,
                Polarity::Dislike,
                Kind::Preference,
                intensity,
            ));
        }
    }
}
