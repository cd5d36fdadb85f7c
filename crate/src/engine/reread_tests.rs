//! After an update, the engine reads the log again with the new extractor: only the
//! built-in extractor's turns, never what a user's edit relies on.

use super::*;
use crate::memory::test_embed::HashEmbed;
use crate::store::MemoryStore;
use crate::{Kind, Polarity};

fn run<T>(f: impl std::future::Future<Output = T>) -> T {
    pollster::block_on(f)
}

/// A turn as an older build logged it: `topics` are what was read in `text`.
fn logged(id: &str, at: Millis, text: &str, read_by: Option<ReadBy>, topics: &[&str]) -> Signal {
    Signal {
        id: id.into(),
        at,
        site: "chatgpt".into(),
        kind: SignalKind::Turn,
        text: text.into(),
        items: topics
            .iter()
            .map(|t| Item {
                topic: (*t).into(),
                polarity: Polarity::Like,
                kind: Kind::Preference,
                intensity: 0.8,
                quote: text.into(),
                revises: false,
                lasting: false,
            })
            .collect(),
        error: None,
        read_by,
    }
}

/// Turn "a", as builds before 2026-12-07 read it.
fn sun_misread() -> Signal {
    logged(
        "a",
        1,
        "I love when the sun is out",
        Some(ReadBy::BuiltIn),
        &["out sun"],
    )
}

fn edit(id: &str, at: Millis, edit: Edit) -> Signal {
    edit.to_signal(id.into(), at)
}

/// A store an older build left: `log`, its memories, and that build's name.
fn left_by_older_build(log: Vec<Signal>) -> MemoryStore {
    let store = MemoryStore::new();
    let params = ProfileParams::default().check().unwrap();
    let older = Profile::rebuild(&log, &HashEmbed, params);
    run(store.commit(&Changes {
        signals: log,
        memories: older.memories().cloned().collect(),
        clusters: older.clusters().cloned().collect(),
        settings: vec![
            (MODEL_KEY.into(), "test-hash-64".into()),
            (READ_KEY.into(), "an older build".into()),
        ],
        ..Changes::default()
    }))
    .unwrap();
    store
}

fn topics(e: &Engine<MemoryStore>) -> Vec<String> {
    let mut t: Vec<String> = e.profile().memories().map(|m| m.topic.clone()).collect();
    t.sort();
    t
}

fn items_of(e: &Engine<MemoryStore>, id: &str) -> Vec<String> {
    let log = run(e.signals()).unwrap();
    let turn = log.iter().find(|s| s.id == id).unwrap();
    turn.items.iter().map(|i| i.topic.clone()).collect()
}

#[test]
fn an_update_reads_the_built_in_extractors_turns_again_and_only_once() {
    let store = left_by_older_build(vec![
        sun_misread(),
        logged("b", 2, "I love jazz", Some(ReadBy::BuiltIn), &["jazz"]),
        // An LLM's reading is the user's choice, and a turn of unknown reader is left.
        logged(
            "c",
            3,
            "rainy afternoons are the best",
            Some(ReadBy::Provider),
            &["drizzle"],
        ),
        logged("d", 4, "I like tea", None, &["teapots"]),
    ]);
    let e = run(Engine::open(store, &HashEmbed)).unwrap();
    assert_eq!(e.reread_error(), None);
    assert_eq!(topics(&e), ["drizzle", "jazz", "sun", "teapots"]);
    assert_eq!(items_of(&e, "a"), ["sun"]);
    assert_eq!(items_of(&e, "c"), ["drizzle"]);
    assert_eq!(items_of(&e, "d"), ["teapots"]);
    let settings = run(e.store().load()).unwrap().settings;
    assert_eq!(settings[READ_KEY], crate::extract::BUILD);
    // What is stored is what a rebuild from the new log gives.
    let mut rebuilt = e.clone();
    run(rebuilt.rebuild()).unwrap();
    assert_eq!(topics(&rebuilt), topics(&e));

    // This build read the log: the next open does not read it again.
    let Engine { store, .. } = e;
    let stale = sun_misread();
    run(store.commit(&Changes {
        replaced_signals: vec![stale],
        ..Changes::default()
    }))
    .unwrap();
    let e = run(Engine::open(store, &HashEmbed)).unwrap();
    assert_eq!(items_of(&e, "a"), ["out sun"]);
}

#[test]
fn an_update_never_undoes_a_users_edit() {
    let store = left_by_older_build(vec![
        sun_misread(),
        edit(
            "e1",
            2,
            Edit::Delete {
                topic: "out sun".into(),
            },
        ),
        logged(
            "b",
            3,
            "I love dogs and cats",
            Some(ReadBy::BuiltIn),
            &["dogs and cats"],
        ),
        edit(
            "e2",
            4,
            Edit::Topic {
                topic: "dogs and cats".into(),
                to: "pets".into(),
            },
        ),
        logged(
            "c",
            5,
            "honestly I love jazz",
            Some(ReadBy::BuiltIn),
            &["honestly jazz"],
        ),
    ]);
    let e = run(Engine::open(store, &HashEmbed)).unwrap();
    // The deleted memory does not come back as "sun", nor the renamed one as "dogs"
    // and "cats"; the turn no edit touched is read anew.
    assert_eq!(topics(&e), ["jazz", "pets"]);
    assert_eq!(items_of(&e, "a"), ["out sun"]);
    assert_eq!(items_of(&e, "b"), ["dogs and cats"]);
    assert_eq!(items_of(&e, "c"), ["jazz"]);
}

#[test]
fn an_import_reads_another_builds_turns_as_this_build_does() {
    let mut e = run(Engine::open(MemoryStore::new(), &HashEmbed)).unwrap();
    let report = run(e.import(vec![logged(
        "x",
        1,
        "I love when the sun is out",
        Some(ReadBy::BuiltIn),
        &["out sun"],
    )]))
    .unwrap();
    assert_eq!(report.added, 1);
    assert_eq!(topics(&e), ["sun"]);
    assert_eq!(items_of(&e, "x"), ["sun"]);
}

#[test]
fn turns_are_logged_with_their_reader() {
    let mut e = run(Engine::open(MemoryStore::new(), &HashEmbed)).unwrap();
    run(e.observe(
        Turn {
            id: "a".into(),
            site: "claude".into(),
            text: "I love jazz".into(),
        },
        1,
    ))
    .unwrap();
    run(e.observe_with(
        Turn {
            id: "b".into(),
            site: "claude".into(),
            text: "I love tea".into(),
        },
        2,
        |_| std::future::ready(Ok(Vec::new())),
    ))
    .unwrap();
    let readers: Vec<Option<ReadBy>> = run(e.signals())
        .unwrap()
        .iter()
        .map(|s| s.read_by)
        .collect();
    assert_eq!(readers, [Some(ReadBy::BuiltIn), Some(ReadBy::Provider)]);
}

#[test]
fn an_update_rebuilds_what_the_built_in_model_derived_even_when_every_turn_reads_the_same() {
    let store = left_by_older_build(vec![logged(
        "a",
        1,
        "I love jazz",
        Some(ReadBy::BuiltIn),
        &["jazz"],
    )]);
    // An older build embedded the topic another way.
    let mut memory = run(store.load()).unwrap().memories.remove(0);
    let fresh = memory.embedding.clone();
    memory.embedding.reverse();
    run(store.commit(&Changes {
        memories: vec![memory],
        ..Changes::default()
    }))
    .unwrap();
    let e = run(Engine::open(store, &HashEmbed)).unwrap();
    assert_eq!(items_of(&e, "a"), ["jazz"]);
    let jazz = e.profile().find("jazz").unwrap();
    assert_eq!(jazz.embedding, fresh);
}
