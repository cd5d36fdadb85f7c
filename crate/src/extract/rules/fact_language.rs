//! "I speak Spanish and English", "my native language is Portuguese", "English is my
//! second language": the languages the person speaks, which decide how plainly to
//! write, what to translate and how to get by abroad.

use super::{is_language, Ctx, Found, Rule};

pub(crate) const RULE: Rule = Rule {
    name: "fact_language",
    description: "language facts: I speak X (and Y), my native / first language is X, X is my second language",
    in_requests: false,
    apply,
};

/// "native", "first", "mother" (tongue): the language one grew up with.
fn is_native(w: &str) -> bool {
    matches!(w, "native" | "first" | "mother")
}

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    // "I speak Spanish and English", "I speak a little French", "I speak fluent German".
    for &a in ctx.anchors {
        let Some((mut at, _)) = ctx.seq(a, &["speak"]) else {
            continue;
        };
        if ctx.toks[a..at].iter().any(|t| t.w == "to") {
            // "I want to speak French": a wish.
            continue;
        }
        // "I speak Spanish and a little French": each language with how well.
        loop {
            let mut level = "";
            while matches!(ctx.word(at), "fluent" | "some" | "basic" | "decent") {
                level = if ctx.word(at) == "fluent" {
                    "fluent "
                } else {
                    "some "
                };
                at += 1;
            }
            if ctx.word(at) == "a" && matches!(ctx.word(at + 1), "little" | "bit") {
                level = "a little ";
                at += 2 + usize::from(ctx.word(at + 2) == "of");
            }
            if !is_language(ctx.word(at)) {
                break;
            }
            out.push(Found::fact(format!("speaks {level}{}", ctx.word(at)), 0.8));
            if !matches!(ctx.word(at + 1), "and" | ",") {
                break;
            }
            at += 2 + usize::from(ctx.word(at + 2) == "and");
        }
    }
    // "I'm fluent in Spanish", "I'm a native German speaker".
    for &a in ctx.anchors {
        if let Some((at, _)) = ctx.seq(a, &["am", "fluent", "in"]) {
            if is_language(ctx.word(at)) {
                out.push(Found::fact(format!("speaks fluent {}", ctx.word(at)), 0.8));
            }
        }
        if let Some((at, _)) = ctx.seq(a, &["am", "a"]) {
            if is_native(ctx.word(at))
                && is_language(ctx.word(at + 1))
                && ctx.word(at + 2) == "speaker"
            {
                out.push(Found::fact(
                    format!("a native {} speaker", ctx.word(at + 1)),
                    0.85,
                ));
            }
        }
    }
    // "My native language is Portuguese", "my first language is Spanish".
    let native = ctx.word(0) == "my"
        && is_native(ctx.word(1))
        && matches!(ctx.word(2), "language" | "tongue")
        && ctx.word(3) == "is";
    if native && is_language(ctx.word(4)) {
        out.push(Found::fact(
            format!("a native {} speaker", ctx.word(4)),
            0.85,
        ));
    }
    // "English is my second language", "English isn't my first language".
    let lang = ctx.word(0);
    if is_language(lang) && ctx.word(1) == "is" {
        let second = ctx.seq(2, &["my", "second", "language"]).is_some()
            || ctx.seq(2, &["not", "my", "first", "language"]).is_some()
            || ctx.seq(2, &["not", "my", "native", "language"]).is_some();
        if second {
            out.push(Found::fact(
                format!("speaks {lang} as a second language"),
                0.85,
            ));
        } else if ctx.seq(2, &["my", "native", "language"]).is_some()
            || ctx.seq(2, &["my", "first", "language"]).is_some()
        {
            out.push(Found::fact(format!("a native {lang} speaker"), 0.85));
        }
    }
}
