import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';

it('checked-in protobuf code matches the .proto files', () => {
  const root = new URL('..', import.meta.url).pathname;
  // Throws (and fails the test) when codegen --check exits non-zero.
  expect(() => execFileSync(process.execPath, ['scripts/codegen.mjs', '--check'], { cwd: root, stdio: 'pipe' })).not.toThrow();
}, 60_000);
