// The README's main command, as a user runs it: `continuum demo --seconds N` starts 8
// daemon processes (1 global, 1 national, 2 regional, 4 leaves), feeds the leaves, and
// exits 0 only once metadata reached the global node; every process is gone afterwards.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const bin = new URL('../dist/bin.js', import.meta.url).pathname;

interface DemoSummary {
  reached_global: boolean;
  web: string;
  nodes: Array<{ name: string; tier: string; api: string; posts_counted: number | null }>;
}

describe.skipIf(!existsSync(bin))('continuum demo', () => {
  it('brings up the 4-tier federation and metadata reaches the global node', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [bin, '--json', 'demo', '--seconds', '75', '--posts', '60'], { timeout: 170_000, maxBuffer: 4 * 1024 * 1024 });
    const summary = JSON.parse(stdout) as DemoSummary;
    expect(summary.reached_global).toBe(true);
    expect(summary.nodes.map((n) => n.tier).sort()).toEqual(['global', 'leaf', 'leaf', 'leaf', 'leaf', 'national', 'regional', 'regional']);
    const global = summary.nodes.find((n) => n.tier === 'global');
    expect(global?.posts_counted).toBeGreaterThan(0);
    expect(summary.web).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=/);
    // The demo stopped its daemons: nothing answers on their API ports any more.
    for (const node of summary.nodes) {
      await expect(fetch(`http://${node.api}/health/live`, { signal: AbortSignal.timeout(2_000) })).rejects.toThrow();
    }
  }, 180_000);
});
