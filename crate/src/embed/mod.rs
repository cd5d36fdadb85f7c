//! Embeddings: text to unit vectors. The embedded static model is the default; an
//! OpenAI-compatible endpoint may replace it ([`Embedder::Remote`]). The profile's
//! pipeline is synchronous, so a remote model is asked up front, in batches, for every
//! text an operation will embed ([`Embedder::prepare`]).

mod static_model;
#[cfg(test)]
mod tests;
pub mod tokenizer;
mod transformer;

use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

pub use static_model::StaticModel;
pub use tokenizer::Tokenizer;
pub use transformer::TransformerModel;

use crate::error::Error;
use crate::provider::embeddings::MAX_BATCH;
use crate::provider::ProviderError;

/// Something that turns short texts into unit vectors.
pub trait Embed {
    /// Stable id of the model; embeddings from different ids are never mixed.
    fn model_id(&self) -> &str;
    /// Length of every vector this model returns.
    fn dim(&self) -> usize;
    /// A unit-length vector, or `None` when the text has nothing the model knows
    /// (empty, only unknown tokens). Never NaN.
    fn embed(&self, text: &str) -> Option<Vec<f32>>;
}

/// A boxed future that need not be `Send` (the browser's worker is single-threaded).
pub type LocalBoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + 'a>>;

/// An embedding model behind a network call (an OpenAI-compatible `/embeddings`
/// endpoint): batched, asynchronous, and able to fail.
pub trait RemoteEmbed {
    /// Stable id of the endpoint and model; the embedding space's name.
    fn model_id(&self) -> String;
    /// One unit vector per text, in order, all of one length.
    fn embed_batch<'a>(
        &'a self,
        texts: &'a [&'a str],
    ) -> LocalBoxFuture<'a, Result<Vec<Vec<f32>>, ProviderError>>;
}

/// The engine's embedding space: an in-process model, or a remote one.
#[derive(Clone)]
pub enum Embedder {
    /// Answers at once and never fails (the built-in static model).
    Local(&'static dyn Embed),
    /// Asked ahead of time, in batches, for every text an operation will need.
    Remote(Rc<dyn RemoteEmbed>),
}

impl<T: Embed> From<&'static T> for Embedder {
    fn from(model: &'static T) -> Self {
        Embedder::Local(model)
    }
}

impl From<&'static dyn Embed> for Embedder {
    fn from(model: &'static dyn Embed) -> Self {
        Embedder::Local(model)
    }
}

impl fmt::Debug for Embedder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Embedder::Local(m) => write!(f, "Local({})", m.model_id()),
            Embedder::Remote(m) => write!(f, "Remote({})", m.model_id()),
        }
    }
}

impl Embedder {
    pub fn model_id(&self) -> String {
        match self {
            Embedder::Local(m) => m.model_id().to_owned(),
            Embedder::Remote(m) => m.model_id(),
        }
    }

    pub fn is_remote(&self) -> bool {
        matches!(self, Embedder::Remote(_))
    }

    /// An [`Embed`] that answers for every one of `texts` without further I/O: the
    /// local model itself, or the remote model's vectors fetched now, in batches.
    /// Blank texts are skipped (they embed to nothing). A failure is the provider's.
    pub async fn prepare<I, T>(&self, texts: I) -> Result<Prepared, Error>
    where
        I: IntoIterator<Item = T>,
        T: Into<String>,
    {
        let remote = match self {
            Embedder::Local(m) => return Ok(Prepared::Local(*m)),
            Embedder::Remote(r) => r,
        };
        let mut seen = HashSet::new();
        let wanted: Vec<String> = texts
            .into_iter()
            .map(Into::into)
            .filter(|t| !t.trim().is_empty() && seen.insert(t.clone()))
            .collect();
        let mut table = Table {
            id: remote.model_id(),
            dim: 0,
            vectors: HashMap::new(),
            misses: Cell::new(0),
        };
        for chunk in wanted.chunks(MAX_BATCH) {
            let refs: Vec<&str> = chunk.iter().map(String::as_str).collect();
            let vectors = remote.embed_batch(&refs).await.map_err(Error::from)?;
            if vectors.len() != chunk.len() {
                return Err(Error::from(ProviderError::Count {
                    expected: chunk.len(),
                    got: vectors.len(),
                }));
            }
            for (text, v) in chunk.iter().zip(vectors) {
                if table.dim == 0 {
                    table.dim = v.len();
                } else if v.len() != table.dim {
                    return Err(Error::from(ProviderError::Invalid(format!(
                        "embeddings changed length between requests ({} then {})",
                        table.dim,
                        v.len()
                    ))));
                }
                table.vectors.insert(text.clone(), v);
            }
        }
        Ok(Prepared::Table(table))
    }
}

/// Vectors ready for the profile's synchronous pipeline (see [`Embedder::prepare`]).
pub enum Prepared {
    Local(&'static dyn Embed),
    Table(Table),
}

impl Prepared {
    /// Length of the vectors this holds; 0 when a remote batch held none.
    pub fn dim(&self) -> usize {
        match self {
            Prepared::Local(m) => m.dim(),
            Prepared::Table(t) => t.dim,
        }
    }

    /// Texts asked for that were not fetched: always 0 unless the caller forgot one.
    pub fn misses(&self) -> usize {
        match self {
            Prepared::Local(_) => 0,
            Prepared::Table(t) => t.misses.get(),
        }
    }
}

/// A remote model's vectors for the texts of one operation.
pub struct Table {
    id: String,
    dim: usize,
    vectors: HashMap<String, Vec<f32>>,
    misses: Cell<usize>,
}

impl Embed for Prepared {
    fn model_id(&self) -> &str {
        match self {
            Prepared::Local(m) => m.model_id(),
            Prepared::Table(t) => &t.id,
        }
    }

    fn dim(&self) -> usize {
        Prepared::dim(self)
    }

    fn embed(&self, text: &str) -> Option<Vec<f32>> {
        match self {
            Prepared::Local(m) => m.embed(text),
            Prepared::Table(t) => {
                let found = t.vectors.get(text).cloned();
                if found.is_none() && !text.trim().is_empty() {
                    t.misses.set(t.misses.get() + 1);
                }
                found
            }
        }
    }
}
