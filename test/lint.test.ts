import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint config must keep the pure packages pure; these cases would pass silently if a
// glob or rule in eslint.config.js stopped matching.
const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('purity rules', () => {
  const impure: Array<[string, string]> = [
    ['Date.now()', 'no-restricted-globals'],
    ['new Date()', 'no-restricted-globals'],
    ['Math.random()', 'no-restricted-properties'],
    ['setTimeout(() => {}, 1)', 'no-restricted-globals'],
    ["import { readFileSync } from 'node:fs'; readFileSync('x')", 'no-restricted-imports'],
    ["import { readFileSync } from 'fs'; readFileSync('x')", 'no-restricted-imports'],
    ['process.exit(1)', 'no-restricted-globals'],
  ];

  for (const dir of ['packages/crdt/src', 'packages/raft/src/core', 'packages/analyzer/src']) {
    it.each(impure)(`rejects %s in ${dir}`, async (code, rule) => {
      expect(await ruleIds(`export const x = () => ${code.includes('import') ? 0 : code};\n${code.includes('import') ? code : ''}`, `${dir}/sample.ts`)).toContain(rule);
    });
  }

  it('allows the same code outside the pure cores', async () => {
    for (const file of ['packages/daemon/src/sample.ts', 'packages/raft/src/storage/sample.ts']) {
      expect(await ruleIds('export const now = () => Date.now() + Math.random();\n', file)).toEqual([]);
    }
  });
});
