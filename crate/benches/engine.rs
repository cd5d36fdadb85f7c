//! The whole pipeline on real text, natively: the built-in extractor, the embedded
//! model and the profile over the in-memory store, at 10,000 memories.
//!
//! Run: `cargo bench -p palate --bench engine` (or `./build.sh bench`).

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use palate::embed::StaticModel;
use palate::store::MemoryStore;
use palate::{Engine, Turn};

const TARGET: usize = 10_000;

const ADJECTIVES: &[&str] = &[
    "spicy", "sweet", "salty", "quiet", "loud", "vintage", "modern", "minimalist", "colorful", "dark",
    "light", "fresh", "frozen", "homemade", "organic", "cheap", "expensive", "wooden", "metal", "plastic",
    "electric", "acoustic", "classical", "experimental", "slow", "fast", "long", "short", "crispy", "creamy",
    "bitter", "sour", "smoky", "fruity", "floral", "rustic", "urban", "coastal", "mountain", "desert",
    "tropical", "nordic", "italian", "japanese", "mexican", "indian", "french", "greek", "korean", "thai",
    "chinese", "spanish", "german", "british", "american", "african", "peruvian", "turkish", "vietnamese", "lebanese",
    "mechanical", "wireless", "portable", "heavy", "tiny", "giant", "retro", "digital", "analog", "handmade",
    "open", "closed", "crowded", "empty", "noisy", "calm", "bright", "dim", "warm", "cold",
    "rainy", "sunny", "snowy", "windy", "early", "late", "morning", "evening", "weekend", "daily",
    "competitive", "casual", "formal", "outdoor", "indoor", "solo", "group", "family", "budget", "luxury",
    "historic", "futuristic", "animated", "documentary", "romantic", "horror", "comedy", "fantasy", "mystery", "political",
];

const NOUNS: &[&str] = &[
    "ramen", "desserts", "keyboards", "music", "jazz", "furniture", "coffee", "tea", "chocolate", "cheese",
    "bread", "pasta", "curry", "salads", "soups", "burgers", "pizza", "sushi", "tacos", "noodles",
    "hotels", "beaches", "museums", "hikes", "trains", "flights", "cruises", "road trips", "campsites", "cities",
    "novels", "podcasts", "films", "series", "games", "puzzles", "sports", "football", "tennis", "running",
    "yoga", "cycling", "swimming", "gardens", "flowers", "plants", "dogs", "cats", "birds", "horses",
    "cars", "bikes", "boats", "watches", "shoes", "jackets", "dresses", "jeans", "hats", "bags",
    "phones", "laptops", "cameras", "headphones", "speakers", "monitors", "chairs", "desks", "lamps", "rugs",
    "paintings", "sculptures", "concerts", "festivals", "parties", "restaurants", "cafes", "bars", "markets", "shops",
    "wine", "beer", "cocktails", "juice", "smoothies", "pastries", "cakes", "cookies", "ice cream", "candy",
    "fonts", "colors", "patterns", "fabrics", "perfumes", "candles", "soaps", "toys", "board games", "comics",
    "apartments", "houses", "cabins", "offices", "schools", "courses", "lectures", "workshops", "tutorials", "newsletters",
];

/// An engine holding at least `TARGET` memories learned from real sentences.
fn seeded() -> (Engine<MemoryStore>, i64) {
    let mut engine = pollster::block_on(Engine::open(MemoryStore::new(), StaticModel::embedded())).unwrap();
    let mut at = 0;
    'fill: for noun in NOUNS {
        for adjective in ADJECTIVES {
            let text = format!("I really like {adjective} {noun}.");
            at += 1_000;
            let turn = Turn { id: format!("seed-{at}"), site: "bench".into(), text };
            pollster::block_on(engine.observe(turn, at)).unwrap();
            if engine.profile().memories().count() >= TARGET {
                break 'fill;
            }
        }
    }
    (engine, at)
}

fn bench(c: &mut Criterion) {
    let (mut engine, start) = seeded();
    let at = std::cell::Cell::new(start);
    let memories = engine.profile().memories().count();
    eprintln!("engine bench: {memories} memories, {} clusters", engine.profile().clusters().count());

    let mut g = c.benchmark_group(format!("engine_{memories}"));
    g.sample_size(30);
    let mut n = 0u64;
    g.bench_function("observe a new preference (extract, embed, merge, cluster, commit)", |b| {
        b.iter_batched(
            || {
                n += 1;
                at.set(at.get() + 1);
                Turn { id: format!("new-{n}"), site: "bench".into(), text: format!("I can't stand overcooked vegetable number {n} at dinner.") }
            },
            |turn| pollster::block_on(engine.observe(turn, at.get())).unwrap(),
            BatchSize::SmallInput,
        )
    });
    g.bench_function("observe a turn with no preference", |b| {
        b.iter_batched(
            || {
                n += 1;
                Turn { id: format!("plain-{n}"), site: "bench".into(), text: "Can you summarise this article about the history of trains in two paragraphs?".into() }
            },
            |turn| pollster::block_on(engine.observe(turn, at.get())).unwrap(),
            BatchSize::SmallInput,
        )
    });
    g.bench_function("preamble for a draft", |b| {
        b.iter(|| black_box(pollster::block_on(engine.preamble(black_box("Any ideas for a cozy dinner with spicy ramen this weekend?"), at.get()))))
    });
    g.bench_function("review (popup)", |b| b.iter(|| black_box(engine.review(at.get()))));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
