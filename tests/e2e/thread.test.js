// "Learn from this conversation": opening or reloading a conversation never learns its
// history; the popup's button opts the thread on the page in, learning each of the
// user's own turns once (never the assistant's, never Palate's preamble), and says
// how many it learned and how many it already knew. Driven on the ChatGPT fixture with
// a generated history (`?turns=8`, tests/fixtures/sites/common/chat.js).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newProfile, extensionPage, readStore, until } from '../support/browser.js';

const ASSISTANT = /I love that you asked|Here is an answer/;
/** The user's words of the 8 generated exchanges, as Palate keeps them (preamble cut). */
const HISTORY = [
  'I really like spicy ramen (turn 1).',
  'I really like trail running (turn 2).',
  'I really like jazz piano (turn 3).',
  'Keep answers short please.',
  'I really like board games (turn 5).',
  'I really like green tea (turn 6).',
  'I really like science fiction (turn 7).',
  'Keep answers short please.',
];

let s; // {context, worker, extensionId, ext}

const signals = async () => (await readStore(s.worker, 'signals')).filter((r) => r.kind === 'turn');

async function openChat(pathname) {
  const page = await s.context.newPage();
  await page.goto(`https://chatgpt.com${pathname}`);
  await page.waitForFunction(() => window.__fixture);
  return page;
}

async function sendTurn(page, text) {
  await page.click('#prompt-textarea');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await until(async () => (await signals()).some((r) => r.text === text), 10_000, `"${text}" learned`);
  await page.waitForFunction(() => window.__fixture.chat.busy === 0);
  await page.waitForTimeout(250);
}

/** The popup acting on the chat tab at `url`, on its "This tab" panel. */
async function popupFor(url) {
  const tabId = await s.ext.evaluate(async (url) => (await chrome.tabs.query({ url })).at(-1).id, url);
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/extension/popup/popup.html?tab=${tabId}`);
  await page.locator('#tab-page[aria-selected="true"]').waitFor();
  return page;
}

/** Press the button from the keyboard and wait for its outcome. */
async function learnFromKeyboard(popup) {
  const button = popup.getByRole('button', { name: 'Learn from this conversation' });
  await button.focus();
  await popup.keyboard.press('Enter');
  await until(async () => /^(Learned|Nothing|There are|Could not)/.test(await popup.locator('#learn-thread-note').textContent()), 20_000, 'the outcome');
  assert.equal(await popup.evaluate(() => document.activeElement?.id), 'learn-thread', 'the focus stays on the button');
  return popup.locator('#learn-thread-note').textContent();
}

before(async () => {
  s = await launch(await newProfile());
  s.ext = await extensionPage(s.context, s.extensionId);
});
after(() => s?.context.close());

test('history is not learned on load or reload; the popup learns each user turn of the thread once, and a second time nothing', async () => {
  const page = await openChat('/c/history-thread?turns=8');
  await page.waitForTimeout(1_000);
  await page.reload();
  await page.waitForFunction(() => window.__fixture);
  // A turn sent now is learned at once; then nothing else came from the page.
  await sendTurn(page, 'I adore miso soup.');
  assert.deepEqual((await signals()).map((r) => r.text), ['I adore miso soup.']);

  const popup = await popupFor('https://chatgpt.com/c/history-thread*');
  assert.equal(await popup.locator('#learn-thread').isDisabled(), false);
  assert.equal(await learnFromKeyboard(popup), 'Learned 8 of your messages; 1 was already learned.');

  const rows = (await signals()).filter((r) => r.id.startsWith('chatgpt:history-thread:'));
  assert.deepEqual(rows.map((r) => r.text).sort(), [...HISTORY, 'I adore miso soup.'].sort());
  assert.equal(new Set(rows.map((r) => r.id)).size, rows.length);
  const repeated = rows.filter((r) => r.text === 'Keep answers short please.').map((r) => r.id.split(':').at(-1));
  assert.deepEqual(repeated.sort(), ['1', '2'], 'the same words twice in a thread are two turns');
  assert.ok(!rows.some((r) => ASSISTANT.test(r.text)), 'an assistant turn was learned');
  assert.ok(!rows.some((r) => r.text.includes('[Palate:')), 'a preamble was stored');
  // What was learned shows up in the memories.
  await until(async () => (await popup.locator('#memories').textContent()).includes('trail running'), 5_000, 'the memories');

  assert.equal(await learnFromKeyboard(popup), 'Learned 0 of your messages; 9 were already learned.');
  assert.equal((await signals()).length, 9);

  // Reloading the conversation afterwards learns nothing either.
  await page.reload();
  await page.waitForFunction(() => window.__fixture);
  await page.waitForTimeout(1_000);
  assert.equal((await signals()).length, 9);
  await popup.close();
  await page.close();
});

test('a first message sent from the new-chat page counts as learned in the conversation it started', async () => {
  const page = await openChat('/');
  const text = 'I love dark chocolate with sea salt.';
  await sendTurn(page, text);
  assert.match(page.url(), /\/c\//, 'the fixture gave the conversation its id');
  const before = (await signals()).length;

  const popup = await popupFor(page.url());
  assert.equal(await learnFromKeyboard(popup), 'Learned 0 of your messages; 1 was already learned.');
  assert.equal((await signals()).length, before);
  assert.equal((await signals()).filter((r) => r.text === text).length, 1);
  await popup.close();
  await page.close();
});

test('the button is off, with the reason, while learning is off for the site or paused; the worker refuses too', async () => {
  const page = await openChat('/c/gated-thread?turns=2');
  const popup = await popupFor('https://chatgpt.com/c/gated-thread*');
  const note = popup.locator('#learn-thread-note');
  const button = popup.locator('#learn-thread');

  await popup.getByLabel('Learn here').uncheck();
  await until(async () => await button.isDisabled(), 3_000, 'the button off');
  assert.equal(await note.textContent(), 'Learning is off on ChatGPT.');
  assert.equal(await button.getAttribute('aria-describedby'), 'learn-thread-note');
  const tabId = Number(new URL(popup.url()).searchParams.get('tab'));
  const turns = await popup.evaluate((id) => chrome.tabs.sendMessage(id, { kind: 'threadTurns' }), tabId);
  assert.equal(turns.ok, true);
  assert.deepEqual(turns.turns.map((t) => t.text), HISTORY.slice(0, 2));
  const refused = await popup.evaluate((m) => chrome.runtime.sendMessage(m), { kind: 'learnThread', tabId, site: 'chatgpt', turns: turns.turns });
  assert.deepEqual(refused.result, { learned: 0, already: 0, skipped: 'learning off for this site' });

  await popup.getByLabel('Learn here').check();
  await until(async () => !(await button.isDisabled()), 3_000, 'the button on');
  await popup.click('#pause');
  await until(async () => (await note.textContent()) === 'Palate is paused, so it learns nothing.', 3_000, 'the paused reason');
  assert.equal(await button.isDisabled(), true);
  const paused = await popup.evaluate((m) => chrome.runtime.sendMessage(m), { kind: 'learnThread', tabId, site: 'chatgpt', turns: turns.turns });
  assert.equal(paused.result.skipped, 'paused');
  await popup.click('#pause');
  await until(async () => !(await button.isDisabled()), 3_000, 'the button on again');

  assert.ok(!(await signals()).some((r) => r.id.startsWith('chatgpt:gated-thread:')), 'learned while off');
  await popup.close();
  await page.close();
});
