// Chrome's built-in AI (the Prompt API) as the extraction provider. What this browser
// offers decides the path: the worker asks `LanguageModel.availability()` itself (the
// API is not faked here), uses it only when "available", and otherwise falls back to the
// built-in extractor visibly: the reason goes to chrome.storage.session and the options
// page shows it. Headless Debian Chromium has no Prompt API, so the fallback runs there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newProfile, extensionPage, send, readStore, until } from '../support/browser.js';

const extractionStatus = async (page) =>
  (await page.evaluate(() => chrome.storage.session.get('providerStatus'))).providerStatus?.extraction;

test("choosing Chrome's built-in AI uses it when available, and otherwise falls back visibly", async () => {
  const { context, worker, extensionId } = await launch(await newProfile());
  try {
    const page = await extensionPage(context, extensionId);
    // What this browser's service worker really offers.
    const availability = await worker.evaluate(async () =>
      'LanguageModel' in globalThis ? String(await globalThis.LanguageModel.availability()) : 'unavailable');
    await until(async () => (await extractionStatus(page))?.using === 'builtin', 10_000, 'the first status');

    await page.evaluate(() => chrome.storage.local.set({ providers: { extraction: { type: 'chrome' } } }));
    const status = await until(async () => {
      const s = await extractionStatus(page);
      return s && (s.using === 'chrome' || s.ok === false) && s;
    }, 10_000, 'the Prompt API choice to be applied');

    if (availability === 'available') {
      assert.deepEqual([status.using, status.ok], ['chrome', true]);
      return; // Running the on-device model is beyond a test; the choice is what is checked.
    }
    assert.deepEqual([status.using, status.ok], ['builtin', false]);
    const reason = { unavailable: /no Prompt API/, downloadable: /not downloaded/, downloading: /still downloading/ }[availability];
    assert.match(status.message, /Chrome's built-in AI cannot be used/);
    assert.match(status.message, reason ?? new RegExp(availability));

    // The built-in extractor does the work meanwhile: a turn is learned, not deferred.
    const seen = await send(page, { kind: 'observe', id: 'p1', site: 'chatgpt', text: 'I hate cilantro' });
    assert.deepEqual(seen.result, { status: 'recorded', items: 1 });
    assert.equal((await readStore(worker, 'signals'))[0].error, undefined);

    // The options page says why.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/extension/options/options.html`);
    const shown = options.locator('#provider-extraction [data-provider-status]');
    await shown.filter({ hasText: "Chrome's built-in AI cannot be used" }).waitFor();
    assert.match(await shown.getAttribute('class'), /error/);
    assert.equal(await options.isChecked('#provider-extraction input[value="chrome"]'), true);

    // Going back to built-in clears the complaint, live.
    await options.click('#provider-extraction input[value="builtin"]');
    await shown.filter({ hasText: 'Extracting with the built-in rules.' }).waitFor();
  } finally {
    await context.close();
  }
});
