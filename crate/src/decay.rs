//! Decay: a memory's strength is computed from its evidence and the clock, never stored,
//! so forgetting loses nothing and is reproducible.
//!
//! strength = Σ sign · intensity · 2^(−age / half_life(kind)); pinned memories never decay.
//! A change of mind retires the evidence before it that points the other way.
//! A memory whose strength in its own direction is below the floor is *faded*: never
//! injected, still reviewable, restorable.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::clock::{age_days, Millis, DAY};
use crate::item::Kind;
use crate::memory::{Evidence, Memory, Provenance};

/// How fast each kind of memory fades. Validate with [`DecayParams::check`].
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DecayParams {
    /// Tastes change: 30 days.
    pub preference_half_life_days: f64,
    /// Wishes about answers last longer: 90 days.
    pub style_half_life_days: f64,
    /// Facts about the person are stable: 365 days.
    pub fact_half_life_days: f64,
    /// Below this strength (in the memory's own direction) a memory is faded: 0.15,
    /// so one "I like X" (intensity ~0.6) fades after two months for a preference.
    pub faded_floor: f32,
}

impl Default for DecayParams {
    fn default() -> Self {
        Self {
            preference_half_life_days: 30.0,
            style_half_life_days: 90.0,
            fact_half_life_days: 365.0,
            faded_floor: 0.15,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Error)]
pub enum DecayError {
    #[error("the half-life of {kind:?} must be a positive number of days, not {value}")]
    HalfLife { kind: Kind, value: f64 },
    #[error("the faded floor must be a finite number >= 0, not {0}")]
    Floor(f32),
}

impl From<DecayError> for crate::Error {
    fn from(e: DecayError) -> Self {
        crate::Error::Invalid(e.to_string())
    }
}

impl DecayParams {
    pub fn check(&self) -> Result<Decay, DecayError> {
        for kind in Kind::ALL {
            let value = self.half_life_days(kind);
            if !(value.is_finite() && value > 0.0) {
                return Err(DecayError::HalfLife { kind, value });
            }
        }
        if !(self.faded_floor.is_finite() && self.faded_floor >= 0.0) {
            return Err(DecayError::Floor(self.faded_floor));
        }
        Ok(Decay(*self))
    }

    fn half_life_days(&self, kind: Kind) -> f64 {
        match kind {
            Kind::Preference => self.preference_half_life_days,
            Kind::Style => self.style_half_life_days,
            Kind::Fact => self.fact_half_life_days,
        }
    }
}

/// Validated [`DecayParams`].
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Decay(DecayParams);

impl Decay {
    pub fn params(&self) -> &DecayParams {
        &self.0
    }

    pub fn half_life_days(&self, kind: Kind) -> f64 {
        self.0.half_life_days(kind)
    }

    pub fn floor(&self) -> f32 {
        self.0.faded_floor
    }

    /// Weight of evidence `age_days` old: 1 today, 1/2 after one half-life.
    pub fn weight(&self, kind: Kind, age_days: f64) -> f64 {
        (-age_days.max(0.0) / self.half_life_days(kind)).exp2()
    }

    /// Net signed strength: positive means the evidence says "likes".
    pub fn strength(&self, m: &Memory, now: Millis) -> f32 {
        self.weighted(m, |at| self.weight(m.kind, age_days(at, now))) as f32
    }

    /// Signed strength measured from `anchor`, with evidence after it weighing more
    /// than 1: for any `now` at or after every piece of evidence, `strength(now) =
    /// strength_from(anchor) · 2^(−(now − anchor) / half-life)`. Sums and rankings
    /// kept at an anchor therefore stay valid as time passes. Pinned: the plain sum.
    pub fn strength_from(&self, m: &Memory, anchor: Millis) -> f64 {
        let h = self.half_life_days(m.kind);
        self.weighted(m, |at| ((at - anchor) as f64 / DAY as f64 / h).exp2())
    }

    /// Σ sign · intensity · weight(at); pinned memories weigh everything 1. In a
    /// learned memory, evidence older than the latest change of mind and pointing the
    /// other way is retired: "I used to love sushi, now I can't stand it" is a dislike,
    /// not a wash. The user's own memories are never rewritten so (they get a suggestion).
    fn weighted(&self, m: &Memory, weight: impl Fn(Millis) -> f64) -> f64 {
        let pinned = m.provenance == Provenance::Pinned;
        let change = m
            .provenance
            .is_learned()
            .then(|| m.evidence.iter().filter(|e| e.revises).max_by_key(|e| e.at))
            .flatten()
            .map(|e| (e.at, e.sign));
        let retired = |e: &Evidence| change.is_some_and(|(at, sign)| e.at < at && e.sign != sign);
        m.evidence
            .iter()
            .filter(|e| !retired(e))
            .map(|e| {
                let w = if pinned { 1.0 } else { weight(e.at) };
                e.sign as f64 * e.intensity as f64 * w
            })
            // 0, not the empty sum's -0: a weightless retraction leaves nothing.
            .fold(0.0, |sum, x| sum + x)
    }

    /// Strength in the memory's own direction (its polarity): what the preamble trusts.
    pub fn support(&self, m: &Memory, now: Millis) -> f32 {
        self.strength(m, now) * m.polarity.sign()
    }

    /// Faded: too weak to inject. Pinned memories never fade.
    pub fn is_faded(&self, m: &Memory, now: Millis) -> bool {
        m.provenance != Provenance::Pinned && self.support(m, now) < self.0.faded_floor
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::item::Polarity;
    use crate::memory::Evidence;
    use proptest::prelude::*;

    fn memory(kind: Kind, provenance: Provenance, evidence: &[(Millis, f32, f32)]) -> Memory {
        let mut m = Memory::new(1, "jazz", kind, Polarity::Like, provenance, vec![]);
        m.evidence = evidence
            .iter()
            .map(|&(at, sign, intensity)| Evidence {
                at,
                sign,
                intensity,
                signal_id: "s".into(),
                revises: false,
                lasting: false,
            })
            .collect();
        m
    }

    #[test]
    fn a_change_of_mind_retires_what_was_said_the_other_way_before_it() {
        let d = Decay::default();
        // Loved (twice), then "now I can't stand it", then liked again in passing.
        let mut m = memory(
            Kind::Preference,
            Provenance::Learned,
            &[(0, 1.0, 0.9), (DAY, 1.0, 0.6), (2 * DAY, -1.0, 0.8)],
        );
        let wash = d.strength(&m, 2 * DAY);
        assert!(wash > 0.0, "without the change the old likes outweigh it");
        m.evidence[2].revises = true;
        assert_eq!(d.strength(&m, 2 * DAY), -0.8);
        // Later evidence either way still counts; so does earlier evidence that agrees.
        m.evidence.push(Evidence {
            at: 3 * DAY,
            sign: 1.0,
            intensity: 0.3,
            signal_id: "t".into(),
            revises: false,
            lasting: false,
        });
        let now = 3 * DAY;
        let want = -0.8 * d.weight(Kind::Preference, 1.0) + 0.3;
        assert!((d.strength(&m, now) as f64 - want).abs() < 1e-6);
        // The user's own memories are never rewritten by it.
        m.provenance = Provenance::User;
        assert!(d.strength(&m, now) > 0.0);
        m.provenance = Provenance::Pinned;
        assert_eq!(d.strength(&m, now), 0.9 + 0.6 - 0.8 + 0.3);
    }

    #[test]
    fn defaults_are_valid() {
        let d = DecayParams::default().check().unwrap();
        assert_eq!(d.half_life_days(Kind::Preference), 30.0);
        assert_eq!(d.half_life_days(Kind::Style), 90.0);
        assert_eq!(d.half_life_days(Kind::Fact), 365.0);
    }

    #[test]
    fn half_lives_must_be_positive_and_finite() {
        for bad in [0.0, -1.0, f64::NAN, f64::INFINITY] {
            let p = DecayParams {
                style_half_life_days: bad,
                ..Default::default()
            };
            assert!(matches!(
                p.check(),
                Err(DecayError::HalfLife {
                    kind: Kind::Style,
                    ..
                })
            ));
            let p = DecayParams {
                preference_half_life_days: bad,
                ..Default::default()
            };
            assert!(matches!(
                p.check(),
                Err(DecayError::HalfLife {
                    kind: Kind::Preference,
                    ..
                })
            ));
            let p = DecayParams {
                fact_half_life_days: bad,
                ..Default::default()
            };
            assert!(matches!(
                p.check(),
                Err(DecayError::HalfLife {
                    kind: Kind::Fact,
                    ..
                })
            ));
        }
    }

    #[test]
    fn the_floor_must_be_finite_and_not_negative() {
        for bad in [-0.1, f32::NAN, f32::INFINITY] {
            let p = DecayParams {
                faded_floor: bad,
                ..Default::default()
            };
            assert!(matches!(p.check(), Err(DecayError::Floor(_))));
        }
        assert!(DecayParams {
            faded_floor: 0.0,
            ..Default::default()
        }
        .check()
        .is_ok());
    }

    #[test]
    fn strength_halves_after_one_half_life() {
        let d = Decay::default();
        let m = memory(Kind::Preference, Provenance::Learned, &[(0, 1.0, 0.8)]);
        assert!((d.strength(&m, 0) - 0.8).abs() < 1e-6);
        assert!((d.strength(&m, 30 * DAY) - 0.4).abs() < 1e-6);
        let f = memory(Kind::Fact, Provenance::Learned, &[(0, 1.0, 0.8)]);
        assert!((d.strength(&f, 365 * DAY) - 0.4).abs() < 1e-6);
    }

    #[test]
    fn opposite_evidence_cancels_and_old_memories_fade() {
        let d = Decay::default();
        let m = memory(
            Kind::Preference,
            Provenance::Learned,
            &[(0, 1.0, 0.6), (0, -1.0, 0.6)],
        );
        assert_eq!(d.strength(&m, 0), 0.0);
        assert!(d.is_faded(&m, 0));
        let m = memory(Kind::Preference, Provenance::Learned, &[(0, 1.0, 0.6)]);
        assert!(!d.is_faded(&m, 10 * DAY));
        assert!(d.is_faded(&m, 90 * DAY));
    }

    #[test]
    fn pinned_memories_never_fade() {
        let d = Decay::default();
        let m = memory(Kind::Preference, Provenance::Pinned, &[(0, 1.0, 0.6)]);
        assert!(!d.is_faded(&m, 10_000 * DAY));
        assert_eq!(d.strength(&m, 10_000 * DAY), 0.6);
    }

    #[test]
    fn strength_from_an_anchor_scales_to_any_later_time() {
        let d = Decay::default();
        let m = memory(
            Kind::Preference,
            Provenance::Learned,
            &[
                (3 * DAY, 1.0, 0.8),
                (40 * DAY, -1.0, 0.3),
                (41 * DAY, 1.0, 0.5),
            ],
        );
        for anchor in [0, 20 * DAY, 41 * DAY] {
            for now in [41 * DAY, 90 * DAY, 400 * DAY] {
                let scaled =
                    d.strength_from(&m, anchor) * d.weight(Kind::Preference, age_days(anchor, now));
                assert!(
                    (scaled as f32 - d.strength(&m, now)).abs() < 1e-6,
                    "{anchor} {now}"
                );
            }
        }
    }

    proptest! {
        #[test]
        fn decay_is_monotone_in_age(
            ev in proptest::collection::vec((0i64..400, 0.05f32..1.0), 1..8),
            a in 0i64..2000, b in 0i64..2000, kind in 0usize..3,
        ) {
            let d = Decay::default();
            let ev: Vec<_> = ev.into_iter().map(|(at, i)| (at * DAY, 1.0, i)).collect();
            let m = memory(Kind::ALL[kind], Provenance::Learned, &ev);
            let (early, late) = (a.min(b) * DAY, a.max(b) * DAY);
            prop_assert!(d.strength(&m, late) <= d.strength(&m, early) + 1e-6);
            prop_assert!(d.is_faded(&m, early) <= d.is_faded(&m, late));
        }

        #[test]
        fn pinned_strength_is_constant(
            ev in proptest::collection::vec((0i64..400, -1i32..=1, 0.05f32..1.0), 1..8),
            a in 0i64..5000, b in 0i64..5000,
        ) {
            let d = Decay::default();
            let ev: Vec<_> = ev.into_iter().map(|(at, s, i)| (at * DAY, s as f32, i)).collect();
            let m = memory(Kind::Preference, Provenance::Pinned, &ev);
            prop_assert_eq!(d.strength(&m, a * DAY), d.strength(&m, b * DAY));
            prop_assert!(!d.is_faded(&m, a * DAY));
        }
    }
}
