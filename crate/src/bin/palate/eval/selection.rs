//! Selection through the full pipeline: every candidate preference of a relevance row
//! is observed as a user turn, then the preamble is built for the row's question.

use std::path::Path;

use palate::embed::Embed;
use palate::profile::ProfileParams;
use serde::Deserialize;

use super::measure::Measure;
use crate::session::{run_scenario, Scenario};

#[derive(Deserialize)]
struct Row {
    question: String,
    gold_index: usize,
    gold_topic: String,
    candidates: Vec<Candidate>,
}

#[derive(Deserialize)]
struct Candidate {
    preference: String,
    topic: String,
}

/// The area of a PrefEval topic: "education" of "education_learning_styles".
fn area(topic: &str) -> &str {
    topic.split('_').next().unwrap_or(topic)
}

/// A fixed "now" so runs are reproducible; turns land a minute apart before it.
const NOW: &str = "2026-11-01T12:00:00Z";

fn rows(path: &Path) -> Result<Vec<Row>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| format!("{}:{}: {e}", path.display(), i + 1))
        })
        .collect()
}

struct Scores {
    top1: f64,
    recall2: f64,
    mrr: f64,
    with_preamble: f64,
    /// With the gold removed: a preamble none of whose items came from a preference
    /// in the question's area.
    from_elsewhere: f64,
}

/// Score selection on `rows`; with `drop_gold`, measure restraint instead.
fn score(
    rows: &[Row],
    embed: &'static dyn Embed,
    params: &ProfileParams,
    drop_gold: bool,
) -> Result<Scores, String> {
    let (mut top1, mut recall2, mut mrr, mut with_preamble) = (0.0, 0.0, 0.0, 0.0);
    let mut from_elsewhere = 0.0;
    for row in rows {
        let kept: Vec<&Candidate> = row
            .candidates
            .iter()
            .enumerate()
            .filter(|(i, _)| !(drop_gold && *i == row.gold_index))
            .map(|(_, c)| c)
            .collect();
        let turns: Vec<String> = kept.iter().map(|c| c.preference.clone()).collect();
        let scenario = Scenario {
            turns,
            query: row.question.clone(),
            now: Some(NOW.into()),
            turn_times: None,
        };
        let ranked = run_scenario(&scenario, embed, params)?;
        if !ranked.outcome.preamble.is_empty() {
            with_preamble += 1.0;
            let same_area = ranked.outcome.selected.iter().any(|s| {
                s.source_turns.iter().any(|&t| {
                    kept.get(t)
                        .is_some_and(|c| area(&c.topic) == area(&row.gold_topic))
                })
            });
            if !same_area {
                from_elsewhere += 1.0;
            }
        }
        if drop_gold {
            continue;
        }
        let gold = row.gold_index;
        let selected = &ranked.outcome.selected;
        if selected
            .first()
            .is_some_and(|s| s.source_turns.contains(&gold))
        {
            top1 += 1.0;
        }
        if selected
            .iter()
            .take(2)
            .any(|s| s.source_turns.contains(&gold))
        {
            recall2 += 1.0;
        }
        if let Some(rank) = ranked.ranking.iter().position(|s| s.contains(&gold)) {
            mrr += 1.0 / (rank + 1) as f64;
        }
    }
    let n = rows.len().max(1) as f64;
    Ok(Scores {
        top1: top1 / n,
        recall2: recall2 / n,
        mrr: mrr / n,
        with_preamble: with_preamble / n,
        from_elsewhere: from_elsewhere / n,
    })
}

pub fn measures(
    data: &Path,
    embed: &'static dyn Embed,
    params: &ProfileParams,
) -> Result<Vec<Measure>, String> {
    let cross = rows(&data.join("prefeval_relevance_crosstopic_n10.jsonl"))?;
    let same = rows(&data.join("prefeval_relevance_sametopic_n5.jsonl"))?;
    let c = score(&cross, embed, params, false)?;
    let s = score(&same, embed, params, false)?;
    let c_restraint = score(&cross, embed, params, true)?;
    let s_restraint = score(&same, embed, params, true)?;
    let n = |rows: &[Row]| rows.len();
    Ok(vec![
        Measure::new(
            "selection cross-topic top-1",
            c.top1,
            Some(">= 0.90"),
            format!(
                "{} rows of 10; first item of the preamble is the gold's memory",
                n(&cross)
            ),
        ),
        Measure::new(
            "selection cross-topic recall@2",
            c.recall2,
            None,
            "gold's memory among the preamble's items",
        ),
        Measure::new(
            "selection cross-topic MRR",
            c.mrr,
            None,
            "rank of the gold's memory among all memories by preamble score",
        ),
        Measure::new(
            "selection cross-topic preamble rate",
            c.with_preamble,
            None,
            "share of questions that got a preamble",
        ),
        Measure::new(
            "selection same-topic top-1",
            s.top1,
            None,
            format!("{} rows of 5 same-topic preferences", n(&same)),
        ),
        Measure::new(
            "selection same-topic recall@2",
            s.recall2,
            None,
            "gold's memory among the preamble's items",
        ),
        Measure::new(
            "selection same-topic MRR",
            s.mrr,
            Some(">= 0.75"),
            "rank of the gold's memory among all memories by preamble score",
        ),
        Measure::new(
            "restraint cross-topic (gold removed)",
            c_restraint.with_preamble,
            Some("<= 0.20"),
            "share of questions still given a preamble; lower is better",
        ),
        Measure::new(
            "restraint cross-topic, other areas",
            c_restraint.from_elsewhere,
            None,
            "as above, counting only preambles with no item from the question's area \
             (education, travel, shop...): a diet for a restaurant still counts; report only",
        ),
        Measure::new(
            "restraint same-topic (gold removed)",
            s_restraint.with_preamble,
            None,
            "others are same-topic, so some preamble is reasonable",
        ),
    ])
}
