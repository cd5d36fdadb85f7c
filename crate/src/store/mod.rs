//! Persistence, behind one trait. The engine computes a change set in memory and the
//! store commits it atomically (one IndexedDB transaction in the browser), so a worker
//! killed mid-write leaves either the old state or the new one, never half.

mod memory;

use std::collections::BTreeMap;

use serde_json::Value;

pub use self::memory::MemoryStore;
use crate::cluster::{Cluster, ClusterId};
use crate::error::Result;
use crate::memory::{Memory, MemoryId};
use crate::signal::Signal;

/// Everything the engine needs in memory to serve; the signal log stays in the store.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Snapshot {
    pub memories: Vec<Memory>,
    pub clusters: Vec<Cluster>,
    pub settings: BTreeMap<String, Value>,
}

/// One atomic change: all of it is stored, or none of it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Changes {
    pub signals: Vec<Signal>,
    /// Signals already in the log, rewritten (a failed extraction that a retry fixed).
    pub replaced_signals: Vec<Signal>,
    pub memories: Vec<Memory>,
    pub removed_memories: Vec<MemoryId>,
    pub clusters: Vec<Cluster>,
    pub removed_clusters: Vec<ClusterId>,
    pub settings: Vec<(String, Value)>,
    /// Drop every memory and cluster first (a rebuild or a wipe).
    pub reset: bool,
    /// Drop the signal log too (a wipe).
    pub reset_signals: bool,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.signals.is_empty()
            && self.replaced_signals.is_empty()
            && self.memories.is_empty()
            && self.removed_memories.is_empty()
            && self.clusters.is_empty()
            && self.removed_clusters.is_empty()
            && self.settings.is_empty()
            && !self.reset
            && !self.reset_signals
    }
}

/// Where Palate keeps its state. Single-threaded by design (the browser's worker);
/// futures need not be `Send`.
#[allow(async_fn_in_trait)]
pub trait Store {
    /// Memories, clusters and settings, as committed.
    async fn load(&self) -> Result<Snapshot>;
    /// Whether a signal with this id is already in the log.
    async fn has_signal(&self, id: &str) -> Result<bool>;
    /// The whole signal log, oldest first.
    async fn signals(&self) -> Result<Vec<Signal>>;
    /// Apply `changes` atomically.
    async fn commit(&self, changes: &Changes) -> Result<()>;
}
