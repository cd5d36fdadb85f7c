//! "I find X boring", "X is not my thing", "broccoli is gross", "X bores me", "nothing beats X",
//! "X is important to me", "X bores me": judgements of X.

use super::{Ctx, Found, Rule};
use crate::extract::topic;
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "evaluation",
    description:
        "judgements: I find X boring/relaxing, X is (not) my thing, X is gross, X bores me, nothing beats X, X is important to me / matters to me / works better for me, Y not so much",
    in_requests: false,
    apply,
};

pub(super) fn judgement(w: &str) -> Option<Polarity> {
    match w {
        "boring" | "annoying" | "tedious" | "ineffective" | "overrated" | "unappealing"
        | "distasteful" | "uncomfortable" | "disgusting" | "gross" | "off-putting"
        | "unbearable" | "irritating" | "pointless" | "useless" | "unpleasant" | "dull"
        | "frustrating" | "overwhelming" | "stressful" | "exhausting" | "repulsive"
        | "revolting" | "awful" | "terrible" | "horrible" | "tasteless" | "bland" | "cheesy"
        | "confusing" | "distracting" | "creepy" | "tacky" | "tiresome" | "unhelpful"
        | "uninspiring" | "uninteresting" | "unpleasurable" | "nauseating" | "intolerable"
        | "cringey" | "cringy" | "cringe" | "obnoxious" | "excessive" | "unappetizing"
        | "unethical" | "wasteful" | "disorienting" | "unengaging" | "unsettling"
        | "restrictive" | "unpleasing" | "draining" | "monotonous" | "repetitive"
        | "pretentious" | "unnecessary" | "unsafe" | "unhealthy" | "uninviting" | "jarring"
        | "disturbing" | "shallow" | "superficial" | "preachy" | "condescending"
        | "patronizing" | "clunky" | "bloated" | "overpriced" | "greasy" | "stuffy"
        | "cluttered" | "tiring" | "cruel" | "inhumane" | "barbaric" | "nasty" | "yucky" => {
            Some(Polarity::Dislike)
        }
        "relaxing" | "fascinating" | "fun" | "enjoyable" | "delicious" | "soothing" | "calming"
        | "interesting" | "inspiring" | "beautiful" | "amazing" | "exciting" | "satisfying"
        | "therapeutic" | "rewarding" | "engaging" | "comforting" | "refreshing" | "addictive"
        | "addicting" | "wonderful" | "fantastic" | "awesome" | "motivating" | "energizing"
        | "peaceful" | "charming" | "hilarious" | "tasty" | "invigorating" | "underrated" => {
            Some(Polarity::Like)
        }
        _ => None,
    }
}

/// The subject phrase ending just before token `end`: from the clause start or the last
/// comma or "and"; "hiking and camping are my thing" names both, when the first is a
/// bare word or two rather than a clause of its own.
/// Where the clause holding token `end` begins: after the last stop mark or "and".
fn clause_start(ctx: &Ctx, end: usize) -> usize {
    let start = (0..end)
        .rev()
        .find(|&i| ctx.toks[i].is_stop() || matches!(ctx.word(i), "and" | "so" | "but"))
        .map_or(0, |i| i + 1);
    // "I think Succession is overrated", "honestly I feel like X is ...": my opinion of X.
    let mut k = start;
    while matches!(ctx.word(k), "honestly" | "personally" | "tbh" | "imo") {
        k += 1;
    }
    match (ctx.word(k), ctx.word(k + 1), ctx.word(k + 2)) {
        ("i", "think" | "find", _) if k + 2 < end => k + 2,
        ("i", "feel", "like") if k + 3 < end => k + 3,
        _ => start,
    }
}

fn subject_before(ctx: &Ctx, end: usize) -> Vec<String> {
    let start = clause_start(ctx, end);
    if end - start > 6 || end == start {
        return Vec::new();
    }
    let mut out: Vec<String> = topic::topic_until(ctx.toks, start, end)
        .into_iter()
        .collect();
    if start >= 2 && ctx.word(start - 1) == "and" {
        let first = (0..start - 1)
            .rev()
            .find(|&i| ctx.toks[i].is_stop())
            .map_or(0, |i| i + 1);
        let words = start - 1 - first;
        if (1..=2).contains(&words) && !topic::is_function_word(ctx.word(first)) {
            if let Some(t) = topic::topic_until(ctx.toks, first, start - 1) {
                out.insert(0, t);
            }
        }
    }
    out
}

/// The subject of the singular verb at `verb` is one word that is not a doing: as
/// likely someone ("barnaby makes me happy") as a thing. Kinds are plural ("spreadsheets
/// make me happy"), doings ("cooking makes me happy") or said in more words.
fn named_alone(ctx: &Ctx, verb: usize) -> bool {
    let start = clause_start(ctx, verb);
    verb == start + 1
        && ctx.word(verb).ends_with('s')
        && !ctx.word(start).ends_with("ing")
        && !is_everyday_stuff(ctx.word(start))
}

/// A common thing said in the singular that is no one's name: "coffee makes me happy",
/// "rain makes me sleepy".
fn is_everyday_stuff(w: &str) -> bool {
    matches!(
        w,
        "coffee"
            | "tea"
            | "chocolate"
            | "wine"
            | "beer"
            | "alcohol"
            | "caffeine"
            | "sugar"
            | "cheese"
            | "bread"
            | "pizza"
            | "sushi"
            | "food"
            | "music"
            | "jazz"
            | "poetry"
            | "art"
            | "nature"
            | "exercise"
            | "yoga"
            | "travel"
            | "rain"
            | "snow"
            | "sunshine"
            | "summer"
            | "winter"
            | "autumn"
    )
}

/// Verbs of a thing tried, whose "it was ..." after them judges it.
const TRIED: &[&str] = &[
    "tried", "ate", "had", "drank", "read", "tasted", "watched", "played",
];

/// The thing a pronoun subject at token `at` stands for ([`Ctx::phrase_before`]), when it
/// is a kind of thing: not a person ("my sister came over, it was awful", "my kids, they
/// scare me"), a deed or a happening ("i never finished high school, it was boring",
/// "my flight got delayed, it was terrible"), nor an outcome ("I got my test results,
/// they are terrible").
fn pointed_back(ctx: &Ctx, at: usize) -> Option<String> {
    ctx.phrase_before(at).filter(|t| {
        let first = t.split(' ').next().unwrap_or_default();
        let last = t.rsplit(' ').next().unwrap_or_default();
        !topic::is_possessive(first)
            && !t.split(' ').any(super::is_person)
            && !(first.ends_with("ed") && first.len() > 4)
            && !matches!(
                last,
                "result" | "results" | "grade" | "grades" | "score" | "scores" | "news"
            )
    })
}

/// What follows "tastes" or "smells" at token `at` says it is unpleasant: "like soap",
/// "awful", "really gross".
fn off_taste(ctx: &Ctx, mut at: usize) -> bool {
    while matches!(
        ctx.word(at),
        "so" | "really" | "very" | "too" | "pretty" | "super" | "absolutely" | "just"
    ) {
        at += 1;
    }
    let like = ctx.word(at) == "like"
        && matches!(
            ctx.word(at + 1),
            "soap" | "dirt" | "metal" | "cardboard" | "chemicals" | "feet" | "garbage" | "medicine"
        );
    like || judgement(ctx.word(at)) == Some(Polarity::Dislike)
}

/// "The spicier the better", "the more garlic the better", "the less sugar the
/// better": a taste said as a scale. "Hostels are fine by me": a thing accepted,
/// weakly liked.
fn scaled_or_accepted(ctx: &Ctx, out: &mut Vec<Found>) {
    let flavour = |w: &str| -> Option<&'static str> {
        Some(match w {
            "spicier" | "hotter" => "spicy food",
            "cheesier" => "cheesy food",
            "crispier" => "crispy food",
            "garlickier" => "garlicky food",
            "sweeter" => "sweet food",
            _ => return None,
        })
    };
    for k in 0..ctx.toks.len() {
        if ctx.word(k) != "the" || k > 0 && !ctx.toks[k - 1].is_stop() {
            continue;
        }
        let Some(b) = (k + 2..(k + 6).min(ctx.toks.len()))
            .find(|&b| ctx.word(b) == "the" && ctx.word(b + 1) == "better")
        else {
            continue;
        };
        let found = match ctx.word(k + 1) {
            "more" => topic::topic_until(ctx.toks, k + 2, b).map(|t| (t, Polarity::Like)),
            "less" | "fewer" => {
                topic::topic_until(ctx.toks, k + 2, b).map(|t| (t, Polarity::Dislike))
            }
            w if b == k + 2 => flavour(w).map(|t| (t.to_owned(), Polarity::Like)),
            _ => None,
        };
        // ("the more the better", "the sooner the better": no thing.)
        if let Some((t, polarity)) = found.filter(|(t, _)| !matches!(t.as_str(), "it" | "them")) {
            out.push(Found::new(t, polarity, Kind::Preference, 0.7));
        }
    }
    // "X is fine by me", "X are okay with me" (not "that's fine by me").
    for be in 1..ctx.toks.len() {
        let accepted = matches!(ctx.word(be), "is" | "are")
            && matches!(ctx.word(be + 1), "fine" | "okay" | "ok")
            // ("Budget airlines are fine for me"; "the price is fine for me" is no taste.)
            && (matches!(ctx.word(be + 2), "by" | "with")
                || ctx.word(be) == "are" && ctx.word(be + 2) == "for")
            && ctx.word(be + 3) == "me"
            && ctx.toks.get(be + 4).map_or(true, |t| t.is_stop());
        if !accepted {
            continue;
        }
        let start = ctx.subject_start(be);
        let t = topic::topic_until(ctx.toks, start, be)
            .filter(|t| !super::is_pronoun(t) && !matches!(t.as_str(), "anything" | "either"));
        if let Some(t) = t {
            out.push(Found::new(t, Polarity::Like, Kind::Preference, 0.4));
        }
    }
}

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    scaled_or_accepted(ctx, out);
    // "I find X boring", "I find it relaxing to knit".
    for &a in ctx.anchors {
        let Some((end, _)) = ctx.seq(a, &["find"]) else {
            continue;
        };
        // "I find it difficult to stay engaged in lectures": what loses them.
        let engaged = ["difficult", "hard"].iter().find_map(|hard| {
            let (k, _) = ctx.seq(end, &["it", hard, "to"])?;
            let k = k + usize::from(ctx.word(k) == "stay");
            let lost = matches!(
                ctx.word(k),
                "engaged" | "focused" | "interested" | "motivated"
            ) && matches!(ctx.word(k + 1), "in" | "with" | "during" | "on" | "through");
            lost.then(|| ctx.topic(k + 2)).flatten()
        });
        if let Some(t) = engaged {
            out.push(Found::new(t, Polarity::Dislike, Kind::Preference, 0.6));
            continue;
        }
        for k in end + 1..(end + 8).min(ctx.toks.len()) {
            if ctx.toks[k].is_stop() {
                break;
            }
            // ("I find TypeScript a pain", "... a chore": a noun says it as well.)
            let chore = ctx.word(k - 1) == "a"
                && matches!(
                    ctx.word(k),
                    "pain"
                        | "chore"
                        | "hassle"
                        | "nightmare"
                        | "drag"
                        | "bore"
                        | "headache"
                        | "slog"
                );
            // ("I find meditation really helpful": of use to me, which only finding
            // says; "the docs are helpful" is no taste.)
            let useful = matches!(ctx.word(k), "helpful" | "useful" | "invaluable");
            let Some(p) = judgement(ctx.word(k))
                .or(chore.then_some(Polarity::Dislike))
                .or(useful.then_some(Polarity::Like))
            else {
                continue;
            };
            let mut subject_end = k;
            while subject_end > end
                && matches!(
                    ctx.word(subject_end - 1),
                    "very"
                        | "so"
                        | "really"
                        | "too"
                        | "quite"
                        | "extremely"
                        | "incredibly"
                        | "pretty"
                        | "rather"
                        | "totally"
                        | "utterly"
                        | "completely"
                        | "super"
                        | "a"
                        | "bit"
                        | "little"
                )
            {
                subject_end -= 1;
            }
            // "I find it relaxing to knit"; with nothing after the judgement the
            // pronoun points back ("I tried golf once. I find it boring."), unless the
            // sentence already said what of it ("I avoid X because I find it dull").
            let back = subject_end == end + 1
                && ctx.previous.iter().all(Found::is_theirs)
                && ctx.anchors.first() == Some(&a);
            let t = if ctx.word(end) == "it" {
                // ("I find it cruel to keep them as pets": the act is said of what
                // came before, not a thing of its own.)
                ctx.topic(k + 1)
                    .filter(|t| !t.split(' ').any(|w| matches!(w, "them" | "it" | "those")))
                    .or_else(|| back.then(|| ctx.antecedent(end)).flatten())
            } else if matches!(ctx.word(end), "them" | "those" | "these") && back {
                ctx.antecedent(end)
            } else {
                // "I find museums and galleries boring": each thing is judged.
                let judged = Ctx {
                    toks: &ctx.toks[..subject_end],
                    ..*ctx
                };
                let parts = judged.topics(end);
                if parts.len() > 1 {
                    for t in parts {
                        out.push(Found::new(t, p, Kind::Preference, 0.65));
                    }
                    break;
                }
                topic::topic_until(ctx.toks, end, subject_end)
            };
            if let Some(t) = t {
                out.push(Found::new(t, p, Kind::Preference, 0.65));
            }
            break;
        }
    }
    // "X is not my thing", "X is my jam", "golf is just not my forte", "opera, not for me".
    for i in 0..ctx.toks.len() {
        // A clause may open on "not" after a comma: the subject closed the clause before.
        let opens_on_not = i == 0 && ctx.word(0) == "not";
        // Chat drops the verb: "jazz and country not really my thing".
        let verbless = i > 0
            && ctx.word(i) == "not"
            && !ctx.toks[i - 1].is_stop()
            && !matches!(
                ctx.word(i - 1),
                "," | "and"
                    | "but"
                    | "or"
                    | "if"
                    | "why"
                    | "yea"
                    | "yeah"
                    | "yes"
                    | "no"
                    | "nah"
                    | "ok"
                    | "okay"
                    | "lol"
                    | "haha"
                    | "well"
                    | "oh"
                    | "definitely"
                    | "probably"
                    | "maybe"
                    | "certainly"
                    | "surely"
                    | "sadly"
                    | "unfortunately"
            );
        // "running has never been my thing", "tea has always been my go-to".
        let perfect = (i > 0 && matches!(ctx.word(i), "has" | "have"))
            .then(|| {
                let adverb = usize::from(matches!(ctx.word(i + 1), "never" | "always" | "not"));
                (ctx.word(i + 1 + adverb) == "been").then_some(adverb)
            })
            .flatten();
        if !(i > 0 && matches!(ctx.word(i), "is" | "are")
            || opens_on_not
            || verbless
            || perfect.is_some())
        {
            continue;
        }
        let mut j = i + usize::from(!opens_on_not && !verbless) + perfect.map_or(0, |a| a + 1);
        let mut not = perfect.is_some() && matches!(ctx.word(i + 1), "never" | "not");
        while matches!(
            ctx.word(j),
            "really"
                | "quite"
                | "exactly"
                | "just"
                | "simply"
                | "definitely"
                | "totally"
                | "not"
                | "very"
                | "so"
                | "super"
                | "extremely"
        ) {
            not |= ctx.word(j) == "not";
            j += 1;
        }
        let idiom = matches!(
            (ctx.word(j), ctx.word(j + 1), ctx.word(j + 2)),
            ("my", "thing" | "jam" | "style" | "passion" | "life" | "weakness" | "go-to", _)
                // "horror isn't really my genre", "Stardew Valley is my comfort game".
                | ("my", "genre" | "vibe" | "therapy" | "religion", _)
                // "reading is my escape", "the gym is my outlet".
                | ("my", "escape" | "outlet" | "sanctuary" | "zen" | "refuge", _)
                | ("my", "comfort", "show" | "game" | "book" | "movie" | "food" | "song")
                // "Kendrick is the GOAT".
                | ("the", "goat", _)
                // "anything with avocado is a win for me".
                | ("a", "win", "for")
                | ("my", "cup", "of")
                | ("my" | "a", "guilty", "pleasure")
                | ("my", "happy", "place")
                | ("for", "me", _)
        )
            // "coffee is life", not "life is good" or "X is life-changing".
            || ctx.word(j) == "life" && !not && ctx.toks.get(j + 1).map_or(true, |t| t.is_stop())
            // "scotch is my choice", not "it is my choice to stay".
            || ctx.word(j) == "my"
                && matches!(ctx.word(j + 1), "choice" | "pick")
                && !not
                && ctx.toks.get(j + 2).map_or(true, |t| t.is_stop())
            // "VS Code is my editor of choice", "coffee is my drink of choice".
            || ctx.word(j) == "my" && ctx.seq(j + 2, &["of", "choice"]).is_some() && !not;
        // A skill idiom reads as a dislike only when denied: "math is not my strong suit".
        let skill = matches!(
            (ctx.word(j), ctx.word(j + 1), ctx.word(j + 2)),
            ("my", "forte", _) | ("my", "strong", "suit" | "point")
        );
        // "hostels are a hard no for me", "smoking is a dealbreaker".
        let refused = !not
            && matches!(
                (ctx.word(j), ctx.word(j + 1), ctx.word(j + 2)),
                ("a", "hard" | "big", "no" | "pass")
                    | ("a", "pass", "for")
                    // "spicy food is a no for me".
                    | ("a", "no", "for" | "from")
                    | ("a", "dealbreaker" | "deal-breaker" | "no-go", _)
                    | ("a", "no", "go")
                    | ("a", "deal", "breaker")
            )
            // "math is my worst subject", "spiders are my worst nightmare" (not "my son
            // is my worst enemy": one person of mine).
            || !not
                && matches!(
                    (ctx.word(j), ctx.word(j + 1), ctx.word(j + 2)),
                    (
                        "my",
                        "worst",
                        "subject" | "class" | "nightmare" | "enemy" | "fear" | "food"
                    )
                )
                && !topic::is_possessive(ctx.word(clause_start(ctx, i)))
            // "pineapple on pizza is a crime", "honestly, ketchup is a crime" (not
            // "stealing is a crime").
            || !not
                && (ctx.word(j), ctx.word(j + 1)) == ("a", "crime")
                && (0..i).any(|k| {
                    matches!(ctx.word(k), "on" | "honestly" | "imo" | "tbh" | "literally")
                })
            // "hostels are a no", "hotels near highways are a no".
            || !not
                && (ctx.word(j), ctx.word(j + 1)) == ("a", "no")
                && ctx.toks.get(j + 2).map_or(true, |t| t.is_stop());
        // "safety is my number one priority", "battery life is my top priority".
        let priority = matches!(
            (ctx.word(j), ctx.word(j + 1), ctx.word(j + 2)),
            ("my", "priority", _)
                | (
                    "my",
                    "top" | "first" | "main" | "biggest" | "highest",
                    "priority"
                )
        ) || ctx.seq(j, &["my", "number", "one", "priority"]).is_some();
        // "battery life is important to me", "privacy is a priority for me" (not said
        // of a person: "my family is important to me", "... my top priority").
        // "I need a new phone, battery life is everything", "good coffee is a must for
        // me", "for me, comfort is key": said by me (not "timing is everything").
        let ends = |k: usize| ctx.toks.get(k).map_or(true, |t| t.is_stop());
        let to_me = |k: usize| matches!(ctx.word(k), "to" | "for") && ctx.word(k + 1) == "me";
        let mine = !ctx.anchors.is_empty()
            || ctx.find_seq(0, &["for", "me"]).is_some()
            || ctx.find_seq(0, &["to", "me"]).is_some();
        let (w0, w1) = (ctx.word(j), ctx.word(j + 1));
        let everything = mine
            && (matches!(w0, "everything" | "key") && (ends(j + 1) || to_me(j + 1))
                || (w0, w1) == ("a", "must") && ends(j + 2)
                || ctx.seq(j, &["the", "most", "important", "thing"]).is_some());
        let valued = !not
            && (priority
                || everything
                || matches!(
                    (ctx.word(j), ctx.word(j + 1), ctx.word(j + 2)),
                    ("important" | "essential" | "crucial", "to" | "for", "me")
                        | ("a", "priority" | "must", "to" | "for")
                ))
            && !matches!(
                ctx.word(clause_start(ctx, i)),
                "my" | "your" | "his" | "her" | "our" | "their" | "he" | "she" | "they"
            );
        if verbless && !idiom {
            continue;
        }
        let polarity = match (idiom || skill, not) {
            _ if refused => Polarity::Dislike,
            _ if valued => Polarity::Like,
            (true, true) => Polarity::Dislike,
            (true, false) if idiom && ctx.word(j) != "for" => Polarity::Like,
            _ => continue,
        };
        let subject = if opens_on_not {
            topic::np_before(ctx.before, ctx.before.len())
                .into_iter()
                .collect()
        } else {
            subject_before(ctx, i)
        };
        for t in subject {
            out.push(Found::new(
                t,
                polarity,
                Kind::Preference,
                if not { 0.5 } else { 0.7 },
            ));
        }
    }
    // "broccoli is gross", "baking is not fun": a negative judgement of a bare subject in
    // the present tense. "X is awesome" is left out: in chat it mostly reacts to the other
    // person's news; "my sister is annoying" judges one's own, not a kind of thing.
    for i in 0..ctx.toks.len() {
        // "i tried durian, it is gross", "i do not understand alcohol its nasty",
        // "mushrooms? they're gross": said of "it" or "they", the thing before (chat's
        // "its" is "it is").
        let it = match ctx.word(i) {
            "its" => Some(i),
            "is" | "was" if i > 0 && ctx.word(i - 1) == "it" && clause_start(ctx, i) == i - 1 => {
                Some(i - 1)
            }
            "are" | "were"
                if i > 0 && ctx.word(i - 1) == "they" && clause_start(ctx, i) == i - 1 =>
            {
                Some(i - 1)
            }
            "is" | "are" if i > 0 => None,
            // "Paris was overrated": a verdict on a taste, though said in the past.
            "was" | "were"
                if i > 0
                    && (ctx.word(i + 1) == "overrated"
                        || matches!(ctx.word(i + 1), "so" | "really" | "totally" | "way")
                            && ctx.word(i + 2) == "overrated") =>
            {
                None
            }
            _ => continue,
        };
        let mut j = i + 1;
        let mut not = false;
        while matches!(
            ctx.word(j),
            "so" | "really" | "just" | "very" | "too" | "pretty" | "super" | "not" | "always"
        ) {
            not |= ctx.word(j) == "not";
            j += 1;
        }
        let Some(p) = judgement(ctx.word(j)) else {
            continue;
        };
        let p = if not { p.flipped() } else { p };
        let start = clause_start(ctx, i);
        let bare = !matches!(
            ctx.word(start),
            "my" | "your"
                | "his"
                | "her"
                | "our"
                | "their"
                | "the"
                | "that"
                | "this"
                | "wow"
                | "oh"
                | "yes"
                | "yeah"
                | "no"
        );
        // (But "jazz is so underrated" takes a side, as "overrated" does; neither
        // denied does: "it's not overrated" is no dislike.)
        let rated = matches!(ctx.word(j), "underrated" | "overrated");
        if p == Polarity::Like && !rated || not && rated {
            continue;
        }
        if let Some(it) = it {
            // Said in the past, of a thing tried ("I had the salmon, it was bland"), not
            // of an errand or an event ("I went to the store and it was awful").
            let tried = !matches!(ctx.word(i), "was" | "were")
                || ctx
                    .earlier
                    .iter()
                    .chain(ctx.before)
                    .chain(&ctx.toks[..it])
                    .any(|t| TRIED.contains(&t.w.as_str()));
            if tried {
                out.extend(pointed_back(ctx, it).map(|t| Found::new(t, p, Kind::Preference, 0.55)));
            }
            continue;
        }
        if !bare {
            continue;
        }
        for t in subject_before(ctx, i) {
            out.push(Found::new(t, p, Kind::Preference, 0.55));
        }
    }
    // "X bores me", "X gives me a headache".
    for i in 1..ctx.toks.len() {
        let p = match (ctx.word(i), ctx.word(i + 1)) {
            (
                "bores" | "annoy" | "annoys" | "disgusts" | "disgust" | "irritates" | "bother"
                | "bothers" | "repulses" | "bore",
                "me",
            ) => Polarity::Dislike,
            ("scare" | "scares" | "terrify" | "terrifies" | "frighten" | "frightens", _) => {
                Polarity::Dislike
            }
            ("gives" | "give", "me")
                if matches!(ctx.word(i + 2), "headaches" | "headache" | "a" | "the")
                    && matches!(
                        ctx.word(i + 3),
                        "headache" | "creeps" | "migraine" | "chills" | "jitters" | "stomachache"
                    )
                    // "coffee gives me anxiety".
                    || matches!(
                        ctx.word(i + 2),
                        "headaches"
                            | "anxiety"
                            | "heartburn"
                            | "jitters"
                            | "indigestion"
                            | "migraines"
                            | "nightmares"
                            | "hives"
                    ) =>
            {
                Polarity::Dislike
            }
            ("relaxes" | "calms" | "relax" | "calm", "me") => Polarity::Like,
            // "spreadsheets make me happy", "classical music helps me focus" (said of
            // a kind of thing, to the end of the clause).
            // ("barnaby makes me happy": one bare singular word may be someone,
            // [`named_alone`].)
            ("makes" | "make", "me")
                if matches!(ctx.word(i + 2), "happy" | "smile" | "calm")
                    && ctx.toks.get(i + 3).map_or(true, |t| t.is_stop())
                    && !named_alone(ctx, i) =>
            {
                Polarity::Like
            }
            ("makes" | "make", "me")
                if matches!(
                    ctx.word(i + 2),
                    "sick" | "anxious" | "nauseous" | "miserable" | "cringe"
                ) && ctx.toks.get(i + 3).map_or(true, |t| t.is_stop())
                    && !named_alone(ctx, i) =>
            {
                Polarity::Dislike
            }
            ("helps" | "help", "me")
                if matches!(
                    ctx.word(i + 2),
                    "focus" | "relax" | "unwind" | "concentrate" | "sleep" | "think"
                ) && ctx.toks.get(i + 3).map_or(true, |t| t.is_stop()) =>
            {
                Polarity::Like
            }
            // "cilantro tastes like soap", "olives taste awful" (not "tastes like chicken").
            ("tastes" | "taste" | "smells" | "smell", _) if off_taste(ctx, i + 1) => {
                Polarity::Dislike
            }
            // "dairy upsets my stomach", "spicy food doesn't agree with me".
            ("upsets" | "upset", "my") if ctx.word(i + 2) == "stomach" => Polarity::Dislike,
            ("agree", "with") if ctx.word(i + 2) == "me" && ctx.word(i - 1) == "not" => {
                Polarity::Dislike
            }
            // "cilantro makes me sick" ("X makes me happy" is as often a person or a pet).
            ("makes" | "make", "me")
                if matches!(
                    ctx.word(i + 2),
                    "sick"
                        | "gag"
                        | "nauseous"
                        | "queasy"
                        | "cringe"
                        | "miserable"
                        | "jittery"
                        | "anxious"
                        | "bloated"
                        | "itchy"
                        | "sad"
                        | "uncomfortable"
                        | "nervous"
                ) =>
            {
                Polarity::Dislike
            }
            // "opera doesn't appeal to me", "minimalism appeals to me".
            ("appeal" | "appeals", "to") if ctx.word(i + 2) == "me" => {
                if ctx.word(i - 1) == "not" {
                    Polarity::Dislike
                } else {
                    Polarity::Like
                }
            }
            // "remote work suits me much better", "open offices don't suit me".
            // (Not "the dress suits me": one thing, not a kind; "the color orange" is
            // a kind.)
            ("suits" | "suit", "me")
                if ctx.word(clause_start(ctx, i)) != "the"
                    || ctx.word(clause_start(ctx, i) + 1) == "color" =>
            {
                if ctx.word(i - 1) == "not" {
                    Polarity::Dislike
                } else {
                    Polarity::Like
                }
            }
            // "networking events drain me", "crowds stress me out".
            ("drains" | "drain" | "exhausts" | "exhaust" | "stresses" | "stress", "me") => {
                Polarity::Dislike
            }
            // "bullet points work better for me", "short sessions work best for me".
            ("works" | "work", "better" | "best" | "well")
                if ctx.seq(i + 2, &["for", "me"]).is_some() =>
            {
                Polarity::Like
            }
            // "flashcards never work for me", "long articles don't work for me" (not
            // "Tuesday doesn't work for me": a time, not a kind of thing).
            ("work" | "works", "for")
                if ctx.word(i + 2) == "me"
                    && matches!(ctx.word(i - 1), "not" | "never")
                    && !is_time(ctx.word(clause_start(ctx, i))) =>
            {
                Polarity::Dislike
            }
            // "textbooks put me to sleep".
            ("put" | "puts", "me") if ctx.seq(i + 2, &["to", "sleep"]).is_some() => {
                Polarity::Dislike
            }
            // "warm places are better for me", "small groups are best for me".
            ("are" | "is", "better" | "best")
                if ctx.seq(i + 2, &["for", "me"]).is_some()
                    && ctx.toks.get(i + 4).map_or(true, |t| t.is_stop()) =>
            {
                Polarity::Like
            }
            // "Tables are easier for me to read", "audiobooks are easier for me".
            ("are" | "is", "easier") if ctx.seq(i + 2, &["for", "me"]).is_some() => Polarity::Like,
            // "privacy matters to me", "good sleep matters a lot to me".
            ("matters" | "matter", _)
                if ctx.seq(i + 1, &["to", "me"]).is_some()
                    || ctx.seq(i + 1, &["a", "lot", "to", "me"]).is_some() =>
            {
                Polarity::Like
            }
            // "jazz gets on my nerves".
            ("gets" | "get", "on") if ctx.seq(i + 2, &["my", "nerves"]).is_some() => {
                Polarity::Dislike
            }
            // "anime never clicked for me", "bullet journaling really clicked with me".
            ("clicked" | "clicks" | "click", "for" | "with") if ctx.word(i + 2) == "me" => {
                if matches!(ctx.word(i - 1), "not" | "never") {
                    Polarity::Dislike
                } else {
                    Polarity::Like
                }
            }
            // "coffee means the world to me", "music means everything to me".
            ("means" | "mean", _)
                if ctx.seq(i + 1, &["the", "world", "to", "me"]).is_some()
                    || ctx.seq(i + 1, &["everything", "to", "me"]).is_some()
                    || ctx.seq(i + 1, &["a", "lot", "to", "me"]).is_some() =>
            {
                Polarity::Like
            }
            // "meetings that could have been emails drive me nuts".
            ("drive" | "drives", "me")
                if matches!(
                    ctx.word(i + 2),
                    "nuts" | "crazy" | "insane" | "mad" | "bonkers" | "up"
                ) =>
            {
                Polarity::Dislike
            }
            // "gardening keeps me sane", "yoga keeps me grounded".
            ("keeps" | "keep", "me")
                if matches!(ctx.word(i + 2), "sane" | "grounded" | "going" | "happy")
                    && ctx.toks.get(i + 3).map_or(true, |t| t.is_stop()) =>
            {
                Polarity::Like
            }
            // "pineapple on pizza slaps", "thai food rocks": said of a kind of thing, at
            // the end of what is said.
            ("slaps" | "slap" | "rocks" | "rules", _)
                if ctx.toks.get(i + 1).map_or(true, |t| t.is_stop()) =>
            {
                Polarity::Like
            }
            // "seeing blood grosses me out", "clowns creep me out".
            ("grosses" | "gross" | "creeps" | "creep" | "freaks" | "freak", "me")
                if ctx.word(i + 2) == "out" =>
            {
                Polarity::Dislike
            }
            _ => continue,
        };
        // "nobody to bother me", "nothing scares me": an infinitive, or no thing at all.
        if matches!(
            ctx.word(i - 1),
            "to" | "nobody" | "nothing" | "one" | "everything"
        ) {
            continue;
        }
        // "my brother annoys me", "that movie freaks me out": one person or thing of
        // mine or in view, not a kind of thing.
        if matches!(
            ctx.word(clause_start(ctx, i)),
            "my" | "your" | "his" | "her" | "our" | "their" | "that" | "this" | "he" | "she"
        ) {
            continue;
        }
        // "opera doesn't appeal to me": the subject ends before the auxiliary.
        let mut end = i;
        while end > 1
            && matches!(
                ctx.word(end - 1),
                "not" | "does" | "do" | "did" | "really" | "just" | "never"
            )
        {
            end -= 1;
        }
        // "loud music does not bother me", "spiders don't scare me": no dislike. (The
        // arms above that read "not" themselves keep it: "doesn't appeal to me".)
        let negated = (end..i).any(|k| matches!(ctx.word(k), "not" | "never"));
        let reads_not = matches!(
            ctx.word(i),
            "agree"
                | "work"
                | "works"
                | "appeal"
                | "appeals"
                | "suit"
                | "suits"
                | "click"
                | "clicks"
                | "clicked"
        );
        if negated && !reads_not {
            continue;
        }
        // "cats, not so much, they scare me": what the pronoun stands for.
        if end >= 1
            && clause_start(ctx, end) == end - 1
            && matches!(ctx.word(end - 1), "it" | "they")
        {
            out.extend(pointed_back(ctx, end - 1).map(|t| Found::new(t, p, Kind::Preference, 0.6)));
            continue;
        }
        for t in subject_before(ctx, end) {
            // "Tables are easier for me to read": a way answers are laid out.
            let kind = if matches!(
                t.as_str(),
                "tables" | "charts" | "diagrams" | "numbered lists" | "short paragraphs"
            ) {
                Kind::Style
            } else {
                Kind::Preference
            };
            out.push(Found::new(t, p, kind, 0.6));
        }
    }
    // "Big no to horror", "a hard no on cruises": said alone, a refusal.
    let k = usize::from(ctx.word(0) == "a");
    if matches!(ctx.word(k), "big" | "hard" | "firm")
        && ctx.word(k + 1) == "no"
        && matches!(ctx.word(k + 2), "to" | "on")
    {
        for t in ctx.topics(k + 3) {
            out.push(Found::new(t, Polarity::Dislike, Kind::Preference, 0.8));
        }
    }
    // "Thrillers are my jam, horror not so much": the second of a list, denied.
    let n = ctx.toks.len();
    if n >= 5 && ctx.find_seq(n - 3, &["not", "so", "much"]).is_some() {
        let k = n - 3;
        if let Some(c) = (0..k).rev().find(|&c| ctx.word(c) == ",") {
            if (1..=3).contains(&(k - c - 1)) {
                if let Some(t) = topic::topic_until(ctx.toks, c + 1, k) {
                    out.push(Found::new(t, Polarity::Dislike, Kind::Preference, 0.5));
                }
            }
        }
    }
    if let Some(i) = ctx.find_seq(0, &["nothing", "beats"]) {
        for t in ctx.topics(i + 2) {
            out.push(Found::new(t, Polarity::Like, Kind::Preference, 0.8));
        }
    }
}

/// A day or a time, which "doesn't work for me" of is a schedule, not a taste.
fn is_time(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "today"
            | "tomorrow"
            | "tonight"
            | "morning"
            | "mornings"
            | "evenings"
            | "weekends"
    )
}
