//! The one facade: everything the extension and the CLI do goes through [`Engine`].
//!
//! Each operation validates its input, computes a [`Changes`] set, commits it to the
//! store in one step, and only then updates the in-memory state. A failed commit
//! therefore changes nothing, in the store or in memory.

use std::cell::RefCell;

use serde::Serialize;

use crate::clock::Millis;
use crate::domain::Domains;
use crate::embed::{Embed, Embedder, Prepared};
use crate::error::{Error, Result};
use crate::extract::extract;
use crate::item::Item;
use crate::memory::{Edit, MemoryId, MAX_TOPIC_CHARS};
use crate::preamble::{Preamble, Said};
use crate::profile::{embedded_texts, Draft, Profile, ProfileParams, Review};
use crate::reread::{self, Reading};
use crate::signal::{strip_preamble, truncate, ReadBy, Signal, SignalKind, MAX_TEXT_BYTES};
use crate::store::{Changes, Store};
use crate::subject::subject;

/// Longest accepted turn id: ids are short keys made by the content script.
const MAX_ID_BYTES: usize = 512;

/// A message the user sent, as a content script saw it.
#[derive(Debug, Clone, PartialEq)]
pub struct Turn {
    /// The content script's stable key for this turn (site, thread, position, text hash).
    pub id: String,
    /// The adapter's site id, e.g. "chatgpt".
    pub site: String,
    pub text: String,
}

impl Turn {
    fn check(&self) -> Result<()> {
        if self.id.is_empty() || self.id.len() > MAX_ID_BYTES {
            return Err(Error::Invalid(format!(
                "turn id must be 1 to {MAX_ID_BYTES} bytes"
            )));
        }
        if !is_site_id(&self.site) {
            return Err(Error::Invalid(format!(
                "site id {:?} must be 1 to 32 of a-z, 0-9, '-'",
                self.site
            )));
        }
        if self.text.trim().is_empty() {
            return Err(Error::Invalid("the message is empty".into()));
        }
        Ok(())
    }
}

fn is_site_id(s: &str) -> bool {
    (1..=32).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// What observing a turn did.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "status", rename_all = "lowercase")]
pub enum Observed {
    /// Stored in the signal log, with this many evidence items.
    Recorded { items: usize },
    /// Already in the log (a re-render, or both capture paths firing).
    Duplicate,
    /// Nothing to learn from: the turn held only Palate's own preamble.
    Ignored,
    /// Stored in the log, but the extraction provider failed: nothing was learned
    /// yet, and [`Engine::retry`] will try again.
    Deferred { error: String },
}

/// What a retry of failed extractions did.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct RetryReport {
    pub fixed: usize,
    pub still_failing: usize,
}

/// Most clusters an LLM describes after one operation: descriptions stay bounded.
pub const MAX_DESCRIPTIONS: usize = 3;

/// What a description pass did.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct DescribeReport {
    pub written: usize,
    /// Why requests failed; those clusters keep their rule-based words.
    pub failed: Vec<String>,
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ImportReport {
    pub added: usize,
    pub skipped: Vec<Skipped>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Skipped {
    pub id: String,
    pub reason: String,
}

/// Why an imported signal cannot be taken, if it cannot.
fn check_imported(s: &Signal) -> std::result::Result<(), String> {
    if s.id.is_empty() || s.id.len() > MAX_ID_BYTES {
        return Err(format!("id must be 1 to {MAX_ID_BYTES} bytes"));
    }
    if !is_site_id(&s.site) && s.site != "popup" {
        return Err(format!("site {:?} is not a site id", s.site));
    }
    if s.at < 0 {
        return Err("time is before 1970".into());
    }
    if s.text.len() > MAX_TEXT_BYTES {
        return Err(format!("text longer than {MAX_TEXT_BYTES} bytes"));
    }
    if s.items.len() > 64 {
        return Err("more than 64 items".into());
    }
    for item in &s.items {
        let topic = item.topic.trim();
        if topic.is_empty() || topic.chars().count() > MAX_TOPIC_CHARS {
            return Err(format!(
                "an item's topic must be 1 to {MAX_TOPIC_CHARS} characters"
            ));
        }
        if !(item.intensity > 0.0 && item.intensity <= 1.0) {
            return Err("an item's intensity must be in (0, 1]".into());
        }
        if item.quote.len() > MAX_TEXT_BYTES {
            return Err("an item's quote is too long".into());
        }
    }
    if s.kind != SignalKind::Turn && Edit::from_signal(s).is_none() {
        return Err("an edit or feedback signal whose change cannot be read".into());
    }
    Ok(())
}

/// Settings keys the engine owns.
const PARAMS_KEY: &str = "params";
const MODEL_KEY: &str = "model";
/// The extractor build that last read the log ([`crate::extract::BUILD`]).
const READ_KEY: &str = "read_by_build";

/// Clone forks the engine with its store, when the store can be forked.
#[derive(Clone)]
pub struct Engine<S: Store> {
    store: S,
    /// The model every stored vector came from (the store's `model` setting).
    embedder: Embedder,
    profile: Profile,
    params: ProfileParams,
    /// The domain centroids ([`Domains`]) in the space of the model named first;
    /// computed with the first draft after a model change (`None`: that model could
    /// not embed them, so relevance is plain cosine).
    domains: RefCell<Option<(String, Option<Domains>)>>,
    /// Why the log could not be read again by this build when the engine opened.
    reread_error: Option<String>,
}

impl<S: Store> Engine<S> {
    /// Open an engine over `store`, loading what it holds. Stored parameters that no
    /// longer validate fall back to the defaults rather than locking the user out.
    /// When the store's memories were embedded by another model, they are rebuilt
    /// from the signal log, so vectors from different models never mix; with a remote
    /// model that can fail, and then nothing is stored and the error is returned.
    ///
    /// When another build of the built-in extractor read the log, its turns are read
    /// again first ([`reread`]). That is an improvement, not a condition for opening: if
    /// it fails (a remote model out of reach), the memories stay as they were, the
    /// reason is kept ([`Engine::reread_error`]) and the next open tries again.
    pub async fn open(store: S, embedder: impl Into<Embedder>) -> Result<Self> {
        let embedder = embedder.into();
        let snapshot = store.load().await?;
        let stored: Option<ProfileParams> = snapshot
            .settings
            .get(PARAMS_KEY)
            .and_then(|v| serde_json::from_value(v.clone()).ok());
        let (params, checked) = match stored.map(|p| (p, p.check())) {
            Some((p, Ok(checked))) => (p, checked),
            _ => {
                let p = ProfileParams::default();
                let checked = p.check()?;
                (p, checked)
            }
        };
        let model = snapshot.settings.get(MODEL_KEY).and_then(|v| v.as_str());
        let same_model = model == Some(embedder.model_id().as_str());
        let read = snapshot.settings.get(READ_KEY).and_then(|v| v.as_str());
        let stale_reading = read != Some(crate::extract::BUILD);
        let profile = Profile::from_parts(snapshot.memories, snapshot.clusters, checked);
        let mut engine = Self {
            store,
            embedder: embedder.clone(),
            profile,
            params,
            domains: RefCell::new(None),
            reread_error: None,
        };
        if !same_model {
            engine.rebuild_with(embedder, stale_reading).await?;
        } else if stale_reading {
            if let Err(e) = engine.reread().await {
                engine.reread_error = Some(e.to_string());
            }
        }
        Ok(engine)
    }

    /// Why this build could not read the log again when the engine opened; `None`
    /// when it did, or had nothing to read.
    pub fn reread_error(&self) -> Option<&str> {
        self.reread_error.as_deref()
    }

    /// Read the log again with this build's extractor ([`reread`]) and rebuild from it.
    /// With the built-in model the rebuild is local and cheap, so it always runs: this
    /// build may also embed a topic differently (as "working out" came to mean
    /// workouts). A remote model is asked again only when a turn reads differently.
    /// Either way this build is recorded as the log's reader, so the next open skips
    /// the pass.
    async fn reread(&mut self) -> Result<()> {
        let log = self.store.signals().await?;
        let readings = reread::readings(&log, |_| true);
        // A new store is read already; so is a log a remote model need not see again.
        if log.is_empty() || (readings.is_empty() && self.embedder.is_remote()) {
            return self
                .store
                .commit(&Changes {
                    settings: vec![(READ_KEY.into(), crate::extract::BUILD.into())],
                    ..Changes::default()
                })
                .await;
        }
        self.rebuild_log(log, Some(readings), self.embedder.clone())
            .await
    }

    /// The embedding model in use: every memory's vector is its.
    pub fn embedder(&self) -> &Embedder {
        &self.embedder
    }

    /// Embed with another model from now on. Another model id means another vector
    /// space, so everything is re-embedded from the signal log first; if that fails
    /// (a remote model that cannot be reached), nothing changes and the engine keeps
    /// the model it had. Returns whether it rebuilt.
    pub async fn set_embedder(&mut self, embedder: Embedder) -> Result<bool> {
        if embedder.model_id() == self.embedder.model_id() {
            // Same space (e.g. a new API key for the same endpoint and model).
            self.embedder = embedder;
            return Ok(false);
        }
        self.rebuild_with(embedder, false).await?;
        Ok(true)
    }

    /// The current model's vectors for the topics `signal` brings that no memory has yet.
    async fn vectors_for(&self, signal: &Signal) -> Result<Prepared> {
        let prepared = self
            .embedder
            .prepare(self.profile.texts_to_embed(signal))
            .await?;
        let (have, got) = (self.profile.dim(), prepared.dim());
        if have != 0 && got != 0 && have != got {
            return Err(Error::Embed(format!(
                "the model {} now returns {got} dimensions where the memories have {have}; rebuild to re-embed them",
                self.embedder.model_id()
            )));
        }
        Ok(prepared)
    }

    /// Log `signal` as failed with `e`, learning nothing from it, for [`Engine::retry`].
    async fn defer(&mut self, mut signal: Signal, e: Error) -> Result<Observed> {
        let error = e.to_string();
        signal.items.clear();
        signal.error = Some(error.clone());
        self.commit(Changes {
            signals: vec![signal],
            ..Changes::default()
        })
        .await?;
        Ok(Observed::Deferred { error })
    }

    pub fn store(&self) -> &S {
        &self.store
    }

    pub fn profile(&self) -> &Profile {
        &self.profile
    }

    pub fn params(&self) -> &ProfileParams {
        &self.params
    }

    /// Commit `changes`; on failure, reload the in-memory state from the store so
    /// memory and storage never disagree.
    async fn commit(&mut self, changes: Changes) -> Result<()> {
        match self.store.commit(&changes).await {
            Ok(()) => Ok(()),
            Err(e) => {
                if let Ok(snapshot) = self.store.load().await {
                    let params = *self.profile.params();
                    self.profile =
                        Profile::from_parts(snapshot.memories, snapshot.clusters, params);
                }
                Err(e)
            }
        }
    }

    /// Observe a message the user sent at `now`: log it, extract its evidence with the
    /// built-in extractor, and merge that into memories and clusters, in one commit.
    pub async fn observe(&mut self, turn: Turn, now: Millis) -> Result<Observed> {
        self.observe_by(turn, now, ReadBy::BuiltIn, |text| {
            std::future::ready(Ok(extract(text)))
        })
        .await
    }

    /// [`Engine::observe`] with another extractor (an LLM provider). When it fails, or a
    /// remote embedding model does, the turn is still logged, with the error, and
    /// nothing else changes.
    pub async fn observe_with<F, Fut>(
        &mut self,
        turn: Turn,
        now: Millis,
        extractor: F,
    ) -> Result<Observed>
    where
        F: FnOnce(&str) -> Fut,
        Fut: std::future::Future<Output = Result<Vec<Item>>>,
    {
        self.observe_by(turn, now, ReadBy::Provider, extractor)
            .await
    }

    /// Observe a turn, read by `read_by`'s `extractor`.
    async fn observe_by<F, Fut>(
        &mut self,
        turn: Turn,
        now: Millis,
        read_by: ReadBy,
        extractor: F,
    ) -> Result<Observed>
    where
        F: FnOnce(&str) -> Fut,
        Fut: std::future::Future<Output = Result<Vec<Item>>>,
    {
        turn.check()?;
        if self.store.has_signal(&turn.id).await? {
            return Ok(Observed::Duplicate);
        }
        let text = strip_preamble(truncate(&turn.text, MAX_TEXT_BYTES));
        if text.is_empty() {
            return Ok(Observed::Ignored);
        }
        let extracted = extractor(&text).await;
        let signal = Signal {
            id: turn.id,
            at: now,
            site: turn.site,
            kind: SignalKind::Turn,
            text,
            items: Vec::new(),
            error: None,
            read_by: None,
        };
        let signal = match extracted {
            Ok(items) => Signal {
                items,
                read_by: Some(read_by),
                ..signal
            },
            Err(e) => return self.defer(signal, e).await,
        };
        let prepared = match self.vectors_for(&signal).await {
            Ok(prepared) => prepared,
            Err(e) => return self.defer(signal, e).await,
        };
        let delta = self.profile.apply(&signal, &prepared, now);
        debug_assert_eq!(
            prepared.misses(),
            0,
            "a text the pipeline embeds was not fetched"
        );
        let mut changes = self.profile.changes(&delta);
        let items = signal.items.len();
        changes.signals.push(signal);
        self.commit(changes).await?;
        Ok(Observed::Recorded { items })
    }

    /// Extract (and embed) again every logged turn that failed, learning from those
    /// that now succeed (each in its own commit, so one failure keeps the others).
    /// `read_by` says whose `extractor` it is.
    pub async fn retry<F, Fut>(&mut self, read_by: ReadBy, mut extractor: F) -> Result<RetryReport>
    where
        F: FnMut(String) -> Fut,
        Fut: std::future::Future<Output = Result<Vec<Item>>>,
    {
        let mut report = RetryReport::default();
        let failed: Vec<Signal> = self
            .store
            .signals()
            .await?
            .into_iter()
            .filter(|s| s.error.is_some())
            .collect();
        for mut signal in failed {
            match extractor(signal.text.clone()).await {
                Ok(items) => {
                    signal.items = items;
                    signal.read_by = Some(read_by);
                    let Ok(prepared) = self.vectors_for(&signal).await else {
                        report.still_failing += 1;
                        continue;
                    };
                    signal.error = None;
                    let delta = self.profile.apply(&signal, &prepared, signal.at);
                    let mut changes = self.profile.changes(&delta);
                    changes.replaced_signals.push(signal);
                    self.commit(changes).await?;
                    report.fixed += 1;
                }
                Err(_) => report.still_failing += 1,
            }
        }
        Ok(report)
    }

    /// Ask `describer` (an LLM provider) for the words of the clusters whose
    /// membership changed materially or whose drift fired since they were last asked
    /// about, at most [`MAX_DESCRIPTIONS`]; each answer is committed on its own. A
    /// failure keeps the rule-based words; a pinned cluster only gets a suggestion.
    pub async fn describe_clusters<F, Fut>(
        &mut self,
        mut describer: F,
        now: Millis,
    ) -> Result<DescribeReport>
    where
        F: FnMut(Vec<(String, crate::Polarity)>) -> Fut,
        Fut: std::future::Future<Output = Result<(String, Vec<bool>)>>,
    {
        let mut report = DescribeReport::default();
        for (id, members) in self.profile.clusters_to_describe(MAX_DESCRIPTIONS) {
            let answer = match describer(members).await {
                Ok(words) => {
                    report.written += 1;
                    Some(words)
                }
                Err(e) => {
                    report.failed.push(e.to_string());
                    None
                }
            };
            let delta = self.profile.write_description(id, answer, now);
            self.commit(self.profile.changes(&delta)).await?;
        }
        Ok(report)
    }

    /// The preamble for the draft the user is writing: empty when nothing is relevant.
    /// The draft is embedded by the memories' own model; when a remote model fails,
    /// the error is returned and there is no preamble.
    pub async fn preamble(&self, draft: &str, now: Millis) -> Result<Preamble> {
        self.preamble_after(draft, &Said::default(), now).await
    }

    /// The preamble for a draft in a conversation whose earlier preambles `said`
    /// something already: that is not said again, so a follow-up about dinner does not
    /// repeat "I avoid gluten" (the next relevant memory may be said instead).
    pub async fn preamble_after(&self, draft: &str, said: &Said, now: Millis) -> Result<Preamble> {
        self.with_draft(draft, |profile, vector, domains| {
            profile.preamble(vector, domains, now, &profile.params().preamble, said)
        })
        .await
    }

    /// Every usable memory's relevance to the draft, as the preamble computes it for
    /// its nearest ones (for evaluation and diagnostics; it costs a domain profile per
    /// memory).
    pub async fn relevances(&self, draft: &str, now: Millis) -> Result<Vec<(MemoryId, f32)>> {
        self.with_draft(draft, |profile, vector, domains| {
            profile.relevances(vector, domains, now, &profile.params().preamble)
        })
        .await
    }

    /// `read` with the draft's vector and the current model's domains.
    async fn with_draft<T>(
        &self,
        draft: &str,
        read: impl FnOnce(&Profile, Option<Draft<'_>>, Option<&Domains>) -> T,
    ) -> Result<T> {
        let drafted = self.draft_vectors(draft).await?;
        let model = self.embedder.model_id();
        let cached = self.domains.borrow();
        let domains = cached
            .as_ref()
            .filter(|(id, _)| *id == model)
            .and_then(|(_, d)| d.as_ref());
        let draft = drafted.as_ref().map(|d| Draft {
            vector: &d.vector,
            asked: d.asked.as_deref(),
            words: &d.words,
        });
        Ok(read(&self.profile, draft, domains))
    }

    /// The vector memories are compared with: the draft's subject (its own preamble
    /// and request phrasing removed, [`subject`]) in the memories' model, and the thing
    /// asked for alone when the draft names one ([`Draft`]). The first draft in a model
    /// also brings that model's domain centroids.
    async fn draft_vectors(&self, draft: &str) -> Result<Option<Drafted>> {
        let draft = strip_preamble(draft);
        let query = subject(&draft);
        let model = self.embedder.model_id();
        let known = matches!(&*self.domains.borrow(), Some((id, _)) if *id == model);
        let head = crate::subject::requested(&draft);
        let mut texts = vec![query.to_string()];
        texts.extend(head.clone());
        if !known {
            texts.extend(Domains::texts().map(str::to_owned));
        }
        let prepared = self.embedder.prepare(texts).await?;
        if !known {
            *self.domains.borrow_mut() = Some((model, Domains::new(&prepared)));
        }
        let Some(mut v) = prepared.embed(&query) else {
            return Ok(None);
        };
        // The thing asked for weighs as much again as the whole subject.
        let asked = head.and_then(|h| prepared.embed(&h));
        if let Some(h) = &asked {
            for (x, y) in v.iter_mut().zip(h) {
                *x += *y;
            }
            crate::vector::normalize(&mut v);
        }
        Ok(Some(Drafted {
            vector: v,
            asked,
            words: crate::domain::spaced(&draft),
        }))
    }

    /// What Palate has learned, for the popup.
    pub fn review(&self, now: Millis) -> Review {
        self.profile.review(now)
    }

    /// Apply a user's correction and log it, so a rebuild keeps it.
    pub async fn edit(&mut self, edit: Edit, now: Millis) -> Result<()> {
        let prepared = self
            .vectors_for(&edit.to_signal(String::new(), now))
            .await?;
        let (delta, signal) = self.profile.edit(edit, &prepared, now)?;
        let mut changes = self.profile.changes(&delta);
        changes.signals.push(signal);
        self.commit(changes).await
    }

    /// Change the engine's parameters: validated, stored, and applied (a new
    /// clustering radius reclusters everything).
    pub async fn set_params(&mut self, params: ProfileParams, now: Millis) -> Result<()> {
        let checked = params.check()?;
        let value = serde_json::to_value(params).map_err(|e| Error::Invalid(e.to_string()))?;
        // Work on a copy: parameters change rarely, and a failed commit must change nothing.
        let mut next = self.profile.clone();
        let delta = next.set_params(checked, now);
        let mut changes = next.changes(&delta);
        changes.settings.push((PARAMS_KEY.into(), value));
        self.store.commit(&changes).await?;
        self.profile = next;
        self.params = params;
        Ok(())
    }

    /// Rebuild every memory and cluster from the signal log (after a model change,
    /// an import, or a bug fix). One commit replaces the old state.
    pub async fn rebuild(&mut self) -> Result<()> {
        self.rebuild_with(self.embedder.clone(), false).await
    }

    /// Rebuild with `embedder`'s vectors (fetched first, in batches, when it is
    /// remote) and make it the engine's model; with `reread`, after reading the log
    /// again with this build's extractor ([`reread`]). A failure changes nothing.
    async fn rebuild_with(&mut self, embedder: Embedder, reread: bool) -> Result<()> {
        let log = self.store.signals().await?;
        let readings = reread.then(|| reread::readings(&log, |_| true));
        self.rebuild_log(log, readings, embedder).await
    }

    /// Rebuild from `log`, taking in `readings` where [`reread::apply`] allows (and
    /// then recording this build as the log's reader), in `embedder`'s vectors.
    async fn rebuild_log(
        &mut self,
        mut log: Vec<Signal>,
        readings: Option<Vec<Reading>>,
        embedder: Embedder,
    ) -> Result<()> {
        let params = *self.profile.params();
        let new_texts = readings
            .as_deref()
            .map_or_else(Vec::new, |r| reread::texts(&log, r));
        let prepared = embedder
            .prepare(log.iter().flat_map(embedded_texts).chain(new_texts))
            .await?;
        let mut settings = vec![(MODEL_KEY.into(), embedder.model_id().into())];
        let replaced_signals = match readings {
            Some(readings) => {
                settings.push((READ_KEY.into(), crate::extract::BUILD.into()));
                reread::apply(&mut log, readings, &prepared, params)
            }
            None => Vec::new(),
        };
        let rebuilt = Profile::rebuild(&log, &prepared, params);
        debug_assert_eq!(
            prepared.misses(),
            0,
            "a text the pipeline embeds was not fetched"
        );
        let changes = Changes {
            replaced_signals,
            reset: true,
            memories: rebuilt.memories().cloned().collect(),
            clusters: rebuilt.clusters().cloned().collect(),
            settings,
            ..Changes::default()
        };
        self.store.commit(&changes).await?;
        self.profile = rebuilt;
        self.embedder = embedder;
        Ok(())
    }

    /// Merge signals from an export into the log: each is validated, ids already
    /// present are skipped, and memories and clusters are rebuilt from the merged log,
    /// all in one commit. A file with nothing valid changes nothing.
    pub async fn import(&mut self, signals: Vec<Signal>) -> Result<ImportReport> {
        let mut report = ImportReport::default();
        let mut seen = std::collections::HashSet::new();
        let mut fresh = Vec::new();
        for signal in signals {
            let id = signal.id.clone();
            if let Err(why) = check_imported(&signal) {
                report.skipped.push(Skipped { id, reason: why });
            } else if !seen.insert(id.clone()) || self.store.has_signal(&id).await? {
                report.skipped.push(Skipped {
                    id,
                    reason: "already in the log".into(),
                });
            } else {
                fresh.push(signal);
            }
        }
        report.added = fresh.len();
        if fresh.is_empty() {
            return Ok(report);
        }
        let mut log = self.store.signals().await?;
        let fresh_ids: std::collections::HashSet<String> =
            fresh.iter().map(|s| s.id.clone()).collect();
        log.extend(fresh);
        log.sort_by(|a, b| a.at.cmp(&b.at).then_with(|| a.id.cmp(&b.id)));
        // Turns another build read are taken as this one reads them, as at open.
        let readings = reread::readings(&log, |s| fresh_ids.contains(&s.id));
        let new_texts = reread::texts(&log, &readings);
        let prepared = self
            .embedder
            .prepare(log.iter().flat_map(embedded_texts).chain(new_texts))
            .await?;
        let params = *self.profile.params();
        reread::apply(&mut log, readings, &prepared, params);
        let fresh: Vec<Signal> = log
            .iter()
            .filter(|s| fresh_ids.contains(&s.id))
            .cloned()
            .collect();
        let rebuilt = Profile::rebuild(&log, &prepared, params);
        let changes = Changes {
            signals: fresh,
            reset: true,
            memories: rebuilt.memories().cloned().collect(),
            clusters: rebuilt.clusters().cloned().collect(),
            ..Changes::default()
        };
        self.store.commit(&changes).await?;
        self.profile = rebuilt;
        Ok(report)
    }

    /// [`Engine::import`] for records read from a file: entries that are not signals
    /// at all are skipped with the reason, the rest go through `import`.
    pub async fn import_json(&mut self, records: Vec<serde_json::Value>) -> Result<ImportReport> {
        let mut signals = Vec::new();
        let mut unreadable = Vec::new();
        for (i, record) in records.into_iter().enumerate() {
            let id = record
                .get("id")
                .and_then(|v| v.as_str())
                .map_or_else(|| format!("#{i}"), str::to_owned);
            match serde_json::from_value::<Signal>(record) {
                Ok(signal) => signals.push(signal),
                Err(e) => unreadable.push(Skipped {
                    id,
                    reason: format!("not a signal: {e}"),
                }),
            }
        }
        let mut report = self.import(signals).await?;
        report.skipped.splice(0..0, unreadable);
        Ok(report)
    }

    /// Forget everything: the signal log, memories and clusters (settings stay).
    pub async fn wipe(&mut self) -> Result<()> {
        let changes = Changes {
            reset: true,
            reset_signals: true,
            ..Changes::default()
        };
        self.store.commit(&changes).await?;
        self.profile = Profile::new(*self.profile.params());
        Ok(())
    }

    /// The signal log, oldest first.
    pub async fn signals(&self) -> Result<Vec<Signal>> {
        self.store.signals().await
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod provider_tests;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod reread_tests;

/// What a draft is read as, owned for the length of one preamble ([`Draft`] borrows it).
struct Drafted {
    vector: Vec<f32>,
    asked: Option<Vec<f32>>,
    words: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::MemoryStore;

    fn turn(id: &str, text: &str) -> Turn {
        Turn {
            id: id.into(),
            site: "chatgpt".into(),
            text: text.into(),
        }
    }

    use crate::memory::test_embed::HashEmbed;

    fn open() -> Engine<MemoryStore> {
        pollster::block_on(Engine::open(MemoryStore::new(), &HashEmbed)).unwrap()
    }

    /// An engine with the shipped model that has learned each of `said`, one turn each.
    /// The reminder for `draft` at time 1.
    fn reminder(e: &Engine<MemoryStore>, draft: &str) -> String {
        pollster::block_on(e.preamble(draft, 1)).unwrap().text
    }

    fn learned(said: &[&str]) -> Engine<MemoryStore> {
        let model = crate::embed::StaticModel::embedded();
        let mut e = pollster::block_on(Engine::open(MemoryStore::new(), model)).unwrap();
        for (i, text) in said.iter().enumerate() {
            pollster::block_on(e.observe(turn(&format!("t{i}"), text), 0)).unwrap();
        }
        e
    }

    /// The topics of the memories the preamble for `draft` uses.
    fn used_topics(e: &Engine<MemoryStore>, draft: &str) -> Vec<String> {
        let p = pollster::block_on(e.preamble(draft, 1)).unwrap();
        p.used.iter().flat_map(|u| u.topics.clone()).collect()
    }

    #[test]
    fn a_turn_is_recorded_once() {
        let mut e = open();
        let first = pollster::block_on(e.observe(turn("t1", "I love jazz"), 1_000)).unwrap();
        assert!(matches!(first, Observed::Recorded { .. }));
        let again = pollster::block_on(e.observe(turn("t1", "I love jazz"), 2_000)).unwrap();
        assert_eq!(again, Observed::Duplicate);
        let log = pollster::block_on(e.signals()).unwrap();
        assert_eq!(log.len(), 1);
        assert_eq!(log[0].text, "I love jazz");
        assert_eq!(log[0].at, 1_000);
    }

    #[test]
    fn bad_turns_get_a_clear_error_and_store_nothing() {
        let mut e = open();
        for bad in [
            turn("", "hello"),
            turn("t", "   \n"),
            Turn {
                site: "Chat GPT".into(),
                ..turn("t", "hi")
            },
            turn(&"x".repeat(600), "hi"),
        ] {
            let err = pollster::block_on(e.observe(bad, 0)).unwrap_err();
            assert!(matches!(err, Error::Invalid(_)), "{err}");
        }
        assert!(pollster::block_on(e.signals()).unwrap().is_empty());
    }

    #[test]
    fn a_huge_message_is_cut_not_refused() {
        let mut e = open();
        let huge = "é".repeat(1 << 20);
        pollster::block_on(e.observe(turn("big", &huge), 0)).unwrap();
        let log = pollster::block_on(e.signals()).unwrap();
        assert!(log[0].text.len() <= MAX_TEXT_BYTES);
    }

    #[test]
    fn a_failed_commit_loses_nothing_and_the_engine_keeps_serving() {
        let mut e = open();
        pollster::block_on(e.observe(turn("a", "I love tea"), 0)).unwrap();
        e.store().fail_commits(true);
        assert!(pollster::block_on(e.observe(turn("b", "I hate coffee"), 1)).is_err());
        e.store().fail_commits(false);
        pollster::block_on(e.observe(turn("b", "I hate coffee"), 2)).unwrap();
        let ids: Vec<_> = pollster::block_on(e.signals())
            .unwrap()
            .into_iter()
            .map(|s| s.id)
            .collect();
        assert_eq!(ids, ["a", "b"]);
    }

    fn topics(e: &Engine<MemoryStore>) -> Vec<(String, bool)> {
        let mut t: Vec<_> = e
            .profile()
            .memories()
            .map(|m| {
                (
                    m.topic.clone(),
                    m.evidence.iter().map(|x| x.sign).sum::<f32>() > 0.0,
                )
            })
            .collect();
        t.sort_by(|a, b| a.0.cmp(&b.0));
        t
    }

    #[test]
    fn observing_learns_memories_and_stores_them_in_one_commit() {
        let mut e = open();
        let seen =
            pollster::block_on(e.observe(turn("a", "I love spicy ramen but I hate cilantro."), 0))
                .unwrap();
        assert_eq!(seen, Observed::Recorded { items: 2 });
        assert_eq!(
            topics(&e),
            [
                ("cilantro".to_string(), false),
                ("spicy ramen".to_string(), true)
            ]
        );
        let stored = pollster::block_on(e.store().load()).unwrap();
        assert_eq!(stored.memories.len(), 2);
        let log = pollster::block_on(e.signals()).unwrap();
        assert_eq!(log[0].items.len(), 2);
    }

    #[test]
    fn a_turn_holding_only_the_preamble_is_not_learned() {
        let mut e = open();
        let only = "[Palate: About me: I love jazz. Use only if relevant.]";
        assert_eq!(
            pollster::block_on(e.observe(turn("p", only), 0)).unwrap(),
            Observed::Ignored
        );
        let with = format!("{only}\n\nRecommend an album");
        pollster::block_on(e.observe(turn("q", &with), 0)).unwrap();
        assert!(
            e.profile().memories().next().is_none(),
            "the preamble's 'I love jazz' was learned"
        );
        assert_eq!(
            pollster::block_on(e.signals()).unwrap()[0].text,
            "Recommend an album"
        );
    }

    #[test]
    fn what_the_conversation_was_told_is_not_said_again() {
        let mut e = open();
        // The test embedder's cosines run lower than the shipped model's, for which the
        // default floor is set: "spicy food" must count for the salsa here.
        let params = ProfileParams {
            preamble: crate::preamble::PreambleParams {
                relevance_floor: 0.3,
                ..Default::default()
            },
            ..Default::default()
        };
        pollster::block_on(e.set_params(params, 0)).unwrap();
        let t = turn("a", "I can't stand cilantro. I love spicy food.");
        pollster::block_on(e.observe(t, 0)).unwrap();
        let draft = "Give me a spicy salsa recipe with cilantro";
        let first = pollster::block_on(e.preamble(draft, 1)).unwrap();
        assert_eq!(first.used.len(), 2, "{first:?}");
        // The follow-up in the same conversation: the page shows the first preamble.
        let shown = format!("{}\n\n{draft}", first.text);
        let said = Said::new(&[shown]);
        let again =
            pollster::block_on(e.preamble_after("and one for tacos with cilantro", &said, 2));
        assert!(again.unwrap().is_empty(), "said again");
        // Told only half of it: the other half is still said.
        let half = Said::new(&["[Palate: About me: I dislike cilantro. Use only if relevant.]"]);
        let rest = pollster::block_on(e.preamble_after(draft, &half, 2)).unwrap();
        assert_eq!(rest.used.len(), 1, "{rest:?}");
        assert!(rest.text.contains("spicy") && !rest.text.contains("cilantro"));
    }

    #[test]
    fn a_relevant_draft_gets_a_preamble_and_an_unrelated_one_gets_none() {
        let mut e = open();
        pollster::block_on(e.observe(turn("a", "I can't stand cilantro."), 0)).unwrap();
        let p = pollster::block_on(e.preamble("salsa with cilantro", 1)).unwrap();
        assert!(p.text.starts_with("[Palate:"), "{p:?}");
        assert!(p.text.contains("cilantro"));
        assert_eq!(p.used.len(), 1);
        assert_eq!(p.used[0].topics, ["cilantro"]);
        assert!(
            pollster::block_on(e.preamble("how do I change a bike tyre", 1))
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn a_memory_in_the_drafts_domain_is_relevant_beyond_its_cosine() {
        let mut e = learned(&["I love spicy food.", "I avoid beachfront hotels."]);
        let draft = "Can you help me plan a dinner party menu?";
        let p = pollster::block_on(e.preamble(draft, 1)).unwrap();
        // Food and dinner share no words; they share a domain.
        assert_eq!(p.used.len(), 1, "{p:?}");
        assert_eq!(p.used[0].topics, ["spicy food"]);
        assert_eq!(p.used[0].area.as_deref(), Some("food"), "the popup's why");
        let blended = p.used[0].relevance;
        let ranked = pollster::block_on(e.relevances(draft, 1)).unwrap();
        assert_eq!(
            ranked[0].1, blended,
            "the ranking scores as the preamble does"
        );
        // Plain cosine alone does not clear the floor.
        let mut params = *e.params();
        params.preamble.domain_weight = 0.0;
        pollster::block_on(e.set_params(params, 1)).unwrap();
        assert!(pollster::block_on(e.preamble(draft, 1)).unwrap().is_empty());
        let cosine = pollster::block_on(e.relevances(draft, 1)).unwrap()[0].1;
        assert!(cosine < blended, "{cosine} {blended}");
    }

    #[test]
    fn titles_reach_a_draft_about_their_kind() {
        let model = crate::embed::StaticModel::embedded();
        let mut e = pollster::block_on(Engine::open(MemoryStore::new(), model)).unwrap();
        let said = "What should I watch next? I really enjoyed Severance and Dark.";
        pollster::block_on(e.observe(turn("a", said), 0)).unwrap();
        pollster::block_on(e.observe(turn("b", "I hate cilantro."), 0)).unwrap();
        // The titles alone mean nothing to the embedding; their kind does.
        let p = pollster::block_on(e.preamble("What show should I watch tonight?", 1)).unwrap();
        assert_eq!(p.used.len(), 1, "{p:?}");
        assert_eq!(p.used[0].topics, ["tv shows like severance and dark"]);
        assert!(
            pollster::block_on(e.preamble("What should I cook tonight?", 1))
                .unwrap()
                .used
                .iter()
                .all(|u| u.topics != ["tv shows like severance and dark"])
        );
        // Liked now, in a message asking for more of the kind.
        let said = "I'm a huge fan of Radiohead, any similar bands?";
        pollster::block_on(e.observe(turn("c", said), 0)).unwrap();
        let p = pollster::block_on(e.preamble("Which albums should I listen to?", 1)).unwrap();
        assert_eq!(p.used.len(), 1, "{p:?}");
        assert_eq!(p.used[0].topics, ["music like radiohead"]);
    }

    #[test]
    fn a_bar_is_no_inn_a_conversion_no_trip_and_a_hike_no_ride() {
        let e = learned(&[
            "I hate hostels.",
            "I can't stand clubbing.",
            "I live in Boston.",
            "I get seasick.",
            "I play the violin.",
        ]);
        let topics = |draft: &str| used_topics(&e, draft);
        let bars = topics("Best bars in Soho?");
        assert!(bars.contains(&"clubbing".to_owned()), "{bars:?}");
        assert!(!bars.contains(&"hostels".to_owned()), "{bars:?}");
        assert!(topics("Where should I stay in Berlin?").contains(&"hostels".to_owned()));
        assert!(topics("How far is 5 miles in km?").is_empty());
        assert_eq!(topics("tips for practicing scales"), ["plays violin"]);
        // A hike goes on foot: no seasickness, though a boat trip still calls for it.
        let hike = topics("Plan a 5 mile hike near me");
        assert!(!hike.contains(&"gets seasick".to_owned()), "{hike:?}");
        assert!(topics("Plan a boat trip").contains(&"gets seasick".to_owned()));
    }

    #[test]
    fn a_liked_drink_goes_with_a_bar_and_a_drink_to_mix() {
        let e = learned(&[
            "I love a cold IPA.",
            "I hate heels.",
            "I hate beer battered fish.",
        ]);
        let topics = |draft: &str| used_topics(&e, draft);
        // A food liked is seldom what a recipe is chosen by; a drink liked is what a
        // bar is.
        assert!(topics("Best bars in Soho?").contains(&"cold ipa".to_owned()));
        assert!(topics("What cocktail should I make tonight?").contains(&"cold ipa".to_owned()));
        let party = topics("What should I wear to a cocktail party?");
        assert!(!party.contains(&"cold ipa".to_owned()), "{party:?}");
        assert!(topics("Write a haiku about autumn").is_empty());
    }

    #[test]
    fn a_level_of_one_field_goes_with_that_field_only() {
        let e = learned(&[
            "I'm new to cooking.",
            "I've played guitar for 15 years.",
            "I'm an expert in Rust.",
            "I've been coding for 10 years.",
        ]);
        let topics = |draft: &str| used_topics(&e, draft);
        // Each had gone with any draft, as "concise answers" does.
        for draft in ["Plan a trip to Rome", "Write a haiku about autumn"] {
            assert!(topics(draft).is_empty(), "{draft}: {:?}", topics(draft));
        }
        assert!(topics("Give me a recipe for risotto")
            .contains(&"beginner-level explanations of cooking".to_owned()));
        assert!(topics("Which guitar strings should I buy?")
            .contains(&"expert-level explanations of guitar".to_owned()));
        // A language or code at large, by a coding draft's words.
        let code = topics("How do I implement a trait for a generic struct?");
        assert!(
            code.iter().any(|t| t.starts_with("expert-level")),
            "{code:?}"
        );
        assert!(!code.contains(&"beginner-level explanations of cooking".to_owned()));
    }

    #[test]
    fn facts_about_the_person_reach_drafts_in_their_areas_only() {
        let e = learned(&[
            "I have two kids.",
            "I live in Lisbon.",
            "I mainly use Linux.",
            "I'm on a tight budget.",
            "I do yoga every morning.",
            "I use a wheelchair.",
            "I like board games.",
            "I love cats.",
        ]);
        let topics = |draft: &str| used_topics(&e, draft);
        // Far in meaning, but the answer depends on them.
        assert!(topics("Plan a day out for us on Saturday").contains(&"has two kids".to_owned()));
        assert!(topics("Ideas for a weekend trip?").contains(&"on a budget".to_owned()));
        assert!(topics("Any good day trips nearby?").contains(&"lives in lisbon".to_owned()));
        assert!(topics("Which laptop should I buy?").contains(&"on a budget".to_owned()));
        let workout = topics("Make me a weekly workout plan");
        assert!(workout.contains(&"does yoga".to_owned()), "{workout:?}");
        assert!(
            workout.contains(&"uses a wheelchair".to_owned()),
            "{workout:?}"
        );
        // Elsewhere nothing of them, not even where one word misleads ("capital").
        for draft in [
            "Explain quantum entanglement simply",
            "Write a haiku about autumn",
            "What's the capital of Australia?",
            "What are the symptoms of the flu?",
        ] {
            assert_eq!(topics(draft), Vec::<String>::new(), "{draft}");
        }
    }

    #[test]
    fn how_code_is_written_goes_with_code_only() {
        let e = learned(&[
            "Use tabs, not spaces.",
            "Always use type hints.",
            "I live in Lisbon.",
        ]);
        let text = |draft: &str| reminder(&e, draft);
        // A fact goes with the trip, and no wish about code comes with it.
        let trip = text("Which hotel should I book in Rome?");
        assert!(
            trip.contains("Lisbon") && !trip.contains("tabs") && !trip.contains("type hints"),
            "{trip}"
        );
        // Said once, a code wish still goes with a coding draft.
        let code = text("Write a Python function to parse a CSV file");
        assert!(
            code.contains("type hints") || code.contains("indentation"),
            "{code}"
        );
    }

    #[test]
    fn an_allergy_goes_with_every_meal_and_a_banned_phrase_with_writing() {
        let e = learned(&[
            "I'm lactose intolerant and allergic to shellfish.",
            "I work night shifts as a nurse.",
            "I love cats.",
        ]);
        let text = |draft: &str| reminder(&e, draft);
        // "shellfish" alone sits nearer pets than food in the table; the allergy is
        // named as one.
        let dinner = text("Suggest a dinner recipe for tonight.");
        assert!(dinner.contains("I am allergic to shellfish"), "{dinner}");
        // Said once and bare, a banned phrase goes with writing drafts only.
        let words = learned(&["Don't say \"I hope this helps\".", "I love cats."]);
        let email = "Write an email to my landlord about the broken heater.";
        let email = pollster::block_on(words.preamble(email, 1)).unwrap().text;
        assert!(email.contains("I hope this helps"), "{email}");
        let plan = text("Make me a weekly workout plan");
        assert!(plan.contains("I work night shifts"), "{plan}");
        // Not with a hotel, nor a question of fact.
        for draft in [
            "Which hotel should I book in Rome?",
            "What's the capital of Australia?",
        ] {
            let t = text(draft);
            assert!(
                !t.contains("shellfish") && !t.contains("night"),
                "{draft}: {t}"
            );
            let t = pollster::block_on(words.preamble(draft, 1)).unwrap().text;
            assert!(t.is_empty(), "{draft}: {t}");
        }
    }

    #[test]
    fn working_out_and_eating_out_are_meant_as_exercise_and_restaurants() {
        let e = learned(&["I hate working out.", "I hate eating out.", "I love cats."]);
        let plan = reminder(&e, "Suggest a morning workout routine");
        assert!(plan.contains("working out"), "{plan}");
        let food = reminder(&e, "Recommend a restaurant in Paris");
        assert!(food.contains("eating out"), "{food}");
        // The model alone read "working out" as work.
        for draft in [
            "How do I ask my boss for a raise?",
            "Tips for working from home",
        ] {
            let t = reminder(&e, draft);
            assert!(!t.contains("working out"), "{draft}: {t}");
        }
    }

    #[test]
    fn a_refused_way_of_travelling_goes_with_trips_a_budget_with_gifts() {
        let e = learned(&["I'm terrified of flying.", "I love cats."]);
        let trip = reminder(&e, "Plan a trip from Paris to Rome");
        assert!(trip.contains("flying"), "{trip}");
        let dinner = reminder(&e, "Suggest a dinner recipe for tonight.");
        assert!(!dinner.contains("flying"), "{dinner}");
        let b = learned(&["I'm on a tight budget this month."]);
        let gift = reminder(&b, "Suggest a gift for my sister's birthday");
        assert!(gift.contains("budget"), "{gift}");
        let knee = learned(&["I'm recovering from knee surgery."]);
        let home = reminder(&knee, "Suggest some exercises I can do at home");
        assert!(home.contains("knee surgery"), "{home}");
        let poem = reminder(&knee, "Write a poem about autumn");
        assert!(poem.is_empty(), "{poem}");
        let kit = learned(&["I only have dumbbells at home.", "I love cats."]);
        let workout = reminder(&kit, "Can you suggest a workout?");
        assert!(workout.contains("dumbbells"), "{workout}");
        let dinner = reminder(&kit, "Plan a dinner party menu");
        assert!(!dinner.contains("dumbbells"), "{dinner}");
        let t = learned(&["I'm not a fan of horror, but I love psychological thrillers."]);
        let book = reminder(&t, "Recommend a book for my flight");
        assert!(book.contains("psychological thrillers"), "{book}");
    }

    #[test]
    fn a_diet_goes_with_meals_and_the_thing_asked_for_names_the_area() {
        let e = learned(&["I'm doing keto.", "I love cats."]);
        // "for work" makes the draft mostly work by its words; a lunch is still food.
        // A dish to try on a trip is as much travel as food by its words.
        for draft in [
            "Quick lunch ideas for work?",
            "Give me a recipe for chili",
            "Plan a dinner party menu",
            "What local dishes should I try in Italy?",
            "Any good restaurants in Chicago for a birthday?",
            "Brunch spots in Brooklyn?",
        ] {
            let t = reminder(&e, draft);
            assert!(t.contains("keto"), "{draft}: {t}");
        }
        // Not where food is only on the way, nor far from it.
        for draft in [
            "What are some good coffee table options you recommend?",
            "Which hotel should I book in Rome?",
            "Write a poem about autumn",
            "How do I wash dishes faster by hand?",
            "What should I wear to a dinner party?",
            "Write a cover letter for a restaurant manager job",
        ] {
            let t = reminder(&e, draft);
            assert!(!t.contains("keto"), "{draft}: {t}");
        }
        // The thing asked for lifts other facts too: a budget for a laptop for work.
        let b = learned(&["I'm on a tight budget this month."]);
        let gift = reminder(&b, "Suggest a laptop for work");
        assert!(gift.contains("budget"), "{gift}");
    }

    #[test]
    fn a_fact_goes_with_a_draft_that_names_what_it_bears_on() {
        let cases = [
            (
                "I'm colorblind.",
                "colorblind",
                "Make a chart of my monthly expenses",
            ),
            ("I have a bad back.", "bad back", "Suggest an office chair"),
            (
                "I'm a night owl.",
                "night owl",
                "Help me plan a productive daily schedule",
            ),
            (
                "I have a dog.",
                "dog",
                "Suggest a daily exercise routine for my dog",
            ),
            (
                "I don't have a car.",
                "no car",
                "Plan my grocery shopping for the week",
            ),
            (
                "I work in marketing.",
                "marketing",
                "Help me write my LinkedIn summary",
            ),
            (
                "I'm a Rust developer.",
                "Rust",
                "How do I parse JSON from a file?",
            ),
            (
                "I'm left-handed.",
                "left-handed",
                "What guitar should I buy as a beginner?",
            ),
            ("I'm pregnant.", "pregnant", "Can I eat sushi?"),
            ("I'm vegan.", "vegan", "What should I bring to a barbecue?"),
            (
                "I'm learning Spanish.",
                "Spanish",
                "Suggest some podcasts for my commute",
            ),
            (
                "I live in a small apartment.",
                "apartment",
                "Suggest a workout I can do at home",
            ),
            (
                "I don't drink alcohol.",
                "alcohol",
                "Ideas for a bachelorette party",
            ),
        ];
        for (turn, said, draft) in cases {
            let e = learned(&[turn, "I love jazz."]);
            let t = reminder(&e, draft);
            assert!(t.contains(said), "{turn} / {draft}: {t}");
        }
        // The popup says why.
        let e = learned(&["I'm colorblind.", "I love jazz."]);
        let p = pollster::block_on(e.preamble("Make a chart of my monthly expenses", 1)).unwrap();
        assert!(p.used.iter().all(|u| u.called), "{p:?}");
        // Not for the same word in another sense.
        for (turn, said, draft) in [
            (
                "I'm colorblind.",
                "colorblind",
                "How do I use a hash map in Rust?",
            ),
            ("I have a cat.", "cat", "Explain the cat command in Linux"),
            (
                "I'm training for a half marathon.",
                "marathon",
                "How do I run a Python script?",
            ),
            (
                "I don't have a car.",
                "no car",
                "How do I compute a moving average?",
            ),
            ("I'm a Rust developer.", "Rust", "Plan a trip to Rome"),
            (
                "I don't drink alcohol.",
                "alcohol",
                "Suggest a board game for my birthday",
            ),
        ] {
            let e = learned(&[turn, "I love jazz."]);
            let t = reminder(&e, draft);
            assert!(!t.contains(said), "{turn} / {draft}: {t}");
        }
    }

    #[test]
    fn the_tastes_a_draft_may_call_for_follow_edits_and_reopening() {
        let draft = "How should I get from Paris to Amsterdam?";
        let mut e = learned(&["I love jazz.", "I adore green tea."]);
        assert!(!reminder(&e, draft).contains("trains"));
        // Renamed by the user, the memory is now a way of travelling.
        pollster::block_on(e.edit(
            Edit::Topic {
                topic: "green tea".into(),
                to: "trains".into(),
            },
            5,
        ))
        .unwrap();
        assert!(
            reminder(&e, draft).contains("trains"),
            "{}",
            reminder(&e, draft)
        );
        // And it is found again when the store is opened anew.
        let Engine { store, .. } = e;
        let model = crate::embed::StaticModel::embedded();
        let again = pollster::block_on(Engine::open(store, model)).unwrap();
        assert!(reminder(&again, draft).contains("trains"));
        // Renamed back, it is not.
        let mut again = again;
        pollster::block_on(again.edit(
            Edit::Topic {
                topic: "trains".into(),
                to: "green tea".into(),
            },
            6,
        ))
        .unwrap();
        assert!(!reminder(&again, draft).contains("trains"));
    }

    #[test]
    fn a_taste_goes_with_a_draft_that_names_what_it_bears_on() {
        let cases = [
            (
                "I hate flying, trains whenever possible.",
                "trains",
                "How should I get from Paris to Amsterdam?",
            ),
            (
                "I'm a big believer in public transport.",
                "public transport",
                "How do I get around in Berlin?",
            ),
            (
                "Window seat always.",
                "window seat",
                "Any tips for my long flight to Tokyo?",
            ),
            (
                "I'm always cold, so warm places are better for me.",
                "warm places",
                "Where should I go on vacation in February?",
            ),
            (
                "I only drink decaf now.",
                "decaf",
                "What should I order at Starbucks?",
            ),
            (
                "I despise small talk.",
                "small talk",
                "How do I prepare for a networking event?",
            ),
            (
                "Museums bore me to death.",
                "museums",
                "Plan a weekend in Paris",
            ),
            (
                "I mostly code in TypeScript.",
                "TypeScript",
                "How do I debounce a function?",
            ),
            (
                "My budget is tight this month.",
                "budget",
                "What should I get my mom for her birthday?",
            ),
            (
                "I'm on Android.",
                "Android",
                "What's the best note-taking app?",
            ),
            (
                "Besides hiking, I also love kayaking.",
                "hiking",
                "Plan a weekend in Colorado for me",
            ),
            (
                "I hate cilantro, it tastes like soap.",
                "cilantro",
                "Give me a recipe for fish tacos",
            ),
            (
                "Any vegetable is fine except eggplant.",
                "eggplant",
                "What's a good side dish for roast chicken?",
            ),
            // What one will not eat goes with eating out too; a kind of restaurant with
            // where to eat; caffeine with what to drink.
            (
                "I can't stand spicy food.",
                "spicy food",
                "What dishes should I try in Bangkok?",
            ),
            (
                "I have a severe nut allergy.",
                "nuts",
                "Best pastries to try in Paris?",
            ),
            (
                "I hate chain restaurants.",
                "chain restaurants",
                "Good places to eat on a road trip through Texas?",
            ),
            (
                "I avoid caffeine in any form.",
                "caffeine",
                "What drinks should I try in Vietnam?",
            ),
            // What one will not do, for what to do on a trip.
            (
                "I'm terrified of heights.",
                "heights",
                "What are some adventures I can try in New Zealand?",
            ),
            // A brand, for a device to buy.
            (
                "I avoid Samsung gadgets, reliability reasons.",
                "Samsung gadgets",
                "Which smart TV should I get?",
            ),
            // A way of learning, for learning anything.
            (
                "Flashcards never work for me.",
                "flashcards",
                "How should I study for my biology final?",
            ),
            // What a place to live is like, for where to move.
            (
                "I can't stand humid weather.",
                "humid weather",
                "Which cities should I consider moving to?",
            ),
            (
                "High cost of living is a dealbreaker for me.",
                "cost of living",
                "Which cities would you recommend for my new job in tech?",
            ),
        ];
        for (turn, said, draft) in cases {
            let e = learned(&[turn, "I love jazz."]);
            let t = reminder(&e, draft);
            assert!(t.contains(said), "{turn} / {draft}: {t}");
        }
        for (turn, said, draft) in [
            (
                "I hate flying, trains whenever possible.",
                "trains",
                "How do I get to the next level in Zelda?",
            ),
            (
                "I'm always cold, so warm places are better for me.",
                "warm places",
                "I need somewhere to store my bike",
            ),
            (
                "I despise small talk.",
                "small talk",
                "What's the Labour party's position on taxes?",
            ),
            (
                "Museums bore me to death.",
                "museums",
                "What are fun things to do with kids on a rainy day at home?",
            ),
            (
                "I'm on Android.",
                "Android",
                "How do I install a ceiling fan?",
            ),
            (
                "My budget is tight this month.",
                "budget",
                "Write a birthday poem for my wife",
            ),
            // A favourite food is no reason to bring up what the person likes.
            (
                "I love cilantro.",
                "cilantro",
                "Give me a recipe for fish tacos",
            ),
            (
                "I hate cilantro, it tastes like soap.",
                "cilantro",
                "Plan a weekend in Lisbon for me",
            ),
            (
                "I hate chain restaurants.",
                "chain restaurants",
                "Which dining table fits a small room?",
            ),
            (
                "I hate seafood.",
                "seafood",
                "Explain how restaurants set menu prices as a business",
            ),
        ] {
            let e = learned(&[turn, "I love jazz."]);
            let t = reminder(&e, draft);
            assert!(!t.contains(said), "{turn} / {draft}: {t}");
        }
    }

    #[test]
    fn a_near_taste_of_an_area_the_draft_does_not_ask_about_is_not_said() {
        // Near in meaning (a trip to London), but a place to stay is not where to eat.
        let e = learned(&["I love staying at hotels on high floors."]);
        let draft =
            "I'm looking for a unique dining experience in London. Any must-try restaurants?";
        assert_eq!(reminder(&e, draft), "");
        // For where to stay, it is said.
        assert!(reminder(&e, "Where should I stay in London?").contains("high floors"));
    }

    #[test]
    fn what_a_job_is_like_goes_only_with_a_job_to_choose() {
        let e = learned(&[
            "I dislike working in the healthcare industry.",
            "I love jazz.",
        ]);
        let t = reminder(
            &e,
            "Can you suggest some fulfilling career paths that involve helping others?",
        );
        assert!(t.contains("healthcare industry"), "{t}");
        // Near in meaning ("job", "office"), but no job to choose.
        for draft in [
            "How do I set up a cron job?",
            "How can I make my office greener?",
        ] {
            assert_eq!(reminder(&e, draft), "", "{draft}");
        }
    }

    #[test]
    fn what_stories_are_made_of_goes_with_a_genre_asked_for() {
        let e = learned(&[
            "I can't stand vampire stuff.",
            "I hate jump scares.",
            "I love jazz.",
        ]);
        let t = reminder(&e, "Any good supernatural shows to binge?");
        assert!(t.contains("vampire stuff"), "{t}");
        let t = reminder(&e, "Any good thriller series I might like?");
        assert!(t.contains("jump scares"), "{t}");
        // A series that is no show, a mystery that is no story.
        for draft in [
            "How do I plot a time series of sales in Python?",
            "What causes the mystery of dark matter?",
        ] {
            assert_eq!(reminder(&e, draft), "", "{draft}");
        }
    }

    #[test]
    fn a_pets_food_is_not_the_persons() {
        let e = learned(&[
            "I have a severe nut allergy and must avoid all nuts and nut byproducts.",
            "I love jazz.",
        ]);
        let t = reminder(&e, "What are some good snacks for a road trip?");
        assert!(t.contains("allergic to nuts"), "{t}");
        assert_eq!(
            reminder(
                &e,
                "Can you give me some suggestions for high-quality pet food brands?"
            ),
            ""
        );
    }

    #[test]
    fn an_allergy_the_draft_calls_for_is_said_before_any_mere_taste() {
        let e = learned(&[
            "I hate cilantro.",
            "I hate mushrooms.",
            "I can't stand olives.",
            "I'm allergic to shellfish.",
            "I love jazz.",
        ]);
        for draft in [
            "Give me a recipe for fish tacos",
            "Give me a recipe for paella",
        ] {
            let t = reminder(&e, draft);
            assert!(
                t.starts_with("[Palate: About me: I am allergic to shellfish;"),
                "{draft}: {t}"
            );
        }
        // A playlist for cooking asks for music, not a meal.
        let t = reminder(&e, "Make me a playlist for cooking dinner");
        assert!(t.contains("jazz") && !t.contains("shellfish"), "{t}");
    }

    #[test]
    fn of_two_memories_a_draft_calls_for_the_nearer_goes_first() {
        // Both lifted past a relevance of 1 (called for and near): they keep their
        // order by cosine ("activities like scuba diving" is the nearer to a reef).
        let e = learned(&[
            "I dislike activities that involve heights or climbing.",
            "I dislike being underwater and avoid activities like scuba diving or snorkeling.",
        ]);
        let draft = "Can you suggest some exciting outdoor activities I can do while visiting \
            the Great Barrier Reef area?";
        let p = pollster::block_on(e.preamble(draft, 1)).unwrap();
        assert_eq!(p.used[0].topics, ["activities like scuba diving"], "{p:?}");
        // The popup shows a relevance of at most 1.
        assert!(p.used.iter().all(|u| u.relevance <= 1.0), "{p:?}");
    }

    #[test]
    fn an_allergy_to_an_animal_goes_first_for_pets_and_a_distaste_does_not() {
        let e = learned(&[
            "I'm allergic to cats and can't be around them.",
            "I have a severe peanut allergy.",
            "I'm allergic to tree nuts.",
        ]);
        let t = reminder(
            &e,
            "What are some popular pet cafes I should visit in Tokyo?",
        );
        assert!(
            t.starts_with("[Palate: About me: I am allergic to cats;"),
            "{t}"
        );
        // Not for a dog's food, nor a trip.
        assert_eq!(reminder(&e, "What is the best food for my dog?"), "");
        assert!(!reminder(&e, "Plan a weekend in Rome").contains("cats"));
        // "I can't stand cats" is no allergy: it waits its turn behind one.
        let e = learned(&["I can't stand cats.", "I'm allergic to peanuts."]);
        let t = reminder(
            &e,
            "What are some popular pet cafes I should visit in Tokyo?",
        );
        assert!(
            t.starts_with("[Palate: About me: I am allergic to peanuts"),
            "{t}"
        );
    }

    #[test]
    fn a_move_between_cities_near_in_meaning_retires_the_old_home() {
        // "lives in berlin" and "lives in munich" are near enough to merge as one
        // memory; they are two homes, and the later one is where the person lives.
        let model = crate::embed::StaticModel::embedded();
        let mut e = pollster::block_on(Engine::open(MemoryStore::new(), model)).unwrap();
        for (i, text) in ["I live in Berlin.", "I just moved to Munich."]
            .iter()
            .enumerate()
        {
            let at = i as Millis * 60_000;
            pollster::block_on(e.observe(turn(&format!("t{i}"), text), at)).unwrap();
        }
        let t = reminder(&e, "Things to do this weekend near me?");
        assert_eq!(
            t,
            "[Palate: About me: I live in Munich. Use only if relevant.]"
        );
        // Berlin is kept, faded, for the popup to restore.
        let review = e.review(0);
        assert!(
            review.faded.iter().any(|m| m.topic == "lives in berlin"),
            "{review:?}"
        );
    }

    #[test]
    fn a_pets_food_is_the_pets_and_the_persons_diet_is_the_persons() {
        let e = learned(&[
            "I follow a vegan diet.",
            "I only want to feed my cat homemade, natural food.",
        ]);
        let t = reminder(
            &e,
            "What's the best way to ensure my cat gets all the necessary nutrients?",
        );
        assert_eq!(
            t,
            "[Palate: About me: I like homemade natural food for my cat. Use only if relevant.]"
        );
        assert!(reminder(&e, "Give me an easy dinner recipe.").contains("vegan diet"));
    }

    #[test]
    fn an_allergy_to_coconut_is_said_for_hair_care_and_a_distaste_is_not() {
        let hair = "Can you recommend some nourishing hair masks for me to try?";
        let e = learned(&[
            "I have an allergy to coconut and avoid products containing coconut oil.",
            "I love hiking in the mountains.",
        ]);
        let t = reminder(&e, hair);
        assert!(
            t.starts_with("[Palate: About me: I am allergic to coconut"),
            "{t}"
        );
        // Nor for a hike's gear.
        assert!(!reminder(&e, "Which hiking boots should I buy?").contains("coconut"));
        // "I can't stand coconut" is a taste in food: no shampoo needs it.
        let e = learned(&["I can't stand coconut.", "I love hiking in the mountains."]);
        assert_eq!(reminder(&e, hair), "");
    }

    #[test]
    fn a_name_goes_with_the_drafts_for_what_the_person_said_it_is() {
        // The static table cannot place a band, a show or a game by name: the sentence
        // that named it says what it is, and a later plain mention does not forget it.
        for (said, name, draft) in [
            (
                ["My favorite band is Radiohead.", "I love Radiohead."],
                "Radiohead",
                "Recommend me some albums to listen to this weekend",
            ),
            (
                [
                    "I've been listening to Phoebe Bridgers lately, she's amazing.",
                    "I love jazz.",
                ],
                "Phoebe Bridgers",
                "Any new music you think I'd like?",
            ),
            (
                ["Breaking Bad is my favorite show.", "I love jazz."],
                "Breaking Bad",
                "What should I binge next?",
            ),
            (
                ["Zelda is my all-time favorite game.", "I love jazz."],
                "Zelda",
                "Recommend a game for my new Switch",
            ),
            (
                ["Favorite author is Ursula K. Le Guin.", "I love jazz."],
                "Ursula K Le Guin",
                "Recommend a novel for my vacation",
            ),
        ] {
            // ("zelda": a capital that opens a sentence says nothing of a name.)
            let names = |t: String| t.to_lowercase().contains(&name.to_lowercase());
            let e = learned(&[said[0], said[1], "I'm vegetarian."]);
            let t = reminder(&e, draft);
            assert!(names(t.clone()), "{said:?} / {draft}: {t}");
            assert!(
                !names(reminder(&e, "Plan a weekend in Chicago")),
                "{said:?}"
            );
            // Kept with the memory: found again when the store is opened anew.
            let Engine { store, .. } = e;
            let model = crate::embed::StaticModel::embedded();
            let again = pollster::block_on(Engine::open(store, model)).unwrap();
            assert!(names(reminder(&again, draft)), "{said:?} reopened");
        }
        // Without a word of what it is, a name is left to meaning.
        let e = learned(&["I love Radiohead.", "I'm vegetarian."]);
        let t = reminder(&e, "Recommend me some albums to listen to this weekend");
        assert!(!t.contains("Radiohead"), "{t}");
    }

    #[test]
    fn what_is_shown_and_said_keeps_the_capitals_written() {
        let e = learned(&["I use VS Code."]);
        let review = e.review(1);
        let shown: Vec<&str> = review
            .unclustered
            .iter()
            .chain(review.clusters.iter().flat_map(|c| c.members.iter()))
            .map(|m| m.written.as_str())
            .collect();
        assert_eq!(shown, ["uses VS Code"]);
        let p = pollster::block_on(e.preamble("How do I set up a debugger?", 1)).unwrap();
        assert!(p.text.contains("I use VS Code"), "{p:?}");
    }

    #[test]
    fn a_failed_commit_leaves_memory_and_storage_in_agreement() {
        let mut e = open();
        pollster::block_on(e.observe(turn("a", "I love tea"), 0)).unwrap();
        e.store().fail_commits(true);
        assert!(pollster::block_on(e.observe(turn("b", "I hate coffee"), 1)).is_err());
        assert_eq!(
            topics(&e),
            [("tea".to_string(), true)],
            "the failed turn's memory must not linger"
        );
        e.store().fail_commits(false);
        pollster::block_on(e.observe(turn("b", "I hate coffee"), 2)).unwrap();
        assert_eq!(topics(&e).len(), 2);
    }

    #[test]
    fn reopening_restores_state_and_rebuilding_reproduces_it() {
        let store = MemoryStore::new();
        let mut e = pollster::block_on(Engine::open(store, &HashEmbed)).unwrap();
        for (i, text) in [
            "I love jazz",
            "I adore green tea",
            "I don't like loud music",
            "I love jazz a lot",
        ]
        .iter()
        .enumerate()
        {
            pollster::block_on(e.observe(turn(&format!("t{i}"), text), i as i64 * 1_000)).unwrap();
        }
        let before = topics(&e);
        let Engine { store, .. } = e;
        let mut again = pollster::block_on(Engine::open(store, &HashEmbed)).unwrap();
        assert_eq!(topics(&again), before);
        let memories: Vec<_> = again.profile().memories().cloned().collect();
        pollster::block_on(again.rebuild()).unwrap();
        let rebuilt: Vec<_> = again.profile().memories().cloned().collect();
        assert_eq!(rebuilt, memories);
    }

    /// Another "model": same words, other vectors.
    struct OtherEmbed;
    impl Embed for OtherEmbed {
        fn model_id(&self) -> &str {
            "other"
        }
        fn dim(&self) -> usize {
            8
        }
        fn embed(&self, text: &str) -> Option<Vec<f32>> {
            let mut v = vec![0.1f32; 8];
            v[text.len() % 8] = 1.0;
            let n = v.iter().map(|x| x * x).sum::<f32>().sqrt();
            Some(v.into_iter().map(|x| x / n).collect())
        }
    }

    #[test]
    fn a_model_change_re_embeds_everything_from_the_log() {
        let mut e = open();
        pollster::block_on(e.observe(turn("a", "I love jazz"), 0)).unwrap();
        let Engine { store, .. } = e;
        let e = pollster::block_on(Engine::open(store, &OtherEmbed)).unwrap();
        let m = e.profile().memories().next().unwrap();
        assert_eq!(m.topic, "jazz");
        assert_eq!(m.embedding.len(), 8);
        let stored = pollster::block_on(e.store().load()).unwrap();
        assert!(stored.memories.iter().all(|m| m.embedding.len() == 8));
        assert_eq!(stored.settings["model"], "other");
    }

    #[test]
    fn invalid_params_are_refused_and_change_nothing() {
        let mut e = open();
        let mut params = *e.params();
        params.preamble.token_budget = 0;
        assert!(pollster::block_on(e.set_params(params, 0)).is_err());
        assert_eq!(e.params(), &ProfileParams::default());
        assert!(pollster::block_on(e.store().load())
            .unwrap()
            .settings
            .get("params")
            .is_none());
    }

    fn exported(id: &str, at: i64, text: &str) -> Signal {
        Signal {
            id: id.into(),
            at,
            site: "chatgpt".into(),
            kind: SignalKind::Turn,
            text: text.into(),
            items: extract(text),
            error: None,
            read_by: None,
        }
    }

    #[test]
    fn import_merges_validates_and_reports() {
        let mut e = open();
        pollster::block_on(e.observe(turn("a", "I love jazz"), 0)).unwrap();
        let mut bad = exported("bad", 5, "I love tea");
        bad.items[0].intensity = f32::NAN;
        let incoming = vec![
            exported("a", 1, "I love jazz"),
            exported("b", 2, "I hate cilantro"),
            exported("b", 3, "I hate cilantro"),
            Signal {
                site: "<script>".into(),
                ..exported("c", 4, "I love tea")
            },
            bad,
        ];
        let report = pollster::block_on(e.import(incoming)).unwrap();
        assert_eq!(report.added, 1);
        let reasons: Vec<_> = report
            .skipped
            .iter()
            .map(|s| (s.id.as_str(), s.reason.as_str()))
            .collect();
        assert_eq!(reasons.len(), 4, "{reasons:?}");
        assert!(reasons.contains(&("a", "already in the log")));
        assert!(reasons
            .iter()
            .any(|(id, why)| *id == "bad" && why.contains("intensity")));
        assert_eq!(
            topics(&e),
            [("cilantro".to_string(), false), ("jazz".to_string(), true)]
        );
        let stored = pollster::block_on(e.store().load()).unwrap();
        assert_eq!(stored.memories.len(), 2);
    }

    #[test]
    fn an_import_with_nothing_valid_changes_nothing() {
        let mut e = open();
        pollster::block_on(e.observe(turn("a", "I love jazz"), 0)).unwrap();
        let before = pollster::block_on(e.store().load()).unwrap();
        let report = pollster::block_on(e.import(vec![Signal {
            id: String::new(),
            ..exported("x", 0, "hi")
        }]))
        .unwrap();
        assert_eq!(report.added, 0);
        assert_eq!(pollster::block_on(e.store().load()).unwrap(), before);
    }

    #[test]
    fn unreadable_records_are_skipped_one_by_one() {
        let mut e = open();
        let good = serde_json::to_value(exported("g", 1, "I love jazz")).unwrap();
        let records = vec![
            serde_json::json!({"id": "x", "at": "yesterday"}),
            serde_json::json!(42),
            good,
        ];
        let report = pollster::block_on(e.import_json(records)).unwrap();
        assert_eq!(report.added, 1);
        assert_eq!(report.skipped.len(), 2);
        assert_eq!(report.skipped[0].id, "x");
        assert_eq!(report.skipped[1].id, "#1");
        assert!(report.skipped[0].reason.starts_with("not a signal"));
    }

    #[test]
    fn wipe_forgets_everything() {
        let mut e = open();
        pollster::block_on(e.observe(turn("a", "I love jazz"), 0)).unwrap();
        pollster::block_on(e.wipe()).unwrap();
        assert!(e.profile().memories().next().is_none());
        assert!(pollster::block_on(e.signals()).unwrap().is_empty());
        assert!(pollster::block_on(e.store().load())
            .unwrap()
            .memories
            .is_empty());
        // And it keeps serving.
        pollster::block_on(e.observe(turn("a", "I love jazz"), 1)).unwrap();
    }

    #[test]
    fn a_failing_provider_keeps_the_turn_for_a_retry_and_learns_nothing_yet() {
        let mut e = open();
        let failing =
            |_: &str| std::future::ready(Err(Error::Provider("HTTP 500: model overloaded".into())));
        let seen =
            pollster::block_on(e.observe_with(turn("a", "I love jazz"), 5, failing)).unwrap();
        assert_eq!(
            seen,
            Observed::Deferred {
                error: "provider failed: HTTP 500: model overloaded".into()
            }
        );
        assert!(e.profile().memories().next().is_none());
        let log = pollster::block_on(e.signals()).unwrap();
        assert_eq!(
            log[0].error.as_deref(),
            Some("provider failed: HTTP 500: model overloaded")
        );
        assert_eq!(log[0].text, "I love jazz");

        // Still failing: nothing changes.
        let report = pollster::block_on(e.retry(ReadBy::Provider, |_| {
            std::future::ready(Err(Error::Provider("down".into())))
        }))
        .unwrap();
        assert_eq!(
            report,
            RetryReport {
                fixed: 0,
                still_failing: 1
            }
        );
        assert!(e.profile().memories().next().is_none());

        // The provider is back: the turn is learned, at its own time, and the log is fixed.
        let report = pollster::block_on(e.retry(ReadBy::BuiltIn, |text| {
            std::future::ready(Ok(extract(&text)))
        }))
        .unwrap();
        assert_eq!(
            report,
            RetryReport {
                fixed: 1,
                still_failing: 0
            }
        );
        assert_eq!(topics(&e), [("jazz".to_string(), true)]);
        let log = pollster::block_on(e.signals()).unwrap();
        assert_eq!(log.len(), 1);
        assert_eq!(log[0].error, None);
        assert_eq!(log[0].items.len(), 1);
        assert_eq!(e.profile().memories().next().unwrap().evidence[0].at, 5);
    }

    #[test]
    fn provider_items_are_learned_like_built_in_ones() {
        let mut e = open();
        let items = vec![Item {
            topic: "vinyl records".into(),
            polarity: crate::Polarity::Like,
            kind: crate::Kind::Preference,
            intensity: 0.7,
            quote: "I collect vinyl".into(),
            revises: false,
            lasting: false,
        }];
        let seen = pollster::block_on(e.observe_with(turn("a", "I collect vinyl"), 0, |_| {
            std::future::ready(Ok(items))
        }))
        .unwrap();
        assert_eq!(seen, Observed::Recorded { items: 1 });
        assert_eq!(topics(&e), [("vinyl records".to_string(), true)]);
    }
}
