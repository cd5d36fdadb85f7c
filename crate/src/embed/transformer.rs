//! all-MiniLM-L6-v2 itself, int8: the teacher of the static table, run in full.
//!
//! The static table ([`super::StaticModel`]) reads a text as a weighted sum of token
//! rows, so "a restaurant for date night" cannot learn from its own words which of them
//! matters. This runs the teacher's six layers of self-attention instead, as
//! sentence-transformers does (mean pooling over every token, `[CLS]` and `[SEP]`
//! included, then L2 normalization), at thousands of times the static model's cost per
//! text. It is the measured upgrade path for selection (`palate --embedding transformer
//! eval`; README): through the whole pipeline it chooses better on PrefEval but not yet
//! on everyday messages, whose domain areas and lifts were tuned in the static table's
//! space, so the extension does not offer it.
//!
//! The weights come from `tools/distill/transformer.py`: every matrix int8 with one f32
//! scale per output row, biases and LayerNorm parameters f32 (cosine to the float model
//! at least 0.998 on the script's phrases). The token and position rows are read in
//! place from the bytes given; the dense layers are widened to f32 once at load (42 MB),
//! which made a text about twice as fast as widening each weight on every use. The file
//! also carries the float model's vectors for the everyday-domain lines
//! ([`crate::domain`]), which the engine embeds at every start.
//!
//! File layout, little-endian:
//!
//! | bytes | field |
//! |---|---|
//! | 8 | magic `PLTMINIL` |
//! | 4 × 10 | version (1), dim, layers, heads, ffn width, vocabulary rows, positions, vocabulary length in bytes, model id length, carried texts |
//! | id_len | model id, UTF-8 |
//! | vocab_len | vocabulary, UTF-8, `\n`-separated, line `i` is id `i` |
//! | ... | word rows, position rows (the token type folded in), then per layer query, key, value, attention output, intermediate, output: each matrix `rows × cols` int8 then `rows` f32 scales, each followed by its f32 bias; LayerNorm weight and bias after the embeddings, the attention output and the output |
//! | ... | per carried text: u32 length, UTF-8 text, `dim` f32 |

use std::collections::HashMap;
use std::sync::Mutex;

use super::tokenizer::Tokenizer;
use super::Embed;
use crate::error::{Error, Result};
use crate::vector::dot;

const MAGIC: &[u8; 8] = b"PLTMINIL";
const VERSION: u32 = 1;
const HEADER_LEN: usize = 8 + 4 * 10;
const LN_EPS: f32 = 1e-12;
/// Tokens read per text, `[CLS]` and `[SEP]` included. The teacher reads 256; memories
/// and drafts' subjects are far shorter, and the cost grows with every token.
const MAX_TOKENS: usize = 128;
/// Texts whose vectors are kept: the engine asks for the same topic and draft more
/// than once per operation, and each costs milliseconds here.
const CACHE: usize = 1024;

/// The transformer over a borrowed asset; dense weights widened to f32 at load.
pub struct TransformerModel<'a> {
    model_id: &'a str,
    dim: usize,
    heads: usize,
    word: Matrix<'a>,
    position: Matrix<'a>,
    norm: Norm,
    layers: Vec<Layer>,
    tokenizer: Tokenizer<'a>,
    cls: u32,
    sep: u32,
    carried: HashMap<&'a str, Vec<f32>>,
    cache: Mutex<HashMap<String, Option<Vec<f32>>>>,
}

/// int8 rows with one scale each: `row[r] ≈ q[r] * scale[r]`.
struct Matrix<'a> {
    rows: usize,
    cols: usize,
    q: &'a [u8],
    scale: Vec<f32>,
}

/// A dense layer, its int8 rows widened to f32 once at load: the worker then multiplies
/// floats, several times faster than widening each weight on every use.
struct Linear {
    rows: usize,
    cols: usize,
    w: Vec<f32>,
    bias: Vec<f32>,
}

struct Norm {
    weight: Vec<f32>,
    bias: Vec<f32>,
}

struct Layer {
    query: Linear,
    key: Linear,
    value: Linear,
    attn_out: Linear,
    attn_norm: Norm,
    up: Linear,
    down: Linear,
    out_norm: Norm,
}

impl TransformerModel<'static> {
    /// A model over `bytes` that lives for the rest of the program (the worker's life).
    pub fn leak(bytes: Vec<u8>) -> Result<&'static TransformerModel<'static>> {
        let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
        Ok(Box::leak(Box::new(TransformerModel::from_bytes(bytes)?)))
    }

    /// The asset committed under `crate/assets/`, read from the source tree (for the
    /// command line, tests and benchmarks; 23 MB is too much to build into each binary).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_source_tree() -> Result<&'static TransformerModel<'static>> {
        use std::sync::OnceLock;
        static MODEL: OnceLock<std::result::Result<&'static TransformerModel<'static>, String>> =
            OnceLock::new();
        MODEL
            .get_or_init(|| {
                let path = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/minilm-l6-int8.bin");
                let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
                TransformerModel::leak(bytes).map_err(|e| e.to_string())
            })
            .clone()
            .map_err(Error::Embed)
    }
}

/// Reads the asset front to back, checking every length against what is left.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        let end = self
            .at
            .checked_add(n)
            .filter(|&e| e <= self.bytes.len())
            .ok_or_else(|| corrupt(format!("truncated at byte {}", self.at)))?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }

    fn u32(&mut self) -> Result<u32> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn floats(&mut self, n: usize) -> Result<Vec<f32>> {
        let bytes = self.take(
            n.checked_mul(4)
                .ok_or_else(|| corrupt("sizes overflow".into()))?,
        )?;
        let v: Vec<f32> = bytes
            .chunks_exact(4)
            .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect();
        if v.iter().any(|x| !x.is_finite()) {
            return Err(corrupt(format!("non-finite value before byte {}", self.at)));
        }
        Ok(v)
    }

    fn matrix(&mut self, rows: usize, cols: usize) -> Result<Matrix<'a>> {
        let n = rows
            .checked_mul(cols)
            .ok_or_else(|| corrupt("sizes overflow".into()))?;
        let q = self.take(n)?;
        let scale = self.floats(rows)?;
        Ok(Matrix {
            rows,
            cols,
            q,
            scale,
        })
    }

    fn linear(&mut self, rows: usize, cols: usize) -> Result<Linear> {
        let m = self.matrix(rows, cols)?;
        let w =
            m.q.chunks_exact(cols)
                .zip(&m.scale)
                .flat_map(|(row, &s)| row.iter().map(move |&q| s * f32::from(q as i8)))
                .collect();
        Ok(Linear {
            rows,
            cols,
            w,
            bias: self.floats(rows)?,
        })
    }

    fn norm(&mut self, dim: usize) -> Result<Norm> {
        Ok(Norm {
            weight: self.floats(dim)?,
            bias: self.floats(dim)?,
        })
    }
}

impl<'a> TransformerModel<'a> {
    /// Parses and validates an asset; a truncated or corrupt one is an [`Error::Embed`].
    pub fn from_bytes(bytes: &'a [u8]) -> Result<Self> {
        if bytes.len() < HEADER_LEN || &bytes[..8] != MAGIC {
            return Err(corrupt("not a Palate transformer asset".into()));
        }
        let mut r = Reader { bytes, at: 8 };
        let mut fields = [0usize; 10];
        for f in &mut fields {
            *f = r.u32()? as usize;
        }
        let [version, dim, layers, heads, ffn, rows, positions, vocab_len, id_len, carried] =
            fields;
        if version != VERSION as usize {
            return Err(corrupt(format!("version {version}, expected {VERSION}")));
        }
        let plausible = (1..=4096).contains(&dim)
            && (1..=48).contains(&layers)
            && heads > 0
            && dim % heads == 0
            && (1..=16384).contains(&ffn)
            && rows > 0
            && positions >= 2
            && carried <= 4096;
        if !plausible {
            return Err(corrupt(format!(
                "implausible shape: dim {dim}, {layers} layers, {heads} heads, ffn {ffn}"
            )));
        }
        let model_id = std::str::from_utf8(r.take(id_len)?)
            .ok()
            .filter(|s| !s.is_empty())
            .ok_or_else(|| corrupt("model id is empty or not UTF-8".into()))?;
        let vocab = std::str::from_utf8(r.take(vocab_len)?)
            .map_err(|_| corrupt("vocabulary is not UTF-8".into()))?;
        let tokenizer = Tokenizer::from_vocab(vocab.split('\n'))?;
        if tokenizer.len() != rows {
            return Err(corrupt(format!(
                "{} vocabulary entries for {rows} rows",
                tokenizer.len()
            )));
        }
        let (cls, sep) = match (tokenizer.id("[CLS]"), tokenizer.id("[SEP]")) {
            (Some(c), Some(s)) => (c, s),
            _ => return Err(corrupt("vocabulary lacks [CLS] or [SEP]".into())),
        };
        let word = r.matrix(rows, dim)?;
        let position = r.matrix(positions, dim)?;
        let norm = r.norm(dim)?;
        let layers = (0..layers)
            .map(|_| {
                Ok(Layer {
                    query: r.linear(dim, dim)?,
                    key: r.linear(dim, dim)?,
                    value: r.linear(dim, dim)?,
                    attn_out: r.linear(dim, dim)?,
                    attn_norm: r.norm(dim)?,
                    up: r.linear(ffn, dim)?,
                    down: r.linear(dim, ffn)?,
                    out_norm: r.norm(dim)?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let mut texts = HashMap::new();
        for _ in 0..carried {
            let len = r.u32()? as usize;
            let text = std::str::from_utf8(r.take(len)?)
                .map_err(|_| corrupt("a carried text is not UTF-8".into()))?;
            let v = r.floats(dim)?;
            let norm: f32 = v.iter().map(|x| x * x).sum::<f32>().sqrt();
            if (norm - 1.0).abs() > 1e-3 {
                return Err(corrupt(format!("carried vector for {text:?} is not unit")));
            }
            texts.insert(text, v);
        }
        if r.at != bytes.len() {
            return Err(corrupt(format!(
                "{} bytes after the last field",
                bytes.len() - r.at
            )));
        }
        Ok(Self {
            model_id,
            dim,
            heads,
            word,
            position,
            norm,
            layers,
            tokenizer,
            cls,
            sep,
            carried: texts,
            cache: Mutex::new(HashMap::new()),
        })
    }

    /// The WordPiece tokenizer over this model's vocabulary.
    pub fn tokenizer(&self) -> &Tokenizer<'a> {
        &self.tokenizer
    }

    /// The text's vector computed afresh, past the carried texts and the cache (what
    /// [`Embed::embed`] costs the first time; for benchmarks).
    pub fn compute(&self, text: &str) -> Option<Vec<f32>> {
        self.ids(text).and_then(|ids| self.forward(&ids))
    }

    /// The text's ids with `[CLS]` and `[SEP]`, cut to what the model reads; `None`
    /// when every token is unknown (as the static model, such text has no vector).
    fn ids(&self, text: &str) -> Option<Vec<u32>> {
        let unk = self.tokenizer.unk_id();
        let limit = MAX_TOKENS.min(self.position.rows) - 2;
        let mut ids = vec![self.cls];
        let mut known = false;
        self.tokenizer.for_each_id(text, |id| {
            if ids.len() <= limit {
                known |= id != unk;
                ids.push(id);
            }
        });
        ids.push(self.sep);
        known.then_some(ids)
    }

    /// Mean of the last hidden states, L2-normalized.
    fn forward(&self, ids: &[u32]) -> Option<Vec<f32>> {
        let (t, d) = (ids.len(), self.dim);
        let mut x = vec![0.0f32; t * d];
        for (i, (&id, row)) in ids.iter().zip(x.chunks_exact_mut(d)).enumerate() {
            self.word.add_row(id as usize, row);
            self.position.add_row(i, row);
        }
        self.norm.apply(&mut x);
        let ffn = self.layers.first().map_or(0, |l| l.up.rows);
        let (mut q, mut k, mut v) = (vec![0.0; t * d], vec![0.0; t * d], vec![0.0; t * d]);
        let (mut ctx, mut tmp, mut h) = (vec![0.0; t * d], vec![0.0; t * d], vec![0.0; t * ffn]);
        for layer in &self.layers {
            layer.query.apply(&x, &mut q);
            layer.key.apply(&x, &mut k);
            layer.value.apply(&x, &mut v);
            attention(&q, &k, &v, t, self.heads, &mut ctx);
            layer.attn_out.apply(&ctx, &mut tmp);
            x.iter_mut().zip(&tmp).for_each(|(a, b)| *a += b);
            layer.attn_norm.apply(&mut x);
            layer.up.apply(&x, &mut h);
            h.iter_mut().for_each(|a| *a = gelu(*a));
            layer.down.apply(&h, &mut tmp);
            x.iter_mut().zip(&tmp).for_each(|(a, b)| *a += b);
            layer.out_norm.apply(&mut x);
        }
        let mut pooled = vec![0.0f32; d];
        for row in x.chunks_exact(d) {
            pooled.iter_mut().zip(row).for_each(|(p, a)| *p += a);
        }
        let norm = pooled.iter().map(|a| a * a).sum::<f32>().sqrt();
        if !(norm.is_finite() && norm > 1e-12) {
            return None;
        }
        pooled.iter_mut().for_each(|a| *a /= norm);
        Some(pooled)
    }
}

impl TransformerModel<'_> {
    fn cache(&self) -> std::sync::MutexGuard<'_, HashMap<String, Option<Vec<f32>>>> {
        // A poisoned lock only means a panic elsewhere mid-insert; the map is still sound.
        self.cache.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Embed for TransformerModel<'_> {
    fn model_id(&self) -> &str {
        self.model_id
    }

    fn dim(&self) -> usize {
        self.dim
    }

    fn embed(&self, text: &str) -> Option<Vec<f32>> {
        if let Some(v) = self.carried.get(text) {
            return Some(v.clone());
        }
        if let Some(v) = self.cache().get(text) {
            return v.clone();
        }
        let v = self.compute(text);
        let mut cache = self.cache();
        if cache.len() >= CACHE {
            cache.clear();
        }
        cache.insert(text.to_owned(), v.clone());
        v
    }
}

impl Matrix<'_> {
    fn add_row(&self, r: usize, out: &mut [f32]) {
        let s = self.scale[r];
        let row = &self.q[r * self.cols..(r + 1) * self.cols];
        out.iter_mut()
            .zip(row)
            .for_each(|(o, &q)| *o += s * f32::from(q as i8));
    }
}

impl Linear {
    /// `out[t] = W · x[t] + b` for every token row `t` of `x`. The weight row is the
    /// outer loop so each int8 row is read once for all tokens.
    fn apply(&self, x: &[f32], out: &mut [f32]) {
        let (rows, cols) = (self.rows, self.cols);
        let t = x.len() / cols;
        for (r, w) in self.w.chunks_exact(cols).enumerate() {
            let b = self.bias[r];
            for i in 0..t {
                out[i * rows + r] = dot(&x[i * cols..(i + 1) * cols], w) + b;
            }
        }
    }
}

impl Norm {
    fn apply(&self, x: &mut [f32]) {
        let d = self.weight.len();
        for row in x.chunks_exact_mut(d) {
            let mean = row.iter().sum::<f32>() / d as f32;
            let var = row.iter().map(|a| (a - mean) * (a - mean)).sum::<f32>() / d as f32;
            let inv = 1.0 / (var + LN_EPS).sqrt();
            for ((a, g), b) in row.iter_mut().zip(&self.weight).zip(&self.bias) {
                *a = (*a - mean) * inv * g + b;
            }
        }
    }
}

/// Scaled dot-product self-attention over one unpadded sequence, per head.
fn attention(q: &[f32], k: &[f32], v: &[f32], t: usize, heads: usize, out: &mut [f32]) {
    let d = q.len() / t;
    let hd = d / heads;
    let scale = 1.0 / (hd as f32).sqrt();
    let mut w = vec![0.0f32; t];
    for h in 0..heads {
        let cols = h * hd..(h + 1) * hd;
        for i in 0..t {
            let qi = &q[i * d..][cols.clone()];
            for (j, wj) in w.iter_mut().enumerate() {
                let kj = &k[j * d..][cols.clone()];
                *wj = dot(qi, kj) * scale;
            }
            let max = w.iter().copied().fold(f32::NEG_INFINITY, f32::max);
            let mut sum = 0.0;
            w.iter_mut().for_each(|a| {
                *a = (*a - max).exp();
                sum += *a;
            });
            let o = &mut out[i * d..][cols.clone()];
            o.fill(0.0);
            for (j, &wj) in w.iter().enumerate() {
                let vj = &v[j * d..][cols.clone()];
                o.iter_mut().zip(vj).for_each(|(a, b)| *a += wj / sum * b);
            }
        }
    }
}

/// BERT's exact GELU.
fn gelu(x: f32) -> f32 {
    0.5 * x * (1.0 + libm::erff(x * std::f32::consts::FRAC_1_SQRT_2))
}

fn corrupt(why: String) -> Error {
    Error::Embed(format!("corrupt transformer asset: {why}"))
}
