//! Turning the words after a cue into a topic: a short lower-case noun phrase
//! that embeds well ("very sweet desserts", "hiking", "spicy food").

use super::text::Tok;

/// Longest topic, in words. Longer objects are cut where a modifier begins; the cap
/// leaves room for a restrictive clause, since without it the head says something
/// else ("books that do not focus on music" is not "books").
pub(crate) const MAX_TOPIC_WORDS: usize = 10;

/// Words that end an object: a reason, a time, a new clause, an example list.
fn ends_object(w: &str) -> bool {
    matches!(
        w,
        "because"
            | "since"
            | "cause"
            | "cuz"
            | "coz"
            | "when"
            | "whenever"
            | "while"
            | "so"
            | "unless"
            | "until"
            | "due"
            | "than"
            | "rather"
            | "instead"
            | "like"
            | "such"
            | "including"
            | "especially"
            | "except"
            | "lol"
            | "haha"
            | "hahaha"
            | "lmao"
            | "though"
            | "tho"
            | "but"
            | "whereas"
            | "which"
            | "as"
            | "i"
            | "we"
            | "he"
            | "she"
            | "they"
            | "you"
            | "please"
            | "thanks"
            | "thank"
            | "now"
            | "anymore"
            | "either"
            | "too"
            | "also"
            | "then"
            | "if"
            | "after"
            | "before"
            | "whilst"
            | "or"
            | "and"
            | "nor"
            | "its"
            | "it"
            | "it's"
            | "whom"
            | "who"
            | "where"
            | "despite"
            | "ever"
            | "even"
            | "although"
            | "otherwise"
            // "coffee, and besides hiking ...": a new clause.
            | "besides"
            | "via"
            | "plus"
            // A run-on question: "i love spongebob what do you love".
            | "what"
            | "how"
    )
}

/// A genre of music whose name alone says something else ("country", "rock", "house").
pub(crate) fn is_bare_genre(topic: &str) -> bool {
    matches!(
        topic,
        "country"
            | "rock"
            | "pop"
            | "house"
            | "soul"
            | "folk"
            | "metal"
            | "punk"
            | "classical"
            | "rap"
            | "heavy metal"
            | "hard rock"
            | "indie"
            | "electronic"
            | "gospel"
            | "trap"
    )
}

/// A word that puts a sentence about music.
pub(crate) fn names_music(w: &str) -> bool {
    matches!(
        w,
        "music"
            | "listen"
            | "listening"
            | "songs"
            | "song"
            | "playlist"
            | "playlists"
            | "genre"
            | "genres"
            | "bands"
            | "band"
            | "albums"
            | "album"
            | "concerts"
            | "radio"
    )
}

/// Filler that may trail an object ("very much", "a lot", "at all").
const TRAILING_FILLER: &[&[&str]] = &[
    &["very", "much"],
    &["so", "much"],
    // "I hate Java with a passion", "... to death": how much, not what.
    &["with", "a", "passion"],
    &["with", "passion"],
    &["to", "death"],
    // "I prefer tea over coffee any day", "... any time".
    &["any", "day"],
    &["any", "time"],
    &["a", "lot"],
    &["at", "all"],
    &["as", "well"],
    // "no water activities for me".
    &["for", "me"],
    &["in", "general"],
    &["these", "days"],
    &["the", "most"],
    &["most", "of", "all"],
    &["more", "than", "anything"],
    &["to", "be", "honest"],
    &["for", "sure"],
    &["a", "bit"],
    &["a", "little"],
    &["any", "more"],
    &["right", "now"],
    // "pumpkin spice everything", "dark mode everything": the thing put in all.
    &["everything"],
    &["at", "the", "moment"],
    &["at", "moment"],
    &["in", "my", "life"],
    &["of", "all", "time"],
    &["for", "some", "reason"],
    &["in", "my", "spare", "time"],
    &["in", "my", "free", "time"],
    &["ever"],
    &["again"],
    &["by", "the", "way"],
    &["for", "example"],
    &["for", "instance"],
    &["i", "guess"],
    &["yo"],
    &["lol"],
    &["haha"],
    &["personally"],
    &["honestly"],
    &["really"],
    &["lately"],
    &["generally"],
    // "I'd love working from home someday".
    &["someday"],
    // "I've cut out soda completely".
    &["completely"],
    &["entirely"],
    // "I prefer savory dishes exclusively".
    &["exclusively"],
    // "I avoid caffeine in any form".
    &["in", "any", "form"],
    &["whatsoever"],
    &["altogether"],
    &["much"],
    &["most"],
    &["tbh"],
    &["though"],
    &["tho"],
    &["myself"],
    &["ever"],
    &["always"],
    &["best"],
    &["better"],
    &["anyway"],
    &["just"],
    &["alot"],
    &["right"],
    &["being"],
    &["sometimes"],
    &["occasionally"],
    &["quite", "often"],
    &["very", "often"],
    &["so", "often"],
    &["often"],
    &["regularly"],
    &["today"],
    &["tonight"],
    &["here"],
    &["them"],
    &["it"],
];

/// A possessive determiner: "my", "your", "his", "her", "our", "their".
pub(crate) fn is_possessive(w: &str) -> bool {
    matches!(w, "my" | "your" | "his" | "her" | "our" | "their")
}

/// Words dropped anywhere in a topic: articles carry no meaning for the embedding.
fn dropped(w: &str) -> bool {
    matches!(w, "the" | "a" | "an")
}

/// Drop articles, and "any" or "only" inside the topic ("using any hair care
/// products", "using only organic products"), but not the "any" of "in any form".
fn drop_articles<'a>(words: &[&'a str]) -> Vec<&'a str> {
    words
        .iter()
        .enumerate()
        .filter(|&(k, w)| {
            let next = words.get(k + 1).copied().unwrap_or_default();
            let quantifier = *w == "any"
                && !next.is_empty()
                && !matches!(
                    next,
                    "kind" | "form" | "sort" | "type" | "length" | "size" | "color" | "time"
                );
            let restrictive = k > 0 && *w == "only";
            !(dropped(w) || restrictive || quantifier)
        })
        .map(|(_, w)| *w)
        .collect()
}

/// Degree and frequency adverbs inside a topic, dropped when it is too long ("shows
/// that rely heavily on autotune"): the clause keeps its meaning without them.
fn is_degree_adverb(w: &str) -> bool {
    matches!(
        w,
        "heavily"
            | "solely"
            | "mainly"
            | "mostly"
            | "primarily"
            | "largely"
            | "prominently"
            | "strictly"
            | "really"
            | "very"
            | "extremely"
            | "highly"
            | "significantly"
            | "typically"
            | "usually"
            | "often"
            | "always"
            | "exclusively"
            | "particularly"
            | "especially"
            | "only"
            | "just"
    )
}

/// Quantifiers over kinds, dropped wherever they stand ("clothes with any kind of
/// animal print" -> "clothes with animal print").
const KIND_OF: &[&[&str]] = &[
    &["all", "kinds", "of"],
    &["all", "types", "of"],
    &["any", "kind", "of"],
    &["any", "type", "of"],
    &["any", "form", "of"],
    &["any", "sort", "of"],
    &["all", "sorts", "of"],
    &["some", "form", "of"],
    &["some", "kind", "of"],
    &["some", "sort", "of"],
];

/// Leading words that only quantify or point ("any", "lots of", "those").
const LEADING_FILLER: &[&[&str]] = &[
    &["kinds", "of"],
    &["types", "of"],
    &["lots", "of"],
    &["a", "lot", "of"],
    // "all of the questions" is the questions.
    &["all", "of", "the"],
    &["all", "of"],
    &["all"],
    &["any"],
    // "anything with cheese" is cheese, "anything made of leather" leather.
    &["anything", "made", "of"],
    &["anything", "made", "from"],
    &["anything", "made", "with"],
    &["anything", "with"],
    &["anything", "containing"],
    &["anything", "that", "contains"],
    // "anything that resembles mid-century modern design": what it resembles.
    &["anything", "that", "resembles"],
    &["anything", "resembling"],
    &["everything", "with"],
    // "everything about fall", "anything to do with space": the thing itself.
    &["everything", "about"],
    &["anything", "about"],
    &["anything", "to", "do", "with"],
    &["everything", "to", "do", "with"],
    &["anything"],
    &["some"],
    &["doing"],
    &["it", "when"],
    &["it", "that"],
    &["most"],
    &["really"],
    &["just"],
    &["also"],
    &["my"],
    &["when"],
    &["something"],
    &["me", "some"],
    &["this"],
    &["these"],
    &["those"],
    &["that"],
    &["well"],
    &["sometimes"],
    &["into"],
    &["including"],
    // "anything related to hunting", "activities involving water" keep their heads; a
    // bare "related to X" or "involving X" is only X.
    &["related", "to"],
    &["based", "on"],
    &["involving"],
    // "the taste and smell of fish": the thing, not the sense.
    &["taste", "of"],
    &["smell", "of"],
    &["texture", "of"],
    &["flavor", "of"],
    &["sound", "of"],
    &["idea", "of"],
    &["concept", "of"],
    // "anything from fast food", "what i like about the internet".
    &["in"],
    &["on"],
    &["from"],
    &["about"],
    &["over"],
];

/// "i like to do both", "to do that with my kids": doing what was said elsewhere.
fn does_what_was_said(words: &[&str]) -> bool {
    words.first() == Some(&"doing")
        && words.get(1).is_some_and(|w| {
            matches!(
                *w,
                "that" | "it" | "this" | "both" | "them" | "so" | "stuff" | "things" | "something"
            )
        })
}

/// A topic that is only a pronoun or a placeholder cannot be resolved: no item.
fn is_unresolvable(words: &[&str]) -> bool {
    if refers_to_the_chat(words) {
        return true;
    }
    if does_what_was_said(words) {
        return true;
    }
    // "when answers start with "Certainly!"": the opening quoted is the thing (the
    // style_words rule reads it), not the answers' starting.
    if let [who, verb] = words {
        if matches!(*who, "answers" | "responses" | "replies" | "you")
            && matches!(
                *verb,
                "start" | "starts" | "begin" | "begins" | "open" | "opens" | "end" | "ends"
            )
        {
            return true;
        }
    }
    // "the only thing", "the other one": a slot with nothing in it.
    if words.iter().all(|w| {
        matches!(
            *w,
            "only" | "thing" | "things" | "one" | "ones" | "stuff" | "other" | "same" | "main"
        )
    }) {
        return true;
    }
    match words {
        [] => true,
        // "something i like as well", "my favorite restaurant everyday": no thing.
        ["as", "well"] | ["as", "much"] => true,
        [w] if matches!(
            *w,
            "everyday"
                | "daily"
                | "often"
                | "sometimes"
                | "weekly"
                | "most"
                | "least"
                | "favorites"
                | "favorite"
        ) =>
        {
            true
        }
        [w] => {
            matches!(
                *w,
                "it" | "this"
                    | "that"
                    | "them"
                    | "these"
                    | "those"
                    | "him"
                    | "her"
                    | "one"
                    | "ones"
                    | "everything"
                    | "something"
                    | "nothing"
                    | "stuff"
                    | "things"
                    | "thing"
                    | "lot"
                    | "much"
                    | "more"
                    | "so"
                    | "mine"
                    | "yours"
                    | "there"
                    | "here"
                    | "what"
                    | "who"
                    | "how"
                    | "where"
                    | "why"
                    | "when"
                    | "whether"
                    | "myself"
                    | "too"
                    | "very"
                    | "well"
                    | "idea"
                    | "way"
                    | "both"
                    | "either"
                    | "all"
                    | "same"
                    | "yes"
                    | "no"
                    | "he"
                    | "she"
                    | "they"
                    | "we"
                    | "i"
                    | "me"
                    | "us"
                    | "not"
                    | "doing"
                    | "having"
                    | "anything"
                    | "people"
                    | "sometimes"
                    | "oh"
                    | "etc"
                    | "as"
                    | "other"
                    | "different"
                    | "going"
                    | "getting"
                    // A predicate, not a thing: "summer is over, that is my favorite".
                    | "good"
                    | "great"
                    | "best"
                    | "better"
                    | "nice"
                    | "fine"
                    | "busy"
                    | "over"
                    | "done"
                    | "cool"
                    | "awesome"
                    | "bad"
                    | "worst"
                    | "okay"
                    | "ok"
                    | "gross"
                    | "nasty"
                    | "boring"
            ) || is_dangling(w)
                // A sense alone: "the taste and smell of fish" is about the fish.
                || is_sense(w)
        }
        [first, ..] => {
            matches!(
                *first,
                "you"
                    | "your"
                    | "yours"
                    | "it"
                    | "this"
                    | "that"
                    | "them"
                    | "him"
                    | "her"
                    | "what"
                    | "how"
                    | "who"
                    | "is"
                    | "are"
                    | "was"
                    | "be"
                    | "been"
                    | "not"
                    | "to"
                    | "of"
                    | "it's"
                    | "its"
                    | "with"
                    | "for"
                    | "at"
                    | "me"
                    | "myself"
                    | "doing"
                    | "my"
            ) && !(*first == "my" && words.len() > 1 && words[1] != "own")
                // "even natural ones": "ones" points back at something said before.
                || *first == "even" && matches!(words.last(), Some(&("one" | "ones")))
        }
    }
}

/// The topic starting at token `from`, up to the first stop. None when nothing
/// meaningful is left.
pub(crate) fn topic(toks: &[Tok], from: usize) -> Option<String> {
    topic_until(toks, from, toks.len())
}

/// Like [`topic`], but never past token `until`.
pub(crate) fn topic_until(toks: &[Tok], from: usize, until: usize) -> Option<String> {
    topic_span(toks, from, until).0
}

/// The topic from `from` and the index of the token that ended it.
pub(crate) fn topic_span(toks: &[Tok], from: usize, until: usize) -> (Option<String>, usize) {
    topic_span_as(toks, from, until, false)
}

/// Like [`topic_span`]; with `infinitive`, the words are read as a verb phrase
/// continuing "to ..." ("to read and do yoga" -> "doing yoga").
pub(crate) fn topic_span_as(
    toks: &[Tok],
    from: usize,
    until: usize,
    infinitive: bool,
) -> (Option<String>, usize) {
    let mut words: Vec<&str> = Vec::with_capacity(MAX_TOPIC_WORDS + 2);
    if infinitive && toks.get(from).is_some_and(|t| t.w != "to") {
        words.push("to");
    }
    let until = until.min(toks.len());
    let mut i = from;
    while i < until {
        let t = &toks[i];
        let w = t.w.as_str();
        // "mac and cheese", "rock and roll": one thing, not two.
        let fixed = matches!(w, "and" | "n" | "&")
            && words.last().is_some_and(|prev| {
                is_binomial(prev, toks.get(i + 1).map_or("", |n| n.w.as_str()))
            });
        if fixed {
            words.push("and");
            i += 1;
            continue;
        }
        // "wing it", "play it by ear", "keep it simple": idioms whose "it" points at
        // nothing.
        if w == "it" {
            let word = |k: usize| toks.get(k).map_or("", |t| t.w.as_str());
            let idiom = match words.last().copied().unwrap_or_default() {
                "wing" | "winging" => 1,
                "play" | "playing" if word(i + 1) == "by" && word(i + 2) == "ear" => 3,
                "keep" | "keeping"
                    if matches!(word(i + 1), "simple" | "casual" | "light" | "real") =>
                {
                    2
                }
                _ => 0,
            };
            if idiom > 0 && i + idiom <= until {
                words.extend(toks[i..i + idiom].iter().map(|t| t.w.as_str()));
                i += idiom;
                continue;
            }
        }
        // Degrees and bounds inside the object: "games that are too abstract", "shows
        // with more than three seasons", "movies over two and a half hours long".
        let next = toks
            .get(i + 1)
            .filter(|n| !n.is_stop())
            .map(|n| n.w.as_str());
        let prev = words.last().copied().unwrap_or_default();
        let inside = match w {
            // ("i love pizza too much" ends at "too"; "apps that send too many
            // notifications" goes on.)
            "too" => {
                let degree = next.is_some_and(|n| {
                    matches!(n, "many" | "much" | "few" | "little" | "often" | "long")
                        || is_noun_modifier(n)
                });
                // ("anywhere too hot", "anything too spicy": the degree is the thing.)
                (matches!(
                    prev,
                    "are"
                        | "is"
                        | "be"
                        | "was"
                        | "were"
                        | "being"
                        | "not"
                        | "anywhere"
                        | "anything"
                        | "somewhere"
                        | "something"
                        | "nothing"
                ) || degree && words.iter().skip(1).any(|w| opens_modifier(w)))
                    && next.is_some_and(|n| !ends_object(n))
            }
            "than" => {
                words.len() > 1
                    && matches!(prev, "more" | "less" | "fewer" | "longer" | "shorter")
                    && next.is_some_and(|n| is_number(n) || matches!(n, "a" | "an"))
            }
            "and" => {
                is_number(prev)
                    && next == Some("a")
                    && toks.get(i + 2).is_some_and(|t| t.w == "half")
            }
            // "fish as pets": the animal kept, not the animal eaten.
            "as" => !words.is_empty() && matches!(next, Some("pets" | "pet")),
            _ => false,
        };
        if inside && i + 1 < until {
            words.push(w);
            i += 1;
            continue;
        }
        // "horror movies way too stressful": "way" is a degree of the degree.
        if w == "way" && !words.is_empty() && matches!(next, Some("too" | "more" | "less")) {
            break;
        }
        // "dishes with even mild spice": the degree is no part of the thing.
        if w == "even" && matches!(prev, "with" | "without" | "in" | "of") {
            i += 1;
            continue;
        }
        // "hotels away from the center to avoid noise": a purpose, not the thing.
        if w == "to"
            && !words.is_empty()
            && next.is_some_and(|n| {
                matches!(
                    n,
                    "avoid"
                        | "reduce"
                        | "minimize"
                        | "support"
                        | "save"
                        | "protect"
                        | "prevent"
                        | "ensure"
                        | "maintain"
                        | "keep"
                        | "help"
                        | "improve"
                        | "lower"
                )
            })
        {
            break;
        }
        // "anime no matter how hard I try": a concession, not the thing.
        if w == "no" && next == Some("matter") {
            break;
        }
        // "meat for health and ethical reasons": why, not what (nor a second thing).
        if w == "for"
            && !words.is_empty()
            && (i + 1..(i + 5).min(until))
                .any(|k| matches!(toks[k].w.as_str(), "reasons" | "reason"))
        {
            break;
        }
        // "i love animals my by far favorite are pandas", "i love the fall my fav color
        // is green": a run-on sentence about a favourite (not "songs from my favorite
        // band", "one of my favorites is").
        if w == "my" && !words.is_empty() && !is_dangling(prev) && prev != "one" {
            let mut k = i + 1;
            while toks
                .get(k)
                .is_some_and(|t| matches!(t.w.as_str(), "by" | "far" | "all-time" | "absolute"))
            {
                k += 1;
            }
            let favorite = toks
                .get(k)
                .is_some_and(|t| matches!(t.w.as_str(), "favorite" | "favorites"));
            let copula = toks[k.min(toks.len())..]
                .iter()
                .take(4)
                .any(|t| matches!(t.w.as_str(), "is" | "are"));
            if favorite && copula {
                break;
            }
        }
        // "blue is nice": a new clause about the thing, not more of it (but "areas
        // that are not prone to floods" is one thing).
        if matches!(w, "is" | "are" | "was" | "were")
            && !words.is_empty()
            && !matches!(prev, "that" | "which" | "who" | "what" | "to")
        {
            break;
        }
        // "all music other than country", "any fruit apart from bananas": an exception
        // (read by the exception rule) is no part of what is taken.
        let next = toks.get(i + 1).map_or("", |n| n.w.as_str());
        if !words.is_empty()
            && (w == "excluding"
                || matches!((w, next), ("other", "than") | ("apart" | "aside", "from")))
        {
            break;
        }
        // "dark mode in every app", "on all my devices": where, not what.
        let after_next = toks.get(i + 2).map_or("", |n| n.w.as_str());
        if !words.is_empty()
            && matches!(w, "in" | "on" | "across")
            && (next == "every" || next == "all" && after_next == "my")
        {
            break;
        }
        // "activities that could potentially cause head trauma": a verb, not "'cause".
        let verb = w == "cause"
            && matches!(
                prev,
                "could" | "can" | "may" | "might" | "would" | "will" | "potentially" | "that"
            );
        if t.is_stop() || (ends_object(w) && !verb && words.iter().any(|w| *w != "to")) {
            break;
        }
        if ends_object(w) && matches!(w, "and" | "or" | "if" | "i" | "you") {
            break;
        }
        // "the internet that is why": a "that" opening a new clause ends the object;
        // "wine that is not too sweet" restricts it.
        let describes = matches!(toks.get(i + 1).map(|n| n.w.as_str()), Some("is" | "are"))
            && toks.get(i + 2).is_some_and(|n| {
                matches!(
                    n.w.as_str(),
                    "not" | "too" | "very" | "really" | "less" | "more" | "overly" | "extra"
                ) || is_noun_modifier(&n.w)
                    || n.w.ends_with("-free")
            });
        if w == "that"
            && !describes
            && !words.is_empty()
            && toks.get(i + 1).is_some_and(|n| {
                matches!(
                    n.w.as_str(),
                    "is" | "was"
                        | "i"
                        | "you"
                        | "we"
                        | "they"
                        | "he"
                        | "she"
                        | "it"
                        | "my"
                        | "makes"
                        | "made"
                )
            })
        {
            break;
        }
        words.push(w);
        i += 1;
        if words.len() >= MAX_TOPIC_WORDS + 3 {
            break;
        }
    }
    (clean(words), i)
}

/// A word that opens a restrictive modifier of the noun before it: a relative
/// pronoun, "with", or a participle ("shows involving", "products tested on").
pub(crate) fn opens_modifier(w: &str) -> bool {
    matches!(
        w,
        "that"
            | "which"
            | "who"
            | "with"
            | "without"
            | "involving"
            | "featuring"
            | "containing"
            | "depicting"
            | "showing"
            | "set"
            | "made"
            | "based"
            | "tested"
            | "narrated"
            | "associated"
            | "released"
            | "designed"
            | "produced"
            | "written"
            | "focused"
            | "centered"
            | "meant"
            | "located"
            | "situated"
    )
}

/// The head of a topic with a restrictive modifier: what the thing is, before what
/// narrows it ("shows" of "shows with graphic violence", "using beauty products" of
/// "using beauty products that contain retinol"). A leading activity keeps its
/// preposition ("staying in hotels"). None when nothing restricts the topic.
pub(crate) fn head(topic: &str) -> Option<&str> {
    let activity = topic.split(' ').next()?.ends_with("ing");
    let mut at = 0;
    for (k, w) in topic.split(' ').enumerate() {
        // ("shows like severance" is about shows.)
        if k >= 1 && (opens_modifier(w) || w == "like") && !(activity && k == 1) {
            return Some(&topic[..at - 1]);
        }
        at += w.len() + 1;
    }
    None
}

/// A sense, which names no taste of its own ("the taste and smell of fish").
pub(crate) fn is_sense(w: &str) -> bool {
    matches!(w, "taste" | "smell" | "texture" | "flavor" | "feel")
}

/// Pairs joined by "and" that name one thing.
fn is_binomial(first: &str, second: &str) -> bool {
    matches!(
        (first, second),
        ("mac" | "macaroni", "cheese")
            | ("hustle", "bustle")
            | ("peace", "quiet")
            | ("fish", "chips")
            | ("rock", "roll")
            | ("rhythm", "blues")
            | ("r", "b")
            | ("drum", "bass")
            | ("peanut" | "butter", "jelly")
            | ("bread", "butter")
            | ("salt", "pepper")
            | ("sweet", "sour")
            | ("surf", "turf")
            | ("rice", "beans")
            | ("chips", "salsa")
            | ("bacon", "eggs")
            | ("ham", "cheese")
            | ("biscuits", "gravy")
            | ("chicken", "waffles")
            | ("bed", "breakfast")
            | ("arts", "crafts")
            | ("dungeons", "dragons")
            | ("country", "western")
            | ("law", "order")
            | ("pen", "paper")
            | ("hide", "seek")
            | ("trial", "error")
            | ("cookies", "cream")
            | ("rum", "coke")
            | ("gin", "tonic")
    )
}

/// "the second option", "the first one", "that idea": the assistant's own output,
/// judged in passing, not a lasting taste.
fn refers_to_the_chat(words: &[&str]) -> bool {
    let Some(last) = words.last() else {
        return false;
    };
    let head = matches!(
        *last,
        "one"
            | "ones"
            | "option"
            | "options"
            | "version"
            | "versions"
            | "suggestion"
            | "suggestions"
            | "draft"
            | "idea"
            | "ideas"
            | "answer"
            | "response"
            | "reply"
            | "example"
            | "list"
    );
    let pointer = words.len() == 1
        || matches!(
            words[0],
            "first"
                | "second"
                | "third"
                | "fourth"
                | "last"
                | "other"
                | "previous"
                | "former"
                | "latter"
                | "next"
                | "new"
                | "final"
                | "second-to-last"
                | "current"
                | "your"
                | "above"
                | "both"
                | "all"
                | "these"
                | "those"
        );
    // "option 2", "version b": a label the assistant gave its own output.
    let labelled = matches!(
        words,
        ["option" | "version" | "idea" | "draft" | "suggestion" | "answer" | "example", label]
            if is_number(label) || label.len() == 1
    );
    head && words.len() <= 3 && pointer
        || labelled
        || words
            .first()
            .is_some_and(|w| matches!(*w, "how" | "where" | "why" | "what" | "whether"))
}

/// Words that cannot be part of an antecedent noun phrase.
pub(crate) fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "i" | "you"
            | "me"
            | "my"
            | "your"
            | "am"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "do"
            | "does"
            | "did"
            | "have"
            | "has"
            | "had"
            | "a"
            | "an"
            | "the"
            | "to"
            | "of"
            | "in"
            | "on"
            | "at"
            | "for"
            | "with"
            | "without"
            | "and"
            | "or"
            | "but"
            | "so"
            | "because"
            | "when"
            | "it"
            | "this"
            | "that"
            | "he"
            | "she"
            | "they"
            | "we"
            | "him"
            | "her"
            | "them"
            | "not"
            | "no"
            | "just"
            | "really"
            | "very"
            | "also"
            | "too"
            | "like"
            | "love"
            | "hate"
            | "enjoy"
            | "get"
            | "got"
            | "go"
            | "which"
            | "who"
            | "what"
            | "its"
            | "it's"
            | "from"
            | "about"
            | "by"
            | "some"
            | "any"
            | "become"
            | "became"
            | "becomes"
            | "maybe"
            | "perhaps"
            | "probably"
            | "all"
            | "our"
            | "their"
            | "his"
            | "there"
            | "here"
            | "now"
            | "then"
            | "next"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "if"
            | "as"
            | "than"
            | "lol"
            | "haha"
            | "yes"
            | "yeah"
            | "oh"
            | "well"
            | "ok"
            | "okay"
            | "sure"
            | "thanks"
            | "hi"
            | "hello"
            | "hey"
            | "cool"
            | "nice"
            | "great"
            | "good"
            | "make"
            | "makes"
            | "made"
            | "see"
            | "saw"
            | "seen"
            | "watch"
            | "play"
            | "eat"
            | "read"
            | "wish"
            | "those"
            | "these"
            | "much"
            | "many"
            | "one"
            | "easily"
            | "definitely"
            | "btw"
            | "though"
            | "while"
    )
}

/// The noun phrase just before token `end` (an antecedent): up to three content
/// words, skipping a comma and a relative or pronoun ("iron maiden, which ...").
pub(crate) fn np_before(toks: &[Tok], end: usize) -> Option<String> {
    let mut e = end.min(toks.len());
    while e > 0
        && (toks[e - 1].w == ","
            || matches!(
                toks[e - 1].w.as_str(),
                "which"
                    | "and"
                    | "but"
                    | "often"
                    | "sometimes"
                    | "always"
                    | "usually"
                    | "today"
                    | "yesterday"
                    // "I tried golf once. I find it boring.": when is no part of what.
                    | "once"
                    | "twice"
                    | "recently"
                    | "lately"
                    | "nonstop"
                    | "non-stop"
                    | "constantly"
                    | "again"
                    | "tonight"
                    | "everyday"
                    | "now"
                    | "too"
                    | "that"
                    | "it"
                    | "so"
                    | "they"
                    | "he"
                    | "she"
                    | "this"
                    | "those"
                    | "these"
                    | "them"
                    | "is"
                    | "are"
                    | "its"
                    | "it's"
                    | "mostly"
                    // ("i still hike tho its a like of mine".)
                    | "tho"
                    | "because"
                    | "since"
                    | "cause"
                    | "cuz"
                    // "No nuts please, I'm allergic."
                    | "please"
                    | "thanks"
            ))
    {
        e -= 1;
    }
    let trimmed = e;
    e = time_phrase_start(&toks[..e].iter().map(|t| t.w.as_str()).collect::<Vec<_>>());
    // "i find virtual reality simulations disorienting": the judgement is no part of it.
    let degree = |w: &str| matches!(w, "too" | "so" | "very" | "quite" | "really" | "rather");
    let mut lowest = 0;
    if e > 2 {
        let find = (e.saturating_sub(6)..e - 2)
            .rev()
            .find(|&k| matches!(toks[k].w.as_str(), "find" | "found"));
        if let Some(f) = find.filter(|_| toks[e - 1].w.ends_with("ing") || degree(&toks[e - 2].w)) {
            lowest = f + 1;
            e -= 1;
            while e > lowest && degree(&toks[e - 1].w) {
                e -= 1;
            }
        }
    }
    let mut s = e;
    // "my wife hates cilantro but i love it": the antecedent starts after her verb.
    while s > lowest
        && e - s < 3
        && !toks[s - 1].is_stop()
        && !is_function_word(&toks[s - 1].w)
        && !super::rules::is_third_person_verb(&toks[s - 1].w)
        // ("i make us both meatloaf".)
        && !matches!(toks[s - 1].w.as_str(), "us" | "both" | "him" | "them")
    {
        s -= 1;
    }
    // ("mac and cheese, my favorite!": one thing.)
    if s >= 2 && s < e && toks[s - 1].w == "and" && is_binomial(&toks[s - 2].w, &toks[s].w) {
        s -= 2;
    }
    if s == e {
        return None;
    }
    // "i collect koalas since they are my favorite": after a subject stands a
    // verb, and the thing is its object.
    if s > 0 && matches!(toks[s - 1].w.as_str(), "i" | "we" | "me") {
        // "in my spare time i paint and love it": a verb with no object is the
        // activity, when "and" goes on to the verdict.
        // ("i still hike tho its a like of mine": or a pronoun says it.)
        let activity = e - s == 1
            && toks[s - 1].w != "me"
            && toks
                .get(trimmed)
                .is_some_and(|t| matches!(t.w.as_str(), "and" | "tho" | "it" | "that"))
            && is_activity_verb(&toks[s].w);
        if activity {
            return Some(gerund(&toks[s].w));
        }
        if e - s == 1 {
            return None;
        }
        s += 1;
    }
    // ("it is easy especially being single, i like it".)
    if e - s > 1 && matches!(toks[s].w.as_str(), "especially" | "particularly") {
        s += 1;
    }
    // "i can't wait, i love it": after an auxiliary stands a verb; its object, if any,
    // is the thing ("to" is as often a preposition: "listened to pearl jam").
    let auxiliary = |k: usize| {
        matches!(
            toks[k].w.as_str(),
            "can" | "will" | "would" | "could" | "should" | "must" | "do" | "did"
        )
    };
    // ("definitely not vegetables" is a thing; "should work out" one verb.)
    // ("i do yoga, its a love of mine": "do" is the verb, yoga its object.)
    let does = s > 1 && toks[s - 1].w == "do" && matches!(toks[s - 2].w.as_str(), "i" | "we");
    let after_auxiliary =
        s > 0 && auxiliary(s - 1) && !does || s > 1 && toks[s - 1].w == "not" && auxiliary(s - 2);
    let particle = e - s >= 2
        && matches!(
            toks[s + 1].w.as_str(),
            "out" | "up" | "off" | "over" | "back" | "down" | "away"
        );
    if after_auxiliary && !particle {
        if e - s == 1 {
            return None;
        }
        s += 1;
    }
    // "i've been doing yoga": the activity is what is done.
    if e - s > 1 && toks[s].w == "doing" {
        s += 1;
    }
    // "i run three miles a day and i hate it": a distance or a count is not the thing.
    let measure = toks[s..e].windows(2).any(|p| {
        is_number(&p[0].w)
            && matches!(
                p[1].w.as_str(),
                "miles"
                    | "mile"
                    | "km"
                    | "kilometers"
                    | "hours"
                    | "minutes"
                    | "laps"
                    | "times"
                    | "pounds"
                    | "steps"
                    | "days"
            )
    });
    if measure {
        return None;
    }
    // "we use kubernetes at work", "i had pasta for dinner": the object comes before
    // a place, time or meal phrase ("my boss brought in strawberries": no such phrase).
    let before = |w: &str| s >= 2 && toks[s - 1].w == w;
    let setting = ["at", "in", "on", "during", "after", "before"]
        .iter()
        .any(|p| before(p))
        && toks[s..e].iter().all(|t| is_setting_word(&t.w))
        || before("for")
            && e - s == 1
            && matches!(
                toks[s].w.as_str(),
                "breakfast" | "brunch" | "lunch" | "dinner" | "supper" | "dessert" | "snack"
            );
    if setting {
        let e2 = s - 1;
        let mut s2 = e2;
        while s2 > 0 && e2 - s2 < 3 && !toks[s2 - 1].is_stop() && !is_function_word(&toks[s2 - 1].w)
        {
            s2 -= 1;
        }
        // ("we use kubernetes": the verb after a subject is no part of the object.)
        if s2 > 0 && matches!(toks[s2 - 1].w.as_str(), "i" | "we") && e2 - s2 > 1 {
            s2 += 1;
        }
        if s2 < e2 {
            let words: Vec<&str> = toks[s2..e2].iter().map(|t| t.w.as_str()).collect();
            return finish(words);
        }
    }
    let words: Vec<&str> = toks[s..e].iter().map(|t| t.w.as_str()).collect();
    finish(words)
}

/// A word of a place or a time an object is had at ("at work", "in the evening", "on
/// weekends"), not a thing itself.
fn is_setting_word(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "my"
            | "our"
            | "work"
            | "home"
            | "school"
            | "college"
            | "office"
            | "job"
            | "church"
            | "gym"
            | "class"
            | "night"
            | "nights"
            | "morning"
            | "mornings"
            | "evening"
            | "evenings"
            | "afternoon"
            | "afternoons"
            | "weekend"
            | "weekends"
            | "summer"
            | "winter"
            | "spring"
            | "fall"
            | "autumn"
            | "holidays"
            | "vacation"
            | "bed"
            | "general"
            | "particular"
            | "moment"
            | "past"
            | "car"
            | "house"
            | "kitchen"
            | "town"
            | "city"
            | "tv"
            | "television"
            | "radio"
            | "breakfast"
            | "lunch"
            | "dinner"
            | "day"
            | "days"
            | "free"
            | "spare"
            | "time"
    )
}

/// A bare present-tense verb a person does for its own sake ("i paint", "i run"), not
/// one that reports, thinks or links ("i know", "i agree", "i am"; function words,
/// adverbs and the cues themselves are out already).
fn is_activity_verb(w: &str) -> bool {
    w.len() > 2
        && !is_function_word(w)
        && !super::rules::is_manner_adverb(w)
        && !["ed", "ing", "s"].iter().any(|x| w.ends_with(x))
        && !matches!(
            w,
            "know"
                | "agree"
                | "think"
                | "guess"
                | "understand"
                | "mean"
                | "hope"
                | "bet"
                | "feel"
                | "say"
                | "believe"
                | "try"
                | "must"
                | "need"
                | "want"
                | "work"
                | "live"
                | "went"
                | "still"
                | "only"
                | "never"
                | "always"
                | "sometimes"
                | "often"
                | "use"
        )
}

/// `words` are all a phrase of time ("last year", "two years ago"), which
/// [`time_phrase_start`] leaves whole when nothing comes before it.
pub(crate) fn is_time_phrase(words: &[&str]) -> bool {
    let after_one: Vec<&str> = std::iter::once("it").chain(words.iter().copied()).collect();
    words.len() >= 2 && time_phrase_start(&after_one) == 1
}

/// "I play tennis every weekend", "yoga for years", "anime a lot": where a phrase of
/// time or frequency ending `words` begins (else their length). It says when, not what:
/// neither a topic nor a pronoun's antecedent holds it.
pub(crate) fn time_phrase_start(words: &[&str]) -> usize {
    let w = |k: usize| words.get(k).copied().unwrap_or("");
    let mut e = words.len();
    loop {
        // "two years ago", "a while ago", "ages ago": back over the span and its count.
        if w(e.wrapping_sub(1)) == "ago" && e >= 2 {
            let mut k = e - 1;
            if matches!(w(k - 1), "long" | "ages" | "while")
                || ["day", "week", "month", "year", "hour", "decade"]
                    .iter()
                    .any(|u| w(k - 1).starts_with(u))
            {
                k -= 1;
            }
            while k > 0
                && (is_number(w(k - 1))
                    || matches!(w(k - 1), "a" | "few" | "couple" | "of" | "many" | "several"))
            {
                k -= 1;
            }
            // ("at least 20 years ago", "over a year ago", "about two weeks ago".)
            if k >= 2 && matches!((w(k - 2), w(k - 1)), ("at", "least") | ("more", "than")) {
                k -= 2;
            } else if k >= 1
                && matches!(w(k - 1), "over" | "about" | "almost" | "nearly" | "around")
            {
                k -= 1;
            }
            // ("shows that were released 20 years ago": a relative clause's date is
            // what it says.)
            let relative = words[..k]
                .iter()
                .any(|w| matches!(*w, "that" | "which" | "were" | "was"));
            if k == 0 || k == e - 1 || relative {
                return e;
            }
            e = k;
            continue;
        }
        let last = w(e.wrapping_sub(1));
        let unit = matches!(
            last,
            "day"
                | "days"
                | "week"
                | "weeks"
                | "weekend"
                | "weekends"
                | "month"
                | "months"
                | "year"
                | "years"
                | "morning"
                | "mornings"
                | "night"
                | "nights"
                | "evening"
                | "evenings"
                | "summer"
                | "winter"
                | "time"
                | "ages"
                | "while"
                | "decade"
                | "decades"
        );
        let start = if e >= 2 && matches!((w(e - 2), last), ("a", "lot") | ("all", "day" | "night"))
        {
            e - 2
        } else if e >= 3 && (w(e - 3), w(e - 2), last) == ("all", "the", "time") {
            e - 3
        } else if unit && e >= 2 {
            // Counts and spans before the unit: "every other day", "for many years",
            // "for a long time", "for 10 years".
            let mut k = e - 1;
            while k > 0
                && (matches!(
                    w(k - 1),
                    "long" | "few" | "many" | "several" | "other" | "couple"
                ) || is_number(w(k - 1))
                    || matches!(w(k - 1), "a" | "the") && k >= 2 && w(k - 2) == "for")
            {
                k -= 1;
            }
            match w(k.wrapping_sub(1)) {
                "every" | "each" | "last" | "per" | "for" => k - 1,
                // "this weekend", "next summer", after the word that leads them.
                "this" | "next" if k >= 2 => k - 1,
                // "once a week", "twice a day", "three times a month".
                "a" if matches!(last, "day" | "week" | "month" | "year" | "night") => {
                    // ("a day" may open the phrase: nothing before it.)
                    match w(k.wrapping_sub(2)) {
                        "once" | "twice" => k - 2,
                        "times" => k.saturating_sub(3),
                        _ => k - 1,
                    }
                }
                _ => e,
            }
        } else {
            e
        };
        if start == e || start == 0 {
            return e;
        }
        e = start;
    }
}

/// What a pronoun opening a statement stands for, from the sentence before it: the
/// noun phrase that sentence ends on when it names a thing ("I have an iPhone 7. I
/// like it.", "Lots of animals. I love them.", "Do you like tomatoes? I hate them."),
/// not the end of a place or time phrase ("working from home. I love it"), a
/// predicate ("pizza is yummy! I enjoy it"), a number or an interjection.
pub(crate) fn np_across(toks: &[Tok]) -> Option<String> {
    let mut np = np_before(toks, toks.len())?;
    // "not into country music": the preposition is no part of the thing.
    if let Some((p, rest)) = np.split_once(' ') {
        if matches!(
            p,
            "into" | "in" | "at" | "on" | "from" | "with" | "about" | "of" | "to" | "for"
        ) {
            np = rest.to_owned();
        }
    }
    let first = np.split(' ').next()?;
    // Where the phrase starts; a phrase `finish` reworded is not vouched for.
    // (A name of two words, "the who", is one token.)
    let at = toks
        .iter()
        .rposition(|t| t.w.split(' ').next() == Some(first))?;
    let mut k = at;
    while k > 0
        && matches!(
            toks[k - 1].w.as_str(),
            "a" | "an"
                | "the"
                | "my"
                | "our"
                | "your"
                | "his"
                | "her"
                | "their"
                | "some"
                | "this"
                | "that"
                | "these"
                | "those"
                | "new"
                | "old"
                | "good"
                | "great"
        )
    {
        k -= 1;
    }
    let led_by = k.checked_sub(1).map_or("", |p| toks[p].w.as_str());
    let refused = matches!(
        led_by,
        "at" | "in" | "from" | "on" | "to" | "into" | "with" | "for" | "about" | "by"
            | "near" | "around" | "during" | "after" | "before" | "than" | "since" | "until"
            | "is" | "are" | "was" | "were" | "be" | "am" | "been" | "so" | "very" | "too"
            | "sounds" | "looks" | "seems" | "feel" | "feels" | "no" | "not"
            // "... when i lamp", "... todd would say": a verb, not a thing.
            | "i" | "we" | "he" | "she" | "they" | "would" | "will" | "can" | "could"
            | "should" | "must" | "might" | "do" | "does" | "did"
    ) || is_number(first)
        || np.split(' ').any(|w| {
            matches!(
                w,
                "years" | "months" | "weeks" | "days" | "hours" | "minutes"
            )
        })
        || matches!(
            np.as_str(),
            "nah"
                | "yeah"
                | "yes"
                | "no"
                | "ok"
                | "okay"
                | "lol"
                | "oh"
                | "wow"
                | "cool"
                | "nice"
                | "great"
                | "haha"
                | "hmm"
                | "sure"
                | "thanks"
                | "man"
                | "fun"
                | "awesome"
                | "true"
                | "right"
                | "place"
                | "thing"
                | "things"
                | "stuff"
                | "idea"
                | "time"
                | "day"
                | "way"
                | "lot"
        );
    (!refused).then_some(np)
}

/// The indefinite article `noun` is said with: "an engineer", "a university", "an hour".
pub(crate) fn indefinite(noun: &str) -> &'static str {
    let sounds_y = ["uni", "use", "usu", "uti", "euro", "one"]
        .iter()
        .any(|p| noun.starts_with(p));
    let silent_h = ["hour", "honest", "honor", "honour", "heir"]
        .iter()
        .any(|p| noun.starts_with(p));
    if silent_h || noun.starts_with(['a', 'e', 'i', 'o', 'u']) && !sounds_y {
        "an"
    } else {
        "a"
    }
}

/// A count up to ten, in words or digits.
pub(crate) fn is_number(w: &str) -> bool {
    matches!(
        w,
        "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "eleven"
            | "twelve"
            | "thirteen"
            | "fourteen"
            | "fifteen"
            | "sixteen"
            | "seventeen"
            | "eighteen"
            | "nineteen"
            | "twenty"
            | "thirty"
            | "forty"
            | "fifty"
            | "sixty"
            | "seventy"
            | "eighty"
            | "ninety"
            | "hundred"
    ) || !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
}

/// Strip filler from both ends, turn a leading infinitive into a gerund
/// ("to hike" -> "hiking"), drop articles, cap the length.
pub(crate) fn clean(words: Vec<&str>) -> Option<String> {
    clean_inner(words, true)
}

fn clean_inner(mut words: Vec<&str>, infinitive: bool) -> Option<String> {
    // "my favorite series ever by the way": a filler phrase alone is no topic.
    if words.len() > 1 && TRAILING_FILLER.iter().any(|f| words == *f) {
        return None;
    }
    loop {
        let before = words.len();
        for filler in KIND_OF.iter().chain(LEADING_FILLER) {
            // ("anything too spicy" keeps what the degree is said of.)
            if words.len() > filler.len()
                && words.starts_with(filler)
                && words[filler.len()] != "too"
            {
                words.drain(..filler.len());
                break;
            }
        }
        for filler in TRAILING_FILLER {
            // "talking about myself": the object of a preposition, not emphasis.
            // ("to explode everything", "bagels with everything": an object too.)
            let object = ends_on_idiom_it(&words)
                || matches!(*filler, ["myself"] | ["everything"])
                    && words.len() > 1
                    && (matches!(
                        words[words.len() - 2],
                        "about" | "for" | "with" | "to" | "by" | "of" | "on"
                    ) || *filler == ["everything"]
                        && (words[0] == "to" || words[words.len() - 2].ends_with("ing")));
            if words.len() > filler.len() && words.ends_with(filler) && !object {
                words.truncate(words.len() - filler.len());
                break;
            }
        }
        // "drinking coffee every morning", "yoga for years": when, not what.
        words.truncate(time_phrase_start(&words));
        if words.len() == before {
            break;
        }
    }
    if infinitive && words.len() > 1 && words[0] == "to" {
        words.remove(0);
        return finish_gerund(words);
    }
    finish(words)
}

fn finish_gerund(mut words: Vec<&str>) -> Option<String> {
    // "to go shopping" -> "shopping"; "to be outdoors" -> "being outdoors".
    if words.len() > 1 && words[0] == "go" && words[1].ends_with("ing") {
        words.remove(0);
        return finish(words);
    }
    // "or some whittling": a quantity of a thing, not a verb ("soming").
    if words.len() > 1 && words[0] == "some" {
        words.remove(0);
        return finish(words);
    }
    // "to do yoga", "to do canning": what is done, as "doing yoga" gives (not "to do
    // the dishes", whose article keeps the doing).
    if words.len() > 1
        && words[0] == "do"
        && !is_function_word(words[1])
        && !matches!(
            words[1],
            "things"
                | "stuff"
                | "nothing"
                | "something"
                | "anything"
                | "everything"
                | "well"
                | "better"
                | "good"
                | "great"
                | "during"
                | "in"
                | "on"
                | "at"
                | "for"
                | "with"
                | "after"
        )
    {
        words.remove(0);
        return finish(words);
    }
    // "to just talk on the phone", "to really get into yoga": the adverb is no verb.
    while words.len() > 1
        && matches!(words[0], "just" | "really" | "also" | "always" | "even")
        && !is_function_word(words[1])
    {
        words.remove(0);
    }
    // "not to hot and not to cold": an adjective alone is no activity; nor is a bare
    // "go" or "do" ("and go twice a year").
    if words.len() == 1 && (is_noun_modifier(words[0]) || matches!(words[0], "go" | "do")) {
        return None;
    }
    let first = *words.first()?;
    // "to shop for watches and shoes", "to ride 3 dogs": a later conjunct that cannot be
    // a bare verb stays a noun phrase; an adverb or quantifier is no activity at all.
    if first.len() > 3 && first.ends_with('s') && !first.ends_with("ss") && !first.ends_with("us")
        || first.starts_with(|c: char| c.is_ascii_digit())
        || first.len() > 5 && first.ends_with("ry") && first != "scurry"
        || ["tion", "sion", "ness"].iter().any(|s| first.ends_with(s))
        || words.len() > 1 && is_noun_modifier(first)
        // "and produced by", "or gender-neutral fragrances", "and more intimate events":
        // a participle, a compound adjective or a degree, no verb to make an activity of.
        || first.len() > 4 && first.ends_with("ed") && !first.ends_with("eed")
        || first.contains('-')
            && ["al", "ic", "ive", "ous", "ful", "ed", "ing", "less", "able"]
                .iter()
                .any(|s| first.ends_with(s))
        || matches!(first, "more" | "less" | "most" | "smaller" | "larger" | "bigger")
    {
        return finish(words);
    }
    // "to the zoo and the ballet": a later conjunct with an article is a noun phrase.
    if dropped(first) {
        return finish(words);
    }
    // "i like to my walk my dog": no verb to make an activity of.
    if super::rules::is_manner_adverb(first)
        || is_possessive(first)
        || matches!(
            first,
            "even" | "which" | "all" | "every" | "each" | "also" | "just" | "maybe"
        )
    {
        return None;
    }
    let gerund = gerund(first);
    if is_dangling(&gerund)
        || matches!(words[0], "do" | "be" | "it" | "that" | "this") && words.len() == 1
    {
        return None;
    }
    // The tail is a complement ("at the show"), so it may start with a preposition.
    let mut tail: Vec<&str> = words[1..].to_vec();
    while !ends_on_idiom_it(&words)
        && tail.last().is_some_and(|w| {
            is_dangling(w) || matches!(*w, "them" | "it" | "this" | "that" | "there")
        })
    {
        tail.pop();
    }
    let mut all = vec![gerund.as_str()];
    all.extend(tail);
    drop_kind_of(&mut all);
    drop_companion(&mut all);
    let mut all = shorten(drop_articles(&all));
    while all.len() > 1 && !ends_on_idiom_it(&all) && all.last().is_some_and(|w| is_dangling(w)) {
        all.pop();
    }
    (!all.is_empty() && !does_what_was_said(&all)).then(|| all.join(" "))
}

/// "to buy vegan makeup brands and hybrid vehicles": a later conjunct opening with one
/// of these is a noun phrase, not a verb to make an activity of ("hybridding").
fn is_noun_modifier(w: &str) -> bool {
    matches!(
        w,
        "hybrid"
            | "electric"
            | "vegan"
            | "vegetarian"
            | "organic"
            | "natural"
            | "synthetic"
            | "digital"
            | "virtual"
            | "fantasy"
            | "medieval"
            | "modern"
            | "classic"
            | "vintage"
            | "local"
            | "foreign"
            | "indie"
            | "independent"
            | "online"
            | "outdoor"
            | "indoor"
            | "spicy"
            | "sweet"
            | "humid"
            | "loud"
            | "crowded"
            | "noisy"
            | "small"
            | "large"
            | "big"
            | "new"
            | "old"
            | "unisex"
            | "underground"
            | "niche"
            | "hot"
            | "cold"
            | "warm"
    ) || ["-free", "-friendly", "-based", "-style"]
        .iter()
        .any(|s| w.ends_with(s))
}

/// Fit a topic into [`MAX_TOPIC_WORDS`]: first drop words that carry nothing ("areas
/// that are not prone to natural disasters" -> "areas not prone to natural disasters",
/// "hotels located in" -> "hotels in"), then cut where a post-modifier begins, so the
/// head keeps its meaning ("purchasing clothing made from materials derived from
/// animals" -> "purchasing clothing made from materials"), not mid-phrase.
fn shorten(mut words: Vec<&str>) -> Vec<&str> {
    if words.len() <= MAX_TOPIC_WORDS {
        return words;
    }
    // Adverbs of degree and the passive's auxiliaries ("that have been tested").
    let first = words[0];
    words.retain(|w| !is_degree_adverb(w));
    if words.is_empty() {
        words.push(first);
    }
    if let Some(k) = (1..words.len().saturating_sub(2))
        .find(|&k| matches!(words[k], "have" | "has" | "had") && words[k + 1] == "been")
    {
        words.drain(k..k + 2);
    }
    if words.len() <= MAX_TOPIC_WORDS {
        return words;
    }
    if let Some(k) = (1..words.len().saturating_sub(2)).find(|&k| {
        matches!(words[k], "that" | "which" | "who") && matches!(words[k + 1], "are" | "is")
    }) {
        words.drain(k..k + 2);
    }
    // "hotels located in busy central areas" -> "hotels in busy central areas".
    if let Some(k) = (1..words.len().saturating_sub(1)).find(|&k| {
        matches!(words[k], "located" | "situated") && matches!(words[k + 1], "in" | "on" | "near")
    }) {
        words.remove(k);
    }
    if words.len() <= MAX_TOPIC_WORDS {
        return words;
    }
    let boundary = (2..=MAX_TOPIC_WORDS).rev().find(|&k| {
        matches!(
            words[k],
            "that"
                | "which"
                | "who"
                | "where"
                | "when"
                | "located"
                | "set"
                | "made"
                | "derived"
                | "involving"
                | "including"
                | "because"
                | "like"
                | "such"
        )
    });
    // Else before a preposition: "small boutique hotels with no more than 30 rooms".
    let boundary = boundary.or_else(|| {
        (2..=MAX_TOPIC_WORDS)
            .rev()
            .find(|&k| matches!(words[k], "with" | "without" | "for" | "near"))
    });
    let keep = boundary.unwrap_or(MAX_TOPIC_WORDS);
    // "books that do not focus on music" is not "books": a cut that drops a denial
    // leaves a claim the user never made, so there is no topic at all.
    if words[keep..]
        .iter()
        .any(|w| matches!(*w, "not" | "no" | "never" | "without" | "nothing"))
    {
        return Vec::new();
    }
    words.truncate(keep);
    words
}

/// Cut a companion off the end of an activity ("listening to bieber with my two
/// sons", "camping in my camper with friends"): who it is done with is no part of
/// the taste, unless the company is the point ("spending time with my family").
fn drop_companion(words: &mut Vec<&str>) {
    if let Some(k) = (3..words.len().saturating_sub(1)).find(|&k| {
        words[k] == "with"
            && matches!(
                words[k + 1],
                "my" | "our" | "his" | "her" | "their" | "friends" | "family"
            )
    }) {
        let social = words[..k]
            .iter()
            .any(|w| matches!(*w, "time" | "out" | "being" | "together") || w.starts_with("hang"));
        if !social {
            words.truncate(k);
        }
    }
}

/// Remove [`KIND_OF`] quantifiers inside a topic (a leading one is filler already).
fn drop_kind_of(words: &mut Vec<&str>) {
    for filler in KIND_OF {
        if let Some(k) = (1..words.len()).find(|&k| words[k..].starts_with(filler)) {
            if k + filler.len() < words.len() {
                words.drain(k..k + filler.len());
            }
        }
    }
}

fn finish(mut words: Vec<&str>) -> Option<String> {
    // "..., and besides hiking", "aside from the price": what is set beside the taste
    // (the besides rule reads it), not a part of it.
    if matches!(
        words.as_slice(),
        ["besides", ..] | ["aside" | "apart", "from", ..]
    ) {
        return None;
    }
    // "anything by Miyazaki": the maker is the taste.
    if words.len() > 1 && words[0] == "by" {
        words.remove(0);
    }
    // "a good mystery", "a nice glass of wine": the praise is the speaker's, not the
    // thing's ("a great deal" is an amount).
    if words.len() > 2
        && words[0] == "a"
        && matches!(words[1], "good" | "nice" | "great")
        && words[2] != "deal"
    {
        words.remove(1);
    }
    // "(would rather) go hiking", "going camping": the activity is the taste.
    if words.len() > 1 && matches!(words[0], "go" | "going") && words[1].ends_with("ing") {
        words.remove(0);
    }
    drop_kind_of(&mut words);
    drop_companion(&mut words);
    let words = drop_articles(&words);
    if is_unresolvable(&words) {
        return None;
    }
    let words = &shorten(words)[..];
    // A topic should not end on a dangling function word ("hotels with"), nor on a
    // participle cut from its place or time ("period pieces set before 1900"; not "a
    // drum set").
    let mut end = words.len();
    // "venues featuring [it]": what they feature was a pronoun, and "venues" alone is
    // far more than was said.
    if end > 1
        && matches!(
            words[end - 1],
            "featuring" | "containing" | "involving" | "including"
        )
    {
        return None;
    }
    let idiom = ends_on_idiom_it(words);
    while end > 1
        && !idiom
        && (is_dangling(words[end - 1]) || words[end - 1] == "set" && words[end - 2].ends_with('s'))
    {
        end -= 1;
    }
    // "activities that involve": a relative clause cut before its object says nothing
    // (but "at that time" is no relative clause).
    if end > 3 && matches!(words[end - 2], "that" | "which" | "who") && !is_dangling(words[end - 3])
    {
        end -= 2;
    }
    let out = words[..end].join(" ");
    if out.is_empty() || is_unresolvable(&words[..end]) {
        None
    } else {
        Some(out)
    }
}

/// A lone adjective said as the thing it describes: "anything too spicy", "spicy"
/// alone, a taste in food ("very spicy food" is where a curry recipe finds it);
/// "anything scented", a kind of product ("I dislike scented" read badly). Read on a
/// whole topic, not a part of a list ("sweet and salty snacks").
pub(crate) fn as_thing(topic: &str) -> Option<String> {
    let words: Vec<&str> = topic.split(' ').collect();
    match words.as_slice() {
        ["anything" | "something", "too" | "very" | "overly", w] if is_flavour(w) => {
            Some(format!("very {w} food"))
        }
        [w] if is_flavour(w) => Some(format!("{w} food")),
        [w @ ("scented" | "fragranced" | "perfumed")] => Some(format!("{w} products")),
        _ => None,
    }
}

/// A flavour that names food when said alone.
fn is_flavour(w: &str) -> bool {
    matches!(
        w,
        "spicy"
            | "sweet"
            | "salty"
            | "sour"
            | "bitter"
            | "greasy"
            | "oily"
            | "fried"
            | "creamy"
            | "sugary"
            | "fatty"
            | "savory"
            | "savoury"
            | "tangy"
            | "garlicky"
            | "smoky"
    )
}

/// "wing it", "winging it": an idiom whose "it" points at nothing, so it stays.
fn ends_on_idiom_it(words: &[&str]) -> bool {
    matches!(words, [.., "wing" | "winging", "it"])
}

fn is_dangling(w: &str) -> bool {
    matches!(
        w,
        "no" | "than"
            // "i hate tuna almost as much as popcorn".
            | "almost"
            | "nearly"
            | "with"
            | "of"
            | "to"
            | "in"
            | "on"
            | "for"
            | "at"
            | "by"
            | "from"
            | "my"
            | "your"
            | "that"
            | "who"
            | "is"
            | "are"
            | "the"
            | "and"
            | "or"
            | "very"
            | "really"
            | "so"
            | "not"
            | "do"
            | "be"
            | "it"
            | "about"
            | "into"
            | "have"
            | "has"
            | "can"
            | "will"
            | "would"
            | "more"
            | "less"
            | "any"
            | "all"
            | "some"
            // "activities that could potentially": a verb cut before its object.
            | "could"
            | "should"
            | "might"
            | "may"
            | "must"
            | "potentially"
    )
}

/// "hike" -> "hiking", "swim" -> "swimming", "ski" -> "skiing", "play" -> "playing".
pub(crate) fn gerund(verb: &str) -> String {
    // Already a gerund ("to eating", "going"), but not a verb that ends in -ing ("to
    // sing", "bring", "string"): a gerund's stem has a vowel.
    if verb
        .strip_suffix("ing")
        .is_some_and(|stem| stem.contains(['a', 'e', 'i', 'o', 'u', 'y']))
    {
        return verb.to_owned();
    }
    // "carry-on", "check-in", "take-out": nouns made of a verb and its particle.
    if verb.rsplit_once('-').is_some_and(|(_, p)| {
        matches!(
            p,
            "on" | "in" | "up" | "out" | "off" | "over" | "away" | "back" | "down"
        )
    }) {
        return verb.to_owned();
    }
    match verb {
        "be" => return "being".into(),
        "see" => return "seeing".into(),
        "die" => return "dying".into(),
        "lie" => return "lying".into(),
        _ => {}
    }
    let b = verb.as_bytes();
    let n = b.len();
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    // "barbecue" -> "barbecuing", "argue" -> "arguing".
    if n >= 3 && b[n - 1] == b'e' && (!vowel(b[n - 2]) || b[n - 2] == b'u') {
        return format!("{}ing", &verb[..n - 1]);
    }
    let vowel_groups =
        b.windows(2).filter(|w| vowel(w[1]) && !vowel(w[0])).count() + usize::from(vowel(b[0]));
    if n >= 3
        && vowel_groups == 1
        && !vowel(b[n - 1])
        && !matches!(b[n - 1], b'w' | b'x' | b'y')
        && vowel(b[n - 2])
        && !vowel(b[n - 3])
    {
        return format!("{verb}{}ing", &verb[n - 1..]);
    }
    format!("{verb}ing")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_head_is_what_the_modifier_narrows() {
        assert_eq!(head("shows with graphic violence"), Some("shows"));
        assert_eq!(
            head("using beauty products that contain retinol"),
            Some("using beauty products")
        );
        assert_eq!(
            head("staying in hotels located in busy areas"),
            Some("staying in hotels")
        );
        // An activity's own "with" is no modifier.
        assert_eq!(head("playing with dogs"), None);
        assert_eq!(head("spicy food"), None);
        assert_eq!(head("tv shows like severance and dark"), Some("tv shows"));
        assert_eq!(head("that"), None);
        assert_eq!(head(""), None);
    }

    #[test]
    fn gerunds_follow_english_spelling() {
        assert_eq!(gerund("hike"), "hiking");
        assert_eq!(gerund("swim"), "swimming");
        assert_eq!(gerund("ski"), "skiing");
        assert_eq!(gerund("play"), "playing");
        assert_eq!(gerund("read"), "reading");
        assert_eq!(gerund("cook"), "cooking");
        assert_eq!(gerund("run"), "running");
        assert_eq!(gerund("travel"), "traveling");
        assert_eq!(gerund("be"), "being");
        assert_eq!(gerund("going"), "going");
        assert_eq!(gerund("doing"), "doing");
        assert_eq!(gerund("using"), "using");
        assert_eq!(gerund("sing"), "singing");
        assert_eq!(gerund("bring"), "bringing");
    }
}
