//! "I live in Lyon", "I'm from Ohio", "I'm based in Berlin", "I moved (from Ohio) to Texas": where the person lives.

use super::{Ctx, Found, Rule};
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "fact_location",
    description:
        "location facts: I live in X, I'm from X, I'm based in X, I moved (from W) to X, I'm moving to X, a nurse living in X or in X, I work remotely from X, I'm Canadian",
    in_requests: false,
    apply,
};

/// Words that end a place name.
fn ends_place(w: &str) -> bool {
    matches!(
        w,
        "with"
            // ("I moved to Denver from Miami".)
            | "from"
            | "near"
            | "for"
            | "since"
            | "and"
            | "but"
            | "because"
            | "by"
            | "at"
            | "on"
            | "where"
            | "now"
            | "right"
            | "currently"
            | "too"
            | "as"
            | "so"
            | "which"
            | "who"
            | "that"
            | "alone"
            | "together"
            | "here"
            | "there"
            | "in"
            | "when"
            | "while"
            | "though"
            | "lol"
            | "haha"
            | "is"
            | "was"
            | "are"
            | "i"
            | "or"
            | "also"
            | "originally"
            | "nowadays"
            | "anymore"
            | "these"
            | "after"
            | "before"
            | "about"
            | "ago"
            | "last"
            // ("I'm moving to Denver next month", "... this summer".)
            | "next"
            | "this"
            | "soon"
            | "later"
            | "years"
            // "hey i'm from new york how are you".
            | "how"
            | "you"
            | "what"
    )
}

/// A field of study or work, written with a capital as often as a place.
fn is_field(w: &str) -> bool {
    matches!(
        w,
        "physics"
            | "chemistry"
            | "biology"
            | "math"
            | "mathematics"
            | "economics"
            | "history"
            | "computer"
            | "science"
            | "engineering"
            | "law"
            | "medicine"
            | "psychology"
            | "english"
            | "literature"
            | "art"
            | "music"
            | "philosophy"
            | "marketing"
            | "finance"
            | "it"
    )
}

/// A word of a stay rather than a home ("this week", "for work", "visiting").
fn stay(ctx: &Ctx) -> bool {
    ctx.toks.iter().any(|t| {
        matches!(
            t.w.as_str(),
            "this"
                | "today"
                | "tonight"
                | "tomorrow"
                | "week"
                | "weekend"
                | "month"
                | "for"
                | "until"
                | "till"
                | "visiting"
                | "vacation"
                | "holiday"
                | "trip"
                | "right"
                | "currently"
                | "next"
                | "still"
                | "stuck"
        )
    })
}

/// The country a nationality names, as "I'm from ..." stores it.
fn nation(w: &str) -> Option<&'static str> {
    Some(match w {
        "american" => "us",
        "british" => "uk",
        "english" => "england",
        "scottish" => "scotland",
        "welsh" => "wales",
        "irish" => "ireland",
        "canadian" => "canada",
        "australian" => "australia",
        "german" => "germany",
        "french" => "france",
        "italian" => "italy",
        "spanish" => "spain",
        "portuguese" => "portugal",
        "dutch" => "netherlands",
        "swedish" => "sweden",
        "norwegian" => "norway",
        "danish" => "denmark",
        "finnish" => "finland",
        "polish" => "poland",
        "mexican" => "mexico",
        "brazilian" => "brazil",
        "argentinian" => "argentina",
        "indian" => "india",
        "pakistani" => "pakistan",
        "chinese" => "china",
        "japanese" => "japan",
        "korean" => "korea",
        "filipino" => "philippines",
        "nigerian" => "nigeria",
        "kenyan" => "kenya",
        _ => return None,
    })
}

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    const PATTERNS: &[(&[&str], &str)] = &[
        (&["live", "in"], "lives in"),
        (&["am", "living", "in"], "lives in"),
        (&["reside", "in"], "lives in"),
        (&["am", "based", "in"], "lives in"),
        (&["am", "located", "in"], "lives in"),
        (&["moved", "to"], "lives in"),
        (&["have", "moved", "to"], "lives in"),
        (&["am", "from"], "from"),
        (&["come", "from"], "from"),
        (&["grew", "up", "in"], "from"),
        (&["was", "born", "in"], "from"),
    ];
    // "I'm a nurse living in Leeds", "a designer based in Berlin": after a description.
    let participle = ctx
        .anchors
        .iter()
        .filter(|&&a| ctx.word(a) == "am")
        .find_map(|&a| {
            (a + 1..(a + 7).min(ctx.toks.len()))
                .take_while(|&k| !ctx.toks[k].is_stop() && !matches!(ctx.word(k), "not" | "never"))
                .find(|&k| matches!(ctx.word(k), "living" | "based") && ctx.word(k + 1) == "in")
        })
        .map(|k| (k + 2, "lives in"));
    // "I'm a nurse in Toronto", "I'm an engineer from Brazil": an occupation, then a
    // place written with capitals (not "a PhD student in Physics", "in Paris this week",
    // nor "an expert in Rust").
    let described = ctx
        .anchors
        .iter()
        .filter(|&&a| ctx.word(a) == "am" && matches!(ctx.word(a + 1), "a" | "an"))
        .find_map(|&a| {
            let k = (a + 3..(a + 7).min(ctx.toks.len()))
                .take_while(|&k| !ctx.toks[k].is_stop())
                .find(|&k| matches!(ctx.word(k), "in" | "from"))
                .filter(|&k| {
                    let role = ctx.word(k - 1);
                    super::fact_occupation::is_occupation(role) || role == "student"
                })?;
            let mut after = k + 1;
            while ctx.capital(after) && !is_field(ctx.word(after)) {
                after += 1;
            }
            let plain = after > k + 1
                && ctx.toks.get(after).map_or(true, |t| {
                    t.is_stop() || matches!(t.w.as_str(), "and" | "so" | "but")
                })
                && !stay(ctx);
            plain.then(|| {
                let fact = if ctx.word(k) == "in" {
                    "lives in"
                } else {
                    "from"
                };
                (k + 1, fact)
            })
        });
    let said = ctx.anchors.iter().filter_map(|&a| {
        PATTERNS.iter().find_map(|(pat, prefix)| {
            let (end, _) = ctx.seq(a, pat)?;
            // "I come from Vue", "... from Java": a tool known before, not a home.
            let tool = super::style_programming::is_language(ctx.word(end))
                || super::fact_platform::tool(ctx, end).is_some();
            (!tool).then_some((end, *prefix))
        })
    });
    // "I moved from Berlin to Lisbon": where the move ended.
    let moved = ctx.anchors.iter().filter_map(|&a| {
        let (end, _) = ctx.seq(a, &["moved", "from"])?;
        (end..(end + 5).min(ctx.toks.len()))
            .take_while(|&k| !ctx.toks[k].is_stop())
            .find(|&k| ctx.word(k) == "to")
            .map(|k| (k + 1, "lives in"))
    });
    // "I'm moving to Denver next month", "we're relocating to Austin": a home to come,
    // a name written with capitals (not "moving to a bigger place", "to the cloud").
    let moving = ctx.anchors.iter().filter_map(|&a| {
        let (end, _) = [
            &["am", "moving", "to"][..],
            &["am", "relocating", "to"],
            &["will", "be", "moving", "to"],
            &["am", "about", "to", "move", "to"],
            &["am", "going", "to", "move", "to"],
        ]
        .iter()
        .find_map(|p| ctx.seq(a, p))?;
        ctx.capital(end).then_some((end, "moving to"))
    });
    // "I'm in Manchester now", "I'm now in Leeds": where the person is for good, a
    // name written with capitals (not "I'm in a meeting now", "I'm in Paris this week").
    let now_in = ctx.anchors.iter().filter_map(|&a| {
        let (end, _) = ctx.seq(a, &["am", "in"])?;
        let now = (a..(end + 6).min(ctx.toks.len()))
            .take_while(|&k| !ctx.toks[k].is_stop())
            .any(|k| ctx.word(k) == "now");
        let name = end + usize::from(ctx.word(end) == "the");
        let written = ctx.written(name);
        let acronym =
            (2..=4).contains(&written.len()) && written.chars().all(|c| c.is_ascii_uppercase());
        // "I'm in Canada": said plainly, nothing after the name but the clause's
        // end, and no word of a stay ("for work", "this week", "visiting").
        let mut after = name;
        while ctx.capital(after) || after == name && acronym {
            after += 1;
        }
        let plain = after > name
            && ctx.toks.get(after).map_or(true, |t| {
                t.is_stop() || matches!(t.w.as_str(), "and" | "so")
            })
            && !stay(ctx);
        ((now || plain) && (ctx.capital(name) || acronym)).then_some((end, "lives in"))
    });
    // "I work remotely from Lisbon", "I work from home in Denver": where the home is,
    // a name written with capitals (not "... from Bali this month").
    let remote = ctx.anchors.iter().filter_map(|&a| {
        let (end, _) = [
            &["work", "remotely", "from"][..],
            &["work", "remote", "from"],
            &["am", "working", "remotely", "from"],
            &["work", "from", "home", "in"],
            // "I work from a coworking space in Berlin".
            &["work", "from", "a", "coworking", "space", "in"],
            &["work", "out", "of", "a", "coworking", "space", "in"],
        ]
        .iter()
        .find_map(|p| ctx.seq(a, p))?;
        (ctx.capital(end) && !stay(ctx)).then_some((end, "lives in"))
    });
    // "I live on the coast", "I live by the sea", "I live near the beach": a setting.
    for &a in ctx.anchors {
        for (pat, fact) in [
            (&["live", "on", "the", "coast"][..], "lives on the coast"),
            (&["live", "by", "the", "sea"], "lives by the sea"),
            (&["live", "by", "the", "ocean"], "lives by the sea"),
            (&["live", "by", "the", "beach"], "lives near the beach"),
            (&["live", "near", "the", "beach"], "lives near the beach"),
            (&["live", "near", "the", "ocean"], "lives by the sea"),
            (&["live", "near", "the", "sea"], "lives by the sea"),
        ] {
            if ctx.seq(a, pat).is_none() {
                continue;
            }
            // "I want to live near the ocean", "I'd like to live by the sea": a wish for
            // where to live, not where one does.
            let live = (a..ctx.toks.len())
                .find(|&k| ctx.word(k) == "live")
                .unwrap_or(a);
            if live > 0 && matches!(ctx.word(live - 1), "to" | "would" | "could" | "might") {
                let wish = fact.replacen("lives", "living", 1);
                out.push(Found::new(wish, Polarity::Like, Kind::Preference, 0.7));
            } else {
                out.push(Found::fact(fact, 0.9));
            }
        }
    }
    // "I'm Canadian", "I am British, so": where the person is from, said as who they
    // are (spelling, units and holidays follow).
    for &a in ctx.anchors {
        let Some((end, _)) = ctx.seq(a, &["am"]) else {
            continue;
        };
        let alone = ctx.toks.get(end + 1).map_or(true, |t| t.is_stop())
            || matches!(ctx.word(end + 1), "and" | "so" | "but" | "too");
        if let Some(country) = nation(ctx.word(end)).filter(|_| alone && ctx.capital(end)) {
            out.push(Found::fact(format!("from {country}"), 0.85));
        }
    }
    for (end, prefix) in said
        .chain(participle)
        .chain(described)
        .chain(moved)
        .chain(moving)
        .chain(now_in)
        .chain(remote)
    {
        let mut words = ctx.short_name(end, ends_place);
        // ("a rural part of the u. s.": the name was cut at its dots.)
        while words.last() == Some(&"of") {
            words.pop();
        }
        // "I'm from work", "I live in fear": nothing place-like.
        if words.is_empty()
            || matches!(
                words[0],
                "work"
                    | "fear"
                    | "hope"
                    | "denial"
                    | "it"
                    | "this"
                    | "that"
                    | "my"
                    | "school"
                    | "home"
            )
        {
            continue;
        }
        // "I come from a big family", "born in the early 80s": a background or a time,
        // not a place.
        let last = words[words.len() - 1];
        if matches!(last, "family" | "heritage" | "background")
            || words
                .iter()
                .any(|w| w.ends_with("0s") || crate::extract::topic::is_number(w) || *w == "early")
        {
            continue;
        }
        // "I live in a tiny studio apartment": a kind of home, said with its article.
        let article = if prefix == "lives in" {
            ctx.article(end)
        } else {
            ""
        };
        out.push(Found::fact(
            format!("{prefix} {article}{}", words.join(" ")),
            0.9,
        ));
        // "I live in a tiny apartment in Toronto": the town after the home.
        let after = end + usize::from(!article.is_empty()) + words.len();
        if !article.is_empty() && ctx.word(after) == "in" && ctx.capital(after + 1) {
            let town = ctx.short_name(after + 1, ends_place);
            if !town.is_empty() {
                out.push(Found::fact(format!("lives in {}", town.join(" ")), 0.9));
            }
        }
    }
}
