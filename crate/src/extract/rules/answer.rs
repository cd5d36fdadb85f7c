//! "Do you like comics? I do.", "do you like popcorn, i do not at all": a short answer
//! to a question about a taste takes the taste from the question.

use super::{Ctx, Found, Rule};
use crate::extract::text::{Tok, COMMA};
use crate::extract::topic;
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "answer",
    description: "short answers to a question about a taste: do you like X? I do / I don't; X? never again; anything with X, I'm in",
    in_requests: false,
    apply,
};

/// "Spicy food? Bring it on.", "Horror movies? Hard pass.", "Ryanair? Never again.": a
/// bare thing asked of oneself, then a verdict that is the whole of the next sentence.
fn verdict_on_asked(ctx: &Ctx, out: &mut Vec<Found>) {
    // (Every clause passes here: the verdicts are three words at most, stops aside.)
    if ctx.toks.len() > 5 {
        return;
    }
    let words: Vec<&str> = ctx
        .toks
        .iter()
        .filter(|t| !t.is_stop())
        .map(|t| t.w.as_str())
        .collect();
    let polarity = match words[..] {
        ["bring", "it", "on"] | ["count", "me", "in"] | ["yes", "please"] | ["hell", "yes"] => {
            Polarity::Like
        }
        // ("Ryanair? Never again.")
        ["hard", "pass"] | ["no", "thanks"] | ["hell", "no"] | ["pass"] | ["never", "again"] => {
            Polarity::Dislike
        }
        _ => return,
    };
    let q = ctx.earlier;
    let bare = (1..=3).contains(&q.len())
        && q.iter()
            .all(|t| !t.is_stop() && !topic::is_function_word(&t.w) && !topic::is_number(&t.w));
    if let Some(t) = bare.then(|| topic::topic_until(q, 0, q.len())).flatten() {
        out.push(Found::new(t, polarity, Kind::Preference, 0.6));
    }
}

/// "Anything with truffle, I'm in", "anything involving dogs, count me in": whatever
/// holds the thing named before the comma is welcome.
fn in_for_anything(ctx: &Ctx, out: &mut Vec<Found>) {
    let t = ctx.toks;
    // The comma, in this clause or just before it.
    let (named, verdict) = match t.iter().position(|x| x.w == COMMA) {
        Some(c) if ctx.before.is_empty() => (&t[..c], &t[c + 1..]),
        _ => (ctx.before, t),
    };
    let words: Vec<&str> = verdict
        .iter()
        .filter(|x| !x.is_stop())
        .map(|x| x.w.as_str())
        .collect();
    let welcome = matches!(
        words[..],
        ["i", "am", "in"] | ["count", "me", "in"] | ["sign", "me", "up"] | ["i", "am", "sold"]
    );
    let end = named.len() - usize::from(named.last().is_some_and(Tok::is_stop));
    let anything = end >= 3
        && named[0].w == "anything"
        && matches!(named[1].w.as_str(), "with" | "involving" | "containing");
    if let Some(t) = (welcome && anything)
        .then(|| topic::topic_until(named, 2, end))
        .flatten()
    {
        out.push(Found::new(t, Polarity::Like, Kind::Preference, 0.7));
    }
}

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    if ctx.before.is_empty() {
        verdict_on_asked(ctx, out);
    }
    in_for_anything(ctx, out);
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
