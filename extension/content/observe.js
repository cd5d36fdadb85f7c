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
(() => {
  const adapter = globalThis.PalateSites?.forLocation(location);
  if (!adapter || globalThis.__palateObserver) return;
  globalThis.__palateObserver = true;

  const tag = `[palate:${adapter.id}]`;
  const ARM_MS = 30_000;
  const DEBOUNCE_MS = 150;

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

  const normalize = (text) => (text ?? '').replace(/\s+/g, ' ').trim();

  /** FNV-1a, 32 bits, as 8 hex digits: a short stable key for a text. */
  function hash(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return (h >>> 0).toString(16).padStart(8, '0');
  }

  const threadId = () => (adapter.threadId ? adapter.threadId(location) : location.pathname);

  function composerText(el) {
    return 'value' in el && typeof el.value === 'string' ? el.value : el.innerText;
  }

  /** Counts of each user-turn text currently rendered in the thread. */
  function renderedTurns() {
    const counts = new Map();
    for (const el of every(adapter.selectors.userTurn)) {
      const text = normalize(el.innerText);
      if (!text) continue;
      const h = hash(text);
      const entry = counts.get(h) ?? { count: 0, text };
      entry.count += 1;
      counts.set(h, entry);
    }
    return counts;
  }

  let thread = threadId();
  let baseline = renderedTurns();
  /** @type {{hash: string | null, at: number} | null} */
  let armed = null;

  function report(text, ordinal) {
    const h = hash(text);
    const id = `${adapter.id}:${thread}:${h}:${ordinal}`;
    chrome.runtime
      .sendMessage({ kind: 'observe', id, site: adapter.id, text })
      .then((reply) => {
        if (!reply?.ok) console.warn(tag, 'not learned:', reply?.error);
      })
      .catch((e) => console.warn(tag, 'worker unreachable:', e?.message ?? e));
  }

  function onSendGesture() {
    const composer = first(adapter.selectors.composer);
    const text = composer ? normalize(composerText(composer)) : '';
    if (armed && Date.now() - armed.at < 1_000) return; // Enter and click both fired
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
    if (adapter.selectors.send.some((s) => target.closest?.(s))) onSendGesture();
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

  let timer = 0;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      try {
        reconcile();
      } catch (e) {
        console.warn(tag, 'observer failed:', e);
      }
    }, DEBOUNCE_MS);
  });

  /** Watch the thread container, re-binding when a navigation replaces it. */
  let watched = null;
  function bind() {
    const container = first(adapter.selectors.thread) ?? document.body;
    if (container === watched) return;
    observer.disconnect();
    watched = container;
    observer.observe(container, { childList: true, subtree: true, characterData: true });
  }

  document.addEventListener('keydown', onKeydown, true);
  document.addEventListener('click', onClick, true);
  globalThis.navigation?.addEventListener('navigatesuccess', () => {
    bind();
    reconcile();
  });
  bind();
})();
