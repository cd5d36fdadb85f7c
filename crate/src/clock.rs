//! Time as the core sees it: milliseconds since the Unix epoch, always passed in.
//! The core never reads a clock itself, so decay and tests are reproducible.

/// Milliseconds since 1970-01-01T00:00:00Z.
pub type Millis = i64;

pub const SECOND: Millis = 1_000;
pub const DAY: Millis = 86_400 * SECOND;

/// Age in days of something that happened at `at`, seen at `now` (never negative).
pub fn age_days(at: Millis, now: Millis) -> f64 {
    ((now - at).max(0) as f64) / DAY as f64
}
