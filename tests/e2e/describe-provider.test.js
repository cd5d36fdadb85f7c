// Group descriptions written by a configured chat provider, end to end: the real worker
// asks the provider (a stand-in on 127.0.0.1 started here, never a real endpoint) to
// describe a group once it forms, keeps its words, and the popup shows them with the
// members the provider says oppose them marked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newProfile, extensionPage, send, until } from '../support/browser.js';
import { startProviderServer, allowLoopback, useProvider } from '../support/provider-server.js';

const LIKES = ['quiet keyboards', 'quiet mechanical keyboards', 'silent keyboard switches', 'quiet office keyboards'];
const DISLIKE = 'loud clicky keyboards';
const WORDS = 'prefers quiet, soft-sounding keyboards';

const reply = (content) => ({ choices: [{ index: 0, message: { role: 'assistant', content } }] });

/** Extraction answers name the topic the turn's text carries; description answers oppose the dislike. */
function answer(_path, body) {
  const [system, user] = body.messages.map((m) => m.content);
  if (/supporting/.test(system)) {
    const topics = [...user.matchAll(/^\d+\. (likes|dislikes): (.+)$/gm)];
    return reply(JSON.stringify({ description: WORDS, supporting: topics.map(([, stance]) => stance === 'likes') }));
  }
  const topic = [...LIKES, DISLIKE].find((t) => user.includes(`about ${t}.`));
  const items = topic === DISLIKE ? { likes: [], dislikes: [topic] } : { likes: topic ? [topic] : [], dislikes: [] };
  return reply(JSON.stringify({ ...items, style: [], facts: [] }));
}

test('a group gets its words from the provider, and the popup marks the members that oppose them', async () => {
  const { server, state, port } = await startProviderServer(answer);
  const { context, extensionId } = await launch(await newProfile());
  await allowLoopback(context);
  try {
    const page = await extensionPage(context, extensionId);
    await useProvider(page, 'extraction', port, 'test-model');
    await until(async () => {
      const r = await send(page, { kind: 'observe', id: `k0-${Date.now()}`, site: 'chatgpt', text: `A thought about ${LIKES[0]}.` });
      return state.requests.length > 0 && r.result?.items === 1;
    }, 10_000, 'the provider to be used');
    for (const [i, topic] of [...LIKES.slice(1), DISLIKE].entries()) {
      const r = await send(page, { kind: 'observe', id: `k${i + 1}`, site: 'chatgpt', text: `A thought about ${topic}.` });
      assert.equal(r.result?.items, 1, `learned ${topic}`);
    }

    const review = (await send(page, { kind: 'review' })).result;
    const group = review.clusters.find((c) => c.members.some((m) => m.topic === DISLIKE));
    assert.ok(group, `the keyboards form a group: ${JSON.stringify(review.clusters.map((c) => c.members.map((m) => m.topic)))}`);
    assert.ok(state.requests.some((r) => /supporting/.test(r.body.messages[0].content)), 'the provider was asked for words');
    assert.equal(group.description, WORDS);
    assert.deepEqual(group.opposing, [DISLIKE]);

    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/extension/popup/popup.html`);
    const head = popup.locator('.cluster > .head', { hasText: WORDS });
    await head.click();
    const row = (topic) => popup.locator('.cluster.open li', { hasText: topic });
    await row(DISLIKE).locator('.tag', { hasText: 'opposes' }).waitFor();
    assert.equal(await row(LIKES[1]).locator('.tag', { hasText: 'opposes' }).count(), 0, 'supporting members are not marked');
  } finally {
    await context.close();
    server.close();
  }
});
