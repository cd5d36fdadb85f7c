// Runs in Chromium as an extension page (tests/bench/wasm.js opens it), loading the
// Wasm and the table from the extension package exactly as the worker does: the shipped Wasm build over a
// real IndexedDB, at 10,000 memories. Writes its figures to window.results.
import init, { Palate } from '/extension/pkg/palate.js';

const N = Number(new URLSearchParams(location.search).get('n') ?? 10000);
const DB = `palate-bench-${N}`;
const WORDS_A = 'spicy sweet salty quiet loud vintage modern minimalist colorful dark light fresh frozen homemade organic cheap luxury wooden metal electric acoustic classical slow fast crispy creamy bitter smoky fruity rustic'.split(' ');
const WORDS_B = 'ramen desserts keyboards music jazz furniture coffee tea chocolate cheese bread pasta curry salads soups burgers pizza sushi tacos noodles hotels beaches museums hikes trains novels podcasts films games shoes'.split(' ');
const WORDS_C = 'from lyon for winter at night with friends on weekends in summer for kids at home for work by the sea in the city for breakfast after dinner in the mountains for travel during holidays on trains for beginners'.split(' for ').join('|for ').split('|');

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
  for (let i = 0; out.length < n; i++) {
    const a = WORDS_A[i % WORDS_A.length];
    const b = WORDS_B[Math.floor(i / WORDS_A.length) % WORDS_B.length];
    const c = WORDS_C[Math.floor(i / (WORDS_A.length * WORDS_B.length)) % WORDS_C.length];
    const topic = `${a} ${b} ${c} ${i}`;
    out.push({
      id: `seed-${i}`, at: 1_700_000_000_000 + i * 1000, site: 'chatgpt', kind: 'turn',
      text: `I really like ${topic}.`,
      items: [{ topic, polarity: i % 4 ? 'like' : 'dislike', kind: 'preference', intensity: 0.8, quote: `I really like ${topic}` }],
    });
  }
  return out;
}

async function run() {
  const r = { memories: N };
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
  palate.free();

  // Cold start as the worker sees it after being killed: open + load everything.
  const [openMs, reopened] = await time(() => Palate.open(DB, table));
  r.cold_open_ms = openMs;
  r.cold_start_ms = initMs + openMs;
  palate = reopened;

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
  // Timers are coarse (0.1 ms) outside cross-origin isolation: time batches of 20.
  const pre = [];
  for (let i = 0; i < 20; i++) {
    const [ms] = await time(async () => {
      for (let j = 0; j < 20; j++) await palate.preamble(drafts[(i + j) % drafts.length]);
    });
    pre.push(ms / 20);
  }
  r.preamble_median_ms = median(pre);
  r.preamble_p95_ms = p95(pre);

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
