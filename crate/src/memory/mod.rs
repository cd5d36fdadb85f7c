//! Memories: one per normalized topic, with the evidence behind it.

use serde::{Deserialize, Serialize};

use crate::clock::Millis;
use crate::item::Kind;

pub type MemoryId = u64;

/// Who last authored a memory. Automation never rewrites `User` or `Pinned` items.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Provenance {
    Learned,
    User,
    Pinned,
}

/// One observation supporting (sign +1) or opposing (sign -1) a memory's topic.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub at: Millis,
    pub sign: f32,
    pub intensity: f32,
    pub signal_id: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Memory {
    pub id: MemoryId,
    pub topic: String,
    pub kind: Kind,
    pub evidence: Vec<Evidence>,
    pub provenance: Provenance,
    pub embedding: Vec<f32>,
    pub cluster_id: Option<u64>,
    /// Excluded from injection by the user.
    #[serde(default)]
    pub hidden: bool,
}
