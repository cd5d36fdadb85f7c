// A style wish the person stands by (said in two chats, or once as a rule) is offered
// for any draft, however unrelated, and a conversation that was told something is not
// told it again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newProfile, readStore, until } from '../support/browser.js';
import { chip } from '../support/chip.js';

const DRAFT = 'Explain how vaccines work';

/** A new ChatGPT chat with the composer focused, and a turn sent there; `sendTurn`
 * resolves to the turn's row in the signal log once it is learned. */
function chat(s, page) {
  const newChat = async () => {
    await page.goto('https://chatgpt.com/');
    await page.click('#prompt-textarea');
  };
  const sendTurn = async (text) => {
    const before = (await readStore(s.worker, 'signals')).length;
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    return until(async () => {
      const rows = await readStore(s.worker, 'signals');
      return rows.length === before + 1 ? rows.find((r) => r.text === text) : null;
    }, 10_000, `"${text}" learned`);
  };
  return { newChat, sendTurn };
}

test('"keep answers short", said in two chats, is offered for an unrelated draft once per conversation', async () => {
  const s = await launch(await newProfile());
  try {
    const page = await s.context.newPage();
    const { newChat, sendTurn } = chat(s, page);
    const noChip = async (what) => {
      await page.waitForTimeout(800);
      assert.equal(await chip(page), null, `a chip was shown: ${what}`);
    };
    const chipShown = () => until(async () => ((c) => (c?.offers ? c : null))(await chip(page)), 5_000, 'the chip');

    await newChat();
    await sendTurn('Please keep answers short.');
    // Said once, it may have been meant for that chat: nothing for an unrelated draft.
    await newChat();
    await page.keyboard.type(DRAFT);
    await noChip('a style wish said once, for an unrelated draft');

    // Said again in another chat: it applies to every answer.
    await newChat();
    await sendTurn('Keep it brief, please.');
    await newChat();
    await page.keyboard.type(DRAFT);
    const offer = await chipShown();
    assert.equal(offer.text, '[Palate: About me: I prefer concise answers. Use only if relevant.]');
    await page.keyboard.press('Alt+KeyP');
    await until(async () => (await page.evaluate(() => window.__fixture.text())).startsWith(offer.text), 5_000, 'inserted');
    await page.keyboard.press('Enter');
    await until(async () => (await page.evaluate(() => document.body.innerText)).includes(offer.text), 5_000, 'sent with it');
    // Sent right after Alt+P, while the insertion was still making sure it took: the next
    // draft starts empty, not with the reminder written again.
    await page.waitForTimeout(300);
    assert.equal((await page.evaluate(() => window.__fixture.text())).trim(), '', 'the composer after the send');

    // The conversation now holds it: a follow-up is not told again.
    await page.click('#prompt-textarea');
    await page.keyboard.type('And how do antibodies work?');
    await noChip('the follow-up in a conversation that was told');
    // The popup's view of this tab reads the conversation as the chip does, and says why
    // it adds nothing.
    const ext = await s.context.newPage();
    await ext.goto(`chrome-extension://${s.extensionId}/extension/popup/popup.html`);
    const tabId = await ext.evaluate(async () => (await chrome.tabs.query({ url: 'https://chatgpt.com/*' }))[0].id);
    await ext.goto(`chrome-extension://${s.extensionId}/extension/popup/popup.html?tab=${tabId}`);
    await until(async () => /already told/.test(await ext.locator('#preamble').textContent()), 5_000, 'the popup on the told conversation');
    assert.equal(await ext.inputValue('#draft'), 'And how do antibodies work?');
    assert.equal(await ext.locator('#preamble').textContent(), 'This conversation was already told what Palate knows about this, so it adds nothing.');
    assert.equal(await ext.locator('#why li.told').textContent(), 'concise answers (Answer style) left out: already told in this conversation');
    assert.equal(await ext.locator('#insert').isDisabled(), true);

    // A new chat is told again.
    await newChat();
    await page.keyboard.type('And how do antibodies work?');
    assert.equal((await chipShown()).text, offer.text);

    // The popup says why it goes with a draft about something else.
    await ext.goto(`chrome-extension://${s.extensionId}/extension/popup/popup.html`);
    await ext.click('#tab-page');
    await ext.fill('#draft', DRAFT);
    await ext.locator('#preamble:not(.empty)').waitFor();
    assert.equal(await ext.locator('#preamble').textContent(), offer.text);
    assert.match(await ext.locator('#why').textContent(), /concise answers \(Answer style\) relevance \d\.\d\d \(a style you keep to: it goes with any message\)/);
    // ... and marks it in the list of memories.
    await ext.click('#tab-memories');
    const row = ext.locator('#memories li.memory[data-topic="concise answers"]');
    await row.waitFor();
    assert.match(await row.locator('.tag').allTextContents().then((t) => t.join(' ')), /every chat/);
    assert.deepEqual(s.workerErrors, []);
  } finally {
    await s.context.close();
  }
});

test('a style wish said as a rule is offered for an unrelated draft after one mention; one for this answer only is not learned', async () => {
  const s = await launch(await newProfile());
  try {
    const page = await s.context.newPage();
    const { newChat, sendTurn } = chat(s, page);
    await newChat();
    const scoped = await sendTurn('No bullet points in this one, thanks.');
    assert.deepEqual(scoped.items, [], 'a wish for the answer at hand');
    await newChat();
    const rule = await sendTurn('Never use emojis, they look unprofessional.');
    assert.deepEqual(rule.items.map((i) => [i.topic, i.kind, Boolean(i.lasting)]), [['emojis', 'style', true]]);
    await newChat();
    await page.keyboard.type(DRAFT);
    const offer = await until(async () => ((c) => (c?.offers ? c : null))(await chip(page)), 5_000, 'the chip');
    assert.equal(offer.text, "[Palate: About me: I don't want emojis. Use only if relevant.]");
    const memories = await readStore(s.worker, 'memories');
    assert.ok(!memories.some((m) => m.topic === 'bullet points'), JSON.stringify(memories.map((m) => m.topic)));
    assert.deepEqual(s.workerErrors, []);
  } finally {
    await s.context.close();
  }
});
