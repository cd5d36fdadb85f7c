//! A static embedding table distilled from all-MiniLM-L6-v2 (see `tools/distill/`).
//!
//! A text's vector is the L2-normalized sum of `scale[id] * row[id]` over its tokens:
//! WordPiece pieces, or one whole-word row where the table has one ("vegan", which the
//! pieces "vega ##n" cannot mean). The table is read in place from the bytes it was
//! given (for the embedded asset, the program's own data), so loading costs one header
//! check and the vocabulary index, never a copy of the rows.
//!
//! File layout, little-endian:
//!
//! | bytes | field |
//! |---|---|
//! | 8 | magic `PLTSTATE` |
//! | 4 | version (1) |
//! | 4 | dim |
//! | 4 | rows (vocabulary size) |
//! | 4 | vocabulary length in bytes |
//! | 4 | scale kind (1 = f16) |
//! | 4 | model id length in bytes |
//! | id_len | model id, UTF-8 |
//! | 2 × rows | per-row scale, f16 |
//! | dim × rows | rows, int8 |
//! | vocab_len | vocabulary, UTF-8, `\n`-separated, line `i` is id `i`; a whole word has a leading space |

use super::tokenizer::Tokenizer;
use super::Embed;
use crate::error::{Error, Result};

const MAGIC: &[u8; 8] = b"PLTSTATE";
const VERSION: u32 = 1;
const SCALE_F16: u32 = 1;
const HEADER_LEN: usize = 32;
const MAX_DIM: usize = 4096;

/// The asset committed under `crate/assets/`; `tools/distill/README.md` says how it was made.
/// Native builds carry it inside the binary. The Wasm build does not: compiling an
/// 8 MB data segment slowed the worker's start by half a second, so the extension
/// ships the table as a file and hands it to [`StaticModel::leak`] once.
#[cfg(not(target_arch = "wasm32"))]
static EMBEDDED_TABLE: &[u8] = include_bytes!("../../assets/minilm-l6-static-256.bin");

/// A static embedding model over a borrowed table.
pub struct StaticModel<'a> {
    model_id: &'a str,
    dim: usize,
    /// f16 little-endian, one per row.
    scales: &'a [u8],
    /// int8, `dim` per row.
    rows: &'a [u8],
    tokenizer: Tokenizer<'a>,
}

impl StaticModel<'static> {
    /// A model over `table` that lives for the rest of the program (the worker's life):
    /// the bytes are parsed, validated and kept, never freed.
    pub fn leak(table: Vec<u8>) -> Result<&'static StaticModel<'static>> {
        let bytes: &'static [u8] = Box::leak(table.into_boxed_slice());
        Ok(Box::leak(Box::new(StaticModel::from_bytes(bytes)?)))
    }

    /// The model built into the crate, parsed on first use.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn embedded() -> &'static StaticModel<'static> {
        use std::sync::OnceLock;
        static MODEL: OnceLock<StaticModel<'static>> = OnceLock::new();
        MODEL.get_or_init(|| {
            // The asset is fixed at build time and `embedded_table_loads` checks it,
            // so failing here is a build bug, not a user-reachable error.
            StaticModel::from_bytes(EMBEDDED_TABLE).expect("embedded embedding table is valid")
        })
    }
}

impl<'a> StaticModel<'a> {
    /// Parses and validates a table; a truncated or corrupt table is an [`Error::Embed`].
    pub fn from_bytes(bytes: &'a [u8]) -> Result<Self> {
        if bytes.len() < HEADER_LEN {
            return Err(corrupt(format!(
                "{} bytes is shorter than the header",
                bytes.len()
            )));
        }
        if &bytes[..8] != MAGIC {
            return Err(corrupt(
                "bad magic: not a Palate static embedding table".into(),
            ));
        }
        let field = |i: usize| {
            let at = 8 + 4 * i;
            u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
        };
        let (version, dim, rows, vocab_len, scale_kind, id_len) =
            (field(0), field(1), field(2), field(3), field(4), field(5));
        if version != VERSION {
            return Err(corrupt(format!("version {version}, expected {VERSION}")));
        }
        if scale_kind != SCALE_F16 {
            return Err(corrupt(format!("unknown scale kind {scale_kind}")));
        }
        let (dim, rows) = (dim as usize, rows as usize);
        if dim == 0 || dim > MAX_DIM || rows == 0 {
            return Err(corrupt(format!("implausible shape: {rows} rows of {dim}")));
        }
        let expected = [id_len as usize, 2 * rows, rows * dim, vocab_len as usize]
            .iter()
            .try_fold(HEADER_LEN, |acc, &n| acc.checked_add(n))
            .ok_or_else(|| corrupt("sizes overflow".into()))?;
        if bytes.len() != expected {
            return Err(corrupt(format!(
                "{} bytes, but the header implies {expected}",
                bytes.len()
            )));
        }
        let (id, rest) = bytes[HEADER_LEN..].split_at(id_len as usize);
        let (scales, rest) = rest.split_at(2 * rows);
        let (table, vocab) = rest.split_at(rows * dim);
        let model_id =
            std::str::from_utf8(id).map_err(|_| corrupt("model id is not UTF-8".into()))?;
        if model_id.is_empty() {
            return Err(corrupt("empty model id".into()));
        }
        if let Some(i) = scales
            .chunks_exact(2)
            .position(|s| !f16_to_f32(u16::from_le_bytes([s[0], s[1]])).is_finite())
        {
            return Err(corrupt(format!("row {i} has a non-finite scale")));
        }
        let vocab =
            std::str::from_utf8(vocab).map_err(|_| corrupt("vocabulary is not UTF-8".into()))?;
        let tokenizer = Tokenizer::from_vocab(vocab.split('\n'))?;
        if tokenizer.len() != rows {
            return Err(corrupt(format!(
                "{} vocabulary entries for {rows} rows",
                tokenizer.len()
            )));
        }
        Ok(Self {
            model_id,
            dim,
            scales,
            rows: table,
            tokenizer,
        })
    }

    /// The WordPiece tokenizer over this table's vocabulary.
    pub fn tokenizer(&self) -> &Tokenizer<'a> {
        &self.tokenizer
    }

    /// Number of rows (vocabulary size).
    pub fn rows(&self) -> usize {
        self.scales.len() / 2
    }

    fn scale(&self, id: usize) -> f32 {
        f16_to_f32(u16::from_le_bytes([
            self.scales[2 * id],
            self.scales[2 * id + 1],
        ]))
    }

    fn add_row(&self, id: usize, acc: &mut [f32]) {
        let scale = self.scale(id);
        let row = &self.rows[id * self.dim..(id + 1) * self.dim];
        for (a, &q) in acc.iter_mut().zip(row) {
            *a += scale * f32::from(q as i8);
        }
    }
}

impl Embed for StaticModel<'_> {
    fn model_id(&self) -> &str {
        self.model_id
    }

    fn dim(&self) -> usize {
        self.dim
    }

    fn embed(&self, text: &str) -> Option<Vec<f32>> {
        let unk = self.tokenizer.unk_id();
        let mut acc = vec![0.0f32; self.dim];
        let mut known = false;
        self.tokenizer.for_each_id(text, |id| {
            if id != unk {
                known = true;
                self.add_row(id as usize, &mut acc);
            }
        });
        if !known {
            return None;
        }
        let norm = acc
            .iter()
            .map(|x| f64::from(*x) * f64::from(*x))
            .sum::<f64>()
            .sqrt();
        // Zero (only rows the table leaves empty) or overflow: nothing usable to return.
        if !(norm.is_finite() && norm > 1e-12) {
            return None;
        }
        let inv = (1.0 / norm) as f32;
        acc.iter_mut().for_each(|x| *x *= inv);
        Some(acc)
    }
}

fn corrupt(why: String) -> Error {
    Error::Embed(format!("corrupt embedding table: {why}"))
}

/// IEEE half to single precision (the table stores per-row scales as f16).
fn f16_to_f32(h: u16) -> f32 {
    let sign = u32::from(h >> 15) << 31;
    let exp = u32::from((h >> 10) & 0x1f);
    let frac = u32::from(h & 0x3ff);
    let bits = match (exp, frac) {
        (0, 0) => sign,
        // Subnormal: frac * 2^-24, exact in f32.
        (0, _) => sign | (frac as f32 * f32::powi(2.0, -24)).to_bits(),
        (0x1f, 0) => sign | 0x7f80_0000,
        (0x1f, _) => sign | 0x7fc0_0000,
        _ => sign | ((exp + 127 - 15) << 23) | (frac << 13),
    };
    f32::from_bits(bits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn f16_decodes_normals_subnormals_and_specials() {
        assert_eq!(f16_to_f32(0x3c00), 1.0);
        assert_eq!(f16_to_f32(0xc000), -2.0);
        assert_eq!(f16_to_f32(0x3555), 0.333_251_95);
        assert_eq!(f16_to_f32(0x0001), 5.960_464_5e-8);
        assert_eq!(f16_to_f32(0x8001), -5.960_464_5e-8);
        assert_eq!(f16_to_f32(0x0000), 0.0);
        assert!(f16_to_f32(0x7c00).is_infinite());
        assert!(f16_to_f32(0x7e00).is_nan());
    }
}
