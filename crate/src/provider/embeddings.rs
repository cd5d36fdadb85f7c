//! OpenAI-compatible `/embeddings`: request bodies and validated, unit-length vectors.

use serde_json::{json, Value};

use super::chat::{array_field, parse_body, type_name};
use super::{api_error_message, ProviderError};

/// Most texts sent in one request.
pub const MAX_BATCH: usize = 64;
/// Longest accepted vector.
pub const MAX_DIM: usize = 16_384;
/// Longest text sent, in characters; topics are short.
pub const MAX_TEXT_CHARS: usize = 2_000;

/// The request body embedding `texts` (1 to [`MAX_BATCH`], none blank) with `model`.
pub fn embeddings_request(model: &str, texts: &[&str]) -> Result<Value, ProviderError> {
    if texts.is_empty() || texts.len() > MAX_BATCH {
        return Err(ProviderError::Input(format!(
            "embed 1 to {MAX_BATCH} texts per request, not {}",
            texts.len()
        )));
    }
    if let Some(i) = texts.iter().position(|t| t.trim().is_empty()) {
        return Err(ProviderError::Input(format!("text {i} is blank")));
    }
    let input: Vec<String> = texts
        .iter()
        .map(|t| t.chars().take(MAX_TEXT_CHARS).collect())
        .collect();
    Ok(json!({"model": model, "input": input, "encoding_format": "float"}))
}

/// `expected_count` unit vectors, in input order (by each entry's `index` when every
/// entry has one), all of one length, finite, none zero.
pub fn parse_embeddings(body: &str, expected_count: usize) -> Result<Vec<Vec<f32>>, ProviderError> {
    let value = parse_body(body)?;
    if let Some(message) = api_error_message(body) {
        return Err(ProviderError::Api(message));
    }
    let data = array_field(value.get("data"), "data")?;
    if data.len() != expected_count {
        return Err(ProviderError::Count {
            expected: expected_count,
            got: data.len(),
        });
    }
    let mut slots: Vec<Option<Vec<f32>>> = vec![None; data.len()];
    let indexed = data.iter().all(|d| d.get("index").is_some());
    for (position, entry) in data.iter().enumerate() {
        let slot = if indexed {
            entry
                .get("index")
                .and_then(Value::as_u64)
                .and_then(|i| usize::try_from(i).ok())
                .filter(|&i| i < data.len() && slots[i].is_none())
                .ok_or_else(|| {
                    ProviderError::Shape(format!(
                        "entry {position} has a missing, repeated or out-of-range \"index\""
                    ))
                })?
        } else {
            position
        };
        let numbers = match entry.get("embedding") {
            Some(Value::Array(numbers)) => numbers,
            Some(Value::String(_)) => {
                return Err(ProviderError::Shape(
                    "embeddings came base64-encoded; the request asks for floats".into(),
                ))
            }
            _ => {
                return Err(ProviderError::Shape(format!(
                    "entry {position} has no \"embedding\" array"
                )))
            }
        };
        if numbers.is_empty() || numbers.len() > MAX_DIM {
            return Err(ProviderError::Invalid(format!(
                "embedding {slot} has {} dimensions; expected 1 to {MAX_DIM}",
                numbers.len()
            )));
        }
        let vector = numbers
            .iter()
            .map(|n| {
                n.as_f64()
                    .map(|x| x as f32)
                    .filter(|x| x.is_finite())
                    .ok_or_else(|| {
                        ProviderError::Invalid(format!(
                            "embedding {slot} holds {}, not a finite number",
                            type_name(n)
                        ))
                    })
            })
            .collect::<Result<Vec<f32>, _>>()?;
        slots[slot] = Some(unit(vector).ok_or(ProviderError::ZeroVector(slot))?);
    }
    let vectors: Vec<Vec<f32>> = slots.into_iter().flatten().collect();
    if let Some(first) = vectors.first() {
        if let Some(i) = vectors.iter().position(|v| v.len() != first.len()) {
            return Err(ProviderError::Invalid(format!(
                "embedding {i} has {} dimensions, embedding 0 has {}",
                vectors[i].len(),
                first.len()
            )));
        }
    }
    Ok(vectors)
}

/// `v` scaled to unit length, or `None` when it has none.
fn unit(mut v: Vec<f32>) -> Option<Vec<f32>> {
    let norm = v
        .iter()
        .map(|&x| f64::from(x) * f64::from(x))
        .sum::<f64>()
        .sqrt();
    if !(norm.is_finite() && norm > 0.0) {
        return None;
    }
    for x in &mut v {
        *x = (f64::from(*x) / norm) as f32;
    }
    Some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(vectors: &[(usize, Value)]) -> String {
        let data: Vec<Value> = vectors
            .iter()
            .map(|(i, v)| json!({"object": "embedding", "index": i, "embedding": v}))
            .collect();
        json!({"object": "list", "data": data, "model": "m"}).to_string()
    }

    #[test]
    fn the_request_names_the_model_and_every_text() {
        let b = embeddings_request("emb", &["tea", "jazz"]).unwrap();
        assert_eq!(
            b,
            json!({"model": "emb", "input": ["tea", "jazz"], "encoding_format": "float"})
        );
        assert!(matches!(
            embeddings_request("emb", &[]),
            Err(ProviderError::Input(_))
        ));
        assert!(matches!(
            embeddings_request("emb", &["a", " "]),
            Err(ProviderError::Input(_))
        ));
        let many = vec!["x"; MAX_BATCH + 1];
        assert!(matches!(
            embeddings_request("emb", &many),
            Err(ProviderError::Input(_))
        ));
    }

    #[test]
    fn vectors_come_back_in_input_order_at_unit_length() {
        let b = body(&[(1, json!([0.0, 2.0])), (0, json!([3.0, 4.0]))]);
        let v = parse_embeddings(&b, 2).unwrap();
        assert_eq!(v, vec![vec![0.6, 0.8], vec![0.0, 1.0]]);
        let no_index = json!({"data": [{"embedding": [1.0]}, {"embedding": [-2.0]}]}).to_string();
        assert_eq!(
            parse_embeddings(&no_index, 2).unwrap(),
            vec![vec![1.0], vec![-1.0]]
        );
    }

    #[test]
    fn each_failure_has_its_own_error() {
        let e = |b: &str, n| parse_embeddings(b, n).unwrap_err();
        assert_eq!(
            e(&body(&[(0, json!([1.0]))]), 2),
            ProviderError::Count {
                expected: 2,
                got: 1
            }
        );
        assert_eq!(
            e(&body(&[(0, json!([0.0, 0.0]))]), 1),
            ProviderError::ZeroVector(0)
        );
        assert!(matches!(
            e(&body(&[(0, json!([1.0])), (1, json!([1.0, 2.0]))]), 2),
            ProviderError::Invalid(_)
        ));
        assert!(matches!(
            e(&body(&[(0, json!([1.0, "x"]))]), 1),
            ProviderError::Invalid(_)
        ));
        assert!(matches!(e("[1e999]", 1), ProviderError::NotJson(_)));
        assert!(matches!(
            e(&body(&[(0, json!([1e300]))]), 1),
            ProviderError::Invalid(_)
        ));
        assert!(matches!(
            e(&body(&[(0, json!([]))]), 1),
            ProviderError::Invalid(_)
        ));
        assert!(matches!(
            e(&body(&[(0, json!([1.0])), (0, json!([1.0]))]), 2),
            ProviderError::Shape(_)
        ));
        assert!(matches!(
            e(&body(&[(5, json!([1.0]))]), 1),
            ProviderError::Shape(_)
        ));
        assert!(matches!(
            e(&body(&[(0, json!("AAAA"))]), 1),
            ProviderError::Shape(_)
        ));
        assert!(matches!(e(r#"{"data": {}}"#, 1), ProviderError::Shape(_)));
        assert!(matches!(
            e(r#"{"error": {"message": "no"}}"#, 1),
            ProviderError::Api(_)
        ));
        assert!(matches!(e("not json", 1), ProviderError::NotJson(_)));
    }
}
