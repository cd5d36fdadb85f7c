//! LLM providers from the service worker: `fetch` for OpenAI-compatible endpoints
//! ([`FetchTransport`]) and Chrome's built-in Prompt API ([`PromptApi`]). Everything
//! is reached through `globalThis`: an MV3 service worker has no `window`.
//!
//! The worker needs host permission for the configured endpoint's origin (request it
//! with `chrome.permissions.request` when the user saves the provider).

use js_sys::{Array, Function, Object, Promise, Reflect, JSON};
use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortSignal, Headers, Request, RequestInit, Response};

use crate::item::{Item, Polarity};
use crate::provider::chat::{self, Prompt};
use crate::provider::{ProviderError, Transport};

/// How long one provider request may take unless configured.
pub const DEFAULT_TIMEOUT_MS: u32 = 20_000;
/// How long the on-device model may take for one prompt (it is slow on first use).
pub const PROMPT_API_TIMEOUT_MS: u32 = 60_000;

/// POSTs JSON with `fetch`, aborted after a timeout.
#[derive(Debug, Clone)]
pub struct FetchTransport {
    timeout_ms: u32,
}

impl Default for FetchTransport {
    fn default() -> Self {
        Self {
            timeout_ms: DEFAULT_TIMEOUT_MS,
        }
    }
}

impl FetchTransport {
    pub fn with_timeout_ms(timeout_ms: u32) -> Self {
        Self { timeout_ms }
    }
}

impl Transport for FetchTransport {
    async fn post_json(
        &self,
        url: &str,
        bearer: Option<&str>,
        body: &Value,
    ) -> Result<String, ProviderError> {
        let headers = Headers::new().map_err(js_failure)?;
        let mut pairs = vec![
            ("Content-Type", "application/json".to_owned()),
            ("Accept", "application/json".to_owned()),
        ];
        if let Some(key) = bearer {
            pairs.push(("Authorization", format!("Bearer {key}")));
        }
        for (name, value) in pairs {
            headers
                .set(name, &value)
                .map_err(|_| ProviderError::Input(format!("the {name} header is not valid")))?;
        }
        let init = RequestInit::new();
        init.set_method("POST");
        init.set_headers(headers.as_ref());
        init.set_body(&JsValue::from_str(&body.to_string()));
        init.set_signal(Some(&AbortSignal::timeout_with_u32(self.timeout_ms)));
        let request = Request::new_with_str_and_init(url, &init).map_err(js_failure)?;
        let global = js_sys::global();
        let fetch: Function = Reflect::get(&global, &"fetch".into())
            .ok()
            .and_then(|f| f.dyn_into().ok())
            .ok_or_else(|| ProviderError::Unsupported("this context has no fetch".into()))?;
        let pending: Promise = fetch
            .call1(&global, &request)
            .map_err(request_failure)?
            .dyn_into()
            .map_err(js_failure)?;
        let response: Response = JsFuture::from(pending)
            .await
            .map_err(request_failure)?
            .dyn_into()
            .map_err(js_failure)?;
        let status = response.status();
        let text = JsFuture::from(response.text().map_err(js_failure)?)
            .await
            .map_err(request_failure)?
            .as_string()
            .unwrap_or_default();
        ProviderError::check_status(status, text)
    }
}

/// Chrome's built-in Prompt API (`LanguageModel`), where the browser exposes it.
pub struct PromptApi;

impl PromptApi {
    /// `"available"`, `"downloadable"`, `"downloading"` or `"unavailable"` (also when
    /// the browser has no Prompt API at all).
    pub async fn availability() -> String {
        let Ok(model) = language_model() else {
            return "unavailable".into();
        };
        let answer = async {
            let f: Function = Reflect::get(&model, &"availability".into())?.dyn_into()?;
            let pending: Promise = f.call0(&model)?.dyn_into()?;
            JsFuture::from(pending).await
        };
        answer
            .await
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| "unavailable".into())
    }

    /// The evidence in one user message, validated like any provider's.
    pub async fn extract(text: &str) -> Result<Vec<Item>, ProviderError> {
        if text.trim().is_empty() {
            return Ok(Vec::new());
        }
        let reply = Self::complete(&chat::extraction_prompt(text)).await?;
        chat::parse_extraction_reply(&reply, text)
    }

    /// A cluster's description and, per member in order, whether it supports it.
    pub async fn describe(
        members: &[(String, Polarity)],
    ) -> Result<(String, Vec<bool>), ProviderError> {
        let reply = Self::complete(&chat::describe_prompt(members)?).await?;
        chat::parse_description_reply(&reply, members.len())
    }

    /// The model's reply to `prompt`, constrained to its schema. One short-lived
    /// session per call, destroyed afterwards.
    pub async fn complete(prompt: &Prompt) -> Result<String, ProviderError> {
        let model = language_model()?;
        let system = object(&[
            ("role", "system".into()),
            ("content", prompt.system.as_str().into()),
        ]);
        let english = || {
            Array::of1(&object(&[
                ("type", "text".into()),
                ("languages", Array::of1(&"en".into()).into()),
            ]))
        };
        let options = object(&[
            ("initialPrompts", Array::of1(&system).into()),
            ("expectedInputs", english().into()),
            ("expectedOutputs", english().into()),
        ]);
        let create: Function = Reflect::get(&model, &"create".into())
            .and_then(|f| f.dyn_into())
            .map_err(js_failure)?;
        let pending: Promise = create
            .call1(&model, &options)
            .map_err(js_failure)?
            .dyn_into()
            .map_err(js_failure)?;
        let session = JsFuture::from(pending).await.map_err(request_failure)?;
        let schema = JSON::parse(&prompt.schema.to_string()).map_err(js_failure)?;
        let prompt_options = object(&[
            ("responseConstraint", schema),
            (
                "signal",
                AbortSignal::timeout_with_u32(PROMPT_API_TIMEOUT_MS).into(),
            ),
        ]);
        let answer = async {
            let f: Function = Reflect::get(&session, &"prompt".into())?.dyn_into()?;
            let pending: Promise = f
                .call2(&session, &prompt.user.as_str().into(), &prompt_options)?
                .dyn_into()?;
            JsFuture::from(pending).await
        }
        .await;
        if let Ok(destroy) = Reflect::get(&session, &"destroy".into()) {
            if let Some(destroy) = destroy.dyn_ref::<Function>() {
                let _ = destroy.call0(&session);
            }
        }
        answer
            .map_err(request_failure)?
            .as_string()
            .ok_or(ProviderError::NoContent)
    }
}

/// `globalThis.LanguageModel`, or a clear error where the browser has none.
fn language_model() -> Result<JsValue, ProviderError> {
    Reflect::get(&js_sys::global(), &"LanguageModel".into())
        .ok()
        .filter(|m| !m.is_undefined() && !m.is_null())
        .ok_or_else(|| ProviderError::Unsupported("this browser has no built-in Prompt API".into()))
}

fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (key, value) in pairs {
        // Setting a plain property on a fresh object cannot fail.
        let _ = Reflect::set(&o, &(*key).into(), value);
    }
    o.into()
}

/// A JS exception's message.
fn message(e: &JsValue) -> String {
    Reflect::get(e, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

/// A failed `fetch` or prompt: aborted by the timeout, or a network failure
/// (including CORS and missing host permission, which the browser reports alike).
fn request_failure(e: JsValue) -> ProviderError {
    let name = Reflect::get(&e, &"name".into())
        .ok()
        .and_then(|n| n.as_string());
    match name.as_deref() {
        Some("TimeoutError" | "AbortError") => ProviderError::Timeout,
        _ => ProviderError::Network(message(&e)),
    }
}

/// A JS call that should not fail did.
fn js_failure(e: JsValue) -> ProviderError {
    ProviderError::Unsupported(format!("the browser refused: {}", message(&e)))
}
