// Shared turn observation for every site: finds the adapter for this page, watches
// for the user's sends, and reports each sent turn to the service worker once.
//
// How a turn is learned exactly once:
// - A send gesture (Enter without Shift in the composer, or a click on the send
//   control, both in the capture phase) snapshots the composer text and reports it
//   at once: the fast path, which survives the tab closing right after.
// - The same gesture "arms" the thread observer for one new user turn. When the
//   rendered turn appears it is matched to the snapshot and not reported again; if
//   the snapshot could not be read, the rendered text is reported instead.
// - User turns that appear while nothing is armed (history loading, re-renders,
//   switching threads) only update the baseline: history is never learned.
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

    /** Counts of each user-turn text currently rendered. */
    function renderedTurns() {
      const counts = new Map();
      for (const el of every(adapter.selectors.userTurn)) {
        const text = normalize(/** @type {HTMLElement} */ (el).innerText ?? el.textContent);
        if (!text) continue;
        const h = hash(text);
        const entry = counts.get(h) ?? { count: 0, text };
        entry.count += 1;
        counts.set(h, entry);
      }
      return counts;
    }

    let thread = guard(threadId)() ?? 'unknown';
    let baseline = guard(renderedTurns)() ?? new Map();
    /** @type {{hash: string | null, at: number} | null} */
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
      normalize,
      guard,
      timeout,
      send,
      signal,
    }))();

    function onSendGesture() {
      bind(); // a send is when a lazily rendered thread container appears
      suggestion?.atSend(); // auto mode writes the preamble before the site reads the draft
      const composer = first(adapter.selectors.composer);
      if (armed && Date.now() - armed.at < 1_000) return; // Enter and click both fired
      const text = composer ? normalize(composerText(composer)) : '';
      if (!text) {
        armed = composer ? null : { hash: null, at: Date.now() };
        return;
      }
      const h = hash(text);
      armed = { hash: h, at: Date.now() };
      report(text, (baseline.get(h)?.count ?? 0) + 1);
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
      const now = renderedTurns();
      if (threadId() !== thread) {
        // Another conversation: its turns are history. A turn we just sent from the
        // new-chat page is already reported by its snapshot.
        thread = threadId();
        baseline = now;
        if (armed?.hash && now.has(armed.hash)) armed = null;
        return;
      }
      if (armed && Date.now() - armed.at > ARM_MS) armed = null;
      for (const [h, entry] of now) {
        const before = baseline.get(h)?.count ?? 0;
        for (let n = before + 1; n <= entry.count; n++) {
          if (!armed) continue; // history or a re-render: not a send
          if (armed.hash === null) report(entry.text, n); // snapshot failed: use the render
          armed = null;
        }
      }
      baseline = now;
    }

    // --- the thread observer, re-bound when the container is replaced ----------
    let timer = 0;
    const schedule = () => {
      clearTimeout(timer);
      timer = timeout(() => {
        bind();
        reconcile();
      }, DEBOUNCE_MS);
    };
    const threadObserver = new MutationObserver(schedule);
    // Child lists of the container's ancestors only: fires when the container (or a
    // block holding it) is swapped out, not on every change of the page.
    const ancestorObserver = new MutationObserver(() => {
      if (!watched?.isConnected) schedule();
    });
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

    document.addEventListener('keydown', guard(onKeydown), { capture: true, signal });
    document.addEventListener('click', guard(onClick), { capture: true, signal });
    guard(bind)();
    guard(whenSettled)();

    return {
      adapter,
      navigated: guard(navigated),
      stop: () => controller.abort(),
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
