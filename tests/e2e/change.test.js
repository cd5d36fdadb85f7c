// A change of mind, typed as a person would say it: the memory turns at once rather
// than cancelling out; a new home, or a fact said to be over, goes to Faded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newProfile, extensionPage, readStore, until } from '../support/browser.js';

const TURNS = [
  "I love sushi and I live in Berlin. I'm vegetarian.",
  "I used to love sushi but now I can't stand it. I just moved to Lisbon. I'm not vegetarian anymore.",
];

test('"now I can\'t stand it" turns the memory; a move and "not ... anymore" fade the old facts', async () => {
  const s = await launch(await newProfile());
  try {
    const ext = await extensionPage(s.context, s.extensionId);
    const chat = await s.context.newPage();
    for (const [i, text] of TURNS.entries()) {
      await chat.goto('https://chatgpt.com/');
      await chat.click('#prompt-textarea');
      await chat.keyboard.type(text);
      await chat.keyboard.press('Enter');
      await until(async () => (await readStore(s.worker, 'signals')).length === i + 1, 10_000, `turn ${i + 1}`);
    }
    const memories = await until(async () => {
      const rows = await readStore(s.worker, 'memories');
      return rows.some((m) => m.topic === 'lives in lisbon') ? rows : null;
    }, 10_000, 'the second turn learned');
    const [second] = (await readStore(s.worker, 'signals')).filter((r) => r.text === TURNS[1]);
    assert.deepEqual(
      second.items.map((i) => [i.topic, i.polarity, Boolean(i.revises)]),
      [['sushi', 'dislike', true], ['lives in lisbon', 'like', false], ['vegetarian diet', 'dislike', true]],
    );
    const sushi = memories.find((m) => m.topic === 'sushi');
    assert.equal(sushi.polarity, 'dislike', JSON.stringify(sushi));

    // The popup: sushi is a dislike in the list; Berlin and the diet wait under Faded.
    const tabId = await ext.evaluate(async () => (await chrome.tabs.query({ url: 'https://chatgpt.com/*' }))[0].id);
    const page = await s.context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(`chrome-extension://${s.extensionId}/extension/popup/popup.html?tab=${tabId}`);
    await page.waitForSelector('#memories[aria-busy="false"]', { state: 'attached' });
    await page.click('#tab-memories');
    const row = page.locator('#memories li.memory[data-topic="sushi"]');
    await row.waitFor();
    assert.match(await row.textContent(), /dislike/i);
    await page.locator('#memories li.memory[data-topic="lives in lisbon"]').waitFor();
    assert.equal(await page.locator('#memories li.memory[data-topic="lives in berlin"]').count(), 0);
    await page.locator('#faded-section summary').click();
    await page.locator('#faded li.memory[data-topic="lives in berlin"]').waitFor();
    await page.locator('#faded li.memory[data-topic="vegetarian diet"]').waitFor();
    assert.equal(await page.locator('#memories li.memory[data-topic="vegetarian diet"]').count(), 0);
    assert.deepEqual(s.workerErrors, []);
  } finally {
    await s.context.close();
  }
});
