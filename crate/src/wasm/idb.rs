//! The IndexedDB store, through rexie.
//!
//! Schema history (each version lists every store: rexie drops unlisted ones):
//! - v1: `signals` (key `id`; records `{id, at, site, text}`), `settings` (key `key`).
//! - v2: signals gain `kind` and `items` and an `at` index; `memories`, `clusters`
//!   and `meta` appear. Structural changes run in `onupgradeneeded` (declarative, via
//!   rexie); record rewrites run once after opening, tracked by `meta.data_version`.

use std::collections::BTreeMap;

use rexie::{Index, KeyRange, ObjectStore, Rexie, TransactionMode};
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

use crate::cluster::Cluster;
use crate::error::{Error, Result};
use crate::memory::Memory;
use crate::signal::Signal;
use crate::store::{Changes, Snapshot, Store};

pub const SCHEMA_VERSION: u32 = 2;

const SIGNALS: &str = "signals";
const MEMORIES: &str = "memories";
const CLUSTERS: &str = "clusters";
const SETTINGS: &str = "settings";
const META: &str = "meta";
const DATA_VERSION: &str = "data_version";

pub struct IdbStore {
    db: Rexie,
    /// Memory records read before the Wasm was ready (see [`IdbStore::preloaded`]),
    /// used by the first `load` instead of reading them again.
    preloaded: std::cell::RefCell<Option<Vec<JsValue>>>,
    /// Opening rewrote records written by an older version.
    migrated: bool,
}

fn store_err(e: impl std::fmt::Display) -> Error {
    Error::Store(e.to_string())
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue> {
    // Maps as plain objects, so records read naturally from JS and devtools.
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    value.serialize(&ser).map_err(store_err)
}

fn from_js<T: DeserializeOwned>(value: JsValue) -> Result<T> {
    serde_wasm_bindgen::from_value(value).map_err(store_err)
}

const EMBEDDING: &str = "embedding";

/// A memory record whose embedding is a `Float32Array`: structured clone copies it as
/// one block, where 256 separate numbers per memory made a cold start with 10,000
/// memories take over half a second.
fn memory_to_js(m: &Memory) -> Result<JsValue> {
    let record = to_js(&Memory {
        embedding: Vec::new(),
        ..m.clone()
    })?;
    let vector = js_sys::Float32Array::from(m.embedding.as_slice());
    js_sys::Reflect::set(&record, &EMBEDDING.into(), &vector)
        .map_err(|e| store_err(format!("{e:?}")))?;
    Ok(record)
}

/// Decodes every memory record at once. Each record's `Float32Array` embedding is
/// copied out (older records carry a plain array instead, which JSON keeps), then the
/// rest crosses the boundary as one JSON string: walking 10,000 record objects field by
/// field through `serde_wasm_bindgen` cost more than reading them from IndexedDB.
fn memories_from_js(rows: Vec<JsValue>) -> Result<Vec<Memory>> {
    let key = JsValue::from_str(EMBEDDING);
    let empty = js_sys::Array::new();
    let mut vectors = Vec::with_capacity(rows.len());
    let records = js_sys::Array::new_with_length(rows.len() as u32);
    for (i, record) in rows.into_iter().enumerate() {
        let raw = js_sys::Reflect::get(&record, &key).unwrap_or(JsValue::UNDEFINED);
        let vector = raw.dyn_ref::<js_sys::Float32Array>().map(|v| {
            let _ = js_sys::Reflect::set(&record, &key, &empty);
            v.to_vec()
        });
        vectors.push(vector);
        records.set(i as u32, record);
    }
    let json = js_sys::JSON::stringify(&records)
        .map_err(|e| store_err(format!("memory records are not JSON: {e:?}")))?
        .as_string()
        .unwrap_or_default();
    let mut memories: Vec<Memory> = serde_json::from_str(&json).map_err(store_err)?;
    for (memory, vector) in memories.iter_mut().zip(vectors) {
        if let Some(vector) = vector {
            memory.embedding = vector;
        }
    }
    Ok(memories)
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Entry {
    key: String,
    value: serde_json::Value,
}

impl IdbStore {
    /// Open (creating or upgrading) the database `name`.
    pub async fn open(name: &str) -> Result<Self> {
        let db = Rexie::builder(name)
            .version(SCHEMA_VERSION)
            .add_object_store(
                ObjectStore::new(SIGNALS)
                    .key_path("id")
                    .add_index(Index::new("at", "at")),
            )
            .add_object_store(ObjectStore::new(MEMORIES).key_path("id"))
            .add_object_store(ObjectStore::new(CLUSTERS).key_path("id"))
            .add_object_store(ObjectStore::new(SETTINGS).key_path("key"))
            .add_object_store(ObjectStore::new(META).key_path("key"))
            .build()
            .await
            .map_err(store_err)?;
        let mut store = Self {
            db,
            preloaded: Default::default(),
            migrated: false,
        };
        store.migrated = store.migrate().await?;
        Ok(store)
    }

    /// Hands over the memory records the worker read while the Wasm compiled, read at
    /// schema `version`: IndexedDB's own read is the largest part of a cold start, and
    /// it need not wait for the Wasm. Records read at another schema version, or before
    /// a data migration, are ignored; the first `load` then reads them itself.
    pub fn preloaded(self, version: u32, memories: Vec<JsValue>) -> Self {
        if version == SCHEMA_VERSION && !self.migrated {
            *self.preloaded.borrow_mut() = Some(memories);
        }
        self
    }

    /// Close the connection (tests reopen the same database to prove persistence).
    pub fn close(self) {
        self.db.close();
    }

    async fn data_version(&self) -> Result<u32> {
        let tx = self
            .db
            .transaction(&[META], TransactionMode::ReadOnly)
            .map_err(store_err)?;
        let meta = tx.store(META).map_err(store_err)?;
        let found = meta
            .get(JsValue::from_str(DATA_VERSION))
            .await
            .map_err(store_err)?;
        Ok(match found {
            Some(v) if !v.is_undefined() => from_js::<Entry>(v)?.value.as_u64().unwrap_or(1) as u32,
            _ => 1,
        })
    }

    /// Bring records written by older versions up to date, in one transaction; says
    /// whether there was anything to do.
    async fn migrate(&self) -> Result<bool> {
        if self.data_version().await? >= SCHEMA_VERSION {
            return Ok(false);
        }
        let tx = self
            .db
            .transaction(&[SIGNALS, META], TransactionMode::ReadWrite)
            .map_err(store_err)?;
        let signals = tx.store(SIGNALS).map_err(store_err)?;
        // v1 -> v2: every v1 signal was a chat turn with nothing extracted yet.
        for (_, raw) in signals
            .scan(None, None, None, None)
            .await
            .map_err(store_err)?
        {
            let mut record: serde_json::Value = from_js(raw)?;
            if let Some(obj) = record.as_object_mut() {
                obj.entry("kind").or_insert_with(|| "turn".into());
                obj.entry("items").or_insert_with(|| serde_json::json!([]));
            }
            signals
                .put(&to_js(&record)?, None)
                .await
                .map_err(store_err)?;
        }
        let meta = tx.store(META).map_err(store_err)?;
        let entry = Entry {
            key: DATA_VERSION.into(),
            value: SCHEMA_VERSION.into(),
        };
        meta.put(&to_js(&entry)?, None).await.map_err(store_err)?;
        tx.done().await.map_err(store_err)?;
        Ok(true)
    }

    async fn rows(&self, name: &str) -> Result<Vec<JsValue>> {
        let tx = self
            .db
            .transaction(&[name], TransactionMode::ReadOnly)
            .map_err(store_err)?;
        let store = tx.store(name).map_err(store_err)?;
        store.get_all(None, None).await.map_err(store_err)
    }

    async fn all<T: DeserializeOwned>(&self, name: &str) -> Result<Vec<T>> {
        self.rows(name).await?.into_iter().map(from_js).collect()
    }
}

impl Store for IdbStore {
    async fn load(&self) -> Result<Snapshot> {
        let preloaded = self.preloaded.borrow_mut().take();
        let rows = match preloaded {
            Some(rows) => rows,
            None => self.rows(MEMORIES).await?,
        };
        let memories = memories_from_js(rows)?;
        let clusters: Vec<Cluster> = self.all(CLUSTERS).await?;
        let settings: BTreeMap<String, serde_json::Value> = self
            .all::<Entry>(SETTINGS)
            .await?
            .into_iter()
            .map(|e| (e.key, e.value))
            .collect();
        Ok(Snapshot {
            memories,
            clusters,
            settings,
        })
    }

    async fn has_signal(&self, id: &str) -> Result<bool> {
        let tx = self
            .db
            .transaction(&[SIGNALS], TransactionMode::ReadOnly)
            .map_err(store_err)?;
        let store = tx.store(SIGNALS).map_err(store_err)?;
        let key = KeyRange::only(&JsValue::from_str(id)).map_err(store_err)?;
        Ok(store.count(Some(key)).await.map_err(store_err)? > 0)
    }

    async fn signals(&self) -> Result<Vec<Signal>> {
        let tx = self
            .db
            .transaction(&[SIGNALS], TransactionMode::ReadOnly)
            .map_err(store_err)?;
        let by_time = tx
            .store(SIGNALS)
            .and_then(|s| s.index("at"))
            .map_err(store_err)?;
        let rows = by_time.get_all(None, None).await.map_err(store_err)?;
        rows.into_iter().map(from_js).collect()
    }

    async fn commit(&self, changes: &Changes) -> Result<()> {
        if changes.is_empty() {
            return Ok(());
        }
        let tx = self
            .db
            .transaction(
                &[SIGNALS, MEMORIES, CLUSTERS, SETTINGS],
                TransactionMode::ReadWrite,
            )
            .map_err(store_err)?;
        let result = async {
            let signals = tx.store(SIGNALS).map_err(store_err)?;
            let memories = tx.store(MEMORIES).map_err(store_err)?;
            let clusters = tx.store(CLUSTERS).map_err(store_err)?;
            let settings = tx.store(SETTINGS).map_err(store_err)?;
            if changes.reset_signals {
                signals.clear().await.map_err(store_err)?;
            }
            if changes.reset {
                memories.clear().await.map_err(store_err)?;
                clusters.clear().await.map_err(store_err)?;
            }
            for s in &changes.signals {
                // `add`, not `put`: a signal id already in the log aborts the whole commit.
                signals.add(&to_js(s)?, None).await.map_err(store_err)?;
            }
            for s in &changes.replaced_signals {
                signals.put(&to_js(s)?, None).await.map_err(store_err)?;
            }
            for id in &changes.removed_memories {
                memories
                    .delete(JsValue::from_f64(*id as f64))
                    .await
                    .map_err(store_err)?;
            }
            for m in &changes.memories {
                memories
                    .put(&memory_to_js(m)?, None)
                    .await
                    .map_err(store_err)?;
            }
            for id in &changes.removed_clusters {
                clusters
                    .delete(JsValue::from_f64(*id as f64))
                    .await
                    .map_err(store_err)?;
            }
            for c in &changes.clusters {
                clusters.put(&to_js(c)?, None).await.map_err(store_err)?;
            }
            for (key, value) in &changes.settings {
                let entry = Entry {
                    key: key.clone(),
                    value: value.clone(),
                };
                settings
                    .put(&to_js(&entry)?, None)
                    .await
                    .map_err(store_err)?;
            }
            Ok::<(), Error>(())
        }
        .await;
        match result {
            Ok(()) => tx.done().await.map(|_| ()).map_err(store_err),
            Err(e) => {
                // Roll back everything this commit wrote; the first error is the one to report.
                let _ = tx.abort().await;
                Err(e)
            }
        }
    }
}
