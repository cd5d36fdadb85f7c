//! "Do you like comics? I do.", "do you like popcorn, i do not at all": a short answer
//! to a question about a taste takes the taste from the question.

use super::{Ctx, Found, Rule};
use crate::extract::text::Tok;
use crate::extract::topic;
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "answer",
    description: "short answers to a question about a taste: do you like X? I do / I don't",
    in_requests: false,
    apply,
};

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    if ctx.word(0) != "i" || !ctx.before.is_empty() {
        return;
    }
    let mut k = 1;
    while matches!(
        ctx.word(k),
        "sure" | "really" | "definitely" | "totally" | "also" | "absolutely"
    ) {
        k += 1;
    }
    if ctx.word(k) != "do" {
        return;
    }
    let not = ctx.word(k + 1) == "not";
    let end = k + 1 + usize::from(not);
    // The answer is all there is: "i do", "i do too", "i do not at all", "i do, ...".
    let alone = match (ctx.word(end), ctx.word(end + 1)) {
        ("", _) | ("too" | "either" | "lol", _) | ("at", "all") => true,
        (w, _) => w == "," || ctx.toks[end].is_stop(),
    };
    if !alone {
        return;
    }
    let Some(asked) = asked(ctx.earlier) else {
        return;
    };
    let (polarity, intensity) = if not {
        (Polarity::Dislike, 0.6)
    } else {
        (Polarity::Like, 0.6)
    };
    out.push(Found::new(asked, polarity, Kind::Preference, intensity));
}

/// The taste a question just before asked about: "do you like (to) X", "does anyone
/// like X".
pub(crate) fn asked(q: &[Tok]) -> Option<String> {
    let w = |i: usize| q.get(i).map_or("", |t| t.w.as_str());
    let at = (0..q.len()).find(|&i| {
        matches!(
            (w(i), w(i + 1)),
            ("do", "you") | ("does", "anyone" | "anybody")
        ) && matches!(w(i + 2), "like" | "love" | "enjoy")
    })? + 3;
    // ("do you like to dance": the topic of "to dance" is the activity, "dancing".)
    topic::topic(q, at).filter(|t| !matches!(t.as_str(), "it" | "that" | "them" | "this"))
}
