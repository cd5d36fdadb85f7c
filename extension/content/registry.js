// The adapter registry, shared by every content script of this extension (they run
// as classic scripts in one isolated world). Each file under sites/ registers one
// declarative adapter; observe.js picks the one matching the page.

/**
 * @typedef {'prosemirror' | 'quill' | 'lexical' | 'textarea'} EditorKind
 * @typedef {Object} Selectors  Ordered fallbacks: the first that matches wins.
 * @property {string[]} composer  The element the user types into.
 * @property {string[]} send      The control that sends the message.
 * @property {string[]} userTurn  A rendered message the user sent (never the assistant's).
 * @property {string[]} thread    The container of the conversation's turns.
 * @typedef {Object} Adapter
 * @property {string} id          Short site id, a-z0-9- ("chatgpt").
 * @property {string} label       Name shown to people ("ChatGPT").
 * @property {string[]} matches   Match patterns, as in manifest.json.
 * @property {EditorKind} editor  How the composer must be written to.
 * @property {Selectors} selectors
 * @property {(location: Location) => string} [threadId]  Which conversation is open.
 */

(() => {
  if (globalThis.PalateSites) return;

  /** @type {Adapter[]} */
  const adapters = [];

  /** Match-pattern host ("*.example.com" or "example.com") to a test on a hostname. */
  function hostMatcher(pattern) {
    const host = pattern.replace(/^[a-z*]+:\/\//, '').replace(/\/.*$/, '');
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      return (h) => h === base || h.endsWith('.' + base);
    }
    return (h) => h === host;
  }

  globalThis.PalateSites = {
    /** @param {Adapter} adapter */
    register(adapter) {
      adapters.push(Object.freeze(adapter));
    },
    /** @returns {Adapter | undefined} the adapter for this page's host. */
    forLocation(location) {
      return adapters.find((a) => a.matches.some((m) => hostMatcher(m)(location.hostname)));
    },
    all() {
      return adapters.slice();
    },
  };
})();
