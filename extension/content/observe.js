// Shared turn observation for every site: finds the adapter for this page, watches
// for the user's sends, and reports each sent turn to the service worker once.
//
// How a turn is learned exactly once:
// - A send gesture (Enter without Shift in the composer, or a click on the send
//   control, both in the capture phase) snapshots the composer text and reports it
//   at once: the fast path, which survives the tab closing right after.
// - Its key is `site:thread:hash:n`, n counting the same words among the user turns
//   rendered at that moment (the baseline): the same message sent twice in a thread
//   is two turns, and reloading the page finds the same keys.
// - When the composer's text could not be read, the gesture "arms" the thread
//   observer for one new user turn, and the rendered text is reported instead.
// - User turns that appear otherwise (history loading, re-renders, switching
//   threads) are not read at all: history is never learned, unless the user asks for
//   it from the popup ({kind: 'threadTurns'} below, learned by the worker).
// - Palate's own `[Palate: ...]` preamble is cut from every text first; a turn that
//   was only a preamble is not a turn.
//
// Lifetimes: one session per activation of an adapter, with its own AbortController
// (listeners, observers and timers end with it). In-page navigations (new chat,
// another thread, a redesign replacing the thread container) re-bind the thread
// observer; leaving the adapter's pages (x.com outside /i/grok) ends the session.
// Observers watch the thread container only, are debounced, and there is no polling:
// the container's ancestors are watched for its replacement (child lists only).
//
// Cost: per mutation batch, the thread observer's callback drops the cached text of
// the user turns the batch touched and restarts a timer; the debounced pass only
// re-binds and follows the thread id. The thread's user turns are read at a send
// (each turn's text once, then from the cache), not per batch.
// tests/bench/thread.js measures this on a 500-exchange thread through `probed` below.
//
// Health: when the composer or the thread cannot be found once the page has settled,
// the worker is told once ({kind: 'siteHealth'}), and told again when it recovers.
(() => {
  if (globalThis.__palateObserver || !globalThis.PalateSites) return;
  globalThis.__palateObserver = true;

  const ARM_MS = 30_000;
  const DEBOUNCE_MS = 150;
  /** How long the page must be quiet before a missing composer counts as missing. */
  const QUIET_MS = 1_500;
  /** ... and the longest wait for a page that never goes quiet. */
  const SETTLE_CAP_MS = 10_000;

  /**
   * `fn`, timed for the benchmark (tests/bench/thread.js) when this isolated world holds
   * a `__palateProbe(name, ms)` function. Only the benchmark defines it, through the
   * DevTools protocol: a page's scripts cannot reach this world. Otherwise the cost is
   * one property read per call.
   */
  const probed =
    (name, fn) =>
    (...args) => {
      const probe = globalThis.__palateProbe;
      if (typeof probe !== 'function') return fn(...args);
      const start = performance.now();
      try {
        return fn(...args);
      } finally {
        probe(name, performance.now() - start);
      }
    };

  /** Cut every `[Palate: ...]` preamble, as the core does (crate/src/signal.rs). */
  function stripPreamble(text) {
    let out = '';
    let rest = text ?? '';
    for (let start; (start = rest.indexOf('[Palate:')) !== -1; ) {
      out += rest.slice(0, start);
      const after = rest.slice(start);
      const end = after.indexOf(']');
      if (end !== -1) rest = after.slice(end + 1);
      else {
        const para = after.indexOf('\n\n');
        rest = para === -1 ? '' : after.slice(para);
      }
    }
    return out + rest;
  }

  const normalize = (text) => stripPreamble(text).replace(/\s+/g, ' ').trim();

  /** FNV-1a, 32 bits, as 8 hex digits: a short stable key for a text. */
  function hash(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return (h >>> 0).toString(16).padStart(8, '0');
  }

  /** First element matching the ordered selectors, or null. */
  function first(selectors, root = document) {
    for (const s of selectors) {
      const el = root.querySelector(s);
      if (el) return el;
    }
    return null;
  }

  /** All elements of the first selector that matches anything. */
  function every(selectors, root = document) {
    for (const s of selectors) {
      const found = root.querySelectorAll(s);
      if (found.length) return [...found];
    }
    return [];
  }

  /** What the user has typed: a textarea's value, a contenteditable's rendered text. */
  function composerText(el) {
    if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.value;
    return /** @type {HTMLElement} */ (el).innerText ?? el.textContent;
  }

  /**
   * Run one adapter on this page until `stop()`. Everything it does is guarded: an
   * error is logged once, tagged with the adapter's id, and never reaches the page.
   * @param {import('./registry.js').Adapter} adapter
   */
  function session(adapter) {
    const tag = `[palate:${adapter.id}]`;
    const controller = new AbortController();
    const { signal } = controller;
    let logged = false;

    /** Wrap a callback so it cannot throw into the page, and logs its first error. */
    const guard =
      (fn) =>
      (...args) => {
        if (signal.aborted) return undefined;
        try {
          return fn(...args);
        } catch (e) {
          if (!logged) {
            logged = true;
            console.warn(tag, 'adapter failed (further errors are not logged):', e);
            health(false, 'adapter-error');
          }
          return undefined;
        }
      };

    const timeout = (fn, ms) => {
      const id = setTimeout(guard(fn), ms);
      signal.addEventListener('abort', () => clearTimeout(id), { once: true });
      return id;
    };

    const send = (message) =>
      chrome.runtime.sendMessage(message).catch((e) => {
        if (!signal.aborted) console.warn(tag, 'worker unreachable:', e?.message ?? e);
      });

    // --- health ---------------------------------------------------------------
    let lastHealth = '';
    function health(ok, problem = '') {
      const key = ok ? 'ok' : problem;
      if (key === lastHealth) return;
      lastHealth = key;
      send({ kind: 'siteHealth', site: adapter.id, ok, problem });
    }
    function checkHealth() {
      if (!first(adapter.selectors.composer)) health(false, 'composer-not-found');
      else if (!first(adapter.selectors.thread)) health(false, 'thread-not-found');
      else health(true);
    }

    // --- turns ----------------------------------------------------------------
    let navNonce = Math.random().toString(36).slice(2, 8);
    const threadId = () => {
      const id = adapter.threadId ? adapter.threadId(location) : location.pathname;
      // Two different new chats must not share keys: the same first message in both
      // is two turns.
      return id === 'new' ? `new-${navNonce}` : id;
    };

    // What each user turn says, read once: `innerText` (the text as rendered, which is
    // what the snapshot of the composer is compared with) forces a layout, and a long
    // thread must not be re-read on every change. A turn's entry is dropped when a
    // mutation lands inside it (`forget`); a re-rendered copy of a turn (a new element
    // with the same raw text) takes the entry of the one it replaced.
    /** @typedef {{raw: string, text: string, hash: string}} Read */
    /** @type {WeakMap<Element, Read>} */
    const reads = new WeakMap();
    /** The last pass's reads by raw text (`textContent`), for re-rendered copies. */
    /** @type {Map<string, Read>} */
    let readsByRaw = new Map();

    /** @returns {Read} */
    function read(el, byRaw) {
      let entry = reads.get(el);
      if (!entry) {
        const raw = el.textContent ?? '';
        entry = readsByRaw.get(raw);
        if (!entry) {
          const text = normalize(/** @type {HTMLElement} */ (el).innerText ?? raw);
          entry = { raw, text, hash: text ? hash(text) : '' };
        }
        reads.set(el, entry);
      }
      byRaw.set(entry.raw, entry);
      return entry;
    }

    /** Drop the reads of the user turns these mutations changed. */
    function forget(records) {
      for (const record of records) {
        const node = record.type === 'characterData' ? record.target.parentElement : record.target;
        if (!node || node === watched || !(node instanceof Element)) continue;
        for (const selector of adapter.selectors.userTurn) {
          const turn = node.closest(selector);
          if (turn) reads.delete(turn);
        }
      }
    }

    /** The user turns currently rendered, in order: [{text, hash}], empty ones left out. */
    function turnList() {
      const byRaw = new Map();
      const list = every(adapter.selectors.userTurn)
        .map((el) => read(el, byRaw))
        .filter((entry) => entry.text);
      readsByRaw = byRaw;
      return list;
    }

    /** What this conversation was already told (content/draft.js), from the cached
     *  reads where there are some. textContent, not a read: a turn not read yet must not
     *  force a layout per keystroke. */
    function saidBefore() {
      return globalThis.PalateDraft?.said(adapter, (el) => reads.get(el)?.raw ?? el.textContent ?? '') ?? [];
    }

    /** Counts of each user-turn text currently rendered. */
    function renderedTurns() {
      const counts = new Map();
      for (const { text, hash: h } of turnList()) {
        const entry = counts.get(h) ?? { count: 0, text };
        entry.count += 1;
        counts.set(h, entry);
      }
      return counts;
    }

    let thread = guard(threadId)() ?? 'unknown';
    /** The user turns rendered at the last send gesture, before the new one. */
    let baseline = new Map();
    /**
     * The last send: its hash (null when the composer could not be read), and whether
     * the user has typed in the composer since.
     * @type {{hash: string | null, at: number, typed: boolean} | null}
     */
    let armed = null;

    function report(text, ordinal) {
      const id = `${adapter.id}:${thread}:${hash(text)}:${ordinal}`;
      // Learning off for this site, paused, or a private window: nothing leaves the page.
      const settings = globalThis.PalateSettings;
      (settings?.ready ?? Promise.resolve()).then(() => {
        if (signal.aborted || (settings && !settings.learns(adapter.id))) return;
        send({ kind: 'observe', id, site: adapter.id, text }).then((reply) => {
          if (reply && !reply.ok) console.warn(tag, 'not learned:', reply.error);
        });
      });
    }

    // Offering the preamble (ask / auto), when suggest.js is loaded.
    const suggestion = guard(() => globalThis.PalateSuggest?.start({
      adapter,
      composer: () => first(adapter.selectors.composer),
      sendControl: () => first(adapter.selectors.send),
      read: composerText,
      said: saidBefore,
      normalize,
      guard,
      timeout,
      send,
      signal,
    }))();

    function onSendGesture() {
      // Enter and a click on the send control both fired for one send (checked first:
      // auto mode's insertion below is an input event, which would look like typing).
      if (armed && !armed.typed && Date.now() - armed.at < 1_000) return;
      bind(); // a send is when a lazily rendered thread container appears
      suggestion?.atSend(); // auto mode writes the preamble before the site reads the draft
      const composer = first(adapter.selectors.composer);
      const text = composer ? normalize(composerText(composer)) : '';
      if (!text && composer) {
        armed = null;
        return;
      }
      // In the capture phase: before the site's own handler renders the new turn.
      if (threadId() !== thread) thread = threadId();
      baseline = renderedTurns();
      const h = text ? hash(text) : null;
      armed = { hash: h, at: Date.now(), typed: false };
      if (h) report(text, (baseline.get(h)?.count ?? 0) + 1);
    }

    function onInput(event) {
      if (armed && first(adapter.selectors.composer)?.contains(/** @type {Node} */ (event.target))) armed.typed = true;
    }

    function onKeydown(event) {
      if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
      const composer = first(adapter.selectors.composer);
      if (composer && composer.contains(/** @type {Node} */ (event.target))) onSendGesture();
    }

    function onClick(event) {
      const target = /** @type {Element} */ (event.target);
      if (!target?.closest) return;
      if (adapter.selectors.send.some((s) => target.closest(s))) onSendGesture();
    }

    function reconcile() {
      if (threadId() !== thread) {
        // Another conversation: what it shows is history. (A turn just sent from the
        // new-chat page was reported under the new-chat key.)
        thread = threadId();
        if (armed?.hash === null) baseline = renderedTurns();
        return;
      }
      // A send whose words were read is reported already: only one whose composer
      // could not be read waits for its rendered turn. Nothing else reads the thread.
      if (!armed || armed.hash !== null) return;
      if (Date.now() - armed.at > ARM_MS) {
        armed = null;
        return;
      }
      const now = renderedTurns();
      for (const [h, entry] of now) {
        const before = baseline.get(h)?.count ?? 0;
        if (entry.count > before) {
          report(entry.text, before + 1);
          armed = null;
          return;
        }
      }
      baseline = now;
    }

    // --- the thread observer, re-bound when the container is replaced ----------
    // One timer, restarted per batch (not `timeout`, which would add an abort listener
    // per batch for the whole session).
    let timer = 0;
    const pass = guard(
      probed('reconcile', () => {
        bind();
        reconcile();
      }),
    );
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(pass, DEBOUNCE_MS);
    };
    signal.addEventListener('abort', () => clearTimeout(timer));
    const threadObserver = new MutationObserver(
      probed('batch', (records) => {
        forget(records);
        schedule();
      }),
    );
    // Child lists of the container's ancestors only: fires when the container (or a
    // block holding it) is swapped out, not on every change of the page.
    const ancestorObserver = new MutationObserver(
      probed('ancestors', () => {
        if (!watched?.isConnected) schedule();
      }),
    );
    signal.addEventListener('abort', () => {
      threadObserver.disconnect();
      ancestorObserver.disconnect();
    });

    /** @type {Element | null} */
    let watched = null;
    function bind() {
      const container = first(adapter.selectors.thread);
      if (container === watched && container?.isConnected) return;
      threadObserver.disconnect();
      ancestorObserver.disconnect();
      watched = container;
      if (!container) return;
      threadObserver.observe(container, { childList: true, subtree: true, characterData: true });
      for (let node = container.parentNode; node; node = node.parentNode) {
        ancestorObserver.observe(node, { childList: true });
      }
    }

    /** After an in-page navigation: a new thread, maybe a new container. */
    function navigated() {
      navNonce = Math.random().toString(36).slice(2, 8);
      suggestion?.navigated();
      bind();
      reconcile();
      whenSettled(); // the app may re-render its composer after the URL changed
    }

    // --- waiting for the app to render, then judging health --------------------
    /** @type {MutationObserver | null} */
    let waiter = null;
    function whenSettled() {
      if (first(adapter.selectors.composer) && first(adapter.selectors.thread)) {
        checkHealth();
        return;
      }
      if (waiter) return; // already waiting
      // The app may still be rendering: watch the page only until the composer is
      // there or the page has been quiet for a while, then judge once.
      let quiet = 0;
      let cap = 0;
      const done = () => {
        waiter?.disconnect();
        waiter = null;
        clearTimeout(quiet);
        clearTimeout(cap);
        bind();
        reconcile();
        checkHealth();
      };
      waiter = new MutationObserver(
        guard(() => {
          if (first(adapter.selectors.composer) && first(adapter.selectors.thread)) return done();
          clearTimeout(quiet);
          quiet = timeout(done, QUIET_MS);
        }),
      );
      waiter.observe(document.documentElement, { childList: true, subtree: true });
      quiet = timeout(done, QUIET_MS);
      cap = timeout(done, SETTLE_CAP_MS);
    }
    signal.addEventListener('abort', () => waiter?.disconnect());

    document.addEventListener('keydown', probed('keydown', guard(onKeydown)), { capture: true, signal });
    document.addEventListener('click', probed('click', guard(onClick)), { capture: true, signal });
    document.addEventListener('input', guard(onInput), { capture: true, signal });
    guard(bind)();
    guard(whenSettled)();

    /**
     * Every user turn of the conversation on screen, in order, keyed as a send of it
     * would have been (the n-th time the same words appear in this thread), so the
     * worker can tell which are learned already. Assistant turns are never read.
     */
    function threadTurns() {
      if (threadId() !== thread) thread = threadId();
      const seen = new Map();
      return turnList().map(({ text, hash: h }) => {
        const n = (seen.get(h) ?? 0) + 1;
        seen.set(h, n);
        return { id: `${adapter.id}:${thread}:${h}:${n}`, text };
      });
    }

    return {
      adapter,
      navigated: guard(navigated),
      stop: () => controller.abort(),
      /** @returns {{id: string, text: string}[] | undefined} undefined when the adapter failed */
      threadTurns: guard(threadTurns),
      /** @param {string} text */
      async insert(text) {
        try {
          return await globalThis.PalateInsert.insert(first(adapter.selectors.composer), text);
        } catch (e) {
          guard(() => {
            throw e;
          })();
          return { ok: false, inserted: false, copied: false, problem: String(e?.message ?? e) };
        }
      },
    };
  }

  /** @type {ReturnType<typeof session> | null} */
  let current = null;
  let lastHref = location.href;

  /** Start, keep, or end the session for the page now shown. */
  function onLocation() {
    if (location.href === lastHref && current) return;
    lastHref = location.href;
    const adapter = globalThis.PalateSites.forLocation(location);
    if (current && current.adapter === adapter) return current.navigated();
    current?.stop();
    current = start(adapter);
  }

  /** A session for `adapter`, or null; an adapter that cannot even start stays off. */
  function start(adapter) {
    if (!adapter) return null;
    try {
      return session(adapter);
    } catch (e) {
      console.warn(`[palate:${adapter.id}]`, 'adapter failed to start:', e);
      return null;
    }
  }

  current = start(globalThis.PalateSites.forLocation(location));
  globalThis.navigation?.addEventListener('currententrychange', () => queueMicrotask(onLocation));
  addEventListener('popstate', onLocation);

  // The popup asks for the conversation's user turns, to learn them when the user
  // asks ("Learn from this conversation"). Reads only; the worker decides.
  chrome.runtime.onMessage.addListener((msg, sender, respond) => {
    if (msg?.kind !== 'threadTurns' || sender.id !== chrome.runtime.id) return false;
    onLocation();
    const turns = current?.threadTurns();
    respond(
      turns
        ? { ok: true, site: current.adapter.id, turns }
        : { ok: false, site: current?.adapter.id ?? '', turns: [], problem: current ? 'the page could not be read' : 'no chat on this page' },
    );
    return false;
  });

  // The popup asks for a preamble in the composer. Never sends the message.
  chrome.runtime.onMessage.addListener((msg, sender, respond) => {
    if (msg?.kind !== 'insert' || sender.id !== chrome.runtime.id) return false;
    onLocation();
    if (!current) {
      respond({ ok: false, inserted: false, copied: false, problem: 'no chat on this page' });
      return false;
    }
    current.insert(msg.text).then(respond);
    return true;
  });
})();
