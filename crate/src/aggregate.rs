//! Aggregation per cluster: a short window and an EMA over the members' signed evidence,
//! fused by inverse variance; a drift detector flags a cluster whose recent evidence
//! departs from its long-run estimate (its description is then re-derived, or for a
//! pinned cluster a suggestion is attached).

use std::collections::VecDeque;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::clock::Millis;

/// Validate with [`AggregateParams::check`].
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AggregateParams {
    /// The most recent pieces of evidence that form the short window: 5.
    pub window: usize,
    /// EMA smoothing per piece of evidence, in (0, 1]: 0.2 (about the last ten count).
    pub alpha: f32,
    /// Drift when the window mean is this many standard errors from the long-run EMA: 2.
    pub drift_z: f32,
    /// ... and at least this far in absolute terms (evidence lies in [-1, 1]): 0.5.
    pub drift_min_gap: f32,
}

impl Default for AggregateParams {
    fn default() -> Self {
        Self {
            window: 5,
            alpha: 0.2,
            drift_z: 2.0,
            drift_min_gap: 0.5,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Error)]
pub enum AggregateError {
    #[error("the window must hold at least 2 pieces of evidence")]
    Window,
    #[error("alpha must be in (0, 1], not {0}")]
    Alpha(f32),
    #[error("drift_z must be a positive number, not {0}")]
    DriftZ(f32),
    #[error("drift_min_gap must be in [0, 2], not {0}")]
    DriftGap(f32),
}

impl From<AggregateError> for crate::Error {
    fn from(e: AggregateError) -> Self {
        crate::Error::Invalid(e.to_string())
    }
}

impl AggregateParams {
    pub fn check(&self) -> Result<Aggregate, AggregateError> {
        if self.window < 2 {
            return Err(AggregateError::Window);
        }
        if !(self.alpha > 0.0 && self.alpha <= 1.0) {
            return Err(AggregateError::Alpha(self.alpha));
        }
        if !(self.drift_z.is_finite() && self.drift_z > 0.0) {
            return Err(AggregateError::DriftZ(self.drift_z));
        }
        if !(self.drift_min_gap >= 0.0 && self.drift_min_gap <= 2.0) {
            return Err(AggregateError::DriftGap(self.drift_min_gap));
        }
        Ok(Aggregate(*self))
    }
}

/// Validated [`AggregateParams`].
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Aggregate(AggregateParams);

/// A cluster's estimate of where its evidence points.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Estimate {
    /// Inverse-variance fusion of the window mean and the long-run EMA, in [-1, 1].
    pub fused: f32,
    pub window_mean: f32,
    pub long_run: f32,
    /// In [0, 1]: 1 − the fused standard error.
    pub confidence: f32,
    pub drift: bool,
    pub evidence: usize,
}

/// Variance floor: identical evidence must not give infinite weight.
const MIN_VAR: f32 = 0.01;
/// Prior variance of evidence in [-1, 1], worth one observation: a single piece of
/// evidence must not look certain.
const PRIOR_VAR: f32 = 0.5;

impl Aggregate {
    pub fn params(&self) -> &AggregateParams {
        &self.0
    }

    /// Estimate from signed evidence values `sign · intensity`, oldest first
    /// (`(at, value)`; ties keep their order).
    pub fn estimate(&self, evidence: &[(Millis, f32)]) -> Estimate {
        let mut fold = Fold::default();
        for &(_, x) in evidence {
            self.push(&mut fold, x);
        }
        self.estimate_fold(&fold)
    }

    /// Add the next piece of evidence (later than every piece already folded): O(1),
    /// and the same arithmetic as folding the whole sequence, so the result is equal
    /// bit for bit.
    pub fn push(&self, fold: &mut Fold, x: f32) {
        let p = &self.0;
        fold.window.push_back(x);
        if fold.window.len() <= p.window {
            return;
        }
        // The oldest of the window moves into the long-run EMA and its exponentially
        // weighted variance (so a sudden change shows up as a gap).
        let x = fold.window.pop_front().expect("the window is not empty");
        if fold.old == 0 {
            fold.ema = x;
        } else {
            let d = x - fold.ema;
            fold.ema += p.alpha * d;
            fold.ev = (1.0 - p.alpha) * (fold.ev + p.alpha * d * d);
        }
        fold.old += 1;
    }

    /// The estimate for the evidence folded so far.
    pub fn estimate_fold(&self, fold: &Fold) -> Estimate {
        let p = &self.0;
        let n = fold.old + fold.window.len();
        if n == 0 {
            return Estimate {
                fused: 0.0,
                window_mean: 0.0,
                long_run: 0.0,
                confidence: 0.0,
                drift: false,
                evidence: 0,
            };
        }
        let xs = &fold.window;
        let w_mean = xs.iter().sum::<f32>() / xs.len() as f32;
        let ss = xs.iter().map(|x| (x - w_mean).powi(2)).sum::<f32>();
        let w_var = (ss + PRIOR_VAR) / (xs.len() as f32 + 1.0);
        let w_se2 = w_var.max(MIN_VAR) / xs.len() as f32;

        let (old, ema, ev) = (fold.old, fold.ema, fold.ev);
        // Standard error of an EMA: var · α/(2−α), but never below that of the plain
        // mean of what it has seen.
        let e_se2 = if old == 0 {
            f32::INFINITY
        } else {
            let prior = PRIOR_VAR / (old as f32 + 1.0);
            ev.max(prior).max(MIN_VAR) * (p.alpha / (2.0 - p.alpha)).max(1.0 / old as f32)
        };
        let (fused, se2) = if e_se2.is_infinite() {
            (w_mean, w_se2)
        } else {
            let (a, b) = (1.0 / w_se2, 1.0 / e_se2);
            ((a * w_mean + b * ema) / (a + b), 1.0 / (a + b))
        };
        let gap = (w_mean - ema).abs();
        let drift = old > 0
            && xs.len() >= p.window
            && gap >= p.drift_min_gap
            && gap / (w_se2 + e_se2).sqrt() >= p.drift_z;
        Estimate {
            fused: fused.clamp(-1.0, 1.0),
            window_mean: w_mean,
            long_run: if old == 0 { w_mean } else { ema },
            confidence: (1.0 - se2.sqrt()).clamp(0.0, 1.0),
            drift,
            evidence: n,
        }
    }
}

/// Evidence folded so far: the short window verbatim and the long-run EMA state of
/// everything before it. Lets a cluster take new evidence without refolding its history.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Fold {
    window: VecDeque<f32>,
    ema: f32,
    ev: f32,
    /// Pieces folded into the EMA.
    old: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(xs: &[f32]) -> Vec<(Millis, f32)> {
        xs.iter()
            .enumerate()
            .map(|(i, &x)| (i as Millis, x))
            .collect()
    }

    #[test]
    fn each_rule_is_checked() {
        let d = AggregateParams::default();
        assert_eq!(
            AggregateParams { window: 1, ..d }.check(),
            Err(AggregateError::Window)
        );
        assert!(matches!(
            AggregateParams { alpha: 0.0, ..d }.check(),
            Err(AggregateError::Alpha(_))
        ));
        assert!(matches!(
            AggregateParams { alpha: 1.5, ..d }.check(),
            Err(AggregateError::Alpha(_))
        ));
        assert!(matches!(
            AggregateParams { drift_z: 0.0, ..d }.check(),
            Err(AggregateError::DriftZ(_))
        ));
        assert!(matches!(
            AggregateParams {
                drift_z: f32::NAN,
                ..d
            }
            .check(),
            Err(AggregateError::DriftZ(_))
        ));
        assert!(matches!(
            AggregateParams {
                drift_min_gap: -1.0,
                ..d
            }
            .check(),
            Err(AggregateError::DriftGap(_))
        ));
        assert!(d.check().is_ok());
    }

    #[test]
    fn steady_evidence_is_confident_and_does_not_drift() {
        let a = AggregateParams::default().check().unwrap();
        let e = a.estimate(&ev(&[0.8; 20]));
        assert!((e.fused - 0.8).abs() < 1e-4);
        assert!(!e.drift);
        assert!(e.confidence > 0.8);
        assert_eq!(a.estimate(&[]).evidence, 0);
    }

    #[test]
    fn a_reversal_is_drift() {
        let a = AggregateParams::default().check().unwrap();
        let mut xs = vec![0.8; 15];
        xs.extend([-0.8; 5]);
        let e = a.estimate(&ev(&xs));
        assert!(e.drift, "{e:?}");
        assert!(e.window_mean < 0.0 && e.long_run > 0.0);
        // Mixed, noisy evidence is not drift.
        let noisy: Vec<f32> = (0..20)
            .map(|i| if i % 2 == 0 { 0.8 } else { -0.6 })
            .collect();
        assert!(!a.estimate(&ev(&noisy)).drift);
    }

    #[test]
    fn one_observation_is_not_certain() {
        let a = AggregateParams::default().check().unwrap();
        let one = a.estimate(&ev(&[1.0])).confidence;
        let many = a.estimate(&ev(&[1.0; 12])).confidence;
        assert!(one <= 0.5 && many > 0.8, "{one} {many}");
    }

    #[test]
    fn fewer_than_a_window_never_drifts() {
        let a = AggregateParams::default().check().unwrap();
        let e = a.estimate(&ev(&[1.0, -1.0, -1.0]));
        assert!(!e.drift);
        assert!((e.fused - e.window_mean).abs() < 1e-6);
    }
}
