// Bundles the real editor libraries for fixture pages into build/fixtures/.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const tests = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const BUNDLE_DIR = path.join(tests, '..', 'build', 'fixtures');

const EDITORS = ['prosemirror', 'quill', 'lexical', 'react-textarea'];

let built;
/** Build every editor bundle once per test process. */
export function bundleEditors() {
  built ??= Promise.all(
    EDITORS.map((name) =>
      build({
        entryPoints: [path.join(tests, 'fixtures', 'editors', `${name}.js`)],
        bundle: true,
        format: 'iife',
        target: 'chrome120',
        outfile: path.join(BUNDLE_DIR, `${name}.js`),
        logLevel: 'error',
        define: { 'process.env.NODE_ENV': '"production"' },
      }),
    ),
  );
  return built;
}
