// The content script's cost on a long conversation: its time per mutation batch and
// its heap, on a site fixture rendering a generated thread (`?turns=N`,
// tests/fixtures/sites/common/chat.js), while new turns are sent and their replies
// stream in. Not a test:
//
//   cd tests && node bench/thread.js [site=chatgpt] [exchanges=500] [sends=20]
//
// Time: observe.js times its own callbacks when its isolated world holds
// `__palateProbe` (set here through the DevTools protocol, in that world only):
// "batch" is the thread observer's callback (one per mutation batch), "reconcile" the
// debounced pass that looks for the new user turn, "ancestors" the watch for a
// replaced thread container.
// Heap: the same page is loaded twice, once on the site's host (Palate runs) and once
// on a host Palate does not match, driven the same way; after a forced collection the
// difference of the two renderers' JavaScript heaps is what the content script keeps
// (its isolated world, its scripts, its wrappers for the page's nodes and its state).
import { launch, newProfile, serveSiteAt, until } from '../support/browser.js';

const SITES = {
  chatgpt: { origin: 'https://chatgpt.com', path: '/c/bench-thread', composer: '#prompt-textarea' },
  claude: { origin: 'https://claude.ai', path: '/chat/bench-thread', composer: 'fieldset .ProseMirror' },
  copilot: { origin: 'https://copilot.microsoft.com', path: '/chats/bench-thread', composer: '#userInput' },
  deepseek: { origin: 'https://chat.deepseek.com', path: '/a/chat/s/bench-thread', composer: '#chat-input' },
  gemini: { origin: 'https://gemini.google.com', path: '/app/bench-thread', composer: 'rich-textarea .ql-editor' },
  grok: { origin: 'https://grok.com', path: '/chat/bench-thread', composer: 'form textarea' },
  mistral: { origin: 'https://chat.mistral.ai', path: '/chat/bench-thread', composer: '#editor' },
  perplexity: { origin: 'https://www.perplexity.ai', path: '/search/bench-thread', composer: '#ask-input' },
};
const SITE = process.argv[2] ?? 'chatgpt';
const EXCHANGES = Number(process.argv[3] ?? 500);
const SENDS = Number(process.argv[4] ?? 20);
const site = SITES[SITE];
if (!site) throw new Error(`unknown site ${SITE}; one of ${Object.keys(SITES).join(', ')}`);
const ELSEWHERE = 'no-palate.test';

const quantile = (xs, q) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
// performance.now() is coarsened to 0.1 ms in a page that is not cross-origin isolated.
const ms = (x) => `${x.toFixed(1)} ms`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

const { context, extensionId } = await launch(await newProfile());
await serveSiteAt(context, ELSEWHERE, SITE);

/** The thread page on `origin`, with a DevTools session and the contexts it reported. */
async function open(origin) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  /** @type {any[]} */
  const contexts = [];
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => contexts.push(c));
  await cdp.send('Runtime.enable');
  const url = new URL(site.path, origin);
  url.searchParams.set('turns', String(EXCHANGES));
  await page.goto(url.href);
  await page.waitForFunction(() => window.__fixture);
  return { page, cdp, contexts };
}

/** Type and send `count` turns, each waiting out its streamed reply and the debounce. */
async function drive(page, count) {
  for (let i = 0; i < count; i++) {
    await page.click(site.composer);
    await page.keyboard.type(`I would like a short answer about topic ${i + 1}, please.`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__fixture.chat.busy === 0);
    await page.waitForTimeout(400);
  }
}

/** The renderer's used JavaScript heap after a forced collection (least of three). */
async function heap(cdp) {
  let least = Infinity;
  for (let i = 0; i < 3; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    least = Math.min(least, (await cdp.send('Runtime.getHeapUsage')).usedSize);
  }
  return least;
}

try {
  const withPalate = await open(site.origin);
  const world = await until(
    () => withPalate.contexts.find((c) => c.auxData?.type === 'isolated' && c.origin?.includes(extensionId)),
    10_000,
    "Palate's isolated world",
  );
  const inWorld = async (expression) => {
    const { result, exceptionDetails } = await withPalate.cdp.send('Runtime.evaluate', {
      expression,
      contextId: world.id,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value;
  };
  await inWorld('globalThis.__palateTimes = []; globalThis.__palateProbe = (name, ms) => __palateTimes.push([name, ms]); true');
  const started = Date.now();
  await drive(withPalate.page, SENDS);
  const times = await inWorld('globalThis.__palateTimes');
  await inWorld('delete globalThis.__palateProbe; true');
  const driveSeconds = (Date.now() - started) / 1000;

  const without = await open(`https://${ELSEWHERE}`);
  await drive(without.page, SENDS);
  const [a, b] = [await heap(withPalate.cdp), await heap(without.cdp)];

  console.log(`${SITE}: ${EXCHANGES} exchanges (${2 * EXCHANGES} rendered turns), ${SENDS} turns sent and streamed in ${driveSeconds.toFixed(1)} s`);
  for (const [name, what] of [
    ['batch', 'per mutation batch (thread observer callback)'],
    ['reconcile', 'per debounced pass'],
    ['ancestors', 'per batch of the container watch'],
    ['keydown', 'per keydown (Enter reads the thread for the baseline)'],
    ['click', 'per click'],
  ]) {
    const xs = times.filter(([n]) => n === name).map(([, t]) => t);
    if (!xs.length) continue;
    console.log(
      `  ${what}: n=${xs.length}  median ${ms(quantile(xs, 0.5))}  p95 ${ms(quantile(xs, 0.95))}  max ${ms(Math.max(...xs))}  total ${ms(xs.reduce((s, x) => s + x, 0))}`,
    );
  }
  console.log('  (times in steps of 0.1 ms, the resolution of performance.now() on this page)');
  console.log(`  heap: page with Palate ${mb(a)}, the same page without ${mb(b)}: content script ${mb(a - b)}`);
} finally {
  await context.close();
}
