// An OpenAI-compatible extraction provider, configured as the options page stores
// it, used by the real worker: its answer becomes memories; when it fails the turn
// is kept with the error, and a retry learns it once the provider is back.
// The provider is a small server on 127.0.0.1 started here; never a real endpoint.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newProfile, extensionPage, send, readStore, until } from '../support/browser.js';
import { startProviderServer, allowLoopback, useProvider } from '../support/provider-server.js';

const CONTENT = 'Here you go:\n```json\n{"likes": ["vinyl records"], "dislikes": ["streaming playlists"], "style": [], "facts": []}\n```';
const startServer = () =>
  startProviderServer(() => ({ choices: [{ index: 0, message: { role: 'assistant', content: CONTENT } }] }));

test('extraction through a configured provider, a failure kept for retry, and the retry', async () => {
  const { server, state, port } = await startServer();
  const { context, worker, extensionId } = await launch(await newProfile());
  await allowLoopback(context);
  try {
    const page = await extensionPage(context, extensionId);
    await useProvider(page, 'extraction', port, 'test-model');

    const first = await until(async () => {
      const r = await send(page, { kind: 'observe', id: `p1-${Date.now()}`, site: 'chatgpt', text: 'I collect records and skip playlists.' });
      return state.requests.length ? r : null;
    }, 10_000, 'the provider to be used');
    assert.deepEqual(first.result, { status: 'recorded', items: 2 });
    assert.equal(state.requests[0].path, '/v1/chat/completions');
    assert.equal(state.requests[0].body.model, 'test-model');
    const memories = (await readStore(worker, 'memories')).map((m) => m.topic).sort();
    assert.deepEqual(memories, ['streaming playlists', 'vinyl records']);

    state.fail = true;
    const failed = await send(page, { kind: 'observe', id: 'p2', site: 'chatgpt', text: 'I love jazz' });
    assert.equal(failed.ok, true);
    assert.equal(failed.result.status, 'deferred');
    assert.match(failed.result.error, /500|overloaded/);
    const kept = (await readStore(worker, 'signals')).find((s) => s.id === 'p2');
    assert.equal(kept.text, 'I love jazz');
    assert.match(kept.error, /500|overloaded/);
    assert.equal((await readStore(worker, 'memories')).length, 2, 'nothing learned from the failed turn');

    state.fail = false;
    const retried = await send(page, { kind: 'retry' });
    assert.deepEqual(retried.result, { fixed: 1, still_failing: 0 });
    const fixed = (await readStore(worker, 'signals')).find((s) => s.id === 'p2');
    assert.equal(fixed.error, undefined);

    // Back to built-in: the provider is no longer asked.
    await page.evaluate(() => chrome.storage.local.set({ providers: { extraction: { type: 'builtin' } } }));
    const asked = state.requests.length;
    await until(async () => {
      const r = await send(page, { kind: 'observe', id: `b-${Date.now()}`, site: 'chatgpt', text: 'I hate cilantro' });
      return state.requests.length === asked && r.result.items === 1;
    }, 10_000, 'the built-in extractor');
  } finally {
    await context.close();
    server.close();
  }
});
