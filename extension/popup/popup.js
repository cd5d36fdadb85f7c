// The popup: review what Palate learned, see and insert the preamble for the active
// chat tab, correct memories, and control where Palate learns and injects.
//
// The static page in popup.html is the skeleton, painted before any data arrives;
// space for the lists is reserved there, so nothing jumps when the worker answers.
// The memories are first drawn from a snapshot of what the popup last showed (the
// first screen only, a few kilobytes), marked busy, and drawn again in the same places
// from the worker's fresh review. A woken worker takes hundreds of milliseconds to load
// its Wasm and IndexedDB; the snapshot does not wait for it.
//
// `?tab=<id>` (tests, or a popup opened in a tab): act on that tab instead of the
// active tab of the current window.

import { h, fill } from './dom.js';
import { ask, unwrap, siteForUrl, allSites, siteLabel, KIND_LABEL } from './api.js';
import * as early from './early.js';
import { memoriesView } from './memories.js';
import { readSettings, updateSite, siteSettings, INJECT_MODES } from '../settings.js';

const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
const params = new URLSearchParams(location.search);

// ---- toast (with one optional action, e.g. Undo) -----------------------------------

let toastTimer = 0;
function toast(text, action) {
  clearTimeout(toastTimer);
  const el = $('toast');
  fill(el, h('span', null, text), action && h('button', { type: 'button', onclick: () => { fill(el); action.run(); } }, action.label));
  if (action) el.querySelector('button').focus();
  toastTimer = setTimeout(() => fill(el), action ? 8000 : 3000);
}

// ---- tabs ----------------------------------------------------------------------------

const tabs = [...document.querySelectorAll('[role="tab"]')];
function select(tab, focus = false) {
  for (const t of tabs) {
    const on = t === tab;
    t.setAttribute('aria-selected', String(on));
    t.tabIndex = on ? 0 : -1;
    $(t.getAttribute('aria-controls')).hidden = !on;
  }
  if (focus) tab.focus();
}
for (const t of tabs) {
  t.addEventListener('click', () => select(t));
  t.addEventListener('keydown', (e) => {
    const i = tabs.indexOf(t);
    const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    select(tabs[(to + tabs.length) % tabs.length], true);
  });
}

// ---- memories --------------------------------------------------------------------------

const memories = memoriesView({
  list: $('memories'),
  count: $('count'),
  faded: $('faded'),
  fadedSection: $('faded-section'),
  fadedCount: $('faded-count'),
  toast,
  reload,
});

let opening = true;
async function reload() {
  try {
    let review;
    if (opening) {
      opening = false;
      early.snapshot.then((last) => {
        if (!last || early.answered()) return;
        memories.show(last, { stale: true });
        performance.mark('palate:snapshot');
      });
      review = unwrap(await early.fresh);
    } else {
      review = await ask('review');
    }
    memories.show(review);
    performance.mark('palate:populated');
    // Off the critical path: the next open paints from this.
    setTimeout(() => chrome.storage.session.set({ [early.SNAPSHOT_KEY]: memories.snapshot() }).catch(() => {}));
  } catch (e) {
    fill($('memories'), h('p', { class: 'warn' }, `Palate could not load its memories: ${e.message}`));
    $('memories').setAttribute('aria-busy', 'false');
  }
  refreshPreamble();
}

$('search').addEventListener('input', (e) => memories.filter({ text: e.target.value }));
$('filter-kind').addEventListener('change', (e) => memories.filter({ kind: e.target.value }));
$('filter-site').addEventListener('change', (e) => memories.filter({ site: e.target.value }));
$('filter-strength').addEventListener('change', (e) => memories.filter({ strength: e.target.value }));

$('add').addEventListener('submit', async (e) => {
  e.preventDefault();
  const topic = /** @type {HTMLInputElement} */ ($('add-topic')).value.trim();
  const polarity = /** @type {HTMLSelectElement} */ ($('add-polarity')).value;
  const kind = /** @type {HTMLSelectElement} */ ($('add-kind')).value;
  if (!topic) return;
  try {
    await ask('edit', { edit: { op: 'add', topic, kind, polarity } });
    /** @type {HTMLInputElement} */ ($('add-topic')).value = '';
    fill($('add-status'), `Added: you ${polarity} ${topic}.`);
    await reload();
  } catch (err) {
    fill($('add-status'), `Could not add it: ${err.message}`);
  }
});

// ---- settings: pause, this site, every site ----------------------------------------------

let settings = { sites: {}, paused: false, incognitoLearning: false };
/** @type {{id: string, label: string} | undefined} */
let activeSite;

function showPause() {
  const b = $('pause');
  b.setAttribute('aria-pressed', String(settings.paused));
  b.textContent = settings.paused ? 'Paused' : 'Pause';
  b.title = settings.paused ? 'Palate is paused everywhere. Click to resume.' : 'Pause learning and reminders on every site';
  $('paused-banner').hidden = !settings.paused;
}
function showIncognito() {
  /** @type {HTMLInputElement} */ ($('incognito-learning')).checked = settings.incognitoLearning;
}
$('incognito-learning').addEventListener('change', async (e) => {
  settings.incognitoLearning = e.target.checked;
  await chrome.storage.local.set({ incognitoLearning: settings.incognitoLearning });
  renderActiveSite();
});

$('pause').addEventListener('click', async () => {
  settings.paused = !settings.paused;
  await chrome.storage.local.set({ paused: settings.paused });
  showPause();
});

async function setSite(site, change) {
  settings.sites[site] = await updateSite(site, change);
  renderSites();
  renderActiveSite();
}

function injectControl(site, current, name) {
  return h('fieldset', { class: 'segmented' },
    h('legend', { class: 'visually-hidden' }, `Reminders on ${siteLabel(site)}`),
    INJECT_MODES.map((mode) => h('label', null,
      h('input', { type: 'radio', name, value: mode, checked: mode === current, onchange: () => setSite(site, { inject: mode }) }),
      h('span', null, { off: 'Off', ask: 'Ask', auto: 'Auto' }[mode]))));
}

function renderSites() {
  fill($('sites'), allSites().map(({ id, label }) => {
    const s = siteSettings(settings.sites[id]);
    return h('tr', { class: activeSite?.id === id ? 'current' : '', dataset: { site: id } },
      h('td', null, label),
      h('td', null, h('input', { type: 'checkbox', checked: s.learn, 'aria-label': `Learn on ${label}`, onchange: (e) => setSite(id, { learn: e.target.checked }) })),
      h('td', null, h('select', { 'aria-label': `Reminders on ${label}`, onchange: (e) => setSite(id, { inject: e.target.value }) },
        INJECT_MODES.map((m) => h('option', { value: m, selected: m === s.inject }, { off: 'Off', ask: 'Ask first', auto: 'Auto' }[m])))),
    );
  }));
}

// ---- the active tab ---------------------------------------------------------------------

/** @type {chrome.tabs.Tab | undefined} */
let tab;
let health = null;

async function findTab() {
  const id = Number(params.get('tab'));
  if (params.has('tab') && Number.isInteger(id)) return chrome.tabs.get(id).catch(() => undefined);
  const [active] = await chrome.tabs.query({ active: true, currentWindow: true });
  return active;
}

// ---- learning the conversation already on the page ------------------------------------

/** The outcome of the last "Learn from this conversation", shown until the tab changes. */
let threadOutcome = '';
let learningThread = false;

/** Why the conversation in this tab may not be learned now, or ''. */
function threadBlocked() {
  if (settings.paused) return 'Palate is paused, so it learns nothing.';
  if (!siteSettings(settings.sites[activeSite.id]).learn) return `Learning is off on ${activeSite.label}.`;
  if (tab?.incognito && !settings.incognitoLearning) return 'This is a private window; learning in private windows is off (Sites tab).';
  return '';
}

async function learnThread() {
  if (learningThread || threadBlocked()) return;
  learningThread = true;
  threadOutcome = 'Reading your messages in this conversation…';
  renderActiveSite();
  try {
    let turns;
    try {
      turns = await chrome.tabs.sendMessage(tab.id, { kind: 'threadTurns' });
    } catch {
      turns = { ok: false, problem: 'the page is not ready; reload it and try again' };
    }
    if (!turns?.ok) throw new Error(turns?.problem ?? 'no answer from the page');
    if (turns.turns.length === 0) {
      threadOutcome = 'There are no messages of yours in this conversation yet.';
      return;
    }
    threadOutcome = `Learning ${turns.turns.length} message${turns.turns.length === 1 ? '' : 's'}…`;
    renderActiveSite();
    const r = await ask('learnThread', { tabId: tab.id, site: turns.site, turns: turns.turns });
    threadOutcome = r.skipped
      ? `Nothing learned: ${{ paused: 'Palate is paused', incognito: 'this is a private window', 'learning off for this site': `learning is off on ${activeSite.label}` }[r.skipped] ?? r.skipped}.`
      : `Learned ${r.learned} of your message${r.learned === 1 ? '' : 's'}; ${r.already} ${r.already === 1 ? 'was' : 'were'} already learned.`;
    if (r.learned) reload();
  } catch (e) {
    threadOutcome = `Could not learn this conversation: ${e.message}`;
  } finally {
    learningThread = false;
    renderActiveSite();
  }
}

function threadControls() {
  const blocked = threadBlocked();
  return h('div', { class: 'thread-learn' },
    // Busy, it stays focusable (a disabled button would drop the focus) and ignores clicks.
    h('button', { type: 'button', id: 'learn-thread', disabled: Boolean(blocked), 'aria-disabled': learningThread ? 'true' : false, 'aria-describedby': 'learn-thread-note', onclick: learnThread },
      'Learn from this conversation'),
    h('p', { id: 'learn-thread-note', class: 'muted small', role: 'status' },
      blocked || threadOutcome || 'What was already here when you opened it is not learned unless you ask. Only your own messages are read, each once.'));
}

function renderActiveSite() {
  const box = $('page-site');
  const refocus = document.activeElement?.id === 'learn-thread';
  if (!activeSite) {
    fill(box,
      h('h2', null, 'This tab isn’t a chat Palate works on'),
      h('p', { class: 'muted small' }, `Palate learns and adds reminders on ${allSites().map((s) => s.label).join(', ')}. You can still try a message below and copy what Palate would add.`));
    return;
  }
  const s = siteSettings(settings.sites[activeSite.id]);
  fill(box,
    h('div', { class: 'site-head' }, h('h2', null, activeSite.label), h('span', { class: 'muted small' }, settings.paused ? 'paused everywhere' : s.learn ? 'learning' : 'not learning')),
    health && !health.ok && h('p', { class: 'warn', role: 'alert' }, 'This site’s page changed; learning is paused here.'),
    h('div', { class: 'controls' },
      h('label', { class: 'switch' },
        h('input', { type: 'checkbox', id: 'learn-here', checked: s.learn, onchange: (e) => setSite(activeSite.id, { learn: e.target.checked }) }),
        'Learn here'),
      h('span', { class: 'muted small', id: 'inject-label' }, 'Reminders'),
      injectControl(activeSite.id, s.inject, 'inject-here')),
    threadControls(),
  );
  // Re-rendering must not drop a keyboard user's place.
  if (refocus) document.getElementById('learn-thread')?.focus();
}

// ---- the preamble for the draft ----------------------------------------------------------

let preambleText = '';
let preambleRun = 0;
/** The tab's user turns that carry a preamble (content/draft.js): what its conversation
 *  was told is not offered again, as the chip does. */
let saidInTab = [];

/** Names where a used memory or group comes from, for the why-list. */
function sourceNamer() {
  const byId = memories.byId();
  const clusters = memories.clusters();
  return (u) => {
    const m = u.memory != null ? byId.get(u.memory) : undefined;
    const c = u.cluster != null ? clusters.get(u.cluster) : undefined;
    // As the memory list shows it: with the capitals the person wrote ("lives in Toronto").
    return m ? `${m.written ?? m.topic} (${KIND_LABEL[m.kind] ?? m.kind})` : c ? `group: ${c.description}` : u.clause;
  };
}

const sameUse = (a, b) => a.memory === b.memory && a.cluster === b.cluster && a.clause === b.clause;

async function refreshPreamble() {
  const draft = /** @type {HTMLTextAreaElement} */ ($('draft')).value;
  const run = ++preambleRun;
  const out = $('preamble');
  const why = $('why');
  if (!draft.trim()) {
    preambleText = '';
    out.classList.add('empty');
    fill(out, activeSite ? `Start typing in ${activeSite.label}, or here, to see what Palate would add.` : 'Type a message above to see what Palate would add.');
    fill(why);
    updateButtons();
    return;
  }
  let p;
  let whole;
  try {
    // Without what was said too, to tell the user what was left out and why.
    [p, whole] = await Promise.all([
      ask('preamble', { draft, said: saidInTab }),
      saidInTab.length ? ask('preamble', { draft }) : null,
    ]);
  } catch (e) {
    if (run !== preambleRun) return;
    fill(out, `Palate could not write a preamble: ${e.message}`);
    return;
  }
  if (run !== preambleRun) return;
  preambleText = p.text;
  const told = (whole?.used ?? []).filter((u) => !p.used.some((v) => sameUse(u, v)));
  out.classList.toggle('empty', !p.text);
  fill(out, p.text
    || (told.length ? 'This conversation was already told what Palate knows about this, so it adds nothing.'
      : 'Nothing Palate knows is relevant to this message, so it adds nothing.'));
  const source = sourceNamer();
  fill(why,
    p.used.map((u) => h('li', null, h('span', null, source(u)), ' ',
      h('span', { class: 'score' }, `relevance ${u.relevance.toFixed(2)}${u.area ? ` (both about ${u.area})` : ''}${u.standing ? ' (a style you keep to: it goes with any message)' : ''}${u.called ? ' (this kind of request calls for it)' : ''} · strength ${u.strength.toFixed(2)} · confidence ${u.confidence.toFixed(2)}`))),
    told.map((u) => h('li', { class: 'told' }, h('span', null, source(u)), ' ',
      h('span', { class: 'score' }, 'left out: already told in this conversation'))));
  updateButtons();
}

function updateButtons() {
  /** @type {HTMLButtonElement} */ ($('copy')).disabled = !preambleText;
  /** @type {HTMLButtonElement} */ ($('insert')).disabled = !preambleText || !activeSite || !tab;
}

let typing = 0;
$('draft').addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(refreshPreamble, 120);
});

$('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(preambleText);
    fill($('insert-status'), 'Copied. Paste it at the start of your message.');
  } catch (e) {
    fill($('insert-status'), `Could not copy: ${e.message}`);
  }
});

$('insert').addEventListener('click', async () => {
  let reply;
  try {
    reply = await chrome.tabs.sendMessage(tab.id, { kind: 'insert', text: preambleText });
  } catch {
    reply = { ok: false, problem: 'the page is not ready; reload it and try again' };
  }
  fill($('insert-status'),
    reply?.inserted ? `Added to your message in ${activeSite.label}. Nothing was sent.`
      : reply?.copied ? `${activeSite.label} didn’t accept it, so it is on your clipboard: paste it into your message.`
        : `Could not insert it: ${reply?.problem ?? 'no answer from the page'}.`);
});

/** Ask the chat tab for its draft and what its conversation was told (content/draft.js);
 *  quietly nothing when it can't answer. */
async function readDraft() {
  if (!tab || !activeSite) return { text: '', said: [] };
  try {
    const reply = await chrome.tabs.sendMessage(tab.id, { kind: 'draft' });
    if (!reply?.ok) return { text: '', said: [] };
    return {
      text: typeof reply.text === 'string' ? reply.text : '',
      said: Array.isArray(reply.said) ? reply.said.filter((t) => typeof t === 'string') : [],
    };
  } catch {
    return { text: '', said: [] };
  }
}

// ---- start -----------------------------------------------------------------------------

async function start() {
  if (params.has('tab') || window.outerWidth > 500) document.body.classList.add('in-tab');
  const [loaded, found] = await Promise.all([readSettings(), findTab()]);
  settings = loaded;
  tab = found;
  activeSite = siteForUrl(tab?.url);
  showPause();
  showIncognito();
  fill($('filter-site'), h('option', { value: '' }, 'All sites'), allSites().map((s) => h('option', { value: s.id }, s.label)), h('option', { value: 'popup' }, 'Added by you'));
  if (activeSite) {
    const { health: all = {} } = await chrome.storage.session.get('health');
    health = all[activeSite.id] ?? null;
    select($('tab-page'));
  }
  renderActiveSite();
  renderSites();
  const { text: draft, said } = await readDraft();
  saidInTab = said;
  if (draft) /** @type {HTMLTextAreaElement} */ ($('draft')).value = draft;
  await refreshPreamble();
}

chrome.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local') return;
  if (changes.sites) settings.sites = changes.sites.newValue ?? {};
  if (changes.paused) settings.paused = changes.paused.newValue === true;
  if (changes.incognitoLearning) settings.incognitoLearning = changes.incognitoLearning.newValue === true;
  showPause();
  showIncognito();
  renderSites();
  renderActiveSite();
});

Promise.all([start(), reload()]).catch((e) => toast(`Palate could not start: ${e.message}`));
