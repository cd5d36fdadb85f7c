//! The engine with remote providers, through the real provider clients and a fake
//! [`Transport`] that answers like an OpenAI-compatible server, in process.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use serde_json::{json, Value};

use super::*;
use crate::embed::{Embed, Embedder};
use crate::memory::test_embed::HashEmbed;
use crate::provider::{LlmEmbedder, ProviderConfig, ProviderError, Transport};
use crate::store::MemoryStore;

/// Length of the fake remote model's vectors (the local test model has 64).
const REMOTE_DIM: usize = 80;

/// What the fake server saw and how it should answer.
#[derive(Default)]
struct Server {
    /// Every `/embeddings` request's `input`, in order.
    batches: RefCell<Vec<Vec<String>>>,
    fail: Cell<bool>,
    /// Answer with vectors of this length instead (a model swapped behind the same name).
    dim: Cell<Option<usize>>,
}

impl Server {
    fn texts(&self) -> Vec<String> {
        self.batches.borrow().iter().flatten().cloned().collect()
    }

    fn requests(&self) -> usize {
        self.batches.borrow().len()
    }
}

#[derive(Clone)]
struct Fake(Rc<Server>);

/// The fake model: the test model's vector, rotated and padded, so similar topics
/// stay similar but no vector equals a local one.
fn remote_vector(text: &str, dim: usize) -> Vec<f32> {
    let mut v = HashEmbed.embed(text).unwrap_or_else(|| vec![1.0; 64]);
    v.rotate_left(7);
    v.resize(dim, 0.0);
    v
}

impl Transport for Fake {
    async fn post_json(
        &self,
        url: &str,
        _bearer: Option<&str>,
        body: &Value,
    ) -> Result<String, ProviderError> {
        assert!(url.ends_with("/embeddings"), "{url}");
        let input: Vec<String> = serde_json::from_value(body["input"].clone()).unwrap();
        self.0.batches.borrow_mut().push(input.clone());
        if self.0.fail.get() {
            return Err(ProviderError::from_status(
                500,
                r#"{"error": {"message": "embedding model overloaded"}}"#,
            ));
        }
        let dim = self.0.dim.get().unwrap_or(REMOTE_DIM);
        let data: Vec<Value> = input
            .iter()
            .enumerate()
            .map(|(i, t)| json!({"index": i, "embedding": remote_vector(t, dim)}))
            .collect();
        Ok(json!({"object": "list", "data": data}).to_string())
    }
}

/// The same unit vector, up to the rounding of a trip through JSON.
#[track_caller]
fn assert_close(got: &[f32], want: &[f32]) {
    assert_eq!(got.len(), want.len());
    let norm = want.iter().map(|x| x * x).sum::<f32>().sqrt();
    let cos = got.iter().zip(want).map(|(a, b)| a * b).sum::<f32>() / norm;
    assert!(cos > 0.9999, "cosine {cos}");
}

fn remote(server: &Rc<Server>) -> Embedder {
    let provider = ProviderConfig {
        base_url: "http://127.0.0.1:9/v1".into(),
        model: "fake-embed".into(),
        api_key: None,
    }
    .check()
    .unwrap();
    Embedder::Remote(Rc::new(LlmEmbedder::new(provider, Fake(server.clone()))))
}

const REMOTE_ID: &str = "openai-compatible:http://127.0.0.1:9/v1#fake-embed";

fn turn(id: &str, text: &str) -> Turn {
    Turn {
        id: id.into(),
        site: "chatgpt".into(),
        text: text.into(),
    }
}

fn run<T>(f: impl std::future::Future<Output = T>) -> T {
    pollster::block_on(f)
}

fn dims(e: &Engine<MemoryStore>) -> Vec<usize> {
    let mut d: Vec<usize> = e.profile().memories().map(|m| m.embedding.len()).collect();
    d.dedup();
    d
}

fn local_engine() -> Engine<MemoryStore> {
    run(Engine::open(MemoryStore::new(), &HashEmbed)).unwrap()
}

/// Seventy distinct made-up words, so a rebuild needs two requests.
fn seventy_topics(e: &mut Engine<MemoryStore>) {
    for i in 0..70u8 {
        let word = format!("q{}{}", (b'a' + i / 26) as char, (b'a' + i % 26) as char);
        run(e.observe(
            turn(&format!("t{i}"), &format!("I love {word}")),
            i64::from(i),
        ))
        .unwrap();
    }
}

#[test]
fn switching_to_a_remote_model_re_embeds_everything_in_batches_and_back() {
    let server = Rc::new(Server::default());
    let mut e = local_engine();
    seventy_topics(&mut e);
    let memories = e.profile().memories().count();
    assert_eq!(dims(&e), [64]);

    assert!(run(e.set_embedder(remote(&server))).unwrap());
    let sizes: Vec<usize> = server.batches.borrow().iter().map(Vec::len).collect();
    assert_eq!(sizes, [64, 70 - 64], "batched, each topic once");
    assert_eq!(dims(&e), [REMOTE_DIM]);
    assert_eq!(e.profile().memories().count(), memories);
    let stored = run(e.store().load()).unwrap();
    assert!(stored
        .memories
        .iter()
        .all(|m| m.embedding.len() == REMOTE_DIM));
    assert_eq!(stored.settings["model"], REMOTE_ID);
    let m = e.profile().find("qad").unwrap();
    assert_close(&m.embedding, &remote_vector("qad", REMOTE_DIM));

    // The same endpoint and model again (say, a new key): no rebuild.
    assert!(!run(e.set_embedder(remote(&server))).unwrap());
    assert_eq!(server.requests(), 2);

    // Back to the local model: rebuilt with it, without asking the server.
    assert!(run(e.set_embedder(Embedder::from(&HashEmbed))).unwrap());
    assert_eq!(server.requests(), 2);
    assert_eq!(dims(&e), [64]);
    assert_eq!(
        run(e.store().load()).unwrap().settings["model"],
        "test-hash-64"
    );
}

#[test]
fn a_failed_switch_changes_nothing() {
    let server = Rc::new(Server::default());
    let mut e = local_engine();
    seventy_topics(&mut e);
    let before = run(e.store().load()).unwrap();
    server.fail.set(true);
    let err = run(e.set_embedder(remote(&server))).unwrap_err();
    assert!(
        err.to_string().contains("embedding model overloaded"),
        "{err}"
    );
    assert_eq!(run(e.store().load()).unwrap(), before);
    assert_eq!(e.embedder().model_id(), "test-hash-64");
    // Still serving with the old model.
    run(e.observe(turn("x", "I adore jazz"), 100)).unwrap();
    assert_eq!(dims(&e), [64]);
}

#[test]
fn observing_embeds_only_new_topics_and_a_failure_defers_the_turn() {
    let server = Rc::new(Server::default());
    let mut e = run(Engine::open(MemoryStore::new(), remote(&server))).unwrap();
    assert_eq!(server.requests(), 0, "an empty log needs no vectors");
    run(e.observe(turn("a", "I love spicy ramen but I hate cilantro."), 0)).unwrap();
    assert_eq!(server.texts(), ["spicy ramen", "cilantro"]);
    run(e.observe(turn("b", "I really love spicy ramen"), 1)).unwrap();
    assert_eq!(server.requests(), 1, "a known topic is not embedded again");

    server.fail.set(true);
    let before = run(e.store().load()).unwrap();
    let seen = run(e.observe(turn("c", "I adore green tea"), 2)).unwrap();
    let Observed::Deferred { error } = seen else {
        panic!("{seen:?}")
    };
    assert!(
        error.contains("500") && error.contains("overloaded"),
        "{error}"
    );
    let after = run(e.store().load()).unwrap();
    assert_eq!(
        (after.memories, after.clusters),
        (before.memories, before.clusters)
    );
    let log = run(e.signals()).unwrap();
    assert_eq!(log[2].text, "I adore green tea");
    assert!(log[2].items.is_empty() && log[2].error.is_some());

    server.fail.set(false);
    let report = run(e.retry(crate::signal::ReadBy::BuiltIn, |text| {
        std::future::ready(Ok(crate::extract::extract(&text)))
    }))
    .unwrap();
    assert_eq!(
        report,
        RetryReport {
            fixed: 1,
            still_failing: 0
        }
    );
    assert_close(
        &e.profile().find("green tea").unwrap().embedding,
        &remote_vector("green tea", REMOTE_DIM),
    );
}

#[test]
fn a_restricted_topic_fetches_its_head_even_when_the_head_is_known() {
    let server = Rc::new(Server::default());
    let mut e = run(Engine::open(MemoryStore::new(), remote(&server))).unwrap();
    run(e.observe(turn("a", "I love shows."), 0)).unwrap();
    run(e.observe(turn("b", "I avoid shows with graphic violence."), 1)).unwrap();
    // "shows" is a memory already, yet its vector is asked for again with the new
    // topic: the new memory's vector leans on its head's.
    assert_eq!(
        server.texts(),
        ["shows", "shows with graphic violence", "shows"]
    );
    let mut want = remote_vector("shows with graphic violence", REMOTE_DIM);
    crate::vector::normalize(&mut want);
    let mut head = remote_vector("shows", REMOTE_DIM);
    crate::vector::normalize(&mut head);
    for (w, h) in want.iter_mut().zip(&head) {
        *w += 0.5 * h;
    }
    crate::vector::normalize(&mut want);
    assert_close(
        &e.profile()
            .find("shows with graphic violence")
            .unwrap()
            .embedding,
        &want,
    );
    // A rebuild asks for the same texts and gives the same vectors.
    let before: Vec<Vec<f32>> = e
        .profile()
        .memories()
        .map(|m| m.embedding.clone())
        .collect();
    run(e.rebuild()).unwrap();
    let after: Vec<Vec<f32>> = e
        .profile()
        .memories()
        .map(|m| m.embedding.clone())
        .collect();
    assert_eq!(before.len(), after.len());
    for (b, a) in before.iter().zip(&after) {
        assert_close(a, b);
    }
}

#[test]
fn the_draft_is_embedded_by_the_same_remote_model() {
    let server = Rc::new(Server::default());
    let mut e = run(Engine::open(MemoryStore::new(), remote(&server))).unwrap();
    run(e.observe(turn("a", "I can't stand cilantro."), 0)).unwrap();
    let p = run(e.preamble("salsa with cilantro", 1)).unwrap();
    assert!(p.text.contains("cilantro"), "{p:?}");
    // Its subject, request words removed; the first draft in this space also brings
    // the domain lines, in the same batch.
    let first = server.batches.borrow().last().unwrap().clone();
    assert_eq!(first[0], "salsa cilantro");
    assert_eq!(
        first[1..].to_vec(),
        crate::domain::Domains::texts().collect::<Vec<_>>()
    );
    // Later drafts ask for themselves only, with the thing asked for before a "for".
    run(e.preamble("which salsa for tacos", 2)).unwrap();
    assert_eq!(
        server.batches.borrow().last().unwrap().clone(),
        vec!["salsa tacos".to_string(), "salsa".to_string()]
    );

    server.fail.set(true);
    let err = run(e.preamble("salsa with cilantro", 2)).unwrap_err();
    assert!(matches!(err, Error::Provider(_)), "{err}");
    // A blank draft asks nothing.
    server.fail.set(false);
    let asked = server.requests();
    assert!(run(e.preamble("   ", 3)).unwrap().is_empty());
    assert_eq!(server.requests(), asked);
}

#[test]
fn reopening_in_the_same_remote_space_asks_nothing_and_a_changed_length_is_refused() {
    let server = Rc::new(Server::default());
    let mut e = run(Engine::open(MemoryStore::new(), remote(&server))).unwrap();
    run(e.observe(turn("a", "I love jazz"), 0)).unwrap();
    let Engine { store, .. } = e;
    let asked = server.requests();
    let mut e = run(Engine::open(store, remote(&server))).unwrap();
    assert_eq!(server.requests(), asked);
    assert_eq!(dims(&e), [REMOTE_DIM]);

    // The server now answers with another length under the same name: never mixed.
    server.dim.set(Some(32));
    let seen = run(e.observe(turn("b", "I hate cilantro"), 1)).unwrap();
    let Observed::Deferred { error } = seen else {
        panic!("{seen:?}")
    };
    assert!(
        error.contains("32 dimensions") && error.contains("rebuild"),
        "{error}"
    );
    assert_eq!(dims(&e), [REMOTE_DIM]);
    // A rebuild re-embeds everything at the new length.
    run(e.rebuild()).unwrap();
    assert_eq!(dims(&e), [32]);
}

#[test]
fn edits_that_name_a_new_topic_embed_it_remotely() {
    let server = Rc::new(Server::default());
    let mut e = run(Engine::open(MemoryStore::new(), remote(&server))).unwrap();
    run(e.observe(turn("a", "I love jazz"), 0)).unwrap();
    run(e.edit(
        Edit::Topic {
            topic: "jazz".into(),
            to: "cool jazz".into(),
        },
        1,
    ))
    .unwrap();
    run(e.edit(
        Edit::Add {
            topic: "Oolong Tea".into(),
            kind: crate::Kind::Preference,
            polarity: crate::Polarity::Like,
        },
        2,
    ))
    .unwrap();
    assert_eq!(server.texts(), ["jazz", "cool jazz", "oolong tea"]);
    assert_close(
        &e.profile().find("oolong tea").unwrap().embedding,
        &remote_vector("oolong tea", REMOTE_DIM),
    );

    server.fail.set(true);
    let before = run(e.store().load()).unwrap();
    assert!(run(e.edit(
        Edit::Add {
            topic: "rooibos".into(),
            kind: crate::Kind::Preference,
            polarity: crate::Polarity::Like
        },
        3
    ))
    .is_err());
    assert_eq!(run(e.store().load()).unwrap(), before);
    // An edit that embeds nothing does not need the server.
    run(e.edit(
        Edit::Pin {
            topic: "cool jazz".into(),
            pinned: true,
        },
        4,
    ))
    .unwrap();
}

// ---- cluster descriptions ----------------------------------------------------------

use crate::provider::LlmExtractor;
use crate::Polarity;

/// A chat server that describes clusters: each member supports the description unless
/// the person dislikes it.
#[derive(Default)]
struct Describer {
    /// Every request's member lines.
    asked: RefCell<Vec<Vec<String>>>,
    text: RefCell<String>,
    fail: Cell<bool>,
}

#[derive(Clone)]
struct Chat(Rc<Describer>);

impl Transport for Chat {
    async fn post_json(
        &self,
        url: &str,
        _bearer: Option<&str>,
        body: &Value,
    ) -> Result<String, ProviderError> {
        assert!(url.ends_with("/chat/completions"), "{url}");
        let user = body["messages"][1]["content"].as_str().unwrap();
        let lines: Vec<String> = user.lines().skip(1).map(str::to_owned).collect();
        self.0.asked.borrow_mut().push(lines.clone());
        if self.0.fail.get() {
            return Err(ProviderError::from_status(503, "busy"));
        }
        let supporting: Vec<bool> = lines.iter().map(|l| !l.contains(". dislikes:")).collect();
        let content =
            json!({"description": *self.0.text.borrow(), "supporting": supporting}).to_string();
        Ok(
            json!({"choices": [{"message": {"role": "assistant", "content": content}}]})
                .to_string(),
        )
    }
}

fn item(topic: &str, polarity: Polarity) -> crate::Item {
    crate::Item {
        topic: topic.into(),
        polarity,
        kind: crate::Kind::Preference,
        intensity: 0.8,
        quote: String::new(),
        revises: false,
        lasting: false,
    }
}

/// Two liked topics close enough to form a cluster.
fn keyboards() -> Vec<crate::Item> {
    vec![
        item("quiet keyboards", Polarity::Like),
        item("quiet keyboards for typing", Polarity::Like),
    ]
}

/// Observe `items` as one turn, then let the LLM describe what needs it.
fn say(
    e: &mut Engine<MemoryStore>,
    llm: &LlmExtractor<Chat>,
    id: &str,
    at: Millis,
    items: Vec<crate::Item>,
) -> DescribeReport {
    run(e.observe_with(turn(id, "(items given)"), at, |_| {
        std::future::ready(Ok(items))
    }))
    .unwrap();
    run(e.describe_clusters(
        |members| async move { llm.describe(&members).await.map_err(Error::from) },
        at,
    ))
    .unwrap()
}

fn only_cluster(e: &Engine<MemoryStore>) -> crate::cluster::Cluster {
    let cs: Vec<_> = e.profile().clusters().cloned().collect();
    assert_eq!(cs.len(), 1, "{cs:?}");
    cs.into_iter().next().unwrap()
}

fn describing_engine() -> (Engine<MemoryStore>, LlmExtractor<Chat>, Rc<Describer>) {
    let mut e = local_engine();
    let mut params = *e.params();
    params.dbscan.eps = 0.6;
    params.dbscan.min_samples = 2;
    run(e.set_params(params, 0)).unwrap();
    let server = Rc::new(Describer::default());
    *server.text.borrow_mut() = "prefers quiet keyboards".into();
    let provider = ProviderConfig {
        base_url: "http://127.0.0.1:9/v1".into(),
        model: "fake-chat".into(),
        api_key: None,
    }
    .check()
    .unwrap();
    (e, LlmExtractor::new(provider, Chat(server.clone())), server)
}

#[test]
fn an_llm_describes_a_cluster_when_it_forms_and_when_it_changes_materially_only() {
    let (mut e, llm, server) = describing_engine();
    let r = say(&mut e, &llm, "a", 0, keyboards());
    assert_eq!(
        r,
        DescribeReport {
            written: 1,
            failed: vec![]
        }
    );
    assert_eq!(only_cluster(&e).description, "prefers quiet keyboards");
    let stored = run(e.store().load()).unwrap();
    assert_eq!(stored.clusters[0].description, "prefers quiet keyboards");

    // Unrelated memories, or more evidence for the same members: nobody is asked.
    say(&mut e, &llm, "b", 1, vec![item("jazz", Polarity::Like)]);
    say(
        &mut e,
        &llm,
        "c",
        2,
        vec![item("quiet keyboards", Polarity::Like)],
    );
    assert_eq!(server.asked.borrow().len(), 1);
    assert_eq!(
        only_cluster(&e).description,
        "prefers quiet keyboards",
        "small changes keep the LLM's words"
    );

    // A new member is a material change: asked again, and the opposing member is marked.
    let r = say(
        &mut e,
        &llm,
        "d",
        3,
        vec![item("loud keyboards", Polarity::Dislike)],
    );
    assert_eq!(r.written, 1);
    let asked = server.asked.borrow().last().unwrap().clone();
    assert_eq!(asked.len(), 3);
    assert!(
        asked
            .iter()
            .any(|l| l.ends_with("dislikes: loud keyboards")),
        "{asked:?}"
    );
    let c = only_cluster(&e);
    let loud = e.profile().find("loud keyboards").unwrap().id;
    assert_eq!(c.written.as_ref().unwrap().opposing, [loud]);
    assert_eq!(e.review(3).clusters[0].opposing, ["loud keyboards"]);
}

#[test]
fn a_failed_description_keeps_the_rule_based_words_and_is_not_retried_on_every_turn() {
    let (mut e, llm, server) = describing_engine();
    server.fail.set(true);
    let r = say(&mut e, &llm, "a", 0, keyboards());
    assert_eq!(r.written, 0);
    assert!(r.failed[0].contains("503"), "{r:?}");
    let c = only_cluster(&e);
    assert!(
        c.description.starts_with("likes quiet keyboards"),
        "{}",
        c.description
    );
    assert!(c.written.is_none() && !c.needs_words);
    server.fail.set(false);
    say(
        &mut e,
        &llm,
        "b",
        1,
        vec![item("quiet keyboards", Polarity::Like)],
    );
    assert_eq!(
        server.asked.borrow().len(),
        1,
        "not asked again until the cluster changes materially"
    );
}

#[test]
fn a_pinned_cluster_keeps_its_words_and_gets_the_llms_as_a_suggestion() {
    let (mut e, llm, server) = describing_engine();
    say(&mut e, &llm, "a", 0, keyboards());
    run(e.edit(
        Edit::Pin {
            topic: "quiet keyboards".into(),
            pinned: true,
        },
        1,
    ))
    .unwrap();
    let pinned = only_cluster(&e).description;
    *server.text.borrow_mut() = "likes silent keyboards for typing".into();
    say(
        &mut e,
        &llm,
        "b",
        2,
        vec![item("quiet keyboards at night", Polarity::Like)],
    );
    assert_eq!(server.asked.borrow().len(), 2);
    let c = only_cluster(&e);
    assert_eq!(c.description, pinned);
    assert_eq!(
        c.suggestion.as_deref(),
        Some("likes silent keyboards for typing")
    );
    assert!(c.stale);
}

#[test]
fn an_update_out_of_reach_of_its_remote_model_keeps_the_memories_and_reads_again_later() {
    let server = Rc::new(Server::default());
    let mut e = run(Engine::open(MemoryStore::new(), remote(&server))).unwrap();
    run(e.observe(turn("a", "I love when the sun is out"), 0)).unwrap();
    // As an older build had read it, and said so.
    let mut stale = run(e.signals()).unwrap().remove(0);
    stale.items[0].topic = "out sun".into();
    let Engine { store, .. } = e;
    run(store.commit(&Changes {
        replaced_signals: vec![stale],
        settings: vec![(READ_KEY.into(), "an older build".into())],
        ..Changes::default()
    }))
    .unwrap();
    let before = run(store.load()).unwrap();

    server.fail.set(true);
    let e = run(Engine::open(store, remote(&server))).unwrap();
    let why = e.reread_error().unwrap();
    assert!(why.contains("embedding model overloaded"), "{why}");
    assert_eq!(e.embedder().model_id(), REMOTE_ID);
    assert_eq!(run(e.store().load()).unwrap(), before);

    server.fail.set(false);
    let Engine { store, .. } = e;
    let e = run(Engine::open(store, remote(&server))).unwrap();
    assert_eq!(e.reread_error(), None);
    assert_eq!(run(e.signals()).unwrap()[0].items[0].topic, "sun");
    assert_eq!(dims(&e), [REMOTE_DIM]);
}
