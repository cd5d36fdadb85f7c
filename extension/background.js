// Palate's service worker: hosts the Wasm core and answers typed messages.
// Listeners are registered synchronously at top level (a woken worker must see the
// event that woke it); every handler awaits the one `ready` promise first.

import init, { Palate } from './pkg/palate.js';
import { invalid, PAGE_KINDS, SITE_ID } from './messages.js';
import { readSettings, siteSettings } from './settings.js';
import { preloadMemories } from './preload.js';

const DB_NAME = 'palate';

/** The providers the user chose and their keys, as the options page stores them. */
const storedProviders = () => chrome.storage.local.get(['providers', 'providerKeys']);

/** Loads the Wasm and the embedding table once, and opens the engine over IndexedDB. */
const ready = (async () => {
  const table = fetch(new URL('./pkg/embedding-table.bin', import.meta.url)).then((r) => r.arrayBuffer());
  const stored = storedProviders();
  const preloaded = preloadMemories(DB_NAME);
  await init({ module_or_path: new URL('./pkg/palate_bg.wasm', import.meta.url) });
  // Opened in the configured embedding space, so a restart never re-embeds for nothing.
  const embedding = embeddingConfig(await stored);
  const palate = await Palate.open(DB_NAME, new Uint8Array(await table), embedding, await preloaded);
  if (palate.openError) {
    console.warn('[palate] embedding provider failed at start; using the built-in model:', palate.openError);
    await reportProvider('embedding', { using: 'builtin', ok: false, message: failedEmbedding(palate.openError) });
    lastEmbedding = null; // the next retry or settings change tries again
  } else {
    lastEmbedding = embedding ? embeddingKey(embedding) : 'builtin';
    await reportProvider('embedding', embedding
      ? { using: 'openai', ok: true, message: `Embedding with ${embedding.model}.` }
      : { using: 'builtin', ok: true, message: 'Embedding with the built-in model.' });
  }
  await applyExtraction(palate, await stored);
  return palate;
})();
ready.catch((e) => console.error('[palate] failed to start:', e));

// ---- providers ------------------------------------------------------------------------
// The user's choices live in chrome.storage.local (`providers.{extraction,embedding}`,
// keys in `providerKeys`); what the worker made of them goes to chrome.storage.session
// `providerStatus.{extraction,embedding}` = {using, ok, message}, for the options page.

/** The OpenAI-compatible embedding model the user chose, or null for the built-in one. */
function embeddingConfig({ providers = {}, providerKeys = {} }) {
  const config = providers.embedding;
  if (config?.type !== 'openai') return null;
  return { baseUrl: config.baseUrl ?? '', model: config.model ?? '', apiKey: providerKeys.embedding || undefined };
}

/** What identifies an embedding configuration, key included (a new key is worth a retry). */
const embeddingKey = (c) => JSON.stringify([c.baseUrl, c.model, c.apiKey ?? '']);
/** The configuration last applied (null after a failure): applying it again changes nothing. */
let lastEmbedding = null;

const failedEmbedding = (why) => `The embedding provider could not be used, so Palate kept the built-in model: ${why}`;

async function reportProvider(which, status) {
  const { providerStatus = {} } = await chrome.storage.session.get('providerStatus');
  providerStatus[which] = { ...status, at: Date.now() };
  await chrome.storage.session.set({ providerStatus });
}

/**
 * Extraction through the provider the user configured: an OpenAI-compatible endpoint,
 * Chrome's built-in AI when this browser can run it here, or the built-in extractor.
 * Whatever cannot be used falls back to built-in, and the status says why.
 */
async function applyExtraction(palate, { providers = {}, providerKeys = {} }) {
  const config = providers.extraction;
  try {
    if (config?.type === 'openai') {
      palate.setProvider({ baseUrl: config.baseUrl ?? '', model: config.model ?? '', apiKey: providerKeys.extraction || undefined });
      return reportProvider('extraction', { using: 'openai', ok: true, message: `Extracting with ${config.model}.` });
    }
    if (config?.type === 'chrome') {
      const availability = await Palate.promptApiAvailability();
      if (availability === 'available') {
        palate.setProvider({ type: 'chrome' });
        return reportProvider('extraction', { using: 'chrome', ok: true, message: "Extracting with Chrome's built-in AI." });
      }
      palate.setProvider(null);
      const why = PROMPT_API_STATES[availability] ?? `its state is "${availability}"`;
      console.warn(`[palate] Chrome's built-in AI is not usable (${availability}); using the built-in extractor`);
      return reportProvider('extraction', { using: 'builtin', ok: false, message: `Chrome's built-in AI cannot be used: ${why}. Palate uses its built-in extractor instead.` });
    }
    palate.setProvider(null);
    return reportProvider('extraction', { using: 'builtin', ok: true, message: 'Extracting with the built-in rules.' });
  } catch (e) {
    console.warn('[palate] extraction provider refused, using the built-in extractor:', e?.message ?? e);
    palate.setProvider(null);
    return reportProvider('extraction', { using: 'builtin', ok: false, message: `The extraction provider was refused (${e?.message ?? e}); Palate uses its built-in extractor instead.` });
  }
}

/** Why the Prompt API cannot run, by its availability. */
const PROMPT_API_STATES = {
  unavailable: 'this browser (or its service worker) has no Prompt API, or the device does not meet its requirements',
  downloadable: "the on-device model is not downloaded yet (Chrome downloads it when a page first asks for it)",
  downloading: 'the on-device model is still downloading',
};

/**
 * Embed with the model the user configured. Another model re-embeds every memory from
 * the signal log; when the provider fails, the engine keeps its model and vectors.
 */
async function applyEmbedding(palate, stored) {
  const config = embeddingConfig(stored);
  const key = config ? embeddingKey(config) : 'builtin';
  if (key === lastEmbedding) return;
  lastEmbedding = key;
  try {
    const { model, rebuilt } = await palate.setEmbedding(config);
    await reportProvider('embedding', config
      ? { using: 'openai', ok: true, model, rebuilt, message: `Embedding with ${config.model}${rebuilt ? '; every memory was re-embedded' : ''}.` }
      : { using: 'builtin', ok: true, model, rebuilt, message: `Embedding with the built-in model${rebuilt ? '; every memory was re-embedded' : ''}.` });
  } catch (e) {
    const why = e?.message ?? String(e);
    lastEmbedding = null;
    console.warn('[palate] embedding provider failed; nothing changed:', why);
    const { model } = await palate.embedding();
    await reportProvider('embedding', { using: model.startsWith('openai-compatible:') ? 'openai' : 'builtin', ok: false, model, message: `The embedding provider failed and nothing changed: ${why}` });
  }
}

chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && ('providers' in changes || 'providerKeys' in changes)) {
    engine(async (p) => {
      const stored = await storedProviders();
      await applyExtraction(p, stored);
      await applyEmbedding(p, stored);
    }).catch((e) => console.warn('[palate] applying providers failed:', e?.message ?? e));
  }
});

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

/** @type {Record<string, (msg: any, sender: chrome.runtime.MessageSender) => Promise<unknown>>} */
const handlers = {
  async observe(msg, sender) {
    // The content script checks these too; the worker is the last word.
    const reason = await notLearning(msg.site, sender.tab?.incognito === true);
    if (reason) return { status: 'skipped', reason };
    return engine((p) => p.observe({ id: msg.id, site: msg.site, text: msg.text }));
  },
  async learnThread(msg) {
    const turns = checkTurns(msg.site, msg.turns);
    const tab = await chrome.tabs.get(msg.tabId).catch(() => null);
    if (!tab) throw new Error('learnThread: that tab is gone');
    const reason = await notLearning(msg.site, tab.incognito === true);
    if (reason) return { learned: 0, already: 0, skipped: reason };
    const known = new Set();
    const sentFromNewChat = new Set();
    for (const s of await engine((p) => p.signals())) {
      known.add(s.id);
      const key = turnKey(s.id);
      if (key?.thread.startsWith('new-')) sentFromNewChat.add(key.occurrence);
    }
    let learned = 0;
    let already = 0;
    for (const turn of turns) {
      if (known.has(turn.id) || sentFromNewChat.has(turnKey(turn.id)?.occurrence)) {
        already += 1;
        continue;
      }
      known.add(turn.id);
      const result = await engine((p) => p.observe({ id: turn.id, site: msg.site, text: turn.text }));
      if (result.status === 'recorded') learned += 1;
      else already += 1;
    }
    return { learned, already };
  },
  signals: () => engine((p) => p.signals()),
  // The result also names the memories it used (`topics`), for feedback edits.
  preamble: (msg) =>
    engine(async (p) => {
      let result;
      try {
        result = await p.preamble(msg.draft, Array.isArray(msg.said) ? msg.said.filter((t) => typeof t === 'string') : []);
      } catch (e) {
        // The embedding provider failed on the draft: no preamble, never one from another model.
        const error = e?.message ?? String(e);
        console.warn('[palate] no preamble:', error);
        return { text: '', tokens: 0, used: [], topics: [], error };
      }
      return { ...result, topics: [...new Set(result.used.flatMap((u) => u.topics))] };
    }),
  review: () => engine((p) => p.review()),
  edit: (msg) => engine((p) => p.edit(msg.edit)),
  params: () => engine((p) => p.params()),
  setParams: (msg) => engine((p) => p.setParams(msg.params)),
  rebuild: () => engine((p) => p.rebuild()),
  async status() {
    const signals = await engine((p) => p.signals());
    const last = signals.at(-1);
    return { signals: signals.length, lastAt: last ? last.at : null };
  },
  testProvider: (msg) => testProvider(msg.which),
  applyProviders: () =>
    engine(async (p) => {
      await applyExtraction(p, await storedProviders());
      return (await chrome.storage.session.get('providerStatus')).providerStatus?.extraction ?? null;
    }),
  async import(msg) {
    const { accepted, skipped } = checkImport(msg.signals, await engine((p) => p.signals()));
    if (accepted.length === 0) return { added: 0, skipped };
    // The core checks every signal again and skips what it cannot take, with reasons.
    const report = await engine((p) => p.importSignals(accepted));
    return { added: report.added, skipped: [...skipped, ...report.skipped] };
  },
  async wipe() {
    await engine((p) => p.wipe());
    await chrome.storage.local.clear();
    await chrome.storage.session.clear();
    return { wiped: true };
  },
  // A failed embedding switch is tried again too, before the failed turns.
  retry: () =>
    engine(async (p) => {
      await applyEmbedding(p, await storedProviders());
      return p.retry();
    }),
  async siteHealth(msg) {
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

/** Why a turn on `site` must not be learned now, or null. */
async function notLearning(site, incognito) {
  const { sites, paused, incognitoLearning } = await currentSettings();
  if (paused) return 'paused';
  if (!siteSettings(sites[site]).learn) return 'learning off for this site';
  if (incognito && !incognitoLearning) return 'incognito';
  return null;
}

/** The most turns one conversation may bring. */
const THREAD_MAX_TURNS = 5_000;

/** The turns of a `learnThread` message, checked: `[{id, text}]`, ids of `site`. */
function checkTurns(site, turns) {
  if (!Array.isArray(turns)) throw new Error('learnThread: "turns" must be a list');
  if (turns.length > THREAD_MAX_TURNS) throw new Error(`learnThread: at most ${THREAD_MAX_TURNS} turns, not ${turns.length}`);
  return turns.map((t, i) => {
    if (typeof t?.id !== 'string' || !t.id.startsWith(`${site}:`) || t.id.length > 300 || !turnKey(t.id)) {
      throw new Error(`learnThread: turn ${i + 1} has no key of this site`);
    }
    if (typeof t.text !== 'string' || !t.text.trim()) throw new Error(`learnThread: turn ${i + 1} has no text`);
    return { id: t.id, text: t.text };
  });
}

/**
 * A content script's turn key `site:thread:hash:n` in parts: `occurrence` is
 * `site:hash:n`, the same words' n-th appearance wherever the thread. A turn sent from
 * the new-chat page is keyed before the site names the conversation (`new-…`), so it
 * stands for the turn with the same occurrence in the conversation it started.
 */
function turnKey(id) {
  const parts = id.split(':');
  if (parts.length < 4) return null;
  const [site, ...rest] = parts;
  const n = rest.pop();
  const hash = rest.pop();
  return { thread: rest.join(':'), occurrence: `${site}:${hash}:${n}` };
}

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

// ---- provider test ------------------------------------------------------------------

const PROVIDER_TIMEOUT_MS = 10_000;

/**
 * One tiny request to the OpenAI-compatible endpoint configured for `which`.
 * @param {string} which 'extraction' | 'embedding'
 * @returns {Promise<{ok: boolean, status: number, message: string}>}
 */
async function testProvider(which) {
  if (which !== 'extraction' && which !== 'embedding') throw new Error('testProvider: "which" must be extraction or embedding');
  const { providers = {}, providerKeys = {} } = await storedProviders();
  const config = providers[which] ?? { type: 'builtin' };
  if (config.type === 'builtin') return { ok: true, status: 0, message: 'The built-in provider needs no connection.' };
  if (config.type === 'chrome') {
    const available = 'LanguageModel' in globalThis || Boolean(globalThis.ai?.languageModel);
    return available
      ? { ok: true, status: 0, message: "Chrome's built-in AI is available." }
      : { ok: false, status: 0, message: "Chrome's built-in AI is not available in this browser." };
  }
  let base;
  try {
    base = new URL(String(config.baseUrl ?? ''));
    if (!/^https?:$/.test(base.protocol)) throw new Error();
  } catch {
    return { ok: false, status: 0, message: 'The base URL is not a valid http(s) address.' };
  }
  if (!config.model) return { ok: false, status: 0, message: 'Name a model first.' };
  const url = base.href.replace(/\/+$/, '') + (which === 'embedding' ? '/embeddings' : '/chat/completions');
  const body =
    which === 'embedding'
      ? { model: config.model, input: 'I like green tea' }
      : { model: config.model, messages: [{ role: 'user', content: 'Reply with the word OK.' }], max_tokens: 5 };
  const headers = { 'content-type': 'application/json' };
  const key = providerKeys[which];
  if (typeof key === 'string' && key) headers.authorization = `Bearer ${key}`;
  let response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(PROVIDER_TIMEOUT_MS),
      credentials: 'omit',
    });
  } catch (e) {
    const timedOut = e?.name === 'TimeoutError';
    return {
      ok: false,
      status: 0,
      message: timedOut
        ? `No answer from ${base.origin} within ${PROVIDER_TIMEOUT_MS / 1000} s.`
        : `Could not reach ${base.origin} (is it running, and is access allowed?).`,
    };
  }
  let data = null;
  try {
    data = await response.json();
  } catch {
    // A non-JSON answer: reported below by status or shape.
  }
  if (!response.ok) {
    const said = typeof data?.error === 'string' ? data.error : data?.error?.message;
    return {
      ok: false,
      status: response.status,
      message: `The server answered ${response.status}${said ? `: ${String(said).slice(0, 200)}` : '.'}`,
    };
  }
  const shaped =
    which === 'embedding'
      ? Array.isArray(data?.data?.[0]?.embedding)
      : typeof data?.choices?.[0]?.message?.content === 'string';
  return shaped
    ? { ok: true, status: response.status, message: `Connected: ${config.model} answered.` }
    : { ok: false, status: response.status, message: 'The server answered, but not in the OpenAI format.' };
}

// ---- import ---------------------------------------------------------------------------

/** The most signals one import may carry. */
const IMPORT_MAX_SIGNALS = 100_000;
const KINDS = ['preference', 'style', 'fact'];

/** Why `s` is not a signal Palate could have written, or null. */
function badSignal(s) {
  if (s === null || typeof s !== 'object' || Array.isArray(s)) return 'not an object';
  if (typeof s.id !== 'string' || !s.id || s.id.length > 200) return '"id" must be a string of 1 to 200 characters';
  if (!Number.isSafeInteger(s.at) || s.at <= 0 || s.at > Date.now() + 86_400_000) return '"at" must be a time in milliseconds, not in the future';
  if (typeof s.site !== 'string' || !SITE_ID.test(s.site)) return '"site" must be a site id';
  if (!['turn', 'edit', 'feedback'].includes(s.kind)) return '"kind" must be turn, edit or feedback';
  if (typeof s.text !== 'string' || s.text.length > 16 * 1024) return '"text" must be a string of at most 16 KB';
  if (s.kind !== 'turn') {
    try {
      const edit = JSON.parse(s.text);
      if (typeof edit?.op !== 'string') return 'an edit must carry its operation';
    } catch {
      return 'an edit must carry its operation as JSON';
    }
  }
  if (s.items !== undefined && !Array.isArray(s.items)) return '"items" must be a list';
  for (const item of s.items ?? []) {
    if (item === null || typeof item !== 'object') return 'an item is not an object';
    if (typeof item.topic !== 'string' || !item.topic || item.topic.length > 500) return 'an item needs a topic';
    if (item.polarity !== 'like' && item.polarity !== 'dislike') return "an item's polarity must be like or dislike";
    if (!KINDS.includes(item.kind)) return "an item's kind must be preference, style or fact";
    if (typeof item.intensity !== 'number' || !(item.intensity > 0 && item.intensity <= 1)) return "an item's intensity must be in (0, 1]";
    if (typeof item.quote !== 'string' || item.quote.length > 16 * 1024) return "an item's quote must be a string";
    if (item.revises !== undefined && typeof item.revises !== 'boolean') return "an item's revises must be true or false";
  }
  if (s.error !== undefined && s.error !== null && typeof s.error !== 'string') return '"error" must be a string';
  return null;
}

/**
 * Validate an import against the log: every signal must be well formed (else the whole
 * import is refused), and ids already known are skipped.
 * @returns {{accepted: object[], skipped: {id: string, reason: string}[]}}
 */
function checkImport(signals, existing) {
  if (!Array.isArray(signals)) throw new Error('import: "signals" must be a list');
  if (signals.length > IMPORT_MAX_SIGNALS) throw new Error(`import: at most ${IMPORT_MAX_SIGNALS} signals, not ${signals.length}`);
  const problems = [];
  signals.forEach((s, i) => {
    const why = badSignal(s);
    if (why) problems.push(`signal ${i + 1}${typeof s?.id === 'string' ? ` (${s.id.slice(0, 40)})` : ''}: ${why}`);
  });
  if (problems.length) {
    const more = problems.length > 5 ? `; and ${problems.length - 5} more` : '';
    throw new Error(`import refused, nothing changed: ${problems.slice(0, 5).join('; ')}${more}`);
  }
  const known = new Set(existing.map((s) => s.id));
  const taken = new Set();
  const accepted = [];
  const skipped = [];
  for (const s of signals) {
    if (known.has(s.id) || taken.has(s.id)) {
      skipped.push({ id: s.id, reason: known.has(s.id) ? 'already in your history' : 'listed twice in the file' });
      continue;
    }
    taken.add(s.id);
    const clean = { id: s.id, at: s.at, site: s.site, kind: s.kind, text: s.text, items: s.items ?? [] };
    if (typeof s.error === 'string') clean.error = s.error;
    accepted.push(clean);
  }
  return { accepted, skipped };
}
