// The messages the service worker understands, written down once.
// Content scripts and the popup send `{kind, ...}`; the worker answers
// `{ok: true, result}` or `{ok: false, error}`.

/**
 * @typedef {{kind: 'observe', id: string, site: string, text: string}} ObserveMessage
 *   A turn the user sent on a chat site. `id` is the content script's stable key for it.
 * @typedef {{kind: 'signals'}} SignalsMessage
 *   The signal log, oldest first.
 * @typedef {{kind: 'status'}} StatusMessage
 *   Counts for the popup.
 * @typedef {ObserveMessage | SignalsMessage | StatusMessage} Message
 */

/** Required fields and their `typeof`, per message kind. */
export const MESSAGES = Object.freeze({
  observe: { id: 'string', site: 'string', text: 'string' },
  signals: {},
  status: {},
});

/**
 * Check a message's shape. Returns an error sentence, or null when it is valid.
 * @param {unknown} msg
 * @returns {string | null}
 */
export function invalid(msg) {
  if (msg === null || typeof msg !== 'object') return 'a message must be an object';
  const kind = /** @type {{kind?: unknown}} */ (msg).kind;
  if (typeof kind !== 'string' || !Object.hasOwn(MESSAGES, kind)) {
    return `unknown message kind ${JSON.stringify(kind)}`;
  }
  for (const [field, type] of Object.entries(MESSAGES[kind])) {
    if (typeof msg[field] !== type) return `${kind}: "${field}" must be a ${type}`;
  }
  return null;
}
