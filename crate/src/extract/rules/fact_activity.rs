//! "I play the guitar", "I do yoga", "I'm learning Japanese", "I go climbing every
//! weekend", "I run marathons": what the person does with their time. Stored as facts,
//! not tastes: doing a thing says it is part of the person's life (gear, practice,
//! travel and schedules should fit it), not that they like every part of it.
//!
//! Only habits: the simple present ("I play"), "I've been playing", "I started
//! playing", and "I'm learning"; not a plan ("I'm playing tennis tomorrow"), a wish
//! ("I want to play"), the past ("I used to play") or an ability ("I can play").

use super::{is_language, Ctx, Found, Rule};

pub(crate) const RULE: Rule = Rule {
    name: "fact_activity",
    description: "activity facts: I play the guitar / tennis, I do yoga, I'm learning Japanese / to drive, I go climbing, I run marathons, I knit, I work out in the morning, I shop at Costco, I volunteer at the library",
    in_requests: false,
    apply,
};

fn is_instrument(w: &str) -> bool {
    matches!(
        w,
        "guitar"
            | "piano"
            | "violin"
            | "viola"
            | "cello"
            | "drums"
            | "bass"
            | "ukulele"
            | "saxophone"
            | "sax"
            | "flute"
            | "trumpet"
            | "trombone"
            | "clarinet"
            | "harp"
            | "banjo"
            | "mandolin"
            | "harmonica"
            | "accordion"
    )
}

/// What one plays besides an instrument.
fn is_game(w: &str) -> bool {
    matches!(
        w,
        "tennis"
            | "golf"
            | "soccer"
            | "football"
            | "basketball"
            | "volleyball"
            | "baseball"
            | "softball"
            | "hockey"
            | "badminton"
            | "squash"
            | "rugby"
            | "cricket"
            | "pickleball"
            | "padel"
            | "chess"
            | "poker"
            | "bridge"
    )
}

/// What one does or practises.
fn is_practice(w: &str) -> bool {
    matches!(
        w,
        "yoga"
            | "pilates"
            | "crossfit"
            | "karate"
            | "judo"
            | "boxing"
            | "kickboxing"
            | "ballet"
            | "taekwondo"
            | "jiu-jitsu"
            | "triathlons"
            | "meditation"
            | "woodworking"
            | "pottery"
            | "calligraphy"
            | "photography"
            | "gardening"
            | "weightlifting"
            | "powerlifting"
    )
}

/// What one goes to do ("I go climbing").
fn is_outing(w: &str) -> bool {
    matches!(
        w,
        "climbing"
            | "bouldering"
            | "running"
            | "jogging"
            | "hiking"
            | "swimming"
            | "cycling"
            | "biking"
            | "fishing"
            | "camping"
            | "skiing"
            | "snowboarding"
            | "surfing"
            | "sailing"
            | "kayaking"
            | "dancing"
            | "birdwatching"
            | "hunting"
            | "skating"
    )
}

/// A habit said with the verb alone ("I swim three times a week"), as the third person
/// stores it.
fn bare(w: &str) -> Option<&'static str> {
    Some(match w {
        "run" | "running" => "runs",
        "swim" | "swimming" => "swims",
        "cycle" | "cycling" => "cycles",
        "climb" | "climbing" => "climbs",
        "surf" | "surfing" => "surfs",
        "ski" | "skiing" => "skis",
        "hike" | "hiking" => "hikes",
        "jog" | "jogging" => "jogs",
        "knit" | "knitting" => "knits",
        "crochet" | "crocheting" => "crochets",
        "sew" | "sewing" => "sews",
        "paint" | "painting" => "paints",
        "draw" | "drawing" => "draws",
        "meditate" | "meditating" => "meditates",
        "bake" | "baking" => "bakes",
        "cook" | "cooking" => "cooks",
        _ => return None,
    })
}

/// A pastime's verb in its bare form, as "i run every day" or "I'd love to travel" say
/// it: the habits above and a few more one takes up.
pub(crate) fn is_pastime(w: &str) -> bool {
    bare(w).is_some() && !w.ends_with("ing")
        || matches!(
            w,
            "travel"
                | "dance"
                | "sing"
                | "camp"
                | "fish"
                | "garden"
                | "sail"
                | "dive"
                | "kayak"
                | "backpack"
                | "grill"
                | "code"
        )
}

/// A habit verb in the third person as [`bare`] stores it ("swims", "meditates").
pub(crate) fn is_habit_verb(w: &str) -> bool {
    w.strip_suffix('s').and_then(bare) == Some(w)
}

/// Skills one learns "to" do ("I'm learning to drive").
fn is_skill(w: &str) -> bool {
    matches!(
        w,
        "code"
            | "program"
            | "cook"
            | "bake"
            | "swim"
            | "drive"
            | "knit"
            | "crochet"
            | "sew"
            | "paint"
            | "draw"
            | "surf"
            | "ski"
            | "skate"
            | "dance"
            | "sing"
            | "climb"
    )
}

/// The everyday areas ([`crate::domain::DOMAINS`]) where a habit of [`RULE`]'s shapes the
/// answer although the draft does not name it: "does yoga" for a workout plan, "goes
/// climbing" for a weekend away, "plays guitar" for a music draft. Empty for other topics.
pub(crate) fn habit_areas(topic: &str) -> &'static [&'static str] {
    const MUSIC: &[&str] = &["music"];
    const GAMES: &[&str] = &["games"];
    const SPORT: &[&str] = &["sports", "fitness"];
    const OUTDOORS: &[&str] = &["sports", "fitness", "travel"];
    const ART: &[&str] = &["art"];
    let (verb, what) = topic.split_once(' ').unwrap_or((topic, ""));
    match verb {
        "plays" | "learning" if is_instrument(what) => MUSIC,
        "plays"
            if matches!(
                what,
                "chess" | "poker" | "bridge" | "video games" | "board games"
            ) =>
        {
            GAMES
        }
        "plays" if is_game(what) => SPORT,
        "does" => match what {
            "meditation" => &["health"],
            "woodworking" | "pottery" | "calligraphy" | "photography" => ART,
            "gardening" => &["home"],
            _ if is_practice(what) => SPORT,
            _ => &[],
        },
        "goes" if is_outing(what) => OUTDOORS,
        "runs" if !what.is_empty() => SPORT,
        "lifts" => SPORT,
        "works" if what.starts_with("out") => SPORT,
        "training" => SPORT,
        "cycles" | "walks" if what.starts_with("to ") => &["transport", "fitness", "work"],
        "commutes" => &["transport", "work"],
        "learning" if is_language(what) || what.starts_with("to ") => &["learning"],
        "knits" | "crochets" | "sews" | "paints" | "draws" => ART,
        "meditates" => &["health"],
        "bakes" => &["food"],
        // Nearly every meal draft is about cooking: what is cooked with says more
        // (`domain::fact_called_for`), and a diet must not give way to "I cook".
        "cooks" | "meal" => &[],
        _ if what.is_empty() && is_habit_verb(verb) => SPORT,
        _ => &[],
    }
}

/// Grocery stores and markets, as said after "at".
const STORES: &[&[&str]] = &[
    &["costco"],
    &["aldi"],
    &["lidl"],
    &["trader", "joe's"],
    &["trader", "joes"],
    &["whole", "foods"],
    &["kroger"],
    &["walmart"],
    &["target"],
    &["tesco"],
    &["sainsbury's"],
    &["sainsburys"],
    &["safeway"],
    &["wegmans"],
    &["publix"],
    &["sam's", "club"],
    &["heb"],
    &["h-e-b"],
    &["asda"],
    &["morrisons"],
    &["waitrose"],
    &["sprouts"],
    &["meijer"],
    &["the", "farmers", "market"],
    &["farmers", "markets"],
    &["the", "farmer's", "market"],
];

/// "I shop at Costco", "I do my grocery shopping at Aldi", "I get my groceries from
/// Trader Joe's", "I buy everything at Costco": where the person's food comes from,
/// what a shopping list or a meal plan can count on (bulk packs, own-brand staples).
fn shops_at(ctx: &Ctx, a: usize) -> Option<String> {
    let (at, _) = [
        &["shop", "at"][..],
        &["shop", "mostly", "at"],
        &["do", "my", "shopping", "at"],
        &["do", "my", "grocery", "shopping", "at"],
        &["do", "my", "groceries", "at"],
        &["get", "my", "groceries", "at"],
        &["get", "my", "groceries", "from"],
        &["get", "groceries", "at"],
        &["get", "groceries", "from"],
        &["buy", "my", "groceries", "at"],
        &["buy", "groceries", "at"],
        &["buy", "everything", "at"],
        &["buy", "most", "of", "my", "food", "at"],
    ]
    .iter()
    .find_map(|p| ctx.seq(a, p))?;
    let (store, end) = STORES
        .iter()
        .find_map(|pat| ctx.seq(at, pat).map(|(end, _)| (pat, end)))?;
    let closed = ctx.toks.get(end).map_or(true, |t| t.is_stop())
        || matches!(
            ctx.word(end),
            "and"
                | "so"
                | "but"
                | "because"
                | "every"
                | "each"
                | "once"
                | "twice"
                | "now"
                | "mostly"
                | "on"
                | "for"
                | "weekly"
        );
    let store = store.join(" ");
    let store = store.strip_prefix("the ").unwrap_or(&store);
    closed.then(|| store.replace("farmer's market", "farmers market"))
}

/// "I volunteer at the library", "I volunteer at an animal shelter on weekends", "I
/// volunteer as a tutor": given time that a week, a résumé or a plan should count.
/// Not "I volunteered once" (the past) nor "I volunteer to help" (an offer).
fn volunteers(ctx: &Ctx, a: usize) -> Option<String> {
    let (at, how) = [
        (&["volunteer", "at"][..], "at"),
        (&["volunteer", "as"], "as"),
    ]
    .iter()
    .find_map(|&(p, how)| ctx.seq(a, p).map(|(at, _)| (at, how)))?;
    let article = match ctx.word(at) {
        "the" => "the ",
        _ => ctx.article(at),
    };
    let from = at + usize::from(!article.is_empty());
    let words = ctx.short_name(from, |w| {
        matches!(
            w,
            "on" | "every"
                | "each"
                | "and"
                | "but"
                | "so"
                | "because"
                | "in"
                | "with"
                | "twice"
                | "once"
                | "since"
                | "for"
                | "when"
                | "at"
                | "now"
                | "often"
                | "regularly"
        )
    });
    (!words.is_empty() && words.len() <= 3)
        .then(|| format!("volunteers {how} {article}{}", words.join(" ")))
}

/// How a verb is said after the subject.
#[derive(PartialEq)]
enum Form {
    /// "I play" ("I have played" is not a habit).
    Present,
    /// "I've been playing", "I started playing": a habit under way.
    Habit,
    /// "I'm playing": a habit only for "learning".
    Progressive,
}

/// The verb after a first-person anchor and how it is said, skipping frequency adverbs:
/// "I also play", "I've been playing", "I recently started playing", "I'm learning".
fn verb(ctx: &Ctx, anchor: usize) -> (usize, Form) {
    let mut i = anchor;
    let mut form = Form::Present;
    loop {
        match ctx.word(i) {
            "also" | "still" | "mostly" | "usually" | "often" | "regularly" | "sometimes"
            | "occasionally" | "currently" | "now" | "actually" | "recently" | "just" | "even"
            | "really" => {}
            "am" if form == Form::Present => form = Form::Progressive,
            "have" if form == Form::Present && ctx.word(i + 1) == "been" => {
                form = Form::Habit;
                i += 1;
            }
            "have" if form == Form::Present && ctx.word(i + 1) == "started" => form = Form::Habit,
            "started" | "began" | "begun" | "start" => form = Form::Habit,
            _ => return (i, form),
        }
        i += 1;
    }
}

/// After a bare habit verb: where the clause ends or how often ("every morning",
/// "three times a week", "on weekends", "for fun"); not an object ("I run a business",
/// "I paint the house", "I draw the line").
fn habitual_after(ctx: &Ctx, at: usize) -> bool {
    let w = ctx.word(at);
    ctx.toks.get(at).map_or(true, |t| t.is_stop())
        || matches!(
            w,
            "every"
                | "each"
                | "daily"
                | "weekly"
                | "regularly"
                | "often"
                | "twice"
                | "once"
                | "three"
                | "four"
                | "five"
                | "most"
                | "competitively"
                | "almost"
                | "and"
                | "but"
                | "so"
        )
        || (w == "a" && ctx.word(at + 1) == "lot")
        // ("5 days a week", "3x a week".)
        || w.starts_with(|c: char| c.is_ascii_digit())
            && matches!(ctx.word(at + 1), "days" | "times" | "x" | "mornings" | "nights")
        || (w == "on"
            && matches!(
                ctx.word(at + 1),
                "weekends" | "the" | "sundays" | "saturdays"
            ))
        || (w == "for" && matches!(ctx.word(at + 1), "fun" | "exercise" | "fitness"))
        || (w == "in" && matches!(ctx.word(at + 1), "my" | "the"))
}

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    // Only right after "I": "I love to hike and ski in winter" goes on the taste's list.
    // ("Just started learning piano" drops the "I" of a new habit.)
    let mine = |a: usize| {
        a > 0
            && (ctx.word(a - 1) == "i"
                || ctx.word(a - 1) == "just" && matches!(ctx.word(a), "started" | "began")
                || ctx.word(a) == "just" && matches!(ctx.word(a + 1), "started" | "began"))
    };
    for &a in ctx.anchors.iter().filter(|&&a| mine(a)) {
        if let Some(store) = shops_at(ctx, a) {
            out.push(Found::fact(format!("shops at {store}"), 0.75));
            continue;
        }
        if let Some(fact) = volunteers(ctx, a) {
            out.push(Found::fact(fact, 0.75));
            continue;
        }
        let (v, form) = verb(ctx, a);
        let w = ctx.word(v);
        if let Some(fact) = commute(ctx, v, &form).or_else(|| training(ctx, v, &form)) {
            out.push(Found::fact(fact, 0.75));
            continue;
        }
        // "I'm learning" is a habit; "I'm playing tennis" may be tonight's plan.
        let learning = matches!(w, "learn" | "learning");
        let said = match form {
            Form::Progressive => learning,
            Form::Habit => w.ends_with("ing") || learning,
            Form::Present => !w.ends_with("ing"),
        };
        if !said {
            continue;
        }
        let mut at = v + 1;
        let skip_the = |at: usize| at + usize::from(ctx.word(at) == "the");
        let fact = match w {
            "play" | "playing" | "practice" | "practicing" | "practise" | "practising" => {
                // "I play a lot of chess".
                if ctx.word(at) == "a" && ctx.word(at + 1) == "lot" && ctx.word(at + 2) == "of" {
                    at += 3;
                }
                let at = skip_the(at);
                let what = ctx.word(at);
                let practice = w.starts_with("practi");
                if is_instrument(what) || (!practice && is_game(what)) {
                    format!("plays {what}")
                } else if !practice
                    && matches!(what, "video" | "board")
                    && ctx.word(at + 1) == "games"
                {
                    format!("plays {what} games")
                } else if practice && is_practice(what) {
                    format!("does {what}")
                } else {
                    continue;
                }
            }
            "do" | "doing" => {
                let what = ctx.word(at);
                if !is_practice(what) {
                    continue;
                }
                format!("does {what}")
            }
            "learn" | "learning" => {
                if ctx.word(at) == "to" && ctx.word(at + 1) == "play" {
                    at = skip_the(at + 2);
                    if !is_instrument(ctx.word(at)) {
                        continue;
                    }
                    format!("learning {}", ctx.word(at))
                } else if ctx.word(at) == "to" && is_skill(ctx.word(at + 1)) {
                    format!("learning to {}", ctx.word(at + 1))
                } else {
                    let at = skip_the(at);
                    let what = ctx.word(at);
                    if !is_language(what) && !is_instrument(what) {
                        continue;
                    }
                    format!("learning {what}")
                }
            }
            // "I go to the gym 5 days a week" (not "I'm going to the gym tonight").
            "go" | "hit"
                if form == Form::Present
                    && (ctx.seq(at, &["to", "the", "gym"]).is_some() && w == "go"
                        || ctx.seq(at, &["the", "gym"]).is_some() && w == "hit")
                    && habitual_after(ctx, at + if w == "go" { 3 } else { 2 }) =>
            {
                "goes to the gym".to_owned()
            }
            // "I usually work out in the morning", "I work out at home 3 times a week":
            // when and where a workout must fit (not "I work out of an office").
            "work" if form == Form::Present && ctx.word(at) == "out" => {
                let when = matches!(ctx.word(at + 1), "in" | "at" | "before" | "after");
                let what = ctx.word(at + 2 + usize::from(ctx.word(at + 2) == "the"));
                let fact = match (ctx.word(at + 1), what) {
                    ("in", "morning" | "mornings") => "works out in the morning",
                    ("in", "evening" | "evenings") => "works out in the evening",
                    ("at", "night") => "works out at night",
                    ("at", "home") => "works out at home",
                    ("at", "lunch") | ("before", "work") | ("after", "work") => "works out",
                    _ if !when && habitual_after(ctx, at + 1) => "works out",
                    _ => continue,
                };
                fact.to_owned()
            }
            // "I meal prep on Sundays": what a recipe should keep for.
            "meal"
                if form == Form::Present
                    && matches!(ctx.word(at), "prep" | "plan")
                    && habitual_after(ctx, at + 1) =>
            {
                format!("meal {}s", ctx.word(at))
            }
            // "I lift weights 4 times a week", "I lift weights".
            "lift"
                if form == Form::Present
                    && ctx.word(at) == "weights"
                    && habitual_after(ctx, at + 1) =>
            {
                "lifts weights".to_owned()
            }
            "go" | "going" if w == "go" || form == Form::Habit => {
                let what = ctx.word(at);
                if !is_outing(what) {
                    continue;
                }
                format!("goes {what}")
            }
            _ => {
                let Some(verb) = bare(w) else {
                    continue;
                };
                // "I run marathons", "I run half marathons".
                let half = ctx.word(at) == "half";
                let race = ctx.word(at + usize::from(half));
                if verb == "runs" && matches!(race, "marathons" | "ultras" | "triathlons") {
                    let half = if half { "half " } else { "" };
                    format!("runs {half}{race}")
                } else if habitual_after(ctx, at)
                    // "I cook dinner every night", "I cook most meals at home".
                    || verb == "cooks"
                        && matches!(ctx.word(at), "dinner" | "meals" | "lunch" | "breakfast" | "most")
                        && (ctx.word(at) != "most" || ctx.word(at + 1) == "meals")
                        && habitual_after(ctx, at + 1 + usize::from(ctx.word(at) == "most"))
                {
                    verb.to_owned()
                } else {
                    continue;
                }
            }
        };
        out.push(Found::fact(fact, 0.75));
    }
}

/// "I bike to work", "I walk my kids to school", "I commute by train": how the person
/// gets about each day, from the verb at `v`.
fn commute(ctx: &Ctx, v: usize, form: &Form) -> Option<String> {
    if *form != Form::Present {
        return None;
    }
    let how = match ctx.word(v) {
        "bike" | "cycle" => "cycles",
        "walk" => "walks",
        "drive" => "drives",
        // "I take the train to work", "I take the bus to school".
        "take" if matches!(ctx.word(v + 1), "the" | "a") => {
            let by = ctx.word(v + 2);
            let means = matches!(by, "train" | "bus" | "subway" | "tube" | "ferry" | "metro");
            let place = ctx.word(v + 4);
            let daily = ctx.word(v + 3) == "to"
                && matches!(place, "work" | "school" | "uni" | "university" | "college");
            return (means && daily).then(|| format!("commutes by {by}"));
        }
        "commute" => {
            let by = ctx.word(v + 2);
            let means = matches!(
                by,
                "train" | "bus" | "bike" | "bicycle" | "car" | "subway" | "tube" | "ferry"
            );
            return (ctx.word(v + 1) == "by" && means).then(|| format!("commutes by {by}"));
        }
        _ => return None,
    };
    let to = v + 1;
    let place = ctx.word(to + 1);
    let place = match place {
        "the" if matches!(ctx.word(to + 2), "office") => "the office",
        "work" | "school" | "uni" | "university" | "college" | "campus" => place,
        _ => return None,
    };
    (ctx.word(to) == "to").then(|| format!("{how} to {place}"))
}

/// "I'm training for a half marathon": a goal that shapes what to eat and how to train.
fn training(ctx: &Ctx, v: usize, form: &Form) -> Option<String> {
    if *form != Form::Progressive || ctx.word(v) != "training" || ctx.word(v + 1) != "for" {
        return None;
    }
    let mut k = v + 2;
    if matches!(ctx.word(k), "a" | "my" | "the") {
        k += 1;
    }
    if matches!(ctx.word(k), "first" | "next") {
        k += 1;
    }
    let half = usize::from(ctx.word(k) == "half");
    let race = ctx.word(k + half);
    let known = matches!(
        race,
        "marathon" | "triathlon" | "ultra" | "ultramarathon" | "5k" | "10k" | "ironman" | "race"
    );
    known.then(|| {
        let half = if half == 1 { "half " } else { "" };
        format!("training for a {half}{race}")
    })
}
