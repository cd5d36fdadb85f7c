//! "My truck is blue like my favorite color", "yellow and teal, my favorite colors",
//! "they are my favorite color orange", "yellow, love that color": a colour named
//! beside the slot it fills. Colour words are a closed list, so the slot may reach
//! back past other words to the one it means.

use super::{Ctx, Found, Rule};
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "color",
    description:
        "a colour beside its slot: X like my favorite color, X and Y, my favorite colors, my favorite color X, love that color",
    in_requests: false,
    apply,
};

const INTENSITY: f32 = 0.85;

/// How far back from the slot a colour may stand: "i will dye it red next, my
/// favorite color".
const REACH: usize = 7;

/// A colour by itself.
pub(super) fn is_color(w: &str) -> bool {
    matches!(
        w,
        "red"
            | "orange"
            | "yellow"
            | "green"
            | "blue"
            | "purple"
            | "pink"
            | "black"
            | "white"
            | "grey"
            | "gray"
            | "brown"
            | "teal"
            | "turquoise"
            | "navy"
            | "maroon"
            | "violet"
            | "silver"
            | "gold"
            | "beige"
            | "lavender"
            | "lilac"
            | "magenta"
            | "indigo"
            | "burgundy"
            | "aqua"
            | "cyan"
            | "coral"
            | "crimson"
            | "scarlet"
    )
}

/// The colour a word names, plural or not: beside its slot "blues" is blue ("blues my
/// favorite color", typed for "blue's"; "my favorite colors are greens").
fn color_of(w: &str) -> Option<&str> {
    if is_color(w) {
        return Some(w);
    }
    w.strip_suffix('s').filter(|c| is_color(c))
}

/// A word that makes a colour more exact: "navy blue", "hunter green", "baby pink".
fn is_shade(w: &str) -> bool {
    matches!(
        w,
        "light"
            | "dark"
            | "baby"
            | "sky"
            | "navy"
            | "hunter"
            | "lime"
            | "forest"
            | "royal"
            | "hot"
            | "pastel"
            | "neon"
            | "bright"
            | "deep"
            | "pale"
            | "olive"
            | "emerald"
            | "midnight"
            | "electric"
    )
}

pub(super) fn is_slot(w: &str) -> bool {
    matches!(w, "color" | "colors" | "colour" | "colours")
}

/// "favorite" as chat spells it.
fn is_favorite(w: &str) -> bool {
    matches!(
        w,
        "favorite" | "favourite" | "fav" | "fave" | "favorit" | "favourit"
    )
}

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    for k in 1..ctx.toks.len() {
        if !is_slot(ctx.word(k)) {
            continue;
        }
        if is_favorite(ctx.word(k - 1)) {
            favorite_slot(ctx, k, out);
        } else if let Some(polarity) = that_color(ctx, k) {
            let found = nearest(ctx, k.saturating_sub(2), false)
                .or_else(|| last_color(ctx, k).map(|c| vec![c]));
            for c in found.into_iter().flatten() {
                out.push(Found::new(c, polarity, Kind::Preference, INTENSITY));
            }
        }
    }
}

/// "my favorite color(s)" at `k` (the slot): the colours it names after it, else
/// the ones just before it. Only my own favourite: not "your", "her" or a question.
fn favorite_slot(ctx: &Ctx, k: usize, out: &mut Vec<Found>) {
    let mut o = k - 1;
    while o > 0 && matches!(ctx.word(o - 1), "so" | "very" | "absolute" | "all-time") {
        o -= 1;
    }
    // Bare after "which is also", a comma or "like" ("orange juice which is also
    // favorite color").
    let mine = o == 0 || matches!(ctx.word(o - 1), "my" | "also" | "is" | "its" | "," | "like");
    if !mine {
        return;
    }
    let owner = if ctx.word(o.wrapping_sub(1)) == "my" {
        o - 1
    } else {
        o
    };
    let plural = ctx.word(k).ends_with('s');
    // "my favorite color is seafoam": a copula names it even past the colour list.
    let copula = match (ctx.word(k + 1), ctx.word(k + 2)) {
        ("is" | "are" | "was", _) => Some(k + 2),
        ("has", "been") | ("would", "be") => Some(k + 3),
        _ => None,
    };
    let found = after(ctx, k + 1, plural)
        .or_else(|| {
            let named = ctx.topics(copula?);
            (!named.is_empty()).then_some(named)
        })
        .or_else(|| nearest(ctx, owner, plural))
        // "i use purple a lot! it is by far my favorite color."
        .or_else(|| {
            (owner.saturating_sub(4)..owner)
                .any(|p| matches!(ctx.word(p), "it" | "its" | "that" | "which" | "this"))
                .then(|| last_color(ctx, owner).map(|c| vec![c]))
                .flatten()
        });
    for c in found.into_iter().flatten() {
        out.push(Found::new(c, Polarity::Like, Kind::Preference, INTENSITY));
    }
}

/// "(i) love that color", "i hate that colour", "a color i like a lot": the slot
/// stands for a colour said before; the verb says which way.
fn that_color(ctx: &Ctx, k: usize) -> Option<Polarity> {
    let verb = |w: &str| match w {
        "love" | "like" | "adore" => Some(Polarity::Like),
        "hate" | "dislike" | "detest" => Some(Polarity::Dislike),
        _ => None,
    };
    if matches!(ctx.word(k - 1), "that" | "this") && k >= 2 {
        let polarity = verb(ctx.word(k - 2))?;
        let before = ctx.word(k.wrapping_sub(3));
        // Mine, said or with "i" dropped; "do not like that color" turns it.
        let negated = matches!(before, "not" | "don't" | "dont" | "never");
        if negated {
            return (polarity == Polarity::Like).then_some(Polarity::Dislike);
        }
        return (k == 2
            || matches!(
                before,
                "i" | "," | "really" | "just" | "so" | "also" | "totally" | "absolutely"
            ))
        .then_some(polarity);
    }
    // "red, a color i like a lot".
    if matches!(ctx.word(k - 1), "a" | "the") && ctx.word(k + 1) == "i" {
        let mut v = k + 2;
        while matches!(ctx.word(v), "really" | "just" | "also" | "do") {
            v += 1;
        }
        return verb(ctx.word(v));
    }
    None
}

/// The colours named from token `k` on, past a copula: "is blue", "of orange",
/// "are black and red", ", navy blue"; a comma lists more only for "colors".
fn after(ctx: &Ctx, k: usize, plural: bool) -> Option<Vec<String>> {
    let mut p = k;
    // ("my favorite color, which is grey", "happens to be red", "along with red".)
    while p < k + 4
        && matches!(
            ctx.word(p),
            "is" | "are"
                | "was"
                | "="
                | ":"
                | "-"
                | ","
                | "of"
                | "has"
                | "been"
                | "would"
                | "be"
                | "always"
                | "definitely"
                | "probably"
                | "still"
                | "and"
                | "which"
                | "happens"
                | "to"
                | "along"
                | "with"
        )
    {
        p += 1;
    }
    let mut found = Vec::new();
    while let Some((c, end)) = phrase_at(ctx, p) {
        found.push(c);
        // ("my favorite color is red, blue is nice": one colour fills one slot.)
        let joined = matches!(ctx.word(end), "and" | "or" | "&") || plural && ctx.word(end) == ",";
        if !(joined && phrase_at(ctx, end + 1).is_some()) {
            break;
        }
        p = end + 1;
    }
    (!found.is_empty()).then_some(found)
}

/// A colour phrase starting at `p` and the token after it: "navy blue", "red orange".
fn phrase_at(ctx: &Ctx, p: usize) -> Option<(String, usize)> {
    let (w, next) = (ctx.word(p), ctx.word(p + 1));
    if let Some(c) = color_of(next).filter(|_| is_shade(w) || is_color(w)) {
        return Some((format!("{w} {c}"), p + 2));
    }
    color_of(w).map(|c| (c.to_owned(), p + 1))
}

/// The colour nearest before `end` within reach (and, for "colors", those listed
/// with it), not across a contrast: "my eyes are blue, but i wish they were red like
/// my favorite color" means red.
fn nearest(ctx: &Ctx, end: usize, plural: bool) -> Option<Vec<String>> {
    let from = end.saturating_sub(REACH);
    let at = (from..end)
        .rev()
        .take_while(|&p| {
            !matches!(
                ctx.word(p),
                "but" | "although" | "though" | "whereas" | "while"
            )
        })
        .find(|&p| color_of(ctx.word(p)).is_some())?;
    let mut found = Vec::new();
    let mut p = at;
    loop {
        let start = if p > 0 && (is_shade(ctx.word(p - 1)) || is_color(ctx.word(p - 1))) {
            p - 1
        } else {
            p
        };
        let c = color_of(ctx.word(p)).unwrap_or_default();
        found.push(if start < p {
            format!("{} {c}", ctx.word(start))
        } else {
            c.to_owned()
        });
        // "yellow and teal, my favorite colors", "a red and blue collar".
        let mut q = start;
        while q > 0 && matches!(ctx.word(q - 1), "and" | "," | "or" | "&") {
            q -= 1;
        }
        if !plural || q == start || q == 0 || color_of(ctx.word(q - 1)).is_none() {
            break;
        }
        p = q - 1;
    }
    found.reverse();
    Some(found)
}

/// The last colour named before token `end`, in this clause or the text before it
/// ("i crocheted a purple scarf. that is my favorite color").
fn last_color(ctx: &Ctx, end: usize) -> Option<String> {
    let here = ctx.toks[..end.min(ctx.toks.len())].iter().rev();
    let text = if ctx.before.is_empty() {
        ctx.earlier
    } else {
        ctx.before
    };
    here.chain(text.iter().rev())
        .find(|t| is_color(&t.w))
        .map(|t| t.w.clone())
}
