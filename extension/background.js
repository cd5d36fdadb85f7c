// Palate's service worker: hosts the Wasm core and answers typed messages.
// Listeners are registered synchronously at top level (a woken worker must see the
// event that woke it); every handler awaits the one `ready` promise first.

import init, { Palate } from './pkg/palate.js';
import { invalid, PAGE_KINDS } from './messages.js';
import { readSettings, siteSettings } from './settings.js';

const DB_NAME = 'palate';

/** Loads the Wasm once and opens the engine over IndexedDB. */
const ready = (async () => {
  await init({ module_or_path: new URL('./pkg/palate_bg.wasm', import.meta.url) });
  return Palate.open(DB_NAME);
})();
ready.catch((e) => console.error('[palate] failed to start:', e));

// The engine takes one call at a time; calls queue here in arrival order.
let queue = Promise.resolve();
/** Run `call` on the engine once it is ready, after every earlier call. */
function engine(call) {
  const run = queue.then(() => ready).then(call);
  queue = run.catch(() => {});
  return run;
}

// The user's settings (extension/settings.js), cached: read on first use, dropped
// when they change. A restarted worker starts with no cache and reads them again.
/** @type {ReturnType<typeof readSettings> | null} */
let settings = null;
const currentSettings = () => (settings ??= readSettings());
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && ['sites', 'paused', 'incognitoLearning'].some((k) => k in changes)) settings = null;
});

// Memory id -> topic, for naming the memories a preamble used (feedback edits name
// memories by topic). Built from a review when needed; any call that may change
// memories drops it.
/** @type {{memories: Map<number, string>, clusters: Map<number, string[]>} | null} */
let topicIndex = null;

function indexTopics(review) {
  const memories = new Map();
  const clusters = new Map();
  const add = (m) => memories.set(m.id, m.topic);
  for (const c of review.clusters ?? []) {
    c.members.forEach(add);
    clusters.set(c.id, c.members.map((m) => m.topic));
  }
  (review.unclustered ?? []).forEach(add);
  (review.faded ?? []).forEach(add);
  return { memories, clusters };
}

/** An engine call that may change memories: the topic index is stale after it. */
function changing(call) {
  return engine(async (p) => {
    try {
      return await call(p);
    } finally {
      topicIndex = null;
    }
  });
}

/** @type {Record<string, (msg: any, sender: chrome.runtime.MessageSender) => Promise<unknown>>} */
const handlers = {
  async observe(msg, sender) {
    // The content script checks these too; the worker is the last word.
    const { sites, paused, incognitoLearning } = await currentSettings();
    if (paused) return { status: 'skipped', reason: 'paused' };
    if (!siteSettings(sites[msg.site]).learn) return { status: 'skipped', reason: 'learning off for this site' };
    if (sender.tab?.incognito && !incognitoLearning) return { status: 'skipped', reason: 'incognito' };
    return changing((p) => p.observe({ id: msg.id, site: msg.site, text: msg.text }));
  },
  signals: () => engine((p) => p.signals()),
  // The result also names the memories it used (`topics`), for feedback edits.
  preamble: (msg) =>
    engine(async (p) => {
      const result = await p.preamble(msg.draft);
      const topics = new Set();
      if (result.text) {
        topicIndex ??= indexTopics(await p.review());
        for (const u of result.used) {
          if (u.memory != null && topicIndex.memories.has(u.memory)) topics.add(topicIndex.memories.get(u.memory));
          else if (u.cluster != null) for (const t of topicIndex.clusters.get(u.cluster) ?? []) topics.add(t);
        }
      }
      return { ...result, topics: [...topics] };
    }),
  review: () => engine((p) => p.review()),
  edit: (msg) => changing((p) => p.edit(msg.edit)),
  params: () => engine((p) => p.params()),
  setParams: (msg) => changing((p) => p.setParams(msg.params)),
  rebuild: () => changing((p) => p.rebuild()),
  async status() {
    const signals = await engine((p) => p.signals());
    const last = signals.at(-1);
    return { signals: signals.length, lastAt: last ? last.at : null };
  },
  async siteHealth(msg) {
    if (!/^[a-z0-9-]{1,32}$/.test(msg.site)) throw new Error('siteHealth: not a site id');
    // Read-modify-write of one key: serialized so two tabs cannot lose an update.
    health = health.then(async () => {
      const { health: all = {} } = await chrome.storage.session.get('health');
      all[msg.site] = { ok: msg.ok, problem: msg.ok ? '' : msg.problem.slice(0, 100), at: Date.now() };
      await chrome.storage.session.set({ health: all });
    });
    await health;
    return { recorded: true };
  },
};

/** The latest health per site (chrome.storage.session "health"), written in turn. */
let health = Promise.resolve();

/** A chat page's content script (not one of Palate's own pages): it may ask for less. */
const fromPage = (sender) => !sender.url?.startsWith(chrome.runtime.getURL(''));

/** What a chat page may not ask for, or null: its own turns, health, preambles, and feedback. */
function forbidden(msg, sender) {
  if (!fromPage(sender)) return null;
  if (!PAGE_KINDS.includes(msg.kind)) return `${msg.kind}: not from a chat page`;
  if (msg.kind === 'edit' && msg.edit.op !== 'feedback') return 'edit: a chat page may only send feedback';
  return null;
}

chrome.runtime.onMessage.addListener((msg, sender, respond) => {
  const problem = invalid(msg) ?? forbidden(msg, sender);
  if (problem) {
    console.warn('[palate] rejected message:', problem);
    respond({ ok: false, error: problem });
    return false;
  }
  handlers[msg.kind](msg, sender).then(
    (result) => respond({ ok: true, result }),
    (error) => {
      const message = error instanceof Error ? error.message : String(error);
      console.warn(`[palate] ${msg.kind} failed:`, message);
      respond({ ok: false, error: message });
    },
  );
  return true; // respond asynchronously
});
