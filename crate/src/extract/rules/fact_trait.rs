//! "I'm a night owl", "I'm an introvert", "I'm not a morning person", "I'm colorblind":
//! how the person is made, which shapes advice on schedules, work, social plans and
//! what a chart or a tool should look like.

use super::{Ctx, Found, Rule};
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "fact_trait",
    description: "trait facts: I'm a night owl / an early bird / an introvert / colorblind / left-handed, not a morning person, I have bad knees / sensitive skin, I get seasick",
    in_requests: false,
    apply,
};

/// The description, as said after "I am", and what it is stored as.
const KINDS: &[(&[&str], &str)] = &[
    (&["a", "night", "owl"], "a night owl"),
    (&["a", "early", "bird"], "an early bird"),
    (&["a", "morning", "person"], "a morning person"),
    (&["a", "introvert"], "an introvert"),
    (&["introverted"], "an introvert"),
    (&["a", "extrovert"], "an extrovert"),
    (&["extroverted"], "an extrovert"),
    (&["a", "homebody"], "a homebody"),
    (&["colorblind"], "colorblind"),
    (&["color", "blind"], "colorblind"),
    (&["color-blind"], "colorblind"),
    (&["left-handed"], "left-handed"),
];

/// What is said after "I have (a)": a condition of the body.
const BODY: &[(&[&str], &str)] = &[
    (&["bad", "knees"], "has bad knees"),
    (&["bad", "back"], "has a bad back"),
    (&["asthma"], "has asthma"),
    (&["arthritis"], "has arthritis"),
    (&["migraines"], "has migraines"),
    (&["insomnia"], "has insomnia"),
    (&["high", "blood", "pressure"], "has high blood pressure"),
    (&["sensitive", "skin"], "has sensitive skin"),
    (&["curly", "hair"], "has curly hair"),
    (&["oily", "skin"], "has oily skin"),
    (&["dry", "skin"], "has dry skin"),
];

/// What is said after "I get": motion sickness, which rules out a cruise or a long
/// bus ride.
const SICK: &[(&[&str], &str)] = &[
    (&["seasick"], "gets seasick"),
    (&["sea", "sick"], "gets seasick"),
    (&["carsick"], "gets carsick"),
    (&["car", "sick"], "gets carsick"),
    (&["airsick"], "gets airsick"),
    (&["motion", "sick"], "gets motion sick"),
    (&["motion-sick"], "gets motion sick"),
    (&["motion", "sickness"], "gets motion sick"),
];

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    // "Not a morning person, so ...": chat drops the "I'm".
    let bare = (ctx.word(0) == "not").then_some((1, true));
    let said = ctx.anchors.iter().filter_map(|&a| {
        let (end, _) = ctx.seq(a, &["am"])?;
        let not = ctx.word(end) == "not";
        // "I'm not much of a morning person".
        let much = not && ctx.word(end + 1) == "much" && ctx.word(end + 2) == "of";
        Some((end + usize::from(not) + 2 * usize::from(much), not))
    });
    for (at, not) in said.chain(bare) {
        let Some(&(_, fact)) = KINDS.iter().find(|(pat, _)| ctx.seq(at, pat).is_some()) else {
            continue;
        };
        // Only "not a morning person" says something the plain fact would not.
        let fact = match (not, fact) {
            (false, f) => f.to_owned(),
            (true, "a morning person") => "not a morning person".to_owned(),
            (true, _) => continue,
        };
        out.push(Found::new(fact, Polarity::Like, Kind::Fact, 0.8));
    }
    // "I have bad knees", "my skin is really sensitive": the body advice must fit.
    for &a in ctx.anchors {
        let Some((end, _)) = ctx.seq(a, &["have"]) else {
            continue;
        };
        let at = end + usize::from(matches!(ctx.word(end), "a" | "an"));
        if let Some(&(_, fact)) = BODY.iter().find(|(pat, _)| ctx.seq(at, pat).is_some()) {
            out.push(Found::new(fact, Polarity::Like, Kind::Fact, 0.8));
        }
    }
    // "I get seasick easily", "I get really carsick"; not "I don't get seasick" (the
    // anchor's "do not" is no "get").
    for &a in ctx.anchors {
        let Some((mut at, _)) = ctx.seq(a, &["get"]) else {
            continue;
        };
        while matches!(
            ctx.word(at),
            "really" | "very" | "so" | "super" | "pretty" | "quite" | "easily"
        ) {
            at += 1;
        }
        if let Some(&(_, fact)) = SICK.iter().find(|(pat, _)| ctx.seq(at, pat).is_some()) {
            out.push(Found::new(fact, Polarity::Like, Kind::Fact, 0.8));
        }
    }
    if ctx.word(0) == "my" && ctx.word(1) == "skin" && ctx.word(2) == "is" {
        let mut k = 3;
        while matches!(
            ctx.word(k),
            "really" | "very" | "super" | "quite" | "so" | "pretty"
        ) {
            k += 1;
        }
        if ctx.word(k) == "sensitive" {
            out.push(Found::new(
                "has sensitive skin",
                Polarity::Like,
                Kind::Fact,
                0.8,
            ));
        }
    }
}
