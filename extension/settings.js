// User settings that the content scripts must read without asking the worker, kept
// in chrome.storage.local (content scripts read them directly and follow
// chrome.storage.onChanged). Engine parameters (budget, floor, half-lives) live in
// the engine's own settings, through the worker's `params` / `setParams` messages.
//
// chrome.storage.local keys:
//   sites: { [siteId]: { learn: boolean, inject: 'off' | 'ask' | 'auto' } }
//          a site absent from the map uses SITE_DEFAULTS
//   paused: boolean            global pause: learn nothing, inject nothing
//   incognitoLearning: boolean learn in private windows too (off by default)
//
// Content scripts are classic scripts and cannot import this module; they read the
// same keys and apply the same defaults (extension/content/settings-reader.js).

/** @typedef {'off' | 'ask' | 'auto'} InjectMode */
/** @typedef {{learn: boolean, inject: InjectMode}} SiteSettings */

export const INJECT_MODES = Object.freeze(['off', 'ask', 'auto']);
export const SITE_DEFAULTS = Object.freeze({ learn: true, inject: 'ask' });

/**
 * One site's settings, with defaults filled in and bad values replaced.
 * @param {unknown} stored
 * @returns {SiteSettings}
 */
export function siteSettings(stored) {
  const s = stored && typeof stored === 'object' ? stored : {};
  return {
    learn: typeof s.learn === 'boolean' ? s.learn : SITE_DEFAULTS.learn,
    inject: INJECT_MODES.includes(s.inject) ? s.inject : SITE_DEFAULTS.inject,
  };
}

/** Every setting, defaults filled in. */
export async function readSettings() {
  const { sites = {}, paused = false, incognitoLearning = false } = await chrome.storage.local.get([
    'sites',
    'paused',
    'incognitoLearning',
  ]);
  return { sites, paused: paused === true, incognitoLearning: incognitoLearning === true };
}

/**
 * Change one site's settings (only the given fields).
 * @param {string} site
 * @param {Partial<SiteSettings>} change
 */
export async function updateSite(site, change) {
  const { sites = {} } = await chrome.storage.local.get('sites');
  const next = siteSettings({ ...siteSettings(sites[site]), ...change });
  await chrome.storage.local.set({ sites: { ...sites, [site]: next } });
  return next;
}
