// The popup, driven as a person would (opened as a tab: chrome-extension://<id>/extension/popup/popup.html,
// with `?tab=<id>` naming the chat tab it acts on), against a profile learned from real
// turns typed into the ChatGPT fixture. Saves screenshots to build/screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { launch, newProfile, extensionPage, readStore, until, stopWorker, ROOT } from '../support/browser.js';

const SHOTS = path.join(ROOT, 'build', 'screenshots');
const TURNS = [
  'I love spicy ramen but I hate cilantro.',
  'I really love spicy noodles and I like spicy curry.',
  'I love spicy food and hot sauce.',
  'Keep answers short please.',
  'I really like jazz.',
];

let s; // {context, worker, extensionId, chat, tabId}

async function typeAndSend(page, text) {
  await page.click('#prompt-textarea');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** The popup for the ChatGPT tab, at popup size. */
async function popup({ dark = false } = {}) {
  const page = await s.context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  if (dark) await page.emulateMedia({ colorScheme: 'dark' });
  page.on('dialog', (d) => {
    page.dialogs = (page.dialogs ?? 0) + 1;
    d.dismiss();
  });
  await page.goto(`chrome-extension://${s.extensionId}/extension/popup/popup.html?tab=${s.tabId}`);
  await page.waitForSelector('#memories[aria-busy="false"]', { state: 'attached' });
  return page;
}

const edits = async () =>
  (await readStore(s.worker, 'signals')).filter((r) => r.kind === 'edit').map((r) => JSON.parse(r.text));

/** The memory row for `topic` in the Memories panel (clusters opened as needed). */
async function row(page, topic) {
  if ((await page.locator('#tab-memories').getAttribute('aria-selected')) !== 'true') await page.click('#tab-memories');
  await page.fill('#search', topic);
  const li = page.locator(`#memories li.memory[data-topic="${topic}"]`);
  await li.first().waitFor();
  return li.first();
}

before(async () => {
  await mkdir(SHOTS, { recursive: true });
  s = await launch(await newProfile());
  const ext = await extensionPage(s.context, s.extensionId);
  s.chat = await s.context.newPage();
  for (const [i, text] of TURNS.entries()) {
    // A new chat per turn: the fixture streams a reply and re-renders after each send.
    await s.chat.goto('https://chatgpt.com/');
    await s.chat.waitForSelector('#prompt-textarea');
    await typeAndSend(s.chat, text);
    await until(async () => (await readStore(s.worker, 'signals')).length === i + 1, 10_000, `turn ${i + 1}`);
  }
  await s.chat.goto('https://chatgpt.com/');
  await s.chat.waitForSelector('#prompt-textarea');
  s.tabId = await ext.evaluate(async () => (await chrome.tabs.query({ url: 'https://chatgpt.com/*' }))[0].id);
  await ext.close();
});
after(() => s?.context.close());

test('review shows what was learned: memories with polarity, quotes, sites and time; groups expand', async () => {
  const page = await popup();
  const ramen = await row(page, 'spicy ramen');
  assert.match(await ramen.textContent(), /Likes\s*spicy ramen/);
  assert.match(await ramen.textContent(), /from ChatGPT/);
  assert.match(await ramen.textContent(), /last just now|now|minute/);
  assert.match(await ramen.locator('.quote').textContent(), /I love spicy ramen/);
  const cilantro = await row(page, 'cilantro');
  assert.match(await cilantro.locator('.pol').textContent(), /Dislikes/);
  await page.fill('#search', '');
  const review = await page.evaluate(() => chrome.runtime.sendMessage({ kind: 'review' }));
  if (review.result.clusters.length) {
    const head = page.locator('.cluster > .head').first();
    assert.equal(await head.getAttribute('aria-expanded'), 'false');
    assert.ok((await head.locator('.desc').textContent()).trim().length > 3);
    await head.click();
    assert.equal(await page.locator('.cluster > .head').first().getAttribute('aria-expanded'), 'true');
    assert.ok((await page.locator('.cluster .list li.memory').count()) >= 2);
  }
  assert.match(await page.locator('#count').textContent(), /memories/);
  await page.screenshot({ path: path.join(SHOTS, 'popup-populated.png'), fullPage: true });
  const dark = await popup({ dark: true });
  await dark.click('#tab-memories');
  await dark.locator('.cluster > .head').first().click().catch(() => {});
  await dark.screenshot({ path: path.join(SHOTS, 'popup-dark.png'), fullPage: true });
  await dark.close();
  await page.close();
});

test('search and filters narrow the list by text, kind, site and strength', async () => {
  const page = await popup();
  await page.click('#tab-memories');
  const topics = () => page.locator('#memories li.memory .topic').allTextContents();
  await page.fill('#search', 'cilantro');
  assert.deepEqual(await topics(), ['cilantro']);
  assert.match(await page.locator('#count').textContent(), /1 of \d+ memories matches/);
  await page.fill('#search', '');
  await page.selectOption('#filter-kind', 'style');
  const styles = await topics();
  assert.ok(styles.length >= 1, 'the style wish is shown');
  for (const t of styles) assert.doesNotMatch(t, /ramen|cilantro|jazz/);
  await page.selectOption('#filter-kind', '');
  await page.selectOption('#filter-site', 'claude');
  assert.deepEqual(await topics(), []);
  assert.match(await page.locator('#memories').textContent(), /Nothing matches/);
  await page.selectOption('#filter-site', 'chatgpt');
  assert.ok((await topics()).length >= 4);
  await page.selectOption('#filter-strength', 'weak');
  const weak = (await topics()).length;
  await page.selectOption('#filter-strength', 'strong');
  const strong = (await topics()).length;
  await page.selectOption('#filter-strength', '');
  assert.equal(weak + strong, (await topics()).length, 'strong and fading partition the list');
  await page.close();
});

test('corrections round-trip through the worker and are logged: pin, flip, rename, hide, delete with Undo, add', async () => {
  const page = await popup();

  let r = await row(page, 'jazz');
  await r.locator('button.more').click();
  await page.locator('li.memory[data-topic="jazz"] button', { hasText: 'Pin' }).click();
  await until(async () => (await edits()).some((e) => e.op === 'pin' && e.topic === 'jazz' && e.pinned), 5000, 'pin logged');
  r = await row(page, 'jazz');
  await r.locator('.tag', { hasText: 'pinned' }).waitFor();

  await page.locator('li.memory[data-topic="jazz"] button', { hasText: 'Actually dislike' }).click();
  await until(async () => (await edits()).some((e) => e.op === 'flip' && e.topic === 'jazz'), 5000, 'flip logged');
  r = await row(page, 'jazz');
  assert.match(await r.locator('.pol').textContent(), /Dislikes/);

  await page.locator('li.memory[data-topic="jazz"] button', { hasText: /Don.t use/ }).click();
  await until(async () => (await edits()).some((e) => e.op === 'hide' && e.hidden), 5000, 'hide logged');
  r = await row(page, 'jazz');
  await r.locator('.tag', { hasText: 'not used' }).waitFor();

  await page.locator('li.memory[data-topic="jazz"] select').selectOption('fact');
  await until(async () => (await edits()).some((e) => e.op === 'kind' && e.kind === 'fact'), 5000, 'kind logged');
  // A fact wears no taste badge: a disliked one reads "Avoids", as the preamble says it.
  r = await row(page, 'jazz');
  assert.match(await r.locator('.pol').textContent(), /Avoids/);

  // Delete, then Undo from the toast: it comes back as it was (kind, pin, not used).
  await row(page, 'jazz');
  await page.locator('li.memory[data-topic="jazz"] button', { hasText: 'Delete' }).click();
  await until(async () => (await edits()).some((e) => e.op === 'delete' && e.topic === 'jazz'), 5000, 'delete logged');
  await page.locator('#toast', { hasText: 'Deleted' }).waitFor();
  assert.equal(await page.locator('#memories li.memory[data-topic="jazz"]').count(), 0);
  const undo = page.locator('#toast button', { hasText: 'Undo' });
  assert.equal(await undo.evaluate((b) => b === document.activeElement), true, 'Undo takes the focus');
  await undo.click();
  await page.locator('#toast', { hasText: 'Brought back' }).waitFor();
  const back = (await page.evaluate(() => chrome.runtime.sendMessage({ kind: 'review' }))).result;
  const all = [...back.clusters.flatMap((c) => c.members), ...back.unclustered, ...back.faded];
  const jazz = all.find((m) => m.topic === 'jazz');
  assert.ok(jazz, 'jazz is back');
  assert.deepEqual([jazz.polarity, jazz.kind, jazz.provenance, jazz.hidden], ['dislike', 'fact', 'pinned', true]);
  assert.deepEqual((await edits()).slice(-3).map((e) => e.op), ['add', 'pin', 'hide']);

  // Rename.
  await row(page, 'cilantro');
  await page.locator('li.memory[data-topic="cilantro"] button.more').click();
  await page.locator('li.memory[data-topic="cilantro"] button', { hasText: 'Rename' }).click();
  await page.fill('li.memory[data-topic="cilantro"] .rename input', 'fresh coriander');
  await page.keyboard.press('Enter');
  await until(async () => (await edits()).some((e) => e.op === 'topic' && e.to === 'fresh coriander'), 5000, 'rename logged');
  await row(page, 'fresh coriander');

  // Add by hand.
  await page.fill('#search', '');
  await page.selectOption('#add-polarity', 'dislike');
  await page.fill('#add-topic', 'Bullet points');
  await page.selectOption('#add-kind', 'style');
  await page.click('#add button[type="submit"]');
  await page.locator('#add-status', { hasText: 'Added' }).waitFor();
  const added = (await edits()).at(-1);
  assert.deepEqual(added, { op: 'add', topic: 'Bullet points', kind: 'style', polarity: 'dislike' });
  const bullets = await row(page, 'bullet points');
  assert.match(await bullets.textContent(), /Dislikes\s*bullet points.*yours/s);
  await page.close();
});

test('hostile strings render as text: no element is created and no script runs', async () => {
  const page = await popup();
  await page.click('#tab-memories');
  for (const topic of ['<img src=x onerror=alert(1)> pies', '<script>alert(2)</script> tarts']) {
    await page.fill('#add-topic', topic);
    await page.click('#add button[type="submit"]');
    await page.locator('#add-status', { hasText: 'Added' }).waitFor();
  }
  await page.fill('#search', 'onerror');
  await page.locator('#memories li.memory').first().waitFor();
  await page.fill('#search', '');
  const text = await page.locator('#memories').textContent();
  assert.match(text, /img src=x onerror=alert\(1\)> pies/);
  assert.match(text, /script>alert\(2\)<\/script> tarts/);
  assert.equal(await page.locator('body img:not(header img), body script').count(), 0, 'no img or script element in the body');
  // The status line echoes the topic too: as text.
  assert.equal(await page.locator('#add-status *').count(), 0);
  assert.equal(page.dialogs ?? 0, 0, 'no alert ran');
  await page.close();
});

test('this tab: per-site controls persist to chrome.storage.local; the site list and global pause too', async () => {
  const page = await popup();
  assert.equal(await page.locator('#tab-page').getAttribute('aria-selected'), 'true', 'a chat tab opens on This tab');
  assert.match(await page.locator('#page-site h2').textContent(), /ChatGPT/);
  const local = () => page.evaluate(() => chrome.storage.local.get(null));

  await page.getByLabel('Learn here').click();
  await until(async () => (await local()).sites?.chatgpt?.learn === false, 3000, 'learn off stored');
  await page.locator('#page-site label', { hasText: 'Auto' }).click();
  await until(async () => (await local()).sites?.chatgpt?.inject === 'auto', 3000, 'auto stored');

  await page.click('#tab-sites');
  await page.getByLabel('Reminders on Claude').selectOption('off');
  await page.getByLabel('Learn on Gemini').uncheck();
  await until(async () => {
    const { sites } = await local();
    return sites?.claude?.inject === 'off' && sites?.gemini?.learn === false;
  }, 3000, 'site list stored');

  await page.click('#pause');
  await until(async () => (await local()).paused === true, 3000, 'pause stored');
  assert.equal(await page.locator('#paused-banner').isVisible(), true);

  // A fresh popup shows what was stored.
  const again = await popup();
  assert.equal(await again.getByLabel('Learn here').isChecked(), false);
  assert.equal(await again.locator('#page-site input[value="auto"]').isChecked(), true);
  assert.equal(await again.locator('#pause').getAttribute('aria-pressed'), 'true');
  await again.click('#tab-sites');
  assert.equal(await again.getByLabel('Reminders on Claude').inputValue(), 'off');
  await again.click('#pause');
  await until(async () => (await local()).paused === false, 3000, 'resumed');
  await page.evaluate(() => chrome.storage.local.remove('sites'));
  await again.close();
  await page.close();
});

test('this tab: the preamble for a draft, the memories behind it, Insert into the chat and Copy', async () => {
  const page = await popup();
  await page.click('#tab-page');
  await page.fill('#draft', 'Can you suggest a good recipe with spicy ramen noodles?');
  await page.locator('#preamble:not(.empty)').waitFor();
  const text = await page.locator('#preamble').textContent();
  assert.match(text, /^\[Palate: .*\]$/);
  assert.ok((await page.locator('#why li').count()) >= 1);
  const why = await page.locator('#why').textContent();
  assert.match(why, /relevance \d\.\d\d( \(both about [a-z]+\))? · strength/);
  // The noodles memory and the recipe draft are chosen partly for their shared area.
  assert.match(why, /\(both about food\)/);
  await page.screenshot({ path: path.join(SHOTS, 'popup-this-tab.png'), fullPage: true });

  await page.click('#insert');
  await page.locator('#insert-status', { hasText: 'Added to your message' }).waitFor();
  assert.ok((await s.chat.evaluate(() => window.__fixture.text())).startsWith(text), 'the composer holds it');
  await s.chat.evaluate(() => { document.querySelector('#prompt-textarea').textContent = ''; });

  await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `chrome-extension://${s.extensionId}` }).catch(() => {});
  await page.click('#copy');
  await page.locator('#insert-status', { hasText: /Copied|Could not copy/ }).waitFor();

  // Nothing Palate knows bears on this draft, but the style the user added by hand
  // (earlier test) goes with any message.
  await page.fill('#draft', 'What is the capital of Mongolia?');
  await page.locator('#preamble', { hasText: "[Palate: About me: I don't want bullet points. Use only if relevant.]" }).waitFor();
  assert.equal(await page.locator('#why li').count(), 1);
  assert.match(await page.locator('#why').textContent(), /^bullet points \(Answer style\) .*it goes with any message/);
  // Not used, it is not said: then nothing is.
  const hide = (hidden) => page.evaluate((e) => chrome.runtime.sendMessage({ kind: 'edit', edit: e }), { op: 'hide', topic: 'bullet points', hidden });
  assert.equal((await hide(true)).ok, true);
  await page.fill('#draft', 'What is the capital of Mongolia? ');
  await page.locator('#preamble', { hasText: 'Nothing Palate knows is relevant' }).waitFor();
  assert.equal(await page.locator('#insert').isDisabled(), true);
  assert.equal(await page.locator('#why li').count(), 0);
  assert.equal((await hide(false)).ok, true);
  await page.close();
});

test('a site whose page changed says so: learning is paused there', async () => {
  const page = await popup();
  await page.evaluate(() => chrome.storage.session.set({ health: { chatgpt: { ok: false, problem: 'composer-not-found', at: Date.now() } } }));
  await page.reload();
  await page.locator('#page-site [role="alert"]', { hasText: 'This site’s page changed; learning is paused here.' }).waitFor();
  await page.evaluate(() => chrome.storage.session.set({ health: { chatgpt: { ok: true, problem: '', at: Date.now() } } }));
  await page.close();
});

test('keyboard only: Tab reaches every control with a visible focus ring; arrows move between panels', async () => {
  const page = await popup();
  await page.click('#tab-memories');
  await row(page, 'spicy ramen');
  await page.fill('#search', '');
  const controls = await page.evaluate(() =>
    [...document.querySelectorAll('button, input, select, textarea, a[href], summary')]
      .filter((el) => el.tabIndex >= 0 && el.offsetParent !== null && !el.disabled)
      .map((el, i) => (el.dataset.k = String(i))),
  );
  await page.evaluate(() => document.activeElement?.blur());
  const reached = new Set();
  let unringed = [];
  for (let i = 0; i < controls.length + 10; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return { k: el?.dataset.k, ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0, name: el?.outerHTML?.slice(0, 60) };
    });
    if (info.k !== undefined) reached.add(info.k);
    if (info.k !== undefined && !info.ring) unringed.push(info.name);
  }
  const missed = controls.filter((k) => !reached.has(k));
  assert.deepEqual(missed, [], 'every control is reachable by Tab');
  assert.deepEqual(unringed, [], 'every focused control shows a focus ring');

  await page.focus('#tab-memories');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-sites');
  assert.equal(await page.locator('#panel-sites').isVisible(), true);
  // Every form control has an accessible name.
  const unnamed = await page.evaluate(() =>
    [...document.querySelectorAll('input, select, textarea, button')]
      .filter((el) => !(el.labels?.length || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || el.textContent.trim()))
      .map((el) => el.outerHTML.slice(0, 80)),
  );
  assert.deepEqual(unnamed, []);
  await page.close();
});

test('the popup knows every site the content scripts run on', async () => {
  const page = await popup();
  const manifest = JSON.parse(await readFile(path.join(ROOT, 'manifest.json'), 'utf8'));
  const files = manifest.content_scripts[0].js.filter((f) => f.includes('/sites/'));
  const ids = await page.evaluate(() => globalThis.PalateSites.all().map((a) => a.id));
  assert.deepEqual(ids.sort(), files.map((f) => path.basename(f, '.js')).sort(), 'popup.html loads every adapter file');
  await page.close();
});

test('the popup is readable at 380 px: nothing overflows sideways, even beside a vertical scrollbar', async () => {
  const page = await popup();
  for (const tab of ['#tab-page', '#tab-memories']) {
    await page.click(tab);
    const [wide, room, scrolls] = await page.evaluate(() => {
      const root = document.documentElement;
      return [root.scrollWidth, root.clientWidth, root.scrollHeight > root.clientHeight];
    });
    assert.ok(wide <= room, `${tab}: content is ${wide}px wide in ${room}px${scrolls ? ' (beside a scrollbar)' : ''}`);
  }
  await page.close();
});

test('faded: what Palate let go is listed apart and can be restored', async () => {
  const page = await popup();
  const params = (await page.evaluate(() => chrome.runtime.sendMessage({ kind: 'params' }))).result;
  // Tastes that halve in under a second: everything learned here fades at once.
  const quick = { ...params, decay: { ...params.decay, preference_half_life_days: 0.00001 } };
  assert.equal((await page.evaluate((p) => chrome.runtime.sendMessage({ kind: 'setParams', params: p }), quick)).ok, true);
  try {
    await page.waitForTimeout(3000);
    await page.reload();
    await page.waitForSelector('#memories[aria-busy="false"]', { state: 'attached' });
    await page.click('#tab-memories');
    const section = page.locator('#faded-section');
    await section.waitFor();
    assert.match(await section.locator('summary').textContent(), /Faded \(\d+\)/);
    await section.locator('summary').click();
    const ramen = page.locator('#faded li.memory[data-topic="spicy ramen"]');
    await ramen.waitFor();
    await ramen.getByRole('button', { name: 'Restore spicy ramen' }).click();
    await page.locator('#toast', { hasText: 'Restored' }).waitFor();
    await until(async () => (await edits()).some((e) => e.op === 'restore' && e.topic === 'spicy ramen'), 5000, 'restore logged');
    // Only the user purges a faded memory.
    await page.locator('#faded li.memory[data-topic="spicy curry"]').getByRole('button', { name: 'Delete spicy curry for good' }).click();
    await until(async () => (await edits()).some((e) => e.op === 'delete' && e.topic === 'spicy curry'), 5000, 'purge logged');
  } finally {
    await page.evaluate((p) => chrome.runtime.sendMessage({ kind: 'setParams', params: p }), params);
    await page.close();
  }
});

test('drift on what the user owns is only suggested: accept, edit or dismiss it; a group\'s own words pin it', async () => {
  const page = await popup();
  const send = (m) => page.evaluate((m) => chrome.runtime.sendMessage(m), m);
  const say = async (id, text) => assert.equal((await send({ kind: 'observe', id, site: 'chatgpt', text })).ok, true);
  const reopen = async () => {
    await page.reload();
    await page.waitForSelector('#memories[aria-busy="false"]', { state: 'attached' });
    await page.click('#tab-memories');
  };

  // A memory the user wrote and pinned, contradicted by later messages.
  await send({ kind: 'edit', edit: { op: 'add', topic: 'green tea', kind: 'preference', polarity: 'like' } });
  await send({ kind: 'edit', edit: { op: 'pin', topic: 'green tea', pinned: true } });
  await say('drift-tea-1', 'I hate green tea.');
  await say('drift-tea-2', 'I really hate green tea.');
  await reopen();
  let tea = await row(page, 'green tea');
  await tea.locator('.suggestion', { hasText: 'recent messages say you dislike green tea' }).waitFor();
  await tea.getByRole('button', { name: 'Accept suggestion for green tea' }).waitFor();
  await tea.getByRole('button', { name: 'Dismiss suggestion for green tea' }).click();
  await until(async () => (await edits()).some((e) => e.op === 'dismiss_suggestion' && e.topic === 'green tea'), 5000, 'dismissal logged');
  await page.locator('#toast', { hasText: 'Suggestion dismissed' }).waitFor();
  tea = await row(page, 'green tea');
  assert.equal(await tea.locator('.suggestion').count(), 0);
  assert.match(await tea.locator('.pol').textContent(), /Likes/, 'dismissing keeps the memory as the user said');
  // More of the same does not bring it back.
  await say('drift-tea-3', 'I hate green tea so much.');
  await reopen();
  assert.equal(await (await row(page, 'green tea')).locator('.suggestion').count(), 0);

  // A group: written in the user's words from the popup, which pins it.
  for (const [i, text] of ['I love quiet keyboards.', 'I love quiet mechanical keyboards.', 'I like quiet keyboard switches.'].entries()) {
    await say(`keys-like-${i}`, text);
  }
  await reopen();
  await page.fill('#search', '');
  const review = (await send({ kind: 'review' })).result;
  const group = review.clusters.find((c) => c.members.some((m) => m.topic === 'quiet mechanical keyboards'));
  assert.ok(group, `the keyboards form a group: ${JSON.stringify(review.clusters.map((c) => c.description))}`);
  const cluster = () => page.locator(`[data-cluster="${group.id}"]`);
  await cluster().locator('> .head').click();
  await cluster().getByRole('button', { name: /^Edit description/ }).click();
  const field = cluster().locator('.describe input');
  assert.equal(await field.inputValue(), group.description);
  assert.equal(await field.evaluate((i) => i === document.activeElement), true, 'the field takes the focus');
  await field.fill('keyboards for the office');
  await page.keyboard.press('Enter');
  await until(async () => (await edits()).some((e) => e.op === 'describe_cluster' && e.description === 'keyboards for the office'), 5000, 'description logged');
  await cluster().locator('.desc', { hasText: 'keyboards for the office' }).waitFor();
  await cluster().locator('.tag', { hasText: 'pinned' }).waitFor();
  assert.equal(await cluster().locator('.suggestion').count(), 0, 'the user\'s own words are not second-guessed at once');

  // Drift: the words stay; automation's new ones are offered.
  for (const [i, text] of ['I hate quiet keyboards.', 'I hate quiet mechanical keyboards.', 'I hate quiet keyboard switches.', 'I really hate quiet keyboards.'].entries()) {
    await say(`keys-hate-${i}`, text);
  }
  await reopen();
  const suggested = (await send({ kind: 'review' })).result.clusters.find((c) => c.id === group.id).suggestion;
  assert.match(suggested ?? '', /dislikes/);
  const offer = cluster().locator('.suggestion');
  assert.match(await offer.textContent(), /Palate would now say “dislikes/);
  assert.match(await cluster().locator('.desc').textContent(), /keyboards for the office/);
  await page.screenshot({ path: path.join(SHOTS, 'popup-suggestions.png'), fullPage: true });
  // Edit starts from the suggested words; Cancel leaves everything as it was.
  await offer.getByRole('button', { name: /^Edit suggested description/ }).click();
  assert.equal(await cluster().locator('.describe input').inputValue(), suggested);
  await cluster().locator('.describe button', { hasText: 'Cancel' }).click();
  assert.equal(await cluster().locator('.describe').count(), 0);
  // Dismiss: gone, logged, and the words unchanged.
  await offer.getByRole('button', { name: /^Dismiss suggested description/ }).click();
  await until(async () => (await edits()).some((e) => e.op === 'dismiss_cluster_suggestion'), 5000, 'group dismissal logged');
  await page.locator('#toast', { hasText: 'Suggestion dismissed' }).waitFor();
  assert.equal(await cluster().locator('.suggestion').count(), 0);
  assert.match(await cluster().locator('.desc').textContent(), /keyboards for the office/);

  // New evidence that changes automation's words offers them; Accept writes them.
  for (const [i, text] of ['I love quiet keyboards.', 'I love quiet keyboards a lot.', 'I really love quiet mechanical keyboards.', 'I love quiet keyboard switches.', 'I adore quiet keyboards.'].entries()) {
    await say(`keys-love-${i}`, text);
  }
  await reopen();
  const next = (await send({ kind: 'review' })).result.clusters.find((c) => c.id === group.id);
  assert.ok(next.suggestion && next.suggestion !== suggested, `a different suggestion: ${next.suggestion}`);
  await cluster().locator('.suggestion').getByRole('button', { name: /^Accept suggested description/ }).click();
  await until(async () => (await edits()).some((e) => e.op === 'describe_cluster' && e.description === next.suggestion), 5000, 'accept logged');
  await cluster().locator('.desc', { hasText: next.suggestion }).waitFor();
  assert.equal(await cluster().locator('.suggestion').count(), 0);

  // Handed back to automation: not pinned any more, and Palate's words are shown.
  await cluster().locator('> .head').click();
  await cluster().getByRole('button', { name: /^Use Palate's words/ }).click();
  await until(async () => (await edits()).some((e) => e.op === 'automatic_description'), 5000, 'hand-back logged');
  await page.locator('#toast', { hasText: 'Palate describes this group again' }).waitFor();
  const handed = (await send({ kind: 'review' })).result.clusters.find((c) => c.id === group.id);
  assert.deepEqual([handed.authored, handed.provenance], [false, 'learned']);
  await cluster().locator('.desc', { hasText: handed.description }).waitFor();
  assert.equal(await cluster().locator('.tag', { hasText: 'pinned' }).count(), 0);
  assert.equal(await cluster().getByRole('button', { name: /^Use Palate's words/ }).count(), 0, 'offered only for the user\'s own words');
  await page.close();
});

test('the popup paints what it last showed at once, marked busy, then the fresh review in its place', async () => {
  const page = await popup();
  const stored = async () => (await page.evaluate(() => chrome.storage.session.get('popupSnapshot'))).popupSnapshot;
  const snap = await until(stored, 5000, 'snapshot kept');
  const review = (await page.evaluate(() => chrome.runtime.sendMessage({ kind: 'review' }))).result;
  // The first screen and the counts, not the whole review.
  assert.equal(snap.clusters.length, review.clusters.length);
  for (const c of snap.clusters) {
    assert.equal(c.size, review.clusters.find((x) => x.id === c.id).members.length);
    assert.ok(c.members.length <= 8);
  }
  assert.ok(snap.unclustered.length > 0 && snap.unclustered.length <= 60);
  assert.deepEqual(snap.faded, []);
  assert.deepEqual(snap.sizes, { unclustered: review.unclustered.length, faded: review.faded.length });

  // A snapshot the worker no longer agrees with, and a worker that has to wake up.
  const ghost = { ...snap.unclustered[0], id: 999_999, topic: 'only in the snapshot' };
  await page.evaluate((s) => chrome.storage.session.set({ popupSnapshot: s }), { ...snap, unclustered: [ghost, ...snap.unclustered] });
  await page.close();
  await stopWorker(s.context);
  const next = await s.context.newPage();
  await next.setViewportSize({ width: 380, height: 600 });
  await next.addInitScript(() => {
    // Every state of the list, from the first render on.
    window.seen = [];
    new MutationObserver(() => {
      const list = document.getElementById('memories');
      if (list) window.seen.push({ busy: list.getAttribute('aria-busy'), ghost: Boolean(list.querySelector('[data-topic="only in the snapshot"]')) });
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
  });
  await next.goto(`chrome-extension://${s.extensionId}/extension/popup/popup.html`);
  await next.waitForSelector('#memories[aria-busy="false"]', { state: 'attached', timeout: 20_000 });
  const seen = await next.evaluate(() => window.seen);
  assert.ok(seen.some((x) => x.busy === 'true' && x.ghost), 'the snapshot was painted, marked busy');
  assert.deepEqual(seen.at(-1), { busy: 'false', ghost: false }, 'the fresh review replaced it');
  assert.match(await next.locator('#count').textContent(), new RegExp(`${review.clusters.reduce((n, c) => n + c.members.length, 0) + review.unclustered.length} memories`));
  s.worker = s.context.serviceWorkers()[0] ?? (await s.context.waitForEvent('serviceworker'));
  await next.close();
});

test('empty: a new profile explains what Palate does and how to start', async () => {
  const fresh = await launch(await newProfile());
  try {
    const page = await fresh.context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(`chrome-extension://${fresh.extensionId}/extension/popup/popup.html`);
    await page.waitForSelector('#memories[aria-busy="false"]', { state: 'attached' });
    const text = await page.locator('#memories').textContent();
    assert.match(text, /hasn’t learned anything yet/);
    assert.match(text, /ChatGPT, Claude/);
    assert.equal(await page.locator('#faded-section').isVisible(), false);
    await page.screenshot({ path: path.join(SHOTS, 'popup-empty.png'), fullPage: true });
    await page.click('#tab-page');
    assert.match(await page.locator('#page-site').textContent(), /isn’t a chat Palate works on/);
    assert.deepEqual(fresh.workerErrors, []);
  } finally {
    await fresh.context.close();
  }
});

test("draft.js answers {kind:'draft'} with the composer's text, without Palate's own preamble, and what the conversation was told", async () => {
  // Run the content scripts in the ChatGPT fixture without the extension: chrome.runtime
  // is a stand-in that hands over the message listener (as tests/e2e/isolation.test.js does).
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext();
    await context.route(/.*/, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<main>'
      + '<div data-message-author-role="user">[Palate: About me: I avoid gluten. Use only if relevant.] Dinner ideas?</div>'
      + '<div data-message-author-role="assistant">[Palate: not the user’s]</div>'
      + '<div data-message-author-role="user">And for lunch?</div>'
      + '<div id="prompt-textarea" contenteditable="true"></div></main>' }));
    const page = await context.newPage();
    await page.goto('https://chatgpt.com/');
    await page.evaluate(() => {
      window.chrome = { runtime: { id: 'palate', onMessage: { addListener: (fn) => (window.listener = fn) } } };
    });
    for (const file of ['registry.js', 'sites/chatgpt.js', 'draft.js']) {
      await page.addScriptTag({ content: await readFile(path.join(ROOT, 'extension', 'content', file), 'utf8') });
    }
    await page.evaluate(() => {
      document.querySelector('#prompt-textarea').innerText = '[Palate: About me: I love tea. Use only if relevant.] What tea goes with cake?';
    });
    const ask = (sender) => page.evaluate((sender) => new Promise((resolve) => window.listener({ kind: 'draft' }, sender, resolve)), sender);
    assert.deepEqual(await ask({ id: 'palate' }), {
      ok: true,
      site: 'chatgpt',
      text: 'What tea goes with cake?',
      // Only the user's turns that carry a preamble; the draft's own is not "said" yet.
      said: ['[Palate: About me: I avoid gluten. Use only if relevant.] Dinner ideas?'],
    });
    const other = await page.evaluate(() => window.listener({ kind: 'draft' }, { id: 'someone-else' }, () => {}));
    assert.equal(other, false, 'another extension gets no answer');
    await page.evaluate(() => document.querySelector('#prompt-textarea').remove());
    assert.deepEqual(await ask({ id: 'palate' }), { ok: false, site: 'chatgpt', text: '', said: [], problem: 'composer not found' });
  } finally {
    await browser.close();
  }
});

test('the why-list names a memory as the memory list does, with the capitals the person wrote', async () => {
  const ext = await extensionPage(s.context, s.extensionId);
  const sent = await ext.evaluate(() => chrome.runtime.sendMessage({ kind: 'observe', id: 'lisbon', site: 'chatgpt', text: 'I live in Lisbon' }));
  assert.equal(sent.result.status, 'recorded');
  await ext.close();
  const page = await popup();
  await page.click('#tab-page');
  await page.fill('#draft', 'Suggest a day trip for this weekend');
  await page.locator('#preamble', { hasText: 'I live in Lisbon' }).waitFor();
  assert.match(await page.locator('#why').textContent(), /lives in Lisbon \(About you\) relevance/);
  assert.equal(await (await row(page, 'lives in lisbon')).locator('.topic').textContent(), 'lives in Lisbon');
  await page.close();
});
