//! The browser boundary: the only module that touches wasm-bindgen, js-sys and rexie.
//!
//! JS holds one [`Palate`] handle. Each method returns a promise of a small, plain
//! value; core errors become real JS `Error`s here, once.

pub mod http;
mod idb;

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Promise;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::future_to_promise;

pub use self::idb::{IdbStore, SCHEMA_VERSION};
use crate::clock::Millis;
use crate::embed::StaticModel;
use crate::engine::{Engine, Turn};
use crate::error::Error;
use crate::memory::Edit;
use crate::profile::ProfileParams;
use crate::provider::{LlmExtractor, ProviderConfig};
use self::http::FetchTransport;

#[wasm_bindgen(start)]
fn start() {
    // Turns a Rust panic (always a bug) into a readable console message.
    console_error_panic_hook::set_once();
}

/// The embedding model, loaded from the first table given.
fn model(table: Vec<u8>) -> Result<&'static StaticModel<'static>, Error> {
    thread_local! {
        static MODEL: std::cell::Cell<Option<&'static StaticModel<'static>>> = const { std::cell::Cell::new(None) };
    }
    if let Some(model) = MODEL.with(|m| m.get()) {
        return Ok(model);
    }
    let model = StaticModel::leak(table)?;
    MODEL.with(|m| m.set(Some(model)));
    Ok(model)
}

/// The one place the core learns the time in the browser.
fn now() -> Millis {
    js_sys::Date::now() as Millis
}

fn js_error(e: Error) -> JsValue {
    JsError::new(&e.to_string()).into()
}

fn parse<T: DeserializeOwned>(value: JsValue, what: &str) -> Result<T, JsValue> {
    serde_wasm_bindgen::from_value(value)
        .map_err(|e| js_error(Error::Invalid(format!("{what}: {e}"))))
}

fn output<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    value.serialize(&ser).map_err(|e| js_error(Error::Invalid(e.to_string())))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ProviderInput {
    base_url: String,
    model: String,
    #[serde(default)]
    api_key: Option<String>,
}

#[derive(Deserialize)]
struct TurnInput {
    id: String,
    site: String,
    text: String,
}

type Shared = Rc<RefCell<Engine<IdbStore>>>;
type Extractor = Rc<RefCell<Option<Rc<LlmExtractor<FetchTransport>>>>>;

/// Palate's engine over IndexedDB, as seen from JS.
#[wasm_bindgen]
pub struct Palate {
    engine: Shared,
    /// The user's extraction provider, when they configured one; built-in otherwise.
    extractor: Extractor,
}

/// The provider's answer for `text`, as the engine takes it.
async fn extract_with(llm: Rc<LlmExtractor<FetchTransport>>, text: String) -> crate::error::Result<Vec<crate::Item>> {
    llm.extract(&text).await.map_err(Error::from)
}

/// Run `work` with exclusive use of the engine. The worker serializes calls; a call
/// that still overlaps gets a clear error instead of a panic.
fn with_engine<F, Fut>(engine: &Shared, work: F) -> Promise
where
    F: FnOnce(Shared) -> Fut + 'static,
    Fut: std::future::Future<Output = Result<JsValue, JsValue>> + 'static,
{
    let engine = engine.clone();
    future_to_promise(async move {
        if engine.try_borrow_mut().is_err() {
            return Err(js_error(Error::Invalid("the engine is busy with another call".into())));
        }
        work(engine).await
    })
}

#[wasm_bindgen]
impl Palate {
    /// Open the engine over the IndexedDB database `name` (created or upgraded), with
    /// the embedding table's bytes (`pkg/embedding-table.bin`). The table is parsed
    /// once per worker; later opens reuse it.
    pub async fn open(name: String, table: Vec<u8>) -> Result<Palate, JsError> {
        let store = IdbStore::open(&name).await?;
        let engine = Engine::open(store, model(table)?).await?;
        Ok(Palate { engine: Rc::new(RefCell::new(engine)), extractor: Rc::default() })
    }

    /// Observe a turn the user sent: `{id, site, text}`. Resolves to
    /// `{status: "recorded", items}` or `{status: "duplicate"}`.
    pub fn observe(&self, turn: JsValue) -> Promise {
        let llm = self.extractor.borrow().clone();
        with_engine(&self.engine, move |engine| async move {
            let input: TurnInput = parse(turn, "turn")?;
            let turn = Turn { id: input.id, site: input.site, text: input.text };
            #[allow(clippy::await_holding_refcell_ref)] // exclusive by `with_engine`
            let observed = match llm {
                None => engine.borrow_mut().observe(turn, now()).await,
                Some(llm) => {
                    let extract = |text: &str| extract_with(llm, text.to_owned());
                    engine.borrow_mut().observe_with(turn, now(), extract).await
                }
            }
            .map_err(js_error)?;
            output(&observed)
        })
    }

    /// Use an OpenAI-compatible endpoint for extraction: `{baseUrl, model, apiKey?}`,
    /// validated here; `null` goes back to the built-in extractor.
    #[wasm_bindgen(js_name = setProvider)]
    pub fn set_provider(&self, config: JsValue) -> Result<(), JsError> {
        if config.is_null() || config.is_undefined() {
            *self.extractor.borrow_mut() = None;
            return Ok(());
        }
        let input: ProviderInput = serde_wasm_bindgen::from_value(config)
            .map_err(|e| Error::Invalid(format!("provider: {e}")))?;
        let provider = ProviderConfig { base_url: input.base_url, model: input.model, api_key: input.api_key }
            .check()
            .map_err(Error::from)?;
        *self.extractor.borrow_mut() = Some(Rc::new(LlmExtractor::new(provider, FetchTransport::default())));
        Ok(())
    }

    /// Extract again the turns whose provider extraction failed: `{fixed, still_failing}`.
    pub fn retry(&self) -> Promise {
        let llm = self.extractor.borrow().clone();
        with_engine(&self.engine, move |engine| async move {
            #[allow(clippy::await_holding_refcell_ref)]
            let report = match llm {
                None => engine.borrow_mut().retry(|text| std::future::ready(Ok(crate::extract::extract(&text)))).await,
                Some(llm) => engine.borrow_mut().retry(|text| extract_with(llm.clone(), text)).await,
            }
            .map_err(js_error)?;
            output(&report)
        })
    }

    /// The signal log, oldest first.
    pub fn signals(&self) -> Promise {
        with_engine(&self.engine, move |engine| async move {
            #[allow(clippy::await_holding_refcell_ref)]
            let signals = engine.borrow().signals().await.map_err(js_error)?;
            output(&signals)
        })
    }

    /// The preamble for a draft: `{text, tokens, used: [{memory, cluster, clause,
    /// relevance, strength, confidence, score}]}`; `text` is empty when nothing is relevant.
    pub fn preamble(&self, draft: String) -> Promise {
        with_engine(&self.engine, move |engine| async move {
            let preamble = engine.borrow().preamble(&draft, now());
            output(&preamble)
        })
    }

    /// What Palate has learned: clusters with members, unclustered and faded memories.
    pub fn review(&self) -> Promise {
        with_engine(&self.engine, move |engine| async move {
            let review = engine.borrow().review(now());
            output(&review)
        })
    }

    /// Apply a user's correction, e.g. `{op: "pin", topic, pinned: true}` or
    /// `{op: "dismiss_suggestion", topic}` (every op: `memory::Edit`).
    pub fn edit(&self, edit: JsValue) -> Promise {
        with_engine(&self.engine, move |engine| async move {
            let edit: Edit = parse(edit, "edit")?;
            #[allow(clippy::await_holding_refcell_ref)]
            engine.borrow_mut().edit(edit, now()).await.map_err(js_error)?;
            Ok(JsValue::TRUE)
        })
    }

    /// The engine's parameters (decay, merge, dbscan, aggregate, preamble).
    pub fn params(&self) -> Promise {
        with_engine(&self.engine, move |engine| async move { output(engine.borrow().params()) })
    }

    /// Validate, store and apply new parameters.
    #[wasm_bindgen(js_name = setParams)]
    pub fn set_params(&self, params: JsValue) -> Promise {
        with_engine(&self.engine, move |engine| async move {
            let params: ProfileParams = parse(params, "params")?;
            #[allow(clippy::await_holding_refcell_ref)]
            engine.borrow_mut().set_params(params, now()).await.map_err(js_error)?;
            Ok(JsValue::TRUE)
        })
    }

    /// Rebuild every memory and cluster from the signal log.
    pub fn rebuild(&self) -> Promise {
        with_engine(&self.engine, move |engine| async move {
            #[allow(clippy::await_holding_refcell_ref)]
            engine.borrow_mut().rebuild().await.map_err(js_error)?;
            Ok(JsValue::TRUE)
        })
    }

    /// Merge exported signals into the log (validated; existing ids skipped) and
    /// rebuild. Resolves to `{added, skipped: [{id, reason}]}`.
    #[wasm_bindgen(js_name = importSignals)]
    pub fn import_signals(&self, signals: JsValue) -> Promise {
        with_engine(&self.engine, move |engine| async move {
            let records: Vec<serde_json::Value> = parse(signals, "signals")?;
            #[allow(clippy::await_holding_refcell_ref)]
            let report = engine.borrow_mut().import_json(records).await.map_err(js_error)?;
            output(&report)
        })
    }

    /// Forget the signal log, memories and clusters.
    pub fn wipe(&self) -> Promise {
        with_engine(&self.engine, move |engine| async move {
            #[allow(clippy::await_holding_refcell_ref)]
            engine.borrow_mut().wipe().await.map_err(js_error)?;
            Ok(JsValue::TRUE)
        })
    }
}
