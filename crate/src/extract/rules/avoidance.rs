//! "I avoid X", "I stay away from X", "I never eat X", "I quit X", "I refuse to X".

use super::{is_pronoun, Ctx, Cue, Found, Rule};
use crate::extract::text::COMMA;
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "avoidance",
    description:
        "avoidance: avoid, would like to avoid, stay away from, never eat, don't drink (alcohol), quit, gave up, refuse to, ..., so no X",
    in_requests: false,
    apply,
};

/// A thing the person keeps away from, as every branch below says it.
fn refused(topic: impl Into<String>, intensity: f32) -> Found {
    Found::new(topic, Polarity::Dislike, Kind::Preference, intensity)
}

const CUES: &[Cue] = &[
    (&["refuse"], 0.85),
    (&["boycott"], 0.8),
    (&["will", "not", "touch"], 0.85),
    (&["never", "touch"], 0.85),
    (&["avoid"], 0.7),
    // "I'd like to avoid touristy restaurants".
    (&["would", "like", "to", "avoid"], 0.6),
    (&["like", "to", "avoid"], 0.65),
    (&["am", "avoiding"], 0.65),
    // "I only wear linen, avoiding synthetic fabrics": the participle continues the
    // first person's clause after its comma.
    (&["avoiding"], 0.65),
    (&["stay", "away", "from"], 0.7),
    (&["steer", "clear", "of"], 0.7),
    (&["keep", "away", "from"], 0.65),
    (&["have", "given", "up"], 0.6),
    (&["gave", "up"], 0.6),
    (&["quit"], 0.6),
    (&["have", "quit"], 0.6),
    (&["cut", "out"], 0.6),
    (&["have", "cut", "out"], 0.6),
    (&["am", "cutting", "out"], 0.6),
    (&["cut", "back", "on"], 0.45),
    (&["am", "cutting", "back", "on"], 0.45),
    (&["cut", "down", "on"], 0.45),
    (&["am", "cutting", "down", "on"], 0.45),
    // "I'm trying to cut carbs", "I'm off sugar": only of what one eats or drinks
    // ([`is_diet_cut`]).
    (&["cut"], 0.45),
    (&["am", "cutting"], 0.45),
    (&["am", "off"], 0.5),
    // "I'm trying to eat less sugar" (the "trying to" is skipped before the cue).
    (&["eat", "less"], 0.45),
    (&["drink", "less"], 0.45),
    (&["no", "longer"], 0.6),
    // "I stopped eating meat", "I've stopped drinking coffee" (a habit dropped:
    // [`stops_habit`]).
    (&["stopped"], 0.6),
    (&["have", "stopped"], 0.6),
    // "never going back to Windows", "I'll never go back to Android": what one left
    // for good (the object follows "to", as after "stay away from").
    (&["am", "never", "going", "back"], 0.75),
    (&["never", "going", "back"], 0.75),
    (&["will", "never", "go", "back"], 0.75),
    (&["would", "never", "go", "back"], 0.75),
    (&["never", "go", "back"], 0.75),
    (&["never"], 0.7),
    // "I'd never stay in a hostel": a refusal, not a hypothetical.
    (&["would", "never"], 0.75),
    (&["have", "never"], 0.7),
    (&["can", "not", "eat"], 0.8),
    (&["can", "not", "drink"], 0.8),
    // "I can't wear heels, bad ankles", "I can't wear wool".
    (&["can", "not", "wear"], 0.75),
    (&["will", "not"], 0.65),
    (&["do", "not", "eat"], 0.6),
    (&["do", "not", "drink"], 0.6),
    (&["do", "not", "smoke"], 0.6),
    (&["do", "not", "wear"], 0.55),
    (&["do", "not", "watch"], 0.55),
    (&["do", "not", "use"], 0.5),
    (&["try", "not", "to"], 0.5),
    (&["prefer", "not"], 0.55),
    (&["would", "prefer", "not"], 0.55),
    (&["have", "preferred", "not"], 0.55),
    (&["would", "rather", "not"], 0.55),
    (&["do", "not", "consume"], 0.6),
    (&["can", "not", "consume"], 0.8),
    (&["can", "not", "have"], 0.7),
    (&["can", "not", "use"], 0.7),
    (&["do", "not", "want"], 0.5),
];

/// Verbs between an avoidance cue and its object; the object is the topic.
fn is_object_verb(w: &str) -> bool {
    matches!(
        w,
        "eat"
            | "drink"
            | "consume"
            | "touch"
            | "smoke"
            | "order"
            | "buy"
            | "wear"
            | "watch"
            | "use"
            | "read"
            | "play"
            | "visit"
            | "take"
            | "cook"
            | "drive"
            | "eating"
            | "drinking"
            | "using"
            | "buying"
            | "wearing"
            | "watching"
            | "playing"
            // "I have never drunk alcohol", "never smoked a cigarette": a lifelong abstention.
            | "drank"
            | "drunk"
            | "smoked"
            // "I refuse to feed my cat any commercial cat food" ([`fed_to`]).
            | "feed"
            | "feeding"
            | "serve"
            | "serving"
    )
}

/// "I have never had alcohol", "I never touched alcohol", "I have not tried alcohol":
/// a life without a drink or a drug is an abstention (a life without sushi says
/// nothing: only these objects).
fn never_had(ctx: &Ctx, out: &mut Vec<Found>) {
    for &a in ctx.anchors {
        let mut k = a;
        while matches!(ctx.word(k), "have" | "just" | "really" | "honestly") {
            k += 1;
        }
        let denied = match (ctx.word(k), ctx.word(k + 1)) {
            ("never", _) => 1,
            ("not", "ever") => 2,
            ("not", _) => 1,
            _ => continue,
        };
        k += denied;
        if !matches!(ctx.word(k), "had" | "tried" | "touched" | "drunk" | "drank") {
            continue;
        }
        k += 1 + usize::from(matches!(ctx.word(k + 1), "any" | "a"));
        let topic = match ctx.word(k) {
            "alcohol" | "liquor" | "booze" | "drink" | "sip" => "alcohol",
            "drugs" => "drugs",
            "cigarettes" | "cigarette" | "tobacco" => "smoking",
            _ => continue,
        };
        out.push(refused(topic, 0.7));
    }
}

/// The words naming whom food is given to after "feed" or "serve", at token `at`: "my
/// cat", "our kids", "my guests" (2), "them" (1), else 0. What follows is what is fed.
pub(super) fn fed_to(ctx: &Ctx, at: usize) -> usize {
    let who = |w: &str| {
        super::fact_household::is_pet(w)
            || super::fact_household::is_child(w)
            || matches!(w, "guests" | "family" | "husband" | "wife" | "partner")
    };
    match ctx.word(at) {
        "my" | "our" if who(ctx.word(at + 1)) => 2,
        "them" | "him" | "her" => 1,
        _ => 0,
    }
}

/// A habit of consumption "stopped" drops ("stopped eating meat", "stopped smoking";
/// not "stopped by", "stopped working").
fn stops_habit(w: &str) -> bool {
    matches!(
        w,
        "eating"
            | "drinking"
            | "smoking"
            | "vaping"
            | "using"
            | "buying"
            | "wearing"
            | "watching"
            | "playing"
            | "gambling"
            | "going"
            | "listening"
    )
}

/// What a diet cuts or is off: "cut carbs", "off sugar" (not "cut the cake", "off
/// work").
fn is_diet_cut(w: &str) -> bool {
    matches!(
        w,
        "carbs"
            | "sugar"
            | "caffeine"
            | "alcohol"
            | "booze"
            | "dairy"
            | "gluten"
            | "meat"
            | "salt"
            | "sodium"
            | "soda"
            | "sweets"
            | "bread"
            | "coffee"
            | "junk"
    )
}

/// Nothing follows token `at` in its clause but when or how for good: "last year",
/// "5 years ago", "cold turkey", "for good".
/// A social app left on purpose: "I deleted Instagram", "I deleted my TikTok account
/// last year", "I got off social media" (not "I deleted the photo", "I deleted my
/// Instagram post").
fn app_left(ctx: &Ctx) -> Option<&'static str> {
    ctx.anchors.iter().find_map(|&a| {
        let (e, _) = ctx
            .seq(a, &["deleted"])
            .or_else(|| ctx.seq(a, &["got", "off"]))
            .or_else(|| ctx.seq(a, &["am", "off"]))?;
        let e = e + usize::from(matches!(ctx.word(e), "my" | "the"));
        let (app, len) = match (ctx.word(e), ctx.word(e + 1)) {
            ("social", "media") => ("social media", 2),
            ("instagram", _) => ("instagram", 1),
            ("facebook", _) => ("facebook", 1),
            ("tiktok", _) => ("tiktok", 1),
            ("twitter", _) => ("twitter", 1),
            ("snapchat", _) => ("snapchat", 1),
            ("reddit", _) => ("reddit", 1),
            _ => return None,
        };
        let next = e + len;
        let next = next + usize::from(matches!(ctx.word(next), "account" | "app"));
        at_rest(ctx, next).then_some(app)
    })
}

fn at_rest(ctx: &Ctx, at: usize) -> bool {
    let end = (at..ctx.toks.len())
        .find(|&k| ctx.toks[k].is_stop() || matches!(ctx.word(k), "and" | "but" | "because"))
        .unwrap_or(ctx.toks.len());
    let words: Vec<&str> = (at..end).map(|k| ctx.word(k)).collect();
    let year = |w: &str| w.len() == 4 && (w.starts_with("19") || w.starts_with("20"));
    matches!(
        words[..],
        [] | ["completely" | "entirely" | "altogether" | "recently" | "already"]
            | ["for", "good"]
            | ["cold", "turkey"]
    ) || matches!(words[..], ["in" | "since", y] if year(y))
        || crate::extract::topic::is_time_phrase(&words)
}

/// Verbs after "never" that do not make an avoidance ("I never thought ...").
fn is_not_avoidance(w: &str) -> bool {
    matches!(
        w,
        "" | "been"
            | "had"
            | "liked"
            | "thought"
            | "knew"
            | "be"
            | "said"
            | "seen"
            | "heard"
            | "get"
            | "got"
            | "really"
            | "know"
            | "understood"
            | "understand"
            | "expected"
            | "imagined"
            | "realized"
            | "tried"
            | "did"
            | "do"
            | "was"
            | "could"
            | "can"
            | "would"
            | "will"
            | "stop"
            | "forget"
            | "miss"
            | "leave"
            | "want"
            | "wanted"
            | "have"
            | "has"
            | "mind"
            | "go"
            | "went"
            | "met"
            | "made"
            | "found"
            | "felt"
            | "feel"
            | "let"
            | "give"
            | "gave"
    )
}

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    as_long_as_none(ctx, out);
    never_had(ctx, out);
    out.extend(app_left(ctx).map(|app| refused(app, 0.6)));
    // "you will not catch me partying or drinking", "you'll never catch me on a cruise":
    // an idiom of avoidance.
    if let Some(k) = ["not", "never"]
        .iter()
        .find_map(|n| ctx.find_seq(0, &[n, "catch", "me"]))
    {
        // ("... catch me dead in crocs".)
        let k = k + 3 + usize::from(ctx.word(k + 3) == "dead");
        let k = k + usize::from(matches!(ctx.word(k), "on" | "at" | "in" | "with"));
        for t in ctx.topics(k) {
            out.push(refused(t, 0.75));
        }
    }
    // "Neither of us drinks": the household's abstention.
    let alcohol = |i: f32| refused("alcohol", i);
    if ["drinks", "drink"]
        .iter()
        .any(|d| ctx.find_seq(0, &["neither", "of", "us", d]).is_some())
    {
        out.push(alcohol(0.7));
    }
    // "I get seasick easily, so no cruises", "I have bad knees, so no high-impact
    // workouts": what a fact of mine rules out (not "so no worries", nor a past
    // occasion: "I was late, so no breakfast").
    let now = ctx.anchors.iter().all(|&a| {
        let w = ctx.word(a);
        !(w.ends_with("ed") || matches!(w, "was" | "were" | "did" | "had" | "went" | "got"))
    });
    if !ctx.anchors.is_empty() && now {
        let idiom = |w: &str| {
            matches!(
                w,
                "worries"
                    | "worry"
                    | "problem"
                    | "problems"
                    | "way"
                    | "wonder"
                    | "doubt"
                    | "rush"
                    | "pressure"
                    | "offense"
                    | "idea"
                    | "big"
                    | "thanks"
                    | "biggie"
            )
        };
        // (Chat drops the comma: "I have a bad knee so no running".)
        if let Some(k) = ctx
            .find_seq(0, &[",", "so", "no"])
            .map(|k| k + 1)
            .or_else(|| ctx.find_seq(1, &["so", "no"]))
            .filter(|&k| !idiom(ctx.word(k + 2)))
        {
            for t in ctx.topics(k + 2) {
                // "so no driving suggestions please": what is ruled out is driving.
                let t = match t.rsplit_once(' ') {
                    Some((
                        what,
                        "suggestions" | "recommendations" | "ideas" | "options" | "tips",
                    )) => what.to_owned(),
                    _ => t,
                };
                out.push(refused(t, 0.5));
            }
        }
    }
    // "Nothing with raisins, please", "give me a recipe, nothing with nuts": what the
    // clause rules out, opening it.
    for k in 0..ctx.toks.len() {
        let opens = k == 0 || ctx.word(k - 1) == COMMA;
        if opens
            && matches!(ctx.word(k), "nothing" | "none")
            && matches!(ctx.word(k + 1), "with" | "containing")
        {
            for t in ctx.topics(k + 2) {
                out.push(refused(t, 0.6));
            }
        }
    }
    // "No seafood for me, thanks", "no onions for me please": a standing refusal (not
    // "no more coffee for me tonight", "no problem for me").
    let fleeting = |w: &str| {
        matches!(
            w,
            "more" | "problem" | "problems" | "worries" | "thanks" | "way" | "big" | "rush"
        )
    };
    for k in 0..ctx.toks.len() {
        let opens = k == 0 || ctx.word(k - 1) == COMMA;
        if !opens || ctx.word(k) != "no" || fleeting(ctx.word(k + 1)) {
            continue;
        }
        let Some(f) = (k + 2..(k + 5).min(ctx.toks.len()))
            .find(|&f| ctx.word(f) == "for" && ctx.word(f + 1) == "me")
        else {
            continue;
        };
        let rests = ctx.toks.get(f + 2).map_or(true, |t| t.is_stop())
            || matches!(ctx.word(f + 2), "please" | "thanks" | "thank" | "though");
        if let Some(t) = rests
            .then(|| crate::extract::topic::topic_until(ctx.toks, k + 1, f))
            .flatten()
        {
            out.push(refused(t, 0.55));
        }
    }
    for (end, intensity) in ctx.anchored(CUES) {
        let cue_last = ctx.word(end - 1);
        // "I don't drink.", "I never drink": drinking means alcohol.
        let bare_drink = (cue_last == "drink" && ctx.word(end - 2) == "not"
            || cue_last == "never" && ctx.word(end) == "drink")
            && ctx
                .toks
                .get(end + usize::from(cue_last == "never"))
                .map_or(true, |t| t.is_stop());
        if bare_drink {
            out.push(alcohol(intensity));
            continue;
        }
        // "I quit drinking last year", "I've given up smoking": the habit itself.
        if matches!(cue_last, "quit" | "up" | "stopped") && at_rest(ctx, end + 1) {
            let habit = match ctx.word(end) {
                "drinking" => Some("alcohol"),
                w @ ("smoking" | "vaping" | "gambling") => Some(w),
                _ => None,
            };
            if let Some(habit) = habit {
                out.push(refused(habit, intensity));
                continue;
            }
        }
        if matches!(cue_last, "cut" | "cutting" | "off") {
            // ("cut bread into cubes", "cut the meat up": a kitchen task.)
            let named = match (ctx.word(end), ctx.word(end + 1)) {
                ("junk", "food") => Some(("junk food", end + 2)),
                (w, _) if is_diet_cut(w) && w != "junk" => Some((w, end + 1)),
                _ => None,
            };
            let task =
                |k: usize| matches!(ctx.word(k), "into" | "in" | "up" | "of" | "from" | "with");
            if let Some((t, _)) = named.filter(|&(_, after)| !task(after)) {
                out.push(refused(t, intensity));
            }
            continue;
        }
        if cue_last == "stopped" && !stops_habit(ctx.word(end)) {
            continue;
        }
        // "I can't wear that to work", "... my ring anymore": one thing at hand.
        if cue_last == "wear"
            && matches!(
                ctx.word(end),
                "that" | "this" | "it" | "my" | "the" | "a" | "an" | "them" | "those" | "these"
            )
        {
            continue;
        }
        // "I don't want to spend more than $100": a budget (the budget rule).
        if ctx.seq(end, &["to", "spend"]).is_some() {
            continue;
        }
        // "I no longer work as a nurse", "... live in Leeds": a change of life, not a taste.
        if cue_last == "longer"
            && matches!(
                ctx.word(end),
                "work" | "working" | "live" | "living" | "am" | "have" | "need" | "own" | "do"
            )
        {
            continue;
        }
        let mut from = end;
        if ctx.word(from) == "to" {
            from += 1;
        }
        // "Don't use the word delve": words for the answers (`style_words`).
        let words_said = |k: usize| {
            ctx.word(k) == "the"
                && matches!(ctx.word(k + 1), "word" | "words" | "phrase" | "phrases")
        };
        // "I don't eat after 7pm", "... before noon": when, not what.
        if words_said(from) || matches!(ctx.word(from), "after" | "before" | "past" | "until") {
            continue;
        }
        // "I never go back to the same restaurant twice": a taste for variety.
        if cue_last == "back" && ctx.word(from + 1) == "same" {
            continue;
        }
        // "Avoid recommending anything from Amazon": what is not to be offered (an
        // instruction; "I avoid recommending books" is a habit of mine).
        if end == 1
            && cue_last == "avoid"
            && matches!(
                ctx.word(from),
                "recommending" | "suggesting" | "mentioning" | "including" | "listing"
            )
        {
            from += 1;
            if matches!(ctx.word(from), "anything" | "things" | "stuff")
                && matches!(ctx.word(from + 1), "from" | "with" | "by" | "containing")
            {
                from += 2;
            }
        }
        // "refuse to participate in or support any sporting events": two verbs share
        // the object, which is what is refused.
        let shared = matches!(ctx.word(from), "participate" | "engage")
            && ctx.word(from + 1) == "in"
            && matches!(ctx.word(from + 2), "or" | "and")
            && matches!(
                ctx.word(from + 3),
                "support" | "attend" | "watch" | "promote" | "fund" | "encourage" | "endorse"
            );
        if shared {
            // (At the second verb, which the object branch below steps over.)
            from += 3;
        }
        let takes_verb = matches!(cue_last, "never" | "not" | "longer" | "to" | "refuse");
        // "I never eat or drink dairy": two verbs of taking in share the object (not
        // "drive or use taxis", where driving is a thing of its own).
        // (Joined by "or": "I never drink and drive" is one doing, and not a taste.)
        let joined = |k: usize| ctx.word(k) == "or";
        // ("I don't eat or drink anything with caffeine": the cue's own verb.)
        if is_object_verb(cue_last) && joined(from) && is_object_verb(ctx.word(from + 1)) {
            from += 2;
        }
        if takes_verb
            && is_object_verb(ctx.word(from))
            && !matches!(ctx.word(from), "drive" | "cook" | "visit")
            && joined(from + 1)
            && is_object_verb(ctx.word(from + 2))
        {
            from += 2;
        }
        let verb = ctx.word(from);
        // "I avoid eating out", "I never eat out", "I don't eat out much": the doing,
        // not what is eaten.
        let (eats, out_at) = if matches!(cue_last, "eat" | "dine") {
            (cue_last, from)
        } else {
            (verb, from + 1)
        };
        if matches!(eats, "eat" | "eating" | "dine" | "dining")
            && ctx.word(out_at) == "out"
            && ctx.toks.get(out_at + 1).map_or(true, |t| {
                t.is_stop() || matches!(t.w.as_str(), "and" | "much" | "often")
            })
        {
            let doing = if eats.starts_with('e') {
                "eating out"
            } else {
                "dining out"
            };
            out.push(refused(doing, intensity));
            continue;
        }
        // "I'd rather not cook or clean", "I prefer not to drive or use taxis": a verb
        // said with no object is the doing itself.
        let alone = takes_verb
            && is_object_verb(verb)
            && !shared
            && (ctx.toks.get(from + 1).map_or(true, |t| t.is_stop()) || joined(from + 1));
        // "I'd rather not get recipes with mushrooms": a wish about what is handed over.
        let handed = matches!(cue_last, "not")
            && matches!(ctx.word(end - 2), "prefer" | "rather")
            && matches!(verb, "get" | "have" | "see" | "receive");
        if is_object_verb(verb) && !alone || handed || shared {
            from += 1;
            // "Never use the word delve".
            if words_said(from) {
                continue;
            }
            if matches!(verb, "feed" | "feeding" | "serve" | "serving") {
                from += fed_to(ctx, from);
            }
            // "avoid eating at chain restaurants".
            while matches!(ctx.word(from), "at" | "in" | "out" | "on" | "from") {
                from += 1;
            }
        } else if matches!(verb, "listen" | "go" | "listening" | "going")
            && ctx.word(from + 1) == "to"
        {
            from += 2;
        } else if takes_verb || alone {
            // An unknown verb: keep the verb phrase ("never fly" -> "flying").
            // A past event ("never finished school", "have never driven") is not a habit.
            let past = verb.ends_with("ed")
                || ctx.word(end.wrapping_sub(2)) == "have"
                || matches!(
                    verb,
                    "saw"
                        | "did"
                        | "went"
                        | "had"
                        | "was"
                        | "took"
                        | "ate"
                        | "drank"
                        | "knew"
                        | "told"
                        | "got"
                );
            // "I will not make you eat it": something done to someone, not a taste.
            let to_someone = matches!(ctx.word(from + 1), "you" | "him" | "her" | "us" | "me");
            // "Never manta rays", "never horror movies for me": with no "I" before it,
            // the word after "never" is as likely a noun as a verb, and a gerund made of
            // a noun ("mantaing rays") is garbage.
            let subjectless = ctx
                .anchors
                .iter()
                .rev()
                .find(|&&a| a < end)
                .is_some_and(|&a| {
                    (0..a)
                        .all(|k| matches!(ctx.word(k), "and" | "also" | "then" | "just" | "still"))
                });
            if past
                || to_someone
                || subjectless
                || is_not_avoidance(verb) && !(verb == "have" && cue_last != "never")
                || ctx.toks[from..].first().map_or(true, |t| t.is_stop())
            {
                continue;
            }
            let mut words: Vec<&str> = vec!["to"];
            let mut stop = from;
            for t in ctx.toks[from..].iter().take(11) {
                if t.is_stop()
                    || matches!(
                        t.w.as_str(),
                        "because"
                            | "since"
                            | "due"
                            | "when"
                            | "and"
                            | "but"
                            | "as"
                            | "so"
                            | "anymore"
                            // Examples and asides: "fabrics like leather, wool".
                            | "like"
                            | "such"
                            | "including"
                            | "especially"
                            | "even"
                            | "whenever"
                            | "unless"
                            | "regardless"
                    )
                {
                    break;
                }
                // "to sail or use ferries": one verb, then another (not "to attend
                // crowded conventions or events").
                if t.w == "or" && (words.len() == 2 || is_object_verb(ctx.word(stop + 1))) {
                    break;
                }
                words.push(&t.w);
                stop += 1;
            }
            let single = words.len() == 2;
            if let Some(t) = crate::extract::topic::clean(words) {
                out.push(refused(t, intensity));
            }
            // "... to sail or use ferries", "... cook or clean": the second doing, with
            // its object if it takes one.
            let second = ctx.word(stop + 1);
            if joined(stop) && !second.is_empty() {
                let things = if is_object_verb(second) {
                    ctx.topics(stop + 2)
                } else {
                    Vec::new()
                };
                let bare = ctx.toks.get(stop + 2).map_or(true, |t| t.is_stop());
                if !things.is_empty() {
                    for t in things {
                        out.push(refused(t, intensity));
                    }
                } else if (single || is_object_verb(second)) && bare {
                    let doing = crate::extract::topic::clean(vec!["to", second]);
                    out.extend(doing.map(|t| refused(t, intensity)));
                }
            }
            continue;
        }
        // "I quit my job", "I quit 5 years ago": a change of life, not a taste.
        if matches!(cue_last, "quit" | "up")
            && (matches!(
                verb,
                "my" | "so"
                    | "and"
                    | "work"
                    | "job"
                    | "school"
                    | "college"
                    | "for"
                    | "when"
                    | "after"
                    | "because"
                    | "on"
                    | "in"
                    | "last"
                    | "a"
                    | "the"
                    | "it"
                    | "that"
            ) || verb.starts_with(|c: char| c.is_ascii_digit()))
        {
            continue;
        }
        for t in ctx.topics(from) {
            // "I don't drink alcohol or eat pork": each part has its own verb.
            let t = match t.split_once(' ') {
                Some((verb, rest)) if is_object_verb(verb) => rest.to_owned(),
                _ => t,
            };
            out.push(refused(t, intensity));
        }
    }
}

/// "As long as it doesn't include tofu, count me in", "as long as there's no cilantro":
/// the one condition the person sets, what they will not have.
fn as_long_as_none(ctx: &Ctx, out: &mut Vec<Found>) {
    let Some(k) = ctx.find_seq(0, &["as", "long", "as"]) else {
        return;
    };
    let k = k + 3;
    let from = if matches!(ctx.word(k), "it" | "they" | "the" | "this") {
        // "it doesn't include / contain / have / involve X", "it has no X".
        let at = k + 1 + usize::from(ctx.word(k) == "the" || ctx.word(k) == "this");
        let neg = match (ctx.word(at), ctx.word(at + 1)) {
            ("does" | "do", "not") => at + 2,
            ("has" | "have", "no") => {
                out.extend(none_of(ctx, at + 2));
                return;
            }
            _ => return,
        };
        if !matches!(
            ctx.word(neg),
            "include" | "contain" | "have" | "involve" | "use" | "come"
        ) {
            return;
        }
        neg + 1 + usize::from(ctx.word(neg) == "come" && ctx.word(neg + 1) == "with")
    } else if ctx.word(k) == "there"
        && matches!(ctx.word(k + 1), "is" | "are")
        && ctx.word(k + 2) == "no"
    {
        k + 3
    } else {
        return;
    };
    out.extend(none_of(ctx, from));
}

/// What follows token `from` up to a comma.
fn none_of(ctx: &Ctx, from: usize) -> Vec<Found> {
    ctx.topics_to_comma(from)
        .into_iter()
        .filter(|t| !is_pronoun(t))
        .map(|t| refused(t, 0.6))
        .collect()
}
