//! The whole pipeline on real text, natively: the built-in extractor, the embedded
//! model and the profile over the in-memory store, at 10,000 memories.
//!
//! Run: `cargo bench -p palate --bench engine` (or `./build.sh bench`).

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion};
use palate::embed::StaticModel;
use palate::store::{Changes, MemoryStore, Store};
use palate::{Engine, Turn};

const TARGET: usize = 10_000;

const ADJECTIVES: &[&str] = &[
    "spicy",
    "sweet",
    "salty",
    "quiet",
    "loud",
    "vintage",
    "modern",
    "minimalist",
    "colorful",
    "dark",
    "light",
    "fresh",
    "frozen",
    "homemade",
    "organic",
    "cheap",
    "expensive",
    "wooden",
    "metal",
    "plastic",
    "electric",
    "acoustic",
    "classical",
    "experimental",
    "slow",
    "fast",
    "long",
    "short",
    "crispy",
    "creamy",
    "bitter",
    "sour",
    "smoky",
    "fruity",
    "floral",
    "rustic",
    "urban",
    "coastal",
    "mountain",
    "desert",
    "tropical",
    "nordic",
    "italian",
    "japanese",
    "mexican",
    "indian",
    "french",
    "greek",
    "korean",
    "thai",
    "chinese",
    "spanish",
    "german",
    "british",
    "american",
    "african",
    "peruvian",
    "turkish",
    "vietnamese",
    "lebanese",
    "mechanical",
    "wireless",
    "portable",
    "heavy",
    "tiny",
    "giant",
    "retro",
    "digital",
    "analog",
    "handmade",
    "open",
    "closed",
    "crowded",
    "empty",
    "noisy",
    "calm",
    "bright",
    "dim",
    "warm",
    "cold",
    "rainy",
    "sunny",
    "snowy",
    "windy",
    "early",
    "late",
    "morning",
    "evening",
    "weekend",
    "daily",
    "competitive",
    "casual",
    "formal",
    "outdoor",
    "indoor",
    "solo",
    "group",
    "family",
    "budget",
    "luxury",
    "historic",
    "futuristic",
    "animated",
    "documentary",
    "romantic",
    "horror",
    "comedy",
    "fantasy",
    "mystery",
    "political",
];

const NOUNS: &[&str] = &[
    "ramen",
    "desserts",
    "keyboards",
    "music",
    "jazz",
    "furniture",
    "coffee",
    "tea",
    "chocolate",
    "cheese",
    "bread",
    "pasta",
    "curry",
    "salads",
    "soups",
    "burgers",
    "pizza",
    "sushi",
    "tacos",
    "noodles",
    "hotels",
    "beaches",
    "museums",
    "hikes",
    "trains",
    "flights",
    "cruises",
    "road trips",
    "campsites",
    "cities",
    "novels",
    "podcasts",
    "films",
    "series",
    "games",
    "puzzles",
    "sports",
    "football",
    "tennis",
    "running",
    "yoga",
    "cycling",
    "swimming",
    "gardens",
    "flowers",
    "plants",
    "dogs",
    "cats",
    "birds",
    "horses",
    "cars",
    "bikes",
    "boats",
    "watches",
    "shoes",
    "jackets",
    "dresses",
    "jeans",
    "hats",
    "bags",
    "phones",
    "laptops",
    "cameras",
    "headphones",
    "speakers",
    "monitors",
    "chairs",
    "desks",
    "lamps",
    "rugs",
    "paintings",
    "sculptures",
    "concerts",
    "festivals",
    "parties",
    "restaurants",
    "cafes",
    "bars",
    "markets",
    "shops",
    "wine",
    "beer",
    "cocktails",
    "juice",
    "smoothies",
    "pastries",
    "cakes",
    "cookies",
    "ice cream",
    "candy",
    "fonts",
    "colors",
    "patterns",
    "fabrics",
    "perfumes",
    "candles",
    "soaps",
    "toys",
    "board games",
    "comics",
    "apartments",
    "houses",
    "cabins",
    "offices",
    "schools",
    "courses",
    "lectures",
    "workshops",
    "tutorials",
    "newsletters",
];

/// An engine holding at least `TARGET` memories learned from real sentences.
fn seeded() -> (Engine<MemoryStore>, i64) {
    let mut engine =
        pollster::block_on(Engine::open(MemoryStore::new(), StaticModel::embedded())).unwrap();
    let mut at = 0;
    'fill: for noun in NOUNS {
        for adjective in ADJECTIVES {
            let text = format!("I really like {adjective} {noun}.");
            at += 1_000;
            let turn = Turn {
                id: format!("seed-{at}"),
                site: "bench".into(),
                text,
            };
            pollster::block_on(engine.observe(turn, at)).unwrap();
            if engine.profile().memories().count() >= TARGET {
                break 'fill;
            }
        }
    }
    (engine, at)
}

/// New memories per fork: observing keeps adding memories, so each run of the
/// observe benchmarks restarts from the seeded engine this often (untimed) and the
/// figures stay those of about `TARGET` memories, however many iterations run.
const FORK_EVERY: u64 = 100;

/// Time `iters` observes of `turn(n)` from forks of `seed`, at increasing times.
fn observe_from(
    seed: &Engine<MemoryStore>,
    start: i64,
    iters: u64,
    turn: impl Fn(u64) -> Turn,
) -> Duration {
    let mut total = Duration::ZERO;
    let mut engine = seed.clone();
    for n in 0..iters {
        if n > 0 && n % FORK_EVERY == 0 {
            engine = seed.clone();
        }
        let turn = turn(n);
        let t = Instant::now();
        black_box(pollster::block_on(engine.observe(turn, start + 1 + n as i64)).unwrap());
        total += t.elapsed();
    }
    total
}

fn bench(c: &mut Criterion) {
    let (engine, at) = seeded();
    let memories = engine.profile().memories().count();
    let largest = engine
        .profile()
        .clusters()
        .map(|c| c.members.len())
        .max()
        .unwrap_or(0);
    eprintln!(
        "engine bench: {memories} memories, {} clusters, the largest of {largest}",
        engine.profile().clusters().count()
    );

    let mut g = c.benchmark_group(format!("engine_{memories}"));
    g.sample_size(30);
    for (name, prefix, text) in [
        (
            "observe a new preference (extract, embed, merge, cluster, commit)",
            "new",
            "I can't stand overcooked vegetable number {} at dinner.",
        ),
        (
            "observe a preference about a member of the largest cluster",
            "spicy",
            "I really love spicy ramen number {}.",
        ),
    ] {
        g.bench_function(name, |b| {
            b.iter_custom(|iters| {
                observe_from(&engine, at, iters, |n| Turn {
                    id: format!("{prefix}-{n}"),
                    site: "bench".into(),
                    text: text.replace("{}", &n.to_string()),
                })
            })
        });
    }
    g.bench_function("observe a turn with no preference", |b| {
        b.iter_custom(|iters| {
            observe_from(&engine, at, iters, |n| Turn {
                id: format!("plain-{n}"),
                site: "bench".into(),
                text:
                    "Can you summarise this article about the history of trains in two paragraphs?"
                        .into(),
            })
        })
    });
    // The Wasm page's drafts (tests/bench/wasm-bench.js), in turn.
    let drafts = [
        "Any ideas for a cozy dinner with spicy ramen this weekend?",
        "Recommend a quiet keyboard for the office",
        "Plan a trip to the beach in summer",
        "What should I cook for breakfast?",
    ];
    let mut next = drafts.iter().cycle();
    // Three years on, every seeded memory has faded: a long-used store, where ruling
    // memories out (a decay sum each) is the work, not scoring them.
    let later = at + 3 * 365 * 86_400_000;
    for (name, now) in [
        ("preamble for a draft", at),
        ("preamble for a draft, every memory faded", later),
    ] {
        g.bench_function(name, |b| {
            b.iter(|| {
                let draft = next.next().expect("cycles");
                black_box(pollster::block_on(engine.preamble(black_box(draft), now)))
            })
        });
    }
    g.bench_function("review (popup)", |b| {
        b.iter(|| black_box(engine.review(at)))
    });
    g.finish();
    update(c, &engine);
}

/// The first start after an update: every built-in turn of the log is read again
/// ([`palate::reread`]) and, with the built-in model, the profile is rebuilt. Mostly
/// the new build reads the turns as the old one did; when every turn reads
/// differently, each is also written back to the log.
fn update(c: &mut Criterion, engine: &Engine<MemoryStore>) {
    let log = pollster::block_on(engine.signals()).unwrap();
    let mut g = c.benchmark_group(format!("update_{}", log.len()));
    g.sample_size(10);
    for (name, misread) in [
        (
            "open after an update, every turn read as before (rebuild)",
            false,
        ),
        (
            "open after an update, every turn read anew (rebuild, log rewritten)",
            true,
        ),
    ] {
        g.bench_function(name, |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    let store = engine.store().clone();
                    let mut changes = Changes {
                        settings: vec![("read_by_build".into(), "an older build".into())],
                        ..Changes::default()
                    };
                    if misread {
                        changes.replaced_signals = log.clone();
                        for s in &mut changes.replaced_signals {
                            for item in &mut s.items {
                                item.topic.push_str(" misread");
                            }
                        }
                    }
                    pollster::block_on(store.commit(&changes)).unwrap();
                    let t = Instant::now();
                    let opened =
                        pollster::block_on(Engine::open(store, StaticModel::embedded())).unwrap();
                    total += t.elapsed();
                    assert_eq!(opened.reread_error(), None);
                    black_box(opened);
                }
                total
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
