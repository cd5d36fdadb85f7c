//! Incremental DBSCAN: a new memory costs one range query (plus one per neighbour that
//! becomes core because of it); a removal reclusters only the clusters it touched.
//!
//! Neighbour counts are learned lazily (a range query the first time a row's count is
//! needed), so loading a profile costs nothing. Whether a row is core is persisted
//! (`Memory::core`): a core neighbour of a new point stays core whatever its count, so
//! after a reload only the non-core neighbours of a new point (few, in dense regions)
//! need a range query of their own. A border point keeps the cluster it
//! joined first; the full run instead picks its most similar core neighbour, so after
//! ambiguous borders the two may differ on which cluster a border point sits in, never
//! on which points are core or how core points group.

use std::collections::BTreeSet;

use super::{fit, ClusterId, Dbscan};
use crate::vector::{dot, Matrix};

/// Cluster labels per matrix row, kept in step with the matrix.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Clustering {
    labels: Vec<Option<ClusterId>>,
    /// Neighbours within eps, counting the row itself; `None` until first needed.
    counts: Vec<Option<u32>>,
    /// Core as loaded, for rows whose count is unknown.
    core_hint: Vec<bool>,
    next_id: ClusterId,
}

impl Clustering {
    /// Labels and core flags as stored (counts unknown); new clusters get ids from
    /// `next_id` on. Rows flagged core must be core under the current parameters.
    pub fn new(labels: Vec<Option<ClusterId>>, core: Vec<bool>, next_id: ClusterId) -> Self {
        assert_eq!(labels.len(), core.len(), "one core flag per label");
        let counts = vec![None; labels.len()];
        Clustering {
            labels,
            counts,
            core_hint: core,
            next_id,
        }
    }

    /// Whether `row` is a core point (from its count when known, else as loaded).
    pub fn is_core(&self, row: usize, params: &Dbscan) -> bool {
        self.core(row, params.min_samples() as u32)
    }

    fn core(&self, row: usize, min: u32) -> bool {
        match self.counts[row] {
            Some(c) => c >= min,
            None => self.core_hint[row],
        }
    }

    /// A full run over `m`; clusters get ids `first_id, first_id + 1, ...`.
    pub fn fit(m: &Matrix, params: &Dbscan, first_id: ClusterId) -> Self {
        let f = fit(m, params);
        Clustering {
            labels: f
                .labels
                .iter()
                .map(|l| l.map(|l| first_id + l as ClusterId))
                .collect(),
            counts: f.counts.iter().map(|&c| Some(c)).collect(),
            core_hint: vec![false; f.counts.len()],
            next_id: first_id + f.clusters as ClusterId,
        }
    }

    pub fn labels(&self) -> &[Option<ClusterId>] {
        &self.labels
    }

    pub fn next_id(&self) -> ClusterId {
        self.next_id
    }

    fn count(&mut self, m: &Matrix, row: usize, t: f32) -> u32 {
        match self.counts[row] {
            Some(c) => c,
            None => {
                let c = m.range(m.row(row), t).len() as u32;
                self.counts[row] = Some(c);
                c
            }
        }
    }

    fn fresh_id(&mut self) -> ClusterId {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    fn relabel(&mut self, from: ClusterId, to: ClusterId) {
        for l in self.labels.iter_mut().filter(|l| **l == Some(from)) {
            *l = Some(to);
        }
    }

    /// Place the matrix's last row, just pushed.
    pub fn insert(&mut self, m: &Matrix, params: &Dbscan) {
        let p = m.len() - 1;
        let np = m.range(m.row(p), params.min_dot());
        self.insert_with(m, np, params);
    }

    /// [`Clustering::insert`] when the caller already has the last row's range query
    /// (`np`: rows within eps, ascending, including the new row itself), e.g. from
    /// the dot products it computed to look for a memory to merge into.
    pub fn insert_with(&mut self, m: &Matrix, np: Vec<usize>, params: &Dbscan) {
        let p = m.len() - 1;
        assert_eq!(
            p,
            self.labels.len(),
            "insert: the matrix and the labels are out of step"
        );
        let (t, min) = (params.min_dot(), params.min_samples() as u32);
        self.labels.push(None);
        self.counts.push(Some(np.len() as u32));
        self.core_hint.push(false);

        let mut new_cores = Vec::new();
        for &q in np.iter().filter(|&&q| q != p) {
            let after = match self.counts[q] {
                Some(c) => c + 1,
                // Core before, core after: its exact count is not needed.
                None if self.core_hint[q] => continue,
                // A count learned now already includes p.
                None => self.count(m, q, t),
            };
            self.counts[q] = Some(after);
            if after == min {
                new_cores.push(q);
            }
        }
        let mut seeds: Vec<(usize, Vec<usize>)> = Vec::new();
        if np.len() as u32 >= min {
            seeds.push((p, np.clone()));
        }
        for q in new_cores {
            seeds.push((q, m.range(m.row(q), t)));
        }
        for (c, nc) in seeds {
            self.connect(c, &nc, min);
        }
        if self.labels[p].is_none() {
            // Not core: a border point of its most similar core neighbour, if any.
            let best = np
                .iter()
                .filter(|&&q| q != p && self.core(q, min) && self.labels[q].is_some())
                .map(|&q| (dot(m.row(p), m.row(q)), q))
                .fold(None, |acc: Option<(f32, usize)>, x| match acc {
                    Some(a) if a.0 >= x.0 => Some(a),
                    _ => Some(x),
                });
            if let Some((_, q)) = best {
                self.labels[p] = self.labels[q];
            }
        }
    }

    /// Core point `c` with neighbourhood `nc`: it joins every cluster of a core
    /// neighbour into one (the lowest id survives) and takes in unassigned neighbours.
    fn connect(&mut self, c: usize, nc: &[usize], min: u32) {
        let is_core = |s: &Self, x: usize| s.core(x, min);
        let mut ids: BTreeSet<ClusterId> = nc
            .iter()
            .filter(|&&x| is_core(self, x))
            .filter_map(|&x| self.labels[x])
            .collect();
        if let Some(own) = self.labels[c] {
            ids.insert(own);
        }
        let target = match ids.first() {
            Some(&id) => id,
            None => self.fresh_id(),
        };
        for &other in ids.iter().skip(1) {
            self.relabel(other, target);
        }
        self.labels[c] = Some(target);
        for &x in nc {
            if self.labels[x].is_none() || is_core(self, x) {
                self.labels[x] = Some(target);
            }
        }
    }

    /// Remove `row` from the clustering and from `m` (the last row moves into its
    /// place, as in `Vec::swap_remove`), reclustering the clusters it may have split.
    pub fn remove(&mut self, m: &mut Matrix, row: usize, params: &Dbscan) {
        let (t, min) = (params.min_dot(), params.min_samples() as u32);
        let nr = m.range(m.row(row), t);
        let mut affected = BTreeSet::new();
        affected.extend(self.labels[row]);
        for &q in nr.iter().filter(|&&q| q != row) {
            match self.counts[q] {
                Some(c) => {
                    self.counts[q] = Some(c - 1);
                    if c >= min && c - 1 < min {
                        affected.extend(self.labels[q]);
                    }
                }
                // Unknown but core: it may have lost that; recluster to be sure.
                None if self.core_hint[q] => affected.extend(self.labels[q]),
                // Unknown and not core: its count is learned when needed.
                None => {}
            }
        }
        m.swap_remove(row);
        self.labels.swap_remove(row);
        self.counts.swap_remove(row);
        self.core_hint.swap_remove(row);
        for id in affected {
            self.recluster(m, id, params);
        }
    }

    /// DBSCAN restricted to the members of cluster `id`: its core points may now form
    /// several groups (the largest keeps the id) and its border points may have lost
    /// their core.
    fn recluster(&mut self, m: &Matrix, id: ClusterId, params: &Dbscan) {
        let (t, min) = (params.min_dot(), params.min_samples() as u32);
        let members: Vec<usize> = (0..self.labels.len())
            .filter(|&r| self.labels[r] == Some(id))
            .collect();
        let core: Vec<usize> = members
            .iter()
            .copied()
            .filter(|&r| self.count(m, r, t) >= min)
            .collect();
        let mut parent: Vec<usize> = (0..core.len()).collect();
        fn find(p: &mut [usize], mut x: usize) -> usize {
            while p[x] != x {
                p[x] = p[p[x]];
                x = p[x];
            }
            x
        }
        for a in 0..core.len() {
            for b in a + 1..core.len() {
                if dot(m.row(core[a]), m.row(core[b])) >= t {
                    let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
                    if ra != rb {
                        parent[ra.max(rb)] = ra.min(rb);
                    }
                }
            }
        }
        // Group core points; the largest group keeps `id`, the others get fresh ids.
        let mut groups: Vec<(usize, Vec<usize>)> = Vec::new();
        for a in 0..core.len() {
            let r = find(&mut parent, a);
            match groups.iter_mut().find(|g| g.0 == r) {
                Some(g) => g.1.push(core[a]),
                None => groups.push((r, vec![core[a]])),
            }
        }
        groups.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.1[0].cmp(&b.1[0])));
        for &r in &members {
            self.labels[r] = None;
        }
        for (k, (_, rows)) in groups.iter().enumerate() {
            let gid = if k == 0 { id } else { self.fresh_id() };
            for &r in rows {
                self.labels[r] = Some(gid);
            }
        }
        let loose: Vec<usize> = members
            .iter()
            .copied()
            .filter(|&r| self.labels[r].is_none())
            .collect();
        for r in loose {
            // Border or noise now: the most similar core neighbour anywhere decides.
            let mut best: Option<(f32, usize)> = None;
            for q in m.range(m.row(r), t) {
                if q != r && self.labels[q].is_some() && self.count(m, q, t) >= min {
                    let d = dot(m.row(r), m.row(q));
                    if best.map_or(true, |b| d > b.0) {
                        best = Some((d, q));
                    }
                }
            }
            self.labels[r] = best.and_then(|(_, q)| self.labels[q]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::dbscan::tests::{circle, partition, random_points};
    use super::*;
    use crate::cluster::DbscanParams;
    use proptest::prelude::*;

    fn params(eps: f32, min_samples: usize) -> Dbscan {
        DbscanParams { eps, min_samples }.check().unwrap()
    }

    fn grow(angles: &[f32], p: &Dbscan) -> (Matrix, Clustering) {
        let mut m = Matrix::new(3);
        let mut c = Clustering::default();
        for a in angles {
            let r = a.to_radians();
            m.push(&[r.cos(), r.sin(), 0.0]);
            c.insert(&m, p);
        }
        (m, c)
    }

    fn as_u32(labels: &[Option<ClusterId>]) -> Vec<Option<u32>> {
        labels.iter().map(|l| l.map(|l| l as u32)).collect()
    }

    #[test]
    fn a_border_point_becomes_core_and_bridges_two_clusters() {
        let eps = 1.0 - 8f32.to_radians().cos();
        let p = params(eps, 3);
        // Two triples 14° apart at their nearest; 7 is then within 8° of 0 and 14.
        let (_, c) = grow(&[-12.0, -6.0, 0.0, 14.0, 20.0, 26.0], &p);
        let l = c.labels();
        assert_ne!(l[0], l[3]);
        let (m, c) = grow(&[-12.0, -6.0, 0.0, 14.0, 20.0, 26.0, 7.0], &p);
        assert!(c
            .labels()
            .iter()
            .all(|x| *x == c.labels()[0] && x.is_some()));
        let labels = as_u32(c.labels());
        assert_eq!(partition(&labels), partition(&fit(&m, &p).labels));
    }

    #[test]
    fn noise_becomes_a_cluster_when_enough_points_arrive() {
        let p = params(0.01, 3);
        let (_, c) = grow(&[0.0, 5.0], &p);
        assert_eq!(c.labels(), &[None, None]);
        let (_, c) = grow(&[0.0, 5.0, 2.0], &p);
        assert!(c.labels().iter().all(|l| l.is_some()));
    }

    #[test]
    fn removing_a_bridge_splits_the_cluster() {
        let eps = 1.0 - 8f32.to_radians().cos();
        let p = params(eps, 3);
        let (mut m, mut c) = grow(&[-12.0, -6.0, 0.0, 14.0, 20.0, 26.0, 7.0], &p);
        c.remove(&mut m, 6, &p);
        assert_eq!(m.len(), 6);
        let l = c.labels();
        assert!(l[0].is_some() && l[3].is_some());
        assert_ne!(l[0], l[3]);
        assert_eq!(partition(&as_u32(l)), partition(&fit(&m, &p).labels));
        // Removing a point that leaves too few dissolves the cluster.
        let (mut m, mut c) = grow(&[0.0, 2.0, 4.0], &params(0.01, 3));
        c.remove(&mut m, 1, &params(0.01, 3));
        assert_eq!(c.labels(), &[None, None]);
    }

    #[test]
    fn loaded_labels_with_unknown_counts_still_grow_correctly() {
        let p = params(0.01, 3);
        let m0 = circle(&[0.0, 2.0, 4.0]);
        let f = Clustering::fit(&m0, &p, 7);
        let core: Vec<bool> = (0..3).map(|r| f.is_core(r, &p)).collect();
        assert_eq!(core, vec![true; 3]);
        for hints in [core, vec![false; 3]] {
            let mut c = Clustering::new(f.labels().to_vec(), hints, f.next_id());
            let mut m = m0.clone();
            m.push(&[1f32.to_radians().cos(), 1f32.to_radians().sin(), 0.0]);
            c.insert(&m, &p);
            assert_eq!(c.labels(), &[Some(7); 4]);
            c.remove(&mut m, 0, &p);
            assert_eq!(c.labels(), &[Some(7); 3]);
        }
    }

    /// Core points (and how they group) agree with the full run; every border point
    /// sits in the cluster of some core neighbour; noise is noise in both.
    fn agrees_with_full_run(m: &Matrix, c: &Clustering, p: &Dbscan) -> Result<(), TestCaseError> {
        let f = fit(m, p);
        let min = p.min_samples() as u32;
        let core: Vec<usize> = (0..m.len()).filter(|&i| f.counts[i] >= min).collect();
        for &i in &core {
            for &j in &core {
                prop_assert_eq!(f.labels[i] == f.labels[j], c.labels()[i] == c.labels()[j]);
            }
            prop_assert!(c.labels()[i].is_some());
        }
        for i in (0..m.len()).filter(|&i| f.counts[i] < min) {
            prop_assert_eq!(f.labels[i].is_some(), c.labels()[i].is_some());
            if let Some(l) = c.labels()[i] {
                let ok = m
                    .range(m.row(i), p.min_dot())
                    .into_iter()
                    .any(|q| f.counts[q] >= min && c.labels()[q] == Some(l));
                prop_assert!(ok, "border {} has no core neighbour in its cluster", i);
            }
        }
        Ok(())
    }

    proptest! {
        #[test]
        fn incremental_inserts_agree_with_a_full_run(pts in random_points(), reload_at in 0usize..40) {
            let p = params(0.1, 3);
            let mut m = Matrix::new(6);
            let mut c = Clustering::default();
            for (k, v) in pts.iter().enumerate() {
                if k == reload_at {
                    // As after a restart: labels and core flags kept, counts forgotten.
                    let core = (0..m.len()).map(|r| c.is_core(r, &p)).collect();
                    c = Clustering::new(c.labels().to_vec(), core, c.next_id());
                }
                m.push(v);
                c.insert(&m, &p);
            }
            agrees_with_full_run(&m, &c, &p)?;
        }

        #[test]
        fn removals_agree_with_a_full_run(pts in random_points(), drop in proptest::collection::vec(any::<usize>(), 0..10)) {
            let p = params(0.1, 3);
            let mut m = Matrix::new(6);
            let mut c = Clustering::default();
            for v in &pts {
                m.push(v);
                c.insert(&m, &p);
            }
            for d in drop {
                if m.is_empty() { break; }
                let row = d % m.len();
                c.remove(&mut m, row, &p);
                agrees_with_full_run(&m, &c, &p)?;
            }
        }
    }
}
