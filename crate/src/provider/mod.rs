//! Optional LLM providers: any OpenAI-compatible endpoint (OpenAI, OpenRouter, Groq,
//! local Ollama / LM Studio / llama.cpp servers) for extraction, cluster descriptions
//! and embeddings. Off unless the user configures one: nothing leaves the machine
//! otherwise.
//!
//! The prompts, request bodies and response parsers ([`chat`], [`embeddings`]) are
//! pure. I/O goes through one small trait, [`Transport`]: the native build has
//! [`native::HttpTransport`], the browser build `wasm::http`. Replies are validated,
//! never trusted: anything unexpected is a [`ProviderError`], so the caller can keep
//! the turn for a retry and change nothing else.
//!
//! ```
//! use palate::provider::ProviderConfig;
//!
//! let config = ProviderConfig {
//!     base_url: "http://localhost:11434/v1".into(),
//!     model: "llama3.2".into(),
//!     api_key: None,
//! };
//! let provider = config.check().unwrap();
//! assert_eq!(provider.chat_url(), "http://localhost:11434/v1/chat/completions");
//! ```

pub mod chat;
pub mod embeddings;
#[cfg(not(target_arch = "wasm32"))]
pub mod native;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;

use std::fmt;
use std::net::IpAddr;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

use crate::item::{Item, Polarity};

/// Longest accepted base URL, in characters.
pub const MAX_URL_CHARS: usize = 2048;
/// Longest accepted model name, in characters.
pub const MAX_MODEL_CHARS: usize = 200;
/// Longest accepted API key, in characters.
pub const MAX_KEY_CHARS: usize = 4096;
/// Longest server-provided text kept in an error message, in characters.
const MAX_DETAIL_CHARS: usize = 300;

/// A provider as the user entered it in the settings. Validate with [`check`](Self::check).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderConfig {
    /// The OpenAI-compatible base URL, usually ending in `/v1`
    /// (`https://api.openai.com/v1`, `http://localhost:11434/v1`).
    pub base_url: String,
    pub model: String,
    /// Sent as `Authorization: Bearer`; never logged, never in an error message.
    #[serde(default)]
    pub api_key: Option<String>,
}

impl fmt::Debug for ProviderConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProviderConfig")
            .field("base_url", &self.base_url)
            .field("model", &self.model)
            .field("api_key", &self.api_key.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

/// Why provider settings were refused. No variant carries the key.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ConfigError {
    #[error("the provider URL must start with http:// or https://")]
    Scheme,
    #[error("the provider URL has no host")]
    NoHost,
    #[error("the provider URL has an invalid port")]
    Port,
    #[error("the provider URL must not contain spaces or control characters")]
    UrlChars,
    #[error("the provider URL must not hold a user name or password; use the key field")]
    Credentials,
    #[error("the provider URL must not have a query or fragment ('?', '#')")]
    Query,
    #[error("the provider URL is longer than {MAX_URL_CHARS} characters")]
    UrlTooLong,
    #[error("the model name is empty")]
    NoModel,
    #[error(
        "the model name must be at most {MAX_MODEL_CHARS} characters, without control characters"
    )]
    Model,
    #[error("the API key must be at most {MAX_KEY_CHARS} characters, without spaces or control characters")]
    Key,
    #[error("an API key is only sent over https:// (or to this machine)")]
    KeyOverHttp,
}

impl ProviderConfig {
    /// Validate once; everything that talks to a provider takes the result.
    /// Trims fields, drops a blank key, accepts a pasted full endpoint
    /// (`.../chat/completions`, `.../embeddings`) by cutting it back to the base, and
    /// reads a bare host (`http://localhost:11434`) as its `/v1` root.
    pub fn check(&self) -> Result<Provider, ConfigError> {
        let url = self.base_url.trim();
        if url.chars().count() > MAX_URL_CHARS {
            return Err(ConfigError::UrlTooLong);
        }
        let mut base = url.trim_end_matches('/');
        for suffix in ["/chat/completions", "/embeddings"] {
            if let Some(cut) = base.strip_suffix(suffix) {
                base = cut.trim_end_matches('/');
            }
        }
        let parsed = Url::parse(base)?;
        let model = self.model.trim();
        if model.is_empty() {
            return Err(ConfigError::NoModel);
        }
        if model.chars().count() > MAX_MODEL_CHARS || model.chars().any(char::is_control) {
            return Err(ConfigError::Model);
        }
        let key = self
            .api_key
            .as_deref()
            .map(str::trim)
            .filter(|k| !k.is_empty());
        if let Some(k) = key {
            if k.chars().count() > MAX_KEY_CHARS
                || k.chars().any(|c| c.is_whitespace() || c.is_control())
            {
                return Err(ConfigError::Key);
            }
            if !parsed.https && !parsed.is_loopback() {
                return Err(ConfigError::KeyOverHttp);
            }
        }
        // A bare host means the usual OpenAI-compatible root (Ollama, LM Studio, llama.cpp, OpenAI).
        let base = if parsed.path == "/" {
            format!("{base}/v1")
        } else {
            base.to_owned()
        };
        Ok(Provider {
            base,
            model: model.to_owned(),
            key: key.map(str::to_owned),
        })
    }
}

/// Validated provider settings.
#[derive(Clone, PartialEq, Eq)]
pub struct Provider {
    base: String,
    model: String,
    key: Option<String>,
}

impl fmt::Debug for Provider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Provider")
            .field("base_url", &self.base)
            .field("model", &self.model)
            .field("api_key", &self.key.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

impl Provider {
    /// The base URL, without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.base
    }

    pub fn model(&self) -> &str {
        &self.model
    }

    pub fn api_key(&self) -> Option<&str> {
        self.key.as_deref()
    }

    pub fn chat_url(&self) -> String {
        format!("{}/chat/completions", self.base)
    }

    pub fn embeddings_url(&self) -> String {
        format!("{}/embeddings", self.base)
    }

    /// A stable id for vectors from this endpoint and model, so they never mix with
    /// another model's.
    pub fn embedding_model_id(&self) -> String {
        format!("openai-compatible:{}#{}", self.base, self.model)
    }

    /// `e` with every occurrence of the key replaced, for servers that echo it back.
    fn redact(&self, e: ProviderError) -> ProviderError {
        match &self.key {
            Some(key) => e.redact(key),
            None => e,
        }
    }
}

/// What went wrong talking to a provider or reading its reply.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum ProviderError {
    #[error("provider settings: {0}")]
    Config(#[from] ConfigError),
    #[error("{0}")]
    Unsupported(String),
    #[error("invalid input for the provider: {0}")]
    Input(String),
    #[error("could not reach the provider: {0}")]
    Network(String),
    #[error("the provider did not answer in time")]
    Timeout,
    /// A non-2xx status; `message` is the server's error message or a short excerpt.
    #[error("the provider answered HTTP {status}: {message}")]
    Http { status: u16, message: String },
    /// A 2xx answer whose body is an error object (`{"error": {...}}`).
    #[error("the provider reported an error: {0}")]
    Api(String),
    #[error("the provider's answer is not JSON: {0}")]
    NotJson(String),
    #[error("the provider's answer has no choices")]
    NoChoices,
    #[error("the provider's answer has no message content")]
    NoContent,
    #[error("the model's reply holds no JSON object")]
    NoObject,
    /// JSON of the wrong shape: missing fields, wrong types, unknown keys.
    #[error("the model's reply has the wrong shape: {0}")]
    Shape(String),
    /// Well-shaped JSON whose values break a rule (length, characters, count).
    #[error("the model's reply failed validation: {0}")]
    Invalid(String),
    #[error("expected {expected} embeddings, got {got}")]
    Count { expected: usize, got: usize },
    #[error("embedding {0} is a zero vector")]
    ZeroVector(usize),
}

impl ProviderError {
    /// Replace every occurrence of `secret` in the message parts with `<redacted>`.
    pub fn redact(self, secret: &str) -> ProviderError {
        if secret.is_empty() {
            return self;
        }
        let r = |s: String| s.replace(secret, "<redacted>");
        match self {
            ProviderError::Unsupported(s) => ProviderError::Unsupported(r(s)),
            ProviderError::Input(s) => ProviderError::Input(r(s)),
            ProviderError::Network(s) => ProviderError::Network(r(s)),
            ProviderError::Http { status, message } => ProviderError::Http {
                status,
                message: r(message),
            },
            ProviderError::Api(s) => ProviderError::Api(r(s)),
            ProviderError::NotJson(s) => ProviderError::NotJson(r(s)),
            ProviderError::Shape(s) => ProviderError::Shape(r(s)),
            ProviderError::Invalid(s) => ProviderError::Invalid(r(s)),
            other => other,
        }
    }

    /// `body` when `status` is 2xx, else [`from_status`](Self::from_status): what
    /// every transport does with an answer.
    pub fn check_status(status: u16, body: String) -> Result<String, ProviderError> {
        if (200..300).contains(&status) {
            Ok(body)
        } else {
            Err(ProviderError::from_status(status, &body))
        }
    }

    /// The error for a non-2xx answer: the server's own message when the body is an
    /// OpenAI-style error object, otherwise a short excerpt of the body.
    pub fn from_status(status: u16, body: &str) -> ProviderError {
        let mut message = api_error_message(body).unwrap_or_else(|| {
            let excerpt = excerpt(body);
            if excerpt.is_empty() {
                "(empty body)".to_owned()
            } else {
                excerpt
            }
        });
        if status == 401 || status == 403 {
            message.push_str(" (check the API key)");
        }
        ProviderError::Http { status, message }
    }
}

/// The message of an OpenAI-style error body: `{"error": {"message": ...}}` or
/// `{"error": "..."}` (Ollama, some proxies).
pub(crate) fn api_error_message(body: &str) -> Option<String> {
    let value: Value = serde_json::from_str(body.trim()).ok()?;
    let error = value.get("error")?;
    let text = match error {
        Value::String(s) => s.clone(),
        Value::Object(o) => match o.get("message") {
            Some(Value::String(s)) => s.clone(),
            _ => Value::Object(o.clone()).to_string(),
        },
        Value::Null => return None,
        other => other.to_string(),
    };
    Some(excerpt(&text)).filter(|s| !s.is_empty())
}

/// Server text made safe for an error message: control characters become spaces,
/// runs of spaces collapse, and it is cut to a few hundred characters.
pub(crate) fn excerpt(text: &str) -> String {
    let cleaned: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    let joined = words.join(" ");
    clip_chars(&joined, MAX_DETAIL_CHARS)
}

/// At most `max` characters of `text`, with `…` when cut.
pub(crate) fn clip_chars(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}

/// An http(s) URL, split into what a client needs. Pure; shared by [`ProviderConfig::check`]
/// and the native transport.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Url {
    pub https: bool,
    /// Lower-cased host; IPv6 literals without brackets.
    pub host: String,
    pub port: u16,
    /// Path starting with `/`.
    pub path: String,
}

impl Url {
    pub fn parse(url: &str) -> Result<Url, ConfigError> {
        if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(ConfigError::UrlChars);
        }
        let lower = url.to_ascii_lowercase();
        let (https, rest) = if lower.starts_with("https://") {
            (true, &url["https://".len()..])
        } else if lower.starts_with("http://") {
            (false, &url["http://".len()..])
        } else {
            return Err(ConfigError::Scheme);
        };
        if rest.contains(['?', '#']) {
            return Err(ConfigError::Query);
        }
        let (authority, path) = match rest.find('/') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, "/"),
        };
        if authority.contains('@') {
            return Err(ConfigError::Credentials);
        }
        let default_port = if https { 443 } else { 80 };
        let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
            let end = v6.find(']').ok_or(ConfigError::NoHost)?;
            let host = &v6[..end];
            let port = match &v6[end + 1..] {
                "" => default_port,
                p => parse_port(p.strip_prefix(':').ok_or(ConfigError::Port)?)?,
            };
            if host.parse::<std::net::Ipv6Addr>().is_err() {
                return Err(ConfigError::NoHost);
            }
            (host, port)
        } else {
            match authority.rsplit_once(':') {
                Some((h, p)) => (h, parse_port(p)?),
                None => (authority, default_port),
            }
        };
        let host_ok = !host.is_empty()
            && host
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_'))
            || host.parse::<std::net::Ipv6Addr>().is_ok() && authority.starts_with('[');
        if !host_ok {
            return Err(ConfigError::NoHost);
        }
        Ok(Url {
            https,
            host: host.to_ascii_lowercase(),
            port,
            path: path.to_owned(),
        })
    }

    /// `localhost` or a loopback address: traffic that never leaves the machine.
    pub fn is_loopback(&self) -> bool {
        self.host == "localhost"
            || self.host.ends_with(".localhost")
            || self.host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
    }

    /// The `Host` header value.
    pub fn host_header(&self) -> String {
        let host = if self.host.contains(':') {
            format!("[{}]", self.host)
        } else {
            self.host.clone()
        };
        let default_port = if self.https { 443 } else { 80 };
        if self.port == default_port {
            host
        } else {
            format!("{host}:{}", self.port)
        }
    }
}

fn parse_port(p: &str) -> Result<u16, ConfigError> {
    match p.parse::<u16>() {
        Ok(n) if n > 0 && p.bytes().all(|b| b.is_ascii_digit()) => Ok(n),
        _ => Err(ConfigError::Port),
    }
}

/// The one I/O seam: POST a JSON body, get the response body back. Implementations
/// turn a non-2xx status into [`ProviderError::from_status`] and apply a timeout.
#[allow(async_fn_in_trait)]
pub trait Transport {
    async fn post_json(
        &self,
        url: &str,
        bearer: Option<&str>,
        body: &Value,
    ) -> Result<String, ProviderError>;
}

impl<T: Transport + ?Sized> Transport for &T {
    async fn post_json(
        &self,
        url: &str,
        bearer: Option<&str>,
        body: &Value,
    ) -> Result<String, ProviderError> {
        (**self).post_json(url, bearer, body).await
    }
}

/// A provider and a transport: one exchange at a time, the key kept out of errors.
#[derive(Debug)]
struct Client<T> {
    provider: Provider,
    transport: T,
}

impl<T: Transport> Client<T> {
    /// POST `body` to `url` and read the answer with `parse`.
    async fn exchange<R>(
        &self,
        url: &str,
        body: &Value,
        parse: impl FnOnce(&str) -> Result<R, ProviderError>,
    ) -> Result<R, ProviderError> {
        let answer = self
            .transport
            .post_json(url, self.provider.api_key(), body)
            .await;
        answer
            .and_then(|a| parse(&a))
            .map_err(|e| self.provider.redact(e))
    }
}

/// Extraction and cluster descriptions through a chat-completions endpoint.
#[derive(Debug)]
pub struct LlmExtractor<T>(Client<T>);

impl<T: Transport> LlmExtractor<T> {
    pub fn new(provider: Provider, transport: T) -> Self {
        Self(Client {
            provider,
            transport,
        })
    }

    pub fn provider(&self) -> &Provider {
        &self.0.provider
    }

    /// The evidence in one user message, as the model reads it, validated.
    /// A blank message yields nothing without a request.
    pub async fn extract(&self, text: &str) -> Result<Vec<Item>, ProviderError> {
        if text.trim().is_empty() {
            return Ok(Vec::new());
        }
        let p = self.provider();
        let body = chat::extraction_request(p.model(), text);
        self.0
            .exchange(&p.chat_url(), &body, |a| chat::parse_extraction(a, text))
            .await
    }

    /// A cluster's description and, per member in order, whether it supports it.
    pub async fn describe(
        &self,
        members: &[(String, Polarity)],
    ) -> Result<(String, Vec<bool>), ProviderError> {
        let p = self.provider();
        let body = chat::describe_request(p.model(), members)?;
        self.0
            .exchange(&p.chat_url(), &body, |a| {
                chat::parse_description(a, members.len())
            })
            .await
    }
}

/// Embeddings through an OpenAI-compatible `/embeddings` endpoint.
#[derive(Debug)]
pub struct LlmEmbedder<T>(Client<T>);

impl<T: Transport> LlmEmbedder<T> {
    pub fn new(provider: Provider, transport: T) -> Self {
        Self(Client {
            provider,
            transport,
        })
    }

    pub fn provider(&self) -> &Provider {
        &self.0.provider
    }

    /// Stable id of this endpoint and model (see [`crate::embed::Embed::model_id`]).
    pub fn model_id(&self) -> String {
        self.provider().embedding_model_id()
    }

    /// One unit vector per text, in order, all of one length. Sent in requests of
    /// at most [`embeddings::MAX_BATCH`] texts.
    pub async fn embed_batch(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, ProviderError> {
        let p = self.provider();
        let mut out: Vec<Vec<f32>> = Vec::with_capacity(texts.len());
        for chunk in texts.chunks(embeddings::MAX_BATCH) {
            let body = embeddings::embeddings_request(p.model(), chunk)?;
            let vectors = self
                .0
                .exchange(&p.embeddings_url(), &body, |a| {
                    embeddings::parse_embeddings(a, chunk.len())
                })
                .await?;
            if let (Some(first), Some(next)) = (out.first(), vectors.first()) {
                if first.len() != next.len() {
                    return Err(ProviderError::Invalid(format!(
                        "embeddings changed length between requests ({} then {})",
                        first.len(),
                        next.len()
                    )));
                }
            }
            out.extend(vectors);
        }
        Ok(out)
    }
}

impl<T: Transport> crate::embed::RemoteEmbed for LlmEmbedder<T> {
    fn model_id(&self) -> String {
        LlmEmbedder::model_id(self)
    }

    fn embed_batch<'a>(
        &'a self,
        texts: &'a [&'a str],
    ) -> crate::embed::LocalBoxFuture<'a, Result<Vec<Vec<f32>>, ProviderError>> {
        Box::pin(LlmEmbedder::embed_batch(self, texts))
    }
}

#[cfg(test)]
mod config_tests {
    use super::*;

    fn config(url: &str, model: &str, key: Option<&str>) -> ProviderConfig {
        ProviderConfig {
            base_url: url.into(),
            model: model.into(),
            api_key: key.map(Into::into),
        }
    }

    #[track_caller]
    fn refused(url: &str, model: &str, key: Option<&str>, want: ConfigError) {
        assert_eq!(config(url, model, key).check().unwrap_err(), want);
    }

    #[test]
    fn a_good_config_yields_endpoint_urls() {
        let p = config(" https://api.example.test/v1/ ", " gpt-x ", Some(" sk-1 "))
            .check()
            .unwrap();
        assert_eq!(p.chat_url(), "https://api.example.test/v1/chat/completions");
        assert_eq!(p.embeddings_url(), "https://api.example.test/v1/embeddings");
        assert_eq!(p.model(), "gpt-x");
        assert_eq!(p.api_key(), Some("sk-1"));
    }

    #[test]
    fn a_pasted_full_endpoint_is_cut_back_to_the_base() {
        let p = config("http://localhost:1234/v1/chat/completions", "m", None)
            .check()
            .unwrap();
        assert_eq!(p.base_url(), "http://localhost:1234/v1");
        let p = config("http://localhost:1234/v1/embeddings/", "m", None)
            .check()
            .unwrap();
        assert_eq!(p.base_url(), "http://localhost:1234/v1");
    }

    #[test]
    fn a_bare_host_means_its_v1_root() {
        let p = config("http://localhost:11434/", "m", None)
            .check()
            .unwrap();
        assert_eq!(p.chat_url(), "http://localhost:11434/v1/chat/completions");
        let p = config("https://openrouter.test/api/v1", "m", None)
            .check()
            .unwrap();
        assert_eq!(p.base_url(), "https://openrouter.test/api/v1");
    }

    #[test]
    fn the_url_must_be_http_or_https() {
        refused("ftp://x/v1", "m", None, ConfigError::Scheme);
        refused("localhost:11434", "m", None, ConfigError::Scheme);
        refused("", "m", None, ConfigError::Scheme);
        assert!(config("HTTP://LOCALHOST/v1", "m", None).check().is_ok());
    }

    #[test]
    fn the_url_needs_a_host() {
        refused("http:///v1", "m", None, ConfigError::NoHost);
        refused("http://exa$mple/v1", "m", None, ConfigError::NoHost);
        refused("http://[zz]/v1", "m", None, ConfigError::NoHost);
    }

    #[test]
    fn the_port_must_be_a_number_in_range() {
        refused("http://localhost:0/v1", "m", None, ConfigError::Port);
        refused("http://localhost:99999/v1", "m", None, ConfigError::Port);
        refused("http://localhost:+80/v1", "m", None, ConfigError::Port);
        refused("http://[::1]x/v1", "m", None, ConfigError::Port);
        let p = config("http://[::1]:8080/v1", "m", None).check().unwrap();
        assert_eq!(p.chat_url(), "http://[::1]:8080/v1/chat/completions");
    }

    #[test]
    fn the_url_has_no_spaces_or_control_characters() {
        refused("http://local host/v1", "m", None, ConfigError::UrlChars);
        refused(
            "http://localhost/v1\r\nX: y",
            "m",
            None,
            ConfigError::UrlChars,
        );
    }

    #[test]
    fn the_url_holds_no_credentials() {
        refused(
            "https://user:pw@api.test/v1",
            "m",
            None,
            ConfigError::Credentials,
        );
    }

    #[test]
    fn the_url_has_no_query_or_fragment() {
        refused("https://api.test/v1?x=1", "m", None, ConfigError::Query);
        refused("https://api.test/v1#x", "m", None, ConfigError::Query);
    }

    #[test]
    fn the_url_has_a_sane_length() {
        let long = format!("https://api.test/{}", "a".repeat(MAX_URL_CHARS));
        refused(&long, "m", None, ConfigError::UrlTooLong);
    }

    #[test]
    fn the_model_is_not_empty() {
        refused("http://localhost/v1", "  ", None, ConfigError::NoModel);
    }

    #[test]
    fn the_model_has_a_sane_length_and_no_control_characters() {
        let long = "m".repeat(MAX_MODEL_CHARS + 1);
        refused("http://localhost/v1", &long, None, ConfigError::Model);
        refused("http://localhost/v1", "llama\n3", None, ConfigError::Model);
    }

    #[test]
    fn the_key_has_no_spaces_or_control_characters_and_a_sane_length() {
        refused("https://a.test/v1", "m", Some("sk 1"), ConfigError::Key);
        refused("https://a.test/v1", "m", Some("sk\r\n1"), ConfigError::Key);
        let long = "k".repeat(MAX_KEY_CHARS + 1);
        refused("https://a.test/v1", "m", Some(&long), ConfigError::Key);
    }

    #[test]
    fn a_blank_key_means_no_key() {
        let p = config("http://192.168.1.9:11434/v1", "m", Some("  "))
            .check()
            .unwrap();
        assert_eq!(p.api_key(), None);
    }

    #[test]
    fn a_key_is_never_sent_over_plain_http_to_another_machine() {
        refused(
            "http://api.test/v1",
            "m",
            Some("sk-1"),
            ConfigError::KeyOverHttp,
        );
        assert!(config("http://127.0.0.1:8080/v1", "m", Some("sk-1"))
            .check()
            .is_ok());
        assert!(config("http://localhost:8080/v1", "m", Some("sk-1"))
            .check()
            .is_ok());
        assert!(config("http://[::1]:8080/v1", "m", Some("sk-1"))
            .check()
            .is_ok());
    }

    #[test]
    fn the_key_never_shows_in_debug_output_or_errors() {
        let c = config("http://api.test/v1", "m", Some("sk-secret-123"));
        assert!(!format!("{c:?}").contains("sk-secret"));
        let err = c.check().unwrap_err();
        assert!(!format!("{err} {err:?}").contains("sk-secret"));
        let p = config("https://api.test/v1", "m", Some("sk-secret-123"))
            .check()
            .unwrap();
        assert!(!format!("{p:?}").contains("sk-secret"));
        let e = p.redact(ProviderError::Http {
            status: 401,
            message: "Incorrect API key provided: sk-secret-123".into(),
        });
        assert!(!e.to_string().contains("sk-secret"), "{e}");
    }

    #[test]
    fn error_bodies_become_short_clear_messages() {
        let e =
            ProviderError::from_status(401, r#"{"error": {"message": "bad key", "type": "auth"}}"#);
        assert_eq!(
            e,
            ProviderError::Http {
                status: 401,
                message: "bad key (check the API key)".into()
            }
        );
        let e = ProviderError::from_status(404, r#"{"error": "model 'x' not found"}"#);
        assert_eq!(
            e.to_string(),
            "the provider answered HTTP 404: model 'x' not found"
        );
        let e = ProviderError::from_status(500, &"<html>\n".repeat(200));
        let ProviderError::Http { message, .. } = e else {
            panic!()
        };
        assert!(message.chars().count() <= MAX_DETAIL_CHARS + 1 && !message.contains('\n'));
        assert!(ProviderError::from_status(502, "")
            .to_string()
            .contains("(empty body)"));
    }
}
