#!/usr/bin/env node
// The `continuum` executable: the compiled CLI (packages/cli/dist/bin.js) and everything
// it imports bundled by esbuild into packages/cli/dist/continuum.js, with what is imported
// lazily (the daemon, the analyzer and its language models) in continuum-chunks/, read when
// first needed. A daemon loads about 930 ES modules otherwise, and resolving and reading
// them was half its start-up; the language models alone are half the code, and parsing
// them is only worth it on a node that queries. `level` stays outside: it loads a native
// addon (classic-level) from its own directory. Code that reads files beside it finds them
// from its package's root (package-url.ts), since inside the bundle import.meta.url is the
// bundle's. The unbundled dist/bin.js still runs the same commands (for stack traces that
// name the source files).
import { chmodSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'packages', 'cli', 'dist');
const chunks = join(outdir, 'continuum-chunks');

rmSync(chunks, { recursive: true, force: true });
await build({
  entryPoints: { continuum: join(outdir, 'bin.js') },
  outdir,
  // What the code imports lazily (the daemon for `continuum daemon`, the analyzer and its
  // language models for queries) goes into chunks read when first imported, not at start.
  splitting: true,
  chunkNames: 'continuum-chunks/[name]-[hash]',
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
chmodSync(join(outdir, 'continuum.js'), 0o755);
