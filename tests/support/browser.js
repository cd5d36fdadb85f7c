// Launches Debian's Chromium with the unpacked extension (the repository root) and
// serves chat sites from tests/fixtures/sites/ by request routing: no live web.
import { chromium } from 'playwright-core';
import { mkdtemp, readFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import path from 'node:path';
import { bundleEditors, BUNDLE_DIR } from './bundle.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SITES = path.join(ROOT, 'tests', 'fixtures', 'sites');

/** Fixture folder per chat host. */
export const HOSTS = {
  'chatgpt.com': 'chatgpt',
  'chat.openai.com': 'chatgpt',
  'claude.ai': 'claude',
  'gemini.google.com': 'gemini',
  'www.perplexity.ai': 'perplexity',
  'chat.deepseek.com': 'deepseek',
  'grok.com': 'grok',
  'x.com': 'grok', // every path: Palate must activate under /i/grok only
  'copilot.microsoft.com': 'copilot',
  'chat.mistral.ai': 'mistral',
};

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

const profiles = new Set();

/**
 * A fresh Chromium profile folder. It outlives a relaunch (tests reopen a profile to
 * prove what persists) and is removed when the test process exits, so runs leave no
 * profiles behind in the temp folder.
 */
export async function newProfile() {
  if (!profiles.size) {
    process.once('exit', () => {
      for (const dir of profiles) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    });
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'palate-profile-'));
  profiles.add(dir);
  return dir;
}

/** Answer a request from the fixture files of `site` (by default, the host's). */
async function serveFixture(route, site) {
  const url = new URL(route.request().url());
  site ??= HOSTS[url.hostname];
  let file;
  if (url.pathname.startsWith('/__fixture/')) {
    const rel = url.pathname.slice('/__fixture/'.length);
    const bundled = path.join(BUNDLE_DIR, rel);
    file = rel.includes('/') ? path.join(SITES, rel) : bundled;
  } else {
    file = path.join(SITES, site, 'index.html');
  }
  if (!file.startsWith(SITES) && !file.startsWith(BUNDLE_DIR)) return route.abort();
  try {
    const body = await readFile(file);
    await route.fulfill({ status: 200, body, contentType: TYPES[path.extname(file)] ?? 'text/plain' });
  } catch {
    await route.fulfill({ status: 404, body: 'not found' });
  }
}

/**
 * Start Chromium on `profile` with Palate loaded.
 * @returns {Promise<{context: import('playwright-core').BrowserContext, worker: import('playwright-core').Worker, extensionId: string, workerErrors: string[]}>}
 */
export async function launch(profile) {
  await bundleEditors();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: false, // headless comes from --headless=new below
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--headless=new',
      `--disable-extensions-except=${ROOT}`,
      `--load-extension=${ROOT}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  // Anything not routed to a fixture never reaches the network.
  await context.route(/^https?:\/\//, (route) => route.abort());
  await context.route((url) => Object.hasOwn(HOSTS, url.hostname), (route) => serveFixture(route));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const workerErrors = [];
  worker.on('console', (m) => m.type() === 'error' && workerErrors.push(m.text()));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, workerErrors };
}

/**
 * Serve `site`'s fixture at `https://<host>/` too: a host Palate does not run on, so a
 * benchmark can load the same page with and without the content script.
 */
export function serveSiteAt(context, host, site) {
  return context.route((url) => url.hostname === host, (route) => serveFixture(route, site));
}

/** An extension page to send messages from, as the popup does. */
export async function extensionPage(context, extensionId) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/extension/popup/popup.html`);
  return page;
}

/** Send a message to the service worker from an extension page. */
export function send(page, message) {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message);
}

/**
 * Stop the service worker, as Chrome does after 30 s idle; the next message wakes it.
 * Returns once it is gone (handles to the old worker are then dead).
 */
export async function stopWorker(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const workers = async () => (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'service_worker');
  for (const w of await workers()) await cdp.send('Target.closeTarget', { targetId: w.targetId });
  while ((await workers()).length) await new Promise((r) => setTimeout(r, 50));
  await cdp.detach();
  await page.close();
}

/** Read a whole object store of Palate's IndexedDB, as the extension sees it. */
export function readStore(worker, store) {
  return worker.evaluate(
    (store) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('palate');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction(store, 'readonly').objectStore(store).getAll();
          req.onsuccess = () => {
            db.close();
            resolve(req.result);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}

/** Poll `probe` until it returns a truthy value (or throw after `ms`). */
export async function until(probe, ms = 10_000, what = 'condition') {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
