//! Memory-engine benchmarks at 10,000 memories, D = 256 (ARCHITECTURE.md §7).
//!
//! Vectors are synthetic and seeded, shaped like preference embeddings (PERFORMANCE.md):
//! 32 topics in 8 super-topics plus 15 % background noise, unit length. Embedding is a
//! table lookup here, so the figures are the memory engine's own cost.
//!
//! The bench also writes the vectors and its DBSCAN labels to
//! `$CARGO_TARGET_DIR/palate-bench/` (or `target/palate-bench/`) for
//! `tools/bench/dbscan_sklearn.py`, which times scikit-learn on the same data.

use std::hint::black_box;
use std::io::Write;
use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use palate::cluster::{fit, DbscanParams};
use palate::embed::Embed;
use palate::item::{Item, Kind, Polarity};
use palate::memory::{Evidence, Memory, Provenance};
use palate::preamble::Said;
use palate::profile::{Profile, ProfileParams};
use palate::signal::{Signal, SignalKind};
use palate::vector::{normalize, Matrix};

const N: usize = 10_000;
const D: usize = 256;
const TOPICS: usize = 32;
const SUPER: usize = 8;
const NOISE: f64 = 0.15;
/// PERFORMANCE.md's setting: cosine eps 0.30 (Euclidean 0.7746), min_samples 5.
const EPS: f32 = 0.30;
const MIN_SAMPLES: usize = 5;
const DAY: i64 = 86_400_000;

/// xorshift64* with Box-Muller: seeded, portable, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn unit(&mut self) -> f64 {
        ((self.next() >> 11) as f64 + 0.5) / (1u64 << 53) as f64
    }
    fn gauss(&mut self) -> f32 {
        let (u, v) = (self.unit(), self.unit());
        ((-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()) as f32
    }
    fn direction(&mut self) -> Vec<f32> {
        let mut v: Vec<f32> = (0..D).map(|_| self.gauss()).collect();
        normalize(&mut v);
        v
    }
}

fn mix(a: &[f32], b: &[f32], w: f32) -> Vec<f32> {
    let mut v: Vec<f32> = a.iter().zip(b).map(|(x, y)| x + w * y).collect();
    normalize(&mut v);
    v
}

/// Topic centres: each 0.8 of a random direction away from its super-topic's centre.
fn centres() -> Vec<Vec<f32>> {
    let mut rng = Rng(0x5eed_0001);
    let supers: Vec<Vec<f32>> = (0..SUPER).map(|_| rng.direction()).collect();
    (0..TOPICS)
        .map(|t| mix(&supers[t % SUPER], &rng.direction(), 0.8))
        .collect()
}

/// Point `i` of the data set: noise, or a topic centre plus 0.6 of a random direction
/// (same-topic cosines ≈ 0.73, same-super ≈ 0.45).
fn point(centres: &[Vec<f32>], i: u64) -> (Option<usize>, Vec<f32>) {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ i.wrapping_mul(0x1000_0000_01b3).wrapping_add(1));
    if rng.unit() < NOISE {
        return (None, rng.direction());
    }
    let t = (rng.next() % TOPICS as u64) as usize;
    (Some(t), mix(&centres[t], &rng.direction(), 0.6))
}

/// Topics are named "m{i}"; the embedder regenerates point `i` (a few µs, like the
/// real static model's 6 µs per phrase).
struct SynthEmbed {
    centres: Vec<Vec<f32>>,
}

impl Embed for SynthEmbed {
    fn model_id(&self) -> &str {
        "bench-synthetic-256"
    }
    fn dim(&self) -> usize {
        D
    }
    fn embed(&self, text: &str) -> Option<Vec<f32>> {
        let i: u64 = text.strip_prefix('m')?.parse().ok()?;
        Some(point(&self.centres, i).1)
    }
}

fn out_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target"));
    target.join("palate-bench")
}

fn matrix(centres: &[Vec<f32>]) -> Matrix {
    let mut m = Matrix::with_capacity(D, N);
    for i in 0..N as u64 {
        m.push(&point(centres, i).1);
    }
    m
}

/// Write the vectors (raw little-endian f32, row-major) and our labels for the
/// scikit-learn comparison.
fn export(m: &Matrix, labels: &[Option<u32>]) {
    let dir = out_dir();
    if std::fs::create_dir_all(&dir).is_err() {
        return;
    }
    let mut bytes = Vec::with_capacity(N * D * 4);
    for i in 0..m.len() {
        for x in m.row(i) {
            bytes.extend_from_slice(&x.to_le_bytes());
        }
    }
    let _ = std::fs::write(dir.join("vectors.f32"), bytes);
    let labels: Vec<i64> = labels.iter().map(|l| l.map_or(-1, |l| l as i64)).collect();
    let meta = serde_json::json!({
        "n": m.len(), "d": D, "eps_cosine": EPS, "min_samples": MIN_SAMPLES,
        "labels": labels,
    });
    if let Ok(mut f) = std::fs::File::create(dir.join("meta.json")) {
        let _ = f.write_all(meta.to_string().as_bytes());
    }
}

fn profile(centres: &[Vec<f32>]) -> Profile {
    let memories: Vec<Memory> = (0..N as u64)
        .map(|i| {
            let (_, v) = point(centres, i);
            let polarity = if i % 4 == 0 {
                Polarity::Dislike
            } else {
                Polarity::Like
            };
            let mut m = Memory::new(
                i + 1,
                &format!("m{i}"),
                Kind::Preference,
                polarity,
                Provenance::Learned,
                v,
            );
            m.evidence.push(Evidence {
                at: (i as i64 % 90) * DAY,
                sign: polarity.sign(),
                intensity: 0.8,
                signal_id: format!("s{i}"),
                revises: false,
                lasting: false,
            });
            m
        })
        .collect();
    let params = ProfileParams {
        dbscan: DbscanParams {
            eps: EPS,
            min_samples: MIN_SAMPLES,
        },
        ..Default::default()
    }
    .check()
    .expect("valid params");
    let mut p = Profile::from_parts(memories, Vec::new(), params);
    p.recluster(params.dbscan, 90 * DAY);
    p
}

fn signal(id: u64, topic: String, at: i64) -> Signal {
    Signal {
        id: format!("b{id}"),
        at,
        site: "chatgpt".into(),
        kind: SignalKind::Turn,
        text: String::new(),
        items: vec![Item {
            topic,
            polarity: Polarity::Like,
            kind: Kind::Preference,
            intensity: 0.8,
            quote: String::new(),
            revises: false,
            lasting: false,
        }],
        error: None,
        read_by: None,
    }
}

fn benches(c: &mut Criterion) {
    let centres = centres();
    let m = matrix(&centres);
    let dbscan = DbscanParams {
        eps: EPS,
        min_samples: MIN_SAMPLES,
    }
    .check()
    .expect("valid");
    let f = fit(&m, &dbscan);
    eprintln!(
        "data: {N} x {D}, {} clusters, {} noise points; vectors written to {}",
        f.clusters,
        f.labels.iter().filter(|l| l.is_none()).count(),
        out_dir().display()
    );
    export(&m, &f.labels);

    let q = point(&centres, 1_000_000).1;
    c.bench_function("kernel/top10_10k", |b| {
        b.iter(|| black_box(m.top_k(black_box(&q), 10)))
    });
    c.bench_function("kernel/range_query_10k", |b| {
        b.iter(|| black_box(m.range(black_box(&q), 1.0 - EPS)))
    });

    let embed = SynthEmbed {
        centres: centres.clone(),
    };
    let mut p = profile(&centres);
    let now = 91 * DAY;
    let settings = p.params().preamble;
    let draft = point(&centres, 2_000_000).1;
    c.bench_function("preamble/one_draft_10k", |b| {
        b.iter(|| {
            black_box(p.preamble(
                Some(black_box(&draft[..]).into()),
                None,
                now,
                &settings,
                &Said::default(),
            ))
        })
    });
    let mut next = N as u64 + 1_000_000;
    c.bench_function(
        "apply/new_memory_10k (merge check + incremental DBSCAN)",
        |b| {
            b.iter(|| {
                next += 1;
                let s = signal(next, format!("m{next}"), now);
                black_box(p.apply(&s, &embed, now))
            })
        },
    );
    let mut k = 0u64;
    c.bench_function(
        "apply/reinforce_10k (existing topic, cluster re-described)",
        |b| {
            b.iter(|| {
                k += 1;
                let s = signal(k, format!("m{}", k % N as u64), now);
                black_box(p.apply(&s, &embed, now))
            })
        },
    );
    c.bench_function(
        "apply/new_memory_after_reload_10k (first observe after a restart)",
        |b| {
            let ms: Vec<Memory> = p.memories().cloned().collect();
            let cs: Vec<_> = p.clusters().cloned().collect();
            let mut k = 0u64;
            b.iter_batched(
                || Profile::from_parts(ms.clone(), cs.clone(), *p.params()),
                |mut fresh| {
                    k += 1;
                    let s = signal(k, format!("m{}", 3_000_000 + k), now);
                    black_box(fresh.apply(&s, &embed, now));
                    fresh
                },
                BatchSize::LargeInput,
            )
        },
    );
    c.bench_function("profile/from_parts_10k (cold load)", |b| {
        let ms: Vec<Memory> = p.memories().cloned().collect();
        let cs: Vec<_> = p.clusters().cloned().collect();
        b.iter_batched(
            || (ms.clone(), cs.clone()),
            |(ms, cs)| black_box(Profile::from_parts(ms, cs, *p.params())),
            BatchSize::LargeInput,
        )
    });

    let mut g = c.benchmark_group("dbscan");
    g.sample_size(10);
    g.bench_function("full_10k_d256", |b| {
        b.iter(|| black_box(fit(black_box(&m), &dbscan)))
    });
    g.finish();
}

criterion_group!(memory, benches);
criterion_main!(memory);
