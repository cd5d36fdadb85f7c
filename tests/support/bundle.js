// Bundles the real editor libraries for fixture pages into build/fixtures/.
import { build } from 'esbuild';
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const tests = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const BUNDLE_DIR = path.join(tests, '..', 'build', 'fixtures');

const EDITORS = ['prosemirror', 'quill', 'lexical', 'react-textarea'];

const mtime = (file) => stat(file).then((s) => s.mtimeMs, () => -1);

/** Build one editor bundle unless it is newer than its entry file and the lockfile. */
async function bundle(name) {
  const entry = path.join(tests, 'fixtures', 'editors', `${name}.js`);
  const outfile = path.join(BUNDLE_DIR, `${name}.js`);
  const [out, src, lock] = await Promise.all([mtime(outfile), mtime(entry), mtime(path.join(tests, 'package-lock.json'))]);
  if (out > src && out > lock) return;
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    outfile,
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
}

let built;
/** Build every editor bundle once per test process (each test file is one process). */
export function bundleEditors() {
  built ??= Promise.all(EDITORS.map(bundle));
  return built;
}
