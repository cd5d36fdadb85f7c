//! Embeddings: text to unit vectors. The embedded static model is the default.

mod static_model;
#[cfg(test)]
mod tests;
pub mod tokenizer;

pub use static_model::StaticModel;
pub use tokenizer::Tokenizer;

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
