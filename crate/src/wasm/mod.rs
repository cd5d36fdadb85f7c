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
use web_sys::console;

use self::http::{FetchTransport, PromptApi};
pub use self::idb::{IdbStore, SCHEMA_VERSION};
use crate::clock::Millis;
use crate::embed::{Embedder, StaticModel};
use crate::engine::{Engine, Turn};
use crate::error::Error;
use crate::memory::Edit;
use crate::preamble::Said;
use crate::profile::ProfileParams;
use crate::provider::{LlmEmbedder, LlmExtractor, ProviderConfig};

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
    value
        .serialize(&ser)
        .map_err(|e| js_error(Error::Invalid(e.to_string())))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ProviderInput {
    /// `"chrome"` for the browser's built-in Prompt API; anything else (or nothing)
    /// is an OpenAI-compatible endpoint.
    #[serde(default, rename = "type")]
    kind: Option<String>,
    #[serde(default)]
    base_url: String,
    #[serde(default)]
    model: String,
    #[serde(default)]
    api_key: Option<String>,
}

impl ProviderInput {
    fn read(config: JsValue) -> Result<Option<ProviderInput>, Error> {
        if config.is_null() || config.is_undefined() {
            return Ok(None);
        }
        serde_wasm_bindgen::from_value(config)
            .map(Some)
            .map_err(|e| Error::Invalid(format!("provider: {e}")))
    }

    fn check(self) -> Result<crate::provider::Provider, Error> {
        let config = ProviderConfig {
            base_url: self.base_url,
            model: self.model,
            api_key: self.api_key,
        };
        Ok(config.check()?)
    }
}

/// The remote embedding model `config` names, validated.
fn remote_embedder(config: ProviderInput) -> Result<Embedder, Error> {
    let provider = config.check()?;
    Ok(Embedder::Remote(Rc::new(LlmEmbedder::new(
        provider,
        FetchTransport::default(),
    ))))
}

#[derive(Deserialize)]
struct TurnInput {
    id: String,
    site: String,
    text: String,
}

type Shared = Rc<RefCell<Engine<IdbStore>>>;

/// Where extraction goes when it does not use the built-in rules.
#[derive(Clone)]
enum Llm {
    /// An OpenAI-compatible chat-completions endpoint.
    Endpoint(Rc<LlmExtractor<FetchTransport>>),
    /// Chrome's built-in Prompt API, on this device.
    PromptApi,
}

impl Llm {
    /// The provider's answer for `text`, as the engine takes it.
    async fn extract(self, text: String) -> crate::error::Result<Vec<crate::Item>> {
        match self {
            Llm::Endpoint(llm) => llm.extract(&text).await,
            Llm::PromptApi => PromptApi::extract(&text).await,
        }
        .map_err(Error::from)
    }

    /// A cluster's words and, per member, whether it supports them.
    async fn describe(
        self,
        members: Vec<(String, crate::Polarity)>,
    ) -> crate::error::Result<(String, Vec<bool>)> {
        match self {
            Llm::Endpoint(llm) => llm.describe(&members).await,
            Llm::PromptApi => PromptApi::describe(&members).await,
        }
        .map_err(Error::from)
    }
}

/// Palate's engine over IndexedDB, as seen from JS.
#[wasm_bindgen]
pub struct Palate {
    engine: Shared,
    /// The user's extraction provider, when they configured one; built-in otherwise.
    extractor: Rc<RefCell<Option<Llm>>>,
    /// The built-in embedding model.
    local: &'static StaticModel<'static>,
    /// Why the configured embedding model could not be used when the engine opened.
    open_error: Option<String>,
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
            return Err(js_error(Error::Invalid(
                "the engine is busy with another call".into(),
            )));
        }
        work(engine).await
    })
}

/// `{version, memories: [...]}` as [`Palate::open`] takes it, or `None`.
fn preloaded_memories(value: &JsValue) -> Option<(u32, Vec<JsValue>)> {
    let get = |key: &str| js_sys::Reflect::get(value, &JsValue::from_str(key)).ok();
    let version = get("version")?.as_f64()?;
    let memories = get("memories")?.dyn_into::<js_sys::Array>().ok()?;
    Some((version as u32, memories.iter().collect()))
}

#[wasm_bindgen]
impl Palate {
    /// Open the engine over the IndexedDB database `name` (created or upgraded), with
    /// the embedding table's bytes (`pkg/embedding-table.bin`). The table is parsed
    /// once per worker; later opens reuse it.
    ///
    /// `embedding` is the user's OpenAI-compatible embedding model (`{baseUrl, model,
    /// apiKey?}`), or null for the built-in one. When the memories were embedded by
    /// another model and the configured one cannot re-embed them now, the engine
    /// opens with the built-in model instead (`openError` says why).
    ///
    /// `preloaded`, optional, is `{version, memories}`: the database's schema version and
    /// every record of its `memories` store, read by the caller while the Wasm compiled
    /// (see `extension/preload.js`); anything else is ignored and the store reads them.
    pub async fn open(
        name: String,
        table: Vec<u8>,
        embedding: JsValue,
        preloaded: JsValue,
    ) -> Result<Palate, JsError> {
        let local = model(table)?;
        let remote =
            ProviderInput::read(embedding).and_then(|c| c.map(remote_embedder).transpose());
        let store = match preloaded_memories(&preloaded) {
            Some((version, rows)) => IdbStore::open(&name).await?.preloaded(version, rows),
            None => IdbStore::open(&name).await?,
        };
        let (engine, open_error) = match remote {
            Ok(None) => (Engine::open(store, local).await?, None),
            Ok(Some(remote)) => match Engine::open(store, remote).await {
                Ok(engine) => (engine, None),
                Err(e) => {
                    let store = IdbStore::open(&name).await?;
                    (Engine::open(store, local).await?, Some(e.to_string()))
                }
            },
            // Settings the core refuses must not keep the engine from starting.
            Err(e) => (Engine::open(store, local).await?, Some(e.to_string())),
        };
        if let Some(e) = engine.reread_error() {
            console::warn_1(
                &format!("[palate] this version could not read the log again yet: {e}; it will try at the next start").into(),
            );
        }
        Ok(Palate {
            engine: Rc::new(RefCell::new(engine)),
            extractor: Rc::default(),
            local,
            open_error,
        })
    }

    /// Why the configured embedding model was not used at open, or undefined.
    #[wasm_bindgen(getter, js_name = openError)]
    pub fn open_error(&self) -> Option<String> {
        self.open_error.clone()
    }

    /// Embed with the user's OpenAI-compatible model (`{baseUrl, model, apiKey?}`), or
    /// the built-in one (`null`). Another model re-embeds every memory from the signal
    /// log first. Resolves to `{model, rebuilt}`; rejects with the reason when the
    /// model cannot be used, and then nothing changed.
    #[wasm_bindgen(js_name = setEmbedding)]
    pub fn set_embedding(&self, config: JsValue) -> Promise {
        let local = self.local;
        with_engine(&self.engine, move |engine| async move {
            let embedder = match ProviderInput::read(config).map_err(js_error)? {
                Some(config) => remote_embedder(config).map_err(js_error)?,
                None => Embedder::Local(local),
            };
            #[allow(clippy::await_holding_refcell_ref)]
            let rebuilt = engine
                .borrow_mut()
                .set_embedder(embedder)
                .await
                .map_err(js_error)?;
            let model = engine.borrow().embedder().model_id();
            output(&serde_json::json!({"model": model, "rebuilt": rebuilt}))
        })
    }

    /// The embedding model in use: `{model, remote}`.
    pub fn embedding(&self) -> Promise {
        with_engine(&self.engine, move |engine| async move {
            let e = engine.borrow();
            output(
                &serde_json::json!({"model": e.embedder().model_id(), "remote": e.embedder().is_remote()}),
            )
        })
    }

    /// Whether Chrome's built-in Prompt API can run here: `"available"`,
    /// `"downloadable"`, `"downloading"` or `"unavailable"` (also when this browser,
    /// or this context, has no Prompt API).
    #[wasm_bindgen(js_name = promptApiAvailability)]
    pub async fn prompt_api_availability() -> String {
        PromptApi::availability().await
    }

    /// Observe a turn the user sent: `{id, site, text}`. Resolves to
    /// `{status: "recorded", items}` or `{status: "duplicate"}`.
    pub fn observe(&self, turn: JsValue) -> Promise {
        let llm = self.extractor.borrow().clone();
        with_engine(&self.engine, move |engine| async move {
            let input: TurnInput = parse(turn, "turn")?;
            let turn = Turn {
                id: input.id,
                site: input.site,
                text: input.text,
            };
            #[allow(clippy::await_holding_refcell_ref)] // exclusive by `with_engine`
            let observed = match llm {
                None => engine.borrow_mut().observe(turn, now()).await,
                Some(llm) => {
                    let extract = |text: &str| llm.clone().extract(text.to_owned());
                    let observed = engine.borrow_mut().observe_with(turn, now(), extract).await;
                    // Clusters that changed materially get the provider's words; a
                    // failure keeps the rule-based ones and costs the turn nothing.
                    let describe = |members| llm.clone().describe(members);
                    match engine.borrow_mut().describe_clusters(describe, now()).await {
                        Ok(report) if report.failed.is_empty() => {}
                        Ok(report) => console::warn_1(
                            &format!(
                                "[palate] cluster description failed: {}",
                                report.failed.join("; ")
                            )
                            .into(),
                        ),
                        Err(e) => console::warn_1(
                            &format!("[palate] cluster description not stored: {e}").into(),
                        ),
                    }
                    observed
                }
            }
            .map_err(js_error)?;
            output(&observed)
        })
    }

    /// Use an OpenAI-compatible endpoint for extraction: `{baseUrl, model, apiKey?}`,
    /// validated here; `{type: "chrome"}` for Chrome's built-in Prompt API (check
    /// [`promptApiAvailability`](Self::prompt_api_availability) first); `null` goes
    /// back to the built-in extractor.
    #[wasm_bindgen(js_name = setProvider)]
    pub fn set_provider(&self, config: JsValue) -> Result<(), JsError> {
        let llm = match ProviderInput::read(config)? {
            None => None,
            Some(input) if input.kind.as_deref() == Some("chrome") => Some(Llm::PromptApi),
            Some(input) => Some(Llm::Endpoint(Rc::new(LlmExtractor::new(
                input.check()?,
                FetchTransport::default(),
            )))),
        };
        *self.extractor.borrow_mut() = llm;
        Ok(())
    }

    /// Extract again the turns whose provider extraction failed: `{fixed, still_failing}`.
    pub fn retry(&self) -> Promise {
        let llm = self.extractor.borrow().clone();
        with_engine(&self.engine, move |engine| async move {
            #[allow(clippy::await_holding_refcell_ref)]
            let report = match llm {
                None => {
                    engine
                        .borrow_mut()
                        .retry(crate::signal::ReadBy::BuiltIn, |text| {
                            std::future::ready(Ok(crate::extract::extract(&text)))
                        })
                        .await
                }
                Some(llm) => {
                    engine
                        .borrow_mut()
                        .retry(crate::signal::ReadBy::Provider, |text| {
                            llm.clone().extract(text)
                        })
                        .await
                }
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
    /// Rejects when a remote embedding model cannot embed the draft. `said`, optional:
    /// the conversation's earlier preambles (as the page shows them), not said again.
    pub fn preamble(&self, draft: String, said: JsValue) -> Promise {
        with_engine(&self.engine, move |engine| async move {
            let said: Option<Vec<String>> = parse(said, "said")?;
            let said = Said::new(&said.unwrap_or_default());
            #[allow(clippy::await_holding_refcell_ref)]
            let preamble = engine
                .borrow()
                .preamble_after(&draft, &said, now())
                .await
                .map_err(js_error)?;
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
            engine
                .borrow_mut()
                .edit(edit, now())
                .await
                .map_err(js_error)?;
            Ok(JsValue::TRUE)
        })
    }

    /// The engine's parameters (decay, merge, dbscan, aggregate, preamble).
    pub fn params(&self) -> Promise {
        with_engine(&self.engine, move |engine| async move {
            output(engine.borrow().params())
        })
    }

    /// Validate, store and apply new parameters.
    #[wasm_bindgen(js_name = setParams)]
    pub fn set_params(&self, params: JsValue) -> Promise {
        with_engine(&self.engine, move |engine| async move {
            let params: ProfileParams = parse(params, "params")?;
            #[allow(clippy::await_holding_refcell_ref)]
            engine
                .borrow_mut()
                .set_params(params, now())
                .await
                .map_err(js_error)?;
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
            let report = engine
                .borrow_mut()
                .import_json(records)
                .await
                .map_err(js_error)?;
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
