//! A deterministic test-only embedder: a bag of words hashed into 64 dimensions,
//! normalized. Shares words => similar vectors. Never a real model.

use crate::embed::Embed;

pub struct HashEmbed;

pub const DIM: usize = 64;

fn hash(word: &str) -> u64 {
    // FNV-1a: stable across runs and platforms.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in word.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    h
}

impl Embed for HashEmbed {
    fn model_id(&self) -> &str {
        "test-hash-64"
    }
    fn dim(&self) -> usize {
        DIM
    }
    fn embed(&self, text: &str) -> Option<Vec<f32>> {
        let mut v = vec![0f32; DIM];
        for w in text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            let w = w.to_lowercase();
            // Crude stemming so "strawberry" and "strawberries" share a dimension.
            let stem: String = w.chars().take(6).collect();
            let h = hash(&stem);
            v[(h % DIM as u64) as usize] += 1.0;
            v[((h >> 20) % DIM as u64) as usize] += 0.5;
        }
        crate::vector::normalize(&mut v).then_some(v)
    }
}
