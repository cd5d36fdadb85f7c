//! Memories: one per normalized topic, with the evidence behind it.
//!
//! Polarity is stored apart from the topic, so "I like strawberries" and "I don't like
//! strawberries" are evidence about one memory; its net direction is the sign of its
//! strength. User-authored and pinned memories keep the direction the user gave them:
//! automation may only attach a [`Suggestion`].

mod edit;
#[cfg(test)]
pub(crate) mod test_embed;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::clock::Millis;
use crate::item::{Kind, Polarity};

pub use self::edit::{Edit, Feedback};

pub type MemoryId = u64;

/// Who last authored a memory. Automation never rewrites `User` or `Pinned` items.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Provenance {
    Learned,
    User,
    Pinned,
}

impl Provenance {
    /// Whether automation may change the topic, kind and polarity.
    pub fn is_learned(self) -> bool {
        self == Provenance::Learned
    }
}

/// One observation supporting (sign +1) or opposing (sign -1) a memory's topic.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub at: Millis,
    pub sign: f32,
    pub intensity: f32,
    pub signal_id: String,
    /// A change of mind: earlier evidence of the other sign is retired.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub revises: bool,
    /// A style wish said to hold beyond the answer it came with ([`crate::item::Item`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub lasting: bool,
}

/// A change automation proposes for a memory it may not rewrite (user-authored or
/// pinned): the popup shows it, the user accepts it with an ordinary edit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Suggestion {
    pub at: Millis,
    /// The direction recent evidence points to, when it opposes the memory.
    #[serde(default)]
    pub polarity: Option<Polarity>,
    /// The kind the extractor saw, when it differs.
    #[serde(default)]
    pub kind: Option<Kind>,
    /// Why, in the user's words ("recent messages say you dislike jazz").
    pub reason: String,
}

fn like() -> Polarity {
    Polarity::Like
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Memory {
    pub id: MemoryId,
    /// Normalized topic ([`normalize_topic`]); unique among memories.
    pub topic: String,
    pub kind: Kind,
    pub evidence: Vec<Evidence>,
    pub provenance: Provenance,
    /// Unit vector of `topic`; empty when the model knows none of its words.
    pub embedding: Vec<f32>,
    pub cluster_id: Option<u64>,
    /// Excluded from injection by the user.
    #[serde(default)]
    pub hidden: bool,
    /// Net direction. Learned memories follow the sign of their strength; the user's
    /// own memories keep the direction the user gave.
    #[serde(default = "like")]
    pub polarity: Polarity,
    /// Other normalized topics merged into this memory (by embedding similarity), so
    /// repeated evidence and edits find it by any of its names.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Sites the evidence came from, sorted.
    #[serde(default)]
    pub sites: Vec<String>,
    /// The latest quote behind it, for the popup.
    #[serde(default)]
    pub quote: String,
    /// What the person said the thing is, in any of its quotes ("my favorite band is
    /// Radiohead"): the embedding cannot place a name, so a draft asking for music
    /// finds it by this ([`crate::domain::work_named`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub named: Option<crate::domain::Work>,
    #[serde(default)]
    pub suggestion: Option<Suggestion>,
    /// The suggestion the user dismissed. The same change (polarity and kind) is not
    /// proposed again until the evidence stops pointing to it or points elsewhere.
    #[serde(default)]
    pub declined: Option<Suggestion>,
    /// Times an injected preamble using this memory was kept / dismissed by the user.
    #[serde(default)]
    pub kept: u32,
    #[serde(default)]
    pub dismissed: u32,
    /// A DBSCAN core point under the current parameters (kept so that a reloaded
    /// profile places new memories without recounting every neighbour).
    #[serde(default)]
    pub core: bool,
}

impl Memory {
    pub fn new(
        id: MemoryId,
        topic: &str,
        kind: Kind,
        polarity: Polarity,
        provenance: Provenance,
        embedding: Vec<f32>,
    ) -> Self {
        Memory {
            id,
            topic: topic.to_owned(),
            kind,
            evidence: Vec::new(),
            provenance,
            embedding,
            cluster_id: None,
            hidden: false,
            polarity,
            aliases: Vec::new(),
            sites: Vec::new(),
            quote: String::new(),
            named: None,
            suggestion: None,
            declined: None,
            kept: 0,
            dismissed: 0,
            core: false,
        }
    }

    /// Whether `topic` (normalized) names this memory.
    pub fn answers_to(&self, topic: &str) -> bool {
        self.topic == topic || self.aliases.iter().any(|a| a == topic)
    }

    /// Times the person said it: evidence with weight of its own (a retraction or a
    /// move only retires what came before, and is not a mention).
    pub fn mentions(&self) -> usize {
        self.evidence.iter().filter(|e| e.intensity > 0.0).count()
    }

    /// When the last evidence arrived.
    pub fn last_seen(&self) -> Millis {
        self.evidence.iter().map(|e| e.at).max().unwrap_or(0)
    }

    pub fn add_site(&mut self, site: &str) {
        if let Err(at) = self.sites.binary_search_by(|s| s.as_str().cmp(site)) {
            self.sites.insert(at, site.to_owned());
        }
    }

    /// How far the preamble trusts this memory, in (0, 1]: more evidence and kept
    /// preambles raise it, dismissed preambles lower it. User-authored memories are sure.
    pub fn confidence(&self) -> f32 {
        let base = if self.provenance.is_learned() {
            let n = self.mentions().max(1) as f32;
            n / (n + 1.0) // 0.5 for one observation, 0.67 for two, ...
        } else {
            1.0
        };
        let feedback = (1.0 + self.kept as f32) / (1.0 + self.kept as f32 + self.dismissed as f32);
        (base * feedback.max(0.25)).clamp(0.05, 1.0)
    }
}

/// The canonical form of a topic: lower-case, single spaces, no surrounding
/// punctuation, at most [`MAX_TOPIC_CHARS`] characters. Empty means "no topic".
pub fn normalize_topic(topic: &str) -> String {
    let lower = topic.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect();
    let joined = words.join(" ");
    let trimmed = joined.trim_matches(|c: char| !c.is_alphanumeric() && c != '+' && c != '#');
    trimmed
        .chars()
        .take(MAX_TOPIC_CHARS)
        .collect::<String>()
        .trim_end()
        .to_owned()
}

/// Topics longer than this are cut: a topic is a phrase, not a message.
pub const MAX_TOPIC_CHARS: usize = 120;

/// When two topics are the same memory. Validate with [`MergeParams::check`].
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct MergeParams {
    /// Cosine at or above which a new topic of the same kind reinforces an existing
    /// memory instead of starting one ("strawberry" / "strawberries"). Default 0.88:
    /// the static model puts merely related phrases at 0.4-0.7.
    pub threshold: f32,
}

impl Default for MergeParams {
    fn default() -> Self {
        Self { threshold: 0.88 }
    }
}

#[derive(Debug, Clone, PartialEq, Error)]
pub enum MergeError {
    #[error("the merge threshold must be in (0, 1], not {0}")]
    Threshold(f32),
}

impl From<MergeError> for crate::Error {
    fn from(e: MergeError) -> Self {
        crate::Error::Invalid(e.to_string())
    }
}

/// Validated [`MergeParams`].
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Merge(MergeParams);

impl MergeParams {
    pub fn check(&self) -> Result<Merge, MergeError> {
        if !(self.threshold > 0.0 && self.threshold <= 1.0) {
            return Err(MergeError::Threshold(self.threshold));
        }
        Ok(Merge(*self))
    }
}

impl Merge {
    pub fn threshold(&self) -> f32 {
        self.0.threshold
    }
    pub fn params(&self) -> &MergeParams {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn topics_normalize_to_one_form() {
        assert_eq!(
            normalize_topic("  Very  SWEET\tdesserts! "),
            "very sweet desserts"
        );
        assert_eq!(normalize_topic("\"jazz\"."), "jazz");
        assert_eq!(normalize_topic("C++"), "c++");
        assert_eq!(normalize_topic("C#"), "c#");
        assert_eq!(normalize_topic("?!"), "");
        assert_eq!(
            normalize_topic(&"a".repeat(500)).chars().count(),
            MAX_TOPIC_CHARS
        );
    }

    #[test]
    fn the_merge_threshold_must_be_a_cosine_in_0_1() {
        for bad in [0.0, -0.5, 1.5, f32::NAN] {
            assert!(MergeParams { threshold: bad }.check().is_err());
        }
        assert!(MergeParams { threshold: 1.0 }.check().is_ok());
        assert!(MergeParams::default().check().is_ok());
    }

    #[test]
    fn confidence_grows_with_evidence_and_falls_with_dismissals() {
        let mut m = Memory::new(
            1,
            "jazz",
            Kind::Preference,
            Polarity::Like,
            Provenance::Learned,
            vec![],
        );
        let ev = Evidence {
            at: 0,
            sign: 1.0,
            intensity: 1.0,
            signal_id: "s".into(),
            revises: false,
            lasting: false,
        };
        m.evidence.push(ev.clone());
        let one = m.confidence();
        m.evidence.push(ev);
        assert!(m.confidence() > one);
        let before = m.confidence();
        m.dismissed = 3;
        assert!(m.confidence() < before);
    }

    #[test]
    fn old_records_without_new_fields_still_load() {
        let json = r#"{"id":1,"topic":"jazz","kind":"preference","evidence":[],"provenance":"learned","embedding":[],"cluster_id":null}"#;
        let m: Memory = serde_json::from_str(json).unwrap();
        assert_eq!(m.polarity, Polarity::Like);
        assert!(m.aliases.is_empty() && m.suggestion.is_none());
    }
}
