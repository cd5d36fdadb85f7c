// Adapter isolation, tested on the content scripts themselves in a plain page (no
// extension: chrome.runtime is a stand-in that records messages). A faulty adapter must
// never throw into the page, logs its first error once, tagged with its id, and tells
// the worker; the shared code keeps running.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from '../support/browser.js';

const CONTENT = path.join(ROOT, 'extension', 'content');
let browser;
before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
});
after(() => browser?.close());

const PAGE = `<!doctype html><main><div id="thread"></div>
  <form><textarea id="composer"></textarea><button type="submit" id="send">send</button></form></main>`;

/** A page at https://faulty.example/ running Palate's content scripts with `adapter` (source). */
async function pageWith(adapter) {
  const context = await browser.newContext();
  await context.route(/.*/, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: PAGE }));
  const page = await context.newPage();
  const problems = { warnings: [], errors: [] };
  page.on('console', (m) => m.type() === 'warning' && problems.warnings.push(m.text()));
  page.on('pageerror', (e) => problems.errors.push(e.message));
  await page.goto('https://faulty.example/c/1');
  await page.evaluate(() => {
    document.querySelector('form').addEventListener('submit', (e) => e.preventDefault());
    window.sent = [];
    window.chrome = {
      runtime: {
        id: 'palate',
        sendMessage: async (m) => (window.sent.push(m), { ok: true }),
        onMessage: { addListener() {} },
      },
    };
  });
  for (const file of ['registry.js']) await page.addScriptTag({ content: await readFile(path.join(CONTENT, file), 'utf8') });
  await page.addScriptTag({ content: adapter });
  for (const file of ['insert.js', 'settings-reader.js', 'chip.js', 'suggest.js', 'observe.js']) {
    await page.addScriptTag({ content: await readFile(path.join(CONTENT, file), 'utf8') });
  }
  return { page, problems, context };
}

test('an adapter with a broken selector logs once, tagged, reports adapter-error, and never throws into the page', async () => {
  const { page, problems, context } = await pageWith(`PalateSites.register({
    id: 'faulty', label: 'Faulty', matches: ['https://faulty.example/*'], editor: 'textarea',
    selectors: { composer: ['textarea#composer'], send: ['button[[broken'], userTurn: ['.user'], thread: ['#thread'] },
  });`);
  try {
    for (let i = 0; i < 3; i++) await page.click('#send'); // each click hits the broken selector
    await page.waitForFunction(() => window.sent.some((m) => m.kind === 'siteHealth' && !m.ok));
    assert.deepEqual(problems.errors, []);
    const failures = problems.warnings.filter((w) => w.includes('adapter failed'));
    assert.equal(failures.length, 1, JSON.stringify(problems.warnings));
    assert.match(failures[0], /^\[palate:faulty\]/);
    const health = await page.evaluate(() => window.sent.filter((m) => m.kind === 'siteHealth'));
    assert.deepEqual(health.at(-1), { kind: 'siteHealth', site: 'faulty', ok: false, problem: 'adapter-error' });

    // Enter in the composer does not depend on the broken selector: still learned.
    await page.fill('#composer', 'I like quiet trains');
    await page.press('#composer', 'Enter');
    const observed = await page.evaluate(() => window.sent.filter((m) => m.kind === 'observe'));
    assert.deepEqual(observed.map((m) => m.text), ['I like quiet trains']);
    assert.match(observed[0].id, /^faulty:\/c\/1:[0-9a-f]{8}:1$/);
  } finally {
    await context.close();
  }
});

test('an adapter whose threadId throws starts anyway and reports its error once', async () => {
  const { page, problems, context } = await pageWith(`PalateSites.register({
    id: 'faulty', label: 'Faulty', matches: ['https://faulty.example/*'], editor: 'textarea',
    selectors: { composer: ['textarea#composer'], send: ['#send'], userTurn: ['.user'], thread: ['#thread'] },
    threadId: () => { throw new Error('boom'); },
  });`);
  try {
    await page.fill('#composer', 'I like quiet trains');
    await page.press('#composer', 'Enter');
    await page.fill('#composer', 'And window seats');
    await page.press('#composer', 'Enter');
    await page.waitForTimeout(200);
    assert.deepEqual(problems.errors, []);
    assert.equal(problems.warnings.filter((w) => w.includes('adapter failed')).length, 1, JSON.stringify(problems.warnings));
    const kinds = await page.evaluate(() => window.sent.map((m) => `${m.kind}:${m.ok ?? ''}:${m.problem ?? ''}`));
    assert.ok(kinds.includes('siteHealth:false:adapter-error'), JSON.stringify(kinds));
  } finally {
    await context.close();
  }
});
