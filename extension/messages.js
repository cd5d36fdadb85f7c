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
 * @typedef {{kind: 'preamble', draft: string, said?: string[]}} PreambleMessage
 *   The preamble for a draft: {text, tokens, used, topics}; text is '' when nothing is
 *   relevant. `said`: the conversation's earlier user turns that carry a preamble, as
 *   the page shows them; what they said is not said again (the core reads at most the
 *   latest 32). `topics` names the memories it used (a cluster's: its members), ready for
 *   a feedback edit. When the configured embedding provider cannot embed the draft,
 *   text is '' and `error` says why.
 * @typedef {{kind: 'review'}} ReviewMessage
 *   What Palate has learned: {clusters, unclustered, faded}.
 * @typedef {{kind: 'edit', edit: {op: string, topic?: string}}} EditMessage
 *   A user's correction (ops: topic, flip, kind, pin, hide, delete, add, restore, feedback,
 *   dismiss_suggestion, describe_cluster, dismiss_cluster_suggestion, automatic_description).
 *   Feedback on an offered preamble: `{op: 'feedback', topics: [...], feedback: 'kept' |
 *   'dismissed'}`. A cluster is named by some of its members' topics:
 *   `{op: 'describe_cluster', members: [...], description}` writes (and pins) its words,
 *   `{op: 'dismiss_cluster_suggestion', members: [...]}` drops automation's proposal,
 *   `{op: 'automatic_description', members: [...]}` hands the user's words back to
 *   automation (crate/src/memory/edit.rs).
 * @typedef {{kind: 'params'}} ParamsMessage
 *   The engine's parameters.
 * @typedef {{kind: 'setParams', params: object}} SetParamsMessage
 *   Validate, store and apply new parameters.
 * @typedef {{kind: 'rebuild'}} RebuildMessage
 *   Rebuild memories and clusters from the signal log.
 * @typedef {{kind: 'retry'}} RetryMessage
 *   Try a failed embedding-provider switch again, then extract (and embed) again the
 *   turns whose provider failed: {fixed, still_failing}.
 * @typedef {{kind: 'siteHealth', site: string, ok: boolean, problem: string}} SiteHealthMessage
 *   A content script could (ok) or could not find its site's composer or thread once the
 *   page settled. `problem` is empty when ok, else "composer-not-found",
 *   "thread-not-found" or "adapter-error" (the adapter threw). The worker keeps the
 *   latest per site in chrome.storage.session under "health" ({ok, problem, at}), for
 *   the popup ("this site's page changed; learning paused here").
 * @typedef {{kind: 'testProvider', which: 'extraction' | 'embedding'}} TestProviderMessage
 *   Try the provider configured in chrome.storage.local `providers[which]` (key in
 *   `providerKeys[which]`) with one tiny request. Answer: `{ok, status, message}`; `ok`
 *   false with a sentence saying what went wrong (HTTP status, the server's message,
 *   unreachable, timeout). Never throws for a provider failure.
 * @typedef {{kind: 'applyProviders'}} ApplyProvidersMessage
 *   Apply the providers stored in chrome.storage.local again (the options page sends it
 *   once Chrome's on-device model has downloaded). Answer: the extraction status as
 *   written to chrome.storage.session `providerStatus.extraction`.
 * @typedef {{kind: 'import', signals: object[]}} ImportMessage
 *   Signals from an export file. Every one is validated first; one invalid signal
 *   refuses the whole import (nothing changes). Signals whose id is already in the log
 *   are skipped. Answer: `{added, skipped: [{id, reason}]}`.
 * @typedef {{kind: 'wipe'}} WipeMessage
 *   Forget everything: the signal log, memories, clusters, settings and provider keys.
 * @typedef {{kind: 'learnThread', tabId: number, site: string, turns: {id: string, text: string}[]}} LearnThreadMessage
 *   From the popup only: the user asked to learn the conversation open in tab `tabId`;
 *   `turns` are its user turns as the tab's content script keyed them (`threadTurns`).
 *   Refused as observe is (paused, learning off for the site, a private window without
 *   incognitoLearning: the tab is looked up). Turns already learned are skipped, also
 *   one sent from the new-chat page before the conversation had its id. Answer:
 *   `{learned, already}`, or `{learned: 0, already: 0, skipped: reason}`.
 * @typedef {ObserveMessage | SignalsMessage | StatusMessage | SiteHealthMessage | PreambleMessage
 *   | ReviewMessage | EditMessage | ParamsMessage | SetParamsMessage | RebuildMessage
 *   | TestProviderMessage | ApplyProvidersMessage | ImportMessage | WipeMessage | LearnThreadMessage} Message
 *
 * Sent the other way, by the popup to a chat tab (`chrome.tabs.sendMessage`), and
 * answered by the content script, never by the worker:
 * @typedef {{kind: 'insert', text: string}} InsertMessage
 *   Put `text`, which must be a `[Palate: ...]` preamble, at the start of the composer's
 *   draft. Never sends. Answer: `{ok, inserted, copied, problem}`: `inserted` when the
 *   editor's text holds it; `copied` when the editor refused it and it went to the
 *   clipboard instead (tell the user to paste); `ok` when either happened; `problem`
 *   says why not inserted ("not a Palate preamble", "composer not found", ...).
 * @typedef {{kind: 'draft'}} DraftMessage
 *   What the user has typed in the composer so far, and the conversation's user turns
 *   that carry a preamble (content/draft.js), to pass on as the preamble's `said`.
 *   Answer: `{ok, site, text, said}`; `ok` false with `problem` when the page has no
 *   chat composer.
 * @typedef {{kind: 'threadTurns'}} ThreadTurnsMessage
 *   The user turns of the conversation on the page, in order, preambles cut, never the
 *   assistant's (content/observe.js). Answer: `{ok, site, turns: [{id, text}]}`, ids as
 *   a send of each would have been keyed; `ok` false with `problem` when there is no chat.
 */

/** A chat site's adapter id, as the core accepts it. */
export const SITE_ID = /^[a-z0-9-]{1,32}$/;

/** Required fields and their `typeof` (or `site`: a string that is a site id), per message kind. */
export const MESSAGES = Object.freeze({
  observe: { id: 'string', site: 'site', text: 'string' },
  signals: {},
  status: {},
  siteHealth: { site: 'site', ok: 'boolean', problem: 'string' },
  preamble: { draft: 'string' },
  review: {},
  edit: { edit: 'object' },
  params: {},
  setParams: { params: 'object' },
  rebuild: {},
  retry: {},
  testProvider: { which: 'string' },
  applyProviders: {},
  import: { signals: 'object' },
  wipe: {},
  learnThread: { tabId: 'number', site: 'site', turns: 'object' },
});

/**
 * What a chat page's content script may send; everything else comes from Palate's own
 * pages (popup, options). Edits from a chat page are feedback only.
 */
export const PAGE_KINDS = Object.freeze(['observe', 'siteHealth', 'preamble', 'edit']);

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
    const value = msg[field];
    if (type === 'site') {
      if (typeof value !== 'string' || !SITE_ID.test(value)) return `${kind}: "${field}" must be a site id`;
    } else if (typeof value !== type || value === null) return `${kind}: "${field}" must be a ${type}`;
  }
  return null;
}
