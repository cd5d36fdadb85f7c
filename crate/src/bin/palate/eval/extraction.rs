//! Extraction measures over the shared evaluation data (shared/eval/README.md):
//! PersonaExt recall, PersonaExt false-positive rate, PrefEval explicit coverage.
//!
//! Topic matching is token overlap: both sides are lower-cased, split on anything
//! that is not a letter or digit, stripped of stop words, and stemmed with a few
//! suffix rules (plural -s/-es/-ies, -ing, -ed, a final -e, a doubled final
//! consonant). A topic matches a gold object when it contains at least half of the
//! object's content stems (rounded up). That criterion sets the target; two looser
//! figures are only reported beside it, because PersonaExt labels one relation per
//! row while a row often states several tastes: recall by the embedded model's cosine
//! between topic and gold object, and recall by polarity alone (the ceiling for any
//! topic criterion).

use std::collections::HashSet;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;

use palate::cluster::DbscanParams;
use palate::embed::Embed;
use palate::extract::extract;
use palate::vector::cosine;
use palate::{Item, Kind, Polarity};
use serde::Deserialize;

pub use super::measure::Measure;

#[derive(Deserialize)]
struct PersonaRow {
    utterance: String,
    polarity: String,
    object: String,
}

#[derive(Deserialize)]
struct PrefEvalRow {
    preference: String,
}

/// Every extraction measure; an error names the file that could not be read.
pub fn measures(data_dir: &Path, embed: &dyn Embed) -> Result<Vec<Measure>, String> {
    let mut out = Vec::new();
    out.extend(persona_recall(
        &read_rows(&data_dir.join("personaext_preferences.jsonl"))?,
        embed,
    ));
    out.extend(persona_false_positives(&read_rows(
        &data_dir.join("personaext_non_preferences.jsonl"),
    )?));
    out.extend(prefeval_explicit(&read_rows(
        &data_dir.join("prefeval_explicit.jsonl"),
    )?));
    Ok(out)
}

fn read_rows<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<Vec<T>, String> {
    let file = File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut rows = Vec::new();
    for (n, line) in BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| format!("{}: {e}", path.display()))?;
        if line.trim().is_empty() {
            continue;
        }
        rows.push(
            serde_json::from_str(&line)
                .map_err(|e| format!("{}:{}: {e}", path.display(), n + 1))?,
        );
    }
    if rows.is_empty() {
        return Err(format!("{}: no rows", path.display()));
    }
    Ok(rows)
}

fn share(hits: usize, total: usize) -> f64 {
    if total == 0 {
        0.0
    } else {
        hits as f64 / total as f64
    }
}

/// Cosine at which a topic counts as the gold object (report only): the radius at which
/// clustering treats two topics as neighbours, so the eval asks no more than the engine.
fn embedding_match() -> f32 {
    1.0 - DbscanParams::default().eps
}

fn persona_recall(rows: &[PersonaRow], embed: &dyn Embed) -> Vec<Measure> {
    let mut hits = 0;
    let mut topic_words = 0usize;
    let mut by_polarity = [(0usize, 0usize); 2];
    let (mut by_embedding, mut by_polarity_alone) = (0usize, 0usize);
    for row in rows {
        let gold = if row.polarity == "dislike" {
            Polarity::Dislike
        } else {
            Polarity::Like
        };
        let items = extract(&row.utterance);
        let tastes: Vec<&Item> = items
            .iter()
            .filter(|i| i.polarity == gold && i.kind != Kind::Fact)
            .collect();
        by_polarity_alone += usize::from(!tastes.is_empty());
        let gold_vector = embed.embed(&row.object);
        by_embedding += usize::from(gold_vector.is_some_and(|g| {
            tastes.iter().any(|i| {
                embed
                    .embed(&i.topic)
                    .is_some_and(|t| cosine(&t, &g) >= embedding_match())
            })
        }));
        let hit = items.iter().find(|i| {
            i.polarity == gold && i.kind != Kind::Fact && topic_matches(&i.topic, &row.object)
        });
        let slot = &mut by_polarity[usize::from(gold == Polarity::Dislike)];
        slot.1 += 1;
        if let Some(item) = hit {
            hits += 1;
            slot.0 += 1;
            topic_words += item.topic.split(' ').count();
        }
    }
    vec![
        Measure::new(
            "personaext recall",
            share(hits, rows.len()),
            Some(">= 0.85"),
            format!(
                "{hits}/{} rows with a like/dislike item of the gold polarity whose topic holds >= half the gold object's content stems; mean matched topic {:.1} words",
                rows.len(),
                share(topic_words, hits.max(1)) * 1.0
            ),
        ),
        Measure::new(
            "personaext recall (embedding)",
            share(by_embedding, rows.len()),
            None,
            format!(
                "{by_embedding}/{} with a gold-polarity item whose topic has cosine >= {:.2} (clustering radius) to the gold object, embedded model; report only",
                rows.len(),
                embedding_match()
            ),
        ),
        Measure::new(
            "personaext recall (polarity only)",
            share(by_polarity_alone, rows.len()),
            None,
            format!(
                "{by_polarity_alone}/{} with any like/dislike item of the gold polarity: the ceiling for any topic criterion",
                rows.len()
            ),
        ),
        Measure::new(
            "personaext recall (like)",
            share(by_polarity[0].0, by_polarity[0].1),
            None,
            format!("{}/{} like rows", by_polarity[0].0, by_polarity[0].1),
        ),
        Measure::new(
            "personaext recall (dislike)",
            share(by_polarity[1].0, by_polarity[1].1),
            None,
            format!("{}/{} dislike rows", by_polarity[1].0, by_polarity[1].1),
        ),
    ]
}

/// A like/dislike that would reach the preamble as a taste or a style wish.
fn is_preference_like(item: &Item) -> bool {
    item.kind != Kind::Fact
}

/// Rows are labelled with one relation each, so many "non-preference" rows also
/// state a real taste ("i love dogs. i have two cats." labelled have_pet). The
/// second figure keeps only rows without any explicit preference word, where
/// an extracted like/dislike is almost surely spurious.
fn persona_false_positives(rows: &[PersonaRow]) -> Vec<Measure> {
    let mut fired = 0;
    let mut plain_rows = 0;
    let mut plain_fired = 0;
    for row in rows {
        let hit = extract(&row.utterance).iter().any(is_preference_like);
        fired += usize::from(hit);
        if !has_preference_word(&row.utterance) {
            plain_rows += 1;
            plain_fired += usize::from(hit);
        }
    }
    vec![
        Measure::new(
            "personaext false-positive rate",
            share(fired, rows.len()),
            Some("<= 0.05"),
            format!("{fired}/{} non-preference rows yielding a preference/style item (facts allowed)", rows.len()),
        ),
        Measure::new(
            "personaext false-positive rate (no preference word)",
            share(plain_fired, plain_rows),
            None,
            format!(
                "{plain_fired}/{plain_rows} rows without love/like/enjoy/hate/prefer/favorite/fan/into/...; the rest mostly state a real taste"
            ),
        ),
    ]
}

/// An explicit preference word anywhere in the text.
fn has_preference_word(text: &str) -> bool {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .any(|w| {
            matches!(
                w,
                "love"
                    | "loves"
                    | "like"
                    | "likes"
                    | "enjoy"
                    | "enjoys"
                    | "hate"
                    | "hates"
                    | "prefer"
                    | "favorite"
                    | "favourite"
                    | "fav"
                    | "fan"
                    | "into"
                    | "passion"
                    | "adore"
                    | "stand"
                    | "dislike"
                    | "avoid"
                    | "obsessed"
                    | "addicted"
                    | "fond"
                    | "thing"
                    | "rather"
            )
        })
}

fn prefeval_explicit(rows: &[PrefEvalRow]) -> Vec<Measure> {
    let mut any = 0;
    let mut overlapping = 0;
    for row in rows {
        let items = extract(&row.preference);
        if !items.is_empty() {
            any += 1;
        }
        let content = stems(&row.preference);
        if items
            .iter()
            .any(|i| stems(&i.topic).iter().any(|s| content.contains(s)))
        {
            overlapping += 1;
        }
    }
    vec![
        Measure::new(
            "prefeval explicit: any item",
            share(any, rows.len()),
            Some(">= 0.95"),
            format!("{any}/{} preference statements yielding at least one item", rows.len()),
        ),
        Measure::new(
            "prefeval explicit: topic overlap",
            share(overlapping, rows.len()),
            None,
            format!("{overlapping}/{} with an item whose topic shares a content stem with the statement", rows.len()),
        ),
    ]
}

/// Whether `topic` holds at least half (rounded up) of `gold`'s content stems.
pub fn topic_matches(topic: &str, gold: &str) -> bool {
    let gold = stems(gold);
    if gold.is_empty() {
        return false;
    }
    let topic = stems(topic);
    let overlap = gold.iter().filter(|s| topic.contains(*s)).count();
    overlap * 2 >= gold.len()
}

fn stems(text: &str) -> HashSet<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty() && !is_stop_word(w))
        .map(stem)
        .collect()
}

fn is_stop_word(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "and"
            | "or"
            | "of"
            | "to"
            | "in"
            | "on"
            | "for"
            | "with"
            | "at"
            | "by"
            | "from"
            | "my"
            | "i"
            | "me"
            | "is"
            | "are"
            | "be"
            | "it"
            | "that"
            | "this"
            | "i'm"
            | "am"
            | "do"
            | "not"
            | "don't"
            | "like"
            | "love"
            | "prefer"
            | "very"
            | "really"
            | "so"
            | "too"
            | "any"
            | "all"
            | "some"
            | "as"
            | "than"
            | "but"
            | "more"
            | "most"
            | "into"
            | "about"
            | "such"
            | "their"
            | "them"
            | "they"
            | "you"
            | "your"
    )
}

/// A few suffix rules; enough for "hiking"/"hike", "dogs"/"dog", "stories"/"story".
fn stem(w: &str) -> String {
    let mut s = w.trim_end_matches("'s").to_owned();
    if s.len() > 4 && s.ends_with("ies") {
        s.truncate(s.len() - 3);
        s.push('y');
    } else if s.len() > 4
        && (s.ends_with("ches") || s.ends_with("shes") || s.ends_with("sses") || s.ends_with("xes"))
    {
        s.truncate(s.len() - 2);
    } else if s.len() > 3 && s.ends_with('s') && !s.ends_with("ss") {
        s.pop();
    }
    if s.len() > 5 && s.ends_with("ing") {
        s.truncate(s.len() - 3);
    } else if s.len() > 4 && s.ends_with("ed") {
        s.truncate(s.len() - 2);
    }
    let b = s.as_bytes();
    if b.len() > 3
        && b[b.len() - 1] == b[b.len() - 2]
        && !matches!(b[b.len() - 1], b'l' | b's' | b'e' | b'o')
    {
        s.pop();
    }
    if s.len() > 3 && s.ends_with('e') {
        s.pop();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matching_stems_plurals_and_gerunds() {
        assert!(topic_matches("hiking", "hike"));
        assert!(topic_matches("swimming in lakes", "swimming"));
        assert!(topic_matches("dogs", "dog"));
        assert!(topic_matches("ghost stories", "story"));
        assert!(!topic_matches("baseball", "tigers baseball team"));
        assert!(topic_matches("tigers baseball", "tigers baseball team"));
        assert!(!topic_matches("cats", "dogs"));
    }
}
