//! Exports for run.mjs: the shipped kernels (compiled from crate/src/vector.rs itself)
//! against a plain scalar loop, and their speed at 10,000 x 256.

#[path = "../../../../crate/src/vector.rs"]
#[allow(dead_code)]
mod vector;

use vector::{dot, dot4, dot4x2, Matrix};

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> f32 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        ((self.0 >> 40) as f32 / (1u64 << 24) as f32) * 2.0 - 1.0
    }
}

fn naive(a: &[f32], b: &[f32]) -> f32 {
    let mut s = 0.0;
    for i in 0..a.len() {
        s += a[i] * b[i];
    }
    s
}

/// Number of mismatches between the kernels and the scalar loop (0 is a pass).
#[no_mangle]
pub extern "C" fn check() -> u32 {
    let mut rng = Rng(0x1234_5678);
    let mut bad = 0;
    for n in [0usize, 1, 3, 4, 7, 8, 15, 16, 17, 31, 64, 100, 256, 257] {
        let v: Vec<Vec<f32>> = (0..6)
            .map(|_| (0..n).map(|_| rng.next()).collect())
            .collect();
        let close = |x: f32, y: f32| (x - y).abs() <= 1e-4 * (1.0 + y.abs());
        if !close(dot(&v[0], &v[1]), naive(&v[0], &v[1])) {
            bad += 1;
        }
        let rows = [&v[0][..], &v[1][..], &v[2][..], &v[3][..]];
        let d4 = dot4(rows, &v[4]);
        let d42 = dot4x2(rows, &v[4], &v[5]);
        for r in 0..4 {
            if !close(d4[r], naive(rows[r], &v[4])) {
                bad += 1;
            }
            if !close(d42[0][r], naive(rows[r], &v[4])) || !close(d42[1][r], naive(rows[r], &v[5]))
            {
                bad += 1;
            }
        }
    }
    bad
}

static mut DATA: Option<(Matrix, Vec<f32>)> = None;

/// Fill a 10,000 x 256 matrix of random unit vectors and a query.
#[no_mangle]
pub extern "C" fn setup() {
    let mut rng = Rng(42);
    let mut m = Matrix::with_capacity(256, 10_000);
    for _ in 0..10_000 {
        let mut v: Vec<f32> = (0..256).map(|_| rng.next()).collect();
        vector::normalize(&mut v);
        m.push(&v);
    }
    let mut q: Vec<f32> = (0..256).map(|_| rng.next()).collect();
    vector::normalize(&mut q);
    // SAFETY: single-threaded Wasm; run.mjs calls setup once before the others.
    unsafe { DATA = Some((m, q)) };
}

#[no_mangle]
pub extern "C" fn top10() -> u32 {
    // SAFETY: see `setup`.
    let (m, q) = unsafe { (*core::ptr::addr_of!(DATA)).as_ref().expect("setup first") };
    m.top_k(q, 10)[0].0 as u32
}

#[no_mangle]
pub extern "C" fn range() -> u32 {
    // SAFETY: see `setup`.
    let (m, q) = unsafe { (*core::ptr::addr_of!(DATA)).as_ref().expect("setup first") };
    m.range(q, 0.1).len() as u32
}
