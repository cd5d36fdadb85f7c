// The options page: providers (with a connection test against a local server speaking
// the OpenAI chat-completions API), engine parameters with inline validation, and the
// user's data (export, import, rebuild, wipe), against a profile learned from real turns.
//
// The test server listens on 127.0.0.1: the options page asks for no host permission for
// loopback servers (a permission prompt cannot be answered headlessly), and the server
// answers CORS, as local model servers do.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import { launch, newProfile, send, readStore, until, ROOT } from '../support/browser.js';
import { allowLoopback } from '../support/provider-server.js';

let s; // {context, worker, extensionId}
let server;
let origin;
const seen = [];

async function options() {
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/extension/options/options.html`);
  await page.waitForFunction(() => document.querySelector('#token_budget').value !== '');
  return page;
}

before(async () => {
  server = http.createServer((req, res) => {
    const cors = {
      'access-control-allow-origin': '*',
      'access-control-allow-headers': 'authorization, content-type',
      'access-control-allow-methods': 'POST, OPTIONS',
    };
    if (req.method === 'OPTIONS') return res.writeHead(204, cors).end();
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const json = JSON.parse(body || '{}');
      seen.push({ url: req.url, auth: req.headers.authorization, body: json });
      if (json.model === 'missing-model') {
        res.writeHead(404, { ...cors, 'content-type': 'application/json' });
        return res.end(JSON.stringify({ error: { message: 'model "missing-model" not found' } }));
      }
      res.writeHead(200, { ...cors, 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: 'OK' }, finish_reason: 'stop' }] }));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;

  s = await launch(await newProfile());
  // The suite's routing aborts every other request; let the local server through.
  await allowLoopback(s.context);
  const chat = await s.context.newPage();
  for (const text of ['I love spicy ramen but I hate cilantro.', 'Keep answers short please.']) {
    await chat.goto('https://chatgpt.com/');
    await chat.waitForSelector('#prompt-textarea');
    await chat.click('#prompt-textarea');
    await chat.keyboard.type(text);
    await chat.keyboard.press('Enter');
    await until(async () => (await readStore(s.worker, 'signals')).some((r) => r.text === text), 10_000, 'the turn');
  }
  await chat.close();
});
after(async () => {
  await s?.context.close();
  server?.close();
});

test('engine parameters: a bad value shows an inline error and changes nothing; a good one is saved', async () => {
  const page = await options();
  assert.equal(await page.inputValue('#token_budget'), '30');
  await page.fill('#token_budget', '5');
  await page.fill('#relevance_floor', '1.5');
  await page.click('#engine button[type="submit"]');
  await page.locator('#token_budget-error', { hasText: '16 to 400' }).waitFor();
  assert.match(await page.locator('#relevance_floor-error').textContent(), /between 0 and 1/);
  assert.equal(await page.getAttribute('#token_budget', 'aria-invalid'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'token_budget', 'focus goes to the first problem');
  let params = (await send(page, { kind: 'params' })).result;
  assert.equal(params.preamble.token_budget, 30);

  await page.fill('#token_budget', '40');
  await page.fill('#relevance_floor', '0.45');
  await page.fill('#style_half_life_days', '120');
  await page.click('#engine button[type="submit"]');
  await page.locator('#engine-status', { hasText: 'Saved' }).waitFor();
  assert.equal(await page.locator('#token_budget-error').textContent(), '');
  params = (await send(page, { kind: 'params' })).result;
  assert.equal(params.preamble.token_budget, 40);
  assert.ok(Math.abs(params.preamble.relevance_floor - 0.45) < 1e-6);
  await page.reload();
  await page.waitForFunction(() => document.querySelector('#relevance_floor').value !== '');
  assert.equal(await page.inputValue('#relevance_floor'), '0.45', 'shown as typed, not as a 32-bit float');
  assert.equal(params.decay.style_half_life_days, 120);

  // The worker validates too: its sentence lands by the field.
  const bad = await send(page, { kind: 'setParams', params: { ...params, decay: { ...params.decay, fact_half_life_days: -1 } } });
  assert.equal(bad.ok, false);
  await page.click('#engine-defaults');
  await page.click('#engine button[type="submit"]');
  await page.locator('#engine-status', { hasText: 'Saved' }).waitFor();
  assert.equal((await send(page, { kind: 'params' })).result.preamble.token_budget, 30);
  await page.close();
});

test('providers: an OpenAI-compatible server is saved, tested, and its key is never shown again', async () => {
  const page = await options();
  const form = page.locator('#provider-extraction');
  assert.equal(await form.locator('input[value="builtin"]').isChecked(), true, 'built-in by default');
  const chromeAI = await page.evaluate(() => 'LanguageModel' in self || Boolean(self.ai?.languageModel));
  if (!chromeAI) {
    assert.equal(await form.locator('input[value="chrome"]').isDisabled(), true);
    assert.match(await form.textContent(), /not available in this browser/);
  }

  await form.locator('input[value="openai"]').check();
  await form.getByLabel('Base URL').fill(`${origin}/v1`);
  await form.getByLabel('Model').fill('tiny-model');
  await form.getByLabel('API key').fill('sk-test-secret-9f3a');
  await form.getByRole('button', { name: 'Test connection' }).click();
  await form.locator('[role="status"]', { hasText: 'Connected' }).waitFor();
  const call = seen.at(-1);
  assert.equal(call.url, '/v1/chat/completions');
  assert.equal(call.auth, 'Bearer sk-test-secret-9f3a');
  assert.equal(call.body.model, 'tiny-model');

  const stored = await page.evaluate(() => chrome.storage.local.get(['providers', 'providerKeys']));
  assert.deepEqual(stored.providers.extraction, { type: 'openai', baseUrl: `${origin}/v1`, model: 'tiny-model' });
  assert.equal(stored.providerKeys.extraction, 'sk-test-secret-9f3a');
  assert.doesNotMatch(JSON.stringify(stored.providers), /secret/, 'keys are stored apart');

  // A fresh page shows only the key's last characters.
  const again = await options();
  const f2 = again.locator('#provider-extraction');
  await f2.locator('[data-key-saved]', { hasText: 'Saved, ends in …9f3a' }).waitFor();
  const everything = await again.evaluate(() => document.body.innerText + [...document.querySelectorAll('input')].map((i) => i.value).join(' '));
  assert.doesNotMatch(everything, /sk-test-secret/);

  // A server error is reported with its status and message.
  await f2.getByLabel('Model').fill('missing-model');
  await f2.getByRole('button', { name: 'Test connection' }).click();
  await f2.locator('[role="status"]', { hasText: '404' }).waitFor();
  assert.match(await f2.locator('[role="status"]').textContent(), /model "missing-model" not found/);
  assert.equal(seen.at(-1).auth, 'Bearer sk-test-secret-9f3a', 'the saved key is kept');

  // Replace the key.
  await f2.getByRole('button', { name: 'Replace' }).click();
  await f2.getByLabel('API key').fill('sk-new-key-7777');
  await f2.getByLabel('Model').fill('tiny-model');
  await f2.getByRole('button', { name: 'Save', exact: true }).click();
  await f2.locator('[data-key-saved]', { hasText: '…7777' }).waitFor();
  await mkdir(path.join(ROOT, 'build', 'screenshots'), { recursive: true });
  await again.setViewportSize({ width: 800, height: 900 });
  await again.screenshot({ path: path.join(ROOT, 'build', 'screenshots', 'options.png'), fullPage: true });

  // An unreachable server.
  const reply = await send(again, { kind: 'testProvider', which: 'embedding' });
  assert.deepEqual(reply.result, { ok: true, status: 0, message: 'The built-in provider needs no connection.' });
  await again.evaluate((o) => chrome.storage.local.set({ providers: { extraction: { type: 'openai', baseUrl: o, model: 'm' }, embedding: { type: 'builtin' } } }), 'http://127.0.0.1:9/v1');
  const down = await send(again, { kind: 'testProvider', which: 'extraction' });
  assert.equal(down.result.ok, false);
  assert.match(down.result.message, /Could not reach|No answer/);

  await f2.locator('input[value="builtin"]').check();
  await until(async () => (await again.evaluate(() => chrome.storage.local.get('providers'))).providers.extraction.type === 'builtin', 3000, 'back to built-in');
  await again.close();
  await page.close();
});

test('export downloads a versioned JSON file with the signal log and settings, and no keys', async () => {
  const page = await options();
  await page.evaluate(() => chrome.storage.local.set({ paused: false, providerKeys: { extraction: 'sk-never-exported' } }));
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
  assert.match(download.suggestedFilename(), /^palate-export-\d{4}-\d\d-\d\d\.json$/);
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(file.format, 'palate-export');
  assert.equal(file.version, 1);
  assert.ok(!Number.isNaN(Date.parse(file.exportedAt)));
  const log = await readStore(s.worker, 'signals');
  assert.deepEqual(file.signals.map((x) => x.id).sort(), log.map((x) => x.id).sort());
  assert.ok(file.signals.some((x) => x.text === 'I love spicy ramen but I hate cilantro.'));
  assert.equal(file.settings.params.preamble.token_budget, 30);
  assert.doesNotMatch(JSON.stringify(file), /sk-never-exported/);
  await page.locator('#data-status', { hasText: `Exported ${log.length}` }).waitFor();
  await page.close();
});

/** Choose `content` as the import file. */
async function importFile(page, content) {
  await page.setInputFiles('#import-file', { name: 'palate.json', mimeType: 'application/json', buffer: Buffer.from(content) });
}

test('import: a broken file changes nothing and says why; signals already present are skipped', async () => {
  const page = await options();
  const before = await readStore(s.worker, 'signals');
  const cases = [
    ['{not json', /not JSON/],
    [JSON.stringify({ format: 'something-else', version: 1, signals: [] }), /not a Palate export/],
    [JSON.stringify({ format: 'palate-export', version: 2, signals: [] }), /version 2/],
    [JSON.stringify({ format: 'palate-export', version: 1, signals: [{ id: 'x1', at: 1, site: 'chatgpt', kind: 'turn', text: 'hi', items: [] }, { id: 'x2', at: 'yesterday', site: 'chatgpt', kind: 'turn', text: 'hi' }] }), /signal 2 \(x2\): "at"/],
    [JSON.stringify({ format: 'palate-export', version: 1, signals: [{ id: 'x3', at: 1, site: 'Evil Site', kind: 'turn', text: 'hi' }] }), /"site"/],
    [JSON.stringify({ format: 'palate-export', version: 1, signals: [{ id: 'x4', at: 1, site: 'chatgpt', kind: 'turn', text: 'hi', items: [{ topic: 'tea', polarity: 'meh', kind: 'preference', intensity: 0.5, quote: '' }] }] }), /polarity/],
  ];
  for (const [content, why] of cases) {
    await importFile(page, content);
    const report = page.locator('#import-report .error');
    await report.waitFor();
    assert.match(await report.textContent(), /Nothing changed/);
    assert.match(await report.textContent(), why);
    await page.evaluate(() => document.querySelector('#import-report').replaceChildren());
  }
  // Everything already present: skipped, with the reason.
  await importFile(page, JSON.stringify({ format: 'palate-export', version: 1, exportedAt: new Date().toISOString(), signals: before, settings: {} }));
  await page.locator('#import-report .ok').waitFor();
  assert.match(await page.locator('#import-report').textContent(), new RegExp(`Added 0 entries; skipped ${before.length}.*already in your history`, 's'));
  assert.deepEqual((await readStore(s.worker, 'signals')).map((r) => r.id), before.map((r) => r.id));
  await page.close();
});

test('import: new signals are added and the memories rebuilt from them', async () => {
  const page = await options();
  const at = Date.now() - 60_000;
  const signal = { id: 'imported-1', at, site: 'claude', kind: 'turn', text: 'I adore green tea', items: [{ topic: 'green tea', polarity: 'like', kind: 'preference', intensity: 0.9, quote: 'I adore green tea' }] };
  await importFile(page, JSON.stringify({ format: 'palate-export', version: 1, exportedAt: new Date().toISOString(), signals: [signal], settings: {} }));
  await page.locator('#import-report p').waitFor();
  assert.match(await page.locator('#import-report').textContent(), /Added 1 entry/);
  assert.ok((await readStore(s.worker, 'signals')).some((r) => r.id === 'imported-1'));
  const review = (await send(page, { kind: 'review' })).result;
  assert.ok([...review.unclustered, ...review.clusters.flatMap((c) => c.members)].some((m) => m.topic === 'green tea'));
  await page.close();
});

test('rebuild re-reads the log and keeps every memory', async () => {
  const page = await options();
  const topics = async () => {
    const r = (await send(page, { kind: 'review' })).result;
    return [...r.clusters.flatMap((c) => c.members), ...r.unclustered, ...r.faded].map((m) => m.topic).sort();
  };
  const before = await topics();
  await page.click('#rebuild');
  await page.locator('#data-status', { hasText: 'Rebuilt' }).waitFor();
  assert.deepEqual(await topics(), before);
  await page.close();
});

test('wipe asks for confirmation first, then forgets everything', async () => {
  const page = await options();
  await page.click('#wipe');
  await page.click('#wipe-go');
  await page.locator('#data-status', { hasText: 'Type “wipe”' }).waitFor();
  assert.ok((await readStore(s.worker, 'signals')).length > 0, 'nothing wiped without confirmation');
  await page.fill('#wipe-word', 'wipe');
  await page.click('#wipe-go');
  await page.locator('#data-status', { hasText: /wiped/ }).waitFor();
  assert.match(await page.locator('#data-status').textContent(), /Everything is wiped/);
  assert.equal((await readStore(s.worker, 'signals')).length, 0);
  assert.deepEqual(await page.evaluate(() => chrome.storage.local.get(null)), {});
  await page.close();
});

