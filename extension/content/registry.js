// The adapter registry, shared by every content script of this extension (they run
// as classic scripts in one isolated world). Each file under sites/ registers one
// declarative adapter; observe.js picks the one matching the page.

/**
 * @typedef {'prosemirror' | 'quill' | 'lexical' | 'textarea'} EditorKind
 *   The editor library the site's composer uses. Insertion also looks at the element
 *   itself (a textarea is always written as a textarea), so a site that switches
 *   between a textarea and a contenteditable keeps working.
 * @typedef {Object} Selectors  Ordered fallbacks: the first that matches wins.
 *   Structure, ARIA and data attributes only; never English UI text.
 * @property {string[]} composer  The element the user types into.
 * @property {string[]} send      The control that sends the message.
 * @property {string[]} userTurn  A rendered message the user sent (never the assistant's).
 * @property {string[]} thread    The container of the conversation's turns; the thread
 *   observer watches only this element (end the list with a broad fallback such as `main`).
 * @typedef {Object} Adapter
 * @property {string} id          Short site id, a-z0-9- ("chatgpt").
 * @property {string} label       Name shown to people ("ChatGPT").
 * @property {string[]} matches   Match patterns, exactly as in manifest.json. The path
 *   counts: `https://x.com/i/grok*` activates on /i/grok and below only, also after an
 *   in-page navigation away from it.
 * @property {EditorKind} editor  How the composer must be written to.
 * @property {Selectors} selectors
 * @property {(location: Location) => string} [threadId]  Which conversation is open
 *   ("new" for a conversation not started yet).
 */

(() => {
  if (globalThis.PalateSites) return;

  /** @type {Adapter[]} */
  const adapters = [];

  const escape = (s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

  /**
   * Compile a match pattern (scheme://host/path, with `*` wildcards as Chrome defines
   * them) to a test on a URL. Returns null for a pattern Chrome would reject.
   * @param {string} pattern
   * @returns {((url: URL) => boolean) | null}
   */
  function compile(pattern) {
    const m = /^(https?|\*):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
    if (!m) return null;
    const [, scheme, host, path] = m;
    const hostOk =
      host === '*'
        ? () => true
        : host.startsWith('*.')
          ? (h) => h === host.slice(2) || h.endsWith(host.slice(1))
          : (h) => h === host;
    const pathRe = new RegExp('^' + path.split('*').map(escape).join('.*') + '$');
    return (url) =>
      (scheme === '*' ? /^https?:$/.test(url.protocol) : url.protocol === scheme + ':') &&
      hostOk(url.hostname) &&
      pathRe.test(url.pathname + url.search);
  }

  const compiled = new Map();
  function matcher(pattern) {
    if (!compiled.has(pattern)) compiled.set(pattern, compile(pattern));
    return compiled.get(pattern);
  }

  globalThis.PalateSites = {
    /** @param {Adapter} adapter */
    register(adapter) {
      adapters.push(Object.freeze(adapter));
    },
    /** @returns {Adapter | undefined} the adapter for this URL (host and path). */
    forLocation(location) {
      const url = new URL(location.href);
      return adapters.find((a) => a.matches.some((m) => matcher(m)?.(url)));
    },
    /** A match pattern's test, or null when Chrome would reject the pattern. */
    compile,
    all() {
      return adapters.slice();
    },
  };
})();
