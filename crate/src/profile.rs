//! The profile: the memories, clusters and vectors the engine holds in memory, and the
//! pipeline that turns one signal into changes, in order:
//!
//! 1. merge evidence into memories (one per normalized topic; near-identical topics of
//!    the same kind by embedding), or apply the user's edit;
//! 2. place new or re-embedded memories in clusters (incremental DBSCAN);
//! 3. re-describe and re-aggregate every cluster whose members or evidence changed,
//!    flagging drift, from per-cluster summaries kept member by member
//!    ([`crate::summary`]), so the cost does not grow with the cluster.
//!
//! Every operation returns a [`Delta`] naming exactly the memories and clusters it
//! created, changed or removed, so the engine commits only those. Replaying the signal
//! log through [`Profile::rebuild`] yields the same state as the incremental path.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use crate::aggregate::{Aggregate, AggregateParams};
use crate::clock::Millis;
use crate::cluster::{Cluster, ClusterId, Clustering, Dbscan, DbscanParams};
use crate::decay::{Decay, DecayParams};
use crate::domain::Domains;
use crate::embed::Embed;
use crate::error::{Error, Result};
use crate::item::{Item, Kind, Polarity};
use crate::memory::{
    normalize_topic, Edit, Evidence, Feedback, Memory, MemoryId, Merge, MergeParams, Provenance,
    Suggestion,
};
use crate::preamble::{
    self, as_written, clause, memory_clause, sanitize, Candidate, Preamble, PreambleParams,
    PreambleSettings, Said,
};
use crate::provider::chat::MAX_DESCRIPTION_CHARS;
use crate::signal::{Signal, SignalKind};
use crate::store::Changes;
use crate::summary::Summary;
use crate::vector::{dot, normalize, Matrix};

/// Every tunable of the memory engine, as stored in settings. Validate with [`ProfileParams::check`].
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ProfileParams {
    pub decay: DecayParams,
    pub merge: MergeParams,
    pub dbscan: DbscanParams,
    pub aggregate: AggregateParams,
    pub preamble: PreambleParams,
}

impl ProfileParams {
    pub fn check(&self) -> Result<Params> {
        Ok(Params {
            decay: self.decay.check()?,
            merge: self.merge.check()?,
            dbscan: self.dbscan.check()?,
            aggregate: self.aggregate.check()?,
            preamble: self.preamble.check()?,
        })
    }
}

/// Validated [`ProfileParams`].
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Params {
    pub decay: Decay,
    pub merge: Merge,
    pub dbscan: Dbscan,
    pub aggregate: Aggregate,
    pub preamble: PreambleSettings,
}

/// What one operation created, changed or removed: exactly what to commit.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Delta {
    /// Created or changed.
    pub memories: BTreeSet<MemoryId>,
    pub removed_memories: BTreeSet<MemoryId>,
    /// Created or changed.
    pub clusters: BTreeSet<ClusterId>,
    pub removed_clusters: BTreeSet<ClusterId>,
}

impl Delta {
    pub fn is_empty(&self) -> bool {
        self.memories.is_empty()
            && self.removed_memories.is_empty()
            && self.clusters.is_empty()
            && self.removed_clusters.is_empty()
    }

    fn touch_memory(&mut self, id: MemoryId) {
        self.removed_memories.remove(&id);
        self.memories.insert(id);
    }

    fn remove_memory(&mut self, id: MemoryId) {
        self.memories.remove(&id);
        self.removed_memories.insert(id);
    }
}

/// A memory as the popup shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MemoryView {
    pub id: MemoryId,
    pub topic: String,
    /// The topic with the capitals it was written with, for display ([`as_written`]).
    pub written: String,
    pub kind: Kind,
    pub polarity: Polarity,
    pub provenance: Provenance,
    /// Net signed strength now (positive: likes).
    pub strength: f32,
    pub evidence: usize,
    pub last_seen: Millis,
    pub sites: Vec<String>,
    pub hidden: bool,
    pub faded: bool,
    pub cluster_id: Option<ClusterId>,
    pub quote: String,
    pub suggestion: Option<Suggestion>,
    /// A style wish the person stands by, said for any draft ([`stands`]).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub standing: bool,
    /// What the person said the thing is ([`Memory::named`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub named: Option<crate::domain::Work>,
}

/// A cluster as the popup shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClusterView {
    pub id: ClusterId,
    pub description: String,
    pub direction: f32,
    /// Σ |strength| of its members now.
    pub strength: f32,
    pub confidence: f32,
    pub evidence: usize,
    pub last_seen: Millis,
    pub sites: Vec<String>,
    pub drift: bool,
    pub stale: bool,
    pub suggestion: Option<String>,
    pub provenance: Provenance,
    /// The user wrote the description.
    pub authored: bool,
    /// Members that are not faded, strongest first.
    pub members: Vec<MemoryView>,
    /// Topics of members an LLM's description says oppose it (empty for rule-based words).
    pub opposing: Vec<String>,
}

/// Everything the popup's review page shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Review {
    /// Strongest first.
    pub clusters: Vec<ClusterView>,
    /// Memories in no cluster, not faded, strongest first.
    pub unclustered: Vec<MemoryView>,
    /// Too weak to inject; restorable. Most recent first.
    pub faded: Vec<MemoryView>,
}

/// The in-memory state of the memory engine.
#[derive(Debug, Clone)]
pub struct Profile {
    params: Params,
    memories: BTreeMap<MemoryId, Memory>,
    clusters: BTreeMap<ClusterId, Cluster>,
    matrix: Matrix,
    /// Memory of each matrix row.
    rows: Vec<MemoryId>,
    row_of: HashMap<MemoryId, usize>,
    /// Normalized topic or alias → memory.
    topics: HashMap<String, MemoryId>,
    /// Each row's kind of taste, if its topic is one a draft's words may call for
    /// ([`crate::domain::taste_kind_in`]): a draft naming a cue scans this, not every
    /// topic in the store.
    tastes: Vec<Option<u8>>,
    /// Each row's memory kind and polarity: the preamble's pass for what a draft calls
    /// for however far in meaning skips the likes without reading their records.
    stances: Vec<(Kind, Polarity)>,
    clustering: Clustering,
    /// Each row's cluster as last written to its memory: the diff against
    /// `clustering` finds moved memories without a lookup per row.
    synced: Vec<Option<ClusterId>>,
    /// Each row's core flag as last written to its memory.
    synced_core: Vec<bool>,
    /// What each cluster's words, estimate and centroid need, kept member by member.
    summaries: BTreeMap<ClusterId, Summary>,
    /// Memories taken out of their cluster's summary since the last sync, before a
    /// change: their cluster then, and how much of their evidence stays folded if
    /// they come back to it (`None`: evidence rewritten, fold again).
    detached: BTreeMap<MemoryId, (Option<ClusterId>, Option<usize>)>,
    /// Unit mean of each cluster's member vectors (relevance of a cluster).
    centroids: BTreeMap<ClusterId, Vec<f32>>,
    next_memory: MemoryId,
    edits: u64,
}

impl Profile {
    /// An empty profile.
    pub fn new(params: Params) -> Self {
        Self::from_parts(Vec::new(), Vec::new(), params)
    }

    /// The profile as stored: memories and clusters from the store. Neighbour counts
    /// for incremental clustering are learned lazily, so this costs one pass.
    pub fn from_parts(memories: Vec<Memory>, clusters: Vec<Cluster>, params: Params) -> Self {
        let dim = memories
            .iter()
            .map(|m| m.embedding.len())
            .find(|&d| d > 0)
            .unwrap_or(0);
        let mut memories: BTreeMap<MemoryId, Memory> =
            memories.into_iter().map(|m| (m.id, m)).collect();
        let clusters: BTreeMap<ClusterId, Cluster> =
            clusters.into_iter().map(|c| (c.id, c)).collect();
        let mut matrix = Matrix::with_capacity(dim, memories.len());
        let (mut rows, mut row_of, mut topics, mut labels) =
            (Vec::new(), HashMap::new(), HashMap::new(), Vec::new());
        let mut cores = Vec::new();
        let mut tastes = Vec::with_capacity(memories.len());
        let mut stances = Vec::with_capacity(memories.len());
        for m in memories.values_mut() {
            tastes.push(crate::domain::taste_kind_in(&m.topic, m.named));
            stances.push((m.kind, m.polarity));
            if m.cluster_id.is_some_and(|c| !clusters.contains_key(&c)) {
                m.cluster_id = None;
            }
            row_of.insert(m.id, matrix.push(&m.embedding));
            rows.push(m.id);
            labels.push(m.cluster_id);
            // A core point always has a cluster; anything else is a stale flag.
            m.core &= m.cluster_id.is_some();
            cores.push(m.core);
            topics.insert(m.topic.clone(), m.id);
            for a in &m.aliases {
                topics.entry(a.clone()).or_insert(m.id);
            }
        }
        let next_cluster = clusters.keys().max().map_or(1, |c| c + 1);
        let next_memory = memories.keys().max().map_or(1, |m| m + 1);
        let mut p = Profile {
            params,
            memories,
            clusters,
            matrix,
            rows,
            row_of,
            topics,
            tastes,
            stances,
            synced: labels.clone(),
            synced_core: cores.clone(),
            clustering: Clustering::new(labels, cores, next_cluster),
            summaries: BTreeMap::new(),
            detached: BTreeMap::new(),
            centroids: BTreeMap::new(),
            next_memory,
            edits: 0,
        };
        p.summarize();
        p
    }

    /// Replay the signal log, oldest first: the same state the incremental path reaches.
    pub fn rebuild(signals: &[Signal], embed: &dyn Embed, params: Params) -> Self {
        let mut p = Profile::new(params);
        for s in signals {
            p.apply(s, embed, s.at);
        }
        p
    }

    pub fn params(&self) -> &Params {
        &self.params
    }

    /// Memories by id.
    pub fn memories(&self) -> impl Iterator<Item = &Memory> {
        self.memories.values()
    }

    pub fn memory(&self, id: MemoryId) -> Option<&Memory> {
        self.memories.get(&id)
    }

    /// The memory a topic (or one of its aliases) names.
    pub fn find(&self, topic: &str) -> Option<&Memory> {
        self.topics
            .get(&normalize_topic(topic))
            .and_then(|id| self.memories.get(id))
    }

    pub fn clusters(&self) -> impl Iterator<Item = &Cluster> {
        self.clusters.values()
    }

    pub fn cluster(&self, id: ClusterId) -> Option<&Cluster> {
        self.clusters.get(&id)
    }

    /// The records to commit for `delta` (add the signal to `signals`).
    pub fn changes(&self, delta: &Delta) -> Changes {
        Changes {
            memories: delta
                .memories
                .iter()
                .filter_map(|id| self.memories.get(id).cloned())
                .collect(),
            removed_memories: delta.removed_memories.iter().copied().collect(),
            clusters: delta
                .clusters
                .iter()
                .filter_map(|id| self.clusters.get(id).cloned())
                .collect(),
            removed_clusters: delta.removed_clusters.iter().copied().collect(),
            ..Changes::default()
        }
    }

    /// Length of the memories' vectors; 0 while none has one.
    pub fn dim(&self) -> usize {
        self.matrix.dim()
    }

    /// The texts [`apply`](Self::apply) would embed for `signal`: the topics it
    /// names that no memory answers to yet, and their heads.
    pub fn texts_to_embed(&self, signal: &Signal) -> Vec<String> {
        let mut topics = signal_topics(signal);
        topics.retain(|t| !self.topics.contains_key(t));
        with_heads(topics)
    }

    /// Learn from one logged signal: a turn's items, or an edit or feedback payload.
    pub fn apply(&mut self, signal: &Signal, embed: &dyn Embed, now: Millis) -> Delta {
        let mut delta = Delta::default();
        let mut touched = BTreeSet::new();
        match signal.kind {
            SignalKind::Turn => {
                for item in &signal.items {
                    self.observe_item(item, signal, embed, &mut delta, &mut touched);
                }
            }
            SignalKind::Edit | SignalKind::Feedback => {
                self.edits += 1;
                if let Some(edit) = Edit::from_signal(signal) {
                    self.apply_edit(&edit, signal, embed, &mut delta, &mut touched);
                }
            }
        }
        // Every change to a memory is in the delta (it is what gets stored), so the
        // indexes are refreshed from it rather than at each place a memory changes.
        for &id in &delta.memories {
            self.index_row(id);
        }
        self.sync_clusters(touched, now, &mut delta);
        delta
    }

    /// Make a user edit: validate it, apply it, and return the signal to log with it.
    pub fn edit(&mut self, edit: Edit, embed: &dyn Embed, now: Millis) -> Result<(Delta, Signal)> {
        self.validate(&edit)?;
        // Unique in practice: the time, the edit's place in this session, and its payload.
        let mut signal = edit.to_signal(String::new(), now);
        let hash = signal.text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
            (h ^ b as u64).wrapping_mul(0x100_0000_01b3)
        });
        signal.id = format!("edit-{now}-{}-{:08x}", self.edits, hash as u32);
        let delta = self.apply(&signal, embed, now);
        Ok((delta, signal))
    }

    /// Rename a memory; it is re-embedded (and merged into a memory that has the new name).
    pub fn edit_topic(
        &mut self,
        topic: &str,
        to: &str,
        embed: &dyn Embed,
        now: Millis,
    ) -> Result<(Delta, Signal)> {
        self.edit(
            Edit::Topic {
                topic: topic.into(),
                to: to.into(),
            },
            embed,
            now,
        )
    }
    pub fn flip_polarity(
        &mut self,
        topic: &str,
        embed: &dyn Embed,
        now: Millis,
    ) -> Result<(Delta, Signal)> {
        self.edit(
            Edit::Flip {
                topic: topic.into(),
            },
            embed,
            now,
        )
    }
    pub fn set_kind(
        &mut self,
        topic: &str,
        kind: Kind,
        embed: &dyn Embed,
        now: Millis,
    ) -> Result<(Delta, Signal)> {
        self.edit(
            Edit::Kind {
                topic: topic.into(),
                kind,
            },
            embed,
            now,
        )
    }
    pub fn pin(
        &mut self,
        topic: &str,
        pinned: bool,
        embed: &dyn Embed,
        now: Millis,
    ) -> Result<(Delta, Signal)> {
        self.edit(
            Edit::Pin {
                topic: topic.into(),
                pinned,
            },
            embed,
            now,
        )
    }
    pub fn hide(
        &mut self,
        topic: &str,
        hidden: bool,
        embed: &dyn Embed,
        now: Millis,
    ) -> Result<(Delta, Signal)> {
        self.edit(
            Edit::Hide {
                topic: topic.into(),
                hidden,
            },
            embed,
            now,
        )
    }
    pub fn delete(
        &mut self,
        topic: &str,
        embed: &dyn Embed,
        now: Millis,
    ) -> Result<(Delta, Signal)> {
        self.edit(
            Edit::Delete {
                topic: topic.into(),
            },
            embed,
            now,
        )
    }
    pub fn add(
        &mut self,
        topic: &str,
        kind: Kind,
        polarity: Polarity,
        embed: &dyn Embed,
        now: Millis,
    ) -> Result<(Delta, Signal)> {
        self.edit(
            Edit::Add {
                topic: topic.into(),
                kind,
                polarity,
            },
            embed,
            now,
        )
    }
    pub fn restore(
        &mut self,
        topic: &str,
        embed: &dyn Embed,
        now: Millis,
    ) -> Result<(Delta, Signal)> {
        self.edit(
            Edit::Restore {
                topic: topic.into(),
            },
            embed,
            now,
        )
    }
    /// What the user did with a preamble: pass the topics of its `used` memories.
    pub fn feedback(
        &mut self,
        topics: Vec<String>,
        feedback: Feedback,
        embed: &dyn Embed,
        now: Millis,
    ) -> Result<(Delta, Signal)> {
        self.edit(Edit::Feedback { topics, feedback }, embed, now)
    }

    fn validate(&self, edit: &Edit) -> Result<()> {
        let known = |t: &str| {
            self.find(t)
                .map(|_| ())
                .ok_or_else(|| Error::NotFound(format!("no memory about {t:?}")))
        };
        let named = |t: &str| {
            if normalize_topic(t).is_empty() {
                Err(Error::Invalid(
                    "a topic needs at least one letter or digit".into(),
                ))
            } else {
                Ok(())
            }
        };
        match edit {
            Edit::Topic { topic, to } => {
                known(topic)?;
                named(to)
            }
            Edit::Flip { topic }
            | Edit::Kind { topic, .. }
            | Edit::Pin { topic, .. }
            | Edit::Hide { topic, .. }
            | Edit::Delete { topic }
            | Edit::Restore { topic } => known(topic),
            Edit::Add { topic, .. } => named(topic),
            Edit::Feedback { .. } => Ok(()),
            Edit::DismissSuggestion { topic } => {
                known(topic)?;
                match self.find(topic).and_then(|m| m.suggestion.as_ref()) {
                    Some(_) => Ok(()),
                    None => Err(Error::NotFound(format!("no suggestion for {topic:?}"))),
                }
            }
            Edit::DescribeCluster {
                members,
                description,
            } => {
                self.known_cluster(members)?;
                clean_description(description).map(|_| ()).ok_or_else(|| {
                    Error::Invalid(format!(
                        "a description needs 1 to {MAX_DESCRIPTION_CHARS} characters"
                    ))
                })
            }
            Edit::DismissClusterSuggestion { members } => {
                let c = self.known_cluster(members)?;
                match c.suggestion {
                    Some(_) => Ok(()),
                    None => Err(Error::NotFound("this group has no suggestion".into())),
                }
            }
            Edit::AutomaticDescription { members } => {
                if self.known_cluster(members)?.authored {
                    Ok(())
                } else {
                    Err(Error::NotFound(
                        "this group's words are already automatic".into(),
                    ))
                }
            }
        }
    }

    /// The cluster `members` names, or why there is none.
    fn known_cluster(&self, members: &[String]) -> Result<&Cluster> {
        if members.is_empty() || members.len() > MAX_NAMING_MEMBERS {
            return Err(Error::Invalid(format!(
                "name a group by 1 to {MAX_NAMING_MEMBERS} of its memories"
            )));
        }
        self.cluster_named(members)
            .and_then(|c| self.clusters.get(&c))
            .ok_or_else(|| Error::NotFound("no group holds these memories".into()))
    }

    // ---- stage 1: evidence -------------------------------------------------------

    fn observe_item(
        &mut self,
        item: &Item,
        signal: &Signal,
        embed: &dyn Embed,
        delta: &mut Delta,
        touched: &mut BTreeSet<ClusterId>,
    ) {
        let topic = normalize_topic(&item.topic);
        if topic.is_empty() {
            return;
        }
        // "I'm not vegetarian anymore": a fact retracted retires the fact if it is
        // known and is nothing to learn if not; it weighs nothing of its own, so the
        // memory fades (restorable) rather than turning into "avoids vegetarian diet".
        let retraction =
            item.kind == Kind::Fact && item.polarity == Polarity::Dislike && item.revises;
        // Intensity is validated, never trusted: providers may send anything.
        let intensity = if retraction {
            0.0
        } else if item.intensity.is_finite() {
            item.intensity.clamp(0.05, 1.0)
        } else {
            0.5
        };
        let evidence = Evidence {
            at: signal.at,
            sign: item.polarity.sign(),
            intensity,
            signal_id: signal.id.clone(),
            revises: item.revises,
            lasting: item.lasting && item.kind == Kind::Style,
        };
        let mut dots = Vec::new();
        let (id, vector) = match self.topics.get(&topic) {
            Some(&id) => (Some(id), None),
            None => {
                let v = embed_unit(embed, &topic);
                // One pass over the matrix serves the merge check and, if the topic is
                // new, its clustering range query.
                if let Some(v) = v.as_deref().filter(|v| v.len() == self.matrix.dim()) {
                    self.matrix.dots_into(v, &mut dots);
                }
                (self.merge_target(&dots, item.kind, &topic), v)
            }
        };
        match id {
            Some(id) => {
                if !self.topics.contains_key(&topic) {
                    self.topics.insert(topic.clone(), id);
                    let m = self.memories.get_mut(&id).expect("indexed memory exists");
                    m.aliases.push(topic.clone());
                }
                self.detach_appending(id);
                let decay = self.params.decay;
                let m = self.memories.get_mut(&id).expect("indexed memory exists");
                m.evidence.push(evidence);
                m.add_site(&signal.site);
                m.quote = item.quote.clone();
                // Kept when this quote does not say what the thing is.
                let named = crate::domain::work_named(&topic, &item.quote).or(m.named);
                m.named = named;
                if m.provenance.is_learned() {
                    let s = decay.strength(m, signal.at);
                    if s != 0.0 {
                        m.polarity = if s > 0.0 {
                            Polarity::Like
                        } else {
                            Polarity::Dislike
                        };
                    }
                } else {
                    // Automation never rewrites the user's memories; it may only propose.
                    let against = decay.support(m, signal.at) < 0.0
                        || item.revises && item.polarity != m.polarity;
                    let kind = (item.kind != m.kind).then_some(item.kind);
                    let polarity = against.then_some(m.polarity.flipped());
                    let declined = m
                        .declined
                        .as_ref()
                        .is_some_and(|d| d.polarity == polarity && d.kind == kind);
                    if !declined {
                        // Evidence back in line, or pointing elsewhere: a later
                        // proposal is news, even one the user dismissed before.
                        m.declined = None;
                    }
                    if (against || kind.is_some()) && !declined {
                        let way = m.polarity.flipped();
                        let reason = match (against, kind) {
                            (true, _) if retraction => {
                                format!("recent messages say {} no longer holds", m.topic)
                            }
                            (true, _) => {
                                format!("recent messages say you {} {}", verb(way), m.topic)
                            }
                            (false, Some(k)) => {
                                format!("recent messages treat {} as a {}", m.topic, k.as_str())
                            }
                            _ => unreachable!(),
                        };
                        m.suggestion = Some(Suggestion {
                            at: signal.at,
                            polarity,
                            kind,
                            reason,
                        });
                    }
                }
                touched.extend(m.cluster_id);
                delta.touch_memory(id);
            }
            None if retraction => {}
            None => {
                let id = self.next_memory;
                self.next_memory += 1;
                let mut m = Memory::new(
                    id,
                    &topic,
                    item.kind,
                    item.polarity,
                    Provenance::Learned,
                    vector.unwrap_or_default(),
                );
                m.evidence.push(evidence);
                m.add_site(&signal.site);
                m.quote = item.quote.clone();
                m.named = crate::domain::work_named(&topic, &item.quote);
                let known = (!dots.is_empty()).then_some(dots.as_slice());
                self.insert_memory(m, known);
                delta.touch_memory(id);
            }
        }
        if item.kind == Kind::Fact && item.polarity == Polarity::Like && supersedes_any(&topic) {
            if let Some(&now) = self.topics.get(&topic) {
                self.retire_superseded(now, &topic, signal, delta, touched);
            }
        }
    }

    /// A fact that holds one way at a time holds as last said ([`supersedes`]): "I
    /// moved to Lisbon" retires the learned "lives in berlin" (and "moving to lisbon",
    /// now done), "I'm in college" retires "a high school student", with a change of
    /// mind against each, so it fades (still reviewable, restored if said again). The
    /// user's own entries stay.
    fn retire_superseded(
        &mut self,
        now: MemoryId,
        topic: &str,
        signal: &Signal,
        delta: &mut Delta,
        touched: &mut BTreeSet<ClusterId>,
    ) {
        let decay = self.params.decay;
        let old: Vec<MemoryId> = self
            .memories
            .values()
            .filter(|m| {
                m.id != now
                    && m.kind == Kind::Fact
                    && m.provenance.is_learned()
                    && supersedes(topic, &m.topic)
                    && decay.support(m, signal.at) > 0.0
            })
            .map(|m| m.id)
            .collect();
        for id in old {
            self.detach_appending(id);
            let m = self.memories.get_mut(&id).expect("listed memory exists");
            m.evidence.push(Evidence {
                at: signal.at,
                // No weight of its own: it only retires what came before.
                sign: -m.polarity.sign(),
                intensity: 0.0,
                signal_id: signal.id.clone(),
                revises: true,
                lasting: false,
            });
            touched.extend(m.cluster_id);
            delta.touch_memory(id);
        }
    }

    /// The memory a new topic reinforces, from its dot products with every row: the
    /// most similar of the same kind at or above the merge threshold, but never a fact
    /// of another value ([`same_fact`]).
    fn merge_target(&self, dots: &[f32], kind: Kind, topic: &str) -> Option<MemoryId> {
        let t = self.params.merge.threshold();
        let mut best: Option<(f32, MemoryId)> = None;
        for (r, &d) in dots.iter().enumerate() {
            if d >= t && best.map_or(true, |b| d > b.0) {
                let id = self.rows[r];
                let m = &self.memories[&id];
                if m.kind == kind && (kind != Kind::Fact || same_fact(&m.topic, topic)) {
                    best = Some((d, id));
                }
            }
        }
        best.map(|b| b.1)
    }

    /// Add a memory; `dots` are its vector's dot products with every current row, if known.
    fn insert_memory(&mut self, m: Memory, dots: Option<&[f32]>) {
        let id = m.id;
        self.topics.insert(m.topic.clone(), id);
        for a in &m.aliases {
            self.topics.entry(a.clone()).or_insert(id);
        }
        if self.matrix.dim() == 0 && !m.embedding.is_empty() {
            // The first vector fixes the dimension; earlier rows had none.
            let mut fresh = Matrix::with_capacity(m.embedding.len(), self.rows.len() + 1);
            for r in &self.rows {
                fresh.push(&self.memories[r].embedding);
            }
            self.matrix = fresh;
        }
        self.memories.insert(id, m);
        self.add_row(id, dots);
    }

    fn add_row(&mut self, id: MemoryId, dots: Option<&[f32]>) {
        let m = &self.memories[&id];
        let r = self.matrix.push(&m.embedding);
        self.rows.push(id);
        self.tastes
            .push(crate::domain::taste_kind_in(&m.topic, m.named));
        self.stances.push((m.kind, m.polarity));
        self.synced.push(m.cluster_id);
        self.synced_core.push(m.core);
        self.row_of.insert(id, r);
        let dbscan = self.params.dbscan;
        match dots.filter(|d| d.len() == r && self.matrix.dim() > 0) {
            Some(dots) => {
                let t = dbscan.min_dot();
                let mut np: Vec<usize> = (0..r).filter(|&q| dots[q] >= t).collect();
                if dot(self.matrix.row(r), self.matrix.row(r)) >= t {
                    np.push(r);
                }
                self.clustering.insert_with(&self.matrix, np, &dbscan);
            }
            None => self.clustering.insert(&self.matrix, &dbscan),
        }
    }

    /// Keep the row indexes ([`Profile::tastes`], [`Profile::stances`]) in step with a
    /// changed memory's topic, what it was said to be, its kind and its polarity.
    fn index_row(&mut self, id: MemoryId) {
        if let (Some(m), Some(&r)) = (self.memories.get(&id), self.row_of.get(&id)) {
            self.tastes[r] = crate::domain::taste_kind_in(&m.topic, m.named);
            self.stances[r] = (m.kind, m.polarity);
        }
    }

    fn remove_row(&mut self, id: MemoryId) {
        let Some(r) = self.row_of.remove(&id) else {
            return;
        };
        self.clustering
            .remove(&mut self.matrix, r, &self.params.dbscan);
        self.rows.swap_remove(r);
        self.tastes.swap_remove(r);
        self.stances.swap_remove(r);
        self.synced.swap_remove(r);
        self.synced_core.swap_remove(r);
        if r < self.rows.len() {
            self.row_of.insert(self.rows[r], r);
        }
    }

    fn remove_memory(
        &mut self,
        id: MemoryId,
        delta: &mut Delta,
        touched: &mut BTreeSet<ClusterId>,
    ) -> Option<Memory> {
        self.detach(id, None);
        self.remove_row(id);
        let m = self.memories.remove(&id)?;
        self.topics.retain(|_, v| *v != id);
        touched.extend(m.cluster_id);
        delta.remove_memory(id);
        Some(m)
    }

    fn apply_edit(
        &mut self,
        edit: &Edit,
        signal: &Signal,
        embed: &dyn Embed,
        delta: &mut Delta,
        touched: &mut BTreeSet<ClusterId>,
    ) {
        let find = |p: &Self, t: &str| p.topics.get(&normalize_topic(t)).copied();
        let user_evidence = |m: &Memory| Evidence {
            at: signal.at,
            sign: m.polarity.sign(),
            intensity: 1.0,
            signal_id: signal.id.clone(),
            revises: false,
            lasting: false,
        };
        // The user took it over: automation may no longer rewrite it.
        let own = |m: &mut Memory| {
            if m.provenance == Provenance::Learned {
                m.provenance = Provenance::User;
            }
        };
        match edit {
            Edit::Topic { topic, to } => {
                let (Some(id), to) = (find(self, topic), normalize_topic(to)) else {
                    return;
                };
                if to.is_empty() || self.memories[&id].topic == to {
                    return;
                }
                match find(self, &to) {
                    Some(other) if other != id => {
                        // The new name is another memory's: the two become one.
                        let Some(m) = self.remove_memory(id, delta, touched) else {
                            return;
                        };
                        self.detach(other, None);
                        let o = self
                            .memories
                            .get_mut(&other)
                            .expect("indexed memory exists");
                        o.evidence.extend(m.evidence);
                        for s in &m.sites {
                            o.add_site(s);
                        }
                        own(o);
                        let names: Vec<String> =
                            std::iter::once(m.topic).chain(m.aliases).collect();
                        for a in names {
                            if !o.answers_to(&a) {
                                o.aliases.push(a.clone());
                            }
                            self.topics.insert(a, other);
                        }
                        touched.extend(o.cluster_id);
                        delta.touch_memory(other);
                    }
                    _ => {
                        let v = embed_unit(embed, &to).unwrap_or_default();
                        self.detach_appending(id);
                        self.remove_row(id);
                        let m = self.memories.get_mut(&id).expect("indexed memory exists");
                        touched.extend(m.cluster_id);
                        let old = std::mem::replace(&mut m.topic, to.clone());
                        m.aliases.retain(|a| *a != to);
                        // Keep the old name so evidence phrased that way still lands here.
                        m.aliases.push(old);
                        m.embedding = v;
                        own(m);
                        self.topics.insert(to, id);
                        self.add_row(id, None);
                        delta.touch_memory(id);
                    }
                }
            }
            Edit::Flip { topic } => {
                let Some(id) = find(self, topic) else { return };
                self.detach(id, None);
                let decay = self.params.decay;
                let m = self.memories.get_mut(&id).expect("indexed memory exists");
                m.polarity = m.polarity.flipped();
                // Either the evidence already points the new way (accepting a suggestion),
                // or the extractor got it backwards: then every piece is read the other way.
                if decay.support(m, signal.at) <= 0.0 {
                    for e in &mut m.evidence {
                        e.sign = -e.sign;
                    }
                }
                m.suggestion = None;
                m.declined = None;
                own(m);
                touched.extend(m.cluster_id);
                delta.touch_memory(id);
            }
            Edit::Kind { topic, kind } => {
                let Some(id) = find(self, topic) else { return };
                self.detach_appending(id);
                let m = self.memories.get_mut(&id).expect("indexed memory exists");
                m.kind = *kind;
                if m.suggestion.as_ref().is_some_and(|s| s.kind.is_some()) {
                    m.suggestion = None;
                }
                m.declined = None;
                own(m);
                touched.extend(m.cluster_id);
                delta.touch_memory(id);
            }
            Edit::Pin { topic, pinned } => {
                let Some(id) = find(self, topic) else { return };
                self.detach_appending(id);
                let m = self.memories.get_mut(&id).expect("indexed memory exists");
                m.provenance = if *pinned {
                    Provenance::Pinned
                } else {
                    Provenance::User
                };
                touched.extend(m.cluster_id);
                delta.touch_memory(id);
            }
            Edit::Hide { topic, hidden } => {
                let Some(id) = find(self, topic) else { return };
                let m = self.memories.get_mut(&id).expect("indexed memory exists");
                m.hidden = *hidden;
                delta.touch_memory(id);
            }
            Edit::Delete { topic } => {
                if let Some(id) = find(self, topic) {
                    self.remove_memory(id, delta, touched);
                }
            }
            Edit::Add {
                topic,
                kind,
                polarity,
            } => {
                let t = normalize_topic(topic);
                if t.is_empty() {
                    return;
                }
                match find(self, &t) {
                    Some(id) => {
                        self.detach(id, None);
                        // Written by hand over an existing memory: the user's word wins.
                        let m = self.memories.get_mut(&id).expect("indexed memory exists");
                        if m.polarity != *polarity {
                            for e in &mut m.evidence {
                                e.sign = -e.sign;
                            }
                            m.polarity = *polarity;
                        }
                        m.kind = *kind;
                        m.evidence.push(user_evidence(m));
                        m.suggestion = None;
                        m.declined = None;
                        own(m);
                        touched.extend(m.cluster_id);
                        delta.touch_memory(id);
                    }
                    None => {
                        let id = self.next_memory;
                        self.next_memory += 1;
                        let v = embed_unit(embed, &t).unwrap_or_default();
                        let mut m = Memory::new(id, &t, *kind, *polarity, Provenance::User, v);
                        m.evidence.push(user_evidence(&m));
                        m.add_site(&signal.site);
                        self.insert_memory(m, None);
                        delta.touch_memory(id);
                    }
                }
            }
            Edit::Restore { topic } => {
                let Some(id) = find(self, topic) else { return };
                self.detach_appending(id);
                let m = self.memories.get_mut(&id).expect("indexed memory exists");
                let e = user_evidence(m);
                m.evidence.push(e);
                own(m);
                touched.extend(m.cluster_id);
                delta.touch_memory(id);
            }
            Edit::Feedback { topics, feedback } => {
                for t in topics {
                    let Some(id) = find(self, t) else { continue };
                    let m = self.memories.get_mut(&id).expect("indexed memory exists");
                    match feedback {
                        Feedback::Kept => m.kept += 1,
                        Feedback::Dismissed => m.dismissed += 1,
                    }
                    delta.touch_memory(id);
                }
            }
            Edit::DismissSuggestion { topic } => {
                let Some(id) = find(self, topic) else { return };
                let m = self.memories.get_mut(&id).expect("indexed memory exists");
                if let Some(s) = m.suggestion.take() {
                    m.declined = Some(s);
                    delta.touch_memory(id);
                }
            }
            Edit::DescribeCluster {
                members,
                description,
            } => {
                let Some(cid) = self.cluster_named(members) else {
                    return;
                };
                let Some(text) = clean_description(description) else {
                    return;
                };
                // Writing one's own words passes over automation's current ones: only
                // a change in what automation would write (drift) is suggested later.
                let passed = self.automatic_words(cid, signal.at);
                let c = self.clusters.get_mut(&cid).expect("named cluster exists");
                c.description = text;
                c.authored = true;
                c.declined = Some(passed);
                touched.insert(cid);
            }
            Edit::DismissClusterSuggestion { members } => {
                let Some(cid) = self.cluster_named(members) else {
                    return;
                };
                // Decline what automation would write now, which the refresh below
                // compares against (decay may have reordered it since it was shown).
                let now = self.automatic_words(cid, signal.at);
                let c = self.clusters.get_mut(&cid).expect("named cluster exists");
                if c.suggestion.take().is_some() {
                    c.declined = Some(now);
                    touched.insert(cid);
                }
            }
            Edit::AutomaticDescription { members } => {
                let Some(cid) = self.cluster_named(members) else {
                    return;
                };
                let c = self.clusters.get_mut(&cid).expect("named cluster exists");
                if c.authored {
                    // No words left to keep: the refresh writes automation's.
                    c.authored = false;
                    c.description.clear();
                    c.declined = None;
                    c.suggestion = None;
                    touched.insert(cid);
                }
            }
        }
    }

    /// The cluster holding most of the memories `members` names (ties: the oldest).
    fn cluster_named(&self, members: &[String]) -> Option<ClusterId> {
        let mut votes: BTreeMap<ClusterId, usize> = BTreeMap::new();
        for t in members {
            let m = self
                .topics
                .get(&normalize_topic(t))
                .and_then(|id| self.memories.get(id));
            if let Some(c) = m.and_then(|m| m.cluster_id) {
                *votes.entry(c).or_default() += 1;
            }
        }
        votes
            .into_iter()
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
            .map(|(c, _)| c)
    }

    // ---- stages 2 and 3: clusters --------------------------------------------------

    /// Take memory `id` out of its cluster's summary before changing it (its vector
    /// and strengths must be those it was added with). `kept`: the pieces of its
    /// evidence that stay as they are if it comes back (`None`: rewritten).
    fn detach(&mut self, id: MemoryId, kept: Option<usize>) {
        if let Some(d) = self.detached.get_mut(&id) {
            d.1 = d.1.min(kept);
            return;
        }
        let Some(m) = self.memories.get(&id) else {
            return;
        };
        if let Some(c) = m.cluster_id {
            let v = self
                .row_of
                .get(&id)
                .map_or(&[][..], |&r| self.matrix.row(r));
            if let Some(s) = self.summaries.get_mut(&c) {
                s.remove(id, v);
            }
            if let Some(cl) = self.clusters.get_mut(&c) {
                if let Ok(at) = cl.members.binary_search(&id) {
                    cl.members.remove(at);
                }
            }
        }
        self.detached.insert(id, (m.cluster_id, kept));
    }

    /// [`Profile::detach`] before a change that at most appends evidence.
    fn detach_appending(&mut self, id: MemoryId) {
        let n = self.memories.get(&id).map_or(0, |m| m.evidence.len());
        self.detach(id, Some(n));
    }

    /// Put memory `id` into cluster `c`'s summary and member list; the first
    /// `folded` pieces of its evidence are already in the summary's fold.
    fn link(&mut self, c: ClusterId, id: MemoryId, folded: usize) {
        let m = &self.memories[&id];
        let v = self
            .row_of
            .get(&id)
            .map_or(&[][..], |&r| self.matrix.row(r));
        self.summaries
            .entry(c)
            .or_default()
            .add(m, v, folded, &self.params.decay);
        let members = &mut self
            .clusters
            .entry(c)
            .or_insert_with(|| Cluster::new(c))
            .members;
        if let Err(at) = members.binary_search(&id) {
            members.insert(at, id);
        }
    }

    /// Summaries of every cluster from scratch (after a load or new parameters), with
    /// member lists as the memories say.
    fn summarize(&mut self) {
        self.summaries.clear();
        self.detached.clear();
        for c in self.clusters.values_mut() {
            c.members.clear();
        }
        let linked: Vec<(ClusterId, MemoryId)> = self
            .memories
            .values()
            .filter_map(|m| m.cluster_id.map(|c| (c, m.id)))
            .collect();
        for (c, id) in linked {
            self.link(c, id, 0);
        }
        self.centroids.clear();
        for (&c, s) in &mut self.summaries {
            s.refold();
            if let Some(v) = s.centroid() {
                self.centroids.insert(c, v);
            }
        }
    }

    /// Bring memories' `cluster_id` and the cluster records in step with the
    /// clustering, re-describing every cluster in `touched` or whose members moved.
    fn sync_clusters(&mut self, mut touched: BTreeSet<ClusterId>, now: Millis, delta: &mut Delta) {
        // Where the members of groups the user described went, to carry their words.
        let mut moved: BTreeMap<ClusterId, BTreeMap<ClusterId, usize>> = BTreeMap::new();
        for r in 0..self.rows.len() {
            let label = self.clustering.labels()[r];
            if self.synced[r] == label {
                continue;
            }
            self.synced[r] = label;
            let id = self.rows[r];
            let was = self.memories[&id].cluster_id;
            if was != label {
                touched.extend(was);
                touched.extend(label);
                if let (Some(w), Some(l)) = (was, label) {
                    if self.clusters.get(&w).is_some_and(|c| c.authored) {
                        *moved.entry(w).or_default().entry(l).or_default() += 1;
                    }
                }
                self.detach_appending(id);
                self.memories
                    .get_mut(&id)
                    .expect("every row has a memory")
                    .cluster_id = label;
                delta.touch_memory(id);
            }
        }
        let dbscan = self.params.dbscan;
        for r in 0..self.rows.len() {
            let core = self.clustering.is_core(r, &dbscan);
            if self.synced_core[r] != core {
                self.synced_core[r] = core;
                let m = self
                    .memories
                    .get_mut(&self.rows[r])
                    .expect("every row has a memory");
                m.core = core;
                delta.touch_memory(m.id);
            }
        }
        for (id, (was, kept)) in std::mem::take(&mut self.detached) {
            let now_in = self.memories.get(&id).and_then(|m| m.cluster_id);
            touched.extend(was);
            touched.extend(now_in);
            match (now_in, kept) {
                (Some(c), Some(n)) if was == Some(c) => self.link(c, id, n),
                _ => {
                    // Its evidence left the old fold, or was rewritten.
                    if let Some(s) = was.and_then(|c| self.summaries.get_mut(&c)) {
                        s.refold();
                    }
                    if let Some(c) = now_in {
                        self.link(c, id, 0);
                    }
                }
            }
        }
        self.carry_authored(&moved);
        for id in touched {
            let live = self.summaries.get(&id).is_some_and(|s| !s.is_empty());
            if !live {
                self.summaries.remove(&id);
                self.centroids.remove(&id);
                if self.clusters.remove(&id).is_some() {
                    delta.clusters.remove(&id);
                    delta.removed_clusters.insert(id);
                }
                continue;
            }
            let mut c = self
                .clusters
                .remove(&id)
                .unwrap_or_else(|| Cluster::new(id));
            self.refresh_cluster(&mut c, now);
            self.clusters.insert(id, c);
            delta.removed_clusters.remove(&id);
            delta.clusters.insert(id);
        }
    }

    /// The words automation would write for cluster `id` now: its summary's, as the
    /// refresh that follows an edit will compare against.
    fn automatic_words(&mut self, id: ClusterId, now: Millis) -> String {
        let summary = self
            .summaries
            .get_mut(&id)
            .expect("a live cluster has a summary");
        let (d, _) = summary.refresh(
            &self.memories,
            &self.params.decay,
            &self.params.aggregate,
            now,
        );
        d.text
    }

    /// Re-derive a cluster's description, direction, confidence, drift and centroid.
    fn refresh_cluster(&mut self, c: &mut Cluster, now: Millis) {
        let summary = self
            .summaries
            .get_mut(&c.id)
            .expect("a live cluster has a summary");
        let p = &self.params;
        let (d, est) = summary.refresh(&self.memories, &p.decay, &p.aggregate, now);
        let pinned = c.authored || summary.pinned();
        match summary.centroid() {
            Some(v) => self.centroids.insert(c.id, v),
            None => self.centroids.remove(&c.id),
        };
        // An LLM's words outlive small changes; a material change or fresh drift retires
        // them (the rules speak meanwhile) and asks for new ones.
        let drift_fired = est.drift && !c.drift;
        if drift_fired || changed_materially(&c.described, &c.members) {
            c.written = None;
            c.described = c.members.clone();
            c.needs_words = true;
        }
        c.direction = d.direction;
        c.confidence = est.confidence;
        c.drift = est.drift;
        c.provenance = if pinned {
            Provenance::Pinned
        } else {
            Provenance::Learned
        };
        let text = c.written.as_ref().map_or(d.text, |w| w.text.clone());
        self.set_words(c, pinned, text);
    }

    /// `text` as the cluster's description, or only as a suggestion when it is pinned.
    fn set_words(&self, c: &mut Cluster, pinned: bool, text: String) {
        if pinned && !c.description.is_empty() {
            // A pinned cluster keeps its words; automation only proposes new ones.
            c.stale = text != c.description;
            if c.declined.as_ref() != Some(&text) {
                c.declined = None;
            }
            c.suggestion = (c.stale && c.declined.is_none()).then_some(text);
        } else {
            c.description = text;
            c.stale = false;
            c.suggestion = None;
            c.declined = None;
        }
    }

    /// Clusters worth an LLM description now (membership changed materially or drift
    /// fired since the last request), at most `limit`, each with its members' topics
    /// and stances in member order (at most [`MAX_MEMBERS`](crate::provider::chat::MAX_MEMBERS)).
    pub fn clusters_to_describe(&self, limit: usize) -> Vec<(ClusterId, Vec<(String, Polarity)>)> {
        self.clusters
            .values()
            .filter(|c| c.needs_words)
            .take(limit)
            .map(|c| {
                let members = c
                    .members
                    .iter()
                    .filter_map(|id| self.memories.get(id))
                    .take(crate::provider::chat::MAX_MEMBERS)
                    .map(|m| (m.topic.clone(), m.polarity))
                    .collect();
                (c.id, members)
            })
            .collect()
    }

    /// Take an LLM's description of cluster `id` (asked with
    /// [`clusters_to_describe`](Self::clusters_to_describe)): `supporting` holds one flag per
    /// member asked about, in order. `None` records a failed request: the rule-based
    /// words stay, and the cluster is not asked again until it changes materially.
    /// A pinned cluster keeps its words and gets the new ones as a suggestion.
    pub fn write_description(
        &mut self,
        id: ClusterId,
        written: Option<(String, Vec<bool>)>,
        now: Millis,
    ) -> Delta {
        let mut delta = Delta::default();
        let Some(mut c) = self.clusters.remove(&id) else {
            return delta;
        };
        c.needs_words = false;
        if let Some((text, supporting)) = written {
            let opposing = c
                .members
                .iter()
                .zip(&supporting)
                .filter(|(_, s)| !**s)
                .map(|(m, _)| *m)
                .collect();
            c.written = Some(crate::cluster::Written {
                text: text.clone(),
                opposing,
                at: now,
            });
            let pinned = c.provenance == Provenance::Pinned;
            self.set_words(&mut c, pinned, text);
        }
        self.clusters.insert(id, c);
        delta.clusters.insert(id);
        delta
    }

    /// A full DBSCAN run with `dbscan` (after import, a model change or new
    /// parameters). Cluster ids are fresh; every old cluster is removed.
    pub fn recluster(&mut self, dbscan: Dbscan, now: Millis) -> Delta {
        self.params.dbscan = dbscan;
        let mut delta = Delta::default();
        let first = self.clustering.next_id();
        self.clustering = Clustering::fit(&self.matrix, &dbscan, first);
        let old: BTreeSet<ClusterId> = self.clusters.keys().copied().collect();
        let new: BTreeSet<ClusterId> = self.clustering.labels().iter().flatten().copied().collect();
        self.sync_clusters(old.union(&new).copied().collect(), now, &mut delta);
        delta
    }

    /// A group the user described that emptied (a new memory joined it to another, or a
    /// full run gave every group a fresh id) gives its words to the group that took most
    /// of its members, preferring one without words of the user's own: clustering must
    /// not undo the user. When every such group has the user's words, the two
    /// descriptions are joined ("my office setup; my desk"), so neither is lost. Groups
    /// are visited in id order; ties go to the older group.
    fn carry_authored(&mut self, moved: &BTreeMap<ClusterId, BTreeMap<ClusterId, usize>>) {
        for (&old, targets) in moved {
            if self.summaries.get(&old).is_some_and(|s| !s.is_empty()) {
                continue;
            }
            let authored = |id: &ClusterId| self.clusters.get(id).is_some_and(|c| c.authored);
            let most = |a: &(&ClusterId, &usize), b: &(&ClusterId, &usize)| {
                a.1.cmp(b.1).then(b.0.cmp(a.0))
            };
            let Some((&to, _)) = targets
                .iter()
                .filter(|(id, _)| !authored(id))
                .max_by(most)
                .or_else(|| targets.iter().max_by(most))
            else {
                continue;
            };
            let Some(words) = self
                .clusters
                .get(&old)
                .map(|c| (c.description.clone(), c.declined.clone()))
            else {
                continue;
            };
            let target = self.clusters.entry(to).or_insert_with(|| Cluster::new(to));
            if !target.authored {
                (target.description, target.declined) = words;
                target.authored = true;
            } else if !target.description.contains(words.0.as_str()) {
                target.description = format!("{}; {}", target.description, words.0);
            }
        }
    }

    /// New settings: a DBSCAN change reclusters; anything else re-describes every
    /// cluster (descriptions and drift depend on decay and aggregation).
    pub fn set_params(&mut self, params: Params, now: Millis) -> Delta {
        let dbscan_changed = params.dbscan != self.params.dbscan;
        self.params = params;
        if dbscan_changed {
            return self.recluster(params.dbscan, now);
        }
        self.summarize();
        let mut delta = Delta::default();
        self.sync_clusters(self.clusters.keys().copied().collect(), now, &mut delta);
        delta
    }

    // ---- reading -------------------------------------------------------------------

    /// The preamble for a draft whose embedding is `draft` (unit length; the caller
    /// embeds the draft). Nothing when there is no draft or nothing is relevant.
    /// With the model's `domains`, relevance blends cosine with domain agreement
    /// (`domain_weight`); the blend is computed for the [`RERANK`] nearest memories and
    /// clusters by cosine, so its cost does not grow with the store. What the
    /// conversation's earlier preambles `said` is not said again.
    pub fn preamble(
        &self,
        draft: Option<Draft<'_>>,
        domains: Option<&Domains>,
        now: Millis,
        settings: &PreambleSettings,
        said: &Said,
    ) -> Preamble {
        let Some((q, relevance)) = self.measure(draft, domains, settings) else {
            return Preamble::default();
        };
        let floor = settings.floor();
        let decay = &self.params.decay;
        // Every row's cosine bounded from above in one fast pass; the exact cosine is
        // computed only for the rows that can still be chosen ([`Matrix::nearest`]).
        let mut bounds = Vec::new();
        let exact = self.matrix.bounds_into(q, &mut bounds);
        let usable = |m: &Memory| self.usable(m, now);
        // Score first; format only the few that can make it into the text.
        type Scored<'a> = (f32, f32, &'a Memory);
        // The nearest usable topical memories by cosine, found without looking up every
        // row: the floor's reach is low once domains can lift a memory, and a long-used
        // store is mostly faded memories, each costing a decay sum to rule out. So at
        // most SCAN rows are examined, nearest first.
        let rows: Vec<(f32, usize)> = bounds.iter().copied().zip(0..).collect();
        let mut near: Vec<(f32, &Memory)> = Vec::with_capacity(RERANK);
        // A taste whose kind lies in no area the draft's words call for, when they call
        // for some, is about something else however near in meaning: "hotels on high
        // floors" for a restaurant, "car racing" for an SUV ([`crate::domain::Calls::names_area_of`]).
        // (And a taste of a kind that goes only where it is called for, when it is not.)
        let calls = &relevance.calls;
        // (Nor is the person's diet a pet's: "nutrients for my cat" asks no meal of
        // theirs.)
        let pets_meal = calls.about_pet_care() && !calls.names_kind(crate::domain::FOOD);
        let elsewhere = |r: usize, m: &Memory| {
            m.kind == Kind::Preference
                && self.tastes[r].is_some_and(|k| {
                    calls.names_tastes() && !calls.names_area_of(k)
                        || crate::domain::only_when_called(k) && !calls.names_kind(k)
                })
                && !relevance.lifts_but_for_tastes(m)
                || pets_meal && m.kind == Kind::Fact && crate::domain::is_diet(&m.topic)
        };
        let nearest = self.matrix.nearest(q, rows, exact, relevance.reach);
        for (cos, r) in nearest.take(SCAN) {
            let m = &self.memories[&self.rows[r]];
            if m.kind != Kind::Style && usable(m) && !elsewhere(r, m) {
                near.push((cos, m));
                if near.len() == RERANK {
                    break;
                }
            }
        }
        // One pass over the store for what is not found by meaning: every usable style
        // wish (style applies to any answer) and the facts about the person and the
        // avoidances that the draft's area calls for, however far in meaning. Likes are
        // skipped by their row's stance, unread.
        let cos_of = |m: &Memory| {
            self.row_of
                .get(&m.id)
                .map_or(0.0, |&r| dot(self.matrix.row(r), q))
        };
        let mut styles: Vec<Scored> = Vec::new();
        let mut lifted: Vec<(f32, &Memory)> = Vec::new();
        let maybe_lifted = self
            .stances
            .iter()
            .zip(&self.rows)
            .filter(|(stance, _)| {
                matches!(
                    stance,
                    (Kind::Style, _)
                        | (Kind::Fact, Polarity::Like)
                        | (Kind::Preference, Polarity::Dislike)
                )
            })
            .map(|(_, id)| &self.memories[id]);
        for m in maybe_lifted {
            match m.kind {
                Kind::Style if usable(m) && relevance.fits(m, cos_of(m)) => {
                    let rel = relevance.of_memory(cos_of(m), m, None);
                    let s = decay.support(m, now);
                    styles.push((preamble::rank(rel.max(floor), s, m.confidence()), rel, m));
                }
                Kind::Fact | Kind::Preference
                    if relevance.lifts_but_for_tastes(m)
                        && !near.iter().any(|(_, n)| n.id == m.id)
                        && usable(m) =>
                {
                    lifted.push((cos_of(m), m));
                }
                _ => {}
            }
        }
        // The tastes the draft's words call for. A store can hold many of one kind (every
        // food disliked, for a recipe), each lifted alike: only the nearest few by cosine
        // ([`CALLED`], of at most [`SCAN`] examined) are scored.
        let called: Vec<(f32, usize)> = if relevance.calls.names_tastes() {
            self.tastes
                .iter()
                .zip(bounds.iter())
                .enumerate()
                .filter(|(_, (k, _))| k.is_some_and(|k| relevance.calls.names_kind(k)))
                .map(|(r, (_, &bound))| (bound, r))
                .collect()
        } else {
            Vec::new()
        };
        let listed = |l: &[(f32, &Memory)], m: &Memory| l.iter().any(|(_, n)| n.id == m.id);
        let mut added = 0;
        let nearest = self.matrix.nearest(q, called, exact, f32::NEG_INFINITY);
        for (cos, r) in nearest.take(SCAN) {
            if added == CALLED {
                break;
            }
            let id = self.rows[r];
            let (m, k) = (&self.memories[&id], self.tastes[r]);
            if m.kind == Kind::Preference
                && k.is_some_and(|k| relevance.calls.taste_of_kind(k, m.polarity))
                && !listed(&near, m)
                && !listed(&lifted, m)
                && usable(m)
            {
                lifted.push((cos, m));
                added += 1;
            }
        }
        let topical: Vec<Scored> = near
            .into_iter()
            .chain(lifted)
            .map(|(cos, m)| (relevance.of_memory(cos, m, self.taste(m)), m))
            .filter(|&(rel, _)| rel >= floor)
            .map(|(rel, m)| {
                let s = decay.support(m, now);
                (preamble::rank(rel, s, m.confidence()), rel, m)
            })
            .collect();
        let best_first = |a: &Scored, b: &Scored| b.0.total_cmp(&a.0).then(a.2.id.cmp(&b.2.id));
        let must_say = |m: &Memory| urgent(m) && relevance.lifts(m, self.taste(m));
        // What must not be missed first, each judged once.
        let (mut topical, mut rest): (Vec<Scored>, Vec<Scored>) =
            topical.into_iter().partition(|s| must_say(s.2));
        let urgent_first = topical.len();
        topical.sort_by(best_first);
        rest.sort_by(best_first);
        topical.append(&mut rest);
        styles.sort_by(best_first);
        // A few spares, in case the best are too long for the budget.
        let p = settings.params();
        let candidate = |&(_, rel, m): &Scored| Candidate {
            memory: Some(m.id),
            cluster: None,
            covers: vec![m.id],
            kind: m.kind,
            clause: memory_clause(&m.topic, &m.quote, m.kind, m.polarity),
            relevance: rel,
            strength: decay.support(m, now),
            confidence: m.confidence(),
            urgent: false,
        };
        let unsaid = |c: &Candidate| !said.covers(&c.clause);
        let mut candidates: Vec<Candidate> = topical
            .iter()
            .enumerate()
            .map(|(i, s)| Candidate {
                urgent: i < urgent_first,
                ..candidate(s)
            })
            .filter(unsaid)
            .take(p.max_topical + 4)
            .chain(
                styles
                    .iter()
                    .map(candidate)
                    .filter(unsaid)
                    .take(p.max_style + 2),
            )
            .collect();
        // Only the most relevant clusters can win a topical slot: describe just those.
        let mut near: Vec<(f32, ClusterId)> = self
            .centroids
            .iter()
            .map(|(&cid, centroid)| (dot(centroid, q), cid))
            .filter(|&(cos, _)| cos >= relevance.reach)
            .collect();
        near.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let mut relevant: Vec<(f32, ClusterId)> = near
            .into_iter()
            .take(RERANK)
            .map(|(cos, cid)| (relevance.of(cos, &self.centroids[&cid]), cid))
            .filter(|&(rel, _)| rel >= floor)
            .collect();
        relevant.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        for &(rel, cid) in relevant.iter().take(p.max_topical) {
            if let Some(c) = self.cluster_candidate(cid, rel, now).filter(unsaid) {
                candidates.push(c);
            }
        }
        let mut chosen = preamble::select(candidates, settings);
        for used in &mut chosen.used {
            used.topics = used
                .covers
                .iter()
                .filter_map(|id| self.memories.get(id))
                .map(|m| m.topic.clone())
                .collect();
            let memory = used.memory.and_then(|id| self.memories.get(&id));
            used.standing = memory.is_some_and(goes_with_any);
            used.called =
                memory.is_some_and(|m| m.kind != Kind::Style && relevance.lifts(m, self.taste(m)));
            let vector = match (used.memory, used.cluster) {
                (Some(_), _) => memory.map(|m| m.embedding.as_slice()),
                (None, Some(cid)) => self.centroids.get(&cid).map(Vec::as_slice),
                (None, None) => None,
            };
            used.area = vector
                .and_then(|v| relevance.shared_area(v))
                .map(str::to_owned);
        }
        chosen
    }

    /// Every usable memory's relevance to `draft` by the preamble's measure, best
    /// first (evaluation and diagnostics: it blends every memory, not the nearest).
    pub fn relevances(
        &self,
        draft: Option<Draft<'_>>,
        domains: Option<&Domains>,
        now: Millis,
        settings: &PreambleSettings,
    ) -> Vec<(MemoryId, f32)> {
        let Some((q, relevance)) = self.measure(draft, domains, settings) else {
            return Vec::new();
        };
        let mut out: Vec<(MemoryId, f32)> = self
            .memories
            .values()
            .filter(|m| self.usable(m, now))
            .map(|m| {
                let rel = relevance.of_memory(dot(q, &m.embedding), m, self.taste(m));
                (m.id, rel)
            })
            .collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }

    /// The draft's vector, if it fits this store, and the relevance measure for it.
    fn measure<'a, 'q>(
        &self,
        draft: Option<Draft<'q>>,
        domains: Option<&'a Domains>,
        settings: &PreambleSettings,
    ) -> Option<(&'q [f32], Relevance<'a>)> {
        let draft =
            draft.filter(|d| d.vector.len() == self.matrix.dim() && !d.vector.is_empty())?;
        let weight = settings.params().domain_weight;
        Some((
            draft.vector,
            Relevance::new(draft, domains, weight, settings.floor()),
        ))
    }

    /// A memory's kind of taste ([`crate::domain::taste_kind`]), from the index kept
    /// per row: reading it from the topic again costs a pass over every cue.
    fn taste(&self, m: &Memory) -> Option<u8> {
        match self.row_of.get(&m.id) {
            Some(&r) => self.tastes[r],
            None => crate::domain::taste_kind_in(&m.topic, m.named),
        }
    }

    /// May the preamble say it: not hidden, embedded, not faded.
    fn usable(&self, m: &Memory, now: Millis) -> bool {
        !m.hidden && !m.embedding.is_empty() && !self.params.decay.is_faded(m, now)
    }

    /// A cluster said as one clause from its two strongest usable topical members
    /// ("I like quiet keyboards but dislike loud clicky switches").
    fn cluster_candidate(&self, cid: ClusterId, relevance: f32, now: Millis) -> Option<Candidate> {
        let c = self.clusters.get(&cid)?;
        let decay = &self.params.decay;
        // The two strongest usable members: clusters can hold thousands.
        let floor = decay.params().faded_floor;
        let better = |x: &(&Memory, f32), y: &(&Memory, f32)| {
            x.1.total_cmp(&y.1)
                .then_with(|| y.0.topic.cmp(&x.0.topic))
                .is_gt()
        };
        fn usable_at<'a>(
            m: &'a Memory,
            decay: &Decay,
            floor: f32,
            now: Millis,
        ) -> Option<(&'a Memory, f32)> {
            let support = decay.support(m, now);
            let faded = m.provenance != Provenance::Pinned && support < floor;
            (m.kind != Kind::Style && !m.hidden && !faded).then_some((m, support))
        }
        let usable = |m| usable_at(m, decay, floor, now);
        // The summary's rankings give a few members that include the two strongest.
        let ranked = self.summaries.get(&cid).and_then(|s| {
            s.strongest(2, now, decay, floor, |id| {
                self.memories.get(&id).and_then(usable).is_some()
            })
        });
        let members: Box<dyn Iterator<Item = &MemoryId>> = match &ranked {
            Some(ids) => Box::new(ids.iter()),
            None => Box::new(c.members.iter()),
        };
        let mut top: [Option<(&Memory, f32)>; 2] = [None, None];
        for entry in members.filter_map(|id| self.memories.get(id).and_then(usable)) {
            match top {
                [Some(first), _] if better(&entry, &first) => top = [Some(entry), Some(first)],
                [None, _] => top[0] = Some(entry),
                [_, Some(second)] if !better(&entry, &second) => {}
                _ => top[1] = Some(entry),
            }
        }
        let [Some(a), Some(b)] = top else {
            return None;
        };
        let written = |m: &Memory| as_written(&m.topic, &m.quote);
        let first = clause(&written(a.0), a.0.kind, a.0.polarity);
        let text = if a.0.polarity == b.0.polarity && a.0.kind == b.0.kind {
            format!("{first} and {}", sanitize(&written(b.0)))
        } else {
            let second = clause(&written(b.0), b.0.kind, b.0.polarity);
            format!(
                "{first} but {}",
                second.strip_prefix("I ").unwrap_or(&second)
            )
        };
        Some(Candidate {
            memory: None,
            cluster: Some(cid),
            covers: vec![a.0.id, b.0.id],
            kind: a.0.kind,
            clause: text,
            relevance,
            strength: (a.1 + b.1) / 2.0,
            confidence: c.confidence.max(0.05) * (a.0.confidence() + b.0.confidence()) / 2.0,
            urgent: false,
        })
    }

    fn view(&self, m: &Memory, now: Millis) -> MemoryView {
        let decay = &self.params.decay;
        MemoryView {
            id: m.id,
            topic: m.topic.clone(),
            written: as_written(&m.topic, &m.quote),
            kind: m.kind,
            polarity: m.polarity,
            provenance: m.provenance,
            strength: decay.strength(m, now),
            evidence: m.mentions(),
            last_seen: m.last_seen(),
            sites: m.sites.clone(),
            hidden: m.hidden,
            faded: decay.is_faded(m, now),
            cluster_id: m.cluster_id,
            quote: m.quote.clone(),
            suggestion: m.suggestion.clone(),
            standing: goes_with_any(m),
            named: m.named,
        }
    }

    /// The review page: clusters with their members, unclustered and faded memories.
    pub fn review(&self, now: Millis) -> Review {
        let by_strength = |a: &MemoryView, b: &MemoryView| {
            b.strength
                .abs()
                .total_cmp(&a.strength.abs())
                .then_with(|| a.topic.cmp(&b.topic))
        };
        let mut clusters: Vec<ClusterView> = self
            .clusters
            .values()
            .map(|c| {
                let ms: Vec<&Memory> = c
                    .members
                    .iter()
                    .filter_map(|id| self.memories.get(id))
                    .collect();
                let mut members: Vec<MemoryView> = ms
                    .iter()
                    .map(|m| self.view(m, now))
                    .filter(|v| !v.faded)
                    .collect();
                members.sort_by(by_strength);
                let mut sites: Vec<String> =
                    ms.iter().flat_map(|m| m.sites.iter().cloned()).collect();
                sites.sort();
                sites.dedup();
                ClusterView {
                    id: c.id,
                    description: c.description.clone(),
                    direction: c.direction,
                    strength: members.iter().map(|v| v.strength.abs()).sum(),
                    confidence: c.confidence,
                    evidence: ms.iter().map(|m| m.mentions()).sum(),
                    last_seen: ms.iter().map(|m| m.last_seen()).max().unwrap_or(0),
                    sites,
                    drift: c.drift,
                    stale: c.stale,
                    suggestion: c.suggestion.clone(),
                    opposing: c
                        .written
                        .iter()
                        .flat_map(|w| &w.opposing)
                        .filter_map(|id| self.memories.get(id))
                        .map(|m| m.topic.clone())
                        .collect(),
                    provenance: c.provenance,
                    authored: c.authored,
                    members,
                }
            })
            .collect();
        clusters.sort_by(|a, b| b.strength.total_cmp(&a.strength).then(a.id.cmp(&b.id)));
        let views: Vec<MemoryView> = self.memories.values().map(|m| self.view(m, now)).collect();
        let mut unclustered: Vec<MemoryView> = views
            .iter()
            .filter(|v| !v.faded && v.cluster_id.is_none())
            .cloned()
            .collect();
        unclustered.sort_by(by_strength);
        let mut faded: Vec<MemoryView> = views.into_iter().filter(|v| v.faded).collect();
        faded.sort_by(|a, b| {
            b.last_seen
                .cmp(&a.last_seen)
                .then_with(|| a.topic.cmp(&b.topic))
        });
        Review {
            clusters,
            unclustered,
            faded,
        }
    }
}

/// A quarter or more of the members came or went since `before` (always, the first time).
/// Member lists are kept sorted, so this is one merge walk without allocating.
fn changed_materially(before: &[MemoryId], now: &[MemoryId]) -> bool {
    if before.is_empty() {
        return true;
    }
    let sorted = |v: &[MemoryId]| v.windows(2).all(|w| w[0] <= w[1]);
    if !(sorted(before) && sorted(now)) {
        let (a, b): (BTreeSet<_>, BTreeSet<_>) = (before.iter().collect(), now.iter().collect());
        return a.symmetric_difference(&b).count() * 4 >= now.len().max(1);
    }
    let (mut i, mut j, mut moved) = (0, 0, 0);
    while i < before.len() && j < now.len() {
        match before[i].cmp(&now[j]) {
            std::cmp::Ordering::Less => (moved, i) = (moved + 1, i + 1),
            std::cmp::Ordering::Greater => (moved, j) = (moved + 1, j + 1),
            std::cmp::Ordering::Equal => (i, j) = (i + 1, j + 1),
        }
    }
    moved += (before.len() - i) + (now.len() - j);
    moved * 4 >= now.len().max(1)
}

/// Most topics an edit may name a cluster by: a few strong members identify it.
pub const MAX_NAMING_MEMBERS: usize = 16;

/// A description as the user typed it, on one line: `None` when empty or too long.
fn clean_description(text: &str) -> Option<String> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect();
    let text = words.join(" ");
    (1..=MAX_DESCRIPTION_CHARS)
        .contains(&text.chars().count())
        .then_some(text)
}

fn verb(p: Polarity) -> &'static str {
    match p {
        Polarity::Like => "like",
        Polarity::Dislike => "dislike",
    }
}

/// Every text applying `signal` may embed, normalized as the pipeline embeds it: a
/// turn's topics, an edit's new name or added topic, and their heads. Keep in step
/// with `observe_item` and `apply_edit`, the only callers of `embed_unit`.
pub fn embedded_texts(signal: &Signal) -> Vec<String> {
    with_heads(signal_topics(signal))
}

/// The topics `signal` names, normalized, each once.
fn signal_topics(signal: &Signal) -> Vec<String> {
    let raw: Vec<String> = match Edit::from_signal(signal) {
        _ if signal.kind == SignalKind::Turn => {
            signal.items.iter().map(|i| i.topic.clone()).collect()
        }
        Some(Edit::Topic { to, .. }) => vec![to],
        Some(Edit::Add { topic, .. }) => vec![topic],
        _ => Vec::new(),
    };
    let mut texts: Vec<String> = Vec::new();
    for t in raw.iter().map(|t| normalize_topic(t)) {
        if !t.is_empty() && !texts.contains(&t) {
            texts.push(t);
        }
    }
    texts
}

/// `topics` and the heads [`embed_unit`] embeds with them.
fn with_heads(topics: Vec<String>) -> Vec<String> {
    let topics: Vec<String> = topics
        .into_iter()
        .map(|t| match crate::subject::as_meant(&t) {
            std::borrow::Cow::Owned(meant) => meant,
            std::borrow::Cow::Borrowed(_) => t,
        })
        .collect();
    let heads: Vec<String> = topics
        .iter()
        .filter_map(|t| crate::extract::head(t).map(str::to_owned))
        .collect();
    let mut texts = topics;
    for h in heads {
        if !texts.contains(&h) {
            texts.push(h);
        }
    }
    texts
}

/// The prefix of a fact saying where the person lives ("lives in lyon").
const HOME: &str = "lives in ";
/// A home to come ("moving to denver"), which a home said after it retires too.
const MOVING: &str = "moving to ";
/// Where in school the person is, as the extractor words it (`fact_occupation`).
const SCHOOL_STAGES: &[&str] = &[
    "a middle school student",
    "a high school student",
    "a college student",
    "a university student",
    "a grad student",
    "a medical student",
    "a law student",
    "a nursing student",
    "a recent graduate",
];
/// Money spent freely, and money kept to (`budget`, `fact_trait`).
const SPENDS_FREELY: &str = "willing to pay for quality";
const SPENDS_LITTLE: &[&str] = &["on a budget", "frugal"];
/// Ways of being of which one holds at a time (`fact_trait`).
const OPPOSITES: &[(&str, &str)] = &[
    ("a planner", "spontaneous"),
    ("an introvert", "an extrovert"),
];

/// Whether the fact `new`, said now, retires the older fact `old`: one lives in one
/// place, is at one stage of school, spends freely or keeps to a budget, plans or
/// does not.
fn supersedes(new: &str, old: &str) -> bool {
    new.starts_with(HOME) && (old.starts_with(HOME) || old.starts_with(MOVING))
        || SCHOOL_STAGES.contains(&new) && SCHOOL_STAGES.contains(&old)
        || new == SPENDS_FREELY && SPENDS_LITTLE.contains(&old)
        || SPENDS_LITTLE.contains(&new) && old == SPENDS_FREELY
        || OPPOSITES
            .iter()
            .any(|&(a, b)| (new, old) == (a, b) || (new, old) == (b, a))
}

/// Whether the fact `topic` may retire any other ([`supersedes`]), checked before the
/// store is scanned.
fn supersedes_any(topic: &str) -> bool {
    topic.starts_with(HOME)
        || SCHOOL_STAGES.contains(&topic)
        || topic == SPENDS_FREELY
        || SPENDS_LITTLE.contains(&topic)
        || OPPOSITES.iter().any(|&(a, b)| topic == a || topic == b)
}

/// Whether two fact topics near in meaning say the same fact: past the words they
/// share at either end, one says nothing more or both say a word in common. "lives in
/// berlin" and "lives in munich", "has a dog" and "has a cat", "vegan diet" and
/// "vegetarian diet" are near for an embedding but are other facts (a move must retire
/// the old home, not reinforce it); "works as nurse" and "works as a nurse" are one.
fn same_fact(a: &str, b: &str) -> bool {
    let (a, b): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    let head = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let tail = a[head..]
        .iter()
        .rev()
        .zip(b[head..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (ra, rb) = (&a[head..a.len() - tail], &b[head..b.len() - tail]);
    let filler = |w: &&str| matches!(*w, "a" | "an" | "the");
    let (ra, rb): (Vec<&str>, Vec<&str>) = (
        ra.iter().copied().filter(|w| !filler(w)).collect(),
        rb.iter().copied().filter(|w| !filler(w)).collect(),
    );
    ra.is_empty() || rb.is_empty() || ra.iter().any(|w| rb.contains(w))
}

/// Weight of a topic's head next to the whole topic in its vector.
const HEAD_WEIGHT: f32 = 0.5;

/// The model's vector for a topic, checked: unit length, finite, or nothing.
///
/// A topic with a restrictive modifier ("shows with graphic violence") leans towards
/// its head ("shows"): a draft asking for a series to watch concerns it, though
/// averaging in the modifier's words pulls the vector away. The sum of the two unit
/// vectors, head at [`HEAD_WEIGHT`], lifted cross-topic top-1 on the PrefEval sets
/// from 0.553 to 0.575 and same-topic MRR from 0.560 to 0.570 at the same floor
/// (README); weights 0.3-0.7 score within 0.01 of each other.
/// The text is embedded as meant ([`crate::subject::as_meant`]).
fn embed_unit(embed: &dyn Embed, text: &str) -> Option<Vec<f32>> {
    let text = &*crate::subject::as_meant(text);
    let mut v = embed.embed(text)?;
    if let Some(mut h) = crate::extract::head(text).and_then(|h| embed.embed(h)) {
        if normalize(&mut v) && normalize(&mut h) {
            for (x, y) in v.iter_mut().zip(&h) {
                *x += HEAD_WEIGHT * y;
            }
        }
    }
    if v.iter().any(|x| !x.is_finite()) || !normalize(&mut v) {
        return None;
    }
    Some(v)
}

/// How much of a draft's domain profile must lie in a fact's areas for the fact to be
/// lifted to the floor: at 0.5 one misleading word did it ("What's the capital of
/// Australia?" is half money, and "on a budget" came along).
const LIFT_MASS: f32 = 0.65;
/// The share for a diet: nearly all. A diet is the fact people most often state, and it
/// matters to a meal, not to a draft that touches food on the way ("coffee table
/// options", "meal prep containers"). At [`LIFT_MASS`] PrefEval's cross-topic restraint
/// rose from 0.199 to 0.202; at this share it is 0.200 and top-1 is unchanged.
const DIET_LIFT_MASS: f32 = 0.95;
/// Least intensity of a strict avoidance ([`strict`]).
const STRICT: f32 = 0.9;

/// A strict avoidance: an allergy or a "can't stand", said at full strength.
fn strict(m: &Memory) -> bool {
    let sign = m.polarity.sign();
    m.evidence
        .iter()
        .any(|e| e.sign == sign && e.intensity >= STRICT)
}

/// Where a strict avoidance shapes the answer although far from it in meaning: an
/// allergen's or a refused way of travel's areas, or those of an allergy named
/// ([`crate::domain::allergy_areas`]: pets for an allergy to cats).
fn avoided_areas(m: &Memory) -> &'static [&'static str] {
    let named = crate::domain::allergy_areas(&m.topic);
    if !named.is_empty() && preamble::allergy(&m.topic, &m.quote.to_lowercase()) {
        return named;
    }
    crate::domain::avoidance_areas(&m.topic)
}

/// What must not be missed when a draft calls for it: an allergy or another strict
/// avoidance with areas of its own ("allergic to shellfish", "I refuse to fly"), an
/// allergy in the household, or a medicine taken for good ("on warfarin" for
/// ibuprofen). Mere tastes wait their turn by score.
fn urgent(m: &Memory) -> bool {
    match (m.kind, m.polarity) {
        (Kind::Preference, Polarity::Dislike) => strict(m) && !avoided_areas(m).is_empty(),
        (Kind::Fact, Polarity::Like) => {
            crate::domain::is_household_allergy(&m.topic)
                || crate::extract::medicine_class(&m.topic).is_some()
        }
        _ => false,
    }
}

/// A style wish the person stands by: entered or pinned by them, or said in two turns
/// or more, or once as lasting ("I hate emojis", "always use British spelling"), and not
/// turned away from the composer twice more often than kept. It shapes any answer, so
/// it is said for any draft, nothing topical needed (once per conversation: [`Said`]);
/// a bare wish said once waits for a draft it is relevant to, as "keep it short" may
/// have been for that one chat.
fn stands(m: &Memory) -> bool {
    if m.kind != Kind::Style {
        return false;
    }
    if !m.provenance.is_learned() {
        return true;
    }
    if m.dismissed >= m.kept + 2 {
        return false;
    }
    let sign = m.polarity.sign();
    let said = m.evidence.iter().filter(|e| e.sign == sign);
    if said.clone().any(|e| e.lasting) {
        return true;
    }
    let mut turns = said.map(|e| e.signal_id.as_str());
    turns
        .next()
        .is_some_and(|first| turns.any(|other| other != first))
}

/// A style wish said for any draft, as the popup tells it ("every chat"): one the
/// person stands by ([`stands`]) and not limited to some areas, as a level of one
/// field or a way to write code is ([`crate::domain::style_areas`]).
fn goes_with_any(m: &Memory) -> bool {
    stands(m) && crate::domain::style_areas(&m.topic).is_none()
}

/// How many memories (and clusters), nearest by cosine, get the domain blend per draft.
pub const RERANK: usize = 32;

/// How many tastes the draft's words call for are scored, nearest by cosine: each is
/// lifted to the floor alike, and the preamble takes a few topical items at most.
const CALLED: usize = 8;

/// How many rows, nearest by cosine, the preamble examines to find the [`RERANK`]
/// usable ones (hidden, faded and style memories are skipped).
pub const SCAN: usize = 8 * RERANK;

/// A draft as the preamble reads it: its vector (the subject, with the thing asked for
/// weighed again; [`crate::subject`]) and the thing asked for alone ("quick lunch" of
/// "Quick lunch ideas for work?"). The area of the thing asked for also decides which
/// facts about the person matter, so an occasion ("for work") cannot hide that a lunch
/// is food.
#[derive(Debug, Clone, Copy)]
pub struct Draft<'a> {
    pub vector: &'a [f32],
    pub asked: Option<&'a [f32]>,
    /// The draft's words as [`crate::domain::spaced`] joins them: some facts name the
    /// words that call for them ([`crate::domain::fact_called_for`]).
    pub words: &'a str,
}

impl<'a> From<&'a [f32]> for Draft<'a> {
    fn from(vector: &'a [f32]) -> Self {
        Self {
            vector,
            asked: None,
            words: "",
        }
    }
}

/// A draft's relevance to a vector: cosine, blended with domain agreement when the
/// model's domains are known.
struct Relevance<'a> {
    blend: Option<(&'a Domains, Vec<f32>, f32)>,
    /// The domain profile of the thing asked for; empty when unknown.
    asked: Vec<f32>,
    /// The draft's words ([`Draft::words`]).
    words: String,
    /// What those words call for, read once ([`crate::domain::Calls`]).
    calls: crate::domain::Calls,
    /// Least cosine that can still clear the floor (at full agreement).
    reach: f32,
    floor: f32,
}

impl<'a> Relevance<'a> {
    fn new(draft: Draft<'_>, domains: Option<&'a Domains>, weight: f32, floor: f32) -> Self {
        let blend = domains
            .filter(|_| weight > 0.0)
            .map(|d| (d, d.profile(draft.vector), weight))
            .filter(|(_, p, _)| !p.is_empty());
        let asked = match (&blend, draft.asked) {
            (Some((d, _, _)), Some(a)) => d.profile(a),
            _ => Vec::new(),
        };
        let reach = match &blend {
            Some((_, _, w)) => (floor - w) / (1.0 - w),
            None => floor,
        };
        Self {
            blend,
            asked,
            words: draft.words.to_owned(),
            calls: crate::domain::Calls::of(draft.words),
            reach,
            floor,
        }
    }

    /// The domain the draft and `v` both clearly belong to.
    fn shared_area(&self, v: &[f32]) -> Option<&'static str> {
        let (d, draft, _) = self.blend.as_ref()?;
        Domains::shared(draft, &d.profile(v))
    }

    /// A memory's relevance: [`Relevance::of`], lifted above the floor for a fact about
    /// the person that [`Relevance::lifts`] and for a style wish the person [`stands`] by.
    /// Lifted by its cosine to the draft over the floor, not to the floor alone: of
    /// several tastes a draft calls for ("leather", "floral patterns", "wool" for a
    /// rug), the nearest is said first, and a memory the draft both calls for and is
    /// near in meaning comes before one only near (PrefEval cross-topic top-1 0.762 →
    /// 0.791 against a lift to the floor; README). Not capped at 1: two lifted memories
    /// past it ("activities that involve heights or climbing" and "activities like scuba
    /// diving" for the Great Barrier Reef) still go by their cosine, not by how firmly
    /// each was put (the popup shows at most 1).
    /// `taste` is the memory's kind of taste ([`Profile::taste`]).
    fn of_memory(&self, cos: f32, m: &Memory, taste: Option<u8>) -> f32 {
        let rel = self.of(cos, &m.embedding);
        if self.lifts(m, taste) || stands(m) {
            rel.max(self.floor + cos.max(0.0))
        } else {
            rel
        }
    }

    /// A style wish limited to some areas ([`crate::domain::style_areas`]: how code is
    /// written, a level of knowledge of one field) goes only with a draft that lies
    /// mostly there or is close to it.
    fn fits(&self, m: &Memory, cos: f32) -> bool {
        crate::domain::style_areas(&m.topic).is_none()
            || self.lifts(m, None)
            || self.of(cos, &m.embedding) >= self.floor
    }

    /// A fact about the person matters to the draft although far from it in meaning:
    /// the draft lies mostly in an area where such a fact shapes the answer ("has two
    /// kids" for a weekend trip; [`crate::domain::fact_areas`]).
    /// So does a style wish for the draft's area ("type hints" for a coding draft, a
    /// banned phrase for an email; [`crate::domain::style_lift_areas`]).
    /// A fact is lifted too when the draft names what it bears on ("colorblind" for
    /// "make a chart", "has a dog" for "a routine for my dog").
    /// `taste` is a taste's kind ([`Profile::taste`]).
    fn lifts(&self, m: &Memory, taste: Option<u8>) -> bool {
        self.lifts_but_for_tastes(m)
            || m.kind == Kind::Preference
                && taste.is_some_and(|k| self.calls.taste_of_kind(k, m.polarity))
    }

    /// [`Relevance::lifts`] but for a taste the draft's words call for, which the
    /// store's scan finds from [`Profile`]'s index of tastes instead.
    fn lifts_but_for_tastes(&self, m: &Memory) -> bool {
        let called = match (m.kind, m.polarity) {
            (Kind::Fact, Polarity::Like) => crate::domain::fact_called_for(&m.topic, &self.words),
            (Kind::Preference, Polarity::Dislike) => {
                crate::domain::avoidance_called_for(&m.topic, &self.words)
            }
            (Kind::Style, _) => self.calls.style(&m.topic),
            _ => false,
        };
        if called {
            return true;
        }
        let Some((_, draft, _)) = self.blend.as_ref() else {
            return false;
        };
        let areas = match (m.kind, m.polarity) {
            // The evidence check first: it is cheaper than reading the topic, and this
            // runs for every dislike in the store on every draft.
            (Kind::Preference, Polarity::Dislike) if strict(m) => avoided_areas(m),
            (Kind::Fact, Polarity::Like) => crate::domain::fact_areas(&m.topic),
            (Kind::Style, _) => crate::domain::style_lift_areas(&m.topic),
            _ => return false,
        };
        // A pet's food is not the person's: no diet or food avoidance for "the best pet
        // food brands" by its area. A conversion ("5 miles in km") is arithmetic, and a
        // hike goes on foot, though their words lie where travel does.
        if self.calls.about_pet_care() && areas.contains(&"food")
            || self.calls.converts()
            || self.calls.on_foot() && crate::domain::is_motion_sick(&m.topic)
        {
            return false;
        }
        let need = if m.kind == Kind::Fact && crate::domain::is_diet(&m.topic) {
            DIET_LIFT_MASS
        } else {
            LIFT_MASS
        };
        // The draft as a whole, or the thing it asks for: "Quick lunch ideas for work?"
        // is mostly work by its words, but a lunch is food. (A bar is no place to stay:
        // "I hate hostels" is not for "best bars in Soho".)
        let inn = self.calls.drinks_out() && areas.contains(&"lodging");
        let mass = |p: &[f32]| {
            Domains::mass(p, areas)
                - if inn {
                    Domains::mass(p, &["lodging"])
                } else {
                    0.0
                }
        };
        !areas.is_empty() && (mass(draft) >= need || mass(&self.asked) >= need)
    }

    fn of(&self, cos: f32, v: &[f32]) -> f32 {
        match &self.blend {
            Some((d, draft, w)) => (1.0 - w) * cos + w * Domains::agreement(draft, &d.profile(v)),
            None => cos,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::DAY;
    use crate::memory::test_embed::HashEmbed;

    fn params() -> Params {
        ProfileParams {
            dbscan: DbscanParams {
                eps: 0.6,
                min_samples: 2,
            },
            ..Default::default()
        }
        .check()
        .unwrap()
    }

    fn item(topic: &str, polarity: Polarity, kind: Kind, intensity: f32) -> Item {
        Item {
            topic: topic.into(),
            polarity,
            kind,
            intensity,
            quote: format!("... {topic} ..."),
            revises: false,
            lasting: false,
        }
    }

    fn like(topic: &str) -> Item {
        item(topic, Polarity::Like, Kind::Preference, 0.8)
    }

    fn dislike(topic: &str) -> Item {
        item(topic, Polarity::Dislike, Kind::Preference, 0.8)
    }

    fn turn(id: &str, at: Millis, items: Vec<Item>) -> Signal {
        Signal {
            id: id.into(),
            at,
            site: "chatgpt".into(),
            kind: SignalKind::Turn,
            text: String::new(),
            items,
            error: None,
            read_by: None,
        }
    }

    /// A profile plus the log it was built from.
    /// Every row's indexes agree with its memory, after whatever changed it.
    fn assert_indexed(p: &Profile) {
        assert_eq!(p.rows.len(), p.memories.len());
        for (r, id) in p.rows.iter().enumerate() {
            let m = &p.memories[id];
            assert_eq!(p.row_of[id], r);
            assert_eq!(p.stances[r], (m.kind, m.polarity), "{}", m.topic);
            assert_eq!(p.tastes[r], crate::domain::taste_kind_in(&m.topic, m.named));
        }
    }

    struct World {
        p: Profile,
        log: Vec<Signal>,
    }

    impl World {
        fn new() -> Self {
            World {
                p: Profile::new(params()),
                log: Vec::new(),
            }
        }
        fn say(&mut self, at: Millis, items: Vec<Item>) -> Delta {
            let s = turn(&format!("t{}", self.log.len()), at, items);
            let d = self.p.apply(&s, &HashEmbed, at);
            self.log.push(s);
            assert_indexed(&self.p);
            d
        }
        fn edit(&mut self, e: Edit, at: Millis) -> Delta {
            let (d, s) = self.p.edit(e, &HashEmbed, at).unwrap();
            self.log.push(s);
            assert_indexed(&self.p);
            d
        }
        fn draft(&self, text: &str, at: Millis) -> Preamble {
            let v = HashEmbed.embed(text).unwrap();
            self.p.preamble(
                Some(v[..].into()),
                None,
                at,
                &self.p.params().preamble,
                &Said::default(),
            )
        }
    }

    #[test]
    fn opposite_polarity_is_evidence_about_the_same_memory() {
        let mut w = World::new();
        w.say(0, vec![like("strawberries")]);
        w.say(DAY, vec![dislike("Strawberries!")]);
        w.say(2 * DAY, vec![dislike("strawberries")]);
        let ms: Vec<&Memory> = w.p.memories().collect();
        assert_eq!(ms.len(), 1);
        assert_eq!(ms[0].evidence.len(), 3);
        assert_eq!(ms[0].polarity, Polarity::Dislike);
        assert!(w.p.params().decay.strength(ms[0], 2 * DAY) < 0.0);
    }

    #[test]
    fn a_change_of_mind_turns_a_learned_memory_and_only_suggests_for_the_users() {
        let mut w = World::new();
        let changed = |topic: &str| Item {
            revises: true,
            lasting: false,
            ..dislike(topic)
        };
        w.say(0, vec![like("sushi")]);
        w.say(DAY / 2, vec![like("sushi")]);
        w.edit(add("jazz", Polarity::Like), 0);
        // "I used to love sushi but now I can't stand it": one turn outweighs two.
        w.say(DAY, vec![changed("sushi"), changed("jazz")]);
        let decay = w.p.params().decay;
        let sushi = w.p.find("sushi").unwrap();
        assert_eq!(sushi.polarity, Polarity::Dislike);
        assert!((decay.support(sushi, DAY) - 0.8).abs() < 1e-6);
        let jazz = w.p.find("jazz").unwrap();
        assert_eq!(jazz.polarity, Polarity::Like, "the user's own stays");
        assert!(decay.support(jazz, DAY) > 0.0);
        let s = jazz.suggestion.as_ref().expect("a suggestion instead");
        assert_eq!(s.polarity, Some(Polarity::Dislike));
        let rebuilt = Profile::rebuild(&w.log, &HashEmbed, params());
        assert_eq!(state(&rebuilt), state(&w.p));
    }

    #[test]
    fn a_retracted_fact_fades_if_known_and_is_not_learned_if_not() {
        let mut w = World::new();
        let fact = |topic: &str| item(topic, Polarity::Like, Kind::Fact, 0.9);
        let over = |topic: &str| Item {
            revises: true,
            lasting: false,
            ..item(topic, Polarity::Dislike, Kind::Fact, 0.9)
        };
        let decay = w.p.params().decay;
        w.say(0, vec![fact("vegetarian diet")]);
        w.edit(add("has a dog", Polarity::Like), 0);
        w.say(
            DAY,
            vec![over("vegetarian diet"), over("married"), over("has a dog")],
        );
        let veg = w.p.find("vegetarian diet").unwrap();
        assert!(decay.is_faded(veg, DAY));
        assert_eq!(veg.polarity, Polarity::Like, "retired, not turned");
        assert_eq!(decay.strength(veg, DAY), 0.0);
        assert!(w.p.find("married").is_none(), "nothing to retract");
        let dog = w.p.find("has a dog").unwrap();
        assert!(!decay.is_faded(dog, DAY), "the user's own stays");
        assert_eq!(
            dog.suggestion.as_ref().map(|s| s.reason.as_str()),
            Some("recent messages say has a dog no longer holds")
        );
        // Said again, it is back.
        w.say(2 * DAY, vec![fact("vegetarian diet")]);
        assert!(!decay.is_faded(w.p.find("vegetarian diet").unwrap(), 2 * DAY));
        let rebuilt = Profile::rebuild(&w.log, &HashEmbed, params());
        assert_eq!(state(&rebuilt), state(&w.p));
    }

    #[test]
    fn a_new_home_retires_the_learned_old_one() {
        let mut w = World::new();
        let fact = |topic: &str| item(topic, Polarity::Like, Kind::Fact, 0.9);
        let decay = w.p.params().decay;
        w.say(0, vec![fact("lives in berlin"), fact("from ohio")]);
        w.say(DAY, vec![fact("lives in lisbon")]);
        let faded = |w: &World, t: &str, at| decay.is_faded(w.p.find(t).unwrap(), at);
        assert!(faded(&w, "lives in berlin", DAY), "moved away");
        // Moving away is not one more mention of the old home.
        let berlin = w.p.find("lives in berlin").unwrap();
        assert_eq!((berlin.evidence.len(), berlin.mentions()), (2, 1));
        let view = w.p.review(DAY);
        let shown = view.faded.iter().find(|m| m.topic == "lives in berlin");
        assert_eq!(shown.map(|m| m.evidence), Some(1), "{view:?}");
        assert!(!faded(&w, "lives in lisbon", DAY));
        assert!(!faded(&w, "from ohio", DAY), "where one is from stays");
        // Back again: Berlin returns and Lisbon fades; a home the user entered stays.
        w.edit(add("lives in porto", Polarity::Like), DAY);
        w.say(2 * DAY, vec![fact("lives in berlin")]);
        assert!(!faded(&w, "lives in berlin", 2 * DAY));
        assert!(faded(&w, "lives in lisbon", 2 * DAY));
        assert!(!faded(&w, "lives in porto", 2 * DAY));
        // A move said before it happens is done once the new home is said.
        w.say(3 * DAY, vec![fact("moving to denver")]);
        assert!(!faded(&w, "moving to denver", 3 * DAY));
        w.say(4 * DAY, vec![fact("lives in denver")]);
        assert!(faded(&w, "moving to denver", 4 * DAY));
        let rebuilt = Profile::rebuild(&w.log, &HashEmbed, params());
        assert_eq!(state(&rebuilt), state(&w.p));
    }

    #[test]
    fn a_stage_of_school_a_way_with_money_and_planning_hold_as_last_said() {
        let mut w = World::new();
        let fact = |topic: &str| item(topic, Polarity::Like, Kind::Fact, 0.85);
        let decay = w.p.params().decay;
        let faded = |w: &World, t: &str, at| decay.is_faded(w.p.find(t).unwrap(), at);
        w.say(0, vec![fact("a high school student"), fact("on a budget")]);
        w.say(DAY, vec![fact("a college student")]);
        assert!(faded(&w, "a high school student", DAY));
        assert!(!faded(&w, "on a budget", DAY), "another kind of fact");
        w.say(2 * DAY, vec![fact("willing to pay for quality")]);
        assert!(faded(&w, "on a budget", 2 * DAY));
        assert!(!faded(&w, "a college student", 2 * DAY));
        w.say(3 * DAY, vec![fact("frugal")]);
        assert!(faded(&w, "willing to pay for quality", 3 * DAY));
        w.say(4 * DAY, vec![fact("spontaneous")]);
        w.say(5 * DAY, vec![fact("a planner")]);
        assert!(faded(&w, "spontaneous", 5 * DAY));
        let rebuilt = Profile::rebuild(&w.log, &HashEmbed, params());
        assert_eq!(state(&rebuilt), state(&w.p));
    }

    #[test]
    fn a_fact_of_another_value_is_no_same_fact() {
        assert!(!same_fact("lives in berlin", "lives in munich"));
        assert!(!same_fact("has a dog", "has a cat"));
        assert!(!same_fact("vegan diet", "vegetarian diet"));
        assert!(same_fact("works as nurse", "works as a nurse"));
        assert!(same_fact("has two kids", "has two young kids"));
        assert!(same_fact("lives in new york", "lives in new york city"));
    }

    #[test]
    fn near_identical_topics_of_the_same_kind_merge() {
        let mut w = World::new();
        w.say(0, vec![like("strawberry")]);
        w.say(0, vec![like("strawberries")]);
        w.say(
            0,
            vec![item("strawberries", Polarity::Like, Kind::Fact, 0.5)],
        );
        assert_eq!(
            w.p.memories().count(),
            1,
            "exact topic matches merge across kinds"
        );
        let m = w.p.find("strawberries").unwrap();
        assert_eq!(m.topic, "strawberry");
        assert_eq!(m.aliases, vec!["strawberries"]);
        assert_eq!(m.evidence.len(), 3);
        // A different kind with a similar (not identical) topic stays apart.
        w.say(
            0,
            vec![item("strawberry jam", Polarity::Like, Kind::Style, 0.5)],
        );
        assert_eq!(w.p.memories().count(), 2);
    }

    #[test]
    fn bad_items_are_ignored_or_repaired() {
        let mut w = World::new();
        let d = w.say(
            0,
            vec![
                like("  ?! "),
                item("tea", Polarity::Like, Kind::Preference, f32::NAN),
            ],
        );
        assert_eq!(d.memories.len(), 1);
        assert_eq!(w.p.find("tea").unwrap().evidence[0].intensity, 0.5);
    }

    #[test]
    fn automation_never_rewrites_the_users_memories() {
        let mut w = World::new();
        w.edit(
            Edit::Add {
                topic: "jazz".into(),
                kind: Kind::Preference,
                polarity: Polarity::Like,
            },
            0,
        );
        w.say(DAY, vec![dislike("jazz")]);
        w.say(DAY, vec![dislike("jazz")]);
        let m = w.p.find("jazz").unwrap();
        assert_eq!(m.provenance, Provenance::User);
        assert_eq!(m.polarity, Polarity::Like);
        let s = m.suggestion.as_ref().expect("a suggestion");
        assert_eq!(s.polarity, Some(Polarity::Dislike));
        assert_eq!(s.reason, "recent messages say you dislike jazz");
        // The user accepts by flipping; the suggestion goes.
        w.edit(
            Edit::Flip {
                topic: "jazz".into(),
            },
            DAY,
        );
        let m = w.p.find("jazz").unwrap();
        assert_eq!(m.polarity, Polarity::Dislike);
        assert!(m.suggestion.is_none());
        assert!(w.p.params().decay.support(m, DAY) > 0.0);
    }

    #[test]
    fn edits_do_what_they_say_and_report_it() {
        let mut w = World::new();
        w.say(0, vec![like("jazz"), dislike("loud music")]);
        let jazz = w.p.find("jazz").unwrap().id;

        let d = w.edit(
            Edit::Kind {
                topic: "jazz".into(),
                kind: Kind::Fact,
            },
            0,
        );
        assert!(d.memories.contains(&jazz));
        assert_eq!(w.p.memory(jazz).unwrap().kind, Kind::Fact);
        assert_eq!(w.p.memory(jazz).unwrap().provenance, Provenance::User);

        w.edit(
            Edit::Pin {
                topic: "jazz".into(),
                pinned: true,
            },
            0,
        );
        assert_eq!(w.p.memory(jazz).unwrap().provenance, Provenance::Pinned);
        w.edit(
            Edit::Pin {
                topic: "jazz".into(),
                pinned: false,
            },
            0,
        );
        assert_eq!(w.p.memory(jazz).unwrap().provenance, Provenance::User);

        w.edit(
            Edit::Hide {
                topic: "jazz".into(),
                hidden: true,
            },
            0,
        );
        assert!(w.p.memory(jazz).unwrap().hidden);

        w.edit(
            Edit::Topic {
                topic: "jazz".into(),
                to: "Cool Jazz".into(),
            },
            0,
        );
        let m = w.p.memory(jazz).unwrap();
        assert_eq!(m.topic, "cool jazz");
        assert_eq!(m.embedding, HashEmbed.embed("cool jazz").unwrap());
        assert_eq!(
            w.p.find("jazz").unwrap().id,
            jazz,
            "the old name still finds it"
        );

        // Renaming onto another memory's name merges the two.
        let loud = w.p.find("loud music").unwrap().id;
        let d = w.edit(
            Edit::Topic {
                topic: "cool jazz".into(),
                to: "loud music".into(),
            },
            0,
        );
        assert_eq!(d.removed_memories, BTreeSet::from([jazz]));
        assert!(d.memories.contains(&loud));
        assert_eq!(w.p.memory(loud).unwrap().evidence.len(), 2);

        let d = w.edit(
            Edit::Delete {
                topic: "loud music".into(),
            },
            0,
        );
        assert_eq!(d.removed_memories, BTreeSet::from([loud]));
        assert_eq!(w.p.memories().count(), 0);

        assert!(matches!(
            w.p.flip_polarity("nothing", &HashEmbed, 0),
            Err(Error::NotFound(_))
        ));
        assert!(matches!(
            w.p.add("?!", Kind::Style, Polarity::Like, &HashEmbed, 0),
            Err(Error::Invalid(_))
        ));
    }

    #[test]
    fn faded_memories_can_be_restored() {
        let mut w = World::new();
        w.say(0, vec![like("jazz")]);
        let later = 200 * DAY;
        let r = w.p.review(later);
        assert_eq!(r.faded.len(), 1);
        assert!(
            w.draft("jazz", later).is_empty(),
            "faded memories are never injected"
        );
        w.edit(
            Edit::Restore {
                topic: "jazz".into(),
            },
            later,
        );
        let r = w.p.review(later);
        assert!(r.faded.is_empty());
        assert!(w.draft("jazz", later).text.contains("I like jazz"));
    }

    #[test]
    fn the_preamble_says_what_is_relevant_and_nothing_else() {
        let mut w = World::new();
        w.say(
            0,
            vec![
                item("gluten", Polarity::Dislike, Kind::Fact, 1.0),
                item("concise answers", Polarity::Like, Kind::Style, 1.0),
                like("jazz"),
            ],
        );
        w.say(
            DAY,
            vec![item("gluten", Polarity::Dislike, Kind::Fact, 1.0)],
        );
        let p = w.draft("gluten free bread recipe", DAY);
        assert_eq!(
            p.text,
            "[Palate: About me: I avoid gluten; I prefer concise answers. Use only if relevant.]"
        );
        assert_eq!(p.used.len(), 2);
        assert!(p.used[0].relevance >= 0.4 && p.used[0].score > 0.0);
        assert!(w.draft("quantum physics homework", DAY).is_empty());
        assert!(w
            .p
            .preamble(None, None, DAY, &w.p.params().preamble, &Said::default())
            .is_empty());
        w.edit(
            Edit::Hide {
                topic: "gluten".into(),
                hidden: true,
            },
            DAY,
        );
        assert!(
            w.draft("gluten free bread recipe", DAY).is_empty(),
            "hidden memories are never injected"
        );
    }

    #[test]
    fn a_style_wish_stood_by_is_said_for_any_draft_once_per_conversation() {
        let style = |topic: &str| item(topic, Polarity::Like, Kind::Style, 0.8);
        let mut w = World::new();
        w.say(0, vec![style("concise answers"), style("metric units")]);
        // Said once: it may have been for that chat only.
        assert!(w.draft("quantum physics homework", DAY).is_empty());
        // Said again in another turn, it applies to every answer.
        w.say(DAY, vec![style("concise answers")]);
        let p = w.draft("quantum physics homework", DAY);
        assert_eq!(
            p.text,
            "[Palate: About me: I prefer concise answers. Use only if relevant.]"
        );
        assert!(p.used[0].standing, "the popup says why: {p:?}");
        let view = w.p.review(DAY);
        let listed = |t: &str| {
            view.unclustered
                .iter()
                .find(|m| m.topic == t)
                .unwrap()
                .standing
        };
        assert!(listed("concise answers") && !listed("metric units"));
        // A level of one field, stood by, still goes with that field only: the popup
        // does not say "every chat" of it.
        let cooking = "beginner-level explanations of cooking";
        w.say(2 * DAY, vec![style(cooking)]);
        w.say(3 * DAY, vec![style(cooking)]);
        assert!(stands(w.p.find(cooking).unwrap()));
        let view = w.p.review(3 * DAY);
        let level = view.unclustered.iter().find(|m| m.topic == cooking);
        assert_eq!(level.map(|m| m.standing), Some(false), "{view:?}");
        // ... once per conversation.
        let pp = w.p.params().preamble;
        let q = HashEmbed.embed("and relativity?").unwrap();
        let said = Said::new(&[p.text.as_str()]);
        assert!(w
            .p
            .preamble(Some(q[..].into()), None, DAY, &pp, &said)
            .is_empty());
        // Pinned after one mention: the user stands by it.
        w.edit(
            Edit::Pin {
                topic: "metric units".into(),
                pinned: true,
            },
            DAY,
        );
        let both = w.draft("quantum physics homework", DAY);
        assert!(both.text.contains("metric units"), "{both:?}");
        // Turned away twice (more than kept), it waits for a relevant draft again.
        for _ in 0..2 {
            w.edit(
                Edit::Feedback {
                    topics: vec!["concise answers".into()],
                    feedback: Feedback::Dismissed,
                },
                DAY,
            );
        }
        let after = w.draft("quantum physics homework", DAY);
        assert!(!after.text.contains("concise"), "{after:?}");
        // Evidence against it does not count towards standing by it.
        let mut v = World::new();
        v.say(0, vec![item("emojis", Polarity::Dislike, Kind::Style, 0.4)]);
        v.say(DAY, vec![item("emojis", Polarity::Like, Kind::Style, 1.0)]);
        let m = v.p.find("emojis").unwrap();
        assert!(m.polarity == Polarity::Like && !stands(m), "{m:?}");
    }

    #[test]
    fn a_style_wish_said_to_last_stands_after_one_mention() {
        let mut w = World::new();
        let lasting = Item {
            lasting: true,
            ..item("emojis", Polarity::Dislike, Kind::Style, 0.8)
        };
        w.say(
            0,
            vec![
                lasting,
                item("concise answers", Polarity::Like, Kind::Style, 0.8),
            ],
        );
        let p = w.draft("quantum physics homework", DAY);
        assert_eq!(
            p.text,
            "[Palate: About me: I don't want emojis. Use only if relevant.]"
        );
        assert!(p.used[0].standing, "{p:?}");
        // Only a style wish stands: a lasting flag on a taste lifts nothing.
        let mut v = World::new();
        let taste = Item {
            lasting: true,
            ..item("jazz", Polarity::Like, Kind::Preference, 0.8)
        };
        v.say(0, vec![taste]);
        assert!(v.draft("quantum physics homework", DAY).is_empty());
    }

    #[test]
    fn related_memories_cluster_and_are_described() {
        let mut w = World::new();
        w.say(
            0,
            vec![like("quiet keyboards"), like("quiet keyboards for typing")],
        );
        w.say(DAY, vec![dislike("loud keyboards")]);
        w.say(DAY, vec![like("jazz")]);
        let cs: Vec<&Cluster> = w.p.clusters().collect();
        assert_eq!(cs.len(), 1, "{cs:?}");
        assert_eq!(cs[0].members.len(), 3);
        assert!(
            cs[0].description.starts_with("likes quiet keyboards"),
            "{}",
            cs[0].description
        );
        assert!(cs[0].description.contains("dislikes loud keyboards"));
        let r = w.p.review(DAY);
        assert_eq!(r.clusters.len(), 1);
        assert_eq!(r.unclustered.len(), 1);
        assert_eq!(r.clusters[0].sites, vec!["chatgpt"]);
        serde_json::to_string(&r).unwrap();
        // Deleting a member reclusters; deleting enough dissolves the cluster.
        w.edit(
            Edit::Delete {
                topic: "quiet keyboards".into(),
            },
            DAY,
        );
        w.edit(
            Edit::Delete {
                topic: "loud keyboards".into(),
            },
            DAY,
        );
        assert_eq!(w.p.clusters().count(), 0);
        assert!(w.p.memories().all(|m| m.cluster_id.is_none()));
    }

    #[test]
    fn a_reversal_flags_drift_and_a_pinned_cluster_only_gets_a_suggestion() {
        let (w, _) = drifted_keyboards();
        let c = w.p.clusters().next().unwrap();
        assert!(c.drift, "{c:?}");
        assert_eq!(c.provenance, Provenance::Pinned);
        assert_eq!(
            c.description,
            "likes quiet keyboards, quiet keyboards for typing"
        );
        assert!(c.stale);
        // The words automation would write now (the pinned member leads: it never decays).
        assert_eq!(
            c.suggestion.as_deref(),
            Some("likes quiet keyboards for typing, quiet keyboards")
        );
        // The pinned memory kept its direction (its evidence still leans "like").
        let m = w.p.find("quiet keyboards for typing").unwrap();
        assert_eq!(
            (m.polarity, m.provenance),
            (Polarity::Like, Provenance::Pinned)
        );
    }

    fn add(topic: &str, polarity: Polarity) -> Edit {
        Edit::Add {
            topic: topic.into(),
            kind: Kind::Preference,
            polarity,
        }
    }

    #[test]
    fn a_dismissed_suggestion_stays_away_until_the_evidence_says_something_else() {
        let mut w = World::new();
        w.edit(add("jazz", Polarity::Like), 0);
        w.say(DAY, vec![dislike("jazz")]);
        w.say(DAY, vec![dislike("jazz")]);
        assert!(w.p.find("jazz").unwrap().suggestion.is_some());
        let d = w.edit(
            Edit::DismissSuggestion {
                topic: "jazz".into(),
            },
            DAY,
        );
        let jazz = w.p.find("jazz").unwrap();
        assert!(d.memories.contains(&jazz.id), "the dismissal is committed");
        assert!(jazz.suggestion.is_none());
        assert_eq!(
            jazz.polarity,
            Polarity::Like,
            "dismissing changes nothing else"
        );
        // More of the same: the user already said no to it.
        w.say(2 * DAY, vec![dislike("jazz")]);
        assert!(w.p.find("jazz").unwrap().suggestion.is_none());
        // A different change is news: the same stance, now as a fact about the user.
        w.say(
            2 * DAY,
            vec![item("jazz", Polarity::Dislike, Kind::Fact, 0.8)],
        );
        let s =
            w.p.find("jazz")
                .unwrap()
                .suggestion
                .clone()
                .expect("a new suggestion");
        assert_eq!(
            (s.polarity, s.kind),
            (Some(Polarity::Dislike), Some(Kind::Fact))
        );
        // Dismissed again; then the evidence comes back in line, and a later reversal
        // is proposed once more.
        w.edit(
            Edit::DismissSuggestion {
                topic: "jazz".into(),
            },
            2 * DAY,
        );
        for _ in 0..6 {
            w.say(3 * DAY, vec![like("jazz")]);
        }
        assert!(w.p.find("jazz").unwrap().declined.is_none());
        for _ in 0..12 {
            w.say(4 * DAY, vec![dislike("jazz")]);
        }
        let s =
            w.p.find("jazz")
                .unwrap()
                .suggestion
                .clone()
                .expect("proposed again");
        assert_eq!((s.polarity, s.kind), (Some(Polarity::Dislike), None));
        // Nothing to dismiss is an error the user sees, not a silent no-op.
        w.edit(add("tea", Polarity::Like), 4 * DAY);
        assert!(matches!(
            w.p.edit(
                Edit::DismissSuggestion {
                    topic: "tea".into()
                },
                &HashEmbed,
                4 * DAY
            ),
            Err(Error::NotFound(_))
        ));
        let rebuilt = Profile::rebuild(&w.log, &HashEmbed, params());
        assert_eq!(state(&rebuilt), state(&w.p));
    }

    /// `rounds` turns a few hours apart, each taking `stance` on both keyboard topics.
    fn keyboard_turns(w: &mut World, t: &mut Millis, rounds: usize, stance: fn(&str) -> Item) {
        for _ in 0..rounds {
            *t += DAY / 4;
            w.say(
                *t,
                vec![
                    stance("quiet keyboards"),
                    stance("quiet keyboards for typing"),
                ],
            );
        }
    }

    /// A cluster about quiet keyboards, liked `rounds` times.
    fn liked_keyboards(rounds: usize) -> (World, Millis) {
        let (mut w, mut t) = (World::new(), 0);
        keyboard_turns(&mut w, &mut t, rounds, like);
        (w, t)
    }

    /// The keyboards liked for a while, one member pinned, then disliked: its pinned
    /// words stand and automation suggests others.
    fn drifted_keyboards() -> (World, Millis) {
        let (mut w, mut t) = liked_keyboards(6);
        let c = w.p.clusters().next().unwrap();
        assert!(!c.drift);
        assert_eq!(
            c.description,
            "likes quiet keyboards, quiet keyboards for typing"
        );
        w.edit(
            Edit::Pin {
                topic: "quiet keyboards for typing".into(),
                pinned: true,
            },
            t,
        );
        keyboard_turns(&mut w, &mut t, 4, dislike);
        (w, t)
    }

    fn members() -> Vec<String> {
        vec!["quiet keyboards".into()]
    }

    #[test]
    fn a_cluster_suggestion_can_be_dismissed_until_automation_says_something_else() {
        let (mut w, mut t) = drifted_keyboards();
        let cid = w.p.clusters().next().unwrap().id;
        let suggested = w.p.cluster(cid).unwrap().suggestion.clone().unwrap();
        let d = w.edit(Edit::DismissClusterSuggestion { members: members() }, t);
        assert!(d.clusters.contains(&cid));
        let c = w.p.cluster(cid).unwrap();
        assert_eq!(c.suggestion, None);
        assert_eq!(
            c.description,
            "likes quiet keyboards, quiet keyboards for typing"
        );
        assert_eq!(w.p.review(t).clusters[0].suggestion, None);
        // New evidence that changes automation's words brings a suggestion back.
        for _ in 0..3 {
            t += DAY / 4;
            w.say(
                t,
                vec![dislike("quiet keyboards"), like("quiet keyboard cases")],
            );
        }
        let c = w.p.cluster(cid).unwrap();
        let again = c.suggestion.clone().expect("a different suggestion");
        assert_ne!(again, suggested);
        assert!(matches!(
            w.p.edit(
                Edit::DismissClusterSuggestion {
                    members: vec!["tea".into()]
                },
                &HashEmbed,
                t
            ),
            Err(Error::NotFound(_))
        ));
        let rebuilt = Profile::rebuild(&w.log, &HashEmbed, params());
        assert_eq!(state(&rebuilt), state(&w.p));
    }

    #[test]
    fn describing_a_cluster_pins_it_and_drift_only_suggests() {
        let (mut w, mut t) = liked_keyboards(4);
        let cid = w.p.clusters().next().unwrap().id;
        assert_eq!(w.p.cluster(cid).unwrap().provenance, Provenance::Learned);
        w.edit(
            Edit::DescribeCluster {
                members: members(),
                description: "  quiet\n keyboards for the office ".into(),
            },
            t,
        );
        let c = w.p.cluster(cid).unwrap();
        assert_eq!(c.description, "quiet keyboards for the office");
        assert_eq!((c.provenance, c.authored), (Provenance::Pinned, true));
        assert_eq!(
            c.suggestion, None,
            "the user's own words are not second-guessed at once"
        );
        let view = &w.p.review(t).clusters[0];
        assert!(view.authored && view.provenance == Provenance::Pinned);
        // Drift: the user's words stay, automation proposes its own.
        keyboard_turns(&mut w, &mut t, 5, dislike);
        let c = w.p.cluster(cid).unwrap();
        assert_eq!(c.description, "quiet keyboards for the office");
        let suggestion = c.suggestion.clone().expect("a suggestion");
        // Accepting is writing those words.
        w.edit(
            Edit::DescribeCluster {
                members: members(),
                description: suggestion.clone(),
            },
            t,
        );
        let c = w.p.cluster(cid).unwrap();
        assert_eq!(
            (c.description.as_str(), c.suggestion.as_deref()),
            (suggestion.as_str(), None)
        );
        assert!(c.authored);
        // Refused: no words, too many, or no such group.
        for (members, description) in [
            (members(), " \t ".to_string()),
            (members(), "x".repeat(MAX_DESCRIPTION_CHARS + 1)),
            (vec!["tea".to_string()], "tea".to_string()),
            (Vec::new(), "tea".to_string()),
        ] {
            assert!(w
                .p
                .edit(
                    Edit::DescribeCluster {
                        members,
                        description
                    },
                    &HashEmbed,
                    t
                )
                .is_err());
        }
        let rebuilt = Profile::rebuild(&w.log, &HashEmbed, params());
        assert_eq!(state(&rebuilt), state(&w.p));
        // A full recluster (new parameters) keeps the user's words on the new cluster.
        w.p.recluster(params().dbscan, t);
        let c = w.p.clusters().next().unwrap();
        assert_ne!(c.id, cid);
        assert_eq!(
            (c.description.as_str(), c.authored),
            (suggestion.as_str(), true)
        );
    }

    #[test]
    fn a_described_group_can_be_handed_back_to_automation() {
        let (mut w, t) = liked_keyboards(4);
        let cid = w.p.clusters().next().unwrap().id;
        let automatic = w.p.cluster(cid).unwrap().description.clone();
        let back = || Edit::AutomaticDescription { members: members() };
        assert!(
            w.p.edit(back(), &HashEmbed, t).is_err(),
            "nothing to hand back yet"
        );
        w.edit(
            Edit::DescribeCluster {
                members: members(),
                description: "my office setup".into(),
            },
            t,
        );
        let d = w.edit(back(), t);
        assert!(d.clusters.contains(&cid));
        let c = w.p.cluster(cid).unwrap();
        assert_eq!(
            (c.description.as_str(), c.authored, c.provenance),
            (automatic.as_str(), false, Provenance::Learned)
        );
        let rebuilt = Profile::rebuild(&w.log, &HashEmbed, params());
        assert_eq!(state(&rebuilt), state(&w.p));
    }

    /// Two groups of two that one memory close to both ("quiet keyboards mechanical
    /// switches") joins.
    fn two_keyboard_groups() -> (World, Millis) {
        let (mut w, t) = (World::new(), DAY);
        w.say(
            t,
            vec![like("quiet keyboards"), like("quiet keyboards typing")],
        );
        w.say(
            t,
            vec![
                like("mechanical switches"),
                like("mechanical switches clicky"),
            ],
        );
        assert_eq!(w.p.clusters().count(), 2);
        (w, t)
    }

    #[test]
    fn a_described_group_merged_into_another_keeps_the_users_words() {
        for described in ["quiet keyboards", "mechanical switches"] {
            let (mut w, t) = two_keyboard_groups();
            w.edit(
                Edit::DescribeCluster {
                    members: vec![described.into()],
                    description: "my office setup".into(),
                },
                t,
            );
            // A memory close to both joins the groups.
            w.say(t, vec![like("quiet keyboards mechanical switches")]);
            let merged: Vec<&Cluster> = w.p.clusters().collect();
            assert_eq!(merged.len(), 1, "{described}: {merged:?}");
            assert_eq!(
                (merged[0].description.as_str(), merged[0].authored),
                ("my office setup", true),
                "{described}"
            );
            let rebuilt = Profile::rebuild(&w.log, &HashEmbed, params());
            assert_eq!(state(&rebuilt), state(&w.p));
        }
    }

    #[test]
    fn two_described_groups_that_merge_keep_both_users_words() {
        let (mut w, t) = two_keyboard_groups();
        for (member, words) in [
            ("quiet keyboards", "my office setup"),
            ("mechanical switches", "my desk"),
        ] {
            w.edit(
                Edit::DescribeCluster {
                    members: vec![member.into()],
                    description: words.into(),
                },
                t,
            );
        }
        w.say(t, vec![like("quiet keyboards mechanical switches")]);
        let merged: Vec<&Cluster> = w.p.clusters().collect();
        assert_eq!(merged.len(), 1, "{merged:?}");
        let words = merged[0].description.clone();
        assert!(merged[0].authored);
        assert!(
            words == "my office setup; my desk" || words == "my desk; my office setup",
            "{words}"
        );
        let rebuilt = Profile::rebuild(&w.log, &HashEmbed, params());
        assert_eq!(state(&rebuilt), state(&w.p));
        // A full run keeps them too, said once.
        w.p.recluster(params().dbscan, t);
        assert_eq!(w.p.clusters().next().unwrap().description, words);
    }

    #[test]
    fn the_delta_names_exactly_what_changed() {
        let mut w = World::new();
        w.say(0, vec![like("tea")]);
        let d = w.say(0, vec![like("coffee")]);
        let coffee = w.p.find("coffee").unwrap().id;
        assert_eq!(d.memories, BTreeSet::from([coffee]));
        let c = w.p.changes(&d);
        assert_eq!(c.memories.len(), 1);
        assert_eq!(c.memories[0].topic, "coffee");
    }

    fn state(p: &Profile) -> (Vec<Memory>, Vec<Cluster>) {
        (
            p.memories().cloned().collect(),
            p.clusters().cloned().collect(),
        )
    }

    fn busy_world() -> World {
        let mut w = World::new();
        let mut t = 0;
        let topics = [
            "quiet keyboards",
            "loud keyboards",
            "mechanical keyboards",
            "jazz",
            "cool jazz",
            "spicy food",
            "very spicy food",
            "dark chocolate",
            "milk chocolate",
            "concise answers",
        ];
        for round in 0..4 {
            for (k, topic) in topics.iter().enumerate() {
                t += DAY / 3;
                let it = if (k + round) % 3 == 0 {
                    dislike(topic)
                } else {
                    like(topic)
                };
                w.say(t, vec![it]);
            }
            if round == 1 {
                w.edit(
                    Edit::Pin {
                        topic: "jazz".into(),
                        pinned: true,
                    },
                    t,
                );
                w.edit(
                    Edit::Topic {
                        topic: "spicy food".into(),
                        to: "hot sauce".into(),
                    },
                    t,
                );
                w.edit(
                    Edit::Add {
                        topic: "no emojis".into(),
                        kind: Kind::Style,
                        polarity: Polarity::Like,
                    },
                    t,
                );
                w.edit(
                    Edit::Feedback {
                        topics: vec!["dark chocolate".into()],
                        feedback: Feedback::Dismissed,
                    },
                    t,
                );
            }
            if round == 2 {
                let members: Vec<String> =
                    w.p.clusters()
                        .next()
                        .map(|c| {
                            c.members
                                .iter()
                                .map(|id| w.p.memory(*id).unwrap().topic.clone())
                                .collect()
                        })
                        .expect("a cluster by round 2");
                w.edit(
                    Edit::DescribeCluster {
                        members,
                        description: "my own words".into(),
                    },
                    t,
                );
                w.edit(
                    Edit::Delete {
                        topic: "loud keyboards".into(),
                    },
                    t,
                );
                w.edit(
                    Edit::Flip {
                        topic: "milk chocolate".into(),
                    },
                    t,
                );
            }
        }
        w
    }

    #[test]
    fn rebuilding_from_the_log_yields_the_same_state() {
        let w = busy_world();
        assert!(w.p.clusters().count() >= 1);
        let rebuilt = Profile::rebuild(&w.log, &HashEmbed, params());
        assert_eq!(state(&rebuilt), state(&w.p));
        // The log survives storage as JSON.
        let json = serde_json::to_string(&w.log).unwrap();
        let log: Vec<Signal> = serde_json::from_str(&json).unwrap();
        assert_eq!(
            state(&Profile::rebuild(&log, &HashEmbed, params())),
            state(&w.p)
        );
    }

    #[test]
    fn incremental_summaries_match_a_recount() {
        let mut w = busy_world();
        // Touch every cluster at one later time, in one turn.
        let t = 50 * DAY;
        let items: Vec<Item> =
            w.p.clusters()
                .map(|c| like(&w.p.memory(c.members[0]).unwrap().topic))
                .collect();
        assert!(!items.is_empty());
        w.say(t, items);
        let decay = w.p.params().decay;
        for c in w.p.clusters() {
            let ms: Vec<&Memory> =
                w.p.memories()
                    .filter(|m| m.cluster_id == Some(c.id))
                    .collect();
            assert_eq!(c.members, ms.iter().map(|m| m.id).collect::<Vec<_>>());
            let pairs: Vec<(&Memory, f32)> =
                ms.iter().map(|m| (*m, decay.strength(m, t))).collect();
            let d = crate::describe::describe(&pairs);
            assert_eq!(c.suggestion.as_ref().unwrap_or(&c.description), &d.text);
            assert!(
                (c.direction - d.direction).abs() < 1e-5,
                "{} {}",
                c.direction,
                d.direction
            );
            let mut ev: Vec<(Millis, f32)> = ms
                .iter()
                .flat_map(|m| m.evidence.iter().map(|e| (e.at, e.sign * e.intensity)))
                .collect();
            ev.sort_by_key(|e| e.0);
            let est = w.p.params().aggregate.estimate(&ev);
            assert_eq!((c.confidence, c.drift), (est.confidence, est.drift));
            let mut mean = vec![0f32; w.p.matrix.dim()];
            for m in &ms {
                for (s, x) in mean.iter_mut().zip(&m.embedding) {
                    *s += x;
                }
            }
            normalize(&mut mean);
            let centroid = &w.p.centroids[&c.id];
            assert!(mean.iter().zip(centroid).all(|(a, b)| (a - b).abs() < 1e-5));
        }
    }

    #[test]
    fn a_reloaded_profile_continues_like_the_original() {
        let mut w = busy_world();
        let (ms, cs) = state(&w.p);
        let json = serde_json::to_string(&(ms, cs)).unwrap();
        let (ms, cs): (Vec<Memory>, Vec<Cluster>) = serde_json::from_str(&json).unwrap();
        let mut reloaded = Profile::from_parts(ms, cs, params());
        let s = turn(
            "more",
            30 * DAY,
            vec![like("quiet mechanical keyboards"), dislike("jazz")],
        );
        let d1 = w.p.apply(&s, &HashEmbed, 30 * DAY);
        let d2 = reloaded.apply(&s, &HashEmbed, 30 * DAY);
        assert_eq!(d1, d2);
        assert_eq!(state(&reloaded), state(&w.p));
        let q = HashEmbed.embed("which keyboard should I buy").unwrap();
        let pp = w.p.params().preamble;
        assert_eq!(
            w.p.preamble(Some(q[..].into()), None, 30 * DAY, &pp, &Said::default()),
            reloaded.preamble(Some(q[..].into()), None, 30 * DAY, &pp, &Said::default())
        );
    }

    #[test]
    fn a_full_recluster_agrees_with_the_incremental_grouping() {
        let mut w = busy_world();
        let before: Vec<Vec<MemoryId>> = {
            let mut v: Vec<Vec<MemoryId>> = w.p.clusters().map(|c| c.members.clone()).collect();
            v.sort();
            v
        };
        let d = w.p.recluster(params().dbscan, 40 * DAY);
        let mut after: Vec<Vec<MemoryId>> = w.p.clusters().map(|c| c.members.clone()).collect();
        after.sort();
        assert_eq!(before.len(), after.len());
        assert!(!d.removed_clusters.is_empty());
        assert!(w
            .p
            .memories()
            .all(|m| m.cluster_id.is_none() || w.p.cluster(m.cluster_id.unwrap()).is_some()));
    }

    #[test]
    fn new_settings_redescribe_or_recluster() {
        let mut w = busy_world();
        let n = w.p.clusters().count();
        let d = w.p.set_params(params(), 40 * DAY);
        assert_eq!(d.clusters.len(), n);
        assert!(d.removed_clusters.is_empty());
        let wide = ProfileParams {
            dbscan: DbscanParams {
                eps: 0.9,
                min_samples: 2,
            },
            ..Default::default()
        }
        .check()
        .unwrap();
        let d = w.p.set_params(wide, 40 * DAY);
        assert!(!d.removed_clusters.is_empty());
        assert_eq!(w.p.params().dbscan, wide.dbscan);
    }

    #[test]
    fn params_are_checked_once() {
        let bad = ProfileParams {
            preamble: PreambleParams {
                token_budget: 1,
                ..Default::default()
            },
            ..Default::default()
        };
        assert!(matches!(bad.check(), Err(Error::Invalid(_))));
        let json = serde_json::to_string(&ProfileParams::default()).unwrap();
        let back: ProfileParams = serde_json::from_str(&json).unwrap();
        assert_eq!(back, ProfileParams::default());
        let partial: ProfileParams =
            serde_json::from_str(r#"{"preamble":{"relevance_floor":0.5}}"#).unwrap();
        assert_eq!(partial.preamble.relevance_floor, 0.5);
        assert_eq!(partial.preamble.token_budget, 30);
    }
}
