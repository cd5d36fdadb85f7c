//! `palate session`: scenarios in, memories and a preamble out (ARCHITECTURE.md §6).
//!
//! Each input line is `{"turns": [string], "query": string, "now"?: RFC3339,
//! "turn_times"?: [RFC3339]}`. Each scenario starts from an empty memory, observes
//! its turns as user messages in order, then builds the preamble for `query`. Turns
//! without times are spaced a minute apart, ending a minute before `now`; `now`
//! defaults to the system clock. A malformed line yields `{"error": "line N: ..."}`
//! and processing continues (exit status 1 at the end), as in `palate extract`.

use std::collections::BTreeSet;
use std::io::{self, BufRead, BufWriter, Write};

use palate::clock::{parse_rfc3339, Millis};
use palate::embed::Embed;
use palate::memory::MemoryId;
use palate::profile::ProfileParams;
use palate::store::MemoryStore;
use palate::{Engine, Kind, Polarity, Turn};
use serde::{Deserialize, Serialize};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub turns: Vec<String>,
    pub query: String,
    #[serde(default)]
    pub now: Option<String>,
    #[serde(default)]
    pub turn_times: Option<Vec<String>>,
}

#[derive(Debug, Serialize)]
pub struct MemoryOut {
    pub topic: String,
    pub polarity: Polarity,
    pub kind: Kind,
    pub strength: f32,
    pub source_turns: Vec<usize>,
}

#[derive(Debug, Serialize)]
pub struct SelectedOut {
    pub topic: String,
    pub polarity: Polarity,
    pub source_turns: Vec<usize>,
}

#[derive(Debug, Serialize)]
pub struct Outcome {
    pub memories: Vec<MemoryOut>,
    pub preamble: String,
    pub selected: Vec<SelectedOut>,
}

/// What an evaluation needs beyond the contract: every memory ranked for the query.
pub struct Ranked {
    pub outcome: Outcome,
    /// Source turns of each memory, best score for the query first.
    pub ranking: Vec<Vec<usize>>,
}

const MINUTE: Millis = 60_000;

fn turn_index(signal_id: &str) -> Option<usize> {
    signal_id.strip_prefix("turn-")?.parse().ok()
}

fn wall_clock() -> Millis {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as Millis)
}

/// Run one scenario through a fresh engine.
pub fn run_scenario(
    s: &Scenario,
    embed: &'static dyn Embed,
    params: &ProfileParams,
) -> Result<Ranked, String> {
    let now = match &s.now {
        Some(t) => parse_rfc3339(t).ok_or_else(|| format!("\"now\" is not RFC 3339: {t:?}"))?,
        None => wall_clock(),
    };
    let times: Vec<Millis> = match &s.turn_times {
        Some(times) if times.len() != s.turns.len() => {
            return Err(format!(
                "{} turn_times for {} turns",
                times.len(),
                s.turns.len()
            ))
        }
        Some(times) => times
            .iter()
            .map(|t| parse_rfc3339(t).ok_or_else(|| format!("turn time is not RFC 3339: {t:?}")))
            .collect::<Result<_, _>>()?,
        None => (0..s.turns.len())
            .map(|i| now - (s.turns.len() - i) as Millis * MINUTE)
            .collect(),
    };
    let mut engine =
        pollster::block_on(Engine::open(MemoryStore::new(), embed)).map_err(|e| e.to_string())?;
    if params != engine.params() {
        pollster::block_on(engine.set_params(*params, now)).map_err(|e| format!("params: {e}"))?;
    }
    for (i, (text, at)) in s.turns.iter().zip(&times).enumerate() {
        let turn = Turn {
            id: format!("turn-{i}"),
            site: "cli".into(),
            text: text.clone(),
        };
        // An empty turn is no evidence; anything else the engine refuses is an error.
        match pollster::block_on(engine.observe(turn, *at)) {
            Ok(_) => {}
            Err(palate::Error::Invalid(_)) if text.trim().is_empty() => {}
            Err(e) => return Err(format!("turn {i}: {e}")),
        }
    }

    let profile = engine.profile();
    let decay = &profile.params().decay;
    let sources = |id: MemoryId| -> Vec<usize> {
        let set: BTreeSet<usize> = profile
            .memory(id)
            .map(|m| {
                m.evidence
                    .iter()
                    .filter_map(|e| turn_index(&e.signal_id))
                    .collect()
            })
            .unwrap_or_default();
        set.into_iter().collect()
    };
    let memories = profile
        .memories()
        .map(|m| {
            let strength = decay.strength(m, now);
            let net: f32 = m.evidence.iter().map(|e| e.sign).sum();
            let like = if strength != 0.0 {
                strength > 0.0
            } else {
                net >= 0.0
            };
            MemoryOut {
                topic: m.topic.clone(),
                polarity: if like {
                    Polarity::Like
                } else {
                    Polarity::Dislike
                },
                kind: m.kind,
                strength,
                source_turns: sources(m.id),
            }
        })
        .collect::<Vec<_>>();

    let preamble = pollster::block_on(engine.preamble(&s.query, now)).map_err(|e| e.to_string())?;
    let ids: Vec<MemoryId> = profile.memories().map(|m| m.id).collect();
    let mut selected = Vec::new();
    for used in &preamble.used {
        // A cluster speaks for the members its clause names.
        for &id in &used.covers {
            if let Some(m) = ids.iter().position(|x| *x == id).map(|i| &memories[i]) {
                selected.push(SelectedOut {
                    topic: m.topic.clone(),
                    polarity: m.polarity,
                    source_turns: m.source_turns.clone(),
                });
            }
        }
    }

    // Every non-faded memory, scored as the preamble scores it.
    let relevances =
        pollster::block_on(engine.relevances(&s.query, now)).map_err(|e| e.to_string())?;
    let mut scored: Vec<(f32, Vec<usize>)> = relevances
        .into_iter()
        .filter_map(|(id, relevance)| {
            let m = profile.memory(id)?;
            let strength = decay.strength(m, now).abs().min(1.0);
            Some((
                palate::preamble::rank(relevance, strength, m.confidence()),
                sources(id),
            ))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    Ok(Ranked {
        outcome: Outcome {
            memories,
            preamble: preamble.text,
            selected,
        },
        ranking: scored.into_iter().map(|(_, s)| s).collect(),
    })
}

#[derive(Serialize)]
struct Failure {
    error: String,
}

pub fn run(embed: &'static dyn Embed, params: &ProfileParams) -> Result<(), String> {
    let stdin = io::stdin();
    let mut out = BufWriter::new(io::stdout().lock());
    let mut failed = 0;
    for (n, line) in stdin.lock().lines().enumerate() {
        let line = line.map_err(|e| format!("session: reading line {}: {e}", n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let result = serde_json::from_str::<Scenario>(&line)
            .map_err(|e| e.to_string())
            .and_then(|s| run_scenario(&s, embed, params));
        let json = match result {
            Ok(ranked) => serde_json::to_string(&ranked.outcome),
            Err(e) => {
                failed += 1;
                serde_json::to_string(&Failure {
                    error: format!("line {}: {e}", n + 1),
                })
            }
        }
        .map_err(|e| e.to_string())?;
        writeln!(out, "{json}").map_err(|e| format!("session: writing output: {e}"))?;
    }
    out.flush()
        .map_err(|e| format!("session: writing output: {e}"))?;
    if failed > 0 {
        return Err(format!(
            "session: {failed} scenario(s) failed; see the \"error\" lines"
        ));
    }
    Ok(())
}
