// An OpenAI-compatible embedding provider, configured as the options page stores it,
// used by the real worker: configuring it re-embeds every memory from the signal log
// through the server, drafts are embedded by it for the preamble, a failure at draft
// time means no preamble (never one from another model), and going back to built-in
// rebuilds with the static model. The server is started here on 127.0.0.1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newProfile, extensionPage, send, readStore, until } from '../support/browser.js';
import { startProviderServer, allowLoopback, useProvider } from '../support/provider-server.js';

/** Deterministic vectors: one dimension per keyword, plus a small constant. */
const KEYWORDS = ['cilantro', 'jazz', 'tea', 'bike'];
const vector = (text) => [...KEYWORDS.map((k) => (text.toLowerCase().includes(k) ? 1 : 0)), 0.05];

const startServer = () =>
  startProviderServer(
    (path, body) => ({ object: 'list', model: body.model, data: body.input.map((text, index) => ({ object: 'embedding', index, embedding: vector(text) })) }),
    'embedding model overloaded',
  );

/** Each memory's topic and vector length, read inside the worker (vectors are Float32Arrays). */
function memoryDims(worker) {
  return worker.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('palate');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('memories').objectStore('memories').getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve(Object.fromEntries(req.result.map((m) => [m.topic, m.embedding.length])));
          };
        };
      }),
  );
}

const modelSetting = async (worker) => (await readStore(worker, 'settings')).find((s) => s.key === 'model')?.value;
const embeddedTexts = (state) => state.requests.flatMap((r) => r.body.input);

test('an embedding provider re-embeds the memories, embeds drafts, and going back rebuilds with the built-in model', async () => {
  const { server, state, port } = await startServer();
  const { context, worker, extensionId } = await launch(await newProfile());
  await allowLoopback(context);
  try {
    const page = await extensionPage(context, extensionId);
    for (const [id, text] of [['a', "I can't stand cilantro."], ['b', 'I love jazz']]) {
      assert.equal((await send(page, { kind: 'observe', id, site: 'chatgpt', text })).result.status, 'recorded');
    }
    const builtin = await modelSetting(worker);
    assert.deepEqual(await memoryDims(worker), { cilantro: 256, jazz: 256 });

    // Configure the provider: every memory is re-embedded through it.
    await useProvider(page, 'embedding', port, 'test-embed');
    await until(async () => (await memoryDims(worker)).cilantro === 5, 10_000, 'memories re-embedded by the provider');
    assert.deepEqual(await memoryDims(worker), { cilantro: 5, jazz: 5 });
    assert.equal(state.requests[0].path, '/v1/embeddings');
    assert.equal(state.requests[0].body.model, 'test-embed');
    assert.deepEqual(embeddedTexts(state).sort(), ['cilantro', 'jazz']);
    assert.equal(await modelSetting(worker), `openai-compatible:http://127.0.0.1:${port}/v1#test-embed`);
    const status = await page.evaluate(() => chrome.storage.session.get('providerStatus'));
    assert.equal(status.providerStatus.embedding.ok, true);

    // The draft goes through the same provider.
    const draft = 'Plan a taco night, salsa with cilantro?';
    const preamble = (await send(page, { kind: 'preamble', draft })).result;
    assert.match(preamble.text, /cilantro/);
    assert.deepEqual(preamble.topics, ['cilantro']);
    // Its subject, request phrasing removed: all the provider sees of the draft. The
    // first draft in this model also brings the everyday-domain lines, in the same batch.
    const [subject, ...domains] = state.requests.at(-1).body.input;
    assert.equal(subject, 'taco night salsa cilantro');
    assert.ok(domains.length > 10 && domains.every((line) => /^[a-z]+( [a-z]+)+$/.test(line)), domains.join(' | '));
    assert.equal((await send(page, { kind: 'preamble', draft: 'How do I fix a bike chain?' })).result.text, '');
    assert.deepEqual(state.requests.at(-1).body.input, ['fix bike chain']);

    // A new turn's topic is embedded by the provider too.
    await send(page, { kind: 'observe', id: 'c', site: 'chatgpt', text: 'I adore green tea' });
    assert.ok(embeddedTexts(state).includes('green tea'));
    assert.equal((await memoryDims(worker))['green tea'], 5);

    // The provider fails at draft time: no preamble, an error, nothing from another model.
    state.fail = true;
    const failed = await send(page, { kind: 'preamble', draft });
    assert.equal(failed.ok, true);
    assert.equal(failed.result.text, '');
    assert.match(failed.result.error, /500|overloaded/);
    // And a new turn is kept for retry, learning nothing yet.
    const deferred = await send(page, { kind: 'observe', id: 'd', site: 'chatgpt', text: 'I hate bike helmets' });
    assert.equal(deferred.result.status, 'deferred');
    assert.equal((await memoryDims(worker))['bike helmets'], undefined);
    state.fail = false;
    assert.deepEqual((await send(page, { kind: 'retry' })).result, { fixed: 1, still_failing: 0 });
    assert.equal((await memoryDims(worker))['bike helmets'], 5);

    // Back to built-in: rebuilt with the static model, the server not asked.
    const asked = state.requests.length;
    await page.evaluate(() => chrome.storage.local.set({ providers: { embedding: { type: 'builtin' } } }));
    await until(async () => (await memoryDims(worker)).cilantro === 256, 10_000, 'memories rebuilt by the built-in model');
    assert.deepEqual(await memoryDims(worker), { cilantro: 256, jazz: 256, 'green tea': 256, 'bike helmets': 256 });
    assert.equal(await modelSetting(worker), builtin);
    assert.match((await send(page, { kind: 'preamble', draft })).result.text, /cilantro/);
    assert.equal(state.requests.length, asked);
  } finally {
    await context.close();
    server.close();
  }
});

test('a provider that fails when chosen changes nothing, and the reason is reported', async () => {
  const { server, state, port } = await startServer();
  const { context, worker, extensionId } = await launch(await newProfile());
  await allowLoopback(context);
  try {
    const page = await extensionPage(context, extensionId);
    await send(page, { kind: 'observe', id: 'a', site: 'chatgpt', text: 'I love jazz' });
    const builtin = await modelSetting(worker);
    state.fail = true;
    await useProvider(page, 'embedding', port, 'test-embed');
    const status = await until(async () => {
      const { providerStatus } = await page.evaluate(() => chrome.storage.session.get('providerStatus'));
      return providerStatus?.embedding?.ok === false && providerStatus.embedding;
    }, 10_000, 'the failure to be reported');
    assert.match(status.message, /nothing changed.*overloaded/);
    assert.ok(state.requests.length > 0);
    assert.deepEqual(await memoryDims(worker), { jazz: 256 });
    assert.equal(await modelSetting(worker), builtin);
    assert.match((await send(page, { kind: 'preamble', draft: 'any jazz albums?' })).result.text, /jazz/);

    // Once the server is back, a retry switches.
    state.fail = false;
    await send(page, { kind: 'retry' });
    assert.deepEqual(await memoryDims(worker), { jazz: 5 });
  } finally {
    await context.close();
    server.close();
  }
});
