//! The signal log: what Palate observed, append-only. It is the source of truth;
//! memories and clusters can always be rebuilt from it.

use serde::{Deserialize, Serialize};

use crate::clock::Millis;
use crate::item::Item;

/// Longest message text kept in the log. Longer turns are cut (on a char boundary);
/// preference evidence sits in what people type, not in pasted megabytes.
pub const MAX_TEXT_BYTES: usize = 16 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SignalKind {
    /// A message the user sent on a chat site.
    Turn,
    /// An explicit correction made in the popup.
    Edit,
    /// Implicit feedback, e.g. the user dismissing a suggested preamble.
    Feedback,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Signal {
    /// Unique. For turns, the content script's key for that turn, so a re-rendered
    /// turn maps to the same id and is stored once.
    pub id: String,
    pub at: Millis,
    /// Site id ("chatgpt", "claude", ...) or "popup".
    pub site: String,
    pub kind: SignalKind,
    /// The user's own text (cut to `MAX_TEXT_BYTES`), kept so the log can be
    /// re-extracted after an extractor or model change.
    pub text: String,
    /// Evidence extracted from `text` when it was observed.
    #[serde(default)]
    pub items: Vec<Item>,
    /// Set when extraction failed (e.g. a provider error); the turn stays for a retry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Which extractor read `items` out of `text`; unknown for turns logged before it
    /// was recorded (and for edits). Only the built-in extractor's readings are read
    /// again after an update ([`crate::reread`]): a provider's are the user's choice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_by: Option<ReadBy>,
}

/// Who read a turn's evidence out of its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReadBy {
    /// The rules in [`crate::extract`], of the build [`crate::extract::BUILD`] names.
    BuiltIn,
    /// An LLM provider the user configured.
    Provider,
}

/// Every preamble Palate writes is wrapped as `[Palate: ...]`, so the extension can
/// recognize its own text and never learn from it. Preamble text never contains `]`.
pub const PREAMBLE_OPEN: &str = "[Palate:";

/// Remove every Palate preamble from `text` (the user may have kept or edited around it).
pub fn strip_preamble(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut kept = 0;
    for (span, _) in preambles(text) {
        out.push_str(&text[kept..span.start]);
        kept = span.end;
    }
    out.push_str(&text[kept..]);
    out.trim().to_owned()
}

/// Each `[Palate: ...]` in `text`, in order: its byte span and what it says between
/// the marker and the `]`. An unterminated marker runs to the end of its paragraph.
pub fn preambles(text: &str) -> impl Iterator<Item = (std::ops::Range<usize>, &str)> {
    let mut from = 0;
    std::iter::from_fn(move || {
        let start = from + text.get(from..)?.find(PREAMBLE_OPEN)?;
        let body_start = start + PREAMBLE_OPEN.len();
        let after = &text[body_start..];
        let (body_end, end) = match after.find(']') {
            Some(close) => (body_start + close, body_start + close + 1),
            None => {
                let stop = body_start + after.find("\n\n").unwrap_or(after.len());
                (stop, stop)
            }
        };
        from = end;
        Some((start..end, &text[body_start..body_end]))
    })
}

/// Cut `text` to at most `max` bytes without splitting a character.
pub fn truncate(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preambles_are_stripped_wherever_they_sit() {
        assert_eq!(
            strip_preamble(
                "[Palate: About me: I avoid gluten. Use only if relevant.]\n\nPlan a dinner"
            ),
            "Plan a dinner"
        );
        assert_eq!(
            strip_preamble("Plan a dinner [Palate: I like tea.]"),
            "Plan a dinner"
        );
        assert_eq!(strip_preamble("a [Palate: x] b [Palate: y] c"), "a  b  c");
        assert_eq!(
            strip_preamble("[Palate: cut off\n\nI love jazz"),
            "I love jazz"
        );
        assert_eq!(strip_preamble("no marker here"), "no marker here");
    }

    #[test]
    fn truncate_keeps_char_boundaries() {
        assert_eq!(truncate("héllo", 2), "h");
        assert_eq!(truncate("héllo", 3), "hé");
        assert_eq!(truncate("abc", 10), "abc");
        assert_eq!(truncate("🍓🍓", 5), "🍓");
    }
}
