//! Palate's core: learn what a person likes from the messages they send to AI chat
//! sites, remember it on their machine, forget what is not reinforced, and write a
//! slim preamble relevant to the next draft.
//!
//! Everything here is plain Rust that runs natively (tests, CLI, evaluation) and as
//! Wasm in the extension's service worker. Only [`wasm`] touches the browser.

pub mod aggregate;
pub mod clock;
pub mod cluster;
pub mod decay;
pub mod describe;
pub mod domain;
pub mod embed;
pub mod engine;
pub mod error;
pub mod extract;
pub mod item;
pub mod memory;
pub mod preamble;
pub mod profile;
pub mod provider;
pub mod reread;
pub mod signal;
pub mod store;
pub mod subject;
pub mod summary;
pub mod vector;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use engine::{Engine, Observed, Turn};
pub use error::{Error, Result};
pub use item::{Item, Kind, Polarity};
