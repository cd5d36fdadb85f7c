//! "Running is just not my thing", "jazz is my jam", "alcohol is not my forte",
//! "skiing, not for me": a fronted subject judged by an idiom of fit.

use super::{fronted::split_and, Ctx, Found, Rule};
use crate::extract::topic;
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "my_thing",
    description: "fit idioms: X is (not) my thing/jam/cup of tea, X is not my forte, X is not for me",
    in_requests: false,
    apply,
};

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    for k in 1..ctx.toks.len() {
        let (idiom_end, positive_ok) = match ctx.word(k) {
            "my" => match ctx.word(k + 1) {
                "thing" | "jam" => (k + 2, true),
                "forte" => (k + 2, false),
                "cup" if ctx.seq(k + 2, &["of", "tea"]).is_some() => (k + 4, true),
                "strong" if matches!(ctx.word(k + 2), "suit" | "point") => (k + 3, false),
                _ => continue,
            },
            // "not for me"; a plain "for me" is too common to read as a taste.
            "for" if ctx.word(k + 1) == "me" => (k + 2, false),
            _ => continue,
        };
        // Only the whole predicate: "my thing is X" or "for me to decide" is something else.
        if !ctx.toks.get(idiom_end).map_or(true, |t| t.is_stop()) {
            continue;
        }
        // Back over "really/just/not" and the copula to the subject.
        let mut s = k;
        let mut negative = false;
        while s > 0
            && matches!(
                ctx.word(s - 1),
                "not" | "really" | "just" | "so" | "exactly" | "quite" | "definitely" | "totally"
                    | "is" | "are" | "was"
            )
        {
            negative |= ctx.word(s - 1) == "not";
            s -= 1;
        }
        if !negative && !positive_ok || s == k {
            continue;
        }
        let end = if s > 0 && ctx.word(s - 1) == "," { s - 1 } else { s };
        let start = (0..end)
            .rev()
            .find(|&i| ctx.toks[i].is_stop() || matches!(ctx.word(i), "with" | "but"))
            .map_or(0, |i| i + 1);
        let polarity = if negative {
            Polarity::Dislike
        } else {
            Polarity::Like
        };
        // "jazz, not my thing": the comma before "not" closed the previous clause.
        let topics = if end == 0 {
            topic::np_before(ctx.before, ctx.before.len())
                .into_iter()
                .collect()
        } else if end - start <= 6 {
            split_and(ctx, start, end)
        } else {
            Vec::new()
        };
        for t in topics {
            out.push(Found::new(t, polarity, Kind::Preference, 0.6));
        }
    }
}
