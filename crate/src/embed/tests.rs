//! Pins the embedded table and tokenizer against the reference tokenizer and the teacher
//! (fixtures written by `tools/distill/fixtures.py`).

use serde::Deserialize;

use super::{Embed, StaticModel};

const TOKENIZER_CASES: &str = include_str!("../../tests/data/embed_tokenizer.json");
const REFERENCE: &str = include_str!("../../tests/data/embed_reference.json");
const TABLE: &[u8] = include_bytes!("../../assets/minilm-l6-static-256.bin");

#[derive(Deserialize)]
struct TokenizerCases {
    cases: Vec<TokenizerCase>,
}

#[derive(Deserialize)]
struct TokenizerCase {
    text: String,
    ids: Vec<u32>,
}

#[derive(Deserialize)]
struct Reference {
    model_id: String,
    phrases: Vec<ReferencePhrase>,
}

#[derive(Deserialize)]
struct ReferencePhrase {
    text: String,
    vector: Vec<f32>,
}

fn model() -> &'static StaticModel<'static> {
    StaticModel::embedded()
}

fn dot(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

#[track_caller]
fn vector(text: &str) -> Vec<f32> {
    model()
        .embed(text)
        .unwrap_or_else(|| panic!("no vector for {text:?}"))
}

fn cos(a: &str, b: &str) -> f32 {
    dot(&vector(a), &vector(b))
}

#[track_caller]
fn assert_closer(anchor: &str, related: &str, unrelated: &str) {
    let (r, u) = (cos(anchor, related), cos(anchor, unrelated));
    assert!(
        r > u,
        "{anchor:?}: {related:?} at {r:.3} should beat {unrelated:?} at {u:.3}"
    );
}

#[test]
fn embedded_table_loads_with_its_id_and_shape() {
    let m = model();
    assert_eq!(m.model_id(), "minilm-l6-static-256-v2");
    assert_eq!(m.dim(), 256);
    // The WordPiece vocabulary, then the whole words (tools/distill/words.py).
    assert_eq!(m.rows(), 30_522 + 6_785);
    assert_eq!(m.tokenizer().tokenize("Ramen"), vec![35_404]);
}

#[test]
fn tokenizer_ids_match_the_reference_tokenizer() {
    let cases: TokenizerCases = serde_json::from_str(TOKENIZER_CASES).expect("fixture parses");
    assert!(cases.cases.len() > 30);
    let mismatches: Vec<String> = cases
        .cases
        .iter()
        .filter_map(|c| {
            let got = model().tokenizer().tokenize(&c.text);
            (got != c.ids).then(|| format!("{:?}: got {got:?}, want {:?}", c.text, c.ids))
        })
        .collect();
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn vectors_agree_with_the_teacher_on_preference_phrases() {
    let reference: Reference = serde_json::from_str(REFERENCE).expect("fixture parses");
    assert_eq!(reference.model_id, model().model_id());
    for p in &reference.phrases {
        let c = dot(&vector(&p.text), &p.vector);
        assert!(
            c >= 0.8,
            "{:?}: cosine with the teacher {c:.3} < 0.8",
            p.text
        );
    }
}

#[test]
fn vectors_are_unit_length_and_finite() {
    for text in [
        "jazz music",
        "I'd like SHORT answers, please!",
        "Crème brûlée 🍮",
        "中文",
    ] {
        let v = vector(text);
        assert_eq!(v.len(), 256);
        assert!(v.iter().all(|x| x.is_finite()), "{text:?}");
        assert!((dot(&v, &v) - 1.0).abs() < 1e-4, "{text:?}");
    }
}

#[test]
fn related_phrases_are_closer_than_unrelated_ones() {
    assert_closer("spicy food", "hot chili peppers", "classical piano");
    assert_closer("very sweet desserts", "chocolate cake", "metric units");
    assert_closer("concise answers", "short replies", "spicy food");
    assert_closer("jazz music", "saxophone solos", "vegetarian recipes");
    assert_closer("metric units", "kilometers not miles", "jazz music");
    assert_closer("dark mode", "dark themes in editors", "budget travel");
    assert_closer("python code examples", "python scripts", "sugary treats");
}

#[test]
fn texts_without_known_tokens_have_no_vector() {
    for text in [
        "",
        "   \t\n ",
        "🙂🙂",
        "🍕 🌶️",
        "\u{200b}\u{200d}",
        &"x".repeat(101),
    ] {
        assert_eq!(model().embed(text), None, "{text:?}");
    }
}

#[test]
fn unknown_tokens_are_ignored() {
    let plain = vector("spicy food");
    let noisy = vector("spicy 🙂 food 👨\u{200d}👩\u{200d}👧");
    assert!(dot(&plain, &noisy) > 0.9999);
}

#[test]
fn a_megabyte_of_text_does_not_panic() {
    let mut text = "I really like spicy food and jazz, ünïcödé 中文 🙂 ".repeat(20_000);
    text.push_str(&"y".repeat(1 << 20));
    assert!(text.len() > 1 << 20);
    let v = vector(&text);
    assert!(v.iter().all(|x| x.is_finite()));
}

fn header_field(bytes: &mut [u8], index: usize, value: u32) {
    let at = 8 + 4 * index;
    bytes[at..at + 4].copy_from_slice(&value.to_le_bytes());
}

#[track_caller]
fn assert_rejected(bytes: &[u8], why: &str) {
    match StaticModel::from_bytes(bytes) {
        Ok(_) => panic!("accepted a table with {why}"),
        Err(e) => {
            let msg = e.to_string();
            assert!(msg.contains("corrupt embedding table"), "{why}: {msg}");
        }
    }
}

#[test]
fn truncated_tables_are_errors() {
    for len in [0, 7, 8, 31, 32, 1000, TABLE.len() / 2, TABLE.len() - 1] {
        assert_rejected(&TABLE[..len], &format!("only {len} bytes"));
    }
    let mut longer = TABLE.to_vec();
    longer.push(0);
    assert_rejected(&longer, "a trailing byte");
}

#[test]
fn bad_magic_is_an_error() {
    let mut t = TABLE.to_vec();
    t[0] = b'X';
    assert_rejected(&t, "bad magic");
}

#[test]
fn wrong_header_sizes_are_errors() {
    for (field, value, why) in [
        (0, 2, "version 2"),
        (1, 128, "dim 128 for 256-wide rows"),
        (1, 0, "dim 0"),
        (1, u32::MAX, "a huge dim"),
        (2, 30_521, "one row too few"),
        (2, u32::MAX, "a huge row count"),
        (3, 12, "a short vocabulary"),
        (4, 7, "an unknown scale kind"),
        (5, 3, "a wrong id length"),
    ] {
        let mut t = TABLE.to_vec();
        header_field(&mut t, field, value);
        assert_rejected(&t, why);
    }
}

#[test]
fn corrupt_contents_are_errors() {
    let id_len = u32::from_le_bytes([TABLE[28], TABLE[29], TABLE[30], TABLE[31]]) as usize;
    let scales = 32 + id_len;

    let mut nan_scale = TABLE.to_vec();
    nan_scale[scales + 2 * 2000..scales + 2 * 2000 + 2].copy_from_slice(&0x7e00u16.to_le_bytes());
    assert_rejected(&nan_scale, "a NaN scale");

    let mut bad_utf8 = TABLE.to_vec();
    let last = bad_utf8.len() - 1;
    bad_utf8[last] = 0xff;
    assert_rejected(&bad_utf8, "a vocabulary that is not UTF-8");

    // Same byte length, one line fewer: the vocabulary no longer covers every row.
    let mut merged = TABLE.to_vec();
    let nl = merged
        .iter()
        .rposition(|&b| b == b'\n')
        .expect("vocabulary lines");
    merged[nl] = b'x';
    assert_rejected(&merged, "fewer vocabulary lines than rows");
}

#[test]
fn a_vocabulary_without_unk_is_an_error() {
    let mut t = TABLE.to_vec();
    let at = t
        .windows(5)
        .rposition(|w| w == b"[UNK]")
        .expect("[UNK] present");
    t[at + 1] = b'X';
    assert!(StaticModel::from_bytes(&t).is_err());
}

mod transformer {
    //! Pins the int8 transformer to the float teacher (`tools/distill/transformer.py`).

    use super::{dot, Reference};
    use crate::embed::{Embed, TransformerModel};

    const PINNED: &str = include_str!("../../tests/data/embed_transformer.json");

    fn model() -> &'static TransformerModel<'static> {
        TransformerModel::from_source_tree().expect("the transformer asset loads")
    }

    fn asset() -> Vec<u8> {
        std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/minilm-l6-int8.bin"
        ))
        .expect("the transformer asset is in the source tree")
    }

    #[test]
    fn vectors_match_the_float_teacher() {
        let reference: Reference = serde_json::from_str(PINNED).unwrap();
        assert_eq!(reference.model_id, model().model_id());
        assert_eq!(model().dim(), 384);
        for p in &reference.phrases {
            let v = model().embed(&p.text).expect("pinned phrases embed");
            let c = dot(&v, &p.vector);
            assert!(c >= 0.99, "{:?}: cosine {c:.4} to the teacher", p.text);
        }
    }

    #[test]
    fn related_phrases_are_closer_and_unknown_text_has_no_vector() {
        let v = |t: &str| model().embed(t).unwrap();
        let food = v("I love spicy food");
        assert!(
            dot(&food, &v("What should I cook for dinner?"))
                > dot(&food, &v("How do I fix my bike chain?"))
        );
        assert!(model().embed("").is_none());
        assert!(model().embed("  \u{200b} ").is_none());
        // Asked twice, the cached answer is the same.
        assert_eq!(model().embed("I love spicy food").unwrap(), food);
    }

    #[test]
    fn a_megabyte_of_text_reads_only_its_first_tokens() {
        let long = "spicy food ".repeat(100_000);
        let v = model().embed(&long).expect("long text embeds");
        assert!(v.iter().all(|x| x.is_finite()));
    }

    #[test]
    fn domain_lines_are_carried_and_match_what_the_layers_compute() {
        let line = crate::domain::Domains::texts().next().unwrap();
        let carried = model().embed(line).unwrap();
        // The same words with a trailing space are not the carried text: computed.
        let computed = model().embed(&format!("{line} ")).unwrap();
        assert!(dot(&carried, &computed) > 0.99);
    }

    #[test]
    fn corrupt_assets_are_errors_not_panics() {
        let bytes = asset();
        for cut in [0, 7, 47, 1000, bytes.len() / 2, bytes.len() - 1] {
            let err = TransformerModel::from_bytes(&bytes[..cut])
                .err()
                .expect("cut asset rejected");
            assert!(
                err.to_string().contains("corrupt transformer asset"),
                "{err}"
            );
        }
        let mut bad = bytes.clone();
        bad[0] = b'X';
        assert!(TransformerModel::from_bytes(&bad).is_err());
        let mut bad = bytes.clone();
        bad[8..12].copy_from_slice(&2u32.to_le_bytes());
        assert!(TransformerModel::from_bytes(&bad).is_err());
        let mut bad = bytes.clone();
        bad[16..20].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(TransformerModel::from_bytes(&bad).is_err());
        let mut longer = bytes;
        longer.push(0);
        assert!(TransformerModel::from_bytes(&longer).is_err());
    }
}
