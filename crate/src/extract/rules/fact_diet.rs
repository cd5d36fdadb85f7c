//! "I'm vegetarian", "I'm a vegan", "I follow a keto diet", "I'm lactose intolerant": diet facts;
//! and the exception a diet is stated with ("I'm vegetarian but I eat fish"), a like;
//! and what one means to eat more or less of ("I'm trying to eat more protein"), a goal
//! rather than a taste.

use super::{Ctx, Cue, Found, Rule};
use crate::extract::text::Tok;
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "fact_diet",
    description: "diet facts: I'm (a) vegetarian/vegan/gluten-free, I follow a keto diet, I'm lactose intolerant, I eat more X; but I eat X",
    in_requests: false,
    apply,
};

/// The diet named at token `i`, as a fact topic, and how many tokens it took.
fn diet(ctx: &Ctx, i: usize) -> Option<(&'static str, usize)> {
    Some(match (ctx.word(i), ctx.word(i + 1)) {
        ("vegetarian" | "vegetarians", _) | ("veggie", _) => ("vegetarian diet", 1),
        ("vegan" | "vegans", _) => ("vegan diet", 1),
        ("pescatarian" | "pescetarian", _) => ("pescatarian diet", 1),
        ("gluten-free", _)
        | ("gluten", "free" | "intolerant" | "sensitive")
        | ("celiac" | "coeliac", _) => {
            ("gluten-free diet", 1 + usize::from(ctx.word(i) == "gluten"))
        }
        ("dairy-free", _) | ("dairy", "free") => {
            ("dairy-free diet", 1 + usize::from(ctx.word(i) == "dairy"))
        }
        ("lactose", "intolerant" | "intolerance") | ("lactose-intolerant", _) => (
            "lactose intolerance",
            1 + usize::from(ctx.word(i) == "lactose"),
        ),
        ("keto" | "ketogenic", _) => ("keto diet", 1),
        ("paleo", _) => ("paleo diet", 1),
        ("kosher", _) => ("kosher diet", 1),
        ("halal", _) => ("halal diet", 1),
        // "I'm vegan-ish": mostly plants, not a vegan.
        ("plant-based" | "vegan-ish" | "vegetarian-ish" | "veggie-ish", _) | ("plant", "based") => {
            ("plant-based diet", 1 + usize::from(ctx.word(i) == "plant"))
        }
        ("diabetic", _) => ("diabetic diet", 1),
        ("low-carb", _) | ("low", "carb") => {
            ("low-carb diet", 1 + usize::from(ctx.word(i) == "low"))
        }
        ("teetotal" | "teetotaler" | "teetotaller" | "sober", _) => ("no alcohol", 1),
        ("intermittent", "fasting") => ("intermittent fasting", 2),
        _ => return None,
    })
}

/// "I can't eat gluten, celiac", "no meat please, vegetarian": a diet said alone after a
/// comma, closing its sentence, gives the reason for what came before.
pub(super) fn diet_after_comma(ctx: &Ctx, k: usize) -> Option<&'static str> {
    let (topic, len) = diet(ctx, k)?;
    super::alone_after_comma(ctx, k, k + len).then_some(topic)
}

/// "I (need / am trying to) eat more protein", "drink more water".
const MORE: &[Cue] = &[(&["eat", "more"], 0.7), (&["drink", "more"], 0.7)];

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    more_or_less(ctx, out);
    if !ctx.anchors.is_empty() {
        for k in 1..ctx.toks.len() {
            if let Some(topic) = diet_after_comma(ctx, k) {
                out.push(Found::fact(topic, 0.8));
            }
        }
    }
    // "I'm vegetarian but I (still / do) eat fish": what the diet lets in is a taste.
    let after_diet = ctx.after_contrast
        && ctx
            .previous
            .iter()
            .any(|f| f.kind == Kind::Fact && f.topic.ends_with("diet"));
    if after_diet {
        for &a in ctx.anchors {
            if let Some((end, _)) = ctx.seq(a, &["eat"]).or_else(|| ctx.seq(a, &["do", "eat"])) {
                for t in ctx.topics(end) {
                    out.push(Found::new(t, Polarity::Like, Kind::Preference, 0.6));
                }
            }
        }
    }
    // "As a vegan, what can I cook?", "as a vegetarian and someone who ...": the
    // speaker describes themself before asking.
    if ctx.word(0) == "as" && matches!(ctx.word(1), "a" | "an") {
        if let Some((topic, _)) = diet(ctx, 2) {
            out.push(Found::fact(topic, 0.9));
        }
    }
    // "As someone who is vegan, ...", "as someone with celiac disease, ...".
    if ctx.word(0) == "as" && matches!(ctx.word(1), "someone" | "somebody") {
        let at = match (ctx.word(2), ctx.word(3)) {
            ("who" | "that", "is" | "am" | "eats") => Some(4),
            ("with", _) => Some(3),
            _ => None,
        };
        let at = at.map(|k| k + usize::from(matches!(ctx.word(k), "a" | "an")));
        if let Some((topic, _)) = at.and_then(|k| diet(ctx, k)) {
            out.push(Found::fact(topic, 0.9));
        }
    }
    // "a condition that requires me to follow a low-sodium diet": a diet the speaker
    // must keep (not one someone asks for: "he asked me to follow a vegan diet").
    let required: Vec<usize> = (2..ctx.toks.len())
        .filter(|&k| {
            ctx.word(k - 1) == "me"
                && ctx.word(k) == "to"
                && matches!(
                    ctx.word(k - 2),
                    "requires" | "required" | "forces" | "forced"
                )
        })
        .map(|k| k + 1)
        .collect();
    // "I'm trying to lose weight", "I need to lose weight", "I'm on a diet": a goal
    // that meal and workout advice must serve.
    for &a in ctx.anchors {
        let goal = [
            &["am", "trying", "to", "lose", "weight"][..],
            &["want", "to", "lose", "weight"],
            &["need", "to", "lose", "weight"],
            &["am", "on", "a", "diet"],
        ]
        .iter()
        .find_map(|pat| ctx.seq(a, pat))
        // Not "a diet of pure coffee".
        .is_some_and(|(end, _)| ctx.word(end) != "of");
        if goal {
            out.push(Found::fact("trying to lose weight", 0.8));
        }
    }
    for &a in ctx.anchors.iter().chain(&required) {
        let opener = [
            &["am"][..],
            // "my partner and I are both vegetarian".
            &["are"],
            &["am", "a"],
            &["am", "on", "a"],
            &["am", "on"],
            // "I'm doing keto", "I do intermittent fasting".
            &["am", "doing"],
            &["have", "been", "doing"],
            &["do"],
            &["have", "been"],
            &["have", "been", "a"],
            &["went"],
            // "I've gone vegetarian this year", "I have turned vegan".
            &["have", "gone"],
            &["have", "turned"],
            &["turned"],
            &["became"],
            &["became", "a"],
            &["follow", "a"],
            &["adhere", "to", "a"],
            &["stick", "to", "a"],
            &["maintain", "a"],
            &["keep", "a"],
            &["eat", "a"],
            &["keep"],
            &["eat"],
            &["have", "celiac"],
            &["have", "lactose"],
        ];
        for pat in opener {
            let Some((mut end, _)) = ctx.seq(a, pat) else {
                continue;
            };
            if matches!(pat, ["have", "celiac" | "lactose"]) {
                end -= 1;
            }
            while matches!(
                ctx.word(end),
                "strict"
                    | "both"
                    | "full-time"
                    | "mostly"
                    | "mainly"
                    | "fully"
                    | "now"
                    | "completely"
                    | "pretty"
                    | "much"
                    | "a"
                    | "an"
                    | "lifelong"
                    | "practicing"
            ) {
                end += 1;
            }
            if diet(ctx, end).is_none() && matches!(pat.last(), Some(&"a")) {
                // "I follow a raw food diet", "I'm on a low-sodium diet"; commas may part
                // the modifiers ("a whole-food, plant-based diet", "a strict, low-sodium
                // diet").
                let start = end + usize::from(ctx.word(end) == ",");
                let words: Vec<&str> = ctx.toks[start.min(ctx.toks.len())..]
                    .iter()
                    .map(|t| t.w.as_str())
                    .filter(|w| *w != ",")
                    .take(6)
                    .collect();
                if let Some(d) = words.iter().position(|w| *w == "diet") {
                    let plain = |t: &Tok| !t.is_stop() || t.w == ",";
                    let stretch = &ctx.toks[start..];
                    if d > 0
                        && stretch.iter().take_while(|t| t.w != "diet").all(plain)
                        && words[..d].iter().all(|w| !matches!(*w, "i" | "and" | "my"))
                    {
                        out.push(Found::fact(words[..=d].join(" "), 0.9));
                        break;
                    }
                }
            }
            if let Some((topic, len)) = diet(ctx, end) {
                // "I eat vegan food sometimes" is a taste, not a diet: need "diet" or a state
                // verb. Eating halal or kosher is the diet itself ("I eat halal").
                // ("I eat keto": a diet by name, closing the clause; not "keto snacks".)
                let rests = ctx.toks.get(end + len).map_or(true, Tok::is_stop);
                let state = pat[0] == "do" && rests
                    || !matches!(pat[0], "eat" | "do")
                    || ctx.word(end + len) == "diet"
                    || matches!(topic, "halal diet" | "kosher diet")
                    || matches!(topic, "keto diet" | "paleo diet" | "low-carb diet") && rests;
                if state {
                    out.push(Found::fact(topic, 0.9));
                    break;
                }
            }
        }
    }
}

/// "I want to eat more fish and less meat": "eats more fish", "eats less meat". Not "I
/// eat more than my husband".
fn more_or_less(ctx: &Ctx, out: &mut Vec<Found>) {
    for (end, intensity) in ctx.anchored(MORE) {
        if ctx.word(end) == "than" {
            continue;
        }
        let verb = if ctx.word(end - 2) == "drink" {
            "drinks"
        } else {
            "eats"
        };
        for t in ctx.topics(end) {
            let (how, what) = match t.strip_prefix("less ") {
                Some(less) => ("less", less),
                None => ("more", t.as_str()),
            };
            out.push(Found::fact(format!("{verb} {how} {what}"), intensity));
        }
    }
}
