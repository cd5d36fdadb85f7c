// Private windows, in a real incognito window: with Palate allowed in incognito (as a
// person does on chrome://extensions), a turn sent on a chat site there is not learned
// until the user turns "Learn in private windows" on in the popup; then it is.
//
// How the test gets there: developer mode on and incognito access granted through
// chrome://extensions' own API (Chrome reloads the extension, which comes back with a
// new service worker); the incognito window is opened with chrome.windows.create from
// an extension page. Playwright attaches to that window's tab as a page of the
// persistent context, so the same request routing serves the fixture there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newProfile, readStore, until } from '../support/browser.js';

test('in an incognito window a sent turn is not learned by default, and is once the user turns private learning on', async () => {
  const { context, worker: first, extensionId } = await launch(await newProfile());
  try {
    const settings = await context.newPage();
    await settings.goto('chrome://extensions/');
    // Without developer mode Chrome disables an unpacked extension when it reloads it.
    await settings.evaluate(() => chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }));
    await settings.evaluate(
      (id) => chrome.developerPrivate.updateExtensionConfiguration({ extensionId: id, incognitoAccess: true }),
      extensionId,
    );
    const info = await settings.evaluate((id) => new Promise((resolve) => chrome.developerPrivate.getExtensionInfo(id, resolve)), extensionId);
    assert.equal(info.incognitoAccess.isActive, true);

    // The reloaded extension: its pages load again, with a new worker.
    const ext = await context.newPage();
    await until(async () => {
      try {
        await ext.goto(`chrome-extension://${extensionId}/extension/popup/popup.html`);
        return true;
      } catch {
        return false; // still reloading
      }
    }, 10_000, 'the reloaded extension');
    const worker = await until(() => context.serviceWorkers().find((w) => w !== first), 10_000, 'the new worker');
    const signals = async () => (await readStore(worker, 'signals')).filter((r) => r.kind === 'turn');

    const opened = context.waitForEvent('page', (p) => p !== ext && p !== settings);
    const win = await ext.evaluate(() => chrome.windows.create({ incognito: true, url: 'https://chatgpt.com/c/private-thread?turns=1' }));
    assert.equal(win.incognito, true);
    const page = await opened;
    await page.waitForURL('https://chatgpt.com/**');
    await page.waitForFunction(() => window.__fixture);
    const [tab] = await ext.evaluate(() => chrome.tabs.query({ url: 'https://chatgpt.com/*' }));
    assert.equal(tab.incognito, true, 'the chat tab is in the incognito window');

    // The content script there knows it runs in a private window.
    const cdp = await context.newCDPSession(page);
    const worlds = [];
    cdp.on('Runtime.executionContextCreated', ({ context: c }) => worlds.push(c));
    await cdp.send('Runtime.enable');
    const world = await until(() => worlds.find((c) => c.auxData?.type === 'isolated' && c.name === 'Palate'), 5_000, "Palate's world");
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: 'chrome.extension.inIncognitoContext',
      contextId: world.id,
      returnByValue: true,
    });
    assert.equal(result.value, true);

    const send = async (text) => {
      await page.click('#prompt-textarea');
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => window.__fixture.chat.busy === 0);
      await page.waitForTimeout(250);
    };
    const hidden = 'I really love private ramen.';
    await send(hidden);

    // The popup for that tab: private learning is off, and says so.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/extension/popup/popup.html?tab=${tab.id}`);
    await popup.locator('#tab-page[aria-selected="true"]').waitFor();
    assert.equal(await popup.locator('#learn-thread').isDisabled(), true);
    assert.match(await popup.locator('#learn-thread-note').textContent(), /private window/);
    // The worker refuses too, for the tab it looks up.
    const turns = await popup.evaluate((id) => chrome.tabs.sendMessage(id, { kind: 'threadTurns' }), tab.id);
    assert.deepEqual(turns.turns.map((t) => t.text), ['I really like spicy ramen (turn 1).', hidden]);
    const refused = await popup.evaluate((m) => chrome.runtime.sendMessage(m), { kind: 'learnThread', tabId: tab.id, site: 'chatgpt', turns: turns.turns });
    assert.deepEqual(refused.result, { learned: 0, already: 0, skipped: 'incognito' });

    await popup.click('#tab-sites');
    const toggle = popup.getByLabel('Learn in private windows');
    assert.equal(await toggle.isChecked(), false);
    await toggle.check();
    await until(async () => !(await popup.locator('#learn-thread').isDisabled()), 3_000, 'the button on');

    const shown = 'I really love private soba.';
    await send(shown);
    // Turns reach the worker in order: once the later one is stored, the first would be.
    await until(async () => (await signals()).some((r) => r.text === shown), 10_000, 'the turn learned');
    const texts = (await signals()).map((r) => r.text);
    assert.ok(!texts.includes(hidden), 'learned in a private window with private learning off');
    assert.deepEqual(texts, [shown]);
    assert.equal(await ext.evaluate(() => chrome.storage.local.get('incognitoLearning')).then((v) => v.incognitoLearning), true);
  } finally {
    await context.close();
  }
});
