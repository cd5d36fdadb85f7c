//! "My truck is blue like my favorite color", "yellow and teal, my favorite colors",
//! "they are my favorite color orange", "summer is over, that is my favorite season",
//! "yellow, love that color": a colour or a season named beside the slot it fills.
//! Their words are closed lists, so the slot may reach back past other words to the
//! one it means.

use super::{Ctx, Found, Rule};
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "slot",
    description:
        "a colour or season beside its slot: X like my favorite color, X and Y, my favorite colors, my favorite season X, love that color",
    in_requests: false,
    apply,
};

const INTENSITY: f32 = 0.85;

/// How far back from the slot its filler may stand: "i will dye it red next, my
/// favorite color".
const REACH: usize = 7;

/// A slot whose fillers are a closed list.
#[derive(Clone, Copy)]
enum Slot {
    Color,
    Season,
}

impl Slot {
    fn of(w: &str) -> Option<Slot> {
        match w {
            // ("colour" is "color" once tokenized.)
            "color" | "colors" | "colours" => Some(Slot::Color),
            "season" | "seasons" => Some(Slot::Season),
            _ => None,
        }
    }

    /// The filler a word names: beside its slot "blues" is blue ("blues my favorite
    /// color", typed for "blue's"; "my favorite colors are greens").
    fn filler(self, w: &str) -> Option<&str> {
        match self {
            Slot::Color if is_color(w) => Some(w),
            Slot::Color => w.strip_suffix('s').filter(|c| is_color(c)),
            Slot::Season => {
                matches!(w, "summer" | "winter" | "spring" | "fall" | "autumn").then_some(w)
            }
        }
    }

    /// A word that makes a filler more exact: "navy blue", "hunter green", or a first
    /// colour of two ("red orange").
    fn shade(self, w: &str) -> bool {
        matches!(self, Slot::Color) && (is_shade(w) || is_color(w))
    }
}

/// A slot noun whose filler this rule reads: the favourite rule leaves these alone.
pub(super) fn is_slot(w: &str) -> bool {
    Slot::of(w).is_some()
}

/// A topic that is a colour and nothing else, as this rule says one: "blue", "navy
/// blue" (a colour liked is a look, [`crate::domain`] reads it so).
pub(crate) fn names_color(topic: &str) -> bool {
    match topic.split_once(' ') {
        None => is_color(topic),
        Some((shade, color)) => {
            (is_shade(shade) || is_color(shade)) && is_color(color) && !color.contains(' ')
        }
    }
}

/// A colour by itself.
fn is_color(w: &str) -> bool {
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

/// "favorite" as chat spells it (the tokenizer has made "favourite", "fav" and "fave"
/// "favorite" already).
fn is_favorite(w: &str) -> bool {
    matches!(w, "favorite" | "favorit" | "favourit")
}

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    for k in 1..ctx.toks.len() {
        let Some(slot) = Slot::of(ctx.word(k)) else {
            continue;
        };
        if is_favorite(ctx.word(k - 1)) {
            favorite_slot(ctx, slot, k, out);
        } else if let Some(polarity) = pointed_at(ctx, k) {
            let found = nearest(ctx, slot, k.saturating_sub(2), false)
                .or_else(|| last_filler(ctx, slot, k).map(|c| vec![c]));
            for c in found.into_iter().flatten() {
                out.push(Found::new(c, polarity, Kind::Preference, INTENSITY));
            }
        }
    }
}

/// "my favorite color(s)" at `k` (the slot): the fillers it names after it, else the
/// ones just before it. Only my own favourite: not "your", "her" or a question.
fn favorite_slot(ctx: &Ctx, slot: Slot, k: usize, out: &mut Vec<Found>) {
    let mut o = k - 1;
    while o > 0
        && matches!(
            ctx.word(o - 1),
            "so" | "very" | "absolute" | "all-time" | "new" | "all"
        )
    {
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
    // "my favorite color is seafoam": a copula names it even past the closed list.
    let copula = match (ctx.word(k + 1), ctx.word(k + 2)) {
        ("is" | "are" | "was", _) => Some(k + 2),
        ("has", "been") | ("would", "be") => Some(k + 3),
        _ => None,
    };
    let found = after(ctx, slot, k + 1, plural)
        .or_else(|| {
            let mut c = copula?;
            while matches!(ctx.word(c), "definitely" | "probably" | "still" | "always") {
                c += 1;
            }
            let named = ctx.topics(c);
            (!named.is_empty()).then_some(named)
        })
        .or_else(|| nearest(ctx, slot, owner, plural))
        // "i use purple a lot! it is by far my favorite color."
        .or_else(|| {
            (owner.saturating_sub(4)..owner)
                .any(|p| matches!(ctx.word(p), "it" | "its" | "that" | "which" | "this"))
                .then(|| last_filler(ctx, slot, owner).map(|c| vec![c]))
                .flatten()
        });
    for c in found.into_iter().flatten() {
        out.push(Found::new(c, Polarity::Like, Kind::Preference, INTENSITY));
    }
}

/// "(i) love that color", "i hate that colour", "a color i like a lot", "i love the
/// season": the slot stands for a filler said before; the verb says which way.
fn pointed_at(ctx: &Ctx, k: usize) -> Option<Polarity> {
    let verb = |w: &str| match w {
        "love" | "like" | "adore" => Some(Polarity::Like),
        "hate" | "dislike" | "detest" => Some(Polarity::Dislike),
        _ => None,
    };
    // ("i love the season" only where nothing names which one after it.)
    let the = ctx.word(k - 1) == "the" && ctx.toks.get(k + 1).map_or(true, |t| t.is_stop());
    if (matches!(ctx.word(k - 1), "that" | "this") || the) && k >= 2 {
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

/// The fillers named from token `k` on, past a copula: "is blue", "of orange", "are
/// black and red", ", navy blue"; a comma lists more only for a plural slot.
fn after(ctx: &Ctx, slot: Slot, k: usize, plural: bool) -> Option<Vec<String>> {
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
                | "the"
        )
    {
        p += 1;
    }
    let mut found = Vec::new();
    while let Some((c, end)) = phrase_at(ctx, slot, p) {
        found.push(c);
        // ("my favorite color is red, blue is nice": one colour fills one slot.)
        let joined = matches!(ctx.word(end), "and" | "or" | "&") || plural && ctx.word(end) == ",";
        if !(joined && phrase_at(ctx, slot, end + 1).is_some()) {
            break;
        }
        p = end + 1;
    }
    (!found.is_empty()).then_some(found)
}

/// A filler starting at `p` and the token after it: "navy blue", "red orange".
fn phrase_at(ctx: &Ctx, slot: Slot, p: usize) -> Option<(String, usize)> {
    let (w, next) = (ctx.word(p), ctx.word(p + 1));
    if let Some(c) = slot.filler(next).filter(|_| slot.shade(w)) {
        return Some((format!("{w} {c}"), p + 2));
    }
    slot.filler(w).map(|c| (c.to_owned(), p + 1))
}

/// The filler nearest before `end` within reach (and those joined to it by "and", or
/// for a plural slot listed with it), not across a contrast: "my eyes are blue, but i wish they were red like
/// my favorite color" means red.
fn nearest(ctx: &Ctx, slot: Slot, end: usize, plural: bool) -> Option<Vec<String>> {
    let from = end.saturating_sub(REACH);
    let at = (from..end)
        .rev()
        .take_while(|&p| {
            !matches!(
                ctx.word(p),
                "but" | "although" | "though" | "whereas" | "while"
            )
        })
        .find(|&p| slot.filler(ctx.word(p)).is_some())?;
    let mut found = Vec::new();
    let mut p = at;
    loop {
        let start = if p > 0 && slot.shade(ctx.word(p - 1)) {
            p - 1
        } else {
            p
        };
        let c = slot.filler(ctx.word(p)).unwrap_or_default();
        found.push(if start < p {
            format!("{} {c}", ctx.word(start))
        } else {
            c.to_owned()
        });
        // "yellow and teal, my favorite colors", "winter and fall is my favorite
        // season" (not "orange, but also yellow, like my favorite color").
        let mut q = start;
        while q > 0 && matches!(ctx.word(q - 1), "and" | "," | "or" | "&") {
            q -= 1;
        }
        let listed = plural || q + 1 == start && ctx.word(q) != ",";
        if !listed || q == start || q == 0 || slot.filler(ctx.word(q - 1)).is_none() {
            break;
        }
        p = q - 1;
    }
    found.reverse();
    Some(found)
}

/// The last filler named before token `end`, in this clause or the text before it
/// ("i crocheted a purple scarf. that is my favorite color").
fn last_filler(ctx: &Ctx, slot: Slot, end: usize) -> Option<String> {
    let here = ctx.toks[..end.min(ctx.toks.len())].iter().rev();
    let text = if ctx.before.is_empty() {
        ctx.earlier
    } else {
        ctx.before
    };
    // (Only the word itself so far off: "blues" is a mood as often.)
    here.chain(text.iter().rev())
        .find(|t| slot.filler(&t.w) == Some(t.w.as_str()))
        .map(|t| t.w.clone())
}
