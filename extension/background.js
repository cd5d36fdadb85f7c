// Palate's service worker: hosts the Wasm core and answers typed messages.
// Listeners are registered synchronously at top level (a woken worker must see the
// event that woke it); every handler awaits the one `ready` promise first.

import init, { Palate } from './pkg/palate.js';
import { invalid } from './messages.js';

const DB_NAME = 'palate';

/** Loads the Wasm and the embedding table once, and opens the engine over IndexedDB. */
const ready = (async () => {
  const table = fetch(new URL('./pkg/embedding-table.bin', import.meta.url)).then((r) => r.arrayBuffer());
  await init({ module_or_path: new URL('./pkg/palate_bg.wasm', import.meta.url) });
  return Palate.open(DB_NAME, new Uint8Array(await table));
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

/** @type {Record<string, (msg: any, sender: chrome.runtime.MessageSender) => Promise<unknown>>} */
const handlers = {
  async observe(msg, sender) {
    // Private windows learn nothing unless the user opts in (not yet offered: always off).
    if (sender.tab?.incognito) return { status: 'skipped', reason: 'incognito' };
    return engine((p) => p.observe({ id: msg.id, site: msg.site, text: msg.text }));
  },
  signals: () => engine((p) => p.signals()),
  preamble: (msg) => engine((p) => p.preamble(msg.draft)),
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

chrome.runtime.onMessage.addListener((msg, sender, respond) => {
  const problem = invalid(msg);
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
