//! The extraction rules: one per file, each with a one-line description,
//! registered in [`RULES`] (sorted by name; a test keeps it so).
//!
//! A rule sees one clause at a time ([`Ctx`]) and pushes what it found. Shared
//! guards (questions, hypotheticals, role-play, other people, non-English) run
//! before any rule; a rule only has to recognize its own phrasing.
//!
//! To add a rule: write `rules/<name>.rs` with `pub(crate) const RULE: Rule`,
//! add it to `RULES` in name order, and test it in `extract/tests.rs`.

mod allergy;
mod answer;
mod avoidance;
mod besides;
mod budget;
mod comparative;
mod contrast;
mod dislike;
mod enthusiasm;
mod evaluation;
mod exception;
mod exclusive;
mod fact_activity;
mod fact_diet;
mod fact_household;
mod fact_language;
mod fact_location;
mod fact_medicine;
mod fact_occupation;
mod fact_platform;
mod fact_trait;
mod favorite;
mod free_from;
mod fronted;
mod like;
mod love_of;
mod more_like;
mod self_described;
mod slot;
mod style_code;
mod style_emoji;
mod style_expertise;
mod style_format;
mod style_language;
mod style_length;
mod style_programming;
mod style_tone;
mod style_units;
mod style_words;
mod taken_in;
mod unsuggested;
mod verdict;

pub(crate) use fact_activity::{habit_areas, is_habit_verb};
use fact_household::member_said;
pub(crate) use fact_household::{
    is_child, is_eaten, is_eating_word, is_home_part, is_pet, is_workout_kit, member_doing,
    names_appliance, pet_gone, pet_spoken_of,
};
pub(crate) use fact_medicine::medicine_class;
pub(crate) use fact_occupation::is_business;
pub(crate) use fact_trait::condition_of_member;
pub(crate) use slot::names_color;
pub(crate) use style_code::is_code_style;
pub(crate) use style_expertise::level_field;
pub(crate) use style_programming::is_language as is_programming_language;
pub(crate) use style_units::system as unit_system;

use super::text::{Tok, COMMA};
use super::topic;
use crate::item::{Kind, Polarity};

/// A language one learns or wants answers in.
pub(crate) fn is_language(w: &str) -> bool {
    matches!(
        w,
        "english"
            | "french"
            | "spanish"
            | "german"
            | "italian"
            | "portuguese"
            | "dutch"
            | "japanese"
            | "chinese"
            | "mandarin"
            | "cantonese"
            | "korean"
            | "russian"
            | "arabic"
            | "hindi"
            | "polish"
            | "swedish"
            | "norwegian"
            | "danish"
            | "finnish"
            | "greek"
            | "turkish"
            | "hebrew"
            | "vietnamese"
            | "thai"
            | "ukrainian"
            | "czech"
            | "hungarian"
            | "latin"
            | "esperanto"
    )
}

/// Whether something read from token `k` to `end` stands alone after a comma and closes
/// its sentence: "I can't eat gluten, celiac", "I can't wear heels, bad ankles" (a
/// reason, not one more thing).
pub(crate) fn alone_after_comma(ctx: &Ctx, k: usize, end: usize) -> bool {
    k > 0 && ctx.word(k - 1) == COMMA && ctx.toks.get(end).map_or(true, Tok::is_stop)
}

/// "i run three miles a day and i hate it", "when i cant sleep i clean the house, i
/// usually hate it", "my parents keep making me go to school even though i hate it":
/// the doing a clause opened on, which "it" then stands for. A pastime is named by its
/// verb alone, whatever is said of distance or time; a chore with what it is done to
/// ("cleaning house"). Other verbs ("i bought a car and i love it") leave "it" to the
/// thing.
///
/// With `activity` ("..., which i love to do") the clause is known to name a doing, so
/// any verb does, and "took" and "went" are read as "take" and "go".
fn doing(opened: &[Tok], activity: bool) -> Option<String> {
    let w = |k: usize| opened.get(k).map_or("", |t| t.w.as_str());
    // Where the doer's verb begins: after "i", or "me" made to do it, or a clause's
    // "had to" with the doer left out; the last one whose verb is a doing.
    let starts = (0..opened.len()).rev().filter_map(|k| {
        let made = k > 0 && matches!(w(k - 1), "make" | "makes" | "making" | "made");
        let must = matches!(w(k + 1), "had" | "have") && w(k + 2) == "to";
        if w(k) == "i" || w(k) == "me" && made || w(k) == COMMA && must {
            Some(k + 1)
        } else if k == 0 && matches!(w(0), "had" | "have") && w(1) == "to" {
            Some(0)
        } else if k == 0 && !opened.iter().any(|t| matches!(t.w.as_str(), "i" | "me")) {
            // Chat's dropped "I": "went fishing today, love it".
            Some(0)
        } else if matches!(w(k), "done" | "finished") && w(k + 1).ends_with("ing") {
            // ("just got done working out i do not like to".)
            Some(k + 1)
        } else {
            None
        }
    });
    for mut v in starts {
        loop {
            match (w(v), w(v + 1)) {
                ("usually" | "often" | "always" | "also" | "still" | "sometimes" | "just", _) => {
                    v += 1
                }
                // ("i do spend time with family and love it", "i have to cook".)
                ("do", next) if next != "not" => v += 1,
                ("have" | "had" | "need" | "got", "to") => v += 2,
                // ("i am dancing at the club, i love it", "i should go running".)
                ("am" | "was" | "go" | "went", next) if next.ends_with("ing") => v += 1,
                ("am" | "was", "just" | "still" | "always" | "really" | "currently") => v += 1,
                // ("i am about to go hiking", "i am going to clean".)
                ("am" | "was", "about" | "going") if w(v + 2) == "to" => v += 3,
                ("should" | "will", "go") => v += 1,
                _ => break,
            }
        }
        let verb = match w(v) {
            "took" if activity => "take",
            "went" if activity => "go",
            // (Not a doing: "i am tired, which i hate".)
            "am" | "was" | "is" | "be" | "have" | "has" | "had" | "do" | "did" | "will"
            | "would" | "can" | "could" | "should" | "not" => continue,
            verb => verb,
        };
        if fact_activity::is_pastime(verb) {
            return Some(topic::gerund(verb));
        }
        // "i go to school", to work, to the gym (not "i go through the desert, i love
        // it": the desert).
        let routine = verb == "go"
            && w(v + 1) == "to"
            && (matches!(w(v + 2), "school" | "work" | "class" | "church" | "college")
                || w(v + 2) == "the" && w(v + 3) == "gym");
        if is_chore(verb) || routine || activity && !verb.ends_with("ing") {
            let mut said: Vec<Tok> = opened.to_vec();
            said[v].w = verb.to_owned();
            return topic::topic_span_as(&said, v, said.len(), true).0;
        }
        // A doing already said as one: "working" is "work" ("running" "run", "hiking"
        // "hike").
        let Some(stem) = verb.strip_suffix("ing").filter(|s| s.len() > 1) else {
            continue;
        };
        let single = stem
            .strip_suffix(|c| stem.ends_with(&format!("{c}{c}")))
            .unwrap_or(stem);
        let bases = [stem.to_owned(), format!("{stem}e"), single.to_owned()];
        let base = |is: fn(&str) -> bool| bases.iter().any(|b| is(b) && topic::gerund(b) == verb);
        if base(fact_activity::is_pastime) {
            return Some(verb.to_owned());
        }
        if base(is_chore) || activity {
            return topic::topic_span(opened, v, opened.len()).0;
        }
    }
    None
}

/// Doings one may like or hate the doing of, named with what they are done to
/// ("cleaning the house", "taking cold showers").
fn is_chore(w: &str) -> bool {
    matches!(
        w,
        "clean"
            | "work"
            | "exercise"
            | "study"
            | "commute"
            | "iron"
            | "vacuum"
            | "wash"
            | "mow"
            | "babysit"
            | "teach"
            | "volunteer"
            | "shop"
            | "take"
            | "spend"
    )
}

/// A pronoun that stands for a thing said elsewhere: as a topic it names nothing.
pub(crate) fn is_pronoun(w: &str) -> bool {
    matches!(
        w,
        "it" | "them" | "those" | "this" | "that" | "these" | "him" | "her"
    )
}

/// Taking in someone's work, or using a thing: "reading Stephen King", "discovered
/// Khruangbin", "using Notion".
fn is_taking_in(w: &str) -> bool {
    matches!(
        w,
        "reading"
            | "rereading"
            | "watching"
            | "rewatching"
            | "bingeing"
            | "binging"
            | "playing"
            | "listening"
            | "discovered"
            | "discovering"
            | "finished"
            | "started"
            | "using"
    )
}

/// What an artist, an author or a kitchen makes, said as "his books", "their sound".
fn is_work(w: &str) -> bool {
    matches!(
        w,
        "music"
            | "stuff"
            | "sound"
            | "songs"
            | "albums"
            | "books"
            | "novels"
            | "writing"
            | "movies"
            | "films"
            | "work"
            | "art"
            | "style"
            | "videos"
            | "food"
            | "voice"
    )
}

/// A kind of work said before its name: "the band Wet Leg", "the show Severance".
fn names_a_work(w: &str) -> bool {
    matches!(
        w,
        "band"
            | "singer"
            | "rapper"
            | "artist"
            | "album"
            | "song"
            | "author"
            | "book"
            | "novel"
            | "show"
            | "series"
            | "sitcom"
            | "movie"
            | "film"
            | "game"
            | "podcast"
    )
}

/// One extraction rule.
pub(crate) struct Rule {
    /// Unique, snake_case, equal to the file name.
    pub name: &'static str,
    /// One line: the phrasing the rule recognizes.
    pub description: &'static str,
    /// Whether the rule may run on a request phrased as a question
    /// ("could you keep it short?"). Only style rules should.
    pub in_requests: bool,
    pub apply: fn(&Ctx, &mut Vec<Found>),
}

impl Rule {
    /// A rule that states facts about the person (diet, home, work, household, ...).
    pub fn states_facts(&self) -> bool {
        self.name.starts_with("fact_") || self.name == "budget"
    }
}

/// Every rule, sorted by name.
pub(crate) const RULES: &[Rule] = &[
    allergy::RULE,
    answer::RULE,
    avoidance::RULE,
    besides::RULE,
    budget::RULE,
    comparative::RULE,
    contrast::RULE,
    dislike::RULE,
    enthusiasm::RULE,
    evaluation::RULE,
    exception::RULE,
    exclusive::RULE,
    fact_activity::RULE,
    fact_diet::RULE,
    fact_household::RULE,
    fact_language::RULE,
    fact_location::RULE,
    fact_medicine::RULE,
    fact_occupation::RULE,
    fact_platform::RULE,
    fact_trait::RULE,
    favorite::RULE,
    free_from::RULE,
    fronted::RULE,
    like::RULE,
    love_of::RULE,
    more_like::RULE,
    self_described::RULE,
    slot::RULE,
    style_code::RULE,
    style_emoji::RULE,
    style_expertise::RULE,
    style_format::RULE,
    style_language::RULE,
    style_length::RULE,
    style_programming::RULE,
    style_tone::RULE,
    style_units::RULE,
    style_words::RULE,
    taken_in::RULE,
    unsuggested::RULE,
    verdict::RULE,
];

/// What a rule found in a clause; the quote is the clause itself.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found {
    pub topic: String,
    pub polarity: Polarity,
    pub kind: Kind,
    pub intensity: f32,
}

impl Found {
    pub fn new(topic: impl Into<String>, polarity: Polarity, kind: Kind, intensity: f32) -> Found {
        Found {
            topic: topic.into(),
            polarity,
            kind,
            intensity,
        }
    }

    /// A fact about the person that holds ("lives in lisbon", "has two kids").
    pub fn fact(topic: impl Into<String>, intensity: f32) -> Found {
        Found::new(topic, Polarity::Like, Kind::Fact, intensity)
    }

    /// What one of the household likes, dislikes or may not eat ("has a wife who
    /// dislikes cilantro", "has a son allergic to eggs"): a pronoun after it may still
    /// be the person's own taste for the thing ("... but I love it").
    pub fn is_theirs(&self) -> bool {
        self.kind == Kind::Fact
            && [" who ", " allergic to "]
                .iter()
                .any(|w| self.topic.contains(w))
    }
}

/// One clause, as the rules see it.
pub(crate) struct Ctx<'a> {
    pub toks: &'a [Tok],
    /// Token indices where a first-person predicate begins: right after "i", or
    /// after "and"/"," when the last subject was "i", or the clause start when a
    /// contrast continues a first-person clause ("I like X but hate Y").
    pub anchors: &'a [usize],
    /// What the previous clause of the sentence found (for "but not Y").
    pub previous: &'a [Found],
    /// The clause opened with a contrast word.
    pub after_contrast: bool,
    /// The sentence's tokens before this clause, for antecedents ("my friends, but I don't like them").
    pub before: &'a [Tok],
    /// The sentence before this one, or the question this statement answers, for a
    /// pronoun that opens the statement ("Do you like tomatoes? I hate them.").
    pub earlier: &'a [Tok],
    /// The message as typed (tokens hold offsets into it), for what only capitals
    /// tell: "I loved The Martian" names a work, "I loved the party" an occasion.
    pub text: &'a str,
    /// Some sentence of the message is a question: the person is asking for an answer
    /// ("I'm bad at cooking, can you give me an easy recipe?").
    pub asks: bool,
}

/// A cue phrase and the intensity it carries.
pub(crate) type Cue = (&'static [&'static str], f32);

/// Adverbs and intensifiers that may sit inside a cue, with how they shift intensity.
fn modifier(w: &str) -> Option<f32> {
    Some(match w {
        "really" | "realy" | "rly" | "much" | "truly" | "totally" | "deeply" | "seriously"
        | "genuinely" | "definitely" | "so" | "completely" | "very" | "big" | "huge" | "strong"
        | "real" | "intense" | "severe" | "serious" | "massive" | "great" | "passionately"
        | "deep" | "firm" | "firmly" | "greatly" | "strict" | "strictly" | "extreme"
        | "profound" | "actively" | "particular" | "ethical" | "personal" | "distinct"
        | "adamantly" | "deep-rooted" | "deep-seated" | "long-standing" | "lifelong"
        | "medical" | "moral" | "vehemently" | "fiercely" | "intensely" | "super" | "sure"
        | "highkey" => 0.1,
        "absolutely" | "strongly" | "utterly" | "extremely" | "incredibly" => 0.15,
        "kinda" | "sorta" | "lowkey" | "somewhat" | "slightly" | "sometimes" | "mildly" | "bit" => {
            -0.15
        }
        "just" | "also" | "still" | "generally" | "usually" | "always" | "personally"
        | "actually" | "honestly" | "especially" | "particularly" | "mostly" | "simply"
        | "certainly" | "quite" | "literally" | "often" | "both" | "typically" | "normally"
        | "pretty" | "tend" | "try" | "too" | "do" | "to" | "exclusively" | "only" | "happen"
        | "consistently" | "now" | "lately" | "definitively" | "categorically" | "all" | "more"
        | "myself" | "even" => 0.0,
        _ if is_manner_adverb(w) => 0.0,
        _ => return None,
    })
}

/// Any other "-ly" adverb ("secretly", "vigorously", even the typo "defiantly") colours
/// a cue without turning it; adverbs that weaken or deny it, and "-ly" adjectives, are not.
pub(crate) fn is_manner_adverb(w: &str) -> bool {
    w.len() > 5
        && w.ends_with("ly")
        && !matches!(
            w,
            "rarely"
                | "hardly"
                | "barely"
                | "scarcely"
                | "occasionally"
                | "formerly"
                | "previously"
                | "originally"
                | "supposedly"
                | "allegedly"
                | "probably"
                | "possibly"
                | "lonely"
                | "lovely"
                | "friendly"
                | "likely"
                | "unlikely"
                | "family"
                | "elderly"
                | "daily"
                | "weekly"
                | "monthly"
                | "yearly"
                | "costly"
                | "silly"
                | "italy"
                | "ugly"
        )
}

impl<'a> Ctx<'a> {
    pub fn word(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.w.as_str())
    }

    /// Token `i` as written in the message ("" when unknown).
    pub fn written(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }

    /// Token `i` is written capitalised in the message ("The", not "the" or "THE").
    pub fn capital(&self, i: usize) -> bool {
        let written = self.written(i);
        written.starts_with(char::is_uppercase) && written.chars().any(char::is_lowercase)
    }

    /// Match `pat` at token `at`, skipping modifiers before each pattern word
    /// ("do not really like"). Returns the token after the match and the
    /// intensity shift of the skipped modifiers.
    pub fn seq(&self, at: usize, pat: &[&str]) -> Option<(usize, f32)> {
        let mut i = at;
        let mut shift = 0.0;
        for p in pat {
            loop {
                let w = self.word(i);
                // "we're not big on museums": the user among "we" says what "I am" would.
                let we_are =
                    *p == "am" && w == "are" && i == at && at > 0 && self.word(at - 1) == "we";
                if w == *p || (*p == "a" && w == "an") || we_are {
                    break;
                }
                // "do" is only emphatic when "not" does not follow it.
                if w == "do" && self.word(i + 1) == "not" {
                    return None;
                }
                // "I've come to love", "I have grown to like", "I've started enjoying".
                if matches!(w, "have" | "has")
                    && matches!(self.word(i + 1), "come" | "grown" | "started" | "begun")
                    && *p != "have"
                {
                    i += 1;
                    continue;
                }
                // "I started enjoying jazz": a taste taken up, said with its gerund.
                if matches!(w, "started" | "starting" | "begun" | "began")
                    && self.word(i + 1) == topic::gerund(p)
                {
                    i += 1;
                    break;
                }
                // "have to avoid", "need to avoid", "want to try".
                if matches!(
                    w,
                    "have"
                        | "need"
                        | "want"
                        | "tend"
                        | "try"
                        | "trying"
                        | "learned"
                        | "learnt"
                        | "grown"
                        | "started"
                        | "begun"
                        | "began"
                        | "come"
                ) && self.word(i + 1) == "to"
                    && *p != "to"
                {
                    i += 2;
                    continue;
                }
                // "i am trying to cut back on sugar", "we're trying to eat less meat".
                let we_are = w == "are" && i == at && at > 0 && self.word(at - 1) == "we";
                if (w == "am" || we_are)
                    && self.word(i + 1) == "trying"
                    && self.word(i + 2) == "to"
                    && *p != "am"
                {
                    i += 3;
                    continue;
                }
                match modifier(w) {
                    Some(d) => {
                        shift += d;
                        i += 1;
                    }
                    None => return None,
                }
            }
            i += 1;
        }
        Some((i, shift))
    }

    /// The first cue of `cues` that matches at `at`: (end, intensity).
    pub fn cue(&self, at: usize, cues: &[Cue]) -> Option<(usize, f32)> {
        cues.iter().find_map(|(pat, base)| {
            self.seq(at, pat)
                .map(|(end, shift)| (end, clamp(base + shift)))
        })
    }

    /// Every first-person anchor where one of `cues` matches: (end, intensity).
    pub fn anchored(&self, cues: &[Cue]) -> Vec<(usize, f32)> {
        self.anchors
            .iter()
            .filter_map(|&a| self.cue(a, cues))
            .collect()
    }

    /// The noun phrase ending before token `at` (what a pronoun there stands for): in
    /// this clause, or at the end of the text before it when `at` opens the clause, or
    /// what the sentence before ends on when it opens the statement.
    pub fn phrase_before(&self, at: usize) -> Option<String> {
        // "I used to love sushi but now I can't stand it": only a time word or a
        // joiner before the subject, so the clause still opens there.
        let opens = (0..at).all(|k| {
            matches!(
                self.word(k),
                "now"
                    | "nowadays"
                    | "these"
                    | "days"
                    | "and"
                    | "but"
                    | "so"
                    | "yet"
                    | "still"
                    | "actually"
                    | "honestly"
                    | ","
            )
        });
        if !opens {
            // "i hope cats are there, they are my favorite", "bears are my animal, they
            // are my favorite": "they" is what "are" was said of.
            if self.word(at) == "they" {
                let be = (1..at).rev().find(|&k| self.word(k) == "are");
                let subject = be.and_then(|be| topic::np_before(self.toks, be));
                if let Some(t) = subject.filter(|t| looks_plural(t)) {
                    return Some(t);
                }
            }
            if let Some(t) = self.person_before(at, self.word(at)) {
                return Some(t);
            }
            if let Some(subject) = judged_subject(self.toks, at) {
                return subject.filter(|t| !t.split(' ').all(topic::is_number));
            }
            // "i run three miles a day and i hate it": a measure of time is not the thing,
            // nor an age or a count ("i will be eighteen, its my new favorite season").
            // "Aside from the price, I love it": what is set aside is not what is loved.
            let set_aside = match (self.word(0), self.word(1)) {
                ("aside" | "apart", "from") | ("other", "than") | ("outside", "of") => Some(2),
                ("besides" | "except", _) => Some(1),
                _ => None,
            }
            .and_then(|from| {
                let end = self.find(from, COMMA).or_else(|| self.find(from, "i"))?;
                topic::topic_until(self.toks, from, end)
            });
            topic::np_before(self.toks, at).filter(|t| {
                !is_span(t) && !t.split(' ').all(topic::is_number) && set_aside.as_ref() != Some(t)
            })
        } else if self.before.is_empty() {
            // "do you like to dance i love it": the taste asked about.
            topic::np_across(self.earlier).or_else(|| answer::asked(self.earlier))
        } else {
            // "16 candles, i know it is cheesy but i love it": what the clause before
            // said of its subject is not what is loved.
            if let Some(subject) = judged_subject(self.before, self.before.len()) {
                return subject;
            }
            // "i like to watch good burger all the time, its my favorite": what the
            // clause before already yielded is said again, not a new thing. (Not what
            // one of the household eats: "my wife is allergic to shrimp but I love it".)
            topic::np_before(self.before, self.before.len()).filter(|np| {
                let head = np.rsplit(' ').next().unwrap_or_default();
                !self
                    .previous
                    .iter()
                    .any(|f| !f.is_theirs() && f.topic.split(' ').any(|w| w == head))
            })
        }
    }

    /// "i got to see kid rock at a casino, he is my favorite singer", "i saw justin
    /// bieber, the artist, he is my favorite", "lightning mcqueen is the best driver, i
    /// really like him": "he" or "she" (`who`), said of what ends before token `at`, is
    /// someone, not the place where they were met nor the role they are named by.
    fn person_before(&self, at: usize, who: &str) -> Option<String> {
        if !matches!(who, "he" | "she" | "him" | "her") {
            return None;
        }
        let mut end = at;
        while end > 0 && matches!(self.word(end - 1), "," | "and" | "but" | "so") {
            end -= 1;
        }
        let np = topic::np_before(self.toks, end)?;
        let head = np.rsplit(' ').next().unwrap_or_default();
        let start = (0..end)
            .rev()
            .find(|&k| self.word(k) == np.split(' ').next().unwrap_or_default())?;
        let mut before = start;
        while before > 0
            && matches!(
                self.word(before - 1),
                "a" | "an" | "the" | "best" | "great" | "my"
            )
        {
            before -= 1;
        }
        let placed = before > 0 && matches!(self.word(before - 1), "at" | "in" | "on" | "from");
        let role = matches!(
            head,
            "artist"
                | "singer"
                | "driver"
                | "player"
                | "actor"
                | "actress"
                | "author"
                | "writer"
                | "musician"
                | "rapper"
                | "character"
                | "hero"
                | "guy"
                | "man"
                | "woman"
                | "girl"
        );
        if placed {
            return topic::np_before(self.toks, before - 1);
        }
        if !role {
            return None;
        }
        // ("..., the artist, he ...": named before the comma; "X is the best driver, i
        // like him": before the copula.)
        match self.word(before.checked_sub(1)?) {
            "," | "is" | "was" => topic::np_before(self.toks, before - 1),
            _ => None,
        }
    }

    /// Where a fronted subject ending before token `end` begins ("that is why *winter*
    /// is my favorite"): after the last stop word, joiner or earlier verb "to be".
    pub fn subject_start(&self, end: usize) -> usize {
        (0..end)
            .rev()
            .find(|&k| {
                self.toks[k].is_stop()
                    || matches!(
                        self.word(k),
                        "but" | "so" | "why" | "because" | "is" | "are" | "was" | "were"
                    )
            })
            .map_or(0, |k| k + 1)
    }

    /// The topic that starts at token `from`.
    pub fn topic(&self, from: usize) -> Option<String> {
        topic::topic(self.toks, from)
    }

    /// "a " or "an " when token `i` is that article, else nothing: a kind of thing
    /// keeps it ("lives in a studio apartment", "recovering from a broken leg").
    pub fn article(&self, i: usize) -> &str {
        match self.word(i) {
            "a" => "a ",
            "an" => "an ",
            _ => "",
        }
    }

    /// The words of tokens `from..=to` joined by spaces ("air fryer").
    pub fn words(&self, from: usize, to: usize) -> String {
        let words: Vec<&str> = self.toks[from..=to].iter().map(|t| t.w.as_str()).collect();
        words.join(" ")
    }

    /// [`Ctx::topics`] from token `from` up to the next comma: "tofu, count me in" is
    /// only tofu, "tea, coffee makes me jittery" only tea.
    pub fn topics_to_comma(&self, from: usize) -> Vec<String> {
        self.topics_within(from, self.find(from, COMMA).unwrap_or(self.toks.len()))
    }

    /// [`Ctx::topics`] from token `from` that begin before token `end`.
    pub fn topics_within(&self, from: usize, end: usize) -> Vec<String> {
        let within = |t: &str| {
            let first = t.split(' ').next().unwrap_or_default();
            (from..end).any(|i| self.word(i) == first)
        };
        self.topics(from)
            .into_iter()
            .filter(|t| within(t))
            .collect()
    }

    /// The kind of occasion ending a short part that starts at token `from` ("meditation
    /// retreats", "rock concerts"), if it ends so.
    fn occasion_after(&self, from: usize) -> Option<&str> {
        let mut k = from;
        while k < from + 3
            && self.toks.get(k).is_some_and(|t| !t.is_stop())
            && !matches!(self.word(k), "and" | "or" | ",")
            && !topic::is_function_word(self.word(k))
        {
            k += 1;
        }
        let ends = self.toks.get(k).map_or(true, |t| t.is_stop())
            || matches!(self.word(k), "and" | "or" | ",")
            || topic::is_function_word(self.word(k));
        let head = self.word(k.checked_sub(1)?);
        (k > from + 1
            && ends
            && matches!(
                head,
                "retreats"
                    | "classes"
                    | "lessons"
                    | "courses"
                    | "tours"
                    | "camps"
                    | "festivals"
                    | "concerts"
                    | "workshops"
                    | "sessions"
            ))
        .then_some(head)
    }

    /// Split a coordinated object ("hiking and swimming", "cats, dogs") into topics.
    /// A lone adjective joins the next part ("digital or online courses").
    pub fn topics(&self, from: usize) -> Vec<String> {
        // "I hate it when movies are too long": the kind of thing the clause describes.
        let when = match (self.word(from), self.word(from + 1)) {
            ("when" | "whenever", _) => Some(from + 1),
            ("it", "when" | "whenever") => Some(from + 2),
            _ => None,
        };
        // (Else the situation itself: "I hate when people chew loudly".)
        if let Some(t) = when.and_then(|s| self.when_topic(s)) {
            return vec![t];
        }
        if self.word(from) == "how" {
            return self.how_topic(from + 1).into_iter().collect();
        }
        let mut out: Vec<String> = Vec::new();
        // Per part: whether "or" follows it.
        let mut alternative: Vec<bool> = Vec::new();
        let mut pending: Option<String> = None;
        let mut hyphen_pending: Option<String> = None;
        let mut joined: Option<String> = None;
        // "I love love love sushi": the cue said again is emphasis.
        let mut from = from;
        while from > 0 && self.word(from) == self.word(from - 1) && self.cue_word(from) {
            from += 1;
        }
        let mut i = from;
        let mut examples = false;
        let infinitive = self.word(from) == "to";
        // "I hate to bother you", "I hate to say it": a courtesy, no doing disliked.
        if infinitive
            && matches!(
                self.word(from + 1),
                "bother"
                    | "interrupt"
                    | "admit"
                    | "say"
                    | "break"
                    | "disappoint"
                    | "intrude"
                    | "nag"
                    | "pester"
                    | "sound"
                    | "repeat"
            )
        {
            return Vec::new();
        }
        // "the taste and smell of fish and seafood": the senses name no taste; the
        // things after "of" do.
        let sense = topic::is_sense;
        let mut k = from + usize::from(self.word(from) == "the");
        if sense(self.word(k)) {
            while sense(self.word(k)) || matches!(self.word(k), "and" | "or" | ",") {
                k += 1;
            }
            if self.word(k) == "of" {
                i = k + 1;
            }
        }
        loop {
            // "I prefer quiet neighborhoods and need a gym": what is needed is wanted too.
            if i != from && self.word(i - 1) == "and" && matches!(self.word(i), "need" | "want") {
                i += 1 + usize::from(matches!(self.word(i + 1), "a" | "an"));
            }
            // "Nothing with raisins, please", "pathlib over os.path and please add type
            // hints": a courtesy or a request is no part.
            if i != from && matches!(self.word(i), "please" | "pls" | "thanks" | "thx") {
                break;
            }
            // "gear made from recycled materials and sold by local shops": a participle
            // after "and" says more of the thing before, not one more thing.
            if i != from
                && matches!(self.word(i - 1), "and" | "or")
                && matches!(
                    self.word(i),
                    "sold"
                        | "made"
                        | "produced"
                        | "designed"
                        | "crafted"
                        | "built"
                        | "grown"
                        | "sourced"
                        | "manufactured"
                        | "packaged"
                        | "shipped"
                )
                && matches!(
                    self.word(i + 1),
                    "by" | "from" | "in" | "with" | "using" | "locally"
                )
            {
                break;
            }
            // "spicy food, the hotter the better": how much, not one more thing.
            if i != from
                && self.word(i) == "the"
                && self.word(i + 2) == "the"
                && matches!(self.word(i + 3), "better" | "worse" | "more" | "less")
            {
                break;
            }
            // "the band Wet Leg", "the game Stardew Valley": the name, not its kind (the
            // quote keeps the kind, [`crate::domain`] reads it there).
            if self.word(i) == "the" && names_a_work(self.word(i + 1)) && self.capital(i + 2) {
                i += 2;
            }
            // After a shared adjective the part is a noun phrase ("electric or hybrid
            // vehicles"), never a verb phrase.
            let (t, stop) = topic::topic_span_as(
                self.toks,
                i,
                self.toks.len(),
                infinitive && i != from && pending.is_none() && !examples,
            );
            let Some(t) = t else {
                // "no drama. i like that and painting": what the pronoun stands for was
                // said before; the thing after it is one more.
                if out.is_empty()
                    && pending.is_none()
                    && stop == i + 1
                    && matches!(self.word(i), "that" | "this" | "it")
                    && matches!(self.word(stop), "and")
                    && !is_clause_start(self.word(stop + 1))
                    && !self.cue_word(stop + 1)
                {
                    // Unless it points at the statement before ("no drama. i like
                    // that"), it stands for a thing ("play soccer, i like that and ...").
                    let said = self.word(i) != "it"
                        && self.before.is_empty()
                        && self.subject(i) == Some(0);
                    if let Some(a) = self.antecedent(i).filter(|_| !said) {
                        out.push(a);
                        alternative.push(false);
                    }
                    i = stop + 1;
                    continue;
                }
                // "what i like best, eating cupcakes": a degree word, then the thing.
                if out.is_empty()
                    && stop == i + 1
                    && matches!(self.word(i), "best" | "most")
                    && self.word(stop) == ","
                    && !is_clause_start(self.word(stop + 1))
                {
                    i = stop + 1;
                    continue;
                }
                // "things like coffee": a placeholder noun, then the real examples.
                let placeholder = matches!(
                    self.word(stop.wrapping_sub(1)),
                    "things" | "stuff" | "anything" | "something" | "everything"
                );
                if out.is_empty()
                    && pending.is_none()
                    && self.word(stop) == "like"
                    && stop > i
                    && placeholder
                {
                    i = stop + 1;
                    continue;
                }
                break;
            };
            // "i like to read books, suspense stories are my favorite": a later part
            // that a verb follows is the subject of a new clause, not one more thing
            // (the favourite rule reads it).
            // So is one after a comma that a subject follows: "i love pizza, tomorrow i
            // am going to rome" (not "films or series based on books i have read").
            let subject_next = matches!(self.word(stop), "i" | "we" | "he" | "she" | "they");
            // "I hate flying, trains whenever possible": a part closed by how often it is
            // chosen is a choice of its own (the slogan rule reads it), not one more hate.
            if i != from
                && (matches!(self.word(stop), "is" | "are" | "was" | "were")
                    || (subject_next
                        || closing_choice(self, stop).is_some()
                        // ("..., tea person all the way".)
                        || (i + 1..stop).any(|k| closing_choice(self, k) == Some(stop))
                        // "jazz, more into bebop though": what one is into instead.
                        || self.word(i) == "more" && matches!(self.word(i + 1), "into" | "of")
                        // "mechanical keyboards, currently using a Keychron".
                        || self.word(i) == "currently"
                        // "gluten, celiac": the reason, a diet (fact_diet reads it).
                        || fact_diet::diet_after_comma(self, i).is_some()
                        || fact_trait::body_after_comma(self, i).is_some()
                        // "Google devices, privacy reasons": why, not one more thing;
                        // so is "anything scented, allergies".
                        || matches!(self.word(stop - 1), "reasons" | "reason")
                        || stop == i + 1 && matches!(self.word(i), "allergies" | "asthma")
                        // ("nuts, severe allergy", "dairy, lactose intolerance".)
                        || stop <= i + 3
                            && matches!(
                                self.word(stop - 1),
                                "allergy" | "allergies" | "intolerance" | "intolerant"
                            )
                        // "I love cheese, help", "..., thoughts?": a plea, not a thing.
                        || stop == i + 1
                            && matches!(
                                self.word(i),
                                "help" | "thoughts" | "ideas" | "tips" | "advice" | "suggestions"
                            )
                        // "horror movies, something lighter please": what is asked for
                        // instead.
                        || matches!(self.word(i), "something" | "anything")
                            && stop == i + 2
                            && self.word(i + 1).ends_with("er")
                            && self.word(i + 1).len() > 4)
                        && self.word(i - 1) == ",")
            {
                break;
            }
            let t = match pending.take() {
                // Joined parts are fitted to the length cap again.
                Some(adj) => {
                    let whole = format!("{adj} {t}");
                    topic::clean(whole.split(' ').collect()).unwrap_or(whole)
                }
                None => t,
            };
            // "watching or participating in fighting sports": a verb that wants an object,
            // said alone before another verb and its object, names nothing alone
            // ("watching"), so it is left out. (Not "reading and writing poetry":
            // "reading" is a pastime of its own.)
            let bare_verb = !t.contains(' ')
                && matches!(
                    t.as_str(),
                    "watching"
                        | "following"
                        | "attending"
                        | "participating"
                        | "supporting"
                        | "buying"
                        | "using"
                        | "wearing"
                        | "consuming"
                        | "visiting"
                        | "playing"
                        | "eating"
                )
                && matches!(self.word(stop), "and" | "or")
                && self.word(stop + 1).ends_with("ing")
                && !matches!(self.word(stop + 2), "" | "," | "." | "and" | "or");
            if bare_verb {
                i = stop + 1;
                continue;
            }
            // "games that promote or glorify violence": a relative clause's verb, said
            // with another, shares its object; the clause goes on past the "or".
            let (t, stop) = match t.rsplit(' ').nth(1) {
                Some("that" | "which" | "who") if matches!(self.word(stop), "or" | "and") => {
                    match topic::topic_span_as(self.toks, stop + 1, self.toks.len(), false) {
                        (Some(more), end) if !more.contains(" that ") => {
                            (format!("{t} {} {more}", self.word(stop)), end)
                        }
                        _ => (t, stop),
                    }
                }
                _ => (t, stop),
            };
            // "basketball too and video games", "the outdoors, especially gardening".
            let mut stop = stop;
            while matches!(self.word(stop), "too" | "also")
                && matches!(self.word(stop + 1), "and" | "or" | ",")
            {
                stop += 1;
            }
            // "products free from parabens and sulfates": what follows is excluded, not
            // liked (the free_from rule reads it).
            let excludes =
                t.contains(" free from ") || t.contains(" free of ") || t.contains(" without ");
            let last = t.rsplit(' ').next().unwrap_or_default();
            // "outdoor sports like hiking": a kind named in the plural, then examples;
            // not a comparison ("dogs like my mom does", "cats like crazy").
            let like_examples = self.word(stop) == "like"
                // "resources that do not rely on media like videos": excluded, not liked.
                && !(i..stop).any(|k| {
                    matches!(self.word(k), "not" | "no" | "without" | "never" | "free" | "avoid")
                })
                && looks_plural(last)
                && !is_clause_start(self.word(stop + 1))
                && !matches!(
                    self.word(stop + 1),
                    "my" | "your"
                        | "his"
                        | "her"
                        | "our"
                        | "their"
                        | "me"
                        | "him"
                        | "them"
                        | "crazy"
                        | "a"
                        | "an"
                        | "to"
                        | "this"
                        | "that"
                        | "these"
                        | "those"
                );
            let example = !excludes
                && (matches!(
                    self.word(stop),
                    "especially" | "particularly" | "including" | "mainly" | "mostly"
                ) || like_examples)
                || self.word(stop) == "such" && self.word(stop + 1) == "as";
            // "dystopian novels as well as mysteries", "hiking, as well as swimming".
            let as_well_as = |k: usize| self.seq(k, &["as", "well", "as"]).is_some();
            // The part is joined to the next by "and" / "or".
            let coordinated = matches!(self.word(stop), "and" | "or");
            let continues = !excludes
                && (example || as_well_as(stop) || matches!(self.word(stop), "and" | "or" | ","));
            // "places with long, harsh winters", "overly hot and arid environments": a
            // part ending on an adjective shares the next part's noun.
            let adjective = is_adjective_word;
            // "anything creative, painting, pottery": a vague kind before its examples
            // (a flavour is a taste of its own: "anything sweet, especially chocolate").
            let vague = matches!(self.word(i), "anything" | "something" | "everything")
                && self.word(i + 1) == t
                && adjective(&t)
                && self.word(stop) == ","
                && topic::as_thing(&t).is_none();
            let shares = if t.contains(' ') {
                // Only when the next part opens with an adjective or an adverb too.
                let mut k = stop + 1;
                while matches!(self.word(k), "and" | "or" | ",") {
                    k += 1;
                }
                let next = self.word(k);
                // "hot and humid climates", "medieval or fantasy worlds": the next part
                // opens with a modifier of a noun that follows it.
                let modifies = coordinated
                    && !next.ends_with("ing")
                    && !self.toks.get(k + 1).map_or(true, |t| t.is_stop())
                    && !matches!(self.word(k + 1), "and" | "or" | "," | "to")
                    && !topic::is_function_word(next)
                    && !self.cue_word(k);
                // "games that are highly competitive and involve ...": a predicate
                // adjective shares nothing.
                let predicate = t
                    .split(' ')
                    .any(|w| matches!(w, "is" | "are" | "be" | "being"));
                // "accommodations that are not eco-friendly or sustainable": a second
                // predicate adjective completes the first part.
                // ("books that are too long or too slow": past a degree word.)
                let a = k + usize::from(matches!(next, "too" | "very" | "so" | "overly"));
                let alone = self.toks.get(a + 1).map_or(true, |t| t.is_stop())
                    || matches!(self.word(a + 1), "," | "and" | "or");
                if predicate && adjective(last) && adjective(self.word(a)) && alone && !example {
                    joined = Some(self.word(stop).replace(',', "and"));
                }
                // "scratchy or irritating textures": a participle used as an adjective;
                // "quieter, less touristy spots": a degree before one.
                let participle = coordinated && is_participial_adjective(next);
                let degree = matches!(next, "less" | "more") && adjective(self.word(k + 1));
                !example
                    && !predicate
                    && adjective(last)
                    && (adjective(next) || next.ends_with("ly") || modifies || participle || degree)
            } else {
                adjective(&t) && !vague
            };
            // "red and green charts", "black/white photography": a colour before another
            // and its noun is one modifier with it (not "green and blue color", two
            // colours, nor "red and blue either").
            let colours = !shares && coordinated && slot::names_color(&t) && {
                let (next, noun) = (self.word(stop + 1), self.word(stop + 2));
                slot::names_color(next)
                    && !self.toks.get(stop + 2).map_or(true, |t| t.is_stop())
                    && !topic::is_function_word(noun)
                    && !matches!(
                        noun,
                        "and"
                            | "or"
                            | "either"
                            | "too"
                            | "also"
                            | "color"
                            | "colors"
                            | "colour"
                            | "colours"
                    )
            };
            if colours {
                joined = Some(self.word(stop).to_owned());
            }
            // "hotels that have a gym and a pool": a second object of the modifier.
            let same_modifier = self.word(stop) == "and"
                && matches!(self.word(stop + 1), "a" | "an")
                && t.split(' ').skip(1).any(topic::opens_modifier);
            // "jewelry that is not made from sustainable or ethically sourced
            // materials": what follows is inside the denial, not a thing disliked.
            let denied = coordinated
                && t.split(' ').skip(1).any(topic::opens_modifier)
                && t.split(' ').any(|w| matches!(w, "not" | "never"));
            // "cooking for my wife and kids", "hiking with my dog and my son": the people
            // a thing is for or with go together; they are no taste of their own.
            let mut n = stop + 1;
            if matches!(self.word(n), "my" | "our" | "the") {
                n += 1;
            }
            let with_people = coordinated
                && is_person(self.word(n))
                && [
                    "for my ",
                    "with my ",
                    "to my ",
                    "for our ",
                    "with our ",
                    "to our ",
                ]
                .iter()
                .any(|p| t.contains(p));
            // "i like my coffee strong and black": how I like a thing of mine is one taste.
            let how_mine = i == from
                && self.word(from) == "my"
                && coordinated
                && t.contains(' ')
                && adjective(last)
                && (adjective(self.word(stop + 1)) || matches!(self.word(stop + 1), "to" | "well"));
            // "charts that rely on red and green": a last word inside the modifier.
            let closes_modifier = coordinated
                && t.split(' ').skip(1).any(topic::opens_modifier)
                && !self.word(stop + 1).is_empty()
                && !self.cue_word(stop + 1)
                && self.toks.get(stop + 2).map_or(true, |t| t.is_stop());
            if same_modifier || denied || with_people || how_mine || closes_modifier {
                joined = Some(self.word(stop).to_owned());
            }
            // "activities like scuba diving", "foods, especially sushi": a bare general
            // noun before its examples names nothing of its own; with "like" it goes
            // with the first example.
            let bare_kind = example
                && matches!(
                    t.as_str(),
                    "activities" | "hobbies" | "foods" | "dishes" | "places" | "items" | "products"
                );
            if bare_kind && (like_examples || self.word(stop) == "such") {
                joined = Some("like".to_owned());
            }
            if let Some(joiner) = joined.take().filter(|_| continues) {
                pending = Some(format!("{t} {joiner}"));
            } else if continues && shares {
                pending = Some(t);
            } else if !(bare_kind || vague && continues) {
                // "learning through lectures and presentations": a later bare noun is
                // one more way of the same doing ("learning through presentations"),
                // not "presentations" alone.
                let after_joiner = i != from && matches!(self.word(i - 1), "and" | "or");
                let t = match out.last().and_then(|p| p.find(" through ")) {
                    Some(at)
                        if after_joiner
                            && t.split(' ').count() <= 2
                            && !t.contains(" through ")
                            && !t.ends_with("ing") =>
                    {
                        let last = out.last().expect("a part before");
                        format!("{} {t}", &last[..at + " through".len()])
                    }
                    // "workout machinery or equipment", "animal products or by-products":
                    // a bare general noun after a joiner is of the same kind as the part
                    // before, and shares its modifiers.
                    _ if after_joiner && is_general_head(&t) => match out.last() {
                        Some(last) if is_plain_np(last) => {
                            let (mods, _) = last.rsplit_once(' ').expect("two words");
                            format!("{mods} {t}")
                        }
                        _ => t,
                    },
                    // "leather, suede, or other animal-derived materials": the other
                    // things are things of their own.
                    _ if after_joiner && t.starts_with("other ") && t.len() > "other ".len() => {
                        t["other ".len()..].to_owned()
                    }
                    _ => t,
                };
                // "video and audio-based resources", "mid or low-waisted options": a
                // bare word before a hyphenated modifier shares its ending, and the
                // rest of the part.
                if let Some(word) = hyphen_pending.take() {
                    let (first, rest) = t.split_once(' ').unwrap_or((t.as_str(), ""));
                    let shared = match first.split_once('-') {
                        Some((_, ending)) => format!("{word}-{ending} {rest}"),
                        None => word,
                    };
                    out.push(shared.trim_end().to_owned());
                    alternative.push(self.word(i - 1) == "or");
                }
                if coordinated && !t.contains(' ') && shares_hyphen_ending(&t, self.word(stop + 1))
                {
                    hyphen_pending = Some(t);
                    i = stop + 1;
                    continue;
                }
                // "yoga or meditation retreats", "jazz or rock concerts": a bare word
                // before a kind of occasion is one of them too.
                let t = match self.occasion_after(stop + 1) {
                    Some(head)
                        if coordinated
                            && !t.contains(' ')
                            && !looks_plural(&t)
                            && t.chars().all(|c| c.is_alphabetic())
                            && !topic::is_function_word(&t) =>
                    {
                        format!("{t} {head}")
                    }
                    _ => t,
                };
                out.push(t);
                alternative.push(self.word(stop) == "or");
            }
            if !continues {
                break;
            }
            // "to try new adventures like rock climbing": the examples are things.
            examples |= example;
            let mut k = if as_well_as(stop) {
                stop
            } else {
                stop + 1 + usize::from(self.word(stop) == "such")
            };
            // "..., but especially dogs" (a "but" the clause split let through);
            // "reading, mainly mysteries", "to read, specifically true crime books".
            while matches!(
                self.word(k),
                "and" | "or" | "," | "also" | "especially" | "particularly"
            ) || self.word(k) == "but"
                && matches!(
                    self.word(k + 1),
                    "especially" | "particularly" | "mainly" | "mostly"
                )
                || matches!(self.word(k - 1), "," | "but")
                    && matches!(self.word(k), "mainly" | "mostly" | "specifically")
                // "anything handheld, like burritos".
                || vague && self.word(k - 1) == "," && self.word(k) == "like"
            {
                k += 1;
            }
            // "to sleep in, especially with my pets": the circumstance of the activity
            // before, not one more.
            let especially = example
                || matches!(
                    self.word(k - 1),
                    "especially" | "particularly" | "mostly" | "mainly" | "specifically"
                );
            // "to cook, especially italian food": what follows is a thing, not a verb.
            examples |= especially;
            if especially
                && matches!(
                    self.word(k),
                    "with" | "in" | "at" | "on" | "for" | "during" | "after" | "before" | "when"
                )
            {
                break;
            }
            // ("..., as I believe" is a reason: a clause start below.)
            if as_well_as(k) {
                k += 3;
            }
            // "contact sports, such as boxing": examples of the kind.
            if self.word(k) == "such" && self.word(k + 1) == "as" {
                k += 2;
                examples = true;
            }
            // "..., even in a casual manner", "..., regardless of cost": no further
            // thing; "and even cartoons" is one more.
            if self.word(k) == "even"
                && matches!(self.word(k - 1), "and" | "or")
                && !topic::is_function_word(self.word(k + 1))
            {
                k += 1;
            }
            if matches!(
                self.word(k),
                "even" | "ever" | "though" | "although" | "despite" | "regardless" | "if"
            ) {
                break;
            }
            // "games that are competitive and involve ...": a new predicate of the thing.
            let new_predicate = matches!(
                self.word(k),
                "involve"
                    | "involves"
                    | "include"
                    | "includes"
                    | "contain"
                    | "contains"
                    | "require"
                    | "requires"
                    | "seem"
                    | "seems"
                    | "tend"
                    | "tends"
            );
            // "I hate jargon, explain things like I'm five": a request after the
            // comma, not one more thing.
            let request = self.word(k - 1) == COMMA
                && opens_request(self, k)
                && !matches!(
                    self.word(k),
                    "more" | "less" | "fewer" | "no" | "with" | "without" | "only" | "never"
                )
                && !topic::is_function_word(self.word(k));
            // After a comma, "too flimsy" is the reason for the thing before, "the kind
            // with cats and bakeries" what it is like, and "couldn't get into Game of
            // Thrones" a clause of its own: no more things.
            let aside = self.word(k - 1) == COMMA
                && (self.word(k) == "too"
                    || matches!(self.word(k), "the" | "that")
                        && matches!(self.word(k + 1), "kind" | "sort" | "type")
                        && self.word(k + 2) != "of"
                    || matches!(
                        self.word(k),
                        "can" | "could" | "would" | "will" | "do" | "did" | "does"
                    ) && self.word(k + 1) == "not");
            if is_clause_start(self.word(k))
                || request
                || aside
                || new_predicate
                || self.starts_verb_phrase(k, infinitive)
                || self.cue_word(k)
                    && !(infinitive && self.word(k) == "do" && self.word(k + 1) != "not")
                || out.len() >= 4
            {
                break;
            }
            i = k;
        }
        // (A bare word left waiting for a hyphenated part that never came is a part.)
        if let Some(word) = hyphen_pending {
            out.push(word);
            alternative.push(false);
        }
        if let Some(adj) = pending {
            // A joiner left waiting for a part that never came.
            let adj = adj
                .strip_suffix(" and")
                .or_else(|| adj.strip_suffix(" or"))
                .map_or(adj.clone(), str::to_owned);
            out.push(adj);
            alternative.push(false);
        }
        share_modifier(&mut out, &alternative);
        share_genre(&mut out);
        share_as_pets(&mut out);
        // "i like rock, big fan of the beatles": a part that says its own taste is its
        // object.
        for part in &mut out {
            // (Not "the fan of my laptop".)
            let fan = ["big fan of ", "huge fan of ", "massive fan of "]
                .iter()
                .find_map(|p| part.strip_prefix(p));
            if let Some(object) = fan.filter(|o| !o.is_empty()) {
                *part = object.to_owned();
            }
        }
        // "sci-fi novels, especially ones by Asimov", "do you read books? i like the
        // ones in series": "ones" are of the kind said before them, in the list or
        // before the cue; with no kind they name nothing.
        // "I love dogs but not the small ones": the kind the clause before found.
        if out
            .iter()
            .any(|t| t.starts_with("ones ") || t.ends_with(" ones"))
        {
            let said_before = self.antecedent(from);
            let contrasted = self.previous.last().map(|f| f.topic.as_str());
            let mut kind: Option<String> = None;
            out = out
                .into_iter()
                .filter_map(|t| {
                    let resolved = if let Some(rest) = t.strip_prefix("ones ") {
                        last_word(kind.as_deref().or(said_before.as_deref()))
                            .map(|noun| format!("{noun} {rest}"))
                    } else if t.ends_with(" ones") {
                        // Only a plural can stand for "ones"; else the part is kept as said.
                        let named = [kind.as_deref(), contrasted, said_before.as_deref()]
                            .into_iter()
                            .find_map(|k| ones_of(&t, k?));
                        Some(named.unwrap_or(t))
                    } else {
                        Some(t)
                    };
                    kind = resolved.clone().or(kind.take());
                    resolved
                })
                .collect();
        }
        // "sewing, i love to do that": the pronoun is the object of a bare "do".
        let done = self.word(from) == "to"
            && self.word(from + 1) == "do"
            && matches!(self.word(from + 2), "it" | "that" | "this")
            && self.toks.get(from + 3).map_or(true, |t| t.is_stop());
        if done {
            out.clear();
        }
        let from = if done { from + 2 } else { from };
        // "i work out, even though i do not like to", "had to clean today even though i
        // do not like doing so": the doing said before, left out.
        // ("i took a walk in the park which i love to do": a doing, whatever its verb.)
        let ends = |k: usize| {
            self.toks.get(k).map_or(true, |t| {
                t.is_stop() || matches!(t.w.as_str(), "but" | "though" | "because" | "anyway")
            })
        };
        let activity = self.word(from) == "to" && self.word(from + 1) == "do" && ends(from + 2);
        let elided = activity
            || match self.word(from) {
                "to" => ends(from + 1),
                "doing" => self.word(from + 1) == "so",
                _ => false,
            };
        if elided {
            // ("do you like to swim? i like to": the doing asked about.)
            let opens = self.subject(from) == Some(0) && self.before.is_empty();
            let asked = || opens.then(|| answer::asked(self.earlier)).flatten();
            return self
                .doing_before(from, activity)
                .or_else(asked)
                .into_iter()
                .collect();
        }
        // "Coffee? I never touch the stuff": vague "stuff" points back as "it" does.
        let stuff = matches!(self.word(from), "the" | "that" | "this")
            && self.word(from + 1) == "stuff"
            && ends(from + 2);
        let pronoun = is_pronoun(self.word(from)) || stuff;
        // "watching mean girls, i love that movie": a demonstrative with a bare category
        // noun points back like a pronoun does; without an antecedent the noun stays.
        let pointing = pronoun
            && out.len() == 1
            && matches!(self.word(from), "that" | "this")
            && out[0] == self.word(from + 1)
            && favorite::is_category(&out[0]);
        // "yellow, love that color", "winter is coming, i love the season": the slot
        // rule knows which word fills it.
        let the_slot = self.word(from) == "the" && out.len() == 1 && out[0] == self.word(from + 1);
        if (pointing || the_slot) && slot::is_slot(&out[0]) {
            return Vec::new();
        }
        // "been reading Stephen King, love his stuff": someone's work points back to who
        // made it; with no one named before, it names nothing.
        let pointing = pointing
            || matches!(self.word(from), "his" | "their")
                && out.len() == 1
                && out[0]
                    .split_once(' ')
                    .is_some_and(|(whose, work)| whose == self.word(from) && is_work(work));
        // "i love it when people ...": the pronoun points ahead, not back.
        let ahead = matches!(
            self.word(from + 1),
            "when" | "whenever" | "if" | "that" | "how" | "because"
        );
        // "... hides my weaknesses. i like that": a demonstrative opening the statement
        // points at what was said, not at a thing.
        let said = matches!(self.word(from), "that" | "this")
            && !pointing
            && self.before.is_empty()
            && self.subject(from) == Some(0);
        if (out.is_empty() && pronoun || pointing) && !ahead && !said {
            // "I'm watching Succession, I love that show": the show, not the watching.
            let antecedent = self.antecedent(from).map(|t| match t.split_once(' ') {
                Some((verb, work)) if is_taking_in(verb) => work.to_owned(),
                _ => t,
            });
            match antecedent {
                Some(t) => out = vec![t],
                // "i love that show" with nothing before it: a bare category is no taste.
                None if pointing => out.clear(),
                None => {}
            }
        }
        // "the roller coasters i love riding them", "vegetables ... i love eating them":
        // the doing of the thing pointed back at.
        let doing = out.len() == 1
            && out[0] == self.word(from)
            && out[0].len() > 5
            && out[0].ends_with("ing")
            && out[0] != "doing"
            && matches!(self.word(from + 1), "it" | "them")
            && self.toks.get(from + 2).map_or(true, Tok::is_stop);
        if doing {
            if let Some(t) = self.antecedent(from + 1) {
                let words: Vec<&str> = t.split(' ').collect();
                // ("just got done playing frisbee i love playing it": the doing was named.)
                let named = words.iter().position(|w| *w == out[0]);
                let t = match named {
                    Some(k) => Some(words[k..].join(" ")),
                    None if words.iter().any(|w| w.ends_with("ing")) => None,
                    None => {
                        let k = usize::from(matches!(words[0], "only" | "just"));
                        Some(format!("{} {}", out[0], words[k..].join(" ")))
                    }
                };
                if let Some(t) = t {
                    out = vec![t];
                }
            }
        }
        out
    }

    /// "I'm watching Mean Girls, I love it": the noun phrase just before the subject of
    /// the cue at `from` (or before the anchor when the subject was dropped), else the end
    /// of the previous clause.
    fn antecedent(&self, from: usize) -> Option<String> {
        let at = self.subject(from)?;
        // "i run three miles a day and i hate it": "it" is the activity the clause
        // opened on, whatever it then says of distance or time.
        if self.word(from) == "it" {
            if let Some(t) = self.doing_before(from, false) {
                return Some(t);
            }
        }
        if let Some(t) = self.person_before(at, self.word(from)) {
            return Some(t);
        }
        // "Forget what I said about liking horror movies, I hate them", "I used to be
        // into anime but I've grown out of it": the thing, not the taste said of it.
        // "Thanks for the tips, I love it": what is thanked for is this chat's help,
        // not a taste.
        let opening: &[Tok] = match at {
            0 if self.before.is_empty() => self.earlier,
            0 => self.before,
            _ => &self.toks[..at],
        };
        let w = |k: usize| opening.get(k).map_or("", |t| t.w.as_str());
        let thanks = match w(0) {
            "thanks" | "thx" => w(1) == "for",
            "thank" => w(1) == "you" && w(2) == "for",
            _ => false,
        };
        if thanks {
            return None;
        }
        // "I've tried it and didn't like it": a verb of trying left bare names nothing.
        let tried = |t: &String| {
            matches!(
                t.as_str(),
                "tried"
                    | "tasted"
                    | "watched"
                    | "played"
                    | "used"
                    | "visited"
                    | "done"
                    | "seen"
                    | "cooked"
                    | "ordered"
                    | "bought"
                    | "tested"
                    | "made"
                    | "had"
            )
        };
        let near = self
            .phrase_before(at)
            .filter(|t| !tried(t))
            .map(|t| match t.split_once(' ') {
                Some((
                    "liking" | "loving" | "hating" | "enjoying" | "disliking" | "into" | "about",
                    rest,
                )) => rest.to_owned(),
                _ => t,
            });
        // "I use Obsidian for notes and I love it": the tool, not what it is used for.
        if let Some(t) = near.as_deref() {
            let first = t.split(' ').next().unwrap_or_default();
            let start = (1..at).rev().find(|&k| self.word(k) == first);
            let used = start.filter(|&k| {
                k > 2
                    && self.word(k - 1) == "for"
                    && (k.saturating_sub(5)..k - 2).any(|j| matches!(self.word(j), "use" | "using"))
            });
            if let Some(tool) = used.and_then(|k| topic::np_before(self.toks, k - 1)) {
                return Some(tool);
            }
        }
        // "i am making tacos for dinner, i love them": a plural pronoun skips a
        // singular noun for the plural one before it in the clause.
        let plural = matches!(self.word(from), "them" | "these" | "those");
        if plural
            && near
                .as_deref()
                .is_some_and(|t| !looks_plural(t) && !is_collective(t))
        {
            let earlier = (1..at.saturating_sub(1))
                .rev()
                .find(|&k| looks_plural(self.word(k)) && !topic::is_function_word(self.word(k)));
            if let Some(t) = earlier.and_then(|k| topic::np_before(self.toks, k + 1)) {
                return Some(t);
            }
        }
        // "we had green beans for dinner. i hate them": the sentence before ends on a
        // time, not a thing; the plural noun before it is the one.
        if plural && near.is_none() && at == 0 && self.before.is_empty() {
            let toks = self.earlier;
            let noun = (1..toks.len())
                .rev()
                .find(|&k| looks_plural(&toks[k].w) && !topic::is_function_word(&toks[k].w));
            return noun.and_then(|k| topic::np_before(toks, k + 1));
        }
        // "we had green beans for dinner. i hate it": "it" is not the plural thing the
        // sentence before named, but the occasion.
        if self.word(from) == "it"
            && at == 0
            && self.before.is_empty()
            && near
                .as_deref()
                .is_some_and(|t| looks_plural(t) && !is_collective(t))
        {
            return None;
        }
        near
    }

    /// The doing ([`doing`]) said before the predicate holding token `from`: in its
    /// clause, or in the clause before ("..., but i hate it").
    pub(crate) fn doing_before(&self, from: usize, activity: bool) -> Option<String> {
        let at = self.subject(from)?;
        let opened: &[Tok] = if at > 2 {
            &self.toks[..at]
        } else {
            self.before
        };
        (opened.len() > 2)
            .then(|| doing(opened, activity))
            .flatten()
    }

    /// Where the first-person predicate holding token `from` begins, its "i" included.
    fn subject(&self, from: usize) -> Option<usize> {
        let &anchor = self.anchors.iter().rev().find(|&&a| a <= from)?;
        Some(if anchor > 0 && self.word(anchor - 1) == "i" {
            anchor - 1
        } else {
            anchor
        })
    }

    /// A verb cue sits at `i` (a new predicate, not another list element).
    pub(crate) fn cue_word(&self, i: usize) -> bool {
        matches!(
            self.word(i),
            "love"
                | "like"
                | "hate"
                | "enjoy"
                | "prefer"
                | "dislike"
                | "adore"
                | "avoid"
                | "am"
                | "have"
                | "do"
                | "can"
                | "would"
                | "will"
                | "never"
                | "really"
                | "not"
                | "is"
                | "are"
                | "was"
        )
    }

    /// The thing a "when" clause from token `s` describes: "movies are too long" ->
    /// "long movies", "recipes have a long story" -> "recipes with a long story"; none
    /// for a person or an event ("people talk loudly", "it rains").
    /// "I love how Python reads like English", "I hate how Java makes you ...": the
    /// named thing that does it, a name written with capitals ("how quiet it is", "how
    /// people drive" name none).
    fn how_topic(&self, s: usize) -> Option<String> {
        let verb = (s + 1..(s + 3).min(self.toks.len())).find(|&k| {
            let w = self.word(k);
            is_third_person_verb(w)
                || matches!(w, "is" | "are")
                || w.len() > 4 && w.ends_with('s') && !w.ends_with("ss")
        })?;
        (s..verb)
            .all(|k| self.capital(k) && !is_pronoun(self.word(k)))
            .then(|| topic::topic_until(self.toks, s, verb))
            .flatten()
    }

    fn when_topic(&self, s: usize) -> Option<String> {
        // "when people use too many acronyms", "when someone sends voice notes": what
        // they use or send.
        if matches!(
            self.word(s),
            "people" | "someone" | "somebody" | "others" | "everyone"
        ) && matches!(
            self.word(s + 1),
            "use" | "uses" | "send" | "sends" | "add" | "adds" | "post"
        ) {
            let mut k = s + 2;
            while matches!(
                self.word(k),
                "too" | "so" | "many" | "much" | "all" | "those"
            ) {
                k += 1;
            }
            return topic::topic(self.toks, k);
        }
        let v = (s + 1..(s + 5).min(self.toks.len()))
            .find(|&k| matches!(self.word(k), "is" | "are" | "have" | "has"))?;
        let subject = &self.toks[s..v];
        let person_or_event = subject.iter().any(|t| {
            matches!(
                t.w.as_str(),
                "it" | "they"
                    | "people"
                    | "someone"
                    | "somebody"
                    | "you"
                    | "he"
                    | "she"
                    | "we"
                    | "i"
                    | "there"
                    | "things"
                    | "everyone"
                    | "anyone"
                    | "my"
                    | "your"
            ) || t.is_stop() && !matches!(t.w.as_str(), "the" | "a" | "an")
        });
        if person_or_event {
            return None;
        }
        let subject = topic::topic_until(self.toks, s, v)?;
        if matches!(self.word(v), "have" | "has") {
            let what = topic::topic(self.toks, v + 1)?;
            return Some(format!("{subject} with {what}"));
        }
        let mut a = v + 1;
        while matches!(
            self.word(a),
            "too" | "so" | "really" | "very" | "overly" | "super" | "way" | "not"
        ) {
            if self.word(a) == "not" {
                return None;
            }
            a += 1;
        }
        let adj = self.word(a);
        let ends = self.toks.get(a + 1).map_or(true, |t| {
            t.is_stop() || matches!(t.w.as_str(), "," | "and" | "or")
        });
        // ("when the sun is out" is no "out sun".)
        let particle = matches!(
            adj,
            "out" | "up" | "down" | "on" | "off" | "in" | "over" | "back" | "here" | "there"
        );
        (ends
            && !adj.is_empty()
            && !particle
            && !self.toks[a].is_stop()
            && !topic::is_function_word(adj))
        .then(|| format!("{adj} {subject}"))
    }

    /// Whether a new verb phrase of the user's starts at token `k` after a joiner ("X
    /// and strongly prefer Y", "X and find them childish", "X, preferring Y"): the
    /// object list ends there.
    /// After an infinitive ("to drive and listen to music") a bare verb continues it.
    fn starts_verb_phrase(&self, k: usize, infinitive: bool) -> bool {
        let mut v = k;
        while is_manner_adverb(self.word(v))
            || matches!(
                self.word(v),
                "much" | "only" | "also" | "still" | "rather" | "often" | "always" | "usually"
            )
        {
            v += 1;
        }
        let verb = self.word(v);
        let after_comma = self.word(k.wrapping_sub(1)) == ",";
        (v > k && self.cue_word(v))
            || !infinitive
                && matches!(
                    verb,
                    "refuse"
                        | "find"
                        | "struggle"
                        | "rely"
                        | "listen"
                        | "tend"
                        | "try"
                        | "stick"
                        | "opt"
                        | "choose"
                        | "steer"
                        | "cannot"
                        | "can't"
                        | "won't"
                        | "don't"
                )
            // "..., preferring natural fibers": a participle after a comma.
            || after_comma
                && matches!(
                    verb,
                    "preferring" | "avoiding" | "finding" | "choosing" | "opting" | "refusing"
                )
            // "... locally sourced and produced by small businesses": the same clause.
            || verb.len() > 4
                && verb.ends_with("ed")
                && !verb.ends_with("eed")
                && matches!(self.word(v + 1), "by" | "from" | "in" | "with")
    }

    /// The name of a place or a workplace from token `from`: at most four words, without
    /// articles, up to a stop mark or a word that `ends` it.
    pub fn short_name(&self, from: usize, ends: impl Fn(&str) -> bool) -> Vec<&str> {
        self.toks[from.min(self.toks.len())..]
            .iter()
            .take_while(|t| !t.is_stop() && !ends(&t.w))
            .map(|t| t.w.as_str())
            .filter(|w| !matches!(*w, "the" | "a" | "an"))
            .take(4)
            .collect()
    }

    /// Index of the first token equal to `w` at or after `from`.
    pub fn find(&self, from: usize, w: &str) -> Option<usize> {
        (from..self.toks.len()).find(|&i| self.word(i) == w)
    }

    /// Index of the first match of the word sequence `pat` at or after `from`.
    pub fn find_seq(&self, from: usize, pat: &[&str]) -> Option<usize> {
        let first = pat.first()?;
        (from..self.toks.len()).find(|&i| {
            self.word(i) == *first && pat.iter().enumerate().all(|(k, p)| self.word(i + k) == *p)
        })
    }
}

/// People (and pets) a thing is done for or with: the household's members, and
/// those outside it.
pub(crate) fn is_person(w: &str) -> bool {
    fact_household::is_household(w)
        || matches!(
            w,
            "family"
                | "family's"
                | "friend"
                | "friends"
                | "parents"
                | "mom"
                | "dad"
                | "colleagues"
                | "coworkers"
                | "girls"
                | "boys"
        )
}

/// "shows or movies with graphic violence", "books or films that depict gore": a
/// restrictive modifier on the last of alternatives applies to the bare nouns before
/// it; alone, "shows" would say far more than the user did. Only across "or": with
/// "and" the modifier is as often the last part's own ("pizza and pasta with pesto").
fn share_modifier(parts: &mut [String], alternative: &[bool]) {
    for j in (1..parts.len()).rev() {
        let words: Vec<&str> = parts[j].split(' ').collect();
        let Some(m) = (1..words.len().min(4)).find(|&k| topic::opens_modifier(words[k])) else {
            continue;
        };
        if m + 1 >= words.len() {
            continue;
        }
        let modifier = words[m..].join(" ");
        let mut e = j;
        while e > 0 && alternative[e - 1] && {
            let part: Vec<&str> = parts[e - 1].split(' ').collect();
            // Not onto an activity ("ziplining or any activities that involve ...").
            part.len() <= 2
                && !(part.len() == 1 && part[0].ends_with("ing") && !is_thing_in_ing(part[0]))
                && !part
                    .iter()
                    .any(|w| topic::opens_modifier(w) || topic::is_function_word(w))
        } {
            parts[e - 1] = format!("{} {modifier}", parts[e - 1]);
            e -= 1;
        }
    }
}

/// A thing whose name ends in "-ing" like a doing: "clothing or accessories made from
/// animal products" shares its modifier as "shoes or bags" would.
fn is_thing_in_ing(w: &str) -> bool {
    matches!(
        w,
        "clothing"
            | "bedding"
            | "flooring"
            | "lighting"
            | "packaging"
            | "seating"
            | "housing"
            | "roofing"
            | "icing"
            | "frosting"
            | "stuffing"
            | "furnishings"
            | "buildings"
    )
}

/// "animated shows or movies", "horror films and books": a genre said before the first
/// medium is the later bare medium's too ("animated movies", not "movies").
fn share_genre(parts: &mut [String]) {
    #[rustfmt::skip]
    const MEDIA: &[&str] = &[
        "shows", "movies", "films", "series", "books", "novels", "games", "podcasts",
        "documentaries", "comics", "cartoons", "stories", "songs", "music",
    ];
    #[rustfmt::skip]
    const GENRES: &[&str] = &[
        "animated", "horror", "sci-fi", "fantasy", "romantic", "romance", "mystery",
        "crime", "thriller", "action", "comedy", "superhero", "war", "historical",
        "dystopian", "violent", "gory", "scary", "sad", "true-crime", "reality", "anime",
        "detective", "spy", "western", "zombie", "vampire", "supernatural", "paranormal",
    ];
    for j in 1..parts.len() {
        if !MEDIA.contains(&parts[j].as_str()) {
            continue;
        }
        let before: Vec<&str> = parts[j - 1].split(' ').collect();
        // ("animated tv shows and movies": "tv" is the first medium's own.)
        let shared = match before.as_slice() {
            [genre, medium] | [genre, _, medium]
                if GENRES.contains(genre) && MEDIA.contains(medium) =>
            {
                format!("{genre} {}", parts[j])
            }
            _ => continue,
        };
        parts[j] = shared;
    }
}

/// "fish or any aquatic animals as pets": the animals before are kept as pets too (not
/// "fish", said later for a restaurant).
fn share_as_pets(parts: &mut [String]) {
    let Some(last) = parts.len().checked_sub(1) else {
        return;
    };
    let Some(tail) = [" as pets", " as a pet"]
        .into_iter()
        .find(|t| parts[last].ends_with(t))
    else {
        return;
    };
    for part in &mut parts[..last] {
        if part.split(' ').count() <= 2 && !part.contains(" as ") {
            part.push_str(tail);
        }
    }
}

/// A noun phrase whose last word reads as a regular plural ("tacos", "green beans").
fn looks_plural(phrase: &str) -> bool {
    let w = phrase.rsplit(' ').next().unwrap_or_default();
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !is_third_person_verb(w)
        && !matches!(
            w,
            "always" | "sometimes" | "perhaps" | "yes" | "does" | "was" | "has"
        )
}

/// A span of time or an amount, which a pronoun never stands for ("a day", "a lot").
fn is_span(topic: &str) -> bool {
    matches!(
        topic,
        "day" | "week" | "month" | "year" | "night" | "time" | "lot" | "while"
    )
}

/// What a dummy "it" may be: "its raining and i love it" loves the rain.
const WEATHER: &[&str] = &[
    "hot", "cold", "warm", "cool", "sunny", "rainy", "snowy", "windy", "cloudy", "chilly",
    "freezing", "humid",
];

/// Everyday qualities said of "it" that no suffix marks as adjectives.
#[rustfmt::skip]
const QUALITIES: &[&str] = &[
    "cheesy", "corny", "silly", "weird", "tough", "hard", "old", "cheap", "expensive", "messy",
    "dumb", "stupid", "crazy", "odd", "strange", "lame", "nerdy", "geeky", "childish", "basic",
    "sappy", "cliche", "greasy", "loud", "scary", "dirty", "unhealthy", "sad",
];

/// "the insects are bad, and i hate them", "swimming is great, i love it", "singing is
/// best in the shower, i really like it": when the words ending at `end` judge a
/// subject, a pronoun after them stands for the subject, not for the judgement nor
/// where it holds. `Some(None)` when that subject is itself a pronoun with nothing
/// named before it ("i know it is cheesy but i love it"); "16 candles, i know it is
/// cheesy" names it first. `None` when the words are no judgement.
fn judged_subject(toks: &[Tok], end: usize) -> Option<Option<String>> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.w.as_str());
    let mut end = end;
    while end > 0 && matches!(w(end - 1), "," | "and" | "but" | "so") {
        end -= 1;
    }
    let be = (end.saturating_sub(8)..end.saturating_sub(1))
        .rev()
        .find(|&k| w(k) == "its" || k > 0 && matches!(w(k), "is" | "are" | "was" | "were"))?;
    let mut judge = be + 1;
    while matches!(
        w(judge),
        "so" | "really" | "very" | "too" | "just" | "pretty" | "quite"
    ) {
        judge += 1;
    }
    // ("its" is chat's "it is".)
    let pronoun = w(be) == "its" || matches!(w(be - 1), "it" | "this" | "that");
    let said = |k: usize| {
        let v = w(k);
        is_adjective(v)
            || is_plain_adjective(v)
            || evaluation::judgement(v).is_some()
            || matches!(
                v,
                "bad" | "everywhere" | "great" | "good" | "cool" | "nice" | "best" | "fun"
            )
    };
    // Of a pronoun, a quality ("it is cheesy", "its tough"), but not the weather or
    // the day a dummy "it" names ("its raining and i love it", "it is sunday so it is
    // my favorite day"); of a thing, a judgement, maybe with where or when it holds.
    let judged = if pronoun {
        judge + 1 == end
            && !WEATHER.contains(&w(judge))
            && (said(judge) || QUALITIES.contains(&w(judge)))
    } else {
        judge + 1 == end && said(judge)
            || judge + 1 < end
                && matches!(w(judge), "best" | "great" | "good" | "fun" | "nice")
                && matches!(w(judge + 1), "in" | "on" | "at" | "with" | "during" | "for")
    };
    if !judged {
        return None;
    }
    if !pronoun {
        return Some(topic::np_before(toks, be).filter(|t| !is_span(t)));
    }
    // The thing named first and set off by a comma: "16 candles, i know it is ...".
    let comma = (1..be.min(5)).find(|&k| w(k) == COMMA);
    Some(comma.and_then(|c| topic::np_before(toks, c)))
}

/// A group spoken of in the plural: "the tigers baseball team, i love them".
fn is_collective(phrase: &str) -> bool {
    matches!(
        phrase.rsplit(' ').next().unwrap_or_default(),
        "team" | "band" | "family" | "group" | "crew" | "staff" | "people" | "club" | "children"
    )
}

/// Push one preference item per topic after each anchored cue.
pub(crate) fn anchored_topics(ctx: &Ctx, cues: &[Cue], polarity: Polarity, out: &mut Vec<Found>) {
    anchored_topics_unless(ctx, cues, polarity, |_| false, out);
}

/// [`anchored_topics`], except where the object opens on a word `refused` names ("I
/// always listen to *my* mom", "I got into *some* accidents").
pub(crate) fn anchored_topics_unless(
    ctx: &Ctx,
    cues: &[Cue],
    polarity: Polarity,
    refused: impl Fn(&str) -> bool,
    out: &mut Vec<Found>,
) {
    for (end, intensity) in ctx.anchored(cues) {
        if refused(ctx.word(end)) {
            continue;
        }
        // "my job which i detest makes me work days": the cue closes a relative clause
        // and the main verb follows; the object is before it (fronted's relative).
        if is_third_person_verb(ctx.word(end)) {
            continue;
        }
        // "I like to avoid crowds": what is avoided is disliked (the avoidance rule).
        if ctx.seq(end, &["to", "avoid"]).is_some() {
            continue;
        }
        for t in ctx.topics(end) {
            out.push(Found::new(t, polarity, Kind::Preference, intensity));
        }
    }
}

fn last_word(phrase: Option<&str>) -> Option<&str> {
    phrase.and_then(|p| p.rsplit(' ').next())
}

/// "small ones" of the kind `kind` names ("dogs" -> "small dogs"): none unless `part`
/// ends on "ones" and `kind` on a plural, the only thing "ones" can stand for, or on a
/// kind of work asked for in the singular ("a podcast" -> "comedy podcasts").
pub(crate) fn ones_of(part: &str, kind: &str) -> Option<String> {
    let which = part.strip_suffix(" ones")?;
    let noun = kind.rsplit(' ').next()?;
    if looks_plural(noun) {
        return Some(format!("{which} {noun}"));
    }
    // "Recommend a podcast, I like comedy ones": a kind of work asked for stands for
    // its plural.
    (names_a_work(noun) && noun != "series").then(|| format!("{which} {noun}s"))
}

/// A negation or removal word among tokens `from..to`: "no emojis", "without tables".
pub(crate) fn negated(ctx: &Ctx, from: usize, to: usize) -> bool {
    (from..to).any(|i| {
        matches!(
            ctx.word(i),
            "no" | "not"
                | "never"
                | "without"
                | "avoid"
                | "stop"
                | "less"
                | "fewer"
                | "hate"
                | "dislike"
                | "skip"
                | "drop"
                | "ditch"
                | "lose"
                | "remove"
                | "minus"
                | "nor"
                | "quit"
                | "enough"
                | "cut"
                | "stand"
                | "none"
                | "zero"
        )
    })
}

/// The clause reads as a wish about answers: an imperative, a "you", a first-person
/// want/prefer, or an answer noun.
pub(crate) fn is_request(ctx: &Ctx) -> bool {
    // At the clause's start or after a comma: "I'm in the US, use pounds".
    (0..ctx.toks.len())
        .filter(|&k| k == 0 || ctx.word(k - 1) == COMMA)
        .any(|k| opens_request(ctx, k))
        || mentions_answers(ctx)
}

/// An imperative opens at token `i`, past "please", "and", "so" and the like.
fn opens_request(ctx: &Ctx, mut i: usize) -> bool {
    while matches!(
        ctx.word(i),
        "please"
            | "pls"
            | "and"
            | "also"
            | "just"
            | "kindly"
            | "so"
            | "ok"
            | "okay"
            | "oh"
            | "always"
    ) || (ctx.word(i), ctx.word(i + 1)) == ("next", "time")
    {
        // ("next time just give me the short version".)
        i += 1 + usize::from(ctx.word(i) == "next");
    }
    matches!(
        ctx.word(i),
        "keep"
            | "be"
            | "use"
            | "give"
            | "write"
            | "answer"
            | "reply"
            | "respond"
            | "explain"
            | "avoid"
            | "stop"
            | "skip"
            | "include"
            | "add"
            | "show"
            | "format"
            | "make"
            | "limit"
            | "cut"
            | "drop"
            | "ditch"
            | "put"
            | "list"
            | "provide"
            | "present"
            | "no"
            | "less"
            | "more"
            | "fewer"
            | "without"
            | "with"
            | "never"
            | "do"
            | "only"
            | "try"
            | "lose"
            | "stick"
            | "go"
            | "talk"
            | "speak"
            | "assume"
            | "treat"
            | "respond,"
            | "tell"
            | "lead"
            // "Ask clarifying questions before answering".
            | "ask"
            // "Start with the answer, then explain".
            | "start"
    ) || ctx.word(i) == "get" && matches!(ctx.word(i + 1), "to" | "straight")
        // "Tone down the jargon", "dial down the emojis".
        || matches!(ctx.word(i), "tone" | "dial") && ctx.word(i + 1) == "down"
        // "so break things into small steps", "break it down for me".
        || ctx.word(i) == "break"
            && matches!(ctx.word(i + 1), "it" | "things" | "this" | "them" | "down" | "everything")
        // "Hold the emojis", "enough with the bullet points", "easy on the headers".
        || matches!(ctx.word(i), "hold" | "spare") && matches!(ctx.word(i + 1), "the" | "me")
        || ctx.word(i) == "enough" && ctx.word(i + 1) == "with"
        // ("Lay off the jokes", "cool it with the emojis".)
        || ctx.seq(i, &["lay", "off"]).is_some()
        || ctx.seq(i, &["cool", "it", "with"]).is_some()
        || matches!(ctx.word(i), "easy" | "ease" | "lighten")
            && matches!(ctx.word(i + 1), "on" | "up")
}

/// A "you", a first-person want or prefer, or a word for the answers themselves.
fn mentions_answers(ctx: &Ctx) -> bool {
    ctx.toks.iter().any(|t| {
        matches!(
            t.w.as_str(),
            "you"
                | "your"
                | "answers"
                | "answer"
                | "responses"
                | "response"
                | "replies"
                | "reply"
                | "prefer"
                | "want"
                | "need"
                | "like"
                | "love"
                | "hate"
                | "dislike"
                | "explanations"
                | "explain"
                | "please"
                | "output"
                | "format"
                | "formatting"
                | "examples"
                | "code"
        )
    })
}

/// A style target: words to find and the topic they stand for.
pub(crate) type Target = (&'static [&'static str], &'static str);

/// Style wishes about a thing that can be asked for or refused ("no emojis",
/// "use tables"): the polarity comes from a negation just before it.
pub(crate) fn style_targets(ctx: &Ctx, targets: &[Target], out: &mut Vec<Found>) {
    if !is_request(ctx) && !continues_style(ctx) {
        return;
    }
    style_phrases(ctx, targets, out);
}

/// One style item per target phrase found, refused when a negation comes before it
/// ("no bullet points", "I hate short answers") or the phrase says so itself
/// ("emoji-free"). A phrase that opens with its own direction ("no fluff", "too long")
/// is not turned by a negation before it.
pub(crate) fn style_phrases(ctx: &Ctx, targets: &[Target], out: &mut Vec<Found>) {
    for (words, topic) in targets {
        let Some(i) = ctx.find_seq(0, words) else {
            continue;
        };
        let own_direction = matches!(words[0], "no" | "not" | "stop" | "less" | "too" | "skip");
        let polarity =
            if words.iter().any(|w| w.ends_with("-free")) || held_down(ctx, i, words.len()) {
                Polarity::Dislike
            } else if own_direction {
                Polarity::Like
            } else {
                wish_direction(ctx, i)
            };
        if !out.iter().any(|f| f.topic == *topic) {
            out.push(Found::new(*topic, polarity, Kind::Style, 0.8));
        }
    }
}

/// The thing named at token `at` (`len` words) is wished less of: "keep code comments
/// to a minimum", "keep the jargon down", "keep emojis minimal", "tone down the jargon".
pub(crate) fn held_down(ctx: &Ctx, at: usize, len: usize) -> bool {
    let after = at + len;
    let kept = (at.saturating_sub(3)..at).any(|k| matches!(ctx.word(k), "keep" | "keeping"));
    let less = ctx.seq(after, &["to", "a", "minimum"]).is_some()
        || kept
            && matches!(
                ctx.word(after),
                "down" | "minimal" | "low" | "out" | "light"
            );
    let toned = (at.saturating_sub(3)..at)
        .any(|k| matches!(ctx.word(k), "tone" | "dial" | "turn") && ctx.word(k + 1) == "down");
    less || toned
}

/// Asked to be spared what is named at token `at`: "go easy on the emojis", "hold the
/// emojis", "enough with the bullet points", "I could do without the disclaimers".
fn spared(ctx: &Ctx, at: usize) -> bool {
    const ASKS: &[&[&str]] = &[
        &["easy", "on"],
        &["ease", "up", "on"],
        &["lighten", "up", "on"],
        &["lay", "off"],
        &["hold"],
        &["enough", "with"],
        &["spare", "me"],
        &["do", "without"],
        &["cool", "it", "with"],
    ];
    let mut start = at;
    while start > 0
        && matches!(
            ctx.word(start - 1),
            "the" | "all" | "those" | "these" | "your"
        )
    {
        start -= 1;
    }
    ASKS.iter().any(|ask| {
        start >= ask.len()
            && ask
                .iter()
                .enumerate()
                .all(|(j, w)| ctx.word(start - ask.len() + j) == *w)
    })
}

/// Whether a wish named at token `at` is asked for or refused: refused when a negation
/// stands in the four words before it, after "too many", or in a complaint about what
/// "you" do ("I hate it when you use ...").
pub(crate) fn wish_direction(ctx: &Ctx, at: usize) -> Polarity {
    // "too many headings", "I hate it when you use bullet points", "I don't like when
    // you add emojis": a complaint about what answers do, however far its verb.
    let too_many = ctx.word(at.wrapping_sub(2)) == "too"
        && matches!(ctx.word(at.wrapping_sub(1)), "many" | "much");
    let complaint = (1..at).any(|k| {
        matches!(ctx.word(k), "when" | "whenever" | "how")
            && matches!(ctx.word(k + 1), "you" | "u" | "answers" | "responses")
            && negated(ctx, k.saturating_sub(4), k)
            && !(k.saturating_sub(4)..k).any(|j| ctx.word(j) == "mind")
    });
    if too_many || complaint || negated(ctx, at.saturating_sub(4), at) || spared(ctx, at) {
        Polarity::Dislike
    } else {
        Polarity::Like
    }
}

/// "use tables, not bullet points": a contrast tail after a style wish.
fn continues_style(ctx: &Ctx) -> bool {
    ctx.after_contrast && ctx.previous.iter().any(|f| f.kind == Kind::Style)
}

/// A noun too general to name a thing alone, said after another part of a list
/// ("workout machinery or equipment"): it takes that part's modifiers.
fn is_general_head(t: &str) -> bool {
    matches!(
        t,
        "equipment"
            | "gear"
            | "by-products"
            | "byproducts"
            | "services"
            | "supplies"
            | "accessories"
            | "materials"
            | "tools"
            | "devices"
            | "products"
            | "items"
            | "ingredients"
    )
}

/// A part of two or more plain words ("workout machinery", "consuming animal
/// products"): modifiers and a head, nothing that opens a clause or a modifier.
fn is_plain_np(t: &str) -> bool {
    let words: Vec<&str> = t.split(' ').collect();
    words.len() >= 2
        && words.len() <= 4
        && !words
            .iter()
            .any(|w| topic::is_function_word(w) || topic::opens_modifier(w))
}

/// Whether a bare `word` before a joiner shares the hyphenated ending of the word after
/// it: "video and audio-based", "mid or low-waisted" (not "cats and eco-friendly toys").
fn shares_hyphen_ending(word: &str, next: &str) -> bool {
    let ending = next.split_once('-').map(|(_, e)| e);
    // (Not "storytelling and narrative-based approaches": a doing is a thing.)
    word.len() > 1
        && word.chars().all(|c| c.is_alphabetic())
        && !looks_plural(word)
        && !word.ends_with("ing")
        && ending.is_some_and(|e| {
            matches!(
                e,
                "based"
                    | "waisted"
                    | "powered"
                    | "sized"
                    | "length"
                    | "heeled"
                    | "sleeved"
                    | "scented"
                    | "flavored"
                    | "themed"
                    | "focused"
                    | "oriented"
                    | "intensive"
            )
        })
}

/// A participle said as an adjective of a noun after it ("irritating textures").
fn is_participial_adjective(w: &str) -> bool {
    matches!(
        w,
        "irritating"
            | "annoying"
            | "boring"
            | "relaxing"
            | "calming"
            | "soothing"
            | "exciting"
            | "overwhelming"
            | "interesting"
            | "engaging"
            | "demanding"
            | "challenging"
            | "distracting"
    )
}

/// A word that reads as an adjective, by suffix or by being common.
/// Common adjectives without an adjective suffix, as they end a part of a list.
fn is_plain_adjective(w: &str) -> bool {
    // "self-paced", "high-intensity", "non-fiction", "eco-friendly"; "fuel-efficient",
    // "long-lasting", "well-known".
    ["self-", "high-", "low-", "non-", "eco-", "well-"]
        .iter()
        .any(|p| w.starts_with(p) && w.len() > p.len() + 2)
        || w.rsplit_once('-').is_some_and(|(_, last)| {
            ["ent", "ant", "ing", "own"]
                .iter()
                .any(|s| last.ends_with(s))
                && last.len() > 4
        })
        || matches!(
            w,
            "long"
            | "short"
            | "hot"
            | "cold"
            | "warm"
            | "loud"
            | "bright"
            | "dark"
            | "heavy"
            | "large"
            | "small"
            | "big"
            | "high"
            | "low"
            | "harsh"
            | "trendy"
            | "fancy"
            | "noisy"
            | "crowded"
            | "quiet"
            | "spicy"
            | "sweet"
            | "sour"
            | "bitter"
            | "modern"
            | "minimalist"
            | "rustic"
            | "ornate"
            | "humid"
            | "dry"
            | "wet"
            | "mild"
            | "cool"
            | "cozy"
            | "busy"
            | "unique"
            | "boutique"
            | "vegan"
            | "vegetarian"
            | "violent"
            | "gory"
            | "dystopian"
            | "indie"
            | "underground"
            | "niche"
            | "unisex"
            | "smaller"
            | "larger"
            | "intimate"
            | "scratchy"
            | "itchy"
            | "touristy"
            // "distinct, closed-off rooms", "muted, neutral tones", "quieter, smaller
            // airports", "matte, textured surfaces".
            | "distinct"
            | "muted"
            | "quieter"
            | "calmer"
            | "offbeat"
            | "matte"
            | "glossy"
            | "sleek"
            | "bold"
            | "straightforward"
            | "maximalist"
            | "confined"
            | "personalized"
            | "sci-fi"
            | "one-on-one"
            | "logical"
            | "analytical"
            | "theoretical"
            | "practical"
            | "technical"
            // "concise, direct answers".
            | "concise"
            | "direct"
            | "brief"
            | "clear"
            | "simple"
            | "detailed"
            // "a structured, guided environment".
            | "structured"
            | "unstructured"
            | "organized"
            | "guided"
            | "curated"
            | "relaxed"
            | "balanced"
            | "homemade"
            | "handmade"
            | "independent"
            | "local"
            // "i like my coffee strong and black".
            | "strong"
            | "black"
            | "clean"
            | "fresh"
            | "plain"
            | "crispy"
            | "crunchy"
            | "rare"
            // "whole, plant-based foods", "free and open-source materials".
            | "whole"
            | "free"
            | "raw"
            | "open-source"
        )
}

/// An adjective by its suffix or as a plain, common one.
pub(crate) fn is_adjective_word(w: &str) -> bool {
    is_adjective(w) || is_plain_adjective(w)
}

fn is_adjective(w: &str) -> bool {
    const SUFFIXES: &[&str] = &[
        "al",
        "ic",
        "ive",
        "ous",
        "ful",
        "less",
        "able",
        "ible",
        "ary",
        "ish",
        "ern",
        "-based",
        "-free",
        "-friendly",
        "-style",
        // "locally-owned", "family-run", "locally-sourced".
        "-owned",
        "-run",
        "-sourced",
    ];
    (w.len() > 4
        && SUFFIXES.iter().any(|s| w.ends_with(s))
        && !w.ends_with("ical")
        && !matches!(
            w,
            "animal"
                | "festival"
                | "musical"
                | "metal"
                | "cereal"
                | "hospital"
                | "capital"
                | "ritual"
                | "journal"
                | "arsenal"
                | "manual"
                | "tutorial"
                | "mural"
                | "signal"
                | "sandal"
                | "ballerina"
                | "comic"
                | "music"
                | "logic"
                | "magic"
                | "garlic"
                | "plastic"
                | "mosaic"
                | "picnic"
                | "clinic"
                | "fabric"
                | "olive"
                | "detective"
                | "grammar"
                | "library"
                | "dictionary"
                | "salary"
                | "summary"
                | "diary"
                | "dairy"
                | "fish"
                | "radish"
                | "relish"
                | "dish"
                | "english"
                | "spanish"
                | "turkish"
                | "polish"
        ))
        || matches!(
            w,
            "online"
                | "modern"
                | "new"
                | "old"
                | "big"
                | "small"
                | "hot"
                | "cold"
                | "spicy"
                | "sweet"
                | "loud"
                | "fast"
                | "slow"
                | "cheap"
                | "expensive"
                | "dark"
                | "light"
                | "long"
                | "short"
                | "large"
                | "crowded"
                | "noisy"
                | "quiet"
                | "fried"
                | "raw"
                | "processed"
                // How food is made: "cooked or processed foods".
                | "cooked"
                | "undercooked"
                | "overcooked"
                | "baked"
                | "grilled"
                | "roasted"
                | "smoked"
                | "steamed"
                | "boiled"
                | "pickled"
                | "fermented"
                | "refined"
                | "packaged"
                | "sweetened"
                | "fancy"
                | "luxury"
                | "budget"
                | "live"
                | "indoor"
                | "outdoor"
                | "public"
                | "private"
                | "foreign"
                | "local"
                | "sugary"
                | "salty"
                | "greasy"
                | "heavy"
                | "bright"
                | "strong"
                | "mainstream"
                | "independent"
                | "digital"
                | "virtual"
                | "physical"
                | "printed"
                | "handmade"
                | "organic"
                | "synthetic"
                | "artificial"
                | "natural"
                | "fresh"
                | "frozen"
                | "canned"
                | "team"
                | "solo"
                | "group"
                | "competitive"
                | "contemporary"
                | "minimalist"
                | "vintage"
                | "classic"
                | "abstract"
                | "geometric"
                | "floral"
                | "bold"
                | "neutral"
                | "pastel"
                | "electric"
                | "hybrid"
                | "manual"
                | "automatic"
                | "complex"
                | "simple"
        )
}

/// "always", "whenever possible", "every time", "any day", "or nothing" at token `at`, closing the
/// sentence: a thing named just before it is chosen ("window seat always", "trains
/// whenever possible"). The index past the marker.
pub(crate) fn closing_choice(ctx: &Ctx, at: usize) -> Option<usize> {
    let end = match (ctx.word(at), ctx.word(at + 1), ctx.word(at + 2)) {
        ("always", ..) => at + 1,
        ("whenever" | "when" | "if", "possible", _) => at + 2,
        // "Window seat or nothing".
        ("or", "nothing" | "bust", _) => at + 2,
        ("whenever" | "when", "i", "can") => at + 3,
        ("any" | "every", "day" | "time", _) | ("all", "the", "way") => {
            at + 2 + usize::from(ctx.word(at) == "all")
        }
        _ => return None,
    };
    ctx.toks.get(end).map_or(true, Tok::is_stop).then_some(end)
}

pub(crate) fn is_clause_start(w: &str) -> bool {
    matches!(
        w,
        "i" | "you"
            | "he"
            | "she"
            | "they"
            | "we"
            | "it"
            | "my"
            | "his"
            | "her"
            | "their"
            | "our"
            | "that"
            | "this"
            | "its"
            | "so"
            | "there"
            | "as"
            | "only"
            // "..., due to allergies": a reason, not another item.
            | "due"
    )
}

pub(crate) fn clamp(x: f32) -> f32 {
    x.clamp(0.05, 1.0)
}

/// "my roommate drinks beer, which I hate": someone else's verb ends the object.
pub(crate) fn is_third_person_verb(w: &str) -> bool {
    matches!(
        w,
        "drinks"
            | "eats"
            | "cooks"
            | "makes"
            | "bakes"
            | "plays"
            | "watches"
            | "wears"
            | "buys"
            | "has"
            | "loves"
            | "likes"
            | "hates"
            | "wants"
            | "listens"
            | "reads"
            | "serves"
            | "sells"
            | "brings"
            | "gets"
            | "keeps"
            | "does"
            | "orders"
            | "drives"
            | "owns"
    )
}

/// The kind of work a verb or noun speaks of ("watch" -> "tv shows", "album" -> "music").
pub(crate) fn work_kind(w: &str) -> Option<&'static str> {
    Some(match w {
        "movie" | "movies" | "film" | "films" | "cinema" => "movies",
        "watch" | "watched" | "watching" | "binge" | "binged" | "show" | "shows" | "series"
        | "tv" | "netflix" | "episode" | "season" => "tv shows",
        "read" | "reading" | "book" | "books" | "novel" | "novels" | "author" => "books",
        "listen" | "listened" | "listening" | "album" | "albums" | "song" | "songs" | "band"
        | "bands" | "artist" | "artists" | "playlist" => "music",
        "game" | "games" | "gaming" | "played" => "games",
        _ => return None,
    })
}

/// Titles with their kind of work: "tv shows like severance and dark", "books like a, b
/// and c". None without a title.
pub(crate) fn works_like(kind: &str, titles: &[String]) -> Option<String> {
    let (last, rest) = titles.split_last()?;
    Some(if rest.is_empty() {
        format!("{kind} like {last}")
    } else {
        format!("{kind} like {} and {last}", rest.join(", "))
    })
}

/// The kind of work the conversation is about, from the kinds its words speak of
/// ([`work_kind`], in order; "what should I watch next?", "any books like ..."): none
/// when it names none, or two.
pub(crate) fn medium(kinds: impl IntoIterator<Item = &'static str>) -> Option<&'static str> {
    let mut found = None;
    for kind in kinds {
        // A film named outright wins over "watch"; two different kinds say nothing.
        found = match (found, kind) {
            (None, k) | (Some("tv shows"), k @ "movies") => Some(k),
            (Some("movies"), "tv shows") => Some("movies"),
            (Some(f), k) if f == k => Some(f),
            _ => return None,
        };
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_are_sorted_unique_and_described() {
        for pair in RULES.windows(2) {
            assert!(
                pair[0].name < pair[1].name,
                "{} must sort before {}",
                pair[0].name,
                pair[1].name
            );
        }
        for rule in RULES {
            assert!(
                !rule.description.is_empty() && !rule.description.contains('\n'),
                "{}",
                rule.name
            );
        }
    }
}
