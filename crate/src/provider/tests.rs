//! The providers end to end against a small HTTP server started inside each test on
//! 127.0.0.1, speaking just enough chat-completions and embeddings. Never a real endpoint.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::mpsc::{channel, Receiver};
use std::thread;
use std::time::Duration;

use proptest::prelude::*;
use serde_json::{json, Value};

use super::chat::{parse_description, parse_extraction, parse_extraction_reply};
use super::embeddings::parse_embeddings;
use super::native::HttpTransport;
use super::*;
use crate::item::Kind;

/// What the test server does with one connection.
enum Reply {
    /// Answer with this status and JSON body.
    Json(u16, String),
    /// Answer with a chunked body.
    Chunked(String),
    /// Read the request, then close without a word.
    Close,
    /// Read the request, then wait this long before answering.
    Slow(Duration),
}

/// A request as the server saw it.
#[derive(Debug)]
struct Seen {
    request_line: String,
    headers: Vec<(String, String)>,
    body: Value,
}

impl Seen {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Start a server answering one connection per reply, in order. Returns its base URL
/// (ending in `/v1`) and the requests it receives.
fn serve(replies: Vec<Reply>) -> (String, Receiver<Seen>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}/v1", listener.local_addr().unwrap());
    let (tx, rx) = channel();
    thread::spawn(move || {
        for reply in replies {
            let Ok((mut stream, _)) = listener.accept() else {
                return;
            };
            let Some(seen) = read_request(&mut stream) else {
                continue;
            };
            let _ = tx.send(seen);
            let _ = match reply {
                Reply::Json(status, body) => write!(
                    stream,
                    "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
                    body.len()
                ),
                Reply::Chunked(body) => {
                    let (a, b) = body.split_at(body.len() / 2);
                    write!(
                        stream,
                        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n{:x}\r\n{a}\r\n{:x}\r\n{b}\r\n0\r\n\r\n",
                        a.len(),
                        b.len()
                    )
                }
                Reply::Close => Ok(()),
                Reply::Slow(wait) => {
                    thread::sleep(wait);
                    write!(stream, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{{}}")
                }
            };
        }
    });
    (base, rx)
}

fn read_request(stream: &mut TcpStream) -> Option<Seen> {
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        let n = stream.read(&mut chunk).ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8(buf[..head_end].to_vec()).ok()?;
    let mut lines = head.split("\r\n");
    let request_line = lines.next()?.to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
        .collect();
    let length: usize = headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))?
        .1
        .parse()
        .ok()?;
    let mut body = buf[head_end + 4..].to_vec();
    while body.len() < length {
        let n = stream.read(&mut chunk).ok()?;
        if n == 0 {
            return None;
        }
        body.extend_from_slice(&chunk[..n]);
    }
    Some(Seen {
        request_line,
        headers,
        body: serde_json::from_slice(&body).ok()?,
    })
}

fn chat_body(content: &str) -> String {
    json!({
        "id": "chatcmpl-1", "object": "chat.completion", "model": "test-model",
        "choices": [{"index": 0, "finish_reason": "stop",
            "message": {"role": "assistant", "content": content}}],
    })
    .to_string()
}

fn provider(base: &str, key: Option<&str>) -> Provider {
    ProviderConfig {
        base_url: base.into(),
        model: "test-model".into(),
        api_key: key.map(Into::into),
    }
    .check()
    .unwrap()
}

fn extractor(base: &str, key: Option<&str>) -> LlmExtractor<HttpTransport> {
    LlmExtractor::new(
        provider(base, key),
        HttpTransport::with_timeout(Duration::from_secs(5)),
    )
}

fn extract_once(
    reply: Reply,
    key: Option<&str>,
) -> (Result<Vec<Item>, ProviderError>, Option<Seen>) {
    let (base, seen) = serve(vec![reply]);
    let result = pollster::block_on(extractor(&base, key).extract("I love jazz but hate olives"));
    (result, seen.recv_timeout(Duration::from_secs(5)).ok())
}

#[test]
fn a_good_answer_yields_items_and_the_request_is_what_the_protocol_asks() {
    let reply = r#"{"likes": ["jazz"], "dislikes": ["olives"], "style": [], "facts": []}"#;
    let (items, seen) = extract_once(Reply::Json(200, chat_body(reply)), None);
    let items = items.unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(
        (items[0].topic.as_str(), items[0].polarity),
        ("jazz", Polarity::Like)
    );
    assert_eq!(
        (items[1].topic.as_str(), items[1].polarity),
        ("olives", Polarity::Dislike)
    );
    assert_eq!(items[1].quote, "I love jazz but hate olives");
    let seen = seen.unwrap();
    assert_eq!(seen.request_line, "POST /v1/chat/completions HTTP/1.1");
    assert_eq!(seen.header("Content-Type"), Some("application/json"));
    assert!(seen.header("Host").unwrap().starts_with("127.0.0.1:"));
    assert_eq!(seen.header("Authorization"), None, "no key, no header");
    assert_eq!(seen.body["model"], "test-model");
    assert_eq!(seen.body["temperature"], 0);
    assert_eq!(seen.body["messages"][0]["role"], "system");
    assert!(seen.body["messages"][1]["content"]
        .as_str()
        .unwrap()
        .contains("I love jazz but hate olives"));
}

#[test]
fn a_key_is_sent_as_a_bearer_token() {
    let (items, seen) = extract_once(Reply::Json(200, chat_body("{}")), Some("sk-test-1"));
    assert!(items.unwrap().is_empty());
    assert_eq!(
        seen.unwrap().header("Authorization"),
        Some("Bearer sk-test-1")
    );
}

#[test]
fn an_answer_in_fences_with_prose_around_is_read() {
    let content = "Here is the JSON you asked for:\n```json\n{\"likes\": [\"Jazz\"], \"style\": [\"no emojis\"]}\n```\nLet me know!";
    let (items, _) = extract_once(Reply::Json(200, chat_body(content)), None);
    let items = items.unwrap();
    assert_eq!(items[0].topic, "jazz");
    assert_eq!(
        (items[1].topic.as_str(), items[1].kind),
        ("emojis", Kind::Style)
    );
    assert_eq!(items[1].polarity, Polarity::Dislike);
}

#[test]
fn a_chunked_answer_is_read() {
    let (items, _) = extract_once(Reply::Chunked(chat_body(r#"{"likes": ["tea"]}"#)), None);
    assert_eq!(items.unwrap()[0].topic, "tea");
}

#[test]
fn malformed_json_in_the_reply_is_a_clear_error() {
    let (r, _) = extract_once(Reply::Json(200, chat_body("{\"likes\": [\"jazz\",}")), None);
    assert_eq!(r.unwrap_err(), ProviderError::NoObject);
    let (r, _) = extract_once(Reply::Json(200, "<html>oops".into()), None);
    assert!(matches!(r.unwrap_err(), ProviderError::NotJson(_)));
}

#[test]
fn wrong_types_in_the_reply_are_a_clear_error() {
    let (r, _) = extract_once(
        Reply::Json(200, chat_body(r#"{"likes": "jazz", "facts": [3]}"#)),
        None,
    );
    let e = r.unwrap_err();
    assert!(matches!(e, ProviderError::Shape(_)), "{e}");
    assert!(e.to_string().contains("\"likes\""), "{e}");
}

#[test]
fn a_401_names_the_server_message_and_never_the_key() {
    let body = r#"{"error": {"message": "Incorrect API key provided: sk-test-secret", "type": "invalid_request_error", "code": "invalid_api_key"}}"#;
    let (r, _) = extract_once(Reply::Json(401, body.into()), Some("sk-test-secret"));
    let e = r.unwrap_err();
    let ProviderError::Http { status, message } = &e else {
        panic!("{e:?}")
    };
    assert_eq!(*status, 401);
    assert!(message.contains("Incorrect API key provided"), "{message}");
    assert!(!format!("{e} {e:?}").contains("sk-test-secret"), "{e}");
}

#[test]
fn a_500_is_an_http_error() {
    let (r, _) = extract_once(Reply::Json(500, "Internal Server Error".into()), None);
    assert_eq!(
        r.unwrap_err(),
        ProviderError::Http {
            status: 500,
            message: "Internal Server Error".into()
        }
    );
}

#[test]
fn an_error_object_with_status_200_is_an_api_error() {
    let (r, _) = extract_once(
        Reply::Json(200, r#"{"error": "model \"x\" not found"}"#.into()),
        None,
    );
    assert_eq!(
        r.unwrap_err(),
        ProviderError::Api("model \"x\" not found".into())
    );
}

#[test]
fn a_server_that_closes_the_connection_is_a_network_error() {
    let (r, seen) = extract_once(Reply::Close, None);
    assert!(seen.is_some());
    assert!(matches!(r.unwrap_err(), ProviderError::Network(_)));
}

#[test]
fn a_slow_server_times_out() {
    let (base, _seen) = serve(vec![Reply::Slow(Duration::from_secs(3))]);
    let slow = LlmExtractor::new(
        provider(&base, None),
        HttpTransport::with_timeout(Duration::from_millis(300)),
    );
    let started = std::time::Instant::now();
    let r = pollster::block_on(slow.extract("I love jazz"));
    assert_eq!(r.unwrap_err(), ProviderError::Timeout);
    assert!(started.elapsed() < Duration::from_secs(2));
}

#[test]
fn nobody_listening_is_a_network_error() {
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let r = pollster::block_on(
        extractor(&format!("http://127.0.0.1:{port}/v1"), None).extract("I love jazz"),
    );
    assert!(matches!(r.unwrap_err(), ProviderError::Network(_)));
}

#[test]
fn a_blank_message_sends_nothing() {
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let r =
        pollster::block_on(extractor(&format!("http://127.0.0.1:{port}/v1"), None).extract("  \n"));
    assert_eq!(r.unwrap(), vec![]);
}

#[test]
fn a_cluster_is_described_with_support_per_member() {
    let content = r#"{"description": "prefers quiet keyboards", "supporting": [true, true]}"#;
    let (base, seen) = serve(vec![Reply::Json(200, chat_body(content))]);
    let members = vec![
        ("quiet keyboards".to_owned(), Polarity::Like),
        ("loud clicky switches".to_owned(), Polarity::Dislike),
    ];
    let got = pollster::block_on(extractor(&base, None).describe(&members)).unwrap();
    assert_eq!(
        got,
        ("prefers quiet keyboards".to_owned(), vec![true, true])
    );
    let seen = seen.recv().unwrap();
    assert_eq!(seen.request_line, "POST /v1/chat/completions HTTP/1.1");
    assert!(seen.body["messages"][1]["content"]
        .as_str()
        .unwrap()
        .contains("2. dislikes: loud clicky switches"));
}

fn embeddings_body(vectors: &[Vec<f32>]) -> String {
    let data: Vec<Value> = vectors
        .iter()
        .enumerate()
        .map(|(i, v)| json!({"object": "embedding", "index": i, "embedding": v}))
        .collect();
    json!({"object": "list", "model": "test-model", "data": data}).to_string()
}

#[test]
fn embeddings_come_back_as_unit_vectors_in_order() {
    let (base, seen) = serve(vec![Reply::Json(
        200,
        embeddings_body(&[vec![3.0, 4.0], vec![0.0, -2.0]]),
    )]);
    let embedder = LlmEmbedder::new(provider(&base, Some("sk-e")), HttpTransport::new());
    let v = pollster::block_on(embedder.embed_batch(&["tea", "jazz"])).unwrap();
    assert_eq!(v, vec![vec![0.6, 0.8], vec![0.0, -1.0]]);
    let seen = seen.recv().unwrap();
    assert_eq!(seen.request_line, "POST /v1/embeddings HTTP/1.1");
    assert_eq!(seen.header("Authorization"), Some("Bearer sk-e"));
    assert_eq!(
        seen.body,
        json!({"model": "test-model", "input": ["tea", "jazz"], "encoding_format": "float"})
    );
    assert!(embedder.model_id().contains("test-model"));
}

#[test]
fn large_batches_are_split_and_checked_across_requests() {
    let first: Vec<Vec<f32>> = vec![vec![1.0, 0.0]; embeddings::MAX_BATCH];
    let (base, seen) = serve(vec![
        Reply::Json(200, embeddings_body(&first)),
        Reply::Json(200, embeddings_body(&[vec![0.0, 1.0]])),
    ]);
    let embedder = LlmEmbedder::new(provider(&base, None), HttpTransport::new());
    let texts = vec!["x"; embeddings::MAX_BATCH + 1];
    let v = pollster::block_on(embedder.embed_batch(&texts)).unwrap();
    assert_eq!(v.len(), texts.len());
    assert_eq!(v[embeddings::MAX_BATCH], vec![0.0, 1.0]);
    assert_eq!(seen.iter().take(2).count(), 2);
}

#[test]
fn embedding_failures_are_clear_errors() {
    let (base, _seen) = serve(vec![
        Reply::Json(200, embeddings_body(&[vec![1.0]])),
        Reply::Json(200, embeddings_body(&[vec![0.0, 0.0], vec![1.0, 0.0]])),
        Reply::Json(401, r#"{"error": {"message": "no key"}}"#.into()),
    ]);
    let embedder = LlmEmbedder::new(provider(&base, None), HttpTransport::new());
    let run = |texts: &[&str]| pollster::block_on(embedder.embed_batch(texts)).unwrap_err();
    assert_eq!(
        run(&["a", "b"]),
        ProviderError::Count {
            expected: 2,
            got: 1
        }
    );
    assert_eq!(run(&["a", "b"]), ProviderError::ZeroVector(0));
    assert!(matches!(
        run(&["a"]),
        ProviderError::Http { status: 401, .. }
    ));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_bodies_never_panic_the_parsers(body in any::<String>(), n in 0usize..4) {
        let _ = parse_extraction(&body, &body);
        let _ = parse_extraction_reply(&body, &body);
        let _ = parse_description(&body, n);
        let _ = parse_embeddings(&body, n);
        let _ = chat::json_object(&body);
        let _ = Url::parse(&body);
    }

    #[test]
    fn json_like_bodies_never_panic_the_parsers(
        body in r#"[{}\[\]":,a-z0-9 \\.\-\ne]{0,200}"#,
        n in 0usize..4,
    ) {
        let _ = parse_extraction_reply(&body, "m");
        let _ = parse_extraction(&chat_body(&body), "m");
        let _ = parse_description(&chat_body(&body), n);
        let _ = parse_embeddings(&body, n);
    }

    #[test]
    fn accepted_items_always_obey_the_rules(
        topics in prop::collection::vec(any::<String>(), 0..25),
        field in prop::sample::select(vec!["likes", "dislikes", "style", "facts"]),
    ) {
        let reply = json!({ field: topics }).to_string();
        if let Ok(items) = parse_extraction_reply(&reply, "m") {
            prop_assert!(items.len() <= chat::MAX_ITEMS);
            for item in items {
                let len = item.topic.chars().count();
                prop_assert!((1..=chat::MAX_TOPIC_CHARS).contains(&len));
                prop_assert!(!item.topic.contains(']') && !item.topic.chars().any(char::is_control));
                prop_assert_eq!(item.topic.trim(), item.topic.as_str());
            }
        }
    }
}

#[cfg(feature = "https")]
#[test]
fn an_https_endpoint_that_does_not_speak_tls_is_a_network_error() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("https://{}/v1", listener.local_addr().unwrap());
    thread::spawn(move || {
        if let Ok((mut stream, _)) = listener.accept() {
            let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
        }
    });
    let llm = LlmExtractor::new(
        provider(&base, Some("sk-tls-secret")),
        HttpTransport::with_timeout(Duration::from_secs(5)),
    );
    let e = pollster::block_on(llm.extract("I love jazz")).unwrap_err();
    assert!(matches!(e, ProviderError::Network(_)), "{e:?}");
    assert!(!e.to_string().contains("sk-tls-secret"));
}
