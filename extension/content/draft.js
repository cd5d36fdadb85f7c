// Answers the popup's `{kind: 'draft'}`: the text the user has typed in this page's
// composer so far (any `[Palate: ...]` preamble left out), so the popup can show the
// preamble that draft would get. Reads only; never changes the page.
(() => {
  if (globalThis.PalateDraft) return;
  globalThis.PalateDraft = true;

  /** Drop Palate's own preambles, as observe.js and the core do. */
  const strip = (text) => text.replace(/\[Palate:[^\]]*\]\s*/g, '').trim();

  function composer(adapter) {
    for (const selector of adapter.selectors.composer) {
      try {
        const el = document.querySelector(selector);
        if (el) return el;
      } catch {
        // A broken selector is the adapter's problem, reported by observe.js.
      }
    }
    return null;
  }

  chrome.runtime.onMessage.addListener((msg, sender, respond) => {
    if (msg?.kind !== 'draft' || sender.id !== chrome.runtime.id) return false;
    const adapter = globalThis.PalateSites?.forLocation(location);
    const el = adapter && composer(adapter);
    if (!el) {
      respond({ ok: false, site: adapter?.id ?? '', text: '', problem: adapter ? 'composer not found' : 'no chat on this page' });
      return false;
    }
    const raw = el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : el.innerText ?? el.textContent ?? '';
    respond({ ok: true, site: adapter.id, text: strip(raw).slice(0, 16 * 1024) });
    return false;
  });
})();
