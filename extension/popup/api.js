// Talking to the service worker, and the small formatting the popup shares.

/**
 * Ask the worker; resolves to its result or throws its error as an Error.
 * @param {string} kind
 * @param {object} [fields]
 */
export async function ask(kind, fields = {}) {
  return unwrap(await chrome.runtime.sendMessage({ kind, ...fields }));
}

/** The result in a worker's reply, or its error thrown as an Error. */
export function unwrap(reply) {
  if (!reply) throw new Error('Palate did not answer');
  if (!reply.ok) throw new Error(reply.error);
  return reply.result;
}

/** Send one user edit through the worker (it is logged in the signal log). */
export const edit = (e) => ask('edit', { edit: e });

const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const UNITS = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "3 days ago", "just now". */
export function ago(ms, now = Date.now()) {
  if (!ms) return 'never';
  const diff = ms - now;
  for (const [unit, size] of UNITS) {
    if (Math.abs(diff) >= size) return rtf.format(Math.round(diff / size), unit);
  }
  return 'just now';
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
export const day = (ms) => (ms ? dateFormat.format(new Date(ms)) : '');

/**
 * A strength (evidence-weighted, decaying, unbounded) as a 0..1 fill: saturating, so
 * one fresh "I love X" reads as strong and decay visibly empties the bar.
 */
export const fill01 = (strength, scale = 0.5) => {
  const s = Math.abs(Number(strength) || 0);
  return s / (s + scale);
};

/** Human name of a site id ("chatgpt" → "ChatGPT"); "popup" is the user's own hand. */
export function siteLabel(id) {
  if (id === 'popup') return 'you';
  return globalThis.PalateSites?.all().find((a) => a.id === id)?.label ?? id;
}

/** Every supported site: [{id, label}], in the registry's order. */
export function allSites() {
  return (globalThis.PalateSites?.all() ?? []).map((a) => ({ id: a.id, label: a.label }));
}

/** The supported site a URL belongs to, or undefined. */
export function siteForUrl(url) {
  if (!url) return undefined;
  try {
    return globalThis.PalateSites?.forLocation({ href: url });
  } catch {
    return undefined;
  }
}

export const KINDS = ['preference', 'style', 'fact'];
export const KIND_LABEL = { preference: 'Taste', style: 'Answer style', fact: 'About you' };
/** What the person said a named thing is (a memory's `named`). */
export const NAMED_LABEL = { music: 'music', books: 'books', screen: 'film & TV', games: 'games', podcasts: 'podcasts' };
