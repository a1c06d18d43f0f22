#!/usr/bin/env node
// The one protobuf codegen step: every packages/<name>/proto/*.proto becomes a static
// protobufjs module (src/gen/<file>.js + .d.ts, checked in so tests run from source),
// copied to dist/gen so the compiled package finds it. `--check` fails when the
// checked-in code differs from what the .proto files generate.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const bin = (name) => join(root, 'node_modules', '.bin', name);
let stale = 0;

for (const pkg of readdirSync(join(root, 'packages'))) {
  const protoDir = join(root, 'packages', pkg, 'proto');
  if (!existsSync(protoDir)) continue;
  const protos = readdirSync(protoDir).filter((f) => f.endsWith('.proto')).sort();
  for (const proto of protos) {
    const name = basename(proto, '.proto');
    const js = generateJs(`${pkg}_${name}`, join(protoDir, proto));
    const dts = generateDts(js);
    for (const [ext, text] of [['.js', js], ['.d.ts', dts]]) {
      const srcFile = join(root, 'packages', pkg, 'src', 'gen', name + ext);
      const current = existsSync(srcFile) ? readFileSync(srcFile, 'utf8') : '';
      if (check) {
        if (current !== text) {
          console.error(`stale generated code: ${srcFile} (run pnpm codegen)`);
          stale++;
        }
        continue;
      }
      if (current !== text) writeFileAt(srcFile, text);
      writeFileAt(join(root, 'packages', pkg, 'dist', 'gen', name + ext), text);
    }
  }
}
if (stale > 0) process.exit(1);

function generateJs(rootName, protoFile) {
  // A root of its own per .proto file, so two files' namespaces never overwrite each other
  // (generated code looks nested types up through its root).
  const js = execFileSync(
    bin('pbjs'),
    ['-t', 'static-module', '-w', 'es6', '--root', `continuum_${rootName}`, '--force-number', '--no-verify', '--no-delimited', '--no-beautify', protoFile],
    { encoding: 'utf8' },
  );
  // 64-bit fields decode to plain numbers (exact up to 2^53), never Long objects.
  return js.replace(
    'import $protobuf from "protobufjs/minimal.js";\n',
    'import $protobuf from "protobufjs/minimal.js";\n\n$protobuf.util.Long = undefined;\n$protobuf.configure();\n',
  );
}

function generateDts(js) {
  const tmp = join(root, 'node_modules', '.cache', 'codegen');
  mkdirSync(tmp, { recursive: true });
  const file = join(tmp, 'module.js');
  writeFileSync(file, js);
  const dts = execFileSync(bin('pbts'), ['--no-comments', file], { encoding: 'utf8' });
  // --force-number leaves Long unused; importing it would need `long` resolvable from each package.
  return dts.replace(/^import Long = require\("long"\);\n/m, '');
}

function writeFileAt(file, text) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}
