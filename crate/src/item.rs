//! The vocabulary every stage shares: what kind of evidence, which way it points, how strongly.

use serde::{Deserialize, Serialize};

/// What a piece of evidence is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A taste: foods, music, tools, products ("I love jazz").
    Preference,
    /// A wish about how answers are written ("keep it short", "no emojis").
    Style,
    /// A stable fact about the person ("I'm vegetarian", "I live in Lyon").
    Fact,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Preference, Kind::Style, Kind::Fact];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Preference => "preference",
            Kind::Style => "style",
            Kind::Fact => "fact",
        }
    }
}

/// Which way the evidence points. Stored apart from the topic so that
/// "I like X" and "I don't like X" are evidence about one memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    Like,
    Dislike,
}

impl Polarity {
    /// +1 for like, -1 for dislike.
    pub fn sign(self) -> f32 {
        match self {
            Polarity::Like => 1.0,
            Polarity::Dislike => -1.0,
        }
    }

    pub fn flipped(self) -> Polarity {
        match self {
            Polarity::Like => Polarity::Dislike,
            Polarity::Dislike => Polarity::Like,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Polarity::Like => "like",
            Polarity::Dislike => "dislike",
        }
    }
}

/// One piece of preference evidence recovered from a message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    /// The normalized topic: semantic content only, lower-cased
    /// ("very sweet desserts", not "I don't like very sweet desserts").
    pub topic: String,
    pub polarity: Polarity,
    pub kind: Kind,
    /// How strongly it was said, in (0, 1]: "love" > "like", "can't stand" > "not a fan".
    pub intensity: f32,
    /// The span of the message the item came from, verbatim.
    pub quote: String,
    /// Said as a change of mind ("I don't like jazz anymore", "now I love it"): what
    /// was said the other way before no longer counts ([`crate::decay`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub revises: bool,
    /// A style wish said to hold beyond this answer ("I hate emojis", "always use
    /// British spelling", "keep answers short, I read them on my phone"), not a bare
    /// "keep it short" that may have been for this one chat ([`crate::profile`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub lasting: bool,
}
