//! "I code in Rust", "use Python", "examples in TypeScript", "I'm a Go developer": programming language.

use super::{is_request, negated, Ctx, Found, Rule};
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "style_programming",
    description: "programming language: I code in X, use X, examples in X, I'm an X developer",
    in_requests: true,
    apply,
};

/// The language's canonical name; ambiguous names ("go", "c", "r") only count after a coding verb.
fn language(w: &str) -> Option<(&'static str, bool)> {
    Some(match w {
        "rust" => ("rust", false),
        "python" => ("python", false),
        "javascript" | "js" => ("javascript", false),
        "typescript" | "ts" => ("typescript", false),
        "golang" => ("go", false),
        "go" => ("go", true),
        "java" => ("java", false),
        "kotlin" => ("kotlin", false),
        "swift" => ("swift", true),
        "ruby" => ("ruby", true),
        "php" => ("php", false),
        "haskell" => ("haskell", false),
        "scala" => ("scala", false),
        "elixir" => ("elixir", false),
        "clojure" => ("clojure", false),
        "ocaml" => ("ocaml", false),
        "c++" | "cpp" => ("c++", false),
        "c#" | "csharp" => ("c#", false),
        "c" => ("c", true),
        "r" => ("r", true),
        "julia" => ("julia", true),
        "lua" => ("lua", false),
        "dart" => ("dart", true),
        "zig" => ("zig", false),
        "perl" => ("perl", false),
        "sql" => ("sql", false),
        "bash" => ("bash", false),
        "powershell" => ("powershell", false),
        "matlab" => ("matlab", false),
        "fortran" => ("fortran", false),
        "solidity" => ("solidity", false),
        _ => return None,
    })
}

/// A programming language's name ("I work in Go": a language, not a workplace).
pub(crate) fn is_language(w: &str) -> bool {
    language(w).is_some()
}

fn is_code_verb(w: &str) -> bool {
    matches!(
        w,
        "code"
            | "coding"
            | "program"
            | "programming"
            | "develop"
            | "write"
            | "writing"
            | "work"
            | "working"
            | "examples"
            | "snippets"
            | "script"
            | "scripts"
            | "answers"
            | "implement"
            | "solutions"
            | "build"
            | "building"
            | "built"
    )
}

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    let first_person = !ctx.anchors.is_empty();
    if !first_person && !is_request(ctx) {
        return;
    }
    for i in 0..ctx.toks.len() {
        let Some((name, ambiguous)) = language(ctx.word(i)) else {
            continue;
        };
        let prev = ctx.word(i.wrapping_sub(1));
        let prev2 = ctx.word(i.wrapping_sub(2));
        let next = ctx.word(i + 1);
        // "code in rust", "use python", "a rust developer", "rust examples".
        // ("I'm on Python 3.12".)
        let on_version = prev == "on" && prev2 == "am";
        // "I use React with TypeScript": the language a framework is used with.
        let with_framework = prev == "with"
            && (i.saturating_sub(5)..i)
                .any(|k| is_code_verb(ctx.word(k)) || matches!(ctx.word(k), "use" | "using"));
        let after_verb = on_version
            || with_framework
            || matches!(prev, "in" | "use" | "using")
                && (prev != "in"
                    || is_code_verb(prev2)
                    || (i.saturating_sub(5)..i).any(|k| is_code_verb(ctx.word(k))));
        let developer = matches!(
            next,
            "developer"
                | "dev"
                | "programmer"
                | "engineer"
                | "code"
                | "examples"
                | "snippets"
                | "scripts"
        );
        let mentioned =
            // ("give me TypeScript, not JavaScript".)
            matches!(
                prev,
                "in" | "use" | "using" | "prefer" | "write" | "mostly" | "me" | "not"
            ) || developer;
        if !(after_verb || developer || !ambiguous && mentioned) {
            continue;
        }
        // "I don't want code in Python": the negation may sit before the verb, but not
        // across a comma ("I don't like Java, I use Python").
        let from = (i.saturating_sub(5)..i)
            .rev()
            .find(|&k| ctx.toks[k].is_stop())
            .map_or(i.saturating_sub(5), |k| k + 1);
        // Only when the negation is said of the language: "don't use semicolons in
        // JavaScript" refuses the semicolons, and says the person writes JavaScript.
        let refused = (from..i)
            .rev()
            .find(|&k| negated(ctx, k, k + 1))
            .is_some_and(|k| {
                (k + 1..i).all(|j| {
                    is_code_verb(ctx.word(j))
                        || matches!(
                            ctx.word(j),
                            "use"
                                | "using"
                                | "in"
                                | "any"
                                | "me"
                                | "give"
                                | "the"
                                | "a"
                                | "with"
                                | "want"
                                | "like"
                                | "more"
                                | "to"
                                | "see"
                        )
                })
            });
        let polarity = if refused {
            Polarity::Dislike
        } else {
            Polarity::Like
        };
        out.push(Found::new(
            format!("{name} code examples"),
            polarity,
            Kind::Style,
            0.75,
        ));
    }
}
