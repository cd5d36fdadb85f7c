//! Embedding speed: short preference phrases and a chat-sized draft, for the static
//! table (target ~1-2 µs per phrase) and the int8 transformer.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use palate::embed::{Embed, StaticModel, TransformerModel};

const TABLE: &[u8] = include_bytes!("../assets/minilm-l6-static-256.bin");

const PHRASES: [&str; 8] = [
    "very sweet desserts",
    "concise answers",
    "jazz music",
    "spicy food",
    "metric units",
    "I'd prefer Python code examples",
    "Crème brûlée, not tiramisu",
    "dark mode everywhere",
];

const DRAFT: &str = "Can you help me plan a three-day trip to Lisbon? I'm vegetarian, I love \
    jazz bars and old bookshops, and I'd rather walk than take taxis. Keep the answer short, \
    with a bullet list per day and prices in euros.";

/// The phrases and the draft through `embed`, as one criterion group.
fn group(c: &mut Criterion, name: &str, samples: usize, embed: impl Fn(&str) -> Option<Vec<f32>>) {
    let mut g = c.benchmark_group(name);
    g.sample_size(samples);
    g.throughput(Throughput::Elements(PHRASES.len() as u64));
    g.bench_function("short phrase (x8)", |b| {
        b.iter(|| {
            for p in PHRASES {
                black_box(embed(black_box(p)));
            }
        })
    });
    g.throughput(Throughput::Elements(1));
    g.bench_function("chat draft (250 chars)", |b| {
        b.iter(|| black_box(embed(black_box(DRAFT))))
    });
    g.finish();
}

fn bench(c: &mut Criterion) {
    let model = StaticModel::embedded();
    group(c, "embed", 100, |t| model.embed(t));
    // `compute`, past the model's cache, so every iteration runs the layers.
    let transformer = TransformerModel::from_source_tree().expect("the transformer asset loads");
    group(c, "transformer", 10, |t| transformer.compute(t));
    c.bench_function("parse the embedded table", |b| {
        b.iter(|| black_box(StaticModel::from_bytes(black_box(TABLE)).map(|m| m.rows())))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
