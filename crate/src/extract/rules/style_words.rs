//! "Please don't use the word "delve"", "stop saying 'great question'", "I hate the
//! phrase "I hope this helps"", "never start with "Certainly!"": words the answers must
//! leave out. The word itself is
//! often quoted, and quotations are masked from the other rules, so this one reads it
//! from the message as typed.

use super::{negated, Ctx, Found, Rule};
use crate::extract::text::quotations_after;
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "style_words",
    description: "banned words: don't use / stop saying / I hate the word or phrase X, don't start with \"X\"",
    in_requests: true,
    apply,
};

/// A quoted word is cut to this many characters: a phrase, not a paragraph.
const MAX_QUOTED: usize = 60;

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    openers(ctx, out);
    said_verbatim(ctx, out);
    for i in 2..ctx.toks.len() {
        let noun = match ctx.word(i) {
            "word" | "words" => "word",
            "phrase" | "phrases" | "expression" | "expressions" => "phrase",
            _ => continue,
        };
        if ctx.word(i - 1) != "the" {
            continue;
        }
        let verb = i - 2;
        let banned = match ctx.word(verb) {
            // "don't use", "never say", "stop using", "avoid writing".
            // "You keep using the word delve": a complaint.
            "use" | "using" | "say" | "saying" | "write" | "writing" => {
                verb > 0 && matches!(ctx.word(verb - 1), "not" | "never" | "stop" | "avoid")
                    || verb > 1 && ctx.word(verb - 1) == "keep" && ctx.word(verb - 2) == "you"
            }
            // "I hate the word moist": mine, not someone else's.
            "hate" | "dislike" | "detest" | "loathe" => ctx.anchors.contains(&verb),
            _ => false,
        };
        if !banned {
            continue;
        }
        let mut said = quoted(ctx, i);
        if said.is_empty() {
            said.extend(plain(ctx, i + 1));
        }
        for what in said {
            out.push(Found::new(
                format!("the {noun} {what}"),
                Polarity::Dislike,
                Kind::Style,
                0.8,
            ));
        }
    }
}

/// "Never start with "Great question"", "I don't like when answers open with
/// "Certainly!"", "don't end with "Let me know if ..."": an opening or closing phrase refused. Only a quoted one: "start with the basics"
/// asks for something.
fn openers(ctx: &Ctx, out: &mut Vec<Found>) {
    for i in 1..ctx.toks.len() {
        let opens = matches!(
            ctx.word(i - 1),
            "start"
                | "starts"
                | "starting"
                | "open"
                | "opens"
                | "opening"
                | "begin"
                | "begins"
                | "beginning"
                | "end"
                | "ends"
                | "ending"
                | "finish"
                | "close"
        );
        if ctx.word(i) != "with" || !opens || !negated(ctx, i.saturating_sub(7), i - 1) {
            continue;
        }
        for what in quoted(ctx, i) {
            let noun = if what.contains(' ') { "phrase" } else { "word" };
            let what = what.trim_end_matches(['!', '.', ',', '?']).to_owned();
            out.push(Found::new(
                format!("the {noun} {what}"),
                Polarity::Dislike,
                Kind::Style,
                0.8,
            ));
        }
    }
}

/// "Stop saying "I hope this helps"", "never write 'as an AI'": the quoted words right
/// after a refused verb of saying.
fn said_verbatim(ctx: &Ctx, out: &mut Vec<Found>) {
    for i in 1..ctx.toks.len() {
        let says = matches!(
            ctx.word(i),
            "say" | "saying" | "use" | "using" | "write" | "writing"
        );
        if !says || !matches!(ctx.word(i - 1), "not" | "never" | "stop" | "avoid") {
            continue;
        }
        // (Only quotes right after the verb: "the word "X"" is read by `apply`.)
        if matches!(ctx.word(i + 1), "the" | "words" | "phrases") {
            continue;
        }
        let mut said = quoted(ctx, i);
        // "Stop saying great question": unquoted, only an assistant's stock phrase
        // ("stop saying you can't" is no phrase to ban).
        if said.is_empty() && matches!(ctx.word(i), "say" | "saying") {
            said.extend(
                plain(ctx, i + 1)
                    .and_then(|p| STOCK.iter().find(|s| p.starts_with(*s)))
                    .map(|s| (*s).to_owned()),
            );
        }
        for what in said {
            let noun = if what.contains(' ') { "phrase" } else { "word" };
            out.push(Found::new(
                format!("the {noun} {what}"),
                Polarity::Dislike,
                Kind::Style,
                0.8,
            ));
        }
    }
}

/// What assistants say by rote, which a person may ban without quoting it.
const STOCK: &[&str] = &[
    "great question",
    "good question",
    "as an ai",
    "i hope this helps",
    "hope this helps",
    "certainly",
    "absolutely",
    "happy to help",
    "let me know if",
];

/// The texts in the double quotes right after token `noun`, lower case, without their
/// marks (`text::quotations_after`).
fn quoted(ctx: &Ctx, noun: usize) -> Vec<String> {
    let Some(end) = ctx.toks.get(noun).map(|t| t.end) else {
        return Vec::new();
    };
    quotations_after(ctx.text, end)
        .into_iter()
        .filter_map(|r| {
            let marked = &ctx.text[r];
            let inner = marked
                .trim_start_matches(['"', '\u{201C}'])
                .trim_end_matches(['"', '\u{201D}'])
                .trim()
                .trim_end_matches(['.', ',', '!', '?']);
            let what: String = inner
                .chars()
                .take(MAX_QUOTED)
                .flat_map(char::to_lowercase)
                .collect();
            (!what.is_empty()).then_some(what)
        })
        .collect()
}

/// Up to three plain words from `at` ("the word delve in your answers" -> "delve").
fn plain(ctx: &Ctx, at: usize) -> Option<String> {
    let words: Vec<&str> = ctx.toks[at.min(ctx.toks.len())..]
        .iter()
        .take_while(|t| {
            !t.is_stop()
                && !matches!(
                    t.w.as_str(),
                    "in" | "when"
                        | "again"
                        | "anymore"
                        | "please"
                        | "ever"
                        | "and"
                        | "or"
                        | "because"
                        | "so"
                        | "with"
                        | "to"
                        | "for"
                )
        })
        .take(3)
        .map(|t| t.w.as_str())
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}
