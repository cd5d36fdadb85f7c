// The Wasm benchmark: opens tests/bench/wasm-page.html as a page of the loaded
// extension (the repository root is the extension), so the shipped build
// (extension/pkg) and its table load from the package as in the worker, over a real
// IndexedDB. Prints the figures and writes build/bench/wasm.json.
// Usage: node tests/bench/wasm.js [seed turns; default all 12,100 topics]
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { launch, newProfile, ROOT } from '../support/browser.js';

const n = process.argv[2];
const pkg = path.join(ROOT, 'extension', 'pkg');

const { context, extensionId } = await launch(await newProfile());
try {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/tests/bench/wasm-page.html${n ? `?n=${Number(n)}` : ''}`);
  await page.waitForFunction(() => window.results, null, { timeout: 900_000 });
  const results = await page.evaluate(() => window.results);
  if (results.error) throw new Error(results.error);
  const wasm = await readFile(path.join(pkg, 'palate_bg.wasm'));
  results.wasm_bytes = wasm.length;
  results.wasm_gzip_bytes = gzipSync(wasm, { level: 9 }).length;
  results.table_bytes = (await readFile(path.join(pkg, 'embedding-table.bin'))).length;
  results.chromium = context.browser()?.version() ?? 'chromium';
  for (const [k, v] of Object.entries(results)) {
    console.log(`${k.padEnd(34)} ${typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(2) : v}`);
  }
  await mkdir(path.join(ROOT, 'build', 'bench'), { recursive: true });
  await writeFile(path.join(ROOT, 'build', 'bench', 'wasm.json'), JSON.stringify(results, null, 2));
} finally {
  await context.close();
}
