//! Embedding speed: short preference phrases and a chat-sized draft (target ~1-2 µs per phrase).

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use palate::embed::{Embed, StaticModel};

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

fn bench(c: &mut Criterion) {
    let model = StaticModel::embedded();
    let mut g = c.benchmark_group("embed");
    g.throughput(Throughput::Elements(PHRASES.len() as u64));
    g.bench_function("short phrase (x8)", |b| {
        b.iter(|| {
            for p in PHRASES {
                black_box(model.embed(black_box(p)));
            }
        })
    });
    g.throughput(Throughput::Elements(1));
    g.bench_function("chat draft (250 chars)", |b| {
        b.iter(|| black_box(model.embed(black_box(DRAFT))))
    });
    g.finish();
    c.bench_function("parse the embedded table", |b| {
        b.iter(|| black_box(StaticModel::from_bytes(black_box(TABLE)).map(|m| m.rows())))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
