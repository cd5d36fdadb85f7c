//! BERT's uncased WordPiece tokenizer, as all-MiniLM-L6-v2's `tokenizer.json` defines it.
//!
//! Normalization (clean text, spaces around CJK ideographs, NFD without non-spacing
//! marks, lowercase), splitting on whitespace and punctuation, then greedy
//! longest-match WordPiece with `##` continuations. A table may add whole words
//! (vocabulary lines with a leading space, " vegan"): such a word is one id instead of
//! its pieces. Ids are pinned against the reference tokenizer, whole words applied the
//! same way, by `crate/tests/data/embed_tokenizer.json`.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use unicode_general_category::{get_general_category, GeneralCategory as Gc};
use unicode_normalization::UnicodeNormalization;

use crate::error::{Error, Result};

/// Words longer than this many chars become `[UNK]` (the reference's `max_input_chars_per_word`).
pub const MAX_WORD_CHARS: usize = 100;
const CONTINUATION: &str = "##";
/// Marks a whole word in the vocabulary; WordPiece tokens never contain a space.
const WHOLE_WORD: &str = " ";
const UNK: &str = "[UNK]";

/// A WordPiece vocabulary borrowed from the table; ids are line numbers.
pub struct Tokenizer<'a> {
    /// Pieces that may start a word.
    starts: PieceMap<'a>,
    /// `##` pieces, stored without the prefix so lookups need no allocation.
    continuations: PieceMap<'a>,
    /// Whole words ("vegan", which WordPiece splits as "vega ##n"), without the mark.
    words: PieceMap<'a>,
    unk: u32,
    len: usize,
}

type PieceMap<'a> = HashMap<&'a str, u32, BuildHasherDefault<FxHasher>>;

impl<'a> Tokenizer<'a> {
    /// Builds the lookup from a vocabulary whose `i`-th entry has id `i`.
    pub fn from_vocab<I: IntoIterator<Item = &'a str>>(tokens: I) -> Result<Self> {
        let mut starts = PieceMap::default();
        let mut continuations = PieceMap::default();
        let mut words = PieceMap::default();
        let mut unk = None;
        let mut len = 0usize;
        for (i, tok) in tokens.into_iter().enumerate() {
            let id = u32::try_from(i).map_err(|_| Error::Embed("vocabulary too large".into()))?;
            if tok == UNK {
                unk = Some(id);
            }
            // First occurrence wins, as in the reference's vocab loading.
            if let Some(word) = tok.strip_prefix(WHOLE_WORD).filter(|w| !w.is_empty()) {
                words.entry(word).or_insert(id);
            } else {
                match tok.strip_prefix(CONTINUATION) {
                    Some(rest) if !rest.is_empty() => continuations.entry(rest).or_insert(id),
                    _ => starts.entry(tok).or_insert(id),
                };
            }
            len = i + 1;
        }
        let unk = unk.ok_or_else(|| Error::Embed("vocabulary has no [UNK] token".into()))?;
        Ok(Self {
            starts,
            continuations,
            words,
            unk,
            len,
        })
    }

    /// Id of `[UNK]`, which stands for words the vocabulary cannot spell.
    pub fn unk_id(&self) -> u32 {
        self.unk
    }

    /// Id of a piece that may start a word, such as `[CLS]`.
    pub fn id(&self, piece: &str) -> Option<u32> {
        self.starts.get(piece).copied()
    }

    /// Number of ids.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Token ids for `text`, `[UNK]` included, without `[CLS]`/`[SEP]`.
    pub fn tokenize(&self, text: &str) -> Vec<u32> {
        let mut ids = Vec::new();
        self.for_each_id(text, |id| ids.push(id));
        ids
    }

    /// Calls `f` with each token id of `text` in order, `[UNK]` included.
    pub fn for_each_id(&self, text: &str, mut f: impl FnMut(u32)) {
        let normalized = normalize(text);
        for word in split_words(&normalized) {
            self.word_pieces(word, &mut f);
        }
    }

    fn word_pieces(&self, word: &str, f: &mut impl FnMut(u32)) {
        if word.chars().nth(MAX_WORD_CHARS).is_some() {
            f(self.unk);
            return;
        }
        if let Some(&id) = self.words.get(word) {
            f(id);
            return;
        }
        // Collect first so a word with an unmatched piece yields one [UNK] and nothing else.
        let mut pieces = [0u32; MAX_WORD_CHARS];
        let mut n = 0;
        let mut start = 0;
        while start < word.len() {
            let map = if start == 0 {
                &self.starts
            } else {
                &self.continuations
            };
            let rest = &word[start..];
            let mut found = None;
            let mut end = rest.len();
            while end > 0 {
                if let Some(&id) = map.get(&rest[..end]) {
                    found = Some((id, end));
                    break;
                }
                end = prev_boundary(rest, end);
            }
            match found {
                Some((id, len)) => {
                    pieces[n] = id;
                    n += 1;
                    start += len;
                }
                None => {
                    f(self.unk);
                    return;
                }
            }
        }
        pieces[..n].iter().for_each(|&id| f(id));
    }
}

fn prev_boundary(s: &str, mut i: usize) -> usize {
    i -= 1;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// BERT's basic normalization: drop control and format characters (and U+0000,
/// U+FFFD), map whitespace to a space, pad CJK ideographs with spaces, decompose
/// (NFD), drop non-spacing marks, lowercase.
pub fn normalize(text: &str) -> String {
    if text.is_ascii() {
        return normalize_ascii(text);
    }
    let mut cleaned = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c == '\0' || c == '\u{fffd}' || is_control(c) {
            continue;
        }
        if is_whitespace(c) {
            cleaned.push(' ');
        } else if is_cjk(c) {
            cleaned.push(' ');
            cleaned.push(c);
            cleaned.push(' ');
        } else {
            cleaned.push(c);
        }
    }
    let mut out = String::with_capacity(cleaned.len());
    for c in cleaned.nfd() {
        if get_general_category(c) != Gc::NonspacingMark {
            // Per character, as the reference does: no final-sigma rule.
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// The same for ASCII, which NFD and the Unicode tables leave alone.
fn normalize_ascii(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        match b {
            b'\t' | b'\n' | b'\r' | b' ' => out.push(' '),
            0..=0x1f | 0x7f => {}
            _ => out.push(b.to_ascii_lowercase() as char),
        }
    }
    out
}

/// Control, format and private-use characters, except tab, newline and carriage return,
/// which count as whitespace. Unassigned code points are kept, as the reference keeps
/// them (they then make their word `[UNK]`).
fn is_control(c: char) -> bool {
    if matches!(c, '\t' | '\n' | '\r') {
        return false;
    }
    matches!(
        get_general_category(c),
        Gc::Control | Gc::Format | Gc::PrivateUse | Gc::Surrogate
    )
}

fn is_whitespace(c: char) -> bool {
    c.is_whitespace()
}

/// The CJK Unified Ideograph blocks BERT pads with spaces (not Hangul, kana or CJK punctuation).
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x4E00..=0x9FFF
        | 0x3400..=0x4DBF
        | 0x20000..=0x2A6DF
        | 0x2A700..=0x2B73F
        | 0x2B740..=0x2B81F
        | 0x2B820..=0x2CEAF
        | 0xF900..=0xFAFF
        | 0x2F800..=0x2FA1F)
}

fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        || (!c.is_ascii()
            && matches!(
                get_general_category(c),
                Gc::ConnectorPunctuation
                    | Gc::DashPunctuation
                    | Gc::OpenPunctuation
                    | Gc::ClosePunctuation
                    | Gc::InitialPunctuation
                    | Gc::FinalPunctuation
                    | Gc::OtherPunctuation
            ))
}

/// Words of normalized text: split on whitespace, each punctuation char its own word.
fn split_words(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let start = rest.find(|c: char| !c.is_whitespace())?;
        rest = &rest[start..];
        let first = rest.chars().next()?;
        let end = if is_punctuation(first) {
            first.len_utf8()
        } else {
            rest.find(|c: char| c.is_whitespace() || is_punctuation(c))
                .unwrap_or(rest.len())
        };
        let (word, tail) = rest.split_at(end);
        rest = tail;
        Some(word)
    })
}

/// Firefox's multiply-rotate hash: vocabulary keys are short, and SipHash's
/// DoS resistance buys nothing for a fixed, trusted key set.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

const FX_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(FX_SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut buf = [0u8; 8];
            buf.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(buf));
        }
        let tail = chunks.remainder();
        if !tail.is_empty() {
            let mut buf = [0u8; 8];
            buf[..tail.len()].copy_from_slice(tail);
            self.add(u64::from_le_bytes(buf) ^ ((tail.len() as u64) << 56));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toy() -> Tokenizer<'static> {
        Tokenizer::from_vocab(
            [
                "[PAD]", "[UNK]", "un", "##aff", "##able", "runn", "##ing", ",", "a", "##b", "é",
            ]
            .into_iter(),
        )
        .expect("toy vocabulary")
    }

    #[test]
    fn greedy_longest_match_with_continuations() {
        assert_eq!(toy().tokenize("unaffable running"), vec![2, 3, 4, 5, 6]);
    }

    #[test]
    fn a_whole_word_is_one_id_and_only_as_a_whole_word() {
        let t = Tokenizer::from_vocab([
            "[UNK]",
            "un",
            "##aff",
            "##able",
            " unaffable",
            "a",
            "##b",
            " ",
        ])
        .expect("vocabulary with a whole word");
        assert_eq!(t.tokenize("Unaffable, unaff"), vec![4, 0, 1, 2]);
        // Not inside a longer word, and a bare mark is an ordinary (unreachable) token.
        assert_eq!(t.tokenize("unaffableab"), vec![0]);
        assert_eq!(t.tokenize("ab"), vec![5, 6]);
        assert_eq!(t.len(), 8);
    }

    #[test]
    fn a_word_with_an_unmatched_piece_is_one_unk() {
        assert_eq!(toy().tokenize("unaffablex, a"), vec![1, 7, 8]);
    }

    #[test]
    fn words_over_100_chars_are_unk_and_100_is_not() {
        let t = toy();
        let ok = format!("a{}", "b".repeat(MAX_WORD_CHARS - 1));
        assert_eq!(t.tokenize(&ok).len(), MAX_WORD_CHARS);
        assert_eq!(t.tokenize(&format!("{ok}b")), vec![1]);
    }

    #[test]
    fn normalization_strips_accents_and_controls_and_pads_cjk() {
        assert_eq!(normalize("Éa\u{200b}b\tC"), "eab c");
        assert_eq!(normalize("ab中c"), "ab 中 c");
        assert_eq!(normalize("ΣΑΣ"), "σασ");
    }

    #[test]
    fn punctuation_splits_words() {
        let words: Vec<_> = split_words("hi,there!  ¿ok?").collect();
        assert_eq!(words, ["hi", ",", "there", "!", "¿", "ok", "?"]);
    }

    #[test]
    fn a_vocabulary_without_unk_is_an_error() {
        assert!(Tokenizer::from_vocab(["a", "b"]).is_err());
    }
}
