//! Clusters of related memories: DBSCAN over cosine distance on unit vectors.
//!
//! On unit vectors cosine distance `1 − a·b` and Euclidean distance `|a − b| =
//! sqrt(2 − 2 a·b)` order pairs the same way, so "within eps" is one dot-product test
//! (`a·b ≥ 1 − eps`), with no square roots and no metric tree (trees assume the triangle
//! inequality, which cosine distance breaks). A full run happens on import, model or
//! parameter change; each new memory is placed incrementally with one range query.

mod dbscan;
mod incremental;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::memory::{MemoryId, Provenance};

pub use self::dbscan::{fit, Fit};
pub use self::incremental::Clustering;

pub type ClusterId = u64;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cluster {
    pub id: ClusterId,
    /// Member memories, ascending.
    pub members: Vec<MemoryId>,
    /// Directional, rule-based ("likes quiet keyboards; dislikes loud clicky switches").
    pub description: String,
    /// `Pinned` when a member is pinned: its description is then kept, and drift only
    /// attaches a suggestion.
    pub provenance: Provenance,
    /// Set when evidence changed since the description was written.
    #[serde(default)]
    pub stale: bool,
    /// Net direction of the members' evidence, in [-1, 1] (+1: all likes).
    #[serde(default)]
    pub direction: f32,
    /// How settled the cluster's estimate is, in [0, 1] (from the fused variance).
    #[serde(default)]
    pub confidence: f32,
    /// Recent evidence departs from the long-run estimate.
    #[serde(default)]
    pub drift: bool,
    /// For a pinned cluster that drifted: what automation would have written.
    #[serde(default)]
    pub suggestion: Option<String>,
    /// An LLM's description, while it still fits the members it was written for.
    #[serde(default)]
    pub written: Option<Written>,
    /// The members when an LLM was last asked (or is next to be asked) for words.
    #[serde(default)]
    pub described: Vec<MemoryId>,
    /// Membership changed materially or drift fired since then: worth asking an LLM.
    #[serde(default)]
    pub needs_words: bool,
    /// The user wrote `description`: the cluster is pinned whatever its members.
    #[serde(default)]
    pub authored: bool,
    /// The suggestion the user dismissed; not offered again while automation would
    /// still write exactly these words.
    #[serde(default)]
    pub declined: Option<String>,
}

/// A cluster description written by an LLM provider.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Written {
    pub text: String,
    /// Members whose stance opposes the description (the rest support it).
    pub opposing: Vec<MemoryId>,
    pub at: crate::clock::Millis,
}

impl Cluster {
    pub fn new(id: ClusterId) -> Self {
        Cluster {
            id,
            members: Vec::new(),
            description: String::new(),
            provenance: Provenance::Learned,
            stale: true,
            direction: 0.0,
            confidence: 0.0,
            drift: false,
            suggestion: None,
            written: None,
            described: Vec::new(),
            needs_words: false,
            authored: false,
            declined: None,
        }
    }
}

/// DBSCAN parameters. Validate with [`DbscanParams::check`].
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DbscanParams {
    /// Cosine distance radius: neighbours have cosine ≥ 1 − eps. Default 0.45 (cosine
    /// 0.55): the static model puts related phrases at 0.4-0.7.
    pub eps: f32,
    /// Neighbours (counting the point itself) that make a core point. Default 3: a
    /// person's memory holds tens to thousands of topics, not millions of points.
    pub min_samples: usize,
}

impl Default for DbscanParams {
    fn default() -> Self {
        Self {
            eps: 0.45,
            min_samples: 3,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Error)]
pub enum DbscanError {
    #[error("eps (a cosine distance) must be in (0, 1), not {0}")]
    Eps(f32),
    #[error("min_samples must be at least 1")]
    MinSamples,
}

impl From<DbscanError> for crate::Error {
    fn from(e: DbscanError) -> Self {
        crate::Error::Invalid(e.to_string())
    }
}

impl DbscanParams {
    pub fn check(&self) -> Result<Dbscan, DbscanError> {
        // eps ≥ 1 would make orthogonal (unrelated) topics neighbours, and a zero
        // vector (a topic the model does not know) would match everything.
        if !(self.eps > 0.0 && self.eps < 1.0) {
            return Err(DbscanError::Eps(self.eps));
        }
        if self.min_samples == 0 {
            return Err(DbscanError::MinSamples);
        }
        Ok(Dbscan(*self))
    }
}

/// Validated [`DbscanParams`].
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Dbscan(DbscanParams);

impl Dbscan {
    pub fn params(&self) -> &DbscanParams {
        &self.0
    }
    /// Smallest dot product of two neighbours.
    pub fn min_dot(&self) -> f32 {
        1.0 - self.0.eps
    }
    /// The same radius as a Euclidean distance on unit vectors (for scikit-learn).
    pub fn euclidean_eps(&self) -> f32 {
        (2.0 * self.0.eps).sqrt()
    }
    pub fn min_samples(&self) -> usize {
        self.0.min_samples
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eps_must_be_a_cosine_distance_below_1() {
        for bad in [0.0, -0.1, 1.0, 2.0, f32::NAN] {
            let p = DbscanParams {
                eps: bad,
                ..Default::default()
            };
            assert!(matches!(p.check(), Err(DbscanError::Eps(_))));
        }
    }

    #[test]
    fn min_samples_must_be_positive() {
        let p = DbscanParams {
            min_samples: 0,
            ..Default::default()
        };
        assert_eq!(p.check(), Err(DbscanError::MinSamples));
        assert!(DbscanParams {
            min_samples: 1,
            ..Default::default()
        }
        .check()
        .is_ok());
    }

    #[test]
    fn eps_converts_to_euclidean() {
        let d = DbscanParams {
            eps: 0.3,
            min_samples: 5,
        }
        .check()
        .unwrap();
        assert!((d.euclidean_eps() - 0.7746).abs() < 1e-4);
        assert!((d.min_dot() - 0.7).abs() < 1e-6);
    }
}
