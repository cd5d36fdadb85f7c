//! Reading the log again after an update. Every turn keeps the text the user typed,
//! so a newer built-in extractor can read what an older one misread ("I love when the
//! sun is out" once gave a taste for *out sun*), and the memories are rebuilt from the
//! better reading. Two kinds of turn keep the items they have: those an LLM provider
//! read (the user chose that reading), and those behind a memory one of the user's
//! edits named, since read again they could bring back, under a new name, what the
//! user deleted, renamed or turned around.

use std::collections::HashSet;

use crate::embed::Embed;
use crate::extract::extract;
use crate::item::Item;
use crate::memory::Edit;
use crate::profile::{embedded_texts, Params, Profile};
use crate::signal::{ReadBy, Signal, SignalKind};

/// A turn this build reads differently: its place in the log and what it finds now.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub at: usize,
    pub items: Vec<Item>,
}

/// The built-in extractor's turns in `log`, among those `among` picks, that this
/// build reads differently.
pub fn readings(log: &[Signal], among: impl Fn(&Signal) -> bool) -> Vec<Reading> {
    log.iter()
        .enumerate()
        .filter(|(_, s)| {
            s.kind == SignalKind::Turn
                && s.read_by == Some(ReadBy::BuiltIn)
                && s.error.is_none()
                && among(s)
        })
        .filter_map(|(at, s)| {
            let items = extract(&s.text);
            (items != s.items).then_some(Reading { at, items })
        })
        .collect()
}

/// What the pipeline may embed for `readings`, on top of the log's own texts.
pub fn texts(log: &[Signal], readings: &[Reading]) -> Vec<String> {
    readings
        .iter()
        .flat_map(|r| {
            embedded_texts(&Signal {
                items: r.items.clone(),
                ..log[r.at].clone()
            })
        })
        .collect()
}

/// Take `readings` into `log`, except for the turns behind a memory a user's edit
/// named; `embed` must know the log's texts as they were (the edits are replayed on
/// them to find those turns). Returns the turns that changed, as they now stand.
pub fn apply(
    log: &mut [Signal],
    readings: Vec<Reading>,
    embed: &dyn Embed,
    params: Params,
) -> Vec<Signal> {
    if readings.is_empty() {
        return Vec::new();
    }
    let kept = edited_turns(log, embed, params);
    let mut changed = Vec::new();
    for Reading { at, items } in readings {
        let turn = &mut log[at];
        if !kept.contains(&turn.id) {
            turn.items = items;
            changed.push(turn.clone());
        }
    }
    changed
}

/// The turns behind each memory a user's edit named, as that memory stood when the
/// edit was made. The log is replayed up to its last edit (none: no replay).
fn edited_turns(log: &[Signal], embed: &dyn Embed, params: Params) -> HashSet<String> {
    let mut profile = Profile::new(params);
    let mut kept = HashSet::new();
    let edited = log
        .iter()
        .rposition(|s| s.kind == SignalKind::Edit)
        .map_or(0, |last| last + 1);
    for signal in &log[..edited] {
        if let Some(edit) = Edit::from_signal(signal) {
            for topic in edit.names() {
                if let Some(m) = profile.find(topic) {
                    kept.extend(m.evidence.iter().map(|e| e.signal_id.clone()));
                }
            }
        }
        profile.apply(signal, embed, signal.at);
    }
    kept
}
