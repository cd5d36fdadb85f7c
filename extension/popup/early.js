// The popup's first requests, sent before the rest of its code has loaded: popup.html
// runs this module on its own (async), and popup.js imports the same instance.

/** Where the popup keeps what it last showed (chrome.storage.session: in memory, for
 * Palate's own pages only, cleared by `wipe`). */
export const SNAPSHOT_KEY = 'popupSnapshot';

/** The worker's answer to `review`, as sent: `{ok, result}` or `{ok: false, error}`. */
export const fresh = chrome.runtime.sendMessage({ kind: 'review' });

let settled = false;
const done = () => {
  settled = true;
};
fresh.then(done, done);

/** Whether the worker has answered (then a snapshot is no use). */
export const answered = () => settled;

/** The first screen of memories as the popup last showed it (memories.js), or null. */
export const snapshot = chrome.storage.session.get(SNAPSHOT_KEY).then(
  (stored) => stored[SNAPSHOT_KEY] ?? null,
  () => null,
);
