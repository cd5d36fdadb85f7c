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

// Chrome downloads its on-device model only for a page that asks during a user's click,
// which the worker cannot do. The page's LanguageModel is replaced here by a stand-in
// that reports "downloadable" and plays a download: what is checked is Palate's side
// (offer, progress, failure, the worker applying the choice again), not Chrome's model.
test("while Chrome's model is downloadable, the options page offers the download and then has the worker apply the choice again", async () => {
  const { context, extensionId } = await launch(await newProfile());
  try {
    const page = await extensionPage(context, extensionId);
    await page.evaluate(() => chrome.storage.local.set({ providers: { extraction: { type: 'chrome' } } }));
    await until(async () => (await extractionStatus(page))?.at, 10_000, 'the worker to apply the choice');
    const before = (await extractionStatus(page)).at;

    const options = await context.newPage();
    await options.addInitScript(() => {
      const calls = (globalThis.__modelCalls = { create: 0, destroyed: 0 });
      const fake = {
        availability: async () => 'downloadable',
        async create({ monitor } = {}) {
          calls.create += 1;
          if (globalThis.__failDownload) throw new Error('the network went away');
          const target = new EventTarget();
          monitor?.(target);
          for (const loaded of [0.25, 1]) {
            await new Promise((r) => setTimeout(r, 20));
            target.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded }));
          }
          return { destroy: () => (calls.destroyed += 1) };
        },
      };
      Object.defineProperty(globalThis, 'LanguageModel', { value: fake, configurable: true });
    });
    await options.goto(`chrome-extension://${extensionId}/extension/options/options.html`);
    const box = options.locator('#provider-extraction [data-chrome-model]');
    await box.waitFor({ state: 'visible' });
    const message = box.locator('[data-chrome-model-status]');

    // A failed download says so and can be tried again.
    await options.evaluate(() => (globalThis.__failDownload = true));
    await box.locator('[data-chrome-download]').click();
    await message.filter({ hasText: 'The download did not finish: the network went away' }).waitFor();
    assert.equal(await box.locator('[data-chrome-download]').isEnabled(), true);

    await options.evaluate(() => (globalThis.__failDownload = false));
    await box.locator('[data-chrome-download]').click();
    await message.filter({ hasText: 'Downloaded.' }).waitFor();
    assert.equal(await box.locator('[data-chrome-progress]').evaluate((p) => p.value), 1);
    assert.deepEqual(await options.evaluate(() => globalThis.__modelCalls), { create: 2, destroyed: 1 });
    // The worker looked again (its own Prompt API decides what it uses).
    const after = await until(async () => {
      const s = await extractionStatus(page);
      return s.at > before && s;
    }, 10_000, 'the worker to apply the choice again');
    assert.match(after.using, /^(chrome|builtin)$/);

    // Another provider chosen: nothing to download.
    await options.click('#provider-extraction input[value="builtin"]');
    await box.waitFor({ state: 'hidden' });
  } finally {
    await context.close();
  }
});
