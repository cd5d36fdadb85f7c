// Writes Palate's preamble into a chat site's composer so the site's own editor
// state (React, ProseMirror, Lexical, Quill) holds it, exactly as if the user had
// typed it. Never sends: the user reviews the draft and sends it themselves.
//
// Each technique is tried in order and the editor is read back after it; the first
// that shows the text wins, so a technique the editor half-handles cannot double it.
// If none does, the text goes to the clipboard and the caller tells the user. A send
// (or another conversation) while it works makes it stop: the composer is the site's
// again, and writing on would put the preamble into the next, empty draft.
(() => {
  if (globalThis.PalateInsert) return;

  /** A preamble is `[Palate: ...]` with no other `]` (see crate/src/signal.rs). */
  const PREAMBLE = /^\[Palate:[^\]]*\]$/;

  /** Let the editor's observers and re-renders (microtasks, then a task) run. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

  const nativeValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');

  /** Text the editor shows, read the way the editor renders it. */
  const shown = (el) => (el instanceof HTMLTextAreaElement ? el.value : el.innerText);

  /** Type `block` at the textarea's start as the browser's editing would; whether it took. */
  function typeAtStart(el, block) {
    el.focus();
    el.setSelectionRange(0, 0);
    try {
      return document.execCommand('insertText', false, block);
    } catch {
      return false;
    }
  }

  /**
   * React tracks a textarea's value through the element's own setter: write through the
   * prototype's setter and announce it with an input event, as typing does.
   */
  function setValue(el, value) {
    nativeValue.set.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }

  /**
   * The caret goes to the end in the same task as the write: moved later, it would
   * undo whatever the user selected in the meantime (a select-all to clear the draft).
   */
  const caretToEnd = (el) => el.setSelectionRange(el.value.length, el.value.length);

  async function intoTextarea(el, text, stale) {
    const block = text + '\n\n';
    const done = typeAtStart(el, block);
    if (done) caretToEnd(el);
    await settle();
    if (stale()) return false;
    if (!(done && el.value.startsWith(text))) {
      setValue(el, block + el.value.replace(/^\[Palate:[^\]]*\]\s*/, ''));
      caretToEnd(el);
      await settle();
    }
    return el.value.startsWith(text);
  }

  /** Collapse the selection at the very start of a contenteditable's first text. */
  function caretAtStart(el) {
    let node = el;
    while (node.firstChild && node.firstChild.nodeType === Node.ELEMENT_NODE && node.firstChild.nodeName !== 'BR') {
      node = node.firstChild;
    }
    const target = node.firstChild?.nodeType === Node.TEXT_NODE ? node.firstChild : node;
    const selection = el.ownerDocument.getSelection();
    selection.removeAllRanges();
    const range = el.ownerDocument.createRange();
    range.setStart(target, 0);
    range.collapse(true);
    selection.addRange(range);
  }

  /** The ways a contenteditable editor can be asked to insert text, gentlest first. */
  /** Ask the editor to insert `text` at the selection; returns the event (claimed when defaultPrevented). */
  function beforeInput(el, text) {
    const event = new InputEvent('beforeinput', {
      inputType: 'insertText',
      data: text,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    el.dispatchEvent(event);
    return event;
  }

  const techniques = [
    beforeInput,
    function execCommand(_el, text) {
      document.execCommand('insertText', false, text);
    },
    function paste(el, text) {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
  ];

  /**
   * The blank line between the preamble and the draft: a paragraph break, asked of
   * the editor first (Lexical handles a beforeinput insertParagraph), else the
   * browser's own (ProseMirror and Quill read it back from the DOM). Cosmetic: the
   * preamble ends with `]`, so it is cut cleanly even without the break.
   */
  function paragraphBreak(el) {
    const event = new InputEvent('beforeinput', {
      inputType: 'insertParagraph',
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    el.dispatchEvent(event);
    if (event.defaultPrevented) return;
    try {
      document.execCommand('insertParagraph');
    } catch {
      /* no break: still a valid preamble */
    }
  }

  async function intoContentEditable(el, text, stale) {
    for (const technique of techniques) {
      el.focus();
      caretAtStart(el);
      await settle(); // editors sync their selection on selectionchange
      if (stale()) return false;
      try {
        technique(el, text);
      } catch {
        continue;
      }
      await settle();
      if (stale()) return false;
      if (shown(el).includes(text)) {
        paragraphBreak(el);
        await settle();
        // An editor that rejects a foreign DOM change reverts it: check again.
        if (shown(el).includes(text)) return true;
      }
    }
    return false;
  }

  /**
   * Insert `text` (a `[Palate: ...]` preamble) at the start of `composer`.
   * @param {Element | null} composer
   * @param {string} text
   * @param {() => boolean} [stale] true once the draft was sent or left: stop, copy nothing
   * @returns {Promise<{ok: boolean, inserted: boolean, copied: boolean, problem: string | null}>}
   */
  async function insert(composer, text, stale = () => false) {
    if (typeof text !== 'string' || !PREAMBLE.test(text)) {
      return { ok: false, inserted: false, copied: false, problem: 'not a Palate preamble' };
    }
    let inserted = false;
    let problem = null;
    if (!composer) {
      problem = 'composer not found';
    } else if (shown(composer).includes(text)) {
      inserted = true; // already there: inserting twice would only repeat it
    } else {
      try {
        inserted =
          composer instanceof HTMLTextAreaElement
            ? await intoTextarea(composer, text, stale)
            : await intoContentEditable(/** @type {HTMLElement} */ (composer), text, stale);
      } catch (e) {
        problem = `insertion failed: ${e?.message ?? e}`;
      }
      if (!inserted) problem ??= 'the editor did not take the text';
    }
    if (inserted) return { ok: true, inserted: true, copied: false, problem: null };
    if (stale()) return { ok: false, inserted: false, copied: false, problem: 'the draft was sent meanwhile' };
    let copied = false;
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch {
      copied = false;
    }
    return { ok: copied, inserted: false, copied, problem };
  }

  /**
   * Insert `text` at the start of `composer` now, without waiting for the editor: for
   * the moment of sending (auto mode), when the site's own send handler runs right
   * after this returns. Editors that update their state from DOM mutations (or in a
   * microtask) have done so before the next event listener runs. One technique per
   * editor, chosen without reading back, so nothing can be inserted twice: the editor
   * either claims the synthetic `beforeinput` (Lexical) or it has no effect and the
   * browser's own editing does it. Returns whether it was attempted; read the editor
   * back later to know whether it took.
   * @param {Element | null} composer
   * @param {string} text
   */
  function insertNow(composer, text) {
    if (!composer || typeof text !== 'string' || !PREAMBLE.test(text)) return false;
    if (shown(composer).includes(text)) return true;
    if (composer instanceof HTMLTextAreaElement) {
      const block = text + '\n\n';
      // execCommand fires `input` synchronously: a textarea's value is final here.
      if (!(typeAtStart(composer, block) && composer.value.startsWith(text))) setValue(composer, block + composer.value);
      caretToEnd(composer);
      return true;
    }
    const el = /** @type {HTMLElement} */ (composer);
    el.focus();
    caretAtStart(el);
    if (!beforeInput(el, text).defaultPrevented) document.execCommand('insertText', false, text);
    paragraphBreak(el);
    return true;
  }

  globalThis.PalateInsert = { insert, insertNow, PREAMBLE };
})();
