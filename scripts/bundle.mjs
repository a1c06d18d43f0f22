#!/usr/bin/env node
// The `continuum` executable: the compiled CLI (packages/cli/dist/bin.js) and everything
// it imports bundled into one ES module, packages/cli/dist/continuum.js. A daemon loads
// about 930 ES modules otherwise, and resolving and reading them was half its start-up.
// `level` stays outside: it loads a native addon (classic-level) from its own directory.
// Code that reads files beside it finds them from its package's root (package-url.ts),
// since inside the bundle import.meta.url is the bundle's. The unbundled dist/bin.js
// still runs the same commands (for stack traces that name the source files).
import { chmodSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'packages', 'cli', 'dist', 'continuum.js');

await build({
  entryPoints: [join(root, 'packages', 'cli', 'dist', 'bin.js')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['level'],
  // CommonJS dependencies inside an ES module bundle call require() for Node's own modules.
  banner: { js: "import { createRequire as __continuumCreateRequire } from 'node:module';\nconst require = __continuumCreateRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});
chmodSync(outfile, 0o755);
