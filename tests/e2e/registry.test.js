// The site registry, checked without a browser: every adapter is well formed, has a
// fixture and a test file, and manifest.json agrees with the adapters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir, access } from 'node:fs/promises';
import path from 'node:path';
import vm from 'node:vm';
import { ROOT, HOSTS } from '../support/browser.js';

const CONTENT = path.join(ROOT, 'extension', 'content');

/** Run registry.js and every sites/*.js as the browser would, and return the registry. */
async function loadRegistry() {
  const sandbox = { URL, console };
  sandbox.globalThis = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(await readFile(path.join(CONTENT, 'registry.js'), 'utf8'), sandbox);
  const files = (await readdir(path.join(CONTENT, 'sites'))).filter((f) => f.endsWith('.js')).sort();
  for (const file of files) {
    vm.runInContext(await readFile(path.join(CONTENT, 'sites', file), 'utf8'), sandbox, { filename: file });
  }
  return { sites: sandbox.PalateSites, files };
}

const exists = (p) => access(p).then(() => true, () => false);

test('adapters: unique ids, one file each, valid match patterns, ordered selectors', async () => {
  const { sites, files } = await loadRegistry();
  const adapters = sites.all();
  assert.equal(adapters.length, files.length, 'one adapter per file');
  const ids = [...adapters.map((a) => a.id)];
  assert.deepEqual([...new Set(ids)], ids, 'ids are unique');
  for (const a of adapters) {
    assert.match(a.id, /^[a-z0-9-]+$/);
    assert.ok(files.includes(`${a.id}.js`), `${a.id} lives in sites/${a.id}.js`);
    assert.ok(a.label, `${a.id} has a label`);
    assert.ok(['prosemirror', 'quill', 'lexical', 'textarea'].includes(a.editor), `${a.id}: editor kind`);
    assert.ok(a.matches.length > 0);
    for (const m of a.matches) {
      assert.ok(sites.compile(m), `${a.id}: ${m} is a valid match pattern`);
      assert.ok(m.startsWith('https://'), `${a.id}: ${m} is https only`);
    }
    for (const key of ['composer', 'send', 'userTurn', 'thread']) {
      const list = a.selectors[key];
      assert.ok(Array.isArray(list) && list.length > 0, `${a.id}: selectors.${key}`);
      for (const s of list) {
        // Structure, ARIA and data attributes: never the value of a label a person reads.
        assert.doesNotMatch(s, /aria-label\s*[~|^$*]?=|title\s*=|:contains|placeholder\s*=/i, `${a.id}: ${s}`);
      }
    }
  }
});

test('adapters: each site activates on its own hosts and paths only', async () => {
  const { sites } = await loadRegistry();
  const at = (href) => sites.forLocation(new URL(href))?.id ?? null;
  assert.equal(at('https://chatgpt.com/c/1'), 'chatgpt');
  assert.equal(at('https://chat.openai.com/'), 'chatgpt');
  assert.equal(at('https://claude.ai/new'), 'claude');
  assert.equal(at('https://gemini.google.com/app'), 'gemini');
  assert.equal(at('https://www.perplexity.ai/search/x'), 'perplexity');
  assert.equal(at('https://chat.deepseek.com/'), 'deepseek');
  assert.equal(at('https://grok.com/'), 'grok');
  assert.equal(at('https://x.com/i/grok'), 'grok');
  assert.equal(at('https://x.com/i/grok?conversation=1'), 'grok');
  assert.equal(at('https://x.com/home'), null);
  assert.equal(at('https://x.com/i/bookmarks'), null);
  assert.equal(at('https://copilot.microsoft.com/'), 'copilot');
  assert.equal(at('https://chat.mistral.ai/chat/1'), 'mistral');
  assert.equal(at('https://perplexity.ai.evil.example/'), null);
  assert.equal(at('https://evilclaude.ai/'), null);
  assert.equal(at('http://claude.ai/'), null);
});

test('every adapter has a fixture, a host mapping and a test file', async () => {
  const { sites } = await loadRegistry();
  for (const a of sites.all()) {
    const fixture = path.join(ROOT, 'tests', 'fixtures', 'sites', a.id);
    assert.ok(await exists(path.join(fixture, 'index.html')), `${a.id}: fixture index.html`);
    const html = await readFile(path.join(fixture, 'index.html'), 'utf8');
    assert.match(html, /<!--[\s\S]*20\d\d[\s\S]*-->/, `${a.id}: the fixture says where its structure came from, dated`);
    assert.ok(await exists(path.join(ROOT, 'tests', 'e2e', 'sites', `${a.id}.test.js`)), `${a.id}: test file`);
    for (const m of a.matches) {
      const host = new URL(m.replace('*', 'x')).hostname;
      assert.equal(HOSTS[host], a.id, `${a.id}: tests/support/browser.js maps ${host}`);
    }
  }
});

test('manifest.json agrees with the adapters: hosts, matches and the content script list', async () => {
  const { sites, files } = await loadRegistry();
  const manifest = JSON.parse(await readFile(path.join(ROOT, 'manifest.json'), 'utf8'));
  const patterns = [...sites.all().flatMap((a) => a.matches)].sort();
  assert.deepEqual([...manifest.host_permissions].sort(), patterns, 'host_permissions: these sites only');
  assert.equal(manifest.content_scripts.length, 1);
  const [cs] = manifest.content_scripts;
  assert.deepEqual([...cs.matches].sort(), patterns);
  const js = cs.js;
  assert.equal(js[0], 'extension/content/registry.js');
  const shared = ['draft.js', 'insert.js', 'settings-reader.js', 'chip.js', 'suggest.js', 'observe.js'];
  assert.deepEqual(js.slice(-shared.length), shared.map((f) => `extension/content/${f}`), 'the shared scripts, observe.js last');
  assert.deepEqual(
    js.slice(1, -shared.length).sort(),
    files.map((f) => `extension/content/sites/${f}`),
    'every adapter file, and nothing else, between registry.js and the shared scripts',
  );
  for (const file of js) assert.ok(await exists(path.join(ROOT, file)), file);
  assert.deepEqual(manifest.permissions, ['storage'], 'no permission beyond storage');
});
