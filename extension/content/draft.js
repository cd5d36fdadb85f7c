// Answers the popup's `{kind: 'draft'}`: the text the user has typed in this page's
// composer so far (any `[Palate: ...]` preamble left out), and what this conversation
// was already told, so the popup can show the preamble that draft would get. Reads
// only; never changes the page.
(() => {
  if (globalThis.PalateDraft) return;

  /** Drop Palate's own preambles, as observe.js and the core do. */
  const strip = (text) => text.replace(/\[Palate:[^\]]*\]\s*/g, '').trim();

  /** The first of the selectors that matches; a broken selector is observe.js's to report. */
  function first(selectors) {
    for (const selector of selectors) {
      try {
        const el = document.querySelector(selector);
        if (el) return el;
      } catch {
        // next selector
      }
    }
    return null;
  }

  /**
   * The rendered user turns that carry a preamble, as the page shows them, latest last,
   * each cut to its head as the core reads it: what this conversation was told is not
   * told again (suggest.js, the popup). `text` reads a turn; observe.js passes its
   * cached reads. All of the first user-turn selector that matches, as observe.js reads
   * the thread.
   */
  function said(adapter, text = (el) => el.textContent ?? '') {
    let turns = [];
    for (const selector of adapter.selectors.userTurn) {
      try {
        turns = [...document.querySelectorAll(selector)];
      } catch {
        continue;
      }
      if (turns.length) break;
    }
    return turns
      .map((el) => text(el).slice(0, 2048))
      .filter((raw) => raw.includes('[Palate:'))
      .slice(-32);
  }

  globalThis.PalateDraft = { said };

  chrome.runtime.onMessage.addListener((msg, sender, respond) => {
    if (msg?.kind !== 'draft' || sender.id !== chrome.runtime.id) return false;
    const adapter = globalThis.PalateSites?.forLocation(location);
    const el = adapter && first(adapter.selectors.composer);
    if (!el) {
      respond({ ok: false, site: adapter?.id ?? '', text: '', said: [], problem: adapter ? 'composer not found' : 'no chat on this page' });
      return false;
    }
    const raw = el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : el.innerText ?? el.textContent ?? '';
    respond({ ok: true, site: adapter.id, text: strip(raw).slice(0, 16 * 1024), said: said(adapter) });
    return false;
  });
})();
