// The user's settings as the content script sees them: read from chrome.storage.local
// once, then kept current by chrome.storage.onChanged, so nothing asks the worker per
// keystroke. The keys and defaults are extension/settings.js's (a module, which a
// classic content script cannot import): keep the two in step.
(() => {
  if (globalThis.PalateSettings) return;

  const INJECT_MODES = ['off', 'ask', 'auto'];
  const SITE_DEFAULTS = { learn: true, inject: 'ask' };
  const KEYS = ['sites', 'paused', 'incognitoLearning'];

  /** One site's settings, defaults filled in and bad values replaced (settings.js `siteSettings`). */
  function siteSettings(stored) {
    const s = stored && typeof stored === 'object' ? stored : {};
    return {
      learn: typeof s.learn === 'boolean' ? s.learn : SITE_DEFAULTS.learn,
      inject: INJECT_MODES.includes(s.inject) ? s.inject : SITE_DEFAULTS.inject,
    };
  }

  let values = { sites: {}, paused: false, incognitoLearning: false };
  const listeners = new Set();

  function apply(raw) {
    const next = { ...values };
    if ('sites' in raw) next.sites = raw.sites && typeof raw.sites === 'object' ? raw.sites : {};
    if ('paused' in raw) next.paused = raw.paused === true;
    if ('incognitoLearning' in raw) next.incognitoLearning = raw.incognitoLearning === true;
    values = next;
    for (const fn of listeners) {
      try {
        fn();
      } catch (e) {
        console.warn('[palate] a settings listener failed:', e);
      }
    }
  }

  const storage = globalThis.chrome?.storage;
  // Without storage (a test page), the defaults hold.
  const ready = storage?.local
    ? storage.local.get(KEYS).then(
        (got) => apply({ sites: got.sites, paused: got.paused, incognitoLearning: got.incognitoLearning }),
        (e) => console.warn('[palate] settings unreadable, using the defaults:', e?.message ?? e),
      )
    : Promise.resolve();

  storage?.onChanged?.addListener((changes, area) => {
    if (area !== 'local' || !KEYS.some((k) => k in changes)) return;
    const raw = {};
    for (const k of KEYS) if (k in changes) raw[k] = changes[k].newValue;
    // A change that lands before the first read is applied after it, not overwritten by it.
    ready.then(() => apply(raw));
  });

  const incognito = globalThis.chrome?.extension?.inIncognitoContext === true;

  globalThis.PalateSettings = {
    /** Resolves once the stored settings are read (or found unreadable). */
    ready,
    /** @param {string} site @returns {{learn: boolean, inject: 'off' | 'ask' | 'auto'}} */
    site: (site) => siteSettings(values.sites[site]),
    /** Whether a turn sent on `site` may be learned now. */
    learns(site) {
      return !values.paused && siteSettings(values.sites[site]).learn && (!incognito || values.incognitoLearning);
    },
    /** How preambles are offered on `site` now: a global pause means 'off'. */
    inject(site) {
      return values.paused ? 'off' : siteSettings(values.sites[site]).inject;
    },
    get paused() {
      return values.paused;
    },
    /** Call `fn` after every change; returns the unsubscribe function. */
    onChange(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
})();
