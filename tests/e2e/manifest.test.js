// The repository root loads as an unpacked extension with no error or warning,
// as chrome://extensions reports them, after being used.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { launch, newProfile, ROOT, until, readStore } from '../support/browser.js';

test('the manifest is MV3 with a module worker and a CSP that allows Wasm and nothing broader', async () => {
  const manifest = JSON.parse(await readFile(path.join(ROOT, 'manifest.json'), 'utf8'));
  assert.equal(manifest.manifest_version, 3);
  assert.deepEqual(manifest.background, { service_worker: 'extension/background.js', type: 'module' });
  assert.equal(
    manifest.content_security_policy.extension_pages,
    "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
  );
  const topLevel = await readdir(ROOT);
  assert.deepEqual(topLevel.filter((name) => name.startsWith('_')), [], 'Chrome reserves names starting with _');
});

test('chrome://extensions shows no errors or warnings after use', async () => {
  const { context, worker, extensionId } = await launch(await newProfile());
  try {
    const settings = await context.newPage();
    await settings.goto('chrome://extensions/');
    // Developer mode makes Chrome collect the extension's runtime errors.
    await settings.evaluate(() => chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }));

    const page = await context.newPage();
    await page.goto('https://chatgpt.com/');
    await page.click('#prompt-textarea');
    await page.keyboard.type('I prefer metric units');
    await page.keyboard.press('Enter');
    await until(async () => (await readStore(worker, 'signals')).length === 1, 10_000, 'the turn');

    const info = await settings.evaluate(
      (id) => new Promise((resolve) => chrome.developerPrivate.getExtensionInfo(id, resolve)),
      extensionId,
    );
    assert.equal(info.state, 'ENABLED');
    assert.deepEqual(info.manifestErrors, []);
    assert.deepEqual(info.installWarnings, []);
    assert.deepEqual(info.runtimeErrors, []);
  } finally {
    await context.close();
  }
});
