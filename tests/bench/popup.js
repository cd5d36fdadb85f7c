// How fast the popup shows something, and how fast it is populated, with 1,000 memories.
// Seeds a fresh profile through the worker (`edit {op: 'add'}`, as the popup's own form
// does), then opens the popup page several times and prints the figures. Not a test:
//
//   cd tests && node bench/popup.js [memories=1000] [runs=7]
import { launch, newProfile, extensionPage, send } from '../support/browser.js';

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

  // The floor: a plain text document from the extension's origin, painted by this browser
  // on this machine (headless, software rendering, shared cores).
  const floor = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/manifest.json`);
    const t = await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
    floor.push(await t.jsonValue());
    await page.close();
  }

  const first = [];
  const populated = [];
  const nodes = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(`chrome-extension://${extensionId}/extension/popup/popup.html`);
    const t = await page.waitForFunction(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const done = performance.getEntriesByName('palate:populated')[0];
      return fcp && done ? { fcp: fcp.startTime, done: done.startTime, nodes: document.getElementsByTagName('*').length } : null;
    });
    const v = await t.jsonValue();
    if (i > 0) {
      // The first open warms the worker (Wasm start, IndexedDB load): reported apart.
      first.push(v.fcp);
      populated.push(v.done);
      nodes.push(v.nodes);
    } else {
      console.log(`cold (first open, worker already running): first content ${fmt(v.fcp)}, populated ${fmt(v.done)}`);
    }
    await page.close();
  }
  console.log(`popup with ${memories} memories, median of ${RUNS - 1} opens:`);
  console.log(`  first content (first-contentful-paint of the skeleton): ${fmt(median(first))}  [min ${fmt(Math.min(...first))}, max ${fmt(Math.max(...first))}]`);
  console.log(`  populated (review rendered):                          ${fmt(median(populated))}  [min ${fmt(Math.min(...populated))}, max ${fmt(Math.max(...populated))}]`);
  console.log(`  DOM elements after populating: ${median(nodes)}`);
  console.log(`  floor: first-contentful-paint of a plain text page from the extension: ${fmt(median(floor))}`);
} finally {
  await context.close();
}
