//! Shared guards: evidence the rules must not see. Each returns true when a
//! sentence (or its first-person reading) should be dropped.

use super::text::{Tok, COMMA};

/// How a sentence may be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reading {
    /// A statement: every rule runs.
    Statement,
    /// A request phrased as a question ("could you keep it short?") or a writing
    /// task ("write a story where..."): style rules only.
    Request,
    /// Nothing here is evidence.
    Skip,
}

/// "Please recommend hotels in Rome, I hate crowds": a request (read for style only)
/// that goes on, after a comma, to a statement of the user's own. Where that
/// statement begins, to be read as a sentence of its own after the request; none for
/// a question ("Could you ..., I mean ...?") or when no clause opens on "I".
pub(crate) fn statement_after_request(toks: &[Tok], question_mark: bool) -> Option<usize> {
    if question_mark || toks.first().map_or(true, |t| t.w != "please") {
        return None;
    }
    (1..toks.len().saturating_sub(2))
        .find(|&p| matches!(toks[p].w.as_str(), COMMA | ";") && toks[p + 1].w == "i")
        .map(|p| p + 1)
}

/// Decide how to read a sentence; `cut` is set when only a prefix is a statement
/// ("I love jazz, do you?" -> "I love jazz").
pub(crate) fn reading(
    toks: &[Tok],
    question_mark: bool,
    start: &mut usize,
    cut: &mut usize,
) -> Reading {
    *start = 0;
    *cut = toks.len();
    if toks.is_empty() || !is_english(toks) {
        return Reading::Skip;
    }
    // "i like to dance, i pretend he is my boyfriend": only what follows the pretending
    // is make-believe; the statement before it stands.
    let pretend_at = make_believe_start(toks);
    if pretend_at > 0 {
        *cut = pretend_at;
    }
    let toks = &toks[..*cut];
    if is_fiction(toks) {
        // "write a story where she loves cats": only a wish about the answer itself counts.
        return Reading::Request;
    }
    let w0 = toks[0].w.as_str();
    let w1 = toks.get(1).map_or("", |t| t.w.as_str());
    let w2 = toks.get(2).map_or("", |t| t.w.as_str());
    let polite = matches!(w0, "can" | "could" | "will" | "would" | "please")
        && (w1 == "you" || w0 == "please")
        && w2 != "like";
    if polite || toks.iter().any(|t| t.w == "please") && question_mark {
        return Reading::Request;
    }
    if question_mark {
        // "Is it weird that I hate the sound of rain?": the question is about a
        // statement of mine, which stands.
        if (w0, w1) == ("is", "it")
            && matches!(
                w2,
                "weird" | "normal" | "strange" | "odd" | "bad" | "wrong" | "okay" | "ok" | "crazy"
            )
            && w(toks, 3) == "that"
            && w(toks, 4) == "i"
        {
            *start = 4;
            return Reading::Statement;
        }
        // "Am I the only one who hates cilantro?" (its "who" reads as "I").
        if (w0, w1, w(toks, 2), w(toks, 3), w(toks, 4), w(toks, 5))
            == ("am", "i", "the", "only", "one", "i")
        {
            *start = 5;
            return Reading::Statement;
        }
        // "As a vegan, what can I cook?", "Being lactose intolerant, ...?": the
        // self-description before the question.
        if w0 == "as" || w0 == "being" {
            if let Some(p) = toks.iter().position(|t| t.w == COMMA) {
                *cut = p;
                return Reading::Statement;
            }
        }
        // A statement with a tag question: "i love jazz, do you?", "I'm a nurse; what
        // helps with night shifts?", "we're vegan, any protein ideas?", "My favorite
        // band is Radiohead, can you recommend similar artists?"
        // ("Hey, I'm lactose intolerant, what can I bake?", "Quick q — I'm vegan, ...?":
        // a greeting or an aside first.)
        let lead = toks
            .iter()
            .take(5)
            .take_while(|t| {
                is_exclamation(&t.w)
                    || t.is_stop()
                    || matches!(
                        t.w.as_str(),
                        "quick" | "q" | "question" | "btw" | "fyi" | "also" | "honestly" | "anyway"
                    )
            })
            .count();
        if matches!(w(toks, lead), "i" | "we" | "my") {
            if let Some(p) = toks
                .iter()
                .rposition(|t| t.w == COMMA || t.w == ";")
                .filter(|&p| p > lead)
            {
                // "I hate crowds, so what areas would you suggest?", "I hate mondays lol,
                // anyway can you help me with my resume?"
                let q = p
                    + 1
                    + usize::from(toks.get(p + 1).is_some_and(|t| {
                        matches!(
                            t.w.as_str(),
                            "so" | "anyway" | "anyways" | "but" | "btw" | "now"
                        )
                    }));
                // ("My budget is tight, cheap dinner ideas?", "..., so dinner ideas
                // without it?": a short ask for ideas.)
                let ask = &toks[q.min(toks.len())..];
                let asks_ideas = (1..=6).contains(&ask.len())
                    && ask.iter().any(|t| {
                        matches!(
                            t.w.as_str(),
                            "ideas"
                                | "suggestions"
                                | "recommendations"
                                | "recs"
                                | "tips"
                                | "options"
                        )
                    });
                if asks_ideas || toks.get(q).is_some_and(|t| is_tag_start(&t.w)) {
                    *cut = p;
                    return Reading::Statement;
                }
            }
        }
        return Reading::Skip;
    }
    // "what i hate most is traffic": a free relative naming my own taste, not a question.
    let free_relative = w0 == "what"
        && w1 == "i"
        && toks[2..]
            .iter()
            .any(|t| matches!(t.w.as_str(), "is" | "are" | "was"));
    // "cool do you like comics i do", "great so does anyone like broccoli i do not": an
    // exclamation before a question typed without '?'.
    let lead = toks
        .iter()
        .take(3)
        .take_while(|t| is_exclamation(&t.w))
        .count();
    // ("so do i" agrees with someone: a statement. "yeah, how about drama, i love
    // those" is read whole.)
    let (w0, w1) = match lead {
        0 => (w0, w1),
        _ if w(toks, lead + 1) == "i" || !matches!(w(toks, lead), "do" | "does") => ("", ""),
        _ => (w(toks, lead), w(toks, lead + 1)),
    };
    if is_interrogative_start(w0, w1) && !free_relative {
        // Chat runs a question into a statement: "what sports do you play i love tennis".
        let answer = (lead + 2..toks.len()).find(|&k| {
            toks[k].w == "i"
                && !matches!(
                    toks[k - 1].w.as_str(),
                    "do" | "can"
                        | "could"
                        | "would"
                        | "should"
                        | "did"
                        | "if"
                        | "what"
                        | "when"
                        | "that"
                        | "where"
                        | "how"
                        | "why"
                        | "which"
                        | "who"
                        | "and"
                        | "or"
                        | "think"
                        | "say"
                        | "guess"
                        | "know"
                )
        });
        // "whats your favorite color mine is blue", "do you drink soda my favorite is
        // mt dew": the answer may open with my own favourite instead of "i".
        let favourite = (lead + 2..toks.len()).find(|&k| {
            toks[k].w == "my" && toks.get(k + 1).is_some_and(|t| t.w == "favorite")
                || toks[k].w == "favorite"
                    && matches!(toks[k - 1].w.as_str(), "your" | "you" | "a" | "any")
                    && toks[k + 1..]
                        .iter()
                        .any(|t| matches!(t.w.as_str(), "mine" | "mines"))
        });
        // "do you like hiking and biking that is what i enjoy", "do you like photography
        // at all its one of my hobbies": or with what was asked pointed back at.
        let pointed = (lead + 3..toks.len()).find(|&k| {
            let at = |i: usize| w(toks, k + i);
            matches!(at(0), "that" | "it")
                && at(1) == "is"
                && (at(2) == "what" && at(3) == "i" || (at(2), at(3), at(4)) == ("one", "of", "my"))
        });
        let answer = [answer, favourite, pointed].into_iter().flatten().min();
        return match answer {
            Some(k) => {
                *start = k;
                Reading::Statement
            }
            None => Reading::Skip,
        };
    }
    Reading::Statement
}

/// How many tokens of chat's asides open the sentence ("tbh", "ngl", "honestly,",
/// "lol"), with a comma after them; none when nothing would be left.
pub(crate) fn leading_aside(toks: &[Tok]) -> usize {
    let mut k = 0;
    while toks.get(k).is_some_and(|t| {
        matches!(
            t.w.as_str(),
            "tbh" | "ngl" | "imo" | "imho" | "honestly" | "lol" | "lmao" | "fr" | "btw" | "tho"
        ) || t.w == COMMA && k > 0
    }) {
        k += 1;
    }
    // "Keep in mind I have two toddlers", "remember that I'm vegan": a note before a
    // statement about me.
    let w = |i: usize| w(toks, i);
    let note = match (w(k), w(k + 1), w(k + 2)) {
        ("keep" | "bear", "in", "mind") => k + 3,
        ("remember" | "note", _, _) => k + 1,
        _ => k,
    };
    if note > k {
        let s = note + usize::from(matches!(w(note), "that" | ","));
        if matches!(w(s), "i" | "we" | "my" | "our") {
            k = s;
        }
    }
    if k < toks.len() {
        k
    } else {
        0
    }
}

/// Where a mid-sentence "(i) pretend ..." begins, backing over its subject and
/// joiners; 0 when there is none or nothing before it would be left.
fn make_believe_start(toks: &[Tok]) -> usize {
    let Some(k) = toks
        .iter()
        .position(|t| matches!(t.w.as_str(), "pretend" | "pretending"))
    else {
        return 0;
    };
    let mut s = k;
    while s > 0
        && matches!(
            toks[s - 1].w.as_str(),
            "i" | "we"
                | "am"
                | "are"
                | "just"
                | "like"
                | "love"
                | "to"
                | "and"
                | "but"
                | "let's"
                | "lets"
                | "sometimes"
                | "often"
                | "also"
                | COMMA
        )
    {
        s -= 1;
    }
    s
}

fn is_tag_start(w: &str) -> bool {
    matches!(
        w,
        "do" | "does"
            | "what"
            | "whats"
            | "what's"
            | "which"
            | "where"
            | "who"
            | "how"
            | "hows"
            | "and"
            | "you"
            | "right"
            | "have"
            | "are"
            | "is"
            | "can"
            | "would"
            | "any"
            // "I loved Dune, anything similar?", "I'm vegan, suggestions?"
            | "anything"
            | "something"
            | "similar"
            | "more"
            | "suggestions"
            | "recommendations"
            | "ideas"
            | "tips"
            | "thoughts"
    )
}

/// The word at `k`, or "" past the end.
fn w(toks: &[Tok], k: usize) -> &str {
    toks.get(k).map_or("", |t| t.w.as_str())
}

/// A word of chat said before getting to the point: "cool", "great so", "oh well".
pub(crate) fn is_exclamation(w: &str) -> bool {
    matches!(
        w,
        "cool"
            | "great"
            | "nice"
            | "awesome"
            | "wow"
            | "oh"
            | "ok"
            | "okay"
            | "well"
            | "so"
            | "hi"
            | "hello"
            | "hey"
            | "yes"
            | "yeah"
            | "no"
            | "nope"
            | "haha"
            | "lol"
            | COMMA
    )
}

/// Questions typed without '?': "do you like jazz".
fn is_interrogative_start(w0: &str, w1: &str) -> bool {
    match w0 {
        "what" | "which" | "who" | "whom" | "whose" | "why" | "how" | "whats" | "hows"
        | "wanna" | "anyone" | "anybody" => true,
        "do" | "does" | "did" | "are" | "is" | "was" | "were" | "would" | "could" | "can"
        | "will" | "should" | "have" | "has" | "shall" | "may" | "might" => matches!(
            w1,
            "you"
                | "he"
                | "she"
                | "they"
                | "we"
                | "it"
                | "i"
                | "your"
                | "my"
                | "there"
                | "anyone"
                | "people"
                | "that"
                | "this"
        ),
        _ => false,
    }
}

/// Role-play, fiction, and text written for someone else: its likes are not the user's.
fn is_fiction(toks: &[Tok]) -> bool {
    let first = toks[0].w.as_str();
    // "imagine you hate garlic", not the band in "imagine dragons is my favorite".
    if first == "imagine" && super::text::opens_clause(toks.get(1).map_or("", |t| t.w.as_str())) {
        return true;
    }
    if matches!(
        first,
        "pretend"
            | "roleplay"
            | "role-play"
            | "act"
            | "write"
            | "compose"
            | "draft"
            | "generate"
            | "translate"
            | "rewrite"
            | "rephrase"
            | "paraphrase"
            | "summarize"
            | "summarise"
            | "proofread"
    ) {
        return true;
    }
    if toks
        .iter()
        .any(|t| matches!(t.w.as_str(), "pretend" | "pretending"))
    {
        return true;
    }
    // "can you tell me a story where...", "give me a poem about a girl who loves cats";
    // not "i like to write short stories", where the writing is the user's own taste.
    let asks = (0..toks.len()).any(|k| is_asked_to(toks, k)) || plays_a_role(toks);
    asks && toks.iter().any(|t| is_genre(&t.w))
}

/// A verb of making text asked of the assistant: it opens the sentence or follows
/// "please", "can you", "help me" or "I want you to"; a verb the user is the subject
/// of ("i like to write", "when i tell stories") is not asked.
fn is_asked_to(toks: &[Tok], k: usize) -> bool {
    if !matches!(
        toks[k].w.as_str(),
        "write" | "tell" | "create" | "make" | "give" | "compose" | "invent" | "narrate"
    ) {
        return false;
    }
    let before = |n: usize| k.checked_sub(n).map_or("", |j| toks[j].w.as_str());
    match before(1) {
        "" | "please" | "you" | "me" | "us" => true,
        // "just write me a poem", not "i just write stories".
        "just" | "now" | "then" => !matches!(before(2), "i" | "we"),
        // "i want you to write", "help me to tell": not "i love to write".
        "to" => (2..=4).any(|n| matches!(before(n), "you" | "me" | "us")),
        _ => false,
    }
}

/// "you are a character who hates garlic", "you play the narrator": the assistant
/// is cast in a part.
fn plays_a_role(toks: &[Tok]) -> bool {
    toks.iter().position(|t| t.w == "you").is_some_and(|y| {
        toks[y + 1..].iter().take(4).any(|t| {
            matches!(
                t.w.as_str(),
                "character" | "role" | "narrator" | "protagonist" | "persona"
            )
        })
    })
}

/// Words naming a piece of writing or performance someone could ask for.
fn is_genre(w: &str) -> bool {
    matches!(
        w,
        "story"
            | "stories"
            | "tale"
            | "poem"
            | "poems"
            | "haiku"
            | "limerick"
            | "novel"
            | "fiction"
            | "fictional"
            | "character"
            | "characters"
            | "screenplay"
            | "scene"
            | "lyrics"
            | "dialogue"
            | "narrator"
            | "protagonist"
            | "role"
            | "script"
            | "sketch"
            | "song"
            | "songs"
            | "roleplay"
            | "role-play"
    )
}

/// Enough English to read: not mostly another script, not mostly another
/// language's function words.
fn is_english(toks: &[Tok]) -> bool {
    let mut letters = 0usize;
    let mut latin = 0usize;
    let mut english = 0usize;
    let mut foreign = 0usize;
    for t in toks {
        if t.is_stop() {
            continue;
        }
        for c in t.w.chars() {
            if c.is_alphabetic() {
                letters += 1;
                if (c as u32) < 0x250 {
                    latin += 1;
                }
            }
        }
        if is_english_word(&t.w) {
            english += 1;
        } else if is_foreign_word(&t.w) {
            foreign += 1;
        }
    }
    if letters == 0 {
        return false;
    }
    latin * 10 >= letters * 8 && english >= foreign * 2 && (english > 0 || foreign == 0)
}

fn is_english_word(w: &str) -> bool {
    matches!(
        w,
        "i" | "am"
            | "is"
            | "are"
            | "the"
            | "a"
            | "an"
            | "to"
            | "of"
            | "and"
            | "or"
            | "but"
            | "not"
            | "my"
            | "me"
            | "you"
            | "it"
            | "in"
            | "on"
            | "for"
            | "with"
            | "do"
            | "like"
            | "love"
            | "hate"
            | "be"
            | "keep"
            | "use"
            | "this"
            | "that"
            | "very"
            | "so"
            | "at"
            | "have"
            | "has"
            | "prefer"
            | "enjoy"
            | "really"
            | "can"
            | "short"
            | "answers"
            | "please"
            | "no"
            | "always"
            | "never"
            | "too"
            | "just"
            | "all"
            | "we"
            | "they"
            | "your"
            | "favorite"
            | "would"
            | "will"
            | "from"
            | "live"
            | "work"
            | "avoid"
            | "don't"
            | "more"
            | "less"
            | "answer"
            | "explain"
            | "give"
            | "make"
            | "write"
            | "reply"
            | "any"
            | "use,"
            | "was"
            | "them"
    )
}

fn is_foreign_word(w: &str) -> bool {
    matches!(
        w,
        "el" | "la"
            | "los"
            | "las"
            | "le"
            | "les"
            | "der"
            | "die"
            | "das"
            | "und"
            | "ist"
            | "je"
            | "pas"
            | "pour"
            | "con"
            | "por"
            | "que"
            | "de"
            | "des"
            | "du"
            | "mi"
            | "ich"
            | "nicht"
            | "ein"
            | "eine"
            | "il"
            | "et"
            | "est"
            | "una"
            | "uno"
            | "muy"
            | "och"
            | "jeg"
            | "het"
            | "een"
            | "niet"
            | "gusta"
            | "gustan"
            | "mucho"
            | "j'aime"
            | "aime"
            | "j'adore"
            | "mag"
            | "liebe"
            | "sehr"
            | "nao"
            | "não"
            | "eu"
            | "não,"
            | "io"
            | "non"
            | "mais"
            | "avec"
            | "sans"
            | "sin"
            | "pero"
            | "tr\u{e8}s"
            | "moi"
            | "yo"
            | "odio"
            | "adoro"
            | "ik"
            | "hou"
            | "van"
            | "nie"
            | "mir"
            | "mich"
            | "ne"
            | "ce"
            | "les,"
            | "è"
            | "sono"
            | "molto"
    )
}
