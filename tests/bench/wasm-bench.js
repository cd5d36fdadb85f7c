// Runs in Chromium as an extension page (tests/bench/wasm.js opens it), loading the
// Wasm and the table from the extension package exactly as the worker does: the shipped Wasm build over a
// real IndexedDB, at about 9,600 memories (as the native engine bench). Writes its figures to window.results.
import init, { Palate } from '/extension/pkg/palate.js';
import { preloadMemories } from '/extension/preload.js';

// The native engine bench's vocabulary (crate/benches/engine.rs): 110 × 110 distinct topics, of
// which about 9,600 stay distinct memories after merging by similarity.
const ADJECTIVES = 'spicy sweet salty quiet loud vintage modern minimalist colorful dark light fresh frozen homemade organic cheap expensive wooden metal plastic electric acoustic classical experimental slow fast long short crispy creamy bitter sour smoky fruity floral rustic urban coastal mountain desert tropical nordic italian japanese mexican indian french greek korean thai chinese spanish german british american african peruvian turkish vietnamese lebanese mechanical wireless portable heavy tiny giant retro digital analog handmade open closed crowded empty noisy calm bright dim warm cold rainy sunny snowy windy early late morning evening weekend daily competitive casual formal outdoor indoor solo group family budget luxury historic futuristic animated documentary romantic horror comedy fantasy mystery political'.split(' ');
const NOUNS = 'ramen|desserts|keyboards|music|jazz|furniture|coffee|tea|chocolate|cheese|bread|pasta|curry|salads|soups|burgers|pizza|sushi|tacos|noodles|hotels|beaches|museums|hikes|trains|flights|cruises|road trips|campsites|cities|novels|podcasts|films|series|games|puzzles|sports|football|tennis|running|yoga|cycling|swimming|gardens|flowers|plants|dogs|cats|birds|horses|cars|bikes|boats|watches|shoes|jackets|dresses|jeans|hats|bags|phones|laptops|cameras|headphones|speakers|monitors|chairs|desks|lamps|rugs|paintings|sculptures|concerts|festivals|parties|restaurants|cafes|bars|markets|shops|wine|beer|cocktails|juice|smoothies|pastries|cakes|cookies|ice cream|candy|fonts|colors|patterns|fabrics|perfumes|candles|soaps|toys|board games|comics|apartments|houses|cabins|offices|schools|courses|lectures|workshops|tutorials|newsletters'.split('|');

// Every topic by default: 12,100 turns, about 9,600 memories.
const N = Number(new URLSearchParams(location.search).get('n') ?? ADJECTIVES.length * NOUNS.length);
const DB = `palate-bench-${N}`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];

async function time(fn) {
  const t = performance.now();
  const value = await fn();
  return [performance.now() - t, value];
}

/** N distinct topics as exported signals (one item each). */
function signals(n) {
  const out = [];
  for (let i = 0; out.length < n && i < ADJECTIVES.length * NOUNS.length; i++) {
    const topic = `${ADJECTIVES[i % ADJECTIVES.length]} ${NOUNS[Math.floor(i / ADJECTIVES.length)]}`;
    out.push({
      id: `seed-${i}`, at: 1_700_000_000_000 + i * 1000, site: 'chatgpt', kind: 'turn',
      text: `I really like ${topic}.`,
      items: [{ topic, polarity: i % 4 ? 'like' : 'dislike', kind: 'preference', intensity: 0.8, quote: `I really like ${topic}` }],
    });
  }
  return out;
}

/** How long IndexedDB alone takes to hand back every record of `store`. */
function rawReadMs(name, store) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const t = performance.now();
      const all = db.transaction(store).objectStore(store).getAll();
      all.onerror = () => reject(all.error);
      all.onsuccess = () => { db.close(); resolve(performance.now() - t); };
    };
  });
}

/** Say an older build read the log, as after an update of the extension. */
function markOlderBuild(name) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('settings', 'readwrite');
      tx.objectStore('settings').put({ key: 'read_by_build', value: 'an older build' });
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  });
}

async function run() {
  const r = { seed_turns: N };
  // As the worker starts: the table's fetch overlaps the Wasm's compilation.
  const [initMs, table] = await time(async () => {
    const bytes = fetch('/extension/pkg/embedding-table.bin').then((r) => r.arrayBuffer());
    await init({ module_or_path: '/extension/pkg/palate_bg.wasm' });
    return new Uint8Array(await bytes);
  });
  r.wasm_init_ms = initMs;

  indexedDB.deleteDatabase(DB);
  let palate = await Palate.open(DB, table);
  const [importMs, report] = await time(() => palate.importSignals(signals(N)));
  r.seed_import_rebuild_ms = importMs;
  r.seed_added = report.added;
  const review = await palate.review();
  r.clusters = review.clusters.length;
  r.memories_after_merge = review.clusters.reduce((n, c) => n + c.members.length, 0) + review.unclustered.length + review.faded.length;
  palate.free();

  // Cold start as the worker sees it after being killed: open + load everything.
  // Five times, against the raw IndexedDB read of the same records, because one
  // sample swings by ±100 ms on a busy machine.
  const opens = [];
  const reads = [];
  const afterInit = [];
  for (let i = 0; i < 5; i++) {
    const [openMs, reopened] = await time(() => Palate.open(DB, table));
    reopened.free();
    opens.push(openMs);
    reads.push(await rawReadMs(DB, 'memories'));
    // As the worker does: the records are read while the Wasm compiles, so only what
    // is left of that read after the compile, and the rest of the open, add up.
    const [, preloaded] = await time(() => preloadMemories(DB));
    const [restMs, again] = await time(() => Palate.open(DB, table, null, preloaded));
    again.free();
    afterInit.push(restMs);
  }
  r.cold_open_median_ms = median(opens);
  r.cold_open_idb_getall_median_ms = median(reads);
  r.cold_open_after_preload_median_ms = median(afterInit);
  r.cold_start_ms = initMs + median(opens);
  r.cold_start_with_preload_ms = Math.max(initMs, median(reads)) + median(afterInit);

  // The first start after an update: the log is read again and, with the built-in
  // model, everything is rebuilt (once; the next start is a plain one again).
  await markOlderBuild(DB);
  const [updateMs, updated] = await time(() => Palate.open(DB, table));
  updated.free();
  r.open_after_update_ms = updateMs;
  palate = await Palate.open(DB, table);

  const observe = [];
  for (let i = 0; i < 40; i++) {
    const [ms] = await time(() => palate.observe({ id: `new-${i}`, site: 'chatgpt', text: `I can't stand overcooked vegetable number ${i} at dinner.` }));
    observe.push(ms);
  }
  r.observe_median_ms = median(observe);
  r.observe_p95_ms = p95(observe);

  const plain = [];
  for (let i = 0; i < 40; i++) {
    const [ms] = await time(() => palate.observe({ id: `plain-${i}`, site: 'chatgpt', text: `Can you summarise chapter ${i} of this history of trains?` }));
    plain.push(ms);
  }
  r.observe_no_preference_median_ms = median(plain);

  const drafts = ['Any ideas for a cozy dinner with spicy ramen this weekend?', 'Recommend a quiet keyboard for the office', 'Plan a trip to the beach in summer', 'What should I cook for breakfast?'];
  // The first draft after a start also embeds the domain lines once: timed apart.
  [r.preamble_first_ms] = await time(() => palate.preamble(drafts[0]));
  // Timers are coarse (0.1 ms) outside cross-origin isolation: time batches of 20, and
  // enough of them that the p95 is not simply the slowest batch.
  const pre = [];
  for (let i = 0; i < 100; i++) {
    const [ms] = await time(async () => {
      for (let j = 0; j < 20; j++) await palate.preamble(drafts[(i + j) % drafts.length]);
    });
    pre.push(ms / 20);
  }
  r.preamble_median_ms = median(pre);
  r.preamble_p95_ms = p95(pre);
  r.preamble_max_ms = Math.max(...pre);

  const rev = [];
  for (let i = 0; i < 10; i++) rev.push((await time(() => palate.review()))[0]);
  r.review_median_ms = median(rev);

  const params = await palate.params();
  params.dbscan.eps = params.dbscan.eps + 0.01;
  const [reclusterMs] = await time(() => palate.setParams(params));
  r.full_recluster_and_commit_ms = reclusterMs;
  palate.free();
  return r;
}

run().then(
  (r) => { window.results = r; document.getElementById('out').textContent = JSON.stringify(r, null, 2); },
  (e) => { window.results = { error: String(e?.stack ?? e) }; },
);
