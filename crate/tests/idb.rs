//! The IndexedDB store in headless Chromium, inside a service worker as in the
//! extension (there is no `window` there). Run by `./build.sh test`.
#![cfg(target_arch = "wasm32")]

use palate::embed::StaticModel;
use palate::signal::{Signal, SignalKind};
use palate::store::{Changes, Store};
use palate::wasm::{IdbStore, SCHEMA_VERSION};
use palate::{Engine, Observed, Turn};
use rexie::{ObjectStore, Rexie, TransactionMode};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_service_worker);

/// The extension fetches the table at start; the tests carry it in their binary.
static TABLE: &[u8] = include_bytes!("../assets/minilm-l6-static-256.bin");

fn model() -> &'static StaticModel<'static> {
    thread_local! {
        static MODEL: &'static StaticModel<'static> = StaticModel::from_bytes(TABLE).map(|m| &*Box::leak(Box::new(m))).unwrap();
    }
    MODEL.with(|m| *m)
}

fn turn(id: &str, text: &str) -> Turn {
    Turn {
        id: id.into(),
        site: "chatgpt".into(),
        text: text.into(),
    }
}

fn signal(id: &str, at: i64) -> Signal {
    Signal {
        id: id.into(),
        at,
        site: "chatgpt".into(),
        kind: SignalKind::Turn,
        text: format!("text of {id}"),
        items: vec![],
        error: None,
        read_by: None,
    }
}

/// A learned preference memory with no evidence, as the store holds it.
fn memory(id: u64, topic: &str, embedding: Vec<f32>) -> palate::memory::Memory {
    serde_json::from_value(serde_json::json!({
        "id": id, "topic": topic, "kind": "preference", "evidence": [],
        "provenance": "learned", "embedding": embedding, "cluster_id": null
    }))
    .unwrap()
}

/// The ids of the stored signals, in the store's order.
async fn signal_ids(store: &IdbStore) -> Vec<String> {
    store
        .signals()
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect()
}

async fn fresh(name: &str) -> IdbStore {
    let _ = Rexie::delete(name).await;
    IdbStore::open(name).await.expect("open")
}

#[wasm_bindgen_test]
async fn a_turn_survives_closing_and_reopening() {
    let store = fresh("t-persist").await;
    let mut engine = Engine::open(store, model()).await.unwrap();
    let first = engine.observe(turn("k1", "I love jazz"), 10).await.unwrap();
    assert!(matches!(first, Observed::Recorded { .. }));
    drop(engine);

    let engine = Engine::open(IdbStore::open("t-persist").await.unwrap(), model())
        .await
        .unwrap();
    let log = engine.signals().await.unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].text, "I love jazz");
    assert_eq!(log[0].at, 10);
}

#[wasm_bindgen_test]
async fn the_same_turn_is_stored_once() {
    let mut engine = Engine::open(fresh("t-dup").await, model()).await.unwrap();
    engine.observe(turn("k1", "I love jazz"), 1).await.unwrap();
    let again = engine.observe(turn("k1", "I love jazz"), 2).await.unwrap();
    assert_eq!(again, Observed::Duplicate);
    assert_eq!(engine.signals().await.unwrap().len(), 1);
}

#[wasm_bindgen_test]
async fn signals_come_back_oldest_first() {
    let store = fresh("t-order").await;
    for (id, at) in [("b", 30), ("a", 10), ("c", 20)] {
        store
            .commit(&Changes {
                signals: vec![signal(id, at)],
                ..Changes::default()
            })
            .await
            .unwrap();
    }
    let ids = signal_ids(&store).await;
    assert_eq!(ids, ["a", "c", "b"]);
}

#[wasm_bindgen_test]
async fn a_failing_commit_writes_nothing() {
    let store = fresh("t-atomic").await;
    store
        .commit(&Changes {
            signals: vec![signal("old", 1)],
            ..Changes::default()
        })
        .await
        .unwrap();
    // The second signal repeats an id already stored, so the whole commit must abort.
    let bad = Changes {
        signals: vec![signal("new", 2), signal("old", 3)],
        settings: vec![("budget".into(), 40.into())],
        ..Changes::default()
    };
    assert!(store.commit(&bad).await.is_err());
    let ids = signal_ids(&store).await;
    assert_eq!(ids, ["old"]);
    assert!(store.load().await.unwrap().settings.is_empty());
    // And the store still serves.
    store
        .commit(&Changes {
            signals: vec![signal("new", 2)],
            ..Changes::default()
        })
        .await
        .unwrap();
    assert_eq!(store.signals().await.unwrap().len(), 2);
}

#[wasm_bindgen_test]
async fn a_version_1_database_is_upgraded_without_loss() {
    let name = "t-migrate";
    let _ = Rexie::delete(name).await;
    // Lay down the v1 schema and a v1 record by hand, as the first release wrote it.
    let v1 = Rexie::builder(name)
        .version(1)
        .add_object_store(ObjectStore::new("signals").key_path("id"))
        .add_object_store(ObjectStore::new("settings").key_path("key"))
        .build()
        .await
        .unwrap();
    let tx = v1
        .transaction(&["signals"], TransactionMode::ReadWrite)
        .unwrap();
    let record =
        js_sys::JSON::parse(r#"{"id":"v1-turn","at":5,"site":"chatgpt","text":"I hate cilantro"}"#)
            .unwrap();
    tx.store("signals")
        .unwrap()
        .add(&record, None)
        .await
        .unwrap();
    tx.done().await.unwrap();
    v1.close();

    let store = IdbStore::open(name).await.unwrap();
    let log = store.signals().await.unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].kind, SignalKind::Turn);
    assert_eq!(log[0].text, "I hate cilantro");
    assert!(log[0].items.is_empty());
    store.close();

    let reopened = Rexie::builder(name).build().await.unwrap();
    assert_eq!(reopened.version(), Ok(SCHEMA_VERSION));
    let mut names = reopened.store_names();
    names.sort();
    assert_eq!(
        names,
        ["clusters", "memories", "meta", "settings", "signals"]
    );
    let _ = JsValue::NULL;
}

#[wasm_bindgen_test]
async fn imported_signals_become_memories_that_survive_reopening_and_wipe_clears_all() {
    let mut engine = Engine::open(fresh("t-import").await, model())
        .await
        .unwrap();
    let record = |id: &str, text: &str| {
        serde_json::json!({"id": id, "at": 1, "site": "chatgpt", "kind": "turn", "text": text,
            "items": palate::extract::extract(text)})
    };
    let report = engine
        .import_json(vec![
            record("i1", "I love jazz"),
            serde_json::json!({"oops": true}),
        ])
        .await
        .unwrap();
    assert_eq!(report.added, 1);
    assert_eq!(report.skipped.len(), 1);
    drop(engine);

    let mut engine = Engine::open(IdbStore::open("t-import").await.unwrap(), model())
        .await
        .unwrap();
    assert_eq!(
        engine
            .profile()
            .memories()
            .map(|m| m.topic.as_str())
            .collect::<Vec<_>>(),
        ["jazz"]
    );
    engine.wipe().await.unwrap();
    drop(engine);

    let store = IdbStore::open("t-import").await.unwrap();
    assert!(store.signals().await.unwrap().is_empty());
    assert!(store.load().await.unwrap().memories.is_empty());
}

#[wasm_bindgen_test]
async fn embeddings_round_trip_as_typed_arrays_and_old_plain_arrays_still_load() {
    let store = fresh("t-vectors").await;
    let fresh_vector: Vec<f32> = (0..256).map(|i| (i as f32 * 0.37).sin()).collect();
    store
        .commit(&Changes {
            memories: vec![memory(1, "jazz", fresh_vector.clone())],
            ..Changes::default()
        })
        .await
        .unwrap();
    store.close();

    // A record as the first releases wrote it: the embedding as a plain array.
    let db = Rexie::builder("t-vectors").build().await.unwrap();
    let tx = db
        .transaction(&["memories"], TransactionMode::ReadWrite)
        .unwrap();
    let old = serde_json::to_string(&memory(2, "tea", vec![0.5, -0.25, 1.0])).unwrap();
    tx.store("memories")
        .unwrap()
        .put(&js_sys::JSON::parse(&old).unwrap(), None)
        .await
        .unwrap();
    tx.done().await.unwrap();
    db.close();

    let loaded = IdbStore::open("t-vectors")
        .await
        .unwrap()
        .load()
        .await
        .unwrap()
        .memories;
    assert_eq!(loaded.len(), 2);
    assert_eq!(loaded[0].embedding, fresh_vector);
    assert_eq!(loaded[1].embedding, vec![0.5, -0.25, 1.0]);
    assert_eq!(loaded[1].topic, "tea");
}

#[wasm_bindgen_test]
async fn memories_read_before_the_wasm_was_ready_are_used_once_and_only_at_this_schema() {
    let store = fresh("t-preload").await;
    let jazz = memory(1, "jazz", vec![0.5, -0.25, 1.0]);
    store
        .commit(&Changes {
            memories: vec![jazz],
            ..Changes::default()
        })
        .await
        .unwrap();
    store.close();

    // The records as extension/preload.js reads them: raw, typed-array embeddings and all.
    let db = Rexie::builder("t-preload").build().await.unwrap();
    let tx = db
        .transaction(&["memories"], TransactionMode::ReadOnly)
        .unwrap();
    let rows = tx
        .store("memories")
        .unwrap()
        .get_all(None, None)
        .await
        .unwrap();
    db.close();
    let loaded = IdbStore::open("t-preload")
        .await
        .unwrap()
        .preloaded(SCHEMA_VERSION, rows)
        .load()
        .await
        .unwrap();
    assert_eq!(loaded.memories.len(), 1);
    assert_eq!(loaded.memories[0].topic, "jazz");
    assert_eq!(loaded.memories[0].embedding, vec![0.5, -0.25, 1.0]);

    // Given rows are what the first load returns (none here), and only the first.
    let store = IdbStore::open("t-preload")
        .await
        .unwrap()
        .preloaded(SCHEMA_VERSION, Vec::new());
    assert!(store.load().await.unwrap().memories.is_empty());
    assert_eq!(store.load().await.unwrap().memories.len(), 1);
    store.close();

    // Rows read at another schema version are ignored.
    let store = IdbStore::open("t-preload")
        .await
        .unwrap()
        .preloaded(SCHEMA_VERSION - 1, Vec::new());
    assert_eq!(store.load().await.unwrap().memories.len(), 1);
}

#[wasm_bindgen_test]
async fn a_turn_an_older_build_misread_is_read_again_when_the_worker_starts() {
    let mut engine = Engine::open(fresh("t-reread").await, model())
        .await
        .unwrap();
    engine
        .observe(turn("k1", "I love when the sun is out"), 1)
        .await
        .unwrap();
    drop(engine);
    // As an older build had read and stored it.
    let store = IdbStore::open("t-reread").await.unwrap();
    let mut stale = store.signals().await.unwrap().remove(0);
    assert_eq!(stale.read_by, Some(palate::signal::ReadBy::BuiltIn));
    stale.items[0].topic = "out sun".into();
    store
        .commit(&Changes {
            replaced_signals: vec![stale],
            settings: vec![("read_by_build".into(), "an older build".into())],
            ..Changes::default()
        })
        .await
        .unwrap();
    drop(store);

    let engine = Engine::open(IdbStore::open("t-reread").await.unwrap(), model())
        .await
        .unwrap();
    assert_eq!(engine.reread_error(), None);
    drop(engine);
    let store = IdbStore::open("t-reread").await.unwrap();
    assert_eq!(store.signals().await.unwrap()[0].items[0].topic, "sun");
    let snapshot = store.load().await.unwrap();
    let topics: Vec<&str> = snapshot.memories.iter().map(|m| m.topic.as_str()).collect();
    assert_eq!(topics, ["sun"]);
    assert_eq!(snapshot.settings["read_by_build"], palate::extract::BUILD);
}
