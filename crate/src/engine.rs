//! The one facade: everything the extension and the CLI do goes through [`Engine`].
//!
//! Each operation validates its input, computes a [`Changes`] set, commits it to the
//! store in one step, and only then updates the in-memory state. A failed commit
//! therefore changes nothing, in the store or in memory.

use serde::Serialize;

use crate::clock::Millis;
use crate::error::{Error, Result};
use crate::signal::{truncate, Signal, SignalKind, MAX_TEXT_BYTES};
use crate::store::{Changes, Snapshot, Store};

/// Longest accepted turn id: ids are short keys made by the content script.
const MAX_ID_BYTES: usize = 512;

/// A message the user sent, as a content script saw it.
#[derive(Debug, Clone, PartialEq)]
pub struct Turn {
    /// The content script's stable key for this turn (site, thread, position, text hash).
    pub id: String,
    /// The adapter's site id, e.g. "chatgpt".
    pub site: String,
    pub text: String,
}

impl Turn {
    fn check(&self) -> Result<()> {
        if self.id.is_empty() || self.id.len() > MAX_ID_BYTES {
            return Err(Error::Invalid(format!(
                "turn id must be 1 to {MAX_ID_BYTES} bytes"
            )));
        }
        if !is_site_id(&self.site) {
            return Err(Error::Invalid(format!(
                "site id {:?} must be 1 to 32 of a-z, 0-9, '-'",
                self.site
            )));
        }
        if self.text.trim().is_empty() {
            return Err(Error::Invalid("the message is empty".into()));
        }
        Ok(())
    }
}

fn is_site_id(s: &str) -> bool {
    (1..=32).contains(&s.len())
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// What observing a turn did.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "status", rename_all = "lowercase")]
pub enum Observed {
    /// Stored in the signal log, with this many evidence items.
    Recorded { items: usize },
    /// Already in the log (a re-render, or both capture paths firing).
    Duplicate,
}

pub struct Engine<S: Store> {
    store: S,
    state: Snapshot,
}

impl<S: Store> Engine<S> {
    /// Open an engine over `store`, loading what it holds.
    pub async fn open(store: S) -> Result<Self> {
        let state = store.load().await?;
        Ok(Self { store, state })
    }

    pub fn store(&self) -> &S {
        &self.store
    }

    /// Observe a message the user sent at `now`.
    pub async fn observe(&mut self, turn: Turn, now: Millis) -> Result<Observed> {
        turn.check()?;
        if self.store.has_signal(&turn.id).await? {
            return Ok(Observed::Duplicate);
        }
        let text = truncate(&turn.text, MAX_TEXT_BYTES).to_owned();
        let signal = Signal {
            id: turn.id,
            at: now,
            site: turn.site,
            kind: SignalKind::Turn,
            text,
            items: Vec::new(),
            error: None,
        };
        let items = signal.items.len();
        let changes = Changes {
            signals: vec![signal],
            ..Changes::default()
        };
        self.store.commit(&changes).await?;
        Ok(Observed::Recorded { items })
    }

    /// The signal log, oldest first.
    pub async fn signals(&self) -> Result<Vec<Signal>> {
        self.store.signals().await
    }

    /// Memories, clusters and settings as currently held.
    pub fn snapshot(&self) -> &Snapshot {
        &self.state
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::MemoryStore;

    fn turn(id: &str, text: &str) -> Turn {
        Turn {
            id: id.into(),
            site: "chatgpt".into(),
            text: text.into(),
        }
    }

    fn open() -> Engine<MemoryStore> {
        pollster::block_on(Engine::open(MemoryStore::new())).unwrap()
    }

    #[test]
    fn a_turn_is_recorded_once() {
        let mut e = open();
        let first = pollster::block_on(e.observe(turn("t1", "I love jazz"), 1_000)).unwrap();
        assert!(matches!(first, Observed::Recorded { .. }));
        let again = pollster::block_on(e.observe(turn("t1", "I love jazz"), 2_000)).unwrap();
        assert_eq!(again, Observed::Duplicate);
        let log = pollster::block_on(e.signals()).unwrap();
        assert_eq!(log.len(), 1);
        assert_eq!(log[0].text, "I love jazz");
        assert_eq!(log[0].at, 1_000);
    }

    #[test]
    fn bad_turns_get_a_clear_error_and_store_nothing() {
        let mut e = open();
        for bad in [
            turn("", "hello"),
            turn("t", "   \n"),
            Turn { site: "Chat GPT".into(), ..turn("t", "hi") },
            turn(&"x".repeat(600), "hi"),
        ] {
            let err = pollster::block_on(e.observe(bad, 0)).unwrap_err();
            assert!(matches!(err, Error::Invalid(_)), "{err}");
        }
        assert!(pollster::block_on(e.signals()).unwrap().is_empty());
    }

    #[test]
    fn a_huge_message_is_cut_not_refused() {
        let mut e = open();
        let huge = "é".repeat(1 << 20);
        pollster::block_on(e.observe(turn("big", &huge), 0)).unwrap();
        let log = pollster::block_on(e.signals()).unwrap();
        assert!(log[0].text.len() <= MAX_TEXT_BYTES);
    }

    #[test]
    fn a_failed_commit_loses_nothing_and_the_engine_keeps_serving() {
        let mut e = open();
        pollster::block_on(e.observe(turn("a", "I love tea"), 0)).unwrap();
        e.store().fail_commits(true);
        assert!(pollster::block_on(e.observe(turn("b", "I hate coffee"), 1)).is_err());
        e.store().fail_commits(false);
        pollster::block_on(e.observe(turn("b", "I hate coffee"), 2)).unwrap();
        let ids: Vec<_> = pollster::block_on(e.signals())
            .unwrap()
            .into_iter()
            .map(|s| s.id)
            .collect();
        assert_eq!(ids, ["a", "b"]);
    }
}
