//! Clusters of related memories (DBSCAN over cosine distance on unit vectors).

use serde::{Deserialize, Serialize};

use crate::memory::{MemoryId, Provenance};

pub type ClusterId = u64;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cluster {
    pub id: ClusterId,
    pub members: Vec<MemoryId>,
    pub description: String,
    pub provenance: Provenance,
    #[serde(default)]
    pub stale: bool,
}
