//! The core's one error type. It is converted to a JS `Error` once, at the wasm boundary.

use thiserror::Error;

#[derive(Debug, Error)]
pub enum Error {
    #[error("invalid input: {0}")]
    Invalid(String),
    #[error("storage failed: {0}")]
    Store(String),
    #[error("embedding failed: {0}")]
    Embed(String),
    #[error("provider failed: {0}")]
    Provider(String),
    #[error("not found: {0}")]
    NotFound(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl From<crate::provider::ProviderError> for Error {
    fn from(e: crate::provider::ProviderError) -> Self {
        Error::Provider(e.to_string())
    }
}

impl From<crate::provider::ConfigError> for Error {
    fn from(e: crate::provider::ConfigError) -> Self {
        Error::Invalid(format!("provider settings: {e}"))
    }
}
