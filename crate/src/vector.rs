//! Vector kernels on unit f32 vectors: dot products, a flat matrix of memory vectors,
//! range queries and top-k. Brute force with SIMD is the right index at Palate's sizes
//! (PERFORMANCE.md): trees were slower than a linear scan, and cosine breaks their pruning.
//!
//! Rust does not vectorize a plain `zip().map().sum()` (float addition order), so the
//! portable kernels keep several independent accumulators over fixed-width chunks, which
//! LLVM turns into SIMD on every target; the Wasm build (`+simd128`) uses hand-written
//! `f32x4` intrinsics, about 1.4x faster again.

#[cfg_attr(
    all(target_arch = "wasm32", target_feature = "simd128"),
    allow(dead_code)
)]
/// Floats per step of the portable kernels: 16 independent accumulators (4 SSE / 2 AVX lanes).
const CHUNK: usize = 16;

use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// Dot product. Equals the cosine similarity when both vectors have unit length.
/// Vectors of different lengths are compared over the shorter one.
#[inline]
pub fn dot(a: &[f32], b: &[f32]) -> f32 {
    let n = a.len().min(b.len());
    let (a, b) = (&a[..n], &b[..n]);
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    {
        simd::dot(a, b)
    }
    #[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
    {
        portable::dot(a, b)
    }
}

/// Cosine similarity of any two vectors (0 when either is zero).
pub fn cosine(a: &[f32], b: &[f32]) -> f32 {
    let (na, nb) = (dot(a, a).sqrt(), dot(b, b).sqrt());
    if na == 0.0 || nb == 0.0 {
        return 0.0;
    }
    (dot(a, b) / (na * nb)).clamp(-1.0, 1.0)
}

/// Scale `v` to unit length in place. Returns false (leaving `v` unchanged) when it is
/// zero or not finite.
pub fn normalize(v: &mut [f32]) -> bool {
    let norm = dot(v, v).sqrt();
    if !norm.is_finite() || norm == 0.0 {
        return false;
    }
    for x in v.iter_mut() {
        *x /= norm;
    }
    true
}

/// Four dot products of `b` against `a[0..4]` in one pass over `b`: the blocked kernel
/// of the full pairwise pass (each load of `b` is used four times).
#[inline]
pub fn dot4(a: [&[f32]; 4], b: &[f32]) -> [f32; 4] {
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    {
        simd::dot4(a, b)
    }
    #[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
    {
        portable::dot4(a, b)
    }
}

/// Eight dot products: rows `a[0..4]` against `b0` and `b1` (`[b][row]`). The 4x2
/// register tile of the full pairwise pass: six loads feed eight multiply-adds.
#[inline]
pub fn dot4x2(a: [&[f32]; 4], b0: &[f32], b1: &[f32]) -> [[f32; 4]; 2] {
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    {
        simd::dot4x2(a, b0, b1)
    }
    #[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
    {
        portable::dot4x2(a, b0, b1)
    }
}

/// The 4x2 tile with AVX2 and FMA, for native builds on CPUs that have them (the
/// caller checks with `is_x86_feature_detected!`).
///
/// # Safety
/// The CPU must support `avx2` and `fma`.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
pub unsafe fn dot4x2_avx2(a: [&[f32]; 4], b0: &[f32], b1: &[f32]) -> [[f32; 4]; 2] {
    use core::arch::x86_64::*;
    let n = b0.len().min(b1.len());
    let a = a.map(|r| &r[..n]);
    let full = n / 8 * 8;
    let mut acc = [[_mm256_setzero_ps(); 4]; 2];
    let mut k = 0;
    while k < full {
        // SAFETY: k + 8 <= n for every slice read here.
        let y0 = _mm256_loadu_ps(b0.as_ptr().add(k));
        let y1 = _mm256_loadu_ps(b1.as_ptr().add(k));
        for r in 0..4 {
            let x = _mm256_loadu_ps(a[r].as_ptr().add(k));
            acc[0][r] = _mm256_fmadd_ps(x, y0, acc[0][r]);
            acc[1][r] = _mm256_fmadd_ps(x, y1, acc[1][r]);
        }
        k += 8;
    }
    let mut out = [[0f32; 4]; 2];
    for c in 0..2 {
        for r in 0..4 {
            let v = acc[c][r];
            let s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
            let s = _mm_add_ps(s, _mm_movehl_ps(s, s));
            let s = _mm_add_ss(s, _mm_shuffle_ps(s, s, 1));
            out[c][r] = _mm_cvtss_f32(s);
        }
    }
    let bs = [b0, b1];
    for kk in full..n {
        for c in 0..2 {
            for r in 0..4 {
                out[c][r] += a[r][kk] * bs[c][kk];
            }
        }
    }
    out
}

/// `q`'s dot product with each int8 row of `codes` (`dim` per row), unscaled, into
/// `out`: the scan of [`Matrix::bounds_into`], a quarter of the float rows' bytes.
///
/// # Safety
/// The CPU must support `avx2` and `fma`.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn dots_i8_avx2(codes: &[i8], dim: usize, q: &[f32], out: &mut Vec<f32>) {
    use core::arch::x86_64::*;
    let q = &q[..dim];
    let full = dim / 16 * 16;
    for row in codes.chunks_exact(dim) {
        let mut acc = [_mm256_setzero_ps(); 2];
        let mut k = 0;
        while k < full {
            // SAFETY: k + 16 <= dim for the 16 codes and the 16 floats read here.
            let c = _mm_loadu_si128(row.as_ptr().add(k) as *const __m128i);
            let lo = _mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(c));
            let hi = _mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(_mm_srli_si128(c, 8)));
            acc[0] = _mm256_fmadd_ps(lo, _mm256_loadu_ps(q.as_ptr().add(k)), acc[0]);
            acc[1] = _mm256_fmadd_ps(hi, _mm256_loadu_ps(q.as_ptr().add(k + 8)), acc[1]);
            k += 16;
        }
        let v = _mm256_add_ps(acc[0], acc[1]);
        let s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
        let s = _mm_add_ps(s, _mm_movehl_ps(s, s));
        let s = _mm_add_ss(s, _mm_shuffle_ps(s, s, 1));
        let mut sum = _mm_cvtss_f32(s);
        for kk in full..dim {
            sum += f32::from(row[kk]) * q[kk];
        }
        out.push(sum);
    }
}

/// Whether [`dots_i8_avx2`] can run here: the int8 copy of a [`Matrix`] is kept only
/// where it can (a Wasm build keeps the floats alone).
fn int8_scan() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::is_x86_feature_detected!("avx2") && std::is_x86_feature_detected!("fma")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

#[cfg_attr(
    all(target_arch = "wasm32", target_feature = "simd128"),
    allow(dead_code)
)]
mod portable {
    use super::CHUNK;

    #[inline(always)]
    pub fn dot(a: &[f32], b: &[f32]) -> f32 {
        let mut acc = [0f32; CHUNK];
        let (ca, cb) = (a.chunks_exact(CHUNK), b.chunks_exact(CHUNK));
        let (ta, tb) = (ca.remainder(), cb.remainder());
        for (x, y) in ca.zip(cb) {
            for i in 0..CHUNK {
                acc[i] += x[i] * y[i];
            }
        }
        let mut s = acc.iter().sum::<f32>();
        for (x, y) in ta.iter().zip(tb) {
            s += x * y;
        }
        s
    }

    /// 8-wide accumulators per row: 4 rows x 2 vectors of 4 stay in registers.
    #[inline(always)]
    pub fn dot4(a: [&[f32]; 4], b: &[f32]) -> [f32; 4] {
        const W: usize = 8;
        let n = b.len();
        let a = a.map(|r| &r[..n]);
        let mut acc = [[0f32; W]; 4];
        let full = n / W * W;
        let mut k = 0;
        while k < full {
            let y = &b[k..k + W];
            for r in 0..4 {
                let x = &a[r][k..k + W];
                for i in 0..W {
                    acc[r][i] += x[i] * y[i];
                }
            }
            k += W;
        }
        let mut out = acc.map(|v| v.iter().sum::<f32>());
        for k in full..n {
            for r in 0..4 {
                out[r] += a[r][k] * b[k];
            }
        }
        out
    }

    /// 4-wide accumulators for 4 rows x 2 columns: 8 vectors of 4 in registers.
    #[inline(always)]
    pub fn dot4x2(a: [&[f32]; 4], b0: &[f32], b1: &[f32]) -> [[f32; 4]; 2] {
        const W: usize = 4;
        let n = b0.len().min(b1.len());
        let a = a.map(|r| &r[..n]);
        let bs = [&b0[..n], &b1[..n]];
        let mut acc = [[[0f32; W]; 4]; 2];
        let full = n / W * W;
        let mut k = 0;
        while k < full {
            for c in 0..2 {
                let y = &bs[c][k..k + W];
                for r in 0..4 {
                    let x = &a[r][k..k + W];
                    for i in 0..W {
                        acc[c][r][i] += x[i] * y[i];
                    }
                }
            }
            k += W;
        }
        let mut out = acc.map(|c| c.map(|v| v.iter().sum::<f32>()));
        for kk in full..n {
            for c in 0..2 {
                for r in 0..4 {
                    out[c][r] += a[r][kk] * bs[c][kk];
                }
            }
        }
        out
    }
}

#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
mod simd {
    use core::arch::wasm32::*;

    #[inline(always)]
    fn load(s: &[f32], i: usize) -> v128 {
        debug_assert!(i + 4 <= s.len());
        // SAFETY: `i + 4 <= s.len()` at every call site; Wasm loads need no alignment.
        unsafe { v128_load(s.as_ptr().add(i) as *const v128) }
    }

    #[inline(always)]
    fn sum(v: v128) -> f32 {
        f32x4_extract_lane::<0>(v)
            + f32x4_extract_lane::<1>(v)
            + f32x4_extract_lane::<2>(v)
            + f32x4_extract_lane::<3>(v)
    }

    #[inline(always)]
    pub fn dot(a: &[f32], b: &[f32]) -> f32 {
        let n = a.len().min(b.len());
        let full = n / 16 * 16;
        let (mut s0, mut s1, mut s2, mut s3) = (
            f32x4_splat(0.0),
            f32x4_splat(0.0),
            f32x4_splat(0.0),
            f32x4_splat(0.0),
        );
        let mut i = 0;
        while i < full {
            s0 = f32x4_add(s0, f32x4_mul(load(a, i), load(b, i)));
            s1 = f32x4_add(s1, f32x4_mul(load(a, i + 4), load(b, i + 4)));
            s2 = f32x4_add(s2, f32x4_mul(load(a, i + 8), load(b, i + 8)));
            s3 = f32x4_add(s3, f32x4_mul(load(a, i + 12), load(b, i + 12)));
            i += 16;
        }
        let mut s = sum(f32x4_add(f32x4_add(s0, s1), f32x4_add(s2, s3)));
        while i < n {
            s += a[i] * b[i];
            i += 1;
        }
        s
    }

    #[inline(always)]
    pub fn dot4(a: [&[f32]; 4], b: &[f32]) -> [f32; 4] {
        let n = b.len();
        let a = a.map(|r| &r[..n]);
        let full = n / 8 * 8;
        let z = f32x4_splat(0.0);
        let mut acc = [[z; 2]; 4];
        let mut k = 0;
        while k < full {
            let (y0, y1) = (load(b, k), load(b, k + 4));
            for r in 0..4 {
                acc[r][0] = f32x4_add(acc[r][0], f32x4_mul(load(a[r], k), y0));
                acc[r][1] = f32x4_add(acc[r][1], f32x4_mul(load(a[r], k + 4), y1));
            }
            k += 8;
        }
        let mut out = acc.map(|v| sum(f32x4_add(v[0], v[1])));
        while k < n {
            for r in 0..4 {
                out[r] += a[r][k] * b[k];
            }
            k += 1;
        }
        out
    }

    #[inline(always)]
    pub fn dot4x2(a: [&[f32]; 4], b0: &[f32], b1: &[f32]) -> [[f32; 4]; 2] {
        let n = b0.len().min(b1.len());
        let a = a.map(|r| &r[..n]);
        let full = n / 4 * 4;
        let z = f32x4_splat(0.0);
        let mut acc = [[z; 4]; 2];
        let mut k = 0;
        while k < full {
            let (y0, y1) = (load(b0, k), load(b1, k));
            for r in 0..4 {
                let x = load(a[r], k);
                acc[0][r] = f32x4_add(acc[0][r], f32x4_mul(x, y0));
                acc[1][r] = f32x4_add(acc[1][r], f32x4_mul(x, y1));
            }
            k += 4;
        }
        let mut out = acc.map(|c| c.map(sum));
        let bs = [b0, b1];
        while k < n {
            for c in 0..2 {
                for r in 0..4 {
                    out[c][r] += a[r][k] * bs[c][k];
                }
            }
            k += 1;
        }
        out
    }
}

/// Row-major vectors of one dimension: the memory vectors, scanned by brute force.
/// A matrix of dimension 0 still counts its rows (all empty, similar to nothing): a
/// profile whose memories have no embedding yet keeps its rows in step.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Matrix {
    dim: usize,
    rows: usize,
    data: Vec<f32>,
    /// The rows in int8, where a kernel reads them faster than the floats
    /// ([`Matrix::bounds_into`]); `None` elsewhere.
    int8: Option<Int8>,
}

/// Each row as `scale × code` with codes in -127..=127 (`scale` = the row's largest
/// magnitude / 127): every element within `scale / 2` of the float, so a dot product
/// with `q` read from the codes is within `scale × |q|₁ / 2` of the exact one.
#[derive(Debug, Clone, Default, PartialEq)]
struct Int8 {
    codes: Vec<i8>,
    /// Per row; infinite for a row that is not finite (its bound is then unbounded).
    scales: Vec<f32>,
}

impl Int8 {
    fn encode(v: &[f32], codes: &mut [i8]) -> f32 {
        let max = v.iter().fold(0f32, |m, x| m.max(x.abs()));
        if !v.iter().all(|x| x.is_finite()) {
            codes.fill(0);
            return f32::INFINITY;
        }
        if max == 0.0 {
            codes.fill(0);
            return 0.0;
        }
        let scale = max / 127.0;
        for (c, x) in codes.iter_mut().zip(v) {
            *c = (x / scale).round().clamp(-127.0, 127.0) as i8;
        }
        scale
    }
}

impl Matrix {
    pub fn new(dim: usize) -> Self {
        Self::with_capacity(dim, 0)
    }

    pub fn with_capacity(dim: usize, rows: usize) -> Self {
        Self {
            dim,
            rows: 0,
            data: Vec::with_capacity(dim * rows),
            int8: int8_scan().then(|| Int8 {
                codes: Vec::with_capacity(dim * rows),
                scales: Vec::with_capacity(rows),
            }),
        }
    }

    pub fn dim(&self) -> usize {
        self.dim
    }

    pub fn len(&self) -> usize {
        self.rows
    }

    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    /// Append a row; a vector of the wrong length is stored as zeros (it then matches
    /// nothing, since every similarity threshold is positive). Returns its index.
    pub fn push(&mut self, v: &[f32]) -> usize {
        let i = self.rows;
        self.rows += 1;
        if v.len() == self.dim {
            self.data.extend_from_slice(v);
        } else {
            self.data.resize(self.data.len() + self.dim, 0.0);
        }
        if let Some(q) = &mut self.int8 {
            q.codes.resize(q.codes.len() + self.dim, 0);
            q.scales.push(0.0);
        }
        self.encode(i);
        i
    }

    /// Refresh row `i`'s int8 copy from its floats.
    fn encode(&mut self, i: usize) {
        if let Some(q) = &mut self.int8 {
            let span = i * self.dim..(i + 1) * self.dim;
            q.scales[i] = Int8::encode(&self.data[span.clone()], &mut q.codes[span]);
        }
    }

    /// Replace row `i` (zeros when `v` has the wrong length).
    pub fn set_row(&mut self, i: usize, v: &[f32]) {
        let row = &mut self.data[i * self.dim..(i + 1) * self.dim];
        if v.len() == row.len() {
            row.copy_from_slice(v);
        } else {
            row.fill(0.0);
        }
        self.encode(i);
    }

    /// Remove row `i`, moving the last row into its place (like `Vec::swap_remove`).
    pub fn swap_remove(&mut self, i: usize) {
        let last = self.len() - 1;
        if i != last {
            let (head, tail) = self.data.split_at_mut(last * self.dim);
            head[i * self.dim..(i + 1) * self.dim].copy_from_slice(tail);
        }
        self.data.truncate(last * self.dim);
        self.rows = last;
        if let Some(q) = &mut self.int8 {
            q.codes.truncate(last * self.dim);
            q.scales.truncate(last);
            if i != last {
                self.encode(i);
            }
        }
    }

    #[inline]
    pub fn row(&self, i: usize) -> &[f32] {
        &self.data[i * self.dim..(i + 1) * self.dim]
    }

    /// Dot product of `q` with every row, into `out` (cleared first).
    pub fn dots_into(&self, q: &[f32], out: &mut Vec<f32>) {
        out.clear();
        if self.dim == 0 {
            out.resize(self.rows, 0.0);
            return;
        }
        out.extend(self.data.chunks_exact(self.dim).map(|r| dot(r, q)));
    }

    /// An upper bound of `q`'s dot product with every row, into `out` (cleared first),
    /// read from the int8 rows where this build keeps them: at most about
    /// `scale × |q|₁` above the exact one (0.01–0.02 for unit vectors of 256), for a
    /// quarter of the bytes streamed. Returns whether they are the exact dot products
    /// ([`Matrix::dots_into`]) instead. [`Matrix::nearest`] turns them into exact order.
    pub fn bounds_into(&self, q: &[f32], out: &mut Vec<f32>) -> bool {
        #[cfg(target_arch = "x86_64")]
        if let Some(int8) = self
            .int8
            .as_ref()
            .filter(|_| q.len() == self.dim && self.dim > 0)
        {
            out.clear();
            // SAFETY: `int8` is kept only where `int8_scan()` found avx2 and fma.
            unsafe { dots_i8_avx2(&int8.codes, self.dim, q, out) };
            // Each element's rounding error (scale / 2) times |q|₁, with a hundredth
            // more for the float sums' own rounding and an absolute margin for the
            // exact dot product's.
            let half_l1 = 0.5 * q.iter().map(|x| x.abs()).sum::<f32>() * 1.01;
            for (d, &scale) in out.iter_mut().zip(&int8.scales) {
                *d = if scale.is_finite() {
                    scale * *d + scale * half_l1 + 1e-4
                } else {
                    f32::INFINITY
                };
            }
            return false;
        }
        self.dots_into(q, out);
        true
    }

    /// `rows` (an upper bound of the dot product with `q`, row) in the order of their
    /// exact dot product, best first (ties: lower row first), leaving out those under
    /// `floor`. `exact` says the bounds are the dot products already. A row's exact
    /// dot product is computed only when its bound reaches the top, so a caller that
    /// stops after a few hundred of thousands of rows computes a few hundred.
    pub fn nearest<'a>(
        &'a self,
        q: &'a [f32],
        rows: Vec<(f32, usize)>,
        exact: bool,
        floor: f32,
    ) -> impl Iterator<Item = (f32, usize)> + 'a {
        let mut heap: BinaryHeap<Bound> = rows
            .into_iter()
            .filter(|&(bound, _)| bound >= floor)
            .map(|(key, row)| Bound { key, exact, row })
            .collect();
        std::iter::from_fn(move || loop {
            let top = heap.pop()?;
            if top.exact {
                return Some((top.key, top.row));
            }
            let key = dot(self.row(top.row), q);
            if key >= floor {
                heap.push(Bound {
                    key,
                    exact: true,
                    row: top.row,
                });
            }
        })
    }

    /// Indices of the rows whose dot product with `q` is at least `min_dot`, ascending.
    pub fn range(&self, q: &[f32], min_dot: f32) -> Vec<usize> {
        if self.dim == 0 {
            return Vec::new();
        }
        self.data
            .chunks_exact(self.dim)
            .enumerate()
            .filter(|(_, r)| dot(r, q) >= min_dot)
            .map(|(i, _)| i)
            .collect()
    }

    /// The `k` rows most similar to `q`, best first (ties: lower index first).
    pub fn top_k(&self, q: &[f32], k: usize) -> Vec<(usize, f32)> {
        if k == 0 || self.dim == 0 {
            return Vec::new();
        }
        // A small sorted buffer beats a heap for the k of a preamble (a handful).
        let mut best: Vec<(usize, f32)> = Vec::with_capacity(k + 1);
        for (i, r) in self.data.chunks_exact(self.dim).enumerate() {
            let s = dot(r, q);
            if best.len() == k && s <= best[k - 1].1 {
                continue;
            }
            let at = best.partition_point(|&(_, b)| b >= s);
            best.insert(at, (i, s));
            best.truncate(k);
        }
        best
    }
}

/// A row in [`Matrix::nearest`]'s heap: greatest key first; at a tie, a bound before
/// an exact value (its exact value may tie too, at a lower row), then the lower row.
#[derive(Debug, PartialEq)]
struct Bound {
    key: f32,
    exact: bool,
    row: usize,
}

impl Eq for Bound {}

impl Ord for Bound {
    fn cmp(&self, other: &Self) -> Ordering {
        self.key
            .total_cmp(&other.key)
            .then(other.exact.cmp(&self.exact))
            .then(other.row.cmp(&self.row))
    }
}

impl PartialOrd for Bound {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn naive(a: &[f32], b: &[f32]) -> f32 {
        a.iter().zip(b).map(|(x, y)| x * y).sum()
    }

    proptest! {
        #[test]
        fn dot_matches_the_naive_sum(v in proptest::collection::vec((-1f32..1.0, -1f32..1.0), 0..300)) {
            let (a, b): (Vec<f32>, Vec<f32>) = v.into_iter().unzip();
            prop_assert!((dot(&a, &b) - naive(&a, &b)).abs() < 1e-3);
        }

        #[test]
        fn dot4_matches_four_dots(v in proptest::collection::vec((-1f32..1.0, -1f32..1.0), 0..300)) {
            let (a, b): (Vec<f32>, Vec<f32>) = v.into_iter().unzip();
            let r: Vec<f32> = a.iter().rev().copied().collect();
            let got = dot4([&a, &b, &r, &a], &b);
            let want = [naive(&a, &b), naive(&b, &b), naive(&r, &b), naive(&a, &b)];
            for (g, w) in got.iter().zip(want) {
                prop_assert!((g - w).abs() < 1e-3);
            }
        }
    }

    proptest! {
        #[test]
        fn dot4x2_matches_eight_dots(v in proptest::collection::vec((-1f32..1.0, -1f32..1.0), 0..300)) {
            let (a, b): (Vec<f32>, Vec<f32>) = v.into_iter().unzip();
            let r: Vec<f32> = a.iter().rev().copied().collect();
            let rows = [&a[..], &b[..], &r[..], &a[..]];
            let want: Vec<[f32; 4]> = [&b, &r].iter().map(|c| rows.map(|x| naive(x, c))).collect();
            let mut gots = vec![dot4x2(rows, &b, &r)];
            #[cfg(target_arch = "x86_64")]
            if std::is_x86_feature_detected!("avx2") && std::is_x86_feature_detected!("fma") {
                // SAFETY: checked just above.
                gots.push(unsafe { dot4x2_avx2(rows, &b, &r) });
            }
            for got in gots {
                for c in 0..2 {
                    for k in 0..4 {
                        prop_assert!((got[c][k] - want[c][k]).abs() < 1e-3);
                    }
                }
            }
        }
    }

    /// Unit rows of 256 from a seeded generator, the last ones zero and wrong-length.
    fn unit_rows(seed: u64, n: usize) -> Matrix {
        let mut x = seed | 1;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % 2001) as f32 / 1000.0 - 1.0
        };
        let mut m = Matrix::new(256);
        for _ in 0..n {
            let mut v: Vec<f32> = (0..256).map(|_| next().powi(3)).collect();
            normalize(&mut v);
            m.push(&v);
        }
        m.push(&[0.0; 256]);
        m.push(&[1.0]);
        m
    }

    #[test]
    fn bounds_are_upper_bounds_and_nearest_gives_exact_order() {
        let mut m = unit_rows(7, 600);
        // Rows moved and replaced keep their int8 copy in step.
        m.swap_remove(3);
        let mut v = m.row(10).to_vec();
        v.reverse();
        m.set_row(20, &v);
        let q = m.row(10).to_vec();
        let (mut bounds, mut dots) = (Vec::new(), Vec::new());
        let exact = m.bounds_into(&q, &mut bounds);
        m.dots_into(&q, &mut dots);
        assert_eq!(exact, !int8_scan());
        let mut slack = 0f32;
        for (b, d) in bounds.iter().zip(&dots) {
            assert!(b >= d, "{b} < {d}");
            slack = slack.max(b - d);
        }
        assert!(slack < 0.05, "{slack}");
        let mut want: Vec<(f32, usize)> = dots.iter().copied().zip(0..).collect();
        want.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        for floor in [f32::NEG_INFINITY, 0.0, 0.05] {
            let rows = bounds.iter().copied().zip(0..).collect();
            let got: Vec<(f32, usize)> = m.nearest(&q, rows, exact, floor).collect();
            let kept: Vec<(f32, usize)> = want.iter().copied().filter(|w| w.0 >= floor).collect();
            assert_eq!(got, kept);
        }
        // Bounds far above the exact values still give the exact order.
        let rows = vec![(0.9, 5), (dots[7], 7), (0.9, 2)];
        let got: Vec<usize> = m
            .nearest(&q, rows, false, f32::NEG_INFINITY)
            .map(|g| g.1)
            .collect();
        let mut want = [(dots[5], 5), (dots[7], 7), (dots[2], 2)];
        want.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        assert_eq!(got, want.iter().map(|w| w.1).collect::<Vec<_>>());
        assert_eq!(m.nearest(&q, Vec::new(), exact, 0.0).count(), 0);
    }

    #[test]
    fn normalize_makes_unit_vectors_and_refuses_zero() {
        let mut v = vec![3.0, 4.0];
        assert!(normalize(&mut v));
        assert!((dot(&v, &v) - 1.0).abs() < 1e-6);
        let mut z = vec![0.0; 3];
        assert!(!normalize(&mut z));
        assert_eq!(cosine(&z, &v), 0.0);
    }

    #[test]
    fn range_and_top_k_find_the_right_rows() {
        let mut m = Matrix::new(2);
        for v in [[1.0, 0.0], [0.0, 1.0], [0.8, 0.6], [-1.0, 0.0]] {
            m.push(&v);
        }
        m.push(&[1.0]); // wrong length: zeros
        assert_eq!(m.len(), 5);
        assert_eq!(m.range(&[1.0, 0.0], 0.5), vec![0, 2]);
        let top = m.top_k(&[1.0, 0.0], 2);
        assert_eq!(top.iter().map(|t| t.0).collect::<Vec<_>>(), vec![0, 2]);
        assert_eq!(m.top_k(&[1.0, 0.0], 0), vec![]);
        assert_eq!(m.top_k(&[1.0, 0.0], 10).len(), 5);
        m.set_row(0, &[0.0, -1.0]);
        assert_eq!(m.range(&[1.0, 0.0], 0.5), vec![2]);
        m.swap_remove(1);
        assert_eq!(m.len(), 4);
        assert_eq!(m.row(1), &[0.0, 0.0]);
        m.swap_remove(3);
        assert_eq!(m.len(), 3);
        assert_eq!(m.row(2), &[0.8, 0.6]);
        let mut z = Matrix::new(0);
        z.push(&[1.0]);
        z.push(&[]);
        assert_eq!(z.len(), 2);
        assert!(z.range(&[], 0.1).is_empty());
        z.swap_remove(0);
        assert_eq!(z.len(), 1);
    }
}
