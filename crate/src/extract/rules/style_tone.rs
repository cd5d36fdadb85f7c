//! "Be casual", "more formal", "no sugarcoating", "stop apologizing": tone wishes.

use super::{is_request, negated, Ctx, Found, Rule};
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "style_tone",
    description: "tone wishes: be/keep it casual/formal/direct, a friendly tone, no sugarcoating, no apologies, flattery or closing questions",
    in_requests: true,
    apply,
};

fn tone(w: &str) -> Option<&'static str> {
    Some(match w {
        "casual" | "friendly" | "informal" | "relaxed" | "warm" | "playful" | "conversational" => {
            "casual tone"
        }
        "formal" | "professional" | "polite" => "formal tone",
        "direct" | "blunt" | "straightforward" | "frank" | "honest" => "direct answers",
        "funny" | "humorous" | "witty" => "humor",
        "encouraging" | "supportive" | "gentle" => "encouraging tone",
        "neutral" | "objective" => "neutral tone",
        // "be specific", "more concrete answers please".
        "specific" | "concrete" => "specific answers",
        _ => return None,
    })
}

/// Things people ask assistants to drop.
const UNWANTED: &[(&[&str], &str)] = &[
    (&["sugarcoating"], "direct answers"),
    (&["sugarcoat"], "direct answers"),
    (&["sugar-coat"], "direct answers"),
    (&["apologizing"], "apologies"),
    (&["apologising"], "apologies"),
    (&["apologies"], "apologies"),
    // "I hate it when you apologize so much".
    (&["you", "apologize"], "apologies"),
    (&["you", "apologise"], "apologies"),
    // "please don't apologize all the time", "no need to apologize".
    (&["apologize"], "apologies"),
    (&["apologise"], "apologies"),
    (&["flattery"], "flattery"),
    (&["sycophantic"], "flattery"),
    (&["sycophancy"], "flattery"),
    // "stop ending every answer with a question", "don't summarize at the end".
    (&["with", "a", "question"], "follow-up questions"),
    (&["follow-up", "questions"], "follow-up questions"),
    (&["summarize"], "summaries"),
    // "please don't end with a summary".
    (&["summary"], "summaries"),
    // "less hedging please": say what you think.
    (&["hedging"], "direct answers"),
    (&["hedge"], "direct answers"),
    (&["flatter"], "flattery"),
    (&["jokes"], "humor"),
    (&["humor"], "humor"),
    (&["humour"], "humor"),
    (&["small", "talk"], "small talk"),
    (&["disclaimers"], "disclaimers"),
    (&["caveats"], "disclaimers"),
    (&["moralizing"], "moralizing"),
    (&["lecture"], "moralizing"),
    (&["lecturing"], "moralizing"),
    (&["exclamation", "marks"], "exclamation marks"),
    // "Please don't give me generic advice", "don't be vague".
    (&["generic"], "specific answers"),
    (&["vague"], "specific answers"),
];

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    if !is_request(ctx) {
        return;
    }
    for i in 0..ctx.toks.len() {
        let Some(topic) = tone(ctx.word(i)) else {
            continue;
        };
        // "be casual", "be more formal", "a friendly tone", "in a casual way".
        // ("keep it casual", "keep the tone friendly".)
        let be = (i.saturating_sub(3)..i).any(|k| match ctx.word(k) {
            "be" | "keep" => true,
            // "stop being so formal" (not "Being honest, ...").
            "being" => matches!(ctx.word(k.wrapping_sub(1)), "stop" | "quit"),
            _ => false,
        }) && !(i.saturating_sub(3)..i).any(|k| ctx.word(k) == "i");
        let noun = matches!(
            ctx.word(i + 1),
            "tone"
                | "way"
                | "style"
                | "voice"
                | "language"
                | "manner"
                | "answers"
                | "responses"
                | "register"
        );
        // "Less formal please.", "A bit more casual": the whole clause is the wish, or
        // all of it before a comma ("Less formal please, I'm not writing to the Queen").
        let upto = ctx.find(i, super::COMMA).unwrap_or(ctx.toks.len());
        let bare = matches!(ctx.word(i.wrapping_sub(1)), "more" | "less")
            && ctx.toks[..upto].iter().enumerate().all(|(k, t)| {
                k == i
                    || t.is_stop()
                    || matches!(
                        t.w.as_str(),
                        "a" | "bit"
                            | "little"
                            | "lot"
                            | "much"
                            | "more"
                            | "less"
                            | "please"
                            | "pls"
                            | "tone"
                            | "and"
                            | "way"
                    )
            });
        if !be && !noun && !bare {
            continue;
        }
        // "Stop being so formal with me".
        let less = (i.saturating_sub(3)..i).any(|k| matches!(ctx.word(k), "less" | "too" | "stop"));
        let polarity = if less || negated(ctx, i.saturating_sub(4), i) {
            Polarity::Dislike
        } else {
            Polarity::Like
        };
        out.push(Found::new(topic, polarity, Kind::Style, 0.75));
    }
    // "talk to me like a friend", "write like you're chatting with a buddy".
    let as_a_friend = ["friend", "buddy", "pal"]
        .iter()
        .any(|f| ctx.find_seq(0, &["like", "a", f]).is_some());
    let talking = (0..ctx.toks.len()).any(|k| {
        matches!(
            ctx.word(k),
            "talk" | "speak" | "chat" | "write" | "answer" | "reply" | "respond"
        )
    });
    if as_a_friend && talking && !out.iter().any(|f| f.topic == "casual tone") {
        out.push(Found::new("casual tone", Polarity::Like, Kind::Style, 0.7));
    }
    for (words, topic) in UNWANTED {
        let Some(i) = ctx.find_seq(0, words) else {
            continue;
        };
        // ("I hate his jokes": someone's, not the answers'.)
        if matches!(ctx.word(i.wrapping_sub(1)), "his" | "her" | "their" | "my") {
            continue;
        }
        // ("spare me the disclaimers", "go easy on the jokes", "keep the small talk to
        // a minimum" refuse as "no" does.)
        let refused = negated(ctx, i.saturating_sub(4), i)
            || super::spared(ctx, i)
            || super::held_down(ctx, i, words.len());
        if refused && !out.iter().any(|f| f.topic == *topic) {
            // "no sugarcoating" is a wish for directness, "no generic advice" for
            // specifics; the others are dislikes.
            let polarity = if matches!(*topic, "direct answers" | "specific answers") {
                Polarity::Like
            } else {
                Polarity::Dislike
            };
            out.push(Found::new(*topic, polarity, Kind::Style, 0.75));
        }
    }
}
