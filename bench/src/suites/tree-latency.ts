/**
 * tree-latency: time from an ingest acknowledged at a leaf to the post being counted in
 * the global node's `/v1/query`, in a 4-tier hierarchy of real nodes (createNode: libp2p,
 * HTTP, LevelDB) in ONE process, 20 nodes (1 global, 2 national, 4 regional, 13 leaves),
 * default gossip interval (100 ms). The federation state is fixed (bench harness, no
 * Raft). Anchor: serf's event spread on 50 agents (about 0.3 s p50, ENVIRONMENT.md).
 * Aim (issue 8): p95 under 1 s (the roadmap asks under 10 s).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNode, initDataDir, type CommandInput, type ContinuumNode, type OpenedDataDir } from '@continuum/daemon';
import { quantile } from '../stats.js';
import type { BenchSuite } from '../suite.js';
import { FixedFederation } from '../tree/fixed-federation.js';

interface Planned { name: string; tier: 'global' | 'national' | 'regional' | 'leaf'; territory: string; parent?: string }

function plan(quick: boolean): Planned[] {
  const out: Planned[] = [{ name: 'g', tier: 'global', territory: 'GLOBAL' }];
  const nationals = quick ? ['DK'] : ['DK', 'SE'];
  let leaves = quick ? 1 : 13;
  for (const [n, country] of nationals.entries()) {
    out.push({ name: `n${n}`, tier: 'national', territory: country, parent: 'g' });
    for (let r = 0; r < (quick ? 1 : 2); r++) {
      out.push({ name: `n${n}r${r}`, tier: 'regional', territory: `${country}-R${r}`, parent: `n${n}` });
      const here = quick ? 1 : Math.min(leaves, r === 0 && n === 0 ? 4 : 3);
      for (let l = 0; l < here; l++) out.push({ name: `n${n}r${r}l${l}`, tier: 'leaf', territory: `${country}-R${r}-L${l}`, parent: `n${n}r${r}` });
      leaves -= here;
    }
  }
  return out;
}

export const suite: BenchSuite = {
  name: 'tree-latency',
  title: 'Leaf-to-global visibility in a 4-tier hierarchy (20 nodes in one process)',
  async run({ quick }) {
    const members = plan(quick);
    const root = mkdtempSync(join(tmpdir(), 'continuum-bench-tree-'));
    const opened = new Map<string, OpenedDataDir>();
    const nodes = new Map<string, ContinuumNode>();
    const samples: number[] = [];
    try {
      for (const m of members) {
        opened.set(m.name, await initDataDir({ config: { node: { name: m.name, tier: m.tier, territory: m.territory, data_dir: join(root, m.name), listen: ['/ip4/127.0.0.1/tcp/0'], api: '127.0.0.1:7700', analysis_workers: 0 }, federation: { discovery: { enabled_methods: [] } } } }));
      }
      const id = (name: string) => (opened.get(name) as OpenedDataDir).identity.peerId.toString();
      const commands: CommandInput[] = [
        { atMs: 1, proposer: id('g'), bootstrap: { federationId: 'bench-tree', members: members.map((m) => ({ peerId: id(m.name), name: m.name, tier: m.tier, territory: m.territory, council: m.tier !== 'leaf' })) } },
        ...members.filter((m) => m.parent !== undefined).map((m) => ({ atMs: 2, proposer: id('g'), setParent: { peerId: id(m.name), parent: id(m.parent as string), home: true } })),
      ];
      for (const m of members) {
        const data = opened.get(m.name) as OpenedDataDir;
        const node = createNode(data.config, { apiPortOverride: 0, consensus: () => new FixedFederation(id(m.name), commands) });
        await node.start();
        nodes.set(m.name, node);
      }
      // Each node dials its parent (what the metadata path needs), paced: libp2p refuses more
      // than a few inbound connections per second from one IP (inboundConnectionThreshold).
      for (const m of members) {
        if (m.parent === undefined) continue;
        await (nodes.get(m.name) as ContinuumNode).host.dial((nodes.get(m.parent) as ContinuumNode).host.getMultiaddrs()).catch(() => undefined);
        await new Promise((r) => setTimeout(r, 250));
      }
      const call = (name: string, path: string, init: RequestInit = {}) =>
        fetch(`http://127.0.0.1:${(nodes.get(name) as ContinuumNode).api.port}${path}`, { ...init, headers: { authorization: `Bearer ${(opened.get(name) as OpenedDataDir).apiToken}` } });
      const globalTotal = async () => ((await (await call('g', `/v1/query?from=${Date.UTC(2026, 10, 20)}&to=${Date.UTC(2026, 10, 23)}&bucket=86400000`)).json()) as { totals: { posts: number } }).totals.posts;
      const leaves = members.filter((m) => m.tier === 'leaf').map((m) => m.name);
      await call(leaves[0] as string, '/v1/posts', { method: 'POST', body: JSON.stringify({ id: 'warm', platform: 'b', author: 'a', text: 'warm up', created_at: '2026-11-21T10:00:00Z' }) });
      for (let i = 0; i < 200 && (await globalTotal()) < 1; i++) await new Promise((r) => setTimeout(r, 20));
      const count = quick ? 3 : 60;
      for (let i = 0; i < count; i++) {
        const leaf = leaves[i % leaves.length] as string;
        const before = await globalTotal();
        const body = JSON.stringify({ id: `s${i}`, platform: 'b', author: `a${i}`, text: `sample ${i} about the weather and the trains`, created_at: new Date(Date.UTC(2026, 10, 21, 10) + i * 1000).toISOString() });
        await call(leaf, '/v1/posts', { method: 'POST', body });
        const acked = performance.now();
        while ((await globalTotal()) <= before && performance.now() - acked < 10_000) await new Promise((r) => setTimeout(r, 5));
        samples.push(performance.now() - acked);
      }
    } finally {
      for (const node of nodes.values()) await node.stop().catch(() => undefined);
      rmSync(root, { recursive: true, force: true });
    }
    const sorted = [...samples].sort((a, b) => a - b);
    const q = (p: number) => quantile(sorted, p).toFixed(0);
    const p95 = quantile(sorted, 0.95);
    return {
      markdown: [
        `${members.length} nodes (${members.filter((m) => m.tier === 'leaf').length} leaves), one process, gossip_interval_ms 100, ${samples.length} posts one at a time, each at the next leaf; each node connected to its parent.`,
        '',
        '| measure | p50 ms | p95 ms | p99 ms | max ms |',
        '|---|---|---|---|---|',
        `| ingest acknowledged at a leaf → counted in the global node's /v1/query | ${q(0.5)} | ${q(0.95)} | ${q(0.99)} | ${(sorted.at(-1) ?? 0).toFixed(0)} |`,
        '| anchor: serf event spread, 50 agents on loopback (ENVIRONMENT.md) | 300 | – | – | 800 |',
        '',
        `Aim: p95 under 1 s: ${quick ? 'not measured (quick)' : p95 < 1_000 ? 'met' : 'not met'}. Three hops, each waiting for the next flush of the`,
        'gossip interval (100 ms), plus the query poll (5 ms). All nodes share one event loop here, and the federation state is',
        'fixed (no Raft); the multi-process version with the Raft driver is left for the lead. Measured with other load present.',
      ].join('\n'),
    };
  },
};
