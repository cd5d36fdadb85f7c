//! The built-in, offline, rule-based extractor: recover preference evidence
//! from a user's message.
//!
//! ```
//! use palate::extract::extract;
//! use palate::{Kind, Polarity};
//!
//! let items = extract("I don't like very sweet desserts, but I love dark chocolate. Keep it short.");
//! assert_eq!(items[0].topic, "very sweet desserts");
//! assert_eq!(items[0].polarity, Polarity::Dislike);
//! assert_eq!(items[1].topic, "dark chocolate");
//! assert_eq!(items[2].topic, "concise answers");
//! assert_eq!(items[2].kind, Kind::Style);
//! ```
//!
//! The pipeline, in order:
//! 1. strip Palate's own preamble ([`crate::signal::strip_preamble`]);
//! 2. mask what is not the user's own statement: fenced and indented code, `>` quotes,
//!    log-like and markup lines, inline code, double-quoted text ([`text::mask`]);
//! 3. split sentences, tokenize (contractions expanded), and read each sentence with
//!    the shared guards ([`guards::reading`]): questions, non-English and role-play are dropped;
//! 4. split clauses at contrast words and cut out hypotheticals ("if I liked ...");
//! 5. find first-person anchors, so other people's tastes never match, unless the
//!    user shares them ("he hates cats, like I do": [`shared`]);
//! 6. run every rule of [`rules::RULES`] on each clause; dedupe.
//!
//! Topics: lower-case noun phrases with articles and filler removed. Facts use a fixed
//! scheme, polarity like: diets "vegetarian diet", places "lives in lyon" / "from
//! lyon", work "works as nurse" / "works at hospital" / "retired", household "has two
//! kids" / "has a dog" / "married". A fact said to be over ("I'm not vegetarian
//! anymore") comes as a dislike marked `revises`: a retraction, not a taste.

mod guards;
mod rules;
mod shared;
mod text;
mod titles;
mod topic;
pub(crate) use rules::{
    condition_of_member, habit_areas, is_business, is_child, is_code_style, is_eaten,
    is_eating_word, is_habit_verb, is_home_part, is_language, is_pet, is_programming_language,
    is_workout_kit, level_field, medicine_class, member_doing, names_appliance, names_color,
};
pub(crate) use topic::{gerund, head, indefinite, is_function_word};

#[cfg(test)]
mod tests;

use std::borrow::Cow;

use crate::item::{Item, Kind, Polarity};
use crate::signal::{strip_preamble, PREAMBLE_OPEN};

use guards::Reading;
use rules::{Ctx, Found, RULES};
use text::{Tok, COMMA};

/// This build of the extractor: a digest of the core's sources (see `build.rs`).
/// Turns an older build read are read again when the engine opens ([`crate::reread`]).
pub const BUILD: &str = env!("PALATE_SOURCE_DIGEST");

/// Every piece of preference evidence in `text`, in the order it appears.
/// Deterministic; never panics; linear in the input.
pub fn extract(text: &str) -> Vec<Item> {
    // Stripping trims, and leading indentation marks code: strip only when needed.
    let text: std::borrow::Cow<str> = if text.contains(PREAMBLE_OPEN) {
        strip_preamble(text).into()
    } else {
        text.into()
    };
    let masked = text::mask(&text);
    let mut out: Vec<Item> = Vec::new();
    // What the last clause found, for a contrast tail ("I like X. Not Y though.").
    let mut previous: Vec<Found> = Vec::new();
    // The sentence before, for a pronoun that opens this one ("Tomatoes? I hate them.");
    // left empty when it yielded evidence, which such a pronoun then repeats.
    let mut last: Vec<Tok> = Vec::new();
    // What the whole message asks about, for the titles it names.
    let mut talk = titles::Talk::default();
    let sentences = text::sentences(&masked);
    let asks = sentences.iter().any(|s| s.question);
    for sentence in sentences {
        let Some(mut sentence_toks) = text::tokenize(&masked, sentence) else {
            continue;
        };
        // "tbh not a huge fan of cruises", "ngl, I find opera boring": chat's asides
        // before a statement are no part of it (the subject may be dropped after them).
        let aside = guards::leading_aside(&sentence_toks);
        sentence_toks.drain(..aside);
        talk.read(&sentence_toks);
        // "my kids love pizza like I do", "He hates cats. So do I.": the user's too,
        // read after the sentence as written (which may say more: "I'm married to ...").
        let shared =
            shared::within(&sentence_toks).or_else(|| shared::after(&sentence_toks, &last));
        // "Please recommend hotels in Rome, I hate crowds": the request is read for
        // style, then what the user says of themselves after it as a statement (its
        // pronouns point into the request: "..., I'm allergic to them").
        let own = guards::statement_after_request(&sentence_toks, sentence.question).map(|p| {
            let (request, mine) = sentence_toks.split_at(p);
            (mine.to_vec(), Some(request.to_vec()))
        });
        // How long a style wish holds is read from the whole sentence: "keep answers
        // short, I read them on my phone" gives its reason after the request.
        let lasting = says_lasting(&sentence_toks);
        let restates = shared.is_some();
        let passes = std::iter::once((sentence_toks, None))
            .chain(shared.map(|s| (s, None)))
            .chain(own);
        for (pass, (sentence_toks, request)) in passes.enumerate() {
            // The sentence restated as the user's own: what one of the household likes is
            // then said once, as the person's taste ("My husband loves hiking. So do
            // I." is "hiking", not also *has a husband who loves hiking*).
            let restated = restates && pass == 1;
            let (mut start, mut cut) = (0, sentence_toks.len());
            let reading = guards::reading(&sentence_toks, sentence.question, &mut start, &mut cut);
            if reading == Reading::Skip {
                last = sentence_toks;
                continue;
            }
            // "do you like dr pepper i love it": the question the statement answers.
            let earlier: &[Tok] = if start > 0 {
                &sentence_toks[..start]
            } else {
                request.as_deref().unwrap_or(&last)
            };
            let toks = &sentence_toks[start..cut];
            let described = described_self(toks, sentence.question);
            let toks = described.as_deref().unwrap_or(toks);
            let mut yielded = false;
            let anchors = anchors(toks);
            // "I listen to everything except country": a genre, said where music is.
            let music = toks.iter().any(|t| topic::names_music(&t.w));
            for clause in text::clauses(toks) {
                let ctoks = &toks[clause.start..clause.end];
                if ctoks.is_empty() {
                    continue;
                }
                let canchors: Vec<usize> = anchors
                    .iter()
                    .filter(|&&a| a >= clause.start && a < clause.end)
                    .map(|&a| a - clause.start)
                    .collect();
                let after_contrast =
                    clause.after_contrast || clause.start == 0 && ctoks[0].w == "not";
                let ctx = Ctx {
                    toks: ctoks,
                    anchors: &canchors,
                    previous: &previous,
                    after_contrast,
                    before: &toks[..clause.start],
                    earlier,
                    text: &text,
                    asks,
                };
                let retracted = if reading == Reading::Statement {
                    retractions(ctoks)
                } else {
                    Vec::new()
                };
                let mut found = Vec::new();
                for rule in RULES {
                    if reading == Reading::Request && !rule.in_requests {
                        continue;
                    }
                    (rule.apply)(&ctx, &mut found);
                }
                if reading == Reading::Statement {
                    found.extend(singled_out(ctoks, &found));
                }
                let quote = quote(&text, ctoks);
                // "avoid jargon", "never spaces" (after "use tabs"), "I always prefer
                // British spelling": a style rule said it better than a taste rule did.
                let said_as_style = |f: &Found| {
                    if f.kind != Kind::Preference {
                        return false;
                    }
                    // About answers or code, a wish holding its words says it too.
                    let answers = is_style_topic(&f.topic)
                        || matches!(
                            f.topic.split(' ').next(),
                            Some(
                                "tabs"
                                    | "spaces"
                                    | "semicolons"
                                    | "callbacks"
                                    | "comments"
                                    | "numbered"
                            )
                        );
                    let shares = |g: &Found| {
                        g.topic.contains(f.topic.as_str())
                            || g.topic
                                .split(' ')
                                .any(|w| w.len() > 3 && f.topic.split(' ').any(|x| x == w))
                    };
                    found.iter().filter(|g| g.kind == Kind::Style).any(|g| {
                        // ("I'd prefer a more casual tone": the degree adds nothing.)
                        let bare = f.topic.strip_prefix("more ").unwrap_or(&f.topic);
                        g.topic == bare || answers && shares(g)
                    })
                };
                // "I prefer metric units", "I prefer Celsius": a units wish, no taste.
                let said_as_units = |f: &Found| {
                    f.kind == Kind::Preference
                        && f.topic
                            .split(' ')
                            .next()
                            .and_then(rules::unit_system)
                            .is_some()
                        && found
                            .iter()
                            .any(|g| g.kind == Kind::Style && g.topic.ends_with(" units"))
                };
                // "I don't mind paying more for quality", "quality over price", "I go for
                // the cheapest one": the way money is spent, a fact, is what was said; no
                // taste for paying, price or "cheapest one". ("I'm on a budget and hate
                // paying for shipping" keeps its taste.)
                let fact = |t: &str| found.iter().any(|g| g.kind == Kind::Fact && g.topic == t);
                let said_as_money = |f: &Found| {
                    let first = f.topic.split(' ').next().unwrap_or("");
                    f.kind == Kind::Preference
                        && (fact("willing to pay for quality")
                            && (matches!(first, "paying" | "spending")
                                || matches!(f.topic.as_str(), "price" | "cost" | "quality"))
                            || fact("on a budget") && first == "cheapest")
                };
                let revises = says_change(toks, clause.start, clause.end);
                // "I'm no longer on a budget": the fact is retracted, not said.
                let said = |f: &Found| !retracted.iter().any(|r| r.topic == f.topic);
                // "I'm a nurse and love it": the job said, and liked; no taste for
                // "nurse" or "working" (which the reminder would say as a taste).
                let job = |f: &Found| {
                    f.kind == Kind::Preference
                        && found.iter().any(|g| {
                            g.kind == Kind::Fact
                                && g.topic.strip_prefix("works as ").is_some_and(|j| {
                                    f.topic == "working" || j.ends_with(f.topic.as_str())
                                })
                        })
                };
                // "I swear by my Instant Pot": that one has the appliance is what shapes
                // a recipe; a taste for it besides would say it twice. (A pet loved is
                // a taste too.)
                let owned = |f: &Found| {
                    job(f)
                        || f.kind == Kind::Preference
                            && found.iter().any(|g| {
                                g.kind == Kind::Fact
                                    && g.topic
                                        .strip_prefix("has a ")
                                        .or_else(|| g.topic.strip_prefix("has an "))
                                        .filter(|thing| rules::names_appliance(thing))
                                        .is_some_and(|thing| f.topic.ends_with(thing))
                            })
                };
                // "I hate country music and won't listen to songs associated with that
                // genre": the kind pointed back at was said, and said better.
                let said_before = |f: &Found| {
                    points_back(&f.topic)
                        && found
                            .iter()
                            .any(|g| g.polarity == f.polarity && !points_back(&g.topic))
                };
                // "No bullet points in this one": a wish for the answer at hand only.
                let this_answer = for_this_answer(ctoks);
                for f in found.iter().filter(|f| {
                    !said_as_style(f)
                        && !said_as_units(f)
                        && !said_as_money(f)
                        && said(f)
                        && !owned(f)
                        && !said_before(f)
                }) {
                    if this_answer && (f.kind == Kind::Style || is_style_topic(&f.topic)) {
                        continue;
                    }
                    // "Tomatoes? I hate them.", "do you like popcorn? i do not": the quote
                    // reaches back to where the thing is named.
                    // (Not so far back that the quote becomes a paragraph.)
                    let named = |ts: &[Tok]| names_topic(ts, &f.topic);
                    let wider = if f.kind != Kind::Preference || named(ctoks) {
                        None
                    } else if named(&toks[..clause.start]) {
                        Some(self::quote(&text, &toks[..clause.end]))
                    } else if named(earlier) {
                        let start = earlier.first().map_or(0, |t| t.start);
                        Some(quote_from(&text, start, ctoks))
                    } else {
                        None
                    };
                    let quote = wider
                        .filter(|q| q.len() <= MAX_WIDER_QUOTE)
                        .unwrap_or_else(|| quote.clone());
                    if restated && f.kind == Kind::Preference {
                        let theirs = format!(" {}", f.topic);
                        out.retain(|i| {
                            !(i.kind == Kind::Fact
                                && i.topic.contains(" who ")
                                && i.topic.ends_with(&theirs))
                        });
                    }
                    if let Some(f) = reworded(f, music) {
                        push(&mut out, &f, &quote, revises, lasting);
                    }
                }
                for f in &retracted {
                    push(&mut out, f, &quote, true, false);
                }
                if !found.is_empty() {
                    // ("My wife hates cilantro. I love it.": "it" is still cilantro.)
                    yielded |= !found.iter().all(Found::is_theirs);
                    previous = found;
                }
            }
            last = if yielded { Vec::new() } else { sentence_toks };
        }
    }
    talk.name_titles(&mut out);
    out
}

/// "As a nurse, what shoes ...?", "Being lactose intolerant, what can I eat?": a
/// description of the speaker opening the sentence, rewritten "I am a nurse, ...", so
/// every fact rule reads it as it reads the plain statement. Only a short description
/// before a comma ("as a", "as an", "being"), not "as I said".
fn described_self(toks: &[Tok], question: bool) -> Option<Vec<Tok>> {
    let w = |i: usize| toks.get(i).map_or("", |t| t.w.as_str());
    let opens = match w(0) {
        // ("As someone who hates cooking, ..." is the self_described rule's.)
        "as" => matches!(w(1), "a" | "an"),
        "being" => !matches!(w(1), "honest" | "said" | "fair" | "that"),
        _ => false,
    };
    // Before a question the reading already cut the sentence at the comma; a
    // statement needs its comma ("being outside is a passion of mine" is no
    // description, its subject is an activity).
    // ("As a teacher I'm always short on time": a subject after a short description
    // ends it as the comma would.)
    let subject = (3..=6).find(|&k| {
        w(0) == "as" && matches!(w(k), "i" | "we") && !toks[..k].iter().any(Tok::is_stop)
    });
    let comma = toks.iter().position(|t| t.w == COMMA);
    let end = match (comma, subject) {
        (Some(c), Some(s)) if s < c => s,
        (Some(c), _) => c,
        (None, Some(s)) => s,
        (None, None) if question => toks.len(),
        (None, None) => return None,
    };
    // "as a kid who loves dinosaurs, what would he like?" may be anyone: a description
    // with a relative clause is the self_described rule's to read.
    let relative = toks[..end]
        .iter()
        .any(|t| matches!(t.w.as_str(), "who" | "that"));
    if !opens || relative || !(2..=10).contains(&end) {
        return None;
    }
    let at = |w: &str| Tok {
        w: w.to_owned(),
        ..toks[0].clone()
    };
    let mut out = vec![at("i"), at("am")];
    out.extend_from_slice(&toks[1..end]);
    if toks.get(end).is_some_and(|t| t.w != COMMA) {
        out.push(at(COMMA));
    }
    out.extend_from_slice(&toks[end..]);
    Some(out)
}

/// The clause, verbatim from the original text, with a quotation it ends on (masked,
/// it has no tokens: "Please don't use the word "delve"").
fn quote(text: &str, toks: &[Tok]) -> String {
    quote_from(text, toks.first().map_or(0, |t| t.start), toks)
}

/// [`quote`] from byte `start` of the text (an earlier sentence) to the end of `toks`.
fn quote_from(text: &str, start: usize, toks: &[Tok]) -> String {
    let mut end = toks.last().map_or(0, |t| t.end);
    if let Some(last) = text::quotations_after(text, end).last() {
        end = last.end;
    }
    let s = text.get(start..end).unwrap_or("");
    s.trim_matches(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .to_owned()
}

/// A taste as it is worth keeping, read on its whole topic (a rule reads only its part):
/// "nothing flashy" is refused, "country" said where music is is *country music*,
/// "anything too spicy" is *very spicy food*. `None` when another rule said it better
/// ("I love nothing more than a good book" is the book's).
fn reworded(f: &Found, music: bool) -> Option<Cow<'_, Found>> {
    if f.kind != Kind::Preference {
        return Some(Cow::Borrowed(f));
    }
    if ["nothing more ", "nothing better "]
        .iter()
        .any(|p| f.topic.starts_with(p))
    {
        return None;
    }
    let refused = f
        .topic
        .strip_prefix("nothing ")
        .map(|rest| rest.strip_prefix("too ").unwrap_or(rest))
        .filter(|rest| {
            !rest.is_empty()
                && !["but ", "more ", "better ", "else", "less "]
                    .iter()
                    .any(|p| rest.starts_with(p))
        });
    let (topic, polarity) = match refused {
        Some(rest) => (rest.to_owned(), f.polarity.flipped()),
        None if music && topic::is_bare_genre(&f.topic) => {
            (format!("{} music", f.topic), f.polarity)
        }
        None => (f.topic.clone(), f.polarity),
    };
    let topic = topic::as_thing(&topic).unwrap_or(topic);
    if topic == f.topic && polarity == f.polarity {
        return Some(Cow::Borrowed(f));
    }
    Some(Cow::Owned(Found {
        topic,
        polarity,
        ..f.clone()
    }))
}

/// "i just love meat too much, especially pork", "mexican food is my favorite especially
/// tacos", "i hate tuna almost as much as i do popcorn": the one a taste singles out,
/// or measures itself by, is a taste of the same sign. Only where the clause named one
/// taste (or several of one sign) before the word, and no rule already read the other
/// as one more item.
fn singled_out(ctoks: &[Tok], found: &[Found]) -> Option<Found> {
    let w = |k: usize| ctoks.get(k).map_or("", |t| t.w.as_str());
    let (at, from) = (0..ctoks.len()).find_map(|k| match (w(k), w(k + 1), w(k + 2)) {
        ("especially" | "particularly", _, _) => Some((k, k + 1)),
        // ("as much as i do popcorn"; never "as much as you do" or "as much as i can".)
        ("as", "much", "as") if w(k + 3) == "i" && w(k + 4) == "do" => Some((k, k + 5)),
        ("as", "much", "as") => Some((k, k + 3)),
        _ => None,
    })?;
    let mut tastes = found.iter().filter(|f| f.kind == Kind::Preference);
    let first = tastes.next()?;
    if tastes.any(|f| f.polarity != first.polarity) || !names_topic(&ctoks[..at], &first.topic) {
        return None;
    }
    // ("especially my favorite game of thrones": the title.)
    let from = (from..ctoks.len()).find(|&k| !matches!(w(k), "the" | "my" | "favorite"))?;
    // ("especially when i eat chocolate", "especially if ...": a circumstance.)
    if topic::is_function_word(w(from)) || text::opens_clause(w(from)) || is_other_subject(w(from))
    {
        return None;
    }
    let (one, end) = topic::topic_span(ctoks, from, ctoks.len());
    let one = one?;
    // ("as much as my husband does": someone else's taste.)
    if (from..=end).any(|k| matches!(w(k), "does" | "do" | "did")) {
        return None;
    }
    // ("especially ones by Asimov" after "novels by Asimov": the same said again.)
    let last = |t: &str| t.rsplit(' ').next().unwrap_or_default().to_owned();
    let known = found.iter().any(|f| {
        f.topic.contains(one.as_str())
            || one.contains(f.topic.as_str())
            || last(&f.topic) == last(&one)
    });
    // ("the sweet ones", "as much as possible": no thing named.)
    let vague = one.split(' ').any(|w| {
        matches!(w, "one" | "ones" | "possible" | "usual" | "ever" | "before")
            || rules::is_pronoun(w)
    });
    (!known && !vague && !rules::is_person(&last(&one)))
        .then(|| Found::new(one, first.polarity, Kind::Preference, first.intensity))
}

/// Longest quote reaching back to where its topic is named, in bytes.
const MAX_WIDER_QUOTE: usize = 240;

/// Some token names the topic's last word, or its stem ("dance" for "dancing").
fn names_topic(toks: &[Tok], topic: &str) -> bool {
    let head = topic.rsplit(' ').next().unwrap_or_default();
    let stem: String = head.chars().take(4).collect();
    toks.iter()
        .any(|t| t.w == head || stem.chars().count() == 4 && t.w.starts_with(&stem))
}

/// A wish about answers in one wording: "so many headers" and "headers" are the
/// style rules' "headings" (an excess of a thing in answers is a wish about the thing).
fn style_topic(topic: &str) -> String {
    let bare = ["so many ", "too many ", "so much ", "too much "]
        .iter()
        .find_map(|p| topic.strip_prefix(p))
        .unwrap_or(topic);
    match bare {
        "headers" | "headings" => "headings".to_owned(),
        other => other.to_owned(),
    }
}

/// Add an item, reclassifying answer-format topics as style and keeping one item
/// per (topic, polarity, kind), at its strongest.
fn push(out: &mut Vec<Item>, f: &Found, quote: &str, revises: bool, lasting: bool) {
    if is_filler_topic(&f.topic) {
        return;
    }
    let kind = if f.kind == Kind::Preference && is_style_topic(&f.topic) {
        Kind::Style
    } else {
        f.kind
    };
    // A taste that only names answers ("text-based explanations" among learning
    // materials) waits to be said again; one a style rule read, or one naming a part
    // of every answer ("I hate emojis"), lasts when said to.
    let lasting = lasting
        && kind == Kind::Style
        && (f.kind == Kind::Style || !f.topic.split(' ').any(names_answers));
    // Two decimals: finer steps carry no meaning, and the JSON stays readable.
    let intensity = (rules::clamp(f.intensity) * 100.0).round() / 100.0;
    let topic = if kind == Kind::Style {
        style_topic(&f.topic)
    } else {
        // "the color orange" is orange, and so is "orange in color".
        let color = f
            .topic
            .strip_prefix("color ")
            .or_else(|| f.topic.strip_suffix(" in color"));
        match color {
            Some(c) if names_color(c) => c.to_owned(),
            _ => f.topic.clone(),
        }
    };
    if let Some(prev) = out
        .iter_mut()
        .find(|i| i.topic == topic && i.polarity == f.polarity && i.kind == kind)
    {
        prev.intensity = prev.intensity.max(intensity);
        prev.revises |= revises;
        prev.lasting |= lasting;
        return;
    }
    out.push(Item {
        topic,
        polarity: f.polarity,
        kind,
        intensity,
        quote: quote.to_owned(),
        revises,
        lasting,
    });
}

/// A topic that points back at a kind said before it: "songs that fall into that
/// genre", "decor with that aesthetic".
fn points_back(topic: &str) -> bool {
    let words: Vec<&str> = topic.split(' ').collect();
    words.windows(2).any(|w| {
        matches!(w[0], "that" | "this" | "those" | "these")
            && matches!(
                w[1],
                "genre"
                    | "genres"
                    | "aesthetic"
                    | "style"
                    | "styles"
                    | "kind"
                    | "type"
                    | "sort"
                    | "category"
                    | "theme"
                    | "look"
            )
    })
}

/// "Don't use bullet points in this one", "keep this email short", "shorter for now":
/// the clause speaks of the answer at hand, so its style wish is nothing to remember.
fn for_this_answer(toks: &[Tok]) -> bool {
    let w = |i: usize| toks.get(i).map_or("", |t| t.w.as_str());
    (0..toks.len()).any(|i| match w(i) {
        "this" => matches!(
            w(i + 1),
            "time"
                | "one"
                | "once"
                | "answer"
                | "response"
                | "reply"
                | "email"
                | "message"
                | "letter"
                | "post"
                | "essay"
                | "draft"
                | "paragraph"
                | "summary"
                | "section"
                | "version"
                | "question"
                | "report"
                | "article"
                | "story"
                | "poem"
        ),
        "now" => w(i.wrapping_sub(1)) == "for",
        "today" => true,
        _ => false,
    })
}

/// Whether the sentence says its style wish holds beyond this answer: "always",
/// "never", "from now on", "stop using ...", or the person speaking of themselves ("I
/// hate emojis", "..., I read them on my phone"). A bare "keep it short" does not: it
/// may have been for that one chat, and waits to be said again.
fn says_lasting(toks: &[Tok]) -> bool {
    let w = |i: usize| toks.get(i).map_or("", |t| t.w.as_str());
    (0..toks.len()).any(|i| match w(i) {
        "always" | "never" | "generally" | "anymore" | "ever" | "whenever" => true,
        "on" => w(i.wrapping_sub(1)) == "now" && w(i.wrapping_sub(2)) == "from",
        "general" => w(i.wrapping_sub(1)) == "in",
        "future" => matches!(w(i.wrapping_sub(1)), "in" | "the"),
        "forward" => w(i.wrapping_sub(1)) == "going",
        "time" => {
            w(i.wrapping_sub(1)) == "every"
                || w(i.wrapping_sub(1)) == "the" && w(i.wrapping_sub(2)) == "all"
        }
        "more" => w(i.wrapping_sub(1)) == "no",
        // "Tables are easier for me to read": how I take things in.
        "me" => {
            w(i.wrapping_sub(1)) == "for"
                && matches!(
                    w(i.wrapping_sub(2)),
                    "easier" | "harder" | "better" | "best" | "well"
                )
        }
        // "I'd rather you ask clarifying questions than guess": how to answer me.
        "rather" => w(i + 1) == "you",
        "stop" | "quit" => w(i + 1).ends_with("ing") || w(i + 1) == "being",
        // Not a need of the moment: "I need it short", "I'm in a hurry".
        "i" => {
            let need = matches!(w(i + 1), "need" | "want" | "would" | "have" | "just");
            let moment = w(i + 1) == "am"
                && matches!(
                    w(i + 2),
                    "in" | "on" | "running" | "short" | "busy" | "late"
                );
            !(need || moment)
        }
        _ => false,
    })
}

/// "I'm not vegetarian anymore", "we no longer have a cat": a fact of mine said to have
/// stopped being true, within one comma-free stretch. The fact rules read the stretch
/// with its denial taken out; what they find comes back as a retraction (dislike, to be
/// marked revising), which retires the old fact rather than teaching its opposite.
fn retractions(toks: &[Tok]) -> Vec<Found> {
    let mut out: Vec<Found> = rules::pet_gone(toks)
        .map(|topic| Found::new(topic, Polarity::Dislike, Kind::Fact, 0.7))
        .into_iter()
        .collect();
    for part in toks.split(|t| matches!(t.w.as_str(), COMMA | ";" | "and" | "so")) {
        let w = |i: usize| part.get(i).map_or("", |t| t.w.as_str());
        let no_longer = |i: usize| w(i) == "no" && w(i + 1) == "longer";
        let denied = (0..part.len()).any(|i| w(i) == "not" || no_longer(i));
        let over = (0..part.len())
            .any(|i| w(i) == "anymore" || no_longer(i) || w(i) == "any" && w(i + 1) == "more");
        if !(denied && over) {
            continue;
        }
        let mut affirmed: Vec<Tok> = Vec::with_capacity(part.len());
        let mut i = 0;
        while i < part.len() {
            let skip = match w(i) {
                "not" | "anymore" => 1,
                "do" | "does" if w(i + 1) == "not" => 2,
                "no" if w(i + 1) == "longer" => 2,
                "any" if w(i + 1) == "more" => 2,
                _ => 0,
            };
            if skip == 0 {
                let mut t = part[i].clone();
                // "we don't have the dog anymore": the pet the household had.
                if t.w == "the" && is_pet(w(i + 1)) {
                    t.w = "a".into();
                }
                affirmed.push(t);
                i += 1;
            } else {
                i += skip;
            }
        }
        let anchors = anchors(&affirmed);
        let ctx = Ctx {
            toks: &affirmed,
            anchors: &anchors,
            previous: &[],
            after_contrast: false,
            before: &[],
            earlier: &[],
            text: "",
            asks: false,
        };
        let mut facts = Vec::new();
        for rule in RULES.iter().filter(|r| r.states_facts()) {
            (rule.apply)(&ctx, &mut facts);
        }
        // "my dog is no longer a puppy": what stopped is said of the pet, which is
        // still there.
        let pet = rules::pet_spoken_of(&ctx);
        out.extend(
            facts
                .into_iter()
                .filter(|f| f.kind == Kind::Fact && f.polarity == Polarity::Like)
                .filter(|f| pet.as_ref() != Some(&f.topic))
                .map(|f| Found {
                    polarity: Polarity::Dislike,
                    ..f
                }),
        );
    }
    out
}

/// Whether the clause `start..end` of a statement says a taste changed: "not ...
/// anymore", "no longer", "now", "these days", "I've started / stopped / quit / given
/// up ...", or, in the sentence so far, "I changed my mind", "forget what I said", or
/// a turn away from "I used to ...". Its evidence then retires what was said the other
/// way before ([`crate::decay`]).
fn says_change(toks: &[Tok], start: usize, end: usize) -> bool {
    let w = |i: usize| toks.get(i).map_or("", |t| t.w.as_str());
    let marked = (start..end).any(|i| match w(i) {
        "anymore" | "nowadays" | "started" | "starting" | "stopped" | "quit" => true,
        "up" => matches!(w(i.wrapping_sub(1)), "gave" | "given"),
        // Not the moment of an act ("I'm cooking right now") or a stopgap ("for now").
        "now" => !matches!(w(i.wrapping_sub(1)), "right" | "just" | "for"),
        "longer" => matches!(w(i.wrapping_sub(1)), "no" | "any"),
        "more" => w(i.wrapping_sub(1)) == "any" && i + 1 >= end,
        "days" => w(i.wrapping_sub(1)) == "these",
        // "I've grown to like olives", "I've come to love jazz".
        "grown" | "come" => w(i + 1) == "to" && w(i.wrapping_sub(1)) == "have",
        // "I've grown out of it", "I've lost interest in", "I've gotten used to".
        "out" => matches!(w(i.wrapping_sub(1)), "grown" | "grew") && w(i + 1) == "of",
        "interest" => w(i.wrapping_sub(1)) == "lost",
        "used" => matches!(w(i.wrapping_sub(1)), "gotten" | "got") && w(i + 1) == "to",
        _ => false,
    });
    // "I used to ... but", "I changed my mind, ...", "Forget what I said, ...".
    let turned = (0..end).any(|i| match w(i) {
        "used" => w(i + 1) == "to" && i + 1 < start,
        "mind" => w(i.wrapping_sub(1)) == "my" && w(i.wrapping_sub(2)) == "changed",
        // "I've switched to tea, coffee makes me jittery".
        "switched" | "switching" => matches!(w(i + 1), "to" | "from" | "over"),
        "said" => {
            w(i.wrapping_sub(1)) == "i"
                && w(i.wrapping_sub(2)) == "what"
                && matches!(
                    w(i.wrapping_sub(3)),
                    "forget" | "ignore" | "disregard" | "scratch"
                )
        }
        _ => false,
    });
    marked || turned
}

/// A one-word topic that is a discourse word or an adverb left behind when a rule
/// read past the real object ("red, which is my favorite" must not yield "which").
fn is_filler_topic(topic: &str) -> bool {
    !topic.contains(' ')
        && (rules::is_manner_adverb(topic)
            || matches!(
                topic,
                "just"
                    | "even"
                    | "though"
                    | "since"
                    | "which"
                    | "hmm"
                    | "ever"
                    | "maybe"
                    | "especially"
                    | "bet"
                    | "otherwise"
                    | "wish"
                    | "also"
                    | "either"
                    | "whatever"
                    | "anyway"
                    | "yet"
                    | "still"
                    | "then"
                    | "because"
                    | "while"
                    | "lol"
                    | "haha"
                    | "ha"
                    | "lmao"
                    | "yeah"
                    | "ok"
                    | "okay"
                    | "sure"
                    | "kind"
                    | "sort"
                    | "tho"
                    // "sitting around home and enjoying myself": a cue left alone.
                    | "enjoying"
                    | "liking"
                    | "loving"
                    | "hating"
                    // "this is exactly the tone I like": which one is not said.
                    | "tone"
                    | "style"
                    | "format"
                    // "I hate the phrase '...'": what was quoted is masked.
                    | "phrase"
                    | "word"
                    | "expression"
            ))
}

/// Topics about how answers are written, whichever rule found them ("I hate emojis",
/// "I like type hints").
fn is_style_topic(topic: &str) -> bool {
    // "java's verbosity" is about Java, not the answers; "reading books that use
    // technical jargon" is a taste in books.
    if topic.contains("'s ")
        || matches!(
            topic.split(' ').next(),
            Some("reading" | "listening" | "watching" | "playing")
        )
    {
        return false;
    }
    if rules::is_code_style(topic) {
        return true;
    }
    topic.contains("em dash")
        || topic.contains("walls of text")
        || topic.split(' ').any(|w| {
            names_answers(w)
                || matches!(
                    w,
                    "analogies"
                        | "emojis"
                        | "emoji"
                        | "bullet"
                        | "markdown"
                        | "jargon"
                        | "formatting"
                        | "verbosity"
                        | "exclamation"
                        | "headers"
                        | "headings"
                )
        })
}

/// A word naming the answers themselves, not a part of them.
fn names_answers(w: &str) -> bool {
    matches!(
        w,
        "answers" | "answer" | "responses" | "response" | "replies" | "reply" | "explanations"
    )
}

/// Token indices where a first-person predicate may begin (see [`Ctx::anchors`]).
fn anchors(toks: &[Tok]) -> Vec<usize> {
    #[derive(PartialEq, Clone, Copy)]
    enum Subject {
        None,
        Me,
        Other,
    }
    let mut out = Vec::new();
    let mut subject = Subject::None;
    let mut muted = false;
    // The muted clause has had its own subject ("i wish *i* could retire").
    let mut wished = false;
    // Chat drops the subject: "Love hiking.", "Not a fan of jazz.", "Can't stand cilantro.",
    // also after a joiner: "and also love fishing".
    let lead = toks
        .iter()
        .take_while(|t| matches!(t.w.as_str(), "and" | "also" | "then" | "just" | "still"))
        .count();
    if toks.get(lead).is_some_and(|t| {
        matches!(
            t.w.as_str(),
            "love"
                | "hate"
                | "enjoy"
                // "Loved Breaking Bad and The Wire".
                | "loved"
                | "hated"
                | "enjoyed"
                | "adore"
                | "prefer"
                | "detest"
                | "loathe"
                | "despise"
                | "dislike"
                | "not"
                | "big"
                | "huge"
                | "really"
                | "absolutely"
                | "totally"
                | "never"
                | "avoid"
                // "am obsessed with cooking": only "I" says "am".
                | "am"
        ) || matches!(t.w.as_str(), "can" | "do" | "could")
            && toks.get(lead + 1).is_some_and(|n| n.w == "not")
            // "Just started learning piano", "I'm 34 and just started running".
            || matches!(t.w.as_str(), "started" | "began")
                && lead > 0
                && toks[lead - 1].w == "just"
    }) {
        out.push(lead);
        subject = Subject::Me;
    }
    // Where a clause's subject may stand: at the start or after a joiner.
    let opens_clause = |i: usize| {
        i == 0 || {
            let p = toks[i - 1].w.as_str();
            p == COMMA
                || p == ";"
                || p == "and"
                || p == "so"
                || p == "because"
                || text::is_contrast(p)
                || p == "then"
        }
    };
    for (i, t) in toks.iter().enumerate() {
        let w = t.w.as_str();
        let subject_position = opens_clause(i);
        match w {
            // "explain it like I'm a senior engineer", "talk to me as if I were five":
            // a make-believe me, said of the answer.
            "i" if i >= 2
                && (toks[i - 1].w == "like"
                    && matches!(
                        toks[i - 2].w.as_str(),
                        "explain"
                            | "talk"
                            | "speak"
                            | "write"
                            | "treat"
                            | "answer"
                            | "respond"
                            | "reply"
                            | "it"
                            | "me"
                            | "this"
                            | "that"
                            | "things"
                    )
                    || toks[i - 1].w == "if" && toks[i - 2].w == "as") => {}
            // "we love seafood": the user is among "we" (a partner, a family, a team).
            "i" | "we" if w == "i" || subject_position => {
                subject = Subject::Me;
                // "i wish i played, i like to hike": a new clause of mine after a comma
                // or contrast is no longer inside the wish or report.
                if i > 0 && (toks[i - 1].w == COMMA || text::is_contrast(&toks[i - 1].w)) {
                    muted = false;
                }
                // "i wish i could retire i hate my job": after the wish's own subject,
                // an "I" run on after a content word opens a clause of mine again.
                if muted && w == "i" {
                    if wished
                        && i > 0
                        && !toks[i - 1].is_stop()
                        && !topic::is_function_word(&toks[i - 1].w)
                    {
                        muted = false;
                    }
                    wished = true;
                }
                if !muted {
                    out.push(i + 1);
                }
            }
            // "our family loves camping" (the verb is said as "love", `text`).
            "family" | "household" if i > 0 && toks[i - 1].w == "our" && opens_clause(i - 1) => {
                subject = Subject::Me;
                if !muted {
                    out.push(i + 1);
                }
            }
            // "just came back from a day of fishing, love it", "work a lot and then just
            // love taking naps": chat drops the "I" of a verdict after a comma or "and"
            // too, when no one else was the subject. Not a reaction to the answer at hand
            // ("wow, love this answer", "Perfect, love the formatting").
            "love" | "hate" | "enjoy" | "adore" | "loved" | "hated" | "enjoyed"
                if subject == Subject::None && dropped_i(toks, i) =>
            {
                subject = Subject::Me;
                out.push(i);
            }
            "me" if i + 1 < toks.len() && toks[i + 1].w == "too" => {}
            // Someone else's words about me: "my mom thinks I love cats".
            // Hedges: "I'm not sure I like it", "I wonder whether I'd enjoy it".
            // ... but "I sure do love it" is emphasis.
            "sure" if i > 0 && toks[i - 1].w == "i" => {}
            "sure" | "unsure" | "wonder" | "wondering" | "whether" | "doubt" => {
                muted = true;
                wished = false;
            }
            // "My doctor said I need to cut back on salt": a carer's word on what I must
            // do is mine to keep.
            "says" | "said" | "told"
                if i > 0
                    && matches!(
                        toks[i - 1].w.as_str(),
                        "doctor"
                            | "dentist"
                            | "nutritionist"
                            | "dietitian"
                            | "dietician"
                            | "cardiologist"
                            | "physio"
                            | "physiotherapist"
                            | "gp"
                    ) => {}
            "think" | "thinks" | "thought" | "says" | "said" | "believes" | "believe"
            | "assumes" | "told" | "claims" | "knows" | "wants" | "hopes" | "wish" | "wishes"
                if subject != Subject::Me || w == "wish" =>
            {
                muted = true;
                wished = false;
            }
            // "they think I'm weird because I don't like salad": the reason is mine again.
            "because" | "since" => muted = false,
            "and" | "," | "then" | "but" | "however" | "though" | "although" | "yet" | "so"
                if subject == Subject::Me && !muted =>
            {
                out.push(i + 1)
            }
            _ if subject_position && is_other_subject(w) => subject = Subject::Other,
            _ => {}
        }
    }
    out
}

/// Whether the verdict at token `i` follows a comma or "and" with its "I" dropped, after
/// words that say something ("went fishing today, love it"), and is not said of the
/// answer or the words at hand (which open on "this", "the", "your"...).
fn dropped_i(toks: &[Tok], i: usize) -> bool {
    let mut p = i;
    while p > 0 && matches!(toks[p - 1].w.as_str(), "then" | "just" | "also") {
        p -= 1;
    }
    if p == 0 || !matches!(toks[p - 1].w.as_str(), COMMA | "and") {
        return false;
    }
    let reaction = toks[..p - 1].iter().all(|t| {
        guards::is_exclamation(&t.w)
            || matches!(
                t.w.as_str(),
                "perfect" | "thanks" | "thank" | "you" | "amazing" | "excellent" | "good" | "omg"
            )
    });
    let at_hand = toks.get(i + 1).is_some_and(|t| {
        matches!(
            t.w.as_str(),
            "this" | "that" | "the" | "your" | "you" | "how" | "what" | "these" | "those"
        )
    });
    !reaction && !at_hand
}

fn is_other_subject(w: &str) -> bool {
    matches!(
        w,
        "you"
            | "he"
            | "she"
            | "they"
            | "we"
            | "my"
            | "his"
            | "her"
            | "our"
            | "their"
            | "your"
            | "people"
            | "everyone"
            | "everybody"
            | "someone"
            | "somebody"
            | "mom"
            | "dad"
            | "it"
            | "kids"
            | "friends"
            | "nobody"
    )
}

/// Every extraction rule as (name, one-line description), in registry order.
pub fn rules() -> impl Iterator<Item = (&'static str, &'static str)> {
    RULES.iter().map(|r| (r.name, r.description))
}
