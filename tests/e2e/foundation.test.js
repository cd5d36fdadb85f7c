// The walking skeleton end to end: a turn typed on the ChatGPT fixture reaches
// IndexedDB through the content script, the service worker and the Wasm core.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newProfile, extensionPage, send, readStore, until } from '../support/browser.js';

const MESSAGE = 'I really love spicy ramen, but I hate cilantro.';

async function typeAndSend(page, text) {
  await page.click('#prompt-textarea');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

test('a ChatGPT turn is learned once, history and assistant turns are not, and it survives a restart', async () => {
  const profile = await newProfile();
  let { context, worker, extensionId, workerErrors } = await launch(profile);
  try {
    const popup = await extensionPage(context, extensionId);
    const ready = await send(popup, { kind: 'status' });
    assert.equal(ready.ok, true, JSON.stringify(ready));
    assert.equal(ready.result.signals, 0);

    // An existing conversation: its history is on the page but must not be learned.
    const page = await context.newPage();
    await page.goto('https://chatgpt.com/c/existing-thread');
    await page.waitForSelector('[data-message-author-role="user"]');
    await typeAndSend(page, MESSAGE);

    const signals = await until(async () => {
      const rows = await readStore(worker, 'signals');
      return rows.length ? rows : null;
    }, 10_000, 'the turn in IndexedDB');
    // Let the streamed reply and the fixture's full re-render settle.
    await page.waitForFunction(() => document.querySelectorAll('[data-message-author-role]').length === 4);
    await page.waitForTimeout(800);

    const after = await readStore(worker, 'signals');
    assert.equal(after.length, 1, `exactly one turn stored: ${JSON.stringify(after)}`);
    const [turn] = after;
    assert.equal(turn.text, MESSAGE);
    assert.equal(turn.site, 'chatgpt');
    assert.equal(turn.kind, 'turn');
    assert.ok(turn.at > 0 && turn.at <= Date.now());
    assert.ok(turn.id.startsWith('chatgpt:existing-thread:'), turn.id);
    assert.deepEqual(signals.map((s) => s.text), [MESSAGE]);
    assert.ok(!after.some((s) => /pineapple|helping|Here is an answer/.test(s.text)));

    // The Send button path, on a fresh chat whose URL changes on the first send.
    await page.goto('https://chatgpt.com/');
    await page.click('#prompt-textarea');
    await page.keyboard.type('Keep answers short please');
    await page.click('#composer-submit-button');
    await until(async () => (await readStore(worker, 'signals')).length === 2, 10_000, 'the second turn');
    await page.waitForURL(/\/c\//);
    await page.waitForTimeout(800);
    assert.equal((await readStore(worker, 'signals')).length, 2);
    assert.deepEqual(workerErrors, []);
  } finally {
    await context.close();
  }

  // Same profile, new browser: the log is still there.
  ({ context, worker } = await launch(profile));
  try {
    const popup = await extensionPage(context, extensionId);
    const status = await send(popup, { kind: 'status' });
    assert.equal(status.result.signals, 2);
    const texts = (await readStore(worker, 'signals')).map((s) => s.text).sort();
    assert.deepEqual(texts, ['I really love spicy ramen, but I hate cilantro.', 'Keep answers short please']);
  } finally {
    await context.close();
  }
});

test('a message the worker cannot understand gets a clear error, loses nothing, and the worker keeps serving', async () => {
  const { context, worker, extensionId } = await launch(await newProfile());
  try {
    const popup = await extensionPage(context, extensionId);
    const good = await send(popup, { kind: 'observe', id: 'k1', site: 'chatgpt', text: 'I adore green tea' });
    // Recorded; how many items the extractor finds in it is the core's business.
    assert.equal(good.ok, true, JSON.stringify(good));
    assert.equal(good.result.status, 'recorded');

    const cases = [
      [{ kind: 'launchMissiles' }, /unknown message kind "launchMissiles"/],
      [{ nope: 1 }, /unknown message kind undefined/],
      [{ kind: 'observe', id: 'k2', site: 'chatgpt', text: 42 }, /"text" must be a string/],
      [{ kind: 'observe', id: 'k3', site: 'Chat GPT!', text: 'hi' }, /site id/],
      [{ kind: 'observe', id: 'k4', site: 'chatgpt', text: '   ' }, /the message is empty/],
    ];
    for (const [message, expected] of cases) {
      const reply = await send(popup, message);
      assert.equal(reply.ok, false, JSON.stringify(message));
      assert.match(reply.error, expected);
    }

    const dup = await send(popup, { kind: 'observe', id: 'k1', site: 'chatgpt', text: 'I adore green tea' });
    assert.deepEqual(dup.result, { status: 'duplicate' });
    const html = '<img src=x onerror="alert(1)"><script>alert(2)</script> I like <b>bold</b> tea';
    const ok = await send(popup, { kind: 'observe', id: 'k5', site: 'chatgpt', text: html });
    assert.equal(ok.ok, true);

    const rows = await readStore(worker, 'signals');
    assert.deepEqual(rows.map((r) => r.id).sort(), ['k1', 'k5']);
    assert.equal(rows.find((r) => r.id === 'k5').text, html, 'stored verbatim, as text');
  } finally {
    await context.close();
  }
});
