//! "I prefer X over/to/rather than Y", "I'd rather X than Y", "X instead of Y": like X, dislike Y.

use super::{closing_choice, is_adjective_word, is_clause_start, ones_of, Ctx, Found, Rule};
use crate::extract::text::VERSUS;
use crate::extract::topic;
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "comparative",
    description:
        "comparatives: prefer X over/to/rather than Y, would rather X than Y, X instead of Y, X over Y always",
    in_requests: false,
    apply,
};

/// The comparator after `from`: (index, length).
fn comparator(ctx: &Ctx, from: usize) -> Option<(usize, usize)> {
    for i in from..ctx.toks.len() {
        if ctx.toks[i].is_stop() && ctx.word(i) != "," {
            return None;
        }
        // "no more than 30 rooms", "less than $50": a bound, not a comparison.
        let bound = i > 0 && matches!(ctx.word(i - 1), "no" | "not" | "less" | "fewer")
            || ctx
                .word(i + 1)
                .starts_with(|c: char| c.is_ascii_digit() || c == '$')
            || ctx
                .word(i + 2)
                .starts_with(|c: char| c.is_ascii_digit() || c == '$');
        if bound && matches!(ctx.word(i), "more" | "than") {
            continue;
        }
        match (ctx.word(i), ctx.word(i + 1)) {
            ("rather", "than") | ("instead", "of") | ("more", "than") => return Some((i, 2)),
            ("over", _) | ("than", _) => return Some((i, 1)),
            // "tea to coffee", but not "to go", "listening to music", or "prefer to X".
            // ("walking to driving": one gerund to another is a comparison.)
            ("to", next)
                if i > from
                    && i - from <= 3
                    && (!ctx.word(i - 1).ends_with("ing")
                        || i - from == 1
                            && next.ends_with("ing")
                            && next.len() > 5
                            && !next.ends_with("thing"))
                    && !matches!(
                        next,
                        "be" | "go"
                            | "do"
                            | "have"
                            | "get"
                            | "make"
                            | "use"
                            | "eat"
                            | "drink"
                            | "stay"
                            | "travel"
                            | "take"
                            | "work"
                            | "read"
                            | "watch"
                            | "play"
                            | "listen"
                            | "learn"
                            | "visit"
                            | "buy"
                            | "shop"
                    )
                    && !matches!(
                        ctx.word(i - 1),
                        "go" | "listen"
                            | "travel"
                            | "talk"
                            | "stick"
                            | "close"
                            | "next"
                            | "due"
                            | "trips"
                            | "trip"
                            | "access"
                    ) =>
            {
                return Some((i, 1))
            }
            _ => {}
        }
    }
    None
}

/// A phrase after "would rather" (or after its "than"), said as an activity: "watch tv"
/// -> "watching tv", "have tea" -> "tea". After "than" only a common verb is taken for
/// one ("than pizza" stays).
fn as_activity(phrase: &str, after_rather: bool) -> String {
    let (first, rest) = phrase.split_once(' ').unwrap_or((phrase, ""));
    let verb = after_rather
        || matches!(
            first,
            "read"
                | "watch"
                | "walk"
                | "drive"
                | "fly"
                | "cook"
                | "eat"
                | "go"
                | "stay"
                | "take"
                | "play"
                | "run"
                | "swim"
                | "listen"
                | "travel"
                | "sleep"
                | "write"
                | "call"
                | "talk"
                | "rent"
                | "buy"
                | "ride"
                | "bike"
                | "hike"
                | "wait"
                | "pay"
                | "spend"
                | "sit"
                | "work"
                | "explore"
                | "visit"
                | "see"
                | "learn"
                | "relax"
                | "camp"
                | "bake"
                | "shop"
                | "study"
                | "paint"
                | "dance"
                | "sing"
                | "text"
                | "use"
        );
    match first {
        "have" | "get" if !rest.is_empty() => rest.to_owned(),
        _ if verb && !first.ends_with("ing") => match rest {
            "" => topic::gerund(first),
            _ => format!("{} {rest}", topic::gerund(first)),
        },
        _ => phrase.to_owned(),
    }
}

/// "Tea over coffee, always", "TypeScript over JavaScript any day": a choice said with
/// no verb, which only the closing "always" / "any day" / "every time" makes a taste.
fn slogan(ctx: &Ctx, out: &mut Vec<Found>) {
    let n = ctx.toks.len();
    let marker = match (ctx.word(n.wrapping_sub(2)), ctx.word(n.wrapping_sub(1))) {
        (_, "always") => n - 1,
        ("any" | "every", "day" | "time") => n - 2,
        _ => return,
    };
    let end = if ctx.word(marker.wrapping_sub(1)) == "," {
        marker - 1
    } else {
        marker
    };
    // "I pick tea over coffee every time": the chooser may be said.
    // ("I'd take mountains over beaches any day".)
    let chooser = |k: usize| matches!(ctx.word(k), "choose" | "pick" | "take");
    let start = match (ctx.word(0), ctx.word(1)) {
        ("i", "would") if chooser(2) => 3,
        ("i", _) if chooser(1) => 2,
        _ => 0,
    };
    let Some(o) = (start + 1..(start + 4).min(end)).find(|&k| ctx.word(k) == "over") else {
        return;
    };
    if ctx.toks[..end].iter().any(|t| t.is_stop()) || end - o > 4 {
        return;
    }
    if let (Some(x), Some(y)) = (
        topic::topic_until(ctx.toks, start, o).filter(|x| x != "mind"),
        topic::topic_until(ctx.toks, o + 1, end),
    ) {
        out.push(Found::new(x, Polarity::Like, Kind::Preference, 0.7));
        out.push(Found::new(y, Polarity::Dislike, Kind::Preference, 0.5));
    }
}

/// "Dogs > cats", "tea >>> coffee, fight me", "imo vim > emacs": a choice said with a
/// symbol between two short names (the tokenizer's [`VERSUS`] mark).
fn versus(ctx: &Ctx, out: &mut Vec<Found>) {
    let Some(v) = ctx.toks.iter().position(|t| t.w == VERSUS) else {
        return;
    };
    let mut start = (0..v)
        .rev()
        .find(|&k| ctx.toks[k].is_stop())
        .map_or(0, |k| k + 1);
    while start < v
        && matches!(
            ctx.word(start),
            "honestly" | "imo" | "imho" | "tbh" | "personally" | "but" | "and" | "also" | "so"
        )
    {
        start += 1;
    }
    let end = (v + 1..ctx.toks.len())
        .find(|&k| {
            ctx.toks[k].is_stop()
                || matches!(
                    ctx.word(k),
                    "for" | "in" | "when" | "if" | "because" | "imo" | "tbh" | "always" | "any"
                )
        })
        .unwrap_or(ctx.toks.len());
    let short = |a: usize, b: usize| {
        (1..=3).contains(&(b - a))
            && (a..b).all(|k| {
                !topic::is_number(ctx.word(k))
                    && !ctx.word(k).starts_with(|c: char| c.is_ascii_digit())
            })
            && !topic::is_function_word(ctx.word(a))
    };
    if v <= start || !short(start, v) || end <= v + 1 || !short(v + 1, end) {
        return;
    }
    if let (Some(x), Some(y)) = (
        topic::topic_until(ctx.toks, start, v),
        topic::topic_until(ctx.toks, v + 1, end),
    ) {
        out.push(Found::new(x, Polarity::Like, Kind::Preference, 0.7));
        out.push(Found::new(y, Polarity::Dislike, Kind::Preference, 0.5));
    }
}

/// "Window seat always", "I hate flying, trains whenever possible", "tea person all the
/// way": a bare thing that opens the sentence or follows a comma, closed by how often
/// it is chosen.
fn chosen(ctx: &Ctx, out: &mut Vec<Found>) {
    for k in 1..ctx.toks.len() {
        if closing_choice(ctx, k).is_none() {
            continue;
        }
        let start = (0..k)
            .rev()
            .find(|&j| ctx.toks[j].is_stop())
            .map_or(0, |j| j + 1);
        let part = start..k;
        if part.is_empty()
            || part.len() > 4
            || (start > 0 && ctx.word(start - 1) != ",")
            // ("produced by small, independent businesses whenever possible".)
            || (start > 1 && is_adjective_word(ctx.word(start - 2)))
            || part.clone().any(|j| {
                is_clause_start(ctx.word(j))
                    || ctx.cue_word(j)
                    || matches!(ctx.word(j), "not" | "no" | "never" | "please")
            })
        {
            continue;
        }
        if let Some(x) =
            topic::topic_until(ctx.toks, start, k).filter(|x| x.split(' ').count() == part.len())
        {
            // "tea person all the way", "team Android all the way": the side taken.
            let side = x
                .strip_suffix(" person")
                .or_else(|| x.strip_suffix(" people"))
                .or_else(|| x.strip_prefix("team "))
                .unwrap_or(&x);
            out.push(Found::new(side, Polarity::Like, Kind::Preference, 0.6));
        }
    }
}

/// "I'd pick a cabin in the woods over a beach resort", "I'm more into podcasts than
/// audiobooks": a choice that is one only with its alternative ("I'd take a taxi" is
/// none).
fn picked(ctx: &Ctx, out: &mut Vec<Found>) {
    for &a in ctx.anchors {
        let Some((end, _)) = [
            &["would", "pick"][..],
            &["would", "choose"],
            &["would", "take"],
            &["am", "more", "into"],
        ]
        .iter()
        .find_map(|p| ctx.seq(a, p)) else {
            continue;
        };
        let Some((c, len)) = comparator(ctx, end).filter(|&(c, _)| c > end) else {
            continue;
        };
        out.extend(
            topic::topic_until(ctx.toks, end, c)
                .map(|x| Found::new(x, Polarity::Like, Kind::Preference, 0.7)),
        );
        // ("... over beaches any day": the closing is no part of it.)
        let until = ["any", "every", "always"]
            .iter()
            .find_map(|w| ctx.find(c + len, w))
            .unwrap_or(ctx.toks.len());
        out.extend(
            topic::topic_until(ctx.toks, c + len, until)
                .map(|y| Found::new(y, Polarity::Dislike, Kind::Preference, 0.5)),
        );
    }
}

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    versus(ctx, out);
    chosen(ctx, out);
    picked(ctx, out);
    let mut handled_tail = false;
    for &a in ctx.anchors {
        let cue = ctx
            .seq(a, &["prefer", "not"])
            .map(|(e, s)| (e, s, true))
            .or_else(|| {
                ctx.seq(a, &["would", "prefer", "not"])
                    .map(|(e, s)| (e, s, true))
            })
            .or_else(|| ctx.seq(a, &["prefer"]).map(|(e, s)| (e, s, false)))
            // "I've always preferred paperbacks to e-books".
            .or_else(|| {
                ctx.seq(a, &["have", "preferred"])
                    .map(|(e, s)| (e, s, ctx.word(e) == "not"))
            })
            .or_else(|| {
                ctx.seq(a, &["have", "a", "preference", "for"])
                    .map(|(e, s)| (e, s, false))
            })
            .or_else(|| ctx.seq(a, &["favor"]).map(|(e, s)| (e, s, false)))
            .or_else(|| ctx.seq(a, &["favour"]).map(|(e, s)| (e, s, false)))
            .or_else(|| ctx.seq(a, &["prioritize"]).map(|(e, s)| (e, s, false)))
            .or_else(|| ctx.seq(a, &["prioritise"]).map(|(e, s)| (e, s, false)))
            .or_else(|| ctx.seq(a, &["lean", "towards"]).map(|(e, s)| (e, s, false)))
            .or_else(|| {
                ctx.seq(a, &["gravitate", "towards"])
                    .map(|(e, s)| (e, s, false))
            })
            .or_else(|| ctx.seq(a, &["would", "rather"]).map(|(e, s)| (e, s, false)))
            // "..., but i think i will stick to skiing", "i stick with tea" (not "stick
            // to a budget", "stick to the point").
            .or_else(|| {
                [&["will", "stick"][..], &["stick"]]
                    .iter()
                    .find_map(|p| ctx.seq(a, p))
                    .filter(|&(e, _)| {
                        matches!(ctx.word(e), "to" | "with")
                            && !ctx.toks.get(e + 1).map_or(true, |t| t.is_stop())
                            && !topic::is_function_word(ctx.word(e + 1))
                            && !matches!(
                                ctx.word(e + 1),
                                "budget" | "plan" | "schedule" | "point" | "routine" | "basics"
                            )
                    })
                    .map(|(e, s)| (e + 1, s - 0.1, false))
            })
            .or_else(|| ctx.seq(a, &["would", "prefer"]).map(|(e, s)| (e, s, false)))
            .or_else(|| ctx.seq(a, &["much", "prefer"]).map(|(e, s)| (e, s, false)))
            // "I usually go for window seats" (not "I go for a run").
            .or_else(|| {
                ["usually", "always", "typically", "normally", "generally"]
                    .iter()
                    .find_map(|w| ctx.seq(a, &[w, "go", "for"]))
                    .map(|(e, s)| (e, s - 0.1, false))
            });
        let Some((end, shift, not)) = cue else {
            continue;
        };
        if not {
            // "I prefer not to X": handled by avoidance.
            continue;
        }
        // "I'd rather you ask clarifying questions than guess": a wish about the
        // answers (the style rules'), not a taste.
        if matches!(ctx.word(end), "you" | "that") {
            continue;
        }
        let intensity = 0.7 + shift;
        // "I'd rather be in the snow", "... at the beach than in the city": the place.
        let placed = ctx.word(end - 1) == "rather"
            && ctx.word(end) == "be"
            && matches!(ctx.word(end + 1), "in" | "at" | "on" | "by");
        if placed {
            let c = comparator(ctx, end + 2).map_or(ctx.toks.len(), |(c, _)| c);
            if let Some(x) = topic::topic_until(ctx.toks, end + 2, c) {
                out.push(Found::new(x, Polarity::Like, Kind::Preference, intensity));
            }
        }
        // "I prefer to stay away from X", "I'd rather avoid X": a preferred avoidance.
        let at = end + usize::from(ctx.word(end) == "to");
        let avoids = [
            &["stay", "away", "from"][..],
            &["keep", "away", "from"],
            &["steer", "clear", "of"],
            &["avoid"],
            &["skip"],
        ]
        .iter()
        .find_map(|pat| ctx.seq(at, pat));
        if let Some((from, _)) = avoids {
            for y in ctx.topics(from) {
                out.push(Found::new(
                    y,
                    Polarity::Dislike,
                    Kind::Preference,
                    intensity,
                ));
            }
            continue;
        }
        match comparator(ctx, end) {
            Some((c, len)) => {
                let mut x = topic::topic_until(ctx.toks, end, c);
                // "self-paced, asynchronous learning resources over ...", "to shop from
                // smaller, independent brands rather than ...": adjectives in a row, a
                // comma between them.
                let between = (end + 1..c.saturating_sub(1))
                    .find(|&p| ctx.word(p) == "," && super::is_adjective_word(ctx.word(p - 1)));
                if let Some(p) = between {
                    let head = if p == end + 1 {
                        Some(ctx.word(end).to_owned())
                    } else {
                        topic::topic_until(ctx.toks, end, p)
                    };
                    if let (Some(head), Some(rest)) = (head, topic::topic_until(ctx.toks, p + 1, c))
                    {
                        x = Some(format!("{head} {rest}"));
                    }
                }
                // "holistic and natural remedies over ...", "electric or hybrid
                // vehicles over ...": a list, read as any list is.
                let listed = (end..c).any(|k| matches!(ctx.word(k), "and" | "or"));
                let mut more = Vec::new();
                if listed && ctx.word(end - 1) != "rather" {
                    // (A part read on past the comparator ends there.)
                    let at = format!(" {} ", ctx.words(c, c + len - 1));
                    let mut parts =
                        ctx.topics_within(end, c)
                            .into_iter()
                            .map(|p| match p.find(&at) {
                                Some(k) => p[..k].to_owned(),
                                None => p,
                            });
                    if let Some(first) = parts.next() {
                        x = Some(first);
                        // ("resources that are hands-on and experiential": a lone
                        // adjective names nothing.)
                        more.extend(parts.filter(|p| !super::is_adjective_word(p)));
                    }
                }
                // "I'd rather read than watch TV": an activity, said as one.
                let rather = ctx.word(end - 1) == "rather";
                if rather {
                    // ("I'd rather die than ..." only dislikes.)
                    x = x.filter(|x| x != "die").map(|x| as_activity(&x, true));
                }
                // "manual cars over automatic ones": the ones are of the kind preferred.
                let kind = x.as_deref().map(|x| topic::head(x).unwrap_or(x).to_owned());
                let kind = more
                    .last()
                    .map(|x| topic::head(x).unwrap_or(x).to_owned())
                    .or(kind);
                for x in x.into_iter().chain(more) {
                    out.push(Found::new(x, Polarity::Like, Kind::Preference, intensity));
                }
                for y in ctx.topics(c + len) {
                    let y = match kind.as_deref().and_then(|k| ones_of(&y, k)) {
                        Some(named) => named,
                        None if rather => as_activity(&y, false),
                        None => y,
                    };
                    out.push(Found::new(y, Polarity::Dislike, Kind::Preference, 0.5));
                }
                handled_tail = true;
            }
            None => {
                // "..., I'd rather explore cities": an activity, said as one.
                let rather = ctx.word(end - 1) == "rather";
                for x in ctx.topics(end) {
                    let x = if rather { as_activity(&x, false) } else { x };
                    out.push(Found::new(x, Polarity::Like, Kind::Preference, intensity));
                }
            }
        }
    }
    // "I eat tofu instead of meat": a first-person clause with a rejected alternative.
    let chooses = ctx.anchors.iter().any(|&a| {
        matches!(
            ctx.word(a),
            "like"
                | "love"
                | "enjoy"
                | "use"
                | "eat"
                | "drink"
                | "choose"
                | "pick"
                | "go"
                | "take"
                | "buy"
                | "wear"
                | "read"
                | "watch"
                | "listen"
                | "play"
                | "cook"
                | "opt"
                | "stick"
        )
    });
    if !handled_tail {
        slogan(ctx, out);
    }
    if !handled_tail && chooses {
        for pat in [&["rather", "than"][..], &["instead", "of"]] {
            if let Some(i) = ctx.find_seq(0, pat) {
                if i > ctx.anchors[0] {
                    for y in ctx.topics(i + 2) {
                        out.push(Found::new(y, Polarity::Dislike, Kind::Preference, 0.5));
                    }
                }
            }
        }
    }
}
