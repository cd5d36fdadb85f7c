// The chip that offers a preamble next to the composer (inject mode "ask"): the
// preamble, its token count, Insert and dismiss. It lives in a closed shadow root on
// an element Palate owns, so the page's styles and scripts cannot reach into it, and
// every text is set with textContent. It is placed above the composer (below it when
// there is no room), clear of the send control, and follows the system's light or
// dark scheme. It only shows and hides itself: suggest.js decides when.
(() => {
  if (globalThis.PalateChip) return;

  const GAP = 6;
  const MAX_WIDTH = 520;

  const CSS = `
    :host { all: initial; pointer-events: none; }
    .chip {
      pointer-events: auto; box-sizing: border-box; display: inline-flex; align-items: center; gap: 6px; max-width: 100%;
      padding: 3px 3px 3px 10px; border: 1px solid #d4d4d8; border-radius: 999px;
      background: #ffffff; color: #1f2328; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.12);
      font: 12px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif;
    }
    .mark { flex: none; font-weight: 600; color: #7c3aed; }
    .text { flex: 1 1 auto; min-width: 0; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
    .tokens { flex: none; color: #6b7280; font-variant-numeric: tabular-nums; }
    button {
      flex: none; font: inherit; color: inherit; cursor: pointer; margin: 0;
      border: 1px solid transparent; border-radius: 999px; background: transparent; padding: 2px 8px;
    }
    button.insert { background: #7c3aed; color: #ffffff; font-weight: 600; }
    button.insert:hover { background: #6d28d9; }
    button.dismiss { padding: 2px 7px; color: #6b7280; }
    button.dismiss:hover { background: #f3f4f6; color: #1f2328; }
    button:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
    @media (prefers-color-scheme: dark) {
      .chip { background: #26262b; color: #ececf1; border-color: #3f3f46; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.5); }
      .mark { color: #c4b5fd; }
      .tokens, button.dismiss { color: #a1a1aa; }
      button.insert { background: #8b5cf6; }
      button.dismiss:hover { background: #3f3f46; color: #ececf1; }
    }
    @media (prefers-reduced-motion: no-preference) { .chip { animation: in 120ms ease-out; } }
    @keyframes in { from { opacity: 0; transform: translateY(2px); } }
  `;

  /** A style sheet for the shadow root: constructed sheets are not inline styles for a page's CSP. */
  function styles(root) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
    } catch {
      const style = document.createElement('style');
      style.textContent = CSS;
      root.append(style);
    }
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /**
   * A chip for one content-script session.
   * @param {{onInsert: () => void, onDismiss: () => void, signal: AbortSignal}} options
   */
  function create({ onInsert, onDismiss, signal }) {
    const host = document.createElement('palate-chip');
    const root = host.attachShadow({ mode: 'closed' });
    styles(root);

    const chip = el('div', 'chip');
    chip.setAttribute('role', 'group');
    chip.setAttribute('aria-label', 'Palate: a reminder about you for this message');
    const mark = el('span', 'mark', 'Palate');
    mark.setAttribute('aria-hidden', 'true');
    const text = el('span', 'text');
    const tokens = el('span', 'tokens');
    const insert = el('button', 'insert', 'Insert');
    insert.type = 'button';
    insert.title = 'Insert at the start of your message (Alt+P)';
    insert.setAttribute('aria-keyshortcuts', 'Alt+P');
    const dismiss = el('button', 'dismiss', '\u00d7');
    dismiss.type = 'button';
    dismiss.title = 'Dismiss';
    dismiss.setAttribute('aria-label', 'Dismiss the reminder');
    chip.append(mark, text, tokens, insert, dismiss);
    root.append(chip);

    // A mouse click on the chip leaves the caret in the composer.
    chip.addEventListener('mousedown', (e) => e.preventDefault());
    insert.addEventListener('click', () => onInsert());
    dismiss.addEventListener('click', () => onDismiss());
    chip.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        onDismiss();
      }
    });

    Object.assign(host.style, {
      position: 'fixed',
      zIndex: '2147483647',
      top: '0px',
      left: '0px',
      display: 'block',
      maxWidth: `${MAX_WIDTH}px`,
      pointerEvents: 'none',
      margin: '0',
      padding: '0',
    });

    /** @type {Element | null} */
    let composer = null;
    /** @type {Element | null} */
    let sendControl = null;
    let frame = 0;

    /** Above the composer and the send control, or below both when there is no room. */
    function place() {
      frame = 0;
      if (!host.isConnected || !composer?.isConnected) return;
      const c = composer.getBoundingClientRect();
      const s = sendControl?.isConnected ? sendControl.getBoundingClientRect() : null;
      const top = Math.min(c.top, s && s.width ? s.top : Infinity);
      const bottom = Math.max(c.bottom, s && s.width ? s.bottom : -Infinity);
      const width = Math.max(160, Math.min(MAX_WIDTH, c.width, innerWidth - 8));
      host.style.width = `${width}px`;
      const h = host.getBoundingClientRect().height || 28;
      const y = top - GAP - h >= 4 ? top - GAP - h : Math.min(bottom + GAP, innerHeight - h - 4);
      const x = Math.max(4, Math.min(c.left, innerWidth - width - 4));
      host.style.top = `${Math.round(y)}px`;
      host.style.left = `${Math.round(x)}px`;
    }
    const schedule = () => {
      if (host.isConnected && !frame) frame = requestAnimationFrame(place);
    };
    addEventListener('scroll', schedule, { capture: true, passive: true, signal });
    addEventListener('resize', schedule, { passive: true, signal });
    signal.addEventListener('abort', () => {
      cancelAnimationFrame(frame);
      clearTimeout(noticeTimer);
      host.remove();
    });

    let noticeTimer = 0;
    const NOTICE_MS = 6_000;

    function showAt(near, send) {
      composer = near;
      sendControl = send;
      if (!host.isConnected) document.documentElement.append(host);
      place();
    }

    return {
      /**
       * @param {{text: string, tokens: number}} preamble
       * @param {Element} near  the composer
       * @param {Element | null} send  the send control, kept clear
       */
      show(preamble, near, send) {
        if (signal.aborted) return;
        clearTimeout(noticeTimer);
        text.textContent = preamble.text;
        text.title = preamble.text;
        tokens.textContent = `${preamble.tokens} tokens`;
        tokens.hidden = insert.hidden = false;
        showAt(near, send);
      },
      /** A short message in place of the preamble (no Insert), gone after a few seconds. */
      notice(message, near, send) {
        if (signal.aborted || !near) return;
        clearTimeout(noticeTimer);
        text.textContent = message;
        text.title = message;
        tokens.hidden = insert.hidden = true;
        showAt(near, send);
        noticeTimer = setTimeout(() => host.remove(), NOTICE_MS);
      },
      hide() {
        clearTimeout(noticeTimer);
        host.remove();
        composer = null;
        sendControl = null;
      },
      /** The chip offers a preamble now (not a notice). */
      get visible() {
        return host.isConnected && !insert.hidden;
      },
      /** Whether an event target is the chip (events from inside arrive retargeted to the host). */
      owns(node) {
        return node === host;
      },
      /** Keep up with a composer that grew or moved. */
      place: schedule,
    };
  }

  globalThis.PalateChip = { create };
})();
