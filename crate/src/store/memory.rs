//! An in-memory store for native tests and the CLI. It keeps the same atomicity
//! promise as IndexedDB and can be told to fail, to test that failures lose nothing.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, HashSet};

use super::{Changes, Snapshot, Store};
use crate::cluster::Cluster;
use crate::error::{Error, Result};
use crate::memory::Memory;
use crate::signal::Signal;

/// Clone forks the store (benchmarks start each run from one seeded state).
#[derive(Debug, Default, Clone)]
pub struct MemoryStore {
    inner: RefCell<Inner>,
    fail_commits: Cell<bool>,
}

#[derive(Debug, Default, Clone)]
struct Inner {
    signals: Vec<Signal>,
    signal_ids: HashSet<String>,
    memories: BTreeMap<u64, Memory>,
    clusters: BTreeMap<u64, Cluster>,
    settings: BTreeMap<String, serde_json::Value>,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    /// Make every following commit fail (like a full quota) until turned off.
    pub fn fail_commits(&self, fail: bool) {
        self.fail_commits.set(fail);
    }
}

impl Store for MemoryStore {
    async fn load(&self) -> Result<Snapshot> {
        let inner = self.inner.borrow();
        Ok(Snapshot {
            memories: inner.memories.values().cloned().collect(),
            clusters: inner.clusters.values().cloned().collect(),
            settings: inner.settings.clone(),
        })
    }

    async fn has_signal(&self, id: &str) -> Result<bool> {
        Ok(self.inner.borrow().signal_ids.contains(id))
    }

    async fn signals(&self) -> Result<Vec<Signal>> {
        Ok(self.inner.borrow().signals.clone())
    }

    async fn commit(&self, changes: &Changes) -> Result<()> {
        if self.fail_commits.get() {
            return Err(Error::Store("quota exceeded (simulated)".into()));
        }
        let mut inner = self.inner.borrow_mut();
        // Check everything that can fail before changing anything: all or nothing.
        let mut incoming = HashSet::new();
        for s in &changes.signals {
            let kept = inner.signal_ids.contains(&s.id) && !changes.reset_signals;
            if kept || !incoming.insert(s.id.as_str()) {
                return Err(Error::Store(format!("signal {} already stored", s.id)));
            }
        }
        for s in &changes.replaced_signals {
            if !inner.signal_ids.contains(&s.id) {
                return Err(Error::Store(format!("signal {} is not in the log", s.id)));
            }
        }
        if changes.reset_signals {
            inner.signals.clear();
            inner.signal_ids.clear();
        }
        if changes.reset {
            inner.memories.clear();
            inner.clusters.clear();
        }
        for s in &changes.signals {
            inner.signal_ids.insert(s.id.clone());
            inner.signals.push(s.clone());
        }
        for s in &changes.replaced_signals {
            if let Some(old) = inner.signals.iter_mut().find(|o| o.id == s.id) {
                *old = s.clone();
            }
        }
        for id in &changes.removed_memories {
            inner.memories.remove(id);
        }
        for m in &changes.memories {
            inner.memories.insert(m.id, m.clone());
        }
        for id in &changes.removed_clusters {
            inner.clusters.remove(id);
        }
        for c in &changes.clusters {
            inner.clusters.insert(c.id, c.clone());
        }
        for (k, v) in &changes.settings {
            inner.settings.insert(k.clone(), v.clone());
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::signal::SignalKind;

    fn signal(id: &str) -> Signal {
        Signal {
            id: id.into(),
            at: 0,
            site: "t".into(),
            kind: SignalKind::Turn,
            text: "x".into(),
            items: vec![],
            error: None,
            read_by: None,
        }
    }

    #[test]
    fn a_commit_with_a_repeated_signal_changes_nothing() {
        let store = MemoryStore::new();
        pollster::block_on(store.commit(&Changes {
            signals: vec![signal("a")],
            ..Changes::default()
        }))
        .unwrap();
        for bad in [
            vec![signal("b"), signal("a")],
            vec![signal("c"), signal("c")],
        ] {
            let changes = Changes {
                signals: bad,
                settings: vec![("k".into(), 1.into())],
                ..Changes::default()
            };
            assert!(pollster::block_on(store.commit(&changes)).is_err());
        }
        let ids: Vec<_> = pollster::block_on(store.signals())
            .unwrap()
            .into_iter()
            .map(|s| s.id)
            .collect();
        assert_eq!(ids, ["a"]);
        assert!(!pollster::block_on(store.has_signal("b")).unwrap());
        assert!(pollster::block_on(store.load())
            .unwrap()
            .settings
            .is_empty());
    }
}
