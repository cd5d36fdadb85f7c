//! The user's edits and implicit feedback, as they are written to the signal log.
//!
//! An edit or feedback signal carries its payload as JSON in `Signal::text` (kind
//! `edit` / `feedback`), so the log alone can replay every change. Edits name a memory
//! by its normalized topic (or an alias), not its id: topics survive a rebuild under a
//! new embedding model, ids need not.

use serde::{Deserialize, Serialize};

use crate::clock::Millis;
use crate::item::{Kind, Polarity};
use crate::signal::{Signal, SignalKind};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Edit {
    /// Rename a memory (it is re-embedded; a name another memory has merges the two).
    Topic {
        topic: String,
        to: String,
    },
    /// The direction was wrong: every piece of evidence is read the other way.
    Flip {
        topic: String,
    },
    Kind {
        topic: String,
        kind: Kind,
    },
    /// Pinned memories never decay and are never rewritten; unpinning makes it the user's.
    Pin {
        topic: String,
        pinned: bool,
    },
    /// Keep it, but never inject it.
    Hide {
        topic: String,
        hidden: bool,
    },
    Delete {
        topic: String,
    },
    /// A memory written by hand in the popup.
    Add {
        topic: String,
        kind: Kind,
        polarity: Polarity,
    },
    /// Bring back a faded memory: fresh evidence from the user.
    Restore {
        topic: String,
    },
    /// What the user did with an injected preamble that used these memories.
    Feedback {
        topics: Vec<String>,
        feedback: Feedback,
    },
    /// Keep the memory as it is and drop automation's suggestion for it. The same
    /// change is not proposed again while the evidence keeps pointing to it.
    DismissSuggestion {
        topic: String,
    },
    /// The user's words for a cluster. The cluster is then pinned: automation keeps
    /// them and may only suggest others. A cluster is named by some of its members'
    /// topics (cluster ids need not survive a rebuild): the one holding most of them.
    DescribeCluster {
        members: Vec<String>,
        description: String,
    },
    /// Drop automation's suggested description for a pinned cluster, named as in
    /// [`Edit::DescribeCluster`].
    DismissClusterSuggestion {
        members: Vec<String>,
    },
    /// Hand a cluster the user described back to automation, named as in
    /// [`Edit::DescribeCluster`]: the user's words go and automation's return.
    AutomaticDescription {
        members: Vec<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Feedback {
    /// Sent with the preamble in place.
    Kept,
    /// Deleted the preamble, or dismissed the chip, before sending.
    Dismissed,
}

impl Edit {
    /// The log entry for this edit, made at `at` with a unique `id`.
    pub fn to_signal(&self, id: String, at: Millis) -> Signal {
        let kind = match self {
            Edit::Feedback { .. } => SignalKind::Feedback,
            _ => SignalKind::Edit,
        };
        Signal {
            id,
            at,
            site: "popup".into(),
            kind,
            // Serializing a plain enum of strings cannot fail.
            text: serde_json::to_string(self).unwrap_or_default(),
            items: Vec::new(),
            error: None,
            read_by: None,
        }
    }

    /// The memories this edit names, by topic: what it corrected, and so what the
    /// turns behind them must keep reading as ([`crate::reread`]). Feedback only counts
    /// what a preamble did and names none.
    pub fn names(&self) -> Vec<&str> {
        match self {
            Edit::Topic { topic, .. }
            | Edit::Flip { topic }
            | Edit::Kind { topic, .. }
            | Edit::Pin { topic, .. }
            | Edit::Hide { topic, .. }
            | Edit::Delete { topic }
            | Edit::Add { topic, .. }
            | Edit::Restore { topic }
            | Edit::DismissSuggestion { topic } => vec![topic],
            Edit::DescribeCluster { members, .. }
            | Edit::DismissClusterSuggestion { members }
            | Edit::AutomaticDescription { members } => {
                members.iter().map(String::as_str).collect()
            }
            Edit::Feedback { .. } => Vec::new(),
        }
    }

    /// The edit an edit or feedback signal carries; `None` for turns and unreadable payloads.
    pub fn from_signal(signal: &Signal) -> Option<Edit> {
        match signal.kind {
            SignalKind::Turn => None,
            SignalKind::Edit | SignalKind::Feedback => serde_json::from_str(&signal.text).ok(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_round_trip_through_the_log() {
        let edits = [
            Edit::Topic {
                topic: "jazz".into(),
                to: "cool jazz".into(),
            },
            Edit::Flip {
                topic: "jazz".into(),
            },
            Edit::Kind {
                topic: "jazz".into(),
                kind: Kind::Fact,
            },
            Edit::Pin {
                topic: "jazz".into(),
                pinned: true,
            },
            Edit::Hide {
                topic: "jazz".into(),
                hidden: true,
            },
            Edit::Delete {
                topic: "jazz".into(),
            },
            Edit::Add {
                topic: "tea".into(),
                kind: Kind::Preference,
                polarity: Polarity::Dislike,
            },
            Edit::Restore {
                topic: "jazz".into(),
            },
            Edit::Feedback {
                topics: vec!["jazz".into()],
                feedback: Feedback::Dismissed,
            },
            Edit::DismissSuggestion {
                topic: "jazz".into(),
            },
            Edit::DescribeCluster {
                members: vec!["jazz".into(), "blues".into()],
                description: "music to work to".into(),
            },
            Edit::DismissClusterSuggestion {
                members: vec!["jazz".into()],
            },
            Edit::AutomaticDescription {
                members: vec!["jazz".into()],
            },
        ];
        for e in edits {
            let s = e.to_signal("e1".into(), 5);
            assert_eq!(Edit::from_signal(&s), Some(e.clone()), "{}", s.text);
        }
    }

    #[test]
    fn new_ops_are_spelled_as_the_popup_sends_them() {
        let e: Edit = serde_json::from_str(
            r#"{"op":"describe_cluster","members":["jazz"],"description":"music"}"#,
        )
        .unwrap();
        assert!(matches!(e, Edit::DescribeCluster { .. }));
        let e: Edit =
            serde_json::from_str(r#"{"op":"dismiss_suggestion","topic":"jazz"}"#).unwrap();
        assert!(matches!(e, Edit::DismissSuggestion { .. }));
        let e: Edit =
            serde_json::from_str(r#"{"op":"dismiss_cluster_suggestion","members":["jazz"]}"#)
                .unwrap();
        assert!(matches!(e, Edit::DismissClusterSuggestion { .. }));
        let e: Edit =
            serde_json::from_str(r#"{"op":"automatic_description","members":["jazz"]}"#).unwrap();
        assert!(matches!(e, Edit::AutomaticDescription { .. }));
    }
}
