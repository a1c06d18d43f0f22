import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';

function run(argv: string[]): { code: number; out: string } {
  const lines: string[] = [];
  const code = main(argv, (line) => lines.push(line));
  return { code, out: lines.join('\n') };
}

describe('continuum (placeholder CLI)', () => {
  it('demo says it is a placeholder and lists every package', () => {
    const { code, out } = run(['demo']);
    expect(code).toBe(0);
    expect(out).toContain('PLACEHOLDER');
    for (const name of ['raft', 'crdt', 'analyzer', 'discovery', 'daemon', 'cli']) expect(out).toContain(`@continuum/${name}`);
  });

  it('exits 2 with one line on an unknown command', () => {
    const { code, out } = run(['frobnicate']);
    expect(code).toBe(2);
    expect(out.split('\n')).toHaveLength(1);
  });
});
