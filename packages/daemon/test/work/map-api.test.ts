// Two real nodes (createNode, libp2p and HTTP on loopback): the design's two-writer
// example through /v1/map, conflicts in continuum_replication_conflicts_total.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { apply, createFederationState } from '../../src/federation/index.js';
import { initDataDir, type OpenedDataDir } from '../../src/identity/data-dir.js';
import { createNode, type ContinuumNode } from '../../src/node/index.js';
import { ConsensusTestDouble } from '../support/consensus-double.js';

const dirs: string[] = [];
const nodes: ContinuumNode[] = [];

afterAll(async () => {
  for (const node of nodes) await node.stop();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function dataDir(name: string, territory: string, strategy = 'last_write_wins'): Promise<OpenedDataDir> {
  const dir = await mkdtemp(join(tmpdir(), 'continuum-map-'));
  dirs.push(dir);
  return initDataDir({
    config: {
      node: { name, tier: 'leaf', territory, data_dir: join(dir, 'data'), listen: ['/ip4/127.0.0.1/tcp/0'], api: '127.0.0.1:7700' },
      federation: { replication: { conflict_resolution: strategy as never }, gossip: { sync_interval_seconds: 0.2, gossip_interval_ms: 50 }, discovery: { enabled_methods: [] } },
    },
  });
}

async function pair(strategy: string, clocks: [number, number]) {
  const a = await dataDir('a-1', 'DK-AARHUS', strategy);
  const b = await dataDir('b-1', 'DK-ODENSE', strategy);
  const members = [a, b].map((opened) => ({ peerId: opened.identity.peerId.toString(), name: opened.config.node.name, tier: 'leaf', territory: opened.config.node.territory, council: true }));
  const consensusFor = (opened: OpenedDataDir) => () => {
    const state = createFederationState();
    const result = apply(state, { atMs: 1, proposer: opened.identity.peerId.toString(), bootstrap: { federationId: 'fed-map-test', members } });
    if (!result.ok) throw new Error(result.reason);
    return new ConsensusTestDouble(state, opened.identity.peerId.toString());
  };
  const nodeA = createNode(a.config, { apiPortOverride: 0, consensus: consensusFor(a), now: () => clocks[0] });
  const nodeB = createNode(b.config, { apiPortOverride: 0, consensus: consensusFor(b), now: () => clocks[1] });
  nodes.push(nodeA, nodeB);
  await nodeA.start();
  await nodeB.start();
  const call = (node: ContinuumNode, opened: OpenedDataDir) => (path: string, init: RequestInit = {}) =>
    fetch(`http://127.0.0.1:${node.api.port}${path}`, { ...init, headers: { authorization: `Bearer ${opened.apiToken}` } });
  return { nodeA, nodeB, callA: call(nodeA, a), callB: call(nodeB, b) };
}

interface EntryView { value: unknown; values: unknown[]; siblings: number; clock: Record<string, number> }

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const conflicts = async (node: ContinuumNode) => Number(/^continuum_replication_conflicts_total (\d+)$/m.exec(await (await fetch(`http://127.0.0.1:${node.api.port}/metrics`)).text())?.[1] ?? -1);

describe('/v1/map: the eventual replicated KV', () => {
  it('reproduces the design\'s two-writer example: both nodes read light, one conflict counted at each', async () => {
    const { nodeA, nodeB, callA, callB } = await pair('last_write_wins', [1_000_000, 1_000_100]);
    // Both write while not connected: concurrent writes.
    expect((await callA('/v1/map/user_preferences', { method: 'PUT', body: JSON.stringify({ theme: 'dark' }) })).status).toBe(200);
    expect((await callB('/v1/map/user_preferences', { method: 'PUT', body: JSON.stringify({ theme: 'light' }) })).status).toBe(200);
    expect(((await (await callA('/v1/map/user_preferences')).json()) as EntryView).value).toEqual({ theme: 'dark' });
    await nodeA.host.dial(nodeB.host.getMultiaddrs());
    await until(async () => ((await (await callA('/v1/map/user_preferences')).json()) as EntryView).siblings === 2
      && ((await (await callB('/v1/map/user_preferences')).json()) as EntryView).siblings === 2, 'anti-entropy');
    for (const call of [callA, callB]) {
      const entry = (await (await call('/v1/map/user_preferences')).json()) as EntryView;
      expect(entry.value).toEqual({ theme: 'light' });
      expect(entry.values).toHaveLength(2);
      expect(Object.values(entry.clock).sort()).toEqual([1, 1]);
    }
    expect(await conflicts(nodeA)).toBe(1);
    expect(await conflicts(nodeB)).toBe(1);
    // A later write at A, having seen both, replaces them everywhere (gossip delta).
    await callA('/v1/map/user_preferences', { method: 'PUT', body: JSON.stringify({ theme: 'blue' }) });
    await until(async () => ((await (await callB('/v1/map/user_preferences')).json()) as EntryView).value !== undefined
      && JSON.stringify(((await (await callB('/v1/map/user_preferences')).json()) as EntryView).value) === '{"theme":"blue"}', 'gossip of the later write');
    expect(((await (await callB('/v1/map/user_preferences')).json()) as EntryView).siblings).toBe(1);
    // Delete replicates too.
    expect((await callB('/v1/map/user_preferences', { method: 'DELETE' })).status).toBe(200);
    await until(async () => (await callA('/v1/map/user_preferences')).status === 404, 'delete');
    expect((await callA('/v1/map/nothing', { method: 'DELETE' })).status).toBe(404);
    expect((await callA('/v1/map/k', { method: 'PUT', body: '{not json' })).status).toBe(400);
    expect((await callA(`/v1/map/${'k'.repeat(1025)}`, { method: 'PUT', body: '1' })).status).toBe(413);
  }, 60_000);

  it('merge_union reads the union of concurrent array values', async () => {
    const { nodeA, nodeB, callA, callB } = await pair('merge_union', [2_000_000, 2_000_000]);
    await callA('/v1/map/tags', { method: 'PUT', body: JSON.stringify(['x', 'y']) });
    await callB('/v1/map/tags', { method: 'PUT', body: JSON.stringify(['y', 'z']) });
    await nodeB.host.dial(nodeA.host.getMultiaddrs());
    await until(async () => ((await (await callA('/v1/map/tags')).json()) as EntryView).siblings === 2, 'sync');
    expect(((await (await callA('/v1/map/tags')).json()) as EntryView).value).toEqual(['x', 'y', 'z']);
  }, 60_000);
});
