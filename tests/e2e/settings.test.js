// The worker's side of the settings (extension/settings.js): it refuses to learn when
// learning is off or paused even if a content script asks (defence in depth), keeps
// doing so after being stopped and restarted, follows changes at once, and lets a
// chat page ask only for what a chat page needs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newProfile, extensionPage, send } from '../support/browser.js';

const observe = (popup, id, text) => send(popup, { kind: 'observe', id, site: 'chatgpt', text });

test('the worker skips turns from a site with learning off, or while paused, also after a restart', async () => {
  const { context, extensionId, workerErrors } = await launch(await newProfile());
  try {
    const popup = await extensionPage(context, extensionId);
    const setSite = (change) =>
      popup.evaluate(
        async (change) => (await import(chrome.runtime.getURL('extension/settings.js'))).updateSite('chatgpt', change),
        change,
      );

    await setSite({ learn: false });
    let reply = await observe(popup, 'a', 'I love sourdough bread');
    assert.deepEqual(reply.result, { status: 'skipped', reason: 'learning off for this site' });
    // Another site is not affected.
    reply = await send(popup, { kind: 'observe', id: 'b', site: 'claude', text: 'I love rye bread' });
    assert.equal(reply.result.status, 'recorded');

    // A stopped worker starts again with no cache and reads the settings anew.
    const cdp = await context.newCDPSession(popup);
    await cdp.send('ServiceWorker.enable');
    const stopped = new Promise((resolve) =>
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((v) => v.runningStatus === 'stopped')) resolve();
      }),
    );
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
    reply = await observe(popup, 'c', 'I love sourdough bread');
    assert.deepEqual(reply.result, { status: 'skipped', reason: 'learning off for this site' });

    // Changes apply at once.
    await setSite({ learn: true });
    await popup.evaluate(() => chrome.storage.local.set({ paused: true }));
    reply = await observe(popup, 'd', 'I love sourdough bread');
    assert.deepEqual(reply.result, { status: 'skipped', reason: 'paused' });
    await popup.evaluate(() => chrome.storage.local.set({ paused: false }));
    reply = await observe(popup, 'e', 'I love sourdough bread');
    assert.equal(reply.result.status, 'recorded');

    const status = await send(popup, { kind: 'status' });
    assert.equal(status.result.signals, 2);
    assert.deepEqual(workerErrors, []);
  } finally {
    await context.close();
  }
});

test("a chat page's content script may send its turns, health, preamble requests and feedback, nothing else", async () => {
  const { context } = await launch(await newProfile());
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const worlds = [];
    cdp.on('Runtime.executionContextCreated', ({ context: c }) => worlds.push(c));
    await cdp.send('Runtime.enable');
    await page.goto('https://chatgpt.com/');
    await page.waitForFunction(() => window.__fixture);
    const world = await (async () => {
      for (let i = 0; i < 50; i++) {
        const found = worlds.find((c) => c.auxData?.type === 'isolated' && c.name === 'Palate');
        if (found) return found;
        await page.waitForTimeout(100);
      }
      throw new Error("Palate's content script world not found");
    })();
    /** Send a message from the content script's own world, as a compromised page script could not. */
    const fromPage = async (message) => {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
        contextId: world.id,
        awaitPromise: true,
        returnByValue: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description);
      return result.value;
    };

    for (const kind of ['review', 'signals', 'rebuild', 'params', 'status']) {
      const reply = await fromPage({ kind });
      assert.equal(reply.ok, false, kind);
      assert.match(reply.error, /not from a chat page/);
    }
    // Learning a whole conversation is the user's choice, made in the popup.
    const thread = await fromPage({ kind: 'learnThread', tabId: 1, site: 'chatgpt', turns: [{ id: 'chatgpt:t:0:1', text: 'I love bread' }] });
    assert.equal(thread.ok, false);
    assert.match(thread.error, /not from a chat page/);
    const edit = await fromPage({ kind: 'edit', edit: { op: 'delete', topic: 'bread' } });
    assert.match(edit.error, /only send feedback/);
    const feedback = await fromPage({ kind: 'edit', edit: { op: 'feedback', topics: ['bread'], feedback: 'kept' } });
    assert.equal(feedback.ok, true, JSON.stringify(feedback));
    const preamble = await fromPage({ kind: 'preamble', draft: 'Bake me some bread' });
    assert.equal(preamble.ok, true);
    assert.deepEqual(preamble.result, { text: '', tokens: 0, used: [], topics: [] });
  } finally {
    await context.close();
  }
});
