// How fast the popup shows something, and how fast it is populated, with 1,000 memories.
// "First content" is Chromium's first-contentful-paint: the page's skeleton (header,
// tabs, filters). "Snapshot" is when the memories are drawn from what the popup last
// showed (kept in chrome.storage.session); "populated", when the worker's fresh review
// is drawn. Measured with the worker running, then with it stopped before each open.
// Seeds a fresh profile through the worker (`edit {op: 'add'}`, as the popup's own form
// does), then opens the popup page several times and prints the figures. Not a test:
//
//   cd tests && node bench/popup.js [memories=1000] [runs=7]
import { launch, newProfile, extensionPage, send, stopWorker } from '../support/browser.js';

const WANT = Number(process.argv[2] ?? 1000);
const RUNS = Number(process.argv[3] ?? 7);

const ADJECTIVES = ['spicy', 'sweet', 'smoky', 'vintage', 'minimal', 'loud', 'quiet', 'fast', 'slow', 'bright',
  'dark', 'cold', 'warm', 'crunchy', 'creamy', 'bitter', 'sour', 'fresh', 'dry', 'rainy', 'electric', 'acoustic',
  'wooden', 'modern', 'classic', 'french', 'italian', 'thai', 'korean', 'mexican', 'nordic', 'greek', 'indian',
  'japanese', 'german', 'brazilian', 'turkish', 'irish', 'spanish', 'local'];
const NOUNS = ['ramen', 'curry', 'jazz', 'novels', 'trains', 'coffee', 'tea', 'hiking trails', 'board games', 'films',
  'podcasts', 'desserts', 'bread', 'cheese', 'wine', 'beer', 'bikes', 'keyboards', 'sneakers', 'gardens', 'museums',
  'beaches', 'cities', 'poetry', 'synths'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(1)} ms`;

const { context, extensionId } = await launch(await newProfile());
try {
  const seeder = await extensionPage(context, extensionId);
  const started = Date.now();
  let n = 0;
  outer: for (const noun of NOUNS) {
    for (const adjective of ADJECTIVES) {
      if (n >= WANT) break outer;
      const reply = await send(seeder, {
        kind: 'edit',
        edit: { op: 'add', topic: `${adjective} ${noun}`, kind: n % 7 === 0 ? 'style' : 'preference', polarity: n % 3 === 0 ? 'dislike' : 'like' },
      });
      if (!reply.ok) throw new Error(reply.error);
      n++;
    }
  }
  const review = (await send(seeder, { kind: 'review' })).result;
  const memories = review.clusters.reduce((k, c) => k + c.members.length, 0) + review.unclustered.length + review.faded.length;
  console.log(`seeded ${n} adds in ${((Date.now() - started) / 1000).toFixed(1)} s: ${memories} memories, ${review.clusters.length} clusters, ${review.unclustered.length} unclustered`);
  await seeder.close();

  /** One open of `path`: its paint and Palate's marks, in ms from navigation. */
  async function open(path) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    const plain = !path.endsWith('.html');
    const t = await page.waitForFunction((plain) => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
      const v = { fcp: at('first-contentful-paint'), snap: at('palate:snapshot'), done: at('palate:populated'), nodes: document.getElementsByTagName('*').length };
      return v.fcp !== null && (plain || v.done !== null) ? v : null;
    }, plain, { timeout: 30_000 });
    const v = await t.jsonValue();
    await page.close();
    return v;
  }

  const range = (xs) => `${fmt(median(xs))}  [min ${fmt(Math.min(...xs))}, max ${fmt(Math.max(...xs))}]`;
  function report(title, runs, floor) {
    const snaps = runs.map((v) => v.snap).filter((x) => x !== null);
    console.log(title);
    console.log(`  first content (first-contentful-paint of the skeleton): ${range(runs.map((v) => v.fcp))}`);
    console.log(snaps.length
      ? `  memories from the snapshot (${snaps.length} of ${runs.length} opens; else the fresh review came first): ${range(snaps)}`
      : '  memories from the snapshot: never (the fresh review came first every time)');
    console.log(`  populated (fresh review rendered): ${range(runs.map((v) => v.done))}`);
    if (floor) console.log(`  floor: first-contentful-paint of a plain text page from the extension, opened in turn: ${range(floor)}`);
  }

  // The first open warms the worker (Wasm start, IndexedDB load) and writes the first
  // snapshot: reported apart. The floor, a plain text document from the extension's
  // origin painted by this browser on this machine (headless, software rendering,
  // shared cores), is opened in turn with the popup, so both see the same load.
  const warmup = await open('extension/popup/popup.html');
  console.log(`first open (worker already running, no snapshot yet): first content ${fmt(warmup.fcp)}, populated ${fmt(warmup.done)}`);
  const floor = [];
  const warm = [];
  for (let i = 1; i < RUNS; i++) {
    floor.push((await open('manifest.json')).fcp);
    warm.push(await open('extension/popup/popup.html'));
  }
  report(`popup with ${memories} memories, worker running, median of ${warm.length} opens:`, warm, floor);
  console.log(`  DOM elements after populating: ${median(warm.map((v) => v.nodes))}`);

  const cold = [];
  for (let i = 1; i < RUNS; i++) {
    await stopWorker(context);
    cold.push(await open('extension/popup/popup.html'));
  }
  report(`popup with ${memories} memories, worker stopped before each open, median of ${cold.length} opens:`, cold);
} finally {
  await context.close();
}
