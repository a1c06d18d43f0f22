// The driver's own snapshots, end to end in one process: a council of one takes more than
// snapshotEveryEntries writes, snapshots the state (encoded over several loop turns while
// writes go on), compacts its log, and after a restart serves every key from the snapshot
// and the log after it.
import { readdir, rm } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { initDataDir } from '../src/identity/data-dir.js';
import { limits } from '../src/limits.js';
import { createNode } from '../src/node/index.js';
import type { ContinuumNode } from '../src/node/index.js';
import { bootstrapCouncil } from '../src/raft-driver/bootstrap.js';
import { raftDir } from '../src/raft-driver/driver.js';
import { until } from './support/until.js';

const dirs: string[] = [];
const nodes: ContinuumNode[] = [];

afterAll(async () => {
  for (const node of nodes) await node.stop().catch(() => undefined);
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const text = (value: string): Uint8Array => new TextEncoder().encode(value);

describe('the driver snapshots and compacts its log', () => {
  it('after snapshotEveryEntries writes the log is compacted, and a restart serves every key', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'continuum-snap-'));
    dirs.push(dir);
    const opened = await initDataDir({ config: { node: { name: 'snap-1', tier: 'leaf', territory: 'DK-AARHUS', data_dir: join(dir, 'data'), listen: ['/ip4/127.0.0.1/tcp/0'] } } });
    await bootstrapCouncil(opened.config, opened.identity.peerId.toString(), [], 'fed-snap', Date.now());
    const first = createNode(opened.config, { apiPortOverride: 0 });
    nodes.push(first);
    await first.start();
    await until(async () => first.consensus.status().role === 'leader', 'the only voter to lead');

    const writes = limits.snapshotEveryEntries + 2 * limits.compactionMarginEntries;
    const signal = new AbortController().signal;
    for (let from = 0; from < writes; from += 500) {
      await Promise.all(Array.from({ length: Math.min(500, writes - from) }, (_, i) => {
        const n = from + i;
        return first.consensus.propose({ atMs: Date.now(), proposer: first.peerId, kvPut: { key: `k${n % 3_000}`, value: text(`v${n}`) } }, { signal });
      }));
    }
    const applied = first.consensus.status().appliedIndex;
    expect(applied).toBeGreaterThan(writes);
    // Compaction keeps compactionMarginEntries behind the snapshot: the log no longer starts at 1.
    await until(async () => first.consensus.status().logSize < applied - limits.compactionMarginEntries, 'the log to be compacted after a snapshot', 20_000);
    // The storage keeps only its newest snapshot file: no longer the bootstrap one at index 1.
    const snapshotIndexes = (await readdir(raftDir(opened.config.node.data_dir))).flatMap((name) => /^snapshot-(\d+)\.bin$/.exec(name)?.[1] ?? []).map(Number);
    expect(Math.max(0, ...snapshotIndexes)).toBeGreaterThanOrEqual(limits.snapshotEveryEntries);
    await first.stop();

    const second = createNode(opened.config, { apiPortOverride: 0 });
    nodes.push(second);
    await second.start();
    await until(async () => second.consensus.status().role === 'leader', 'the restarted voter to lead');
    expect(second.consensus.status().appliedIndex).toBeGreaterThanOrEqual(applied);
    const kv = second.consensus.state.kv;
    expect(kv.size).toBe(3_000);
    for (let key = 0; key < 3_000; key += 1) {
      const last = writes - 1 - ((writes - 1 - key) % 3_000);
      expect(new TextDecoder().decode(kv.get(`k${key}`)?.value), `k${key}`).toBe(`v${last}`);
    }
  }, 120_000);
});
