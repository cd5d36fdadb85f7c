//! The full DBSCAN run: every pair once (symmetry), a blocked kernel (a tile of rows
//! stays in cache while four rows at a time meet each column), then union-find over
//! core-core pairs.

use super::Dbscan;
use crate::vector::{dot, Matrix};

/// Labels of a full run.
#[derive(Debug, Clone, PartialEq)]
pub struct Fit {
    /// Cluster number per row, numbered in order of each cluster's first row; `None` is noise.
    pub labels: Vec<Option<u32>>,
    /// Neighbours of each row within eps, counting itself.
    pub counts: Vec<u32>,
    pub clusters: u32,
}

/// DBSCAN over the rows of `m` (unit vectors). Deterministic, and independent of row
/// order up to renaming: a border point reachable from two clusters joins the cluster
/// of its most similar core neighbour.
pub fn fit(m: &Matrix, params: &Dbscan) -> Fit {
    let n = m.len();
    let t = params.min_dot();
    let pairs = neighbour_pairs(m, t);
    // A zero row (unknown topic) is not even its own neighbour.
    let mut counts: Vec<u32> = (0..n)
        .map(|i| (dot(m.row(i), m.row(i)) >= t) as u32)
        .collect();
    for &(i, j, _) in &pairs {
        counts[i as usize] += 1;
        counts[j as usize] += 1;
    }
    let min = params.min_samples() as u32;
    let core: Vec<bool> = counts.iter().map(|&c| c >= min).collect();

    let mut parent: Vec<u32> = (0..n as u32).collect();
    for &(i, j, _) in &pairs {
        if core[i as usize] && core[j as usize] {
            union(&mut parent, i, j);
        }
    }
    let mut labels = vec![None; n];
    let mut root_label = vec![u32::MAX; n];
    let mut clusters = 0;
    for i in 0..n {
        if core[i] {
            let r = find(&mut parent, i as u32) as usize;
            if root_label[r] == u32::MAX {
                root_label[r] = clusters;
                clusters += 1;
            }
            labels[i] = Some(root_label[r]);
        }
    }
    // Border points: the most similar core neighbour decides (ties: lower label).
    let mut best: Vec<(f32, u32)> = vec![(f32::NEG_INFINITY, u32::MAX); n];
    for &(i, j, d) in &pairs {
        for (a, b) in [(i as usize, j as usize), (j as usize, i as usize)] {
            if core[a] && !core[b] {
                let l = labels[a].unwrap_or(u32::MAX);
                let cur = best[b];
                if d > cur.0 || (d == cur.0 && l < cur.1) {
                    best[b] = (d, l);
                }
            }
        }
    }
    for i in 0..n {
        if !core[i] && best[i].1 != u32::MAX {
            labels[i] = Some(best[i].1);
        }
    }
    Fit {
        labels,
        counts,
        clusters,
    }
}

fn find(parent: &mut [u32], mut x: u32) -> u32 {
    while parent[x as usize] != x {
        let p = parent[x as usize];
        parent[x as usize] = parent[p as usize];
        x = p;
    }
    x
}

fn union(parent: &mut [u32], a: u32, b: u32) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        // The smaller index becomes the root: deterministic.
        let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
        parent[hi as usize] = lo;
    }
}

/// Every pair `i < j` with `row(i)·row(j) ≥ t`, with its dot product.
pub(crate) fn neighbour_pairs(m: &Matrix, t: f32) -> Vec<(u32, u32, f32)> {
    #[cfg(target_arch = "x86_64")]
    {
        if std::is_x86_feature_detected!("avx2") && std::is_x86_feature_detected!("fma") {
            // SAFETY: the CPU supports AVX2 and FMA, checked just above.
            return unsafe { neighbour_pairs_avx2(m, t) };
        }
    }
    neighbour_pairs_with(m, t, crate::vector::dot4x2)
}

/// The same pass with the AVX2+FMA tile, chosen at run time on native builds.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn neighbour_pairs_avx2(m: &Matrix, t: f32) -> Vec<(u32, u32, f32)> {
    neighbour_pairs_with(m, t, |a, b0, b1| {
        // SAFETY: this function only runs where AVX2 and FMA were detected.
        unsafe { crate::vector::dot4x2_avx2(a, b0, b1) }
    })
}

/// Rows per tile that stay in L1 while a tile of columns streams from L2.
const TILE_I: usize = 32;
const TILE_J: usize = 256;

#[inline(always)]
fn neighbour_pairs_with(
    m: &Matrix,
    t: f32,
    tile: impl Fn([&[f32]; 4], &[f32], &[f32]) -> [[f32; 4]; 2],
) -> Vec<(u32, u32, f32)> {
    let n = m.len();
    let mut pairs = Vec::new();
    let keep = |ii: usize, j: usize, i1: usize, d: f32, pairs: &mut Vec<(u32, u32, f32)>| {
        if ii < i1 && j > ii && d >= t {
            pairs.push((ii as u32, j as u32, d));
        }
    };
    for i0 in (0..n).step_by(TILE_I) {
        let i1 = (i0 + TILE_I).min(n);
        for j0 in (i0..n).step_by(TILE_J) {
            let j1 = (j0 + TILE_J).min(n);
            let mut i = i0;
            while i < i1 {
                // Pad a short last group by repeating its last row; extra results are ignored.
                let rows = [
                    i,
                    (i + 1).min(i1 - 1),
                    (i + 2).min(i1 - 1),
                    (i + 3).min(i1 - 1),
                ];
                let a = rows.map(|r| m.row(r));
                let mut j = j0.max(i + 1);
                while j < j1 {
                    // A lone last column is paired with itself; its second result is ignored.
                    let j2 = if j + 1 < j1 { j + 1 } else { j };
                    let d = tile(a, m.row(j), m.row(j2));
                    for r in 0..4 {
                        keep(i + r, j, i1, d[0][r], &mut pairs);
                        if j2 != j {
                            keep(i + r, j2, i1, d[1][r], &mut pairs);
                        }
                    }
                    j += 2;
                }
                i += 4;
            }
        }
    }
    pairs
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::cluster::DbscanParams;
    use crate::vector::normalize;
    use proptest::prelude::*;

    /// Points on the unit circle, lifted into 3-D.
    pub fn circle(angles_deg: &[f32]) -> Matrix {
        let mut m = Matrix::new(3);
        for a in angles_deg {
            let r = a.to_radians();
            m.push(&[r.cos(), r.sin(), 0.0]);
        }
        m
    }

    fn params(eps: f32, min_samples: usize) -> Dbscan {
        DbscanParams { eps, min_samples }.check().unwrap()
    }

    /// Canonical partition: each row's label replaced by the smallest row sharing it.
    pub fn partition(labels: &[Option<u32>]) -> Vec<Option<usize>> {
        labels
            .iter()
            .map(|l| l.map(|l| labels.iter().position(|x| *x == Some(l)).unwrap()))
            .collect()
    }

    #[test]
    fn empty_and_single() {
        let f = fit(&Matrix::new(3), &params(0.1, 1));
        assert!(f.labels.is_empty() && f.clusters == 0);
        let f = fit(&circle(&[0.0]), &params(0.1, 1));
        assert_eq!(f.labels, vec![Some(0)]);
        let f = fit(&circle(&[0.0]), &params(0.1, 2));
        assert_eq!(f.labels, vec![None]);
    }

    #[test]
    fn two_groups_and_noise() {
        // cos(5°) ≈ 0.996, cos(60°) = 0.5.
        let m = circle(&[0.0, 5.0, 10.0, 90.0, 95.0, 100.0, 200.0]);
        let f = fit(&m, &params(0.01, 2));
        assert_eq!(f.clusters, 2);
        assert_eq!(
            f.labels,
            vec![Some(0), Some(0), Some(0), Some(1), Some(1), Some(1), None]
        );
    }

    #[test]
    fn all_noise() {
        let m = circle(&[0.0, 90.0, 180.0, 270.0]);
        let f = fit(&m, &params(0.1, 2));
        assert!(f.labels.iter().all(Option::is_none));
    }

    #[test]
    fn duplicates_form_a_cluster() {
        let m = circle(&[42.0, 42.0, 42.0]);
        let f = fit(&m, &params(0.01, 3));
        assert_eq!(f.labels, vec![Some(0); 3]);
        assert_eq!(f.counts, vec![3; 3]);
    }

    #[test]
    fn border_points_join_but_do_not_extend() {
        // eps 1 - cos(8°), min 3: 6 and 12 are core; 0 and 19 are their borders;
        // 28 is 9° from 19, which is not core, so it stays noise.
        let eps = 1.0 - 8f32.to_radians().cos();
        let m = circle(&[0.0, 6.0, 12.0, 19.0, 28.0]);
        let f = fit(&m, &params(eps, 3));
        assert_eq!(f.labels, vec![Some(0), Some(0), Some(0), Some(0), None]);
        assert_eq!(f.counts, vec![2, 3, 3, 2, 1]);
    }

    #[test]
    fn zero_vectors_are_noise() {
        let mut m = circle(&[0.0, 1.0]);
        m.push(&[0.0, 0.0, 0.0]);
        let f = fit(&m, &params(0.1, 1));
        assert_eq!(f.labels, vec![Some(0), Some(0), None]);
    }

    /// Unit points around a few centres, so that clusters, borders and noise all occur.
    pub(crate) fn random_points() -> impl Strategy<Value = Vec<Vec<f32>>> {
        proptest::collection::vec(
            (0usize..4, proptest::collection::vec(-0.3f32..0.3, 6)),
            0..40,
        )
        .prop_map(|pts| {
            pts.into_iter()
                .map(|(c, jitter)| {
                    let mut v: Vec<f32> = (0..6).map(|k| if k == c { 1.0 } else { 0.0 }).collect();
                    for (x, j) in v.iter_mut().zip(jitter) {
                        *x += j;
                    }
                    normalize(&mut v);
                    v
                })
                .collect()
        })
    }

    fn matrix(rows: &[Vec<f32>]) -> Matrix {
        let mut m = Matrix::new(6);
        for r in rows {
            m.push(r);
        }
        m
    }

    proptest! {
        #[test]
        fn labels_do_not_depend_on_input_order(pts in random_points(), seed in any::<u64>()) {
            let p = params(0.1, 3);
            let a = fit(&matrix(&pts), &p);
            // A seeded permutation.
            let mut order: Vec<usize> = (0..pts.len()).collect();
            let mut s = seed | 1;
            for i in (1..order.len()).rev() {
                s ^= s << 13; s ^= s >> 7; s ^= s << 17;
                order.swap(i, (s % (i as u64 + 1)) as usize);
            }
            let shuffled: Vec<Vec<f32>> = order.iter().map(|&i| pts[i].clone()).collect();
            let b = fit(&matrix(&shuffled), &p);
            let mut back = vec![None; pts.len()];
            for (k, &i) in order.iter().enumerate() {
                back[i] = b.labels[k];
            }
            prop_assert_eq!(partition(&a.labels), partition(&back));
            prop_assert_eq!(a.clusters, b.clusters);
        }

        #[test]
        fn core_neighbours_share_the_cluster(pts in random_points()) {
            let p = params(0.1, 3);
            let m = matrix(&pts);
            let f = fit(&m, &p);
            for i in 0..m.len() {
                prop_assert_eq!(f.counts[i] as usize, m.range(m.row(i), p.min_dot()).len());
                if f.counts[i] >= 3 {
                    for j in m.range(m.row(i), p.min_dot()) {
                        if f.counts[j] >= 3 {
                            prop_assert_eq!(f.labels[i], f.labels[j]);
                        } else {
                            prop_assert!(f.labels[j].is_some());
                        }
                    }
                }
            }
        }
    }
}
