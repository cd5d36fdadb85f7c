//! An in-memory store for native tests and the CLI. It keeps the same atomicity
//! promise as IndexedDB and can be told to fail, to test that failures lose nothing.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

use super::{Changes, Snapshot, Store};
use crate::cluster::Cluster;
use crate::error::{Error, Result};
use crate::memory::Memory;
use crate::signal::Signal;

#[derive(Debug, Default)]
pub struct MemoryStore {
    inner: RefCell<Inner>,
    fail_commits: Cell<bool>,
}

#[derive(Debug, Default, Clone)]
struct Inner {
    signals: Vec<Signal>,
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
        Ok(self.inner.borrow().signals.iter().any(|s| s.id == id))
    }

    async fn signals(&self) -> Result<Vec<Signal>> {
        Ok(self.inner.borrow().signals.clone())
    }

    async fn commit(&self, changes: &Changes) -> Result<()> {
        if self.fail_commits.get() {
            return Err(Error::Store("quota exceeded (simulated)".into()));
        }
        let mut next = self.inner.borrow().clone();
        if changes.reset_signals {
            next.signals.clear();
        }
        if changes.reset {
            next.memories.clear();
            next.clusters.clear();
        }
        for s in &changes.signals {
            if next.signals.iter().any(|t| t.id == s.id) {
                return Err(Error::Store(format!("signal {} already stored", s.id)));
            }
            next.signals.push(s.clone());
        }
        for id in &changes.removed_memories {
            next.memories.remove(id);
        }
        for m in &changes.memories {
            next.memories.insert(m.id, m.clone());
        }
        for id in &changes.removed_clusters {
            next.clusters.remove(id);
        }
        for c in &changes.clusters {
            next.clusters.insert(c.id, c.clone());
        }
        for (k, v) in &changes.settings {
            next.settings.insert(k.clone(), v.clone());
        }
        *self.inner.borrow_mut() = next;
        Ok(())
    }
}
