// Palate's options page: providers, engine parameters, and the user's data
// (export, import, rebuild, wipe). Everything goes through the worker or
// chrome.storage.local; nothing here touches IndexedDB.

import { h, fill, uid } from '../popup/dom.js';
import { ask } from '../popup/api.js';

const $ = (id) => /** @type {any} */ (document.getElementById(id));

// ---- providers --------------------------------------------------------------------------

/** Chrome's Prompt API, where this browser has it. */
const chromeAI = 'LanguageModel' in self || Boolean(/** @type {any} */ (self).ai?.languageModel);

/** Loopback servers (Ollama, LM Studio) are reached without asking for a host permission. */
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

const DEFAULT_PROVIDERS = { extraction: { type: 'builtin' }, embedding: { type: 'builtin' } };

async function loadProviders() {
  const { providers = {}, providerKeys = {} } = await chrome.storage.local.get(['providers', 'providerKeys']);
  return { providers: { ...DEFAULT_PROVIDERS, ...providers }, keys: providerKeys };
}

async function saveProvider(which, config, key) {
  const { providers, keys } = await loadProviders();
  providers[which] = config;
  const change = { providers };
  if (key !== undefined) change.providerKeys = { ...keys, [which]: key };
  await chrome.storage.local.set(change);
}

/**
 * Ask for access to an endpoint's origin. Must run first in a click handler (it needs
 * the user's gesture). Loopback addresses are allowed without a prompt.
 */
async function allow(baseUrl) {
  const url = new URL(baseUrl);
  if (!/^https?:$/.test(url.protocol)) throw new Error('The base URL must start with http:// or https://');
  if (LOOPBACK.test(url.hostname)) return true;
  return chrome.permissions.request({ origins: [`${url.origin}/*`] });
}

async function providerForm(form) {
  const which = form.dataset.which;
  const { providers, keys } = await loadProviders();
  const config = providers[which] ?? { type: 'builtin' };
  const radios = [...form.querySelectorAll('input[type="radio"]')];
  for (const r of radios) {
    r.checked = r.value === config.type;
    if (r.value === 'chrome') {
      r.disabled = !chromeAI;
      fill(form.querySelector('[data-chrome-ai]'), chromeAI ? '' : '(not available in this browser)');
    }
    r.onchange = async () => {
      offerModelDownload(form);
      if (r.value === 'openai') return endpoint(form, which, { type: 'openai', baseUrl: config.baseUrl ?? '', model: config.model ?? '' }, keys[which]);
      fill(form.querySelector('.endpoint'));
      await saveProvider(which, { type: r.value });
    };
  }
  if (config.type === 'openai') endpoint(form, which, config, keys[which]);
  else fill(form.querySelector('.endpoint'));
  offerModelDownload(form);
}

/**
 * Chrome downloads its on-device model only when a page asks for a session during a
 * user's click, and the worker cannot do that: while Chrome's built-in AI is chosen and
 * its model is "downloadable" (or still "downloading"), this page offers the download,
 * shows its progress, then has the worker apply the choice again.
 */
async function offerModelDownload(form) {
  const box = form.querySelector('[data-chrome-model]');
  if (!box) return;
  const api = /** @type {any} */ (self).LanguageModel;
  const chosen = Boolean(form.querySelector('input[value="chrome"]')?.checked);
  let state = 'unavailable';
  try {
    if (api && chosen) state = String(await api.availability());
  } catch {
    state = 'unavailable';
  }
  box.hidden = !(chosen && (state === 'downloadable' || state === 'downloading'));
  if (box.hidden) return;
  const button = box.querySelector('[data-chrome-download]');
  const progress = box.querySelector('[data-chrome-progress]');
  const message = box.querySelector('[data-chrome-model-status]');
  fill(message, state === 'downloading' ? 'Chrome is already downloading it; ask again to follow its progress.' : '');
  button.disabled = false;
  button.onclick = async () => {
    button.disabled = true;
    progress.hidden = false;
    progress.value = 0;
    fill(message, 'Downloading…');
    try {
      const session = await api.create({
        monitor(m) {
          m.addEventListener('downloadprogress', (/** @type {any} */ e) => {
            progress.value = e.loaded;
            fill(message, `Downloading… ${Math.round(e.loaded * 100)} %`);
          });
        },
      });
      session.destroy?.();
      fill(message, 'Downloaded.');
      await ask('applyProviders');
    } catch (e) {
      fill(message, `The download did not finish: ${e?.message ?? e}. Palate keeps using its built-in extractor.`);
      button.disabled = false;
    }
  };
}

/** The base URL, model and key fields for an OpenAI-compatible server. */
function endpoint(form, which, config, savedKey) {
  const ids = { base: uid('base'), model: uid('model'), key: uid('key'), status: uid('status') };
  const base = h('input', { id: ids.base, type: 'url', value: config.baseUrl ?? '', placeholder: 'http://localhost:11434/v1', autocomplete: 'off', spellcheck: 'false' });
  const model = h('input', { id: ids.model, value: config.model ?? '', placeholder: which === 'embedding' ? 'text-embedding-3-small' : 'llama3.2', autocomplete: 'off', spellcheck: 'false' });
  const key = h('input', { id: ids.key, type: 'password', autocomplete: 'off', placeholder: 'Leave empty if the server needs none' });
  const status = h('p', { id: ids.status, class: 'small', role: 'status' });
  let replacing = !savedKey;

  const keyField = h('div', { class: 'field' });
  function showKey() {
    fill(keyField, h('label', { for: ids.key }, 'API key'),
      replacing
        ? key
        : h('div', { class: 'key-saved' },
          h('span', { class: 'muted', 'data-key-saved': '' }, `Saved, ends in …${savedKey.slice(-4)}`),
          h('button', { type: 'button', onclick: () => { replacing = true; showKey(); key.focus(); } }, 'Replace')));
  }
  showKey();

  /** Store what the form says; `key` is kept unless a new one was typed. */
  async function save() {
    const baseUrl = base.value.trim();
    if (!baseUrl) throw new Error('Enter the server’s base URL.');
    if (!model.value.trim()) throw new Error('Name a model.');
    const typed = replacing && key.value ? key.value.trim() : undefined;
    await saveProvider(which, { type: 'openai', baseUrl, model: model.value.trim() }, typed);
    if (typed) {
      savedKey = typed;
      replacing = false;
      key.value = '';
      showKey();
    }
  }

  async function run(testing) {
    fill(status, testing ? 'Testing…' : 'Saving…');
    status.className = 'small muted';
    try {
      // First, while the click still counts as the user's gesture.
      const granted = await allow(base.value.trim() || 'invalid:');
      if (!granted) throw new Error('Palate needs your permission to reach that server.');
      await save();
      if (!testing) {
        fill(status, 'Saved.');
        status.className = 'small ok';
        return;
      }
      const result = await ask('testProvider', { which });
      fill(status, result.message);
      status.className = `small ${result.ok ? 'ok' : 'error'}`;
    } catch (e) {
      fill(status, e instanceof TypeError ? 'The base URL is not a valid address.' : e.message);
      status.className = 'small error';
    }
  }

  fill(form.querySelector('.endpoint'),
    h('div', { class: 'field' }, h('label', { for: ids.base }, 'Base URL'), base),
    h('div', { class: 'field' }, h('label', { for: ids.model }, 'Model'), model),
    keyField,
    h('div', { class: 'row' },
      h('button', { type: 'button', class: 'primary', onclick: () => run(false) }, 'Save'),
      h('button', { type: 'button', onclick: () => run(true) }, 'Test connection')),
    status);
}

for (const form of document.querySelectorAll('form.provider')) {
  form.addEventListener('submit', (e) => e.preventDefault());
  providerForm(form);
}

/**
 * What the worker made of each choice (chrome.storage.session `providerStatus`, written
 * by background.js): the provider in use, or why it fell back to the built-in one.
 */
async function showProviderStatus() {
  const { providerStatus = {} } = await chrome.storage.session.get('providerStatus');
  for (const form of document.querySelectorAll('form.provider')) {
    const status = providerStatus[form.dataset.which];
    const el = form.querySelector('[data-provider-status]');
    fill(el, status?.message ?? '');
    el.className = `small provider-status${status ? (status.ok ? ' ok' : ' error') : ''}`;
  }
}
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'session' && 'providerStatus' in changes) showProviderStatus();
});
showProviderStatus();

// ---- engine parameters ----------------------------------------------------------------

/** Defaults of the core (crate/src/preamble.rs, decay.rs); crate/tests/options_defaults.rs keeps them equal. */
const DEFAULTS = { token_budget: 30, relevance_floor: 0.40, preference_half_life_days: 30, style_half_life_days: 90, fact_half_life_days: 365 };

/** Field → [section of ProfileParams, check returning an error sentence or null]. */
const FIELDS = {
  token_budget: ['preamble', (v) => (Number.isInteger(v) && v >= 16 && v <= 400 ? null : 'A whole number from 16 to 400.')],
  relevance_floor: ['preamble', (v) => (v > 0 && v < 1 ? null : 'A number between 0 and 1, e.g. 0.4.')],
  preference_half_life_days: ['decay', (v) => (v > 0 && v <= 36500 ? null : 'A positive number of days.')],
  style_half_life_days: ['decay', (v) => (v > 0 && v <= 36500 ? null : 'A positive number of days.')],
  fact_half_life_days: ['decay', (v) => (v > 0 && v <= 36500 ? null : 'A positive number of days.')],
};

let params = null;

function showError(field, message) {
  fill($(`${field}-error`), message ?? '');
  $(field).setAttribute('aria-invalid', String(Boolean(message)));
}

async function loadParams() {
  params = await ask('params');
  for (const [field, [section]] of Object.entries(FIELDS)) {
    // Shown as typed: the core keeps some of these as 32-bit floats (0.45 → 0.44999998...).
    $(field).value = String(Number(Number(params[section][field]).toPrecision(6)));
    showError(field, null);
  }
}

$('engine').addEventListener('submit', async (e) => {
  e.preventDefault();
  fill($('engine-status'));
  const next = structuredClone(params);
  let first = null;
  for (const [field, [section, check]] of Object.entries(FIELDS)) {
    const raw = $(field).value.trim();
    const value = raw === '' ? NaN : Number(raw);
    const problem = Number.isFinite(value) ? check(value) : 'Enter a number.';
    showError(field, problem);
    if (problem) first ??= field;
    else next[section][field] = value;
  }
  if (first) {
    $(first).focus();
    return;
  }
  try {
    await ask('setParams', { params: next });
    params = next;
    fill($('engine-status'), 'Saved.');
  } catch (err) {
    // The core validates too; put its sentence by the field it names.
    const msg = err.message;
    const field = /token budget/.test(msg) ? 'token_budget' : /relevance floor/.test(msg) ? 'relevance_floor'
      : /Preference/.test(msg) ? 'preference_half_life_days' : /Style/.test(msg) ? 'style_half_life_days'
        : /Fact/.test(msg) ? 'fact_half_life_days' : null;
    if (field) showError(field, msg);
    else fill($('engine-status'), `Not saved: ${msg}`);
  }
});
$('engine-defaults').addEventListener('click', () => {
  for (const [field, value] of Object.entries(DEFAULTS)) {
    $(field).value = String(value);
    showError(field, null);
  }
  fill($('engine-status'), 'Defaults filled in; Save to use them.');
});

// ---- data ----------------------------------------------------------------------------------

export const EXPORT_FORMAT = 'palate-export';
export const EXPORT_VERSION = 1;
/** Largest file accepted for import. */
const IMPORT_MAX_BYTES = 50 * 1024 * 1024;

function status(text) {
  fill($('data-status'), text);
}

$('export').addEventListener('click', async () => {
  try {
    const [signals, stored, engine] = await Promise.all([
      ask('signals'),
      chrome.storage.local.get(['sites', 'paused', 'incognitoLearning', 'providers']),
      ask('params'),
    ]);
    // Keys never leave the browser in an export.
    const file = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date().toISOString(), signals, settings: { ...stored, params: engine } };
    const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 1)], { type: 'application/json' }));
    const a = h('a', { href: url, download: `palate-export-${new Date().toISOString().slice(0, 10)}.json` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    status(`Exported ${signals.length} entries.`);
  } catch (e) {
    status(`Could not export: ${e.message}`);
  }
});

/** The signals of an export file, or an error sentence saying why the file is refused. */
export function readExport(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: 'This file is not JSON.' };
  }
  if (data === null || typeof data !== 'object' || data.format !== EXPORT_FORMAT) return { error: 'This is not a Palate export.' };
  if (data.version !== EXPORT_VERSION) return { error: `This export is version ${JSON.stringify(data.version)}; this Palate reads version ${EXPORT_VERSION}.` };
  if (!Array.isArray(data.signals)) return { error: 'The export has no list of signals.' };
  return { signals: data.signals };
}

$('import-file').addEventListener('change', async (e) => {
  const input = e.target;
  const file = input.files?.[0];
  if (!file) return;
  const report = $('import-report');
  fill(report, 'Checking the file…');
  try {
    if (file.size > IMPORT_MAX_BYTES) throw new Error(`The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB.`);
    const read = readExport(await file.text());
    if (read.error) throw new Error(read.error);
    const result = await ask('import', { signals: read.signals });
    const reasons = new Map();
    for (const s of result.skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
    fill(report,
      h('p', { class: 'ok' }, `Added ${result.added} entr${result.added === 1 ? 'y' : 'ies'}; skipped ${result.skipped.length}.`),
      reasons.size > 0 && h('ul', null, [...reasons].map(([why, n]) => h('li', null, `${n} skipped: ${why}`))));
  } catch (err) {
    fill(report, h('p', { class: 'error' }, `Nothing changed. ${err.message}`));
  } finally {
    input.value = '';
  }
});

$('rebuild').addEventListener('click', async () => {
  status('Rebuilding…');
  try {
    await ask('rebuild');
    status('Rebuilt from the log.');
  } catch (e) {
    status(`Could not rebuild: ${e.message}`);
  }
});

$('wipe').addEventListener('click', () => {
  $('wipe-confirm').hidden = false;
  $('wipe-word').focus();
});
$('wipe-cancel').addEventListener('click', () => {
  $('wipe-confirm').hidden = true;
  $('wipe-word').value = '';
  $('wipe').focus();
});
$('wipe-go').addEventListener('click', async () => {
  if ($('wipe-word').value.trim().toLowerCase() !== 'wipe') {
    status('Type “wipe” to confirm.');
    $('wipe-word').focus();
    return;
  }
  try {
    await ask('wipe');
    $('wipe-confirm').hidden = true;
    status('Everything is wiped. Palate starts fresh.');
    await Promise.all([loadParams(), ...[...document.querySelectorAll('form.provider')].map(providerForm)]);
  } catch (e) {
    status(`Nothing was wiped: ${e.message}`);
  }
});

loadParams().catch((e) => fill($('engine-status'), `Could not load the engine’s settings: ${e.message}`));
