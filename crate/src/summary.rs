//! What a cluster's description, estimate and centroid need, kept member by member, so
//! touching a cluster costs what changed, not the cluster's size.
//!
//! - The centroid is a fixed-point sum of member vectors: integer sums are exact, so
//!   any order of adds and removes gives the centroid a recount would.
//! - The aggregate takes new evidence into a [`Fold`] as long as it comes after every
//!   piece already folded (the usual case: a turn arrives now); anything else (a member
//!   leaves, evidence is rewritten or interleaves) refolds once, at the next refresh.
//! - Decay scales every memory of one kind by the same factor as time passes, so within
//!   a kind the order of strengths never changes and sums scale as a whole. Members are
//!   ranked per kind by a time-invariant key (log₂ strength at the last evidence plus
//!   its age in half-lives), and signed and absolute strengths are summed per kind at an
//!   anchor that moves every [`EPOCH`] half-lives. The strongest few at any `now` are
//!   then the heads of a few rankings, and the direction is four scaled sums.
//!
//! This holds only while `now` is at or after every member's evidence; otherwise (an
//! old signal replayed, a skewed clock) callers fall back to scanning the members.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::aggregate::{Aggregate, Estimate, Fold};
use crate::clock::{Millis, DAY};
use crate::decay::Decay;
use crate::describe::{describe, name, Description, MAX_NAMED};
use crate::item::{Kind, Polarity};
use crate::memory::{Memory, MemoryId, Provenance};

/// Half-lives between anchor moves: strengths at an anchor stay below 2^EPOCH times
/// their value now, well inside the fixed-point range.
const EPOCH: f64 = 16.0;
/// Fixed-point scale of strengths (2^64) and of vector components (2^40).
const STRENGTH_ONE: f64 = 18_446_744_073_709_551_616.0;
const VECTOR_ONE: f64 = 1_099_511_627_776.0;
/// Keys closer than this (in log₂ units, about 7·10⁻⁷ relative) may tie once the
/// exact strengths are rounded to f32, so a ranking walk takes them all.
const TIE: f64 = 1e-6;
/// Decay classes: one per kind, and pinned memories, which never decay.
const PINNED: usize = 3;

/// A total order on f64 keys (log strengths; −∞ for a zero strength).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Key(f64);
impl Eq for Key {}
impl PartialOrd for Key {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Key {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }
}

/// Strongest first.
type Ranking = BTreeSet<(Reverse<Key>, MemoryId)>;

#[derive(Debug, Clone, Default)]
struct Class {
    /// When the sums below were measured; `None` until the first refresh.
    anchor: Option<Millis>,
    /// Σ strength and Σ |strength| at `anchor`, fixed point.
    total: i128,
    mass: i128,
    /// `[polarity][aligned]`: members whose strength agrees with their polarity
    /// (aligned) and those it opposes (only the user's own memories).
    ranks: [[Ranking; 2]; 2],
}

/// What one member contributes, to take it out again.
#[derive(Debug, Clone)]
struct Entry {
    class: usize,
    polarity: usize,
    aligned: bool,
    key: Key,
    /// Strength at the class anchor, fixed point.
    value: i128,
    last_seen: Millis,
}

/// One cluster's incremental summary.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    entries: HashMap<MemoryId, Entry>,
    vector_sum: Vec<i64>,
    classes: [Class; 4],
    /// Each member's latest evidence: the rankings hold while `now` is past them all.
    last_seen: BTreeSet<(Millis, MemoryId)>,
    pinned: usize,
    fold: Fold,
    /// Order key `(at, memory, index)` of the last piece folded.
    folded_to: Option<(Millis, MemoryId, usize)>,
    /// New pieces `(at, memory, index, value)` not folded yet.
    pending: Vec<(Millis, MemoryId, usize, f32)>,
    refold: bool,
}

fn class_of(m: &Memory) -> usize {
    if m.provenance == Provenance::Pinned {
        return PINNED;
    }
    match m.kind {
        Kind::Preference => 0,
        Kind::Style => 1,
        Kind::Fact => 2,
    }
}

fn polarity_index(p: Polarity) -> usize {
    match p {
        Polarity::Like => 0,
        Polarity::Dislike => 1,
    }
}

fn days(t: Millis) -> f64 {
    t as f64 / DAY as f64
}

fn half_life(decay: &Decay, class: usize) -> f64 {
    decay.half_life_days(Kind::ALL[class])
}

/// The anchor of a decaying class at `now`: the start of the current epoch.
fn anchor(decay: &Decay, class: usize, now: Millis) -> Millis {
    let epoch = EPOCH * half_life(decay, class) * DAY as f64;
    ((now as f64 / epoch).floor() * epoch) as Millis
}

fn fixed(x: f64, one: f64) -> i128 {
    (x * one).round() as i128
}

impl Summary {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn contains(&self, id: MemoryId) -> bool {
        self.entries.contains_key(&id)
    }

    /// Whether a member is pinned (the cluster's words are then the user's).
    pub fn pinned(&self) -> bool {
        self.pinned > 0
    }

    /// Add member `m` with vector `v`; the first `folded` pieces of its evidence are
    /// already in the fold (it left for an edit that only appended evidence).
    pub fn add(&mut self, m: &Memory, v: &[f32], folded: usize, decay: &Decay) {
        let class = class_of(m);
        let last_seen = m.last_seen();
        let s = decay.strength_from(m, last_seen);
        let key = match s.abs().log2() {
            k if class == PINNED => k,
            k => k + days(last_seen) / half_life(decay, class),
        };
        let c = &mut self.classes[class];
        let value = match (class, c.anchor) {
            (PINNED, _) => fixed(s, STRENGTH_ONE),
            (_, Some(a)) => fixed(decay.strength_from(m, a), STRENGTH_ONE),
            // Measured at the first refresh, which sets the anchor.
            (_, None) => 0,
        };
        let e = Entry {
            class,
            polarity: polarity_index(m.polarity),
            aligned: s * m.polarity.sign() as f64 >= 0.0,
            key: Key(key),
            value,
            last_seen,
        };
        c.total += e.value;
        c.mass += e.value.abs();
        c.ranks[e.polarity][usize::from(!e.aligned)].insert((Reverse(e.key), m.id));
        self.last_seen.insert((last_seen, m.id));
        self.pinned += usize::from(class == PINNED);
        if self.vector_sum.len() < v.len() {
            self.vector_sum.resize(v.len(), 0);
        }
        for (s, x) in self.vector_sum.iter_mut().zip(v) {
            *s += fixed(*x as f64, VECTOR_ONE) as i64;
        }
        if !self.refold {
            let new = m.evidence.iter().enumerate().skip(folded);
            self.pending
                .extend(new.map(|(i, e)| (e.at, m.id, i, e.sign * e.intensity)));
        }
        if let Some(old) = self.entries.insert(m.id, e) {
            unreachable!("memory {} added twice to a cluster summary ({old:?})", m.id);
        }
    }

    /// Take out member `id`, whose vector is `v` (as when it was added). Its evidence
    /// stays in the fold until [`Summary::refold`] is called.
    pub fn remove(&mut self, id: MemoryId, v: &[f32]) {
        let Some(e) = self.entries.remove(&id) else {
            return;
        };
        let c = &mut self.classes[e.class];
        c.total -= e.value;
        c.mass -= e.value.abs();
        c.ranks[e.polarity][usize::from(!e.aligned)].remove(&(Reverse(e.key), id));
        self.last_seen.remove(&(e.last_seen, id));
        self.pinned -= usize::from(e.class == PINNED);
        for (s, x) in self.vector_sum.iter_mut().zip(v) {
            *s -= fixed(*x as f64, VECTOR_ONE) as i64;
        }
    }

    /// Evidence left or was rewritten: fold everything again at the next refresh.
    pub fn refold(&mut self) {
        self.refold = true;
        self.pending.clear();
    }

    /// Unit mean of the member vectors, if they do not cancel out.
    pub fn centroid(&self) -> Option<Vec<f32>> {
        let mut v: Vec<f32> = self
            .vector_sum
            .iter()
            .map(|&s| (s as f64 / VECTOR_ONE) as f32)
            .collect();
        crate::vector::normalize(&mut v).then_some(v)
    }

    /// Whether the rankings hold at `now`: no member has evidence after it.
    fn ranked_at(&self, now: Millis) -> bool {
        self.last_seen.last().map_or(true, |&(t, _)| t <= now)
    }

    /// Bring the fold and the anchors up to `now`, and describe the cluster.
    pub fn refresh(
        &mut self,
        memories: &BTreeMap<MemoryId, Memory>,
        decay: &Decay,
        aggregate: &Aggregate,
        now: Millis,
    ) -> (Description, Estimate) {
        self.update_fold(memories, aggregate);
        if !self.ranked_at(now) {
            let pairs: Vec<(&Memory, f32)> = self
                .members(memories)
                .map(|m| (m, decay.strength(m, now)))
                .collect();
            return (describe(&pairs), aggregate.estimate_fold(&self.fold));
        }
        let (mut total, mut mass) = (0.0, 0.0);
        for class in 0..PINNED {
            let a = anchor(decay, class, now);
            if self.classes[class].anchor != Some(a) {
                self.measure(class, a, memories, decay);
            }
            let c = &self.classes[class];
            let scale = (-(days(now) - days(a)) / half_life(decay, class)).exp2();
            total += c.total as f64 / STRENGTH_ONE * scale;
            mass += c.mass as f64 / STRENGTH_ONE * scale;
        }
        let p = &self.classes[PINNED];
        total += p.total as f64 / STRENGTH_ONE;
        mass += p.mass as f64 / STRENGTH_ONE;
        let direction = if mass > 0.0 {
            (total / mass).clamp(-1.0, 1.0) as f32
        } else {
            0.0
        };
        let mut ids = Vec::new();
        for class in 0..=PINNED {
            for side in self.classes[class].ranks.iter().flatten() {
                walk(side, MAX_NAMED, f64::NEG_INFINITY, |_| true, &mut ids);
            }
        }
        let candidates = ids
            .iter()
            .filter_map(|id| memories.get(id))
            .map(|m| (m, decay.strength(m, now)))
            .collect();
        (
            name(direction, candidates),
            aggregate.estimate_fold(&self.fold),
        )
    }

    /// Members that include the `k` with the highest support at `now` among those
    /// `usable` takes, where faded members (below `floor`, unless pinned) never are.
    /// `None` when the rankings do not hold at `now`: scan the members instead.
    pub fn strongest(
        &self,
        k: usize,
        now: Millis,
        decay: &Decay,
        floor: f32,
        mut usable: impl FnMut(MemoryId) -> bool,
    ) -> Option<Vec<MemoryId>> {
        if !self.ranked_at(now) {
            return None;
        }
        let mut ids = Vec::new();
        for class in 0..PINNED {
            // Keys below this are faded at `now`, and so is everything after them.
            let stop = (floor as f64).log2() + days(now) / half_life(decay, class);
            for side in &self.classes[class].ranks {
                walk(&side[0], k, stop, &mut usable, &mut ids);
            }
        }
        let pinned = &self.classes[PINNED].ranks;
        for side in pinned {
            walk(&side[0], k, f64::NEG_INFINITY, &mut usable, &mut ids);
        }
        // Pinned members against their own polarity have negative support: they
        // count only when too few others do, and are rare, so take them all.
        if ids.len() < k {
            for side in pinned {
                ids.extend(side[1].iter().map(|&(_, id)| id).filter(|&id| usable(id)));
            }
        }
        Some(ids)
    }

    fn members<'a>(
        &'a self,
        memories: &'a BTreeMap<MemoryId, Memory>,
    ) -> impl Iterator<Item = &'a Memory> + 'a {
        self.entries.keys().filter_map(|id| memories.get(id))
    }

    /// Re-measure a decaying class at a new anchor (once per epoch, or after a load).
    fn measure(
        &mut self,
        class: usize,
        a: Millis,
        memories: &BTreeMap<MemoryId, Memory>,
        decay: &Decay,
    ) {
        let (mut total, mut mass) = (0i128, 0i128);
        for (id, e) in self.entries.iter_mut().filter(|(_, e)| e.class == class) {
            e.value = memories
                .get(id)
                .map_or(0, |m| fixed(decay.strength_from(m, a), STRENGTH_ONE));
            total += e.value;
            mass += e.value.abs();
        }
        let c = &mut self.classes[class];
        (c.anchor, c.total, c.mass) = (Some(a), total, mass);
    }

    fn update_fold(&mut self, memories: &BTreeMap<MemoryId, Memory>, aggregate: &Aggregate) {
        self.pending.sort_unstable_by_key(|p| (p.0, p.1, p.2));
        let in_order = match (self.pending.first(), self.folded_to) {
            (Some(p), Some(last)) => (p.0, p.1, p.2) > last,
            _ => true,
        };
        if self.refold || !in_order {
            // The order a full sort gives: by time, then member, then position.
            let mut all: Vec<(Millis, MemoryId, usize, f32)> = self
                .members(memories)
                .flat_map(|m| {
                    let id = m.id;
                    m.evidence
                        .iter()
                        .enumerate()
                        .map(move |(i, e)| (e.at, id, i, e.sign * e.intensity))
                })
                .collect();
            all.sort_unstable_by_key(|p| (p.0, p.1, p.2));
            self.fold = Fold::default();
            self.folded_to = None;
            self.pending = all;
            self.refold = false;
        }
        for &(at, id, i, x) in &self.pending {
            aggregate.push(&mut self.fold, x);
            self.folded_to = Some((at, id, i));
        }
        self.pending.clear();
    }
}

/// From the strongest member of `ranking` down, the ids `usable` takes, until `k` are
/// taken and the rest are clearly weaker (keys within [`TIE`] come too), or keys fall
/// below `stop`.
fn walk(
    ranking: &Ranking,
    k: usize,
    stop: f64,
    mut usable: impl FnMut(MemoryId) -> bool,
    out: &mut Vec<MemoryId>,
) {
    let (mut taken, mut kth) = (0, f64::INFINITY);
    for &(Reverse(Key(key)), id) in ranking {
        if key < stop - TIE || (taken >= k && key < kth - TIE) {
            break;
        }
        if usable(id) {
            out.push(id);
            taken += 1;
            if taken == k {
                kth = key;
            }
        }
    }
}
