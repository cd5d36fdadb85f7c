//! Someone else's taste that the user says they share: "my kids love pizza like I
//! do", "he hates cats. So do I.", "my son doesn't eat meat, and neither do I".
//!
//! Other people's tastes never match a rule (see the anchors in `mod.rs`); when the
//! user joins in, the statement is restated in the first person ("i love pizza"),
//! keeping each word's place in the text, and read like any other sentence.

use super::text::{Tok, COMMA};

/// Words ending a statement that say "me as well".
const AGREE: &[&[&str]] = &[
    &["like", "i", "do"],
    &["as", "i", "do"],
    &["as", "much", "as", "i", "do"],
    &["just", "like", "i", "do"],
    &["so", "do", "i"],
    &["as", "do", "i"],
    &["which", "i", "do"],
    &["i", "do", "too"],
    &["and", "i", "do", "too"],
    &["me", "too"],
];

/// Words ending a negated statement that say "me neither".
const AGREE_NOT: &[&[&str]] = &[
    &["neither", "do", "i"],
    &["nor", "do", "i"],
    &["me", "neither"],
    &["i", "do", "not", "either"],
];

/// Words a reply may open with before agreeing: "but then again, so do I".
fn is_lead(w: &str) -> bool {
    matches!(
        w,
        "and" | "but" | "well" | "then" | "again" | "though" | "lol" | "haha" | "oh" | "yes"
    ) || w == COMMA
}

/// The sentence restated as the user's own, when it ends by agreeing with a taste
/// someone else holds in it ("he hates cats like I do").
pub(crate) fn within(toks: &[Tok]) -> Option<Vec<Tok>> {
    // The agreement closes the clause: nothing but a laugh before the next stop
    // ("... as much as I do, so plan a trip"), unlike "like I do every day".
    (1..toks.len()).rev().find_map(|at| {
        let rest = &toks[at..];
        let (n, negated) = agreement(rest)?;
        let closes = rest[n..]
            .iter()
            .take_while(|t| !t.is_stop())
            .all(|t| matches!(t.w.as_str(), "lol" | "haha" | "too" | "by" | "the" | "way"));
        let mut end = at;
        while end > 0 && (toks[end - 1].w == COMMA || toks[end - 1].w == "and") {
            end -= 1;
        }
        if closes {
            restate(&toks[..end], negated)
        } else {
            None
        }
    })
}

/// The sentence before restated as the user's own, when this one only agrees with
/// it ("My brother hates cats. So do I.").
pub(crate) fn after(toks: &[Tok], earlier: &[Tok]) -> Option<Vec<Tok>> {
    // Agreeing with a question ("Do you like cats? Me too.") states nothing.
    if earlier.first().is_none_or(|t| {
        matches!(
            t.w.as_str(),
            "do" | "does"
                | "did"
                | "are"
                | "is"
                | "would"
                | "will"
                | "can"
                | "what"
                | "how"
                | "who"
        )
    }) {
        return None;
    }
    let lead = toks.iter().take_while(|t| is_lead(&t.w)).count();
    let rest: Vec<Tok> = toks[lead..]
        .iter()
        .filter(|t| !t.is_stop())
        .cloned()
        .collect();
    match agreement(&rest) {
        Some((n, negated)) if n == rest.len() => restate(earlier, negated),
        _ => None,
    }
}

/// How many tokens an agreement phrase at the start of `toks` spans, and whether it
/// agrees with a negation.
fn agreement(toks: &[Tok]) -> Option<(usize, bool)> {
    let starts = |p: &[&str]| toks.len() >= p.len() && toks.iter().zip(p).all(|(t, w)| t.w == *w);
    AGREE
        .iter()
        .find(|p| starts(p))
        .map(|p| (p.len(), false))
        .or_else(|| {
            AGREE_NOT
                .iter()
                .find(|p| starts(p))
                .map(|p| (p.len(), true))
        })
}

/// "my kids love pizza" → "i love pizza": the subject before the taste verb becomes
/// "i" and the verb loses its third-person ending. None when the statement has no
/// taste verb of someone else's, is mine already, is modal ("you will like it"), or
/// its negation does not match the agreement's.
fn restate(toks: &[Tok], negated: bool) -> Option<Vec<Tok>> {
    let v = toks
        .iter()
        .position(|t| taste_verb(&t.w).is_some() || t.w == "does")?;
    if toks[v].w == "does" && toks.get(v + 1).is_none_or(|t| t.w != "not") {
        return None;
    }
    let denies = toks[v..]
        .iter()
        .any(|t| matches!(t.w.as_str(), "not" | "never"));
    if denies != negated {
        return None;
    }
    // Back over adverbs to the subject: "my son also really loves ...".
    let mut a = v;
    while a > 0 && is_adverb(&toks[a - 1].w) {
        a -= 1;
    }
    let subject = toks.get(a.checked_sub(1)?)?;
    if subject.is_stop() || !is_subject_end(&subject.w) {
        return None;
    }
    let mut out = Vec::with_capacity(toks.len() - a + 1);
    out.push(Tok {
        w: "i".to_owned(),
        start: subject.start,
        end: subject.end,
    });
    for (k, t) in toks[a..].iter().enumerate() {
        let w = if a + k == v {
            taste_verb(&t.w).map_or("do", |base| base).to_owned()
        } else {
            t.w.clone()
        };
        out.push(Tok { w, ..t.clone() });
    }
    Some(out)
}

/// The base form of a taste verb ("loves" → "love").
fn taste_verb(w: &str) -> Option<&'static str> {
    const VERBS: &[&str] = &[
        "love", "like", "hate", "enjoy", "adore", "dislike", "prefer", "detest", "loathe",
        "despise",
    ];
    let base = w.strip_suffix('s').unwrap_or(w);
    VERBS.iter().copied().find(|v| *v == base || *v == w)
}

fn is_adverb(w: &str) -> bool {
    matches!(
        w,
        "really"
            | "also"
            | "just"
            | "totally"
            | "absolutely"
            | "all"
            | "both"
            | "still"
            | "so"
            | "truly"
            | "too"
    )
}

/// What may close a subject: a noun, a name or a pronoun, not a modal, an infinitive
/// or the user themself.
fn is_subject_end(w: &str) -> bool {
    !matches!(
        w,
        "i" | "to"
            | "would"
            | "will"
            | "should"
            | "could"
            | "might"
            | "must"
            | "may"
            | "can"
            | "not"
            | "do"
            | "did"
            | "if"
            | "what"
            | "whether"
            | "and"
            | "or"
            | "like"
            | "as"
    )
}
