// node run.mjs <path to .wasm>: check the kernels, then time top-10 and a range query.
import { readFileSync } from "node:fs";
const { instance } = await WebAssembly.instantiate(readFileSync(process.argv[2]));
const k = instance.exports;
const bad = k.check();
console.log(`kernel check: ${bad === 0 ? "pass" : `${bad} mismatches`}`);
k.setup();
for (const name of ["top10", "range"]) {
  for (let i = 0; i < 50; i++) k[name]();
  const times = [];
  for (let r = 0; r < 7; r++) {
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) k[name]();
    times.push((performance.now() - t0) / 100);
  }
  times.sort((a, b) => a - b);
  console.log(`${name} over 10,000 x 256: median ${times[3].toFixed(3)} ms`);
}
process.exit(bad === 0 ? 0 : 1);
