// createNode with real libp2p hosts and HTTP on loopback: phased start/stop, the API
// without consensus (503), with a consensus test double, and heartbeats between two nodes.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContinuumError } from '../src/errors.js';
import { apply, createFederationState } from '../src/federation/index.js';
import { initDataDir } from '../src/identity/data-dir.js';
import type { OpenedDataDir } from '../src/identity/data-dir.js';
import { createNode } from '../src/node/index.js';
import type { ContinuumNode } from '../src/node/index.js';
import { ConsensusTestDouble } from './support/consensus-double.js';

const dirs: string[] = [];
const nodes: ContinuumNode[] = [];

afterAll(async () => {
  for (const node of nodes) await node.stop();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function dataDir(name: string, territory: string, tier: 'leaf' | 'regional' | 'national' = 'leaf'): Promise<OpenedDataDir> {
  const dir = await mkdtemp(join(tmpdir(), 'continuum-node-'));
  dirs.push(dir);
  return initDataDir({
    // No mDNS: nodes of other tests on this machine would find these and join their topics.
    config: { node: { name, tier, territory, data_dir: join(dir, 'data'), listen: ['/ip4/127.0.0.1/tcp/0'], api: '127.0.0.1:7700' }, federation: { discovery: { enabled_methods: [] } } },
  });
}

function client(node: ContinuumNode, token: string) {
  return (path: string, init: RequestInit = {}): Promise<Response> =>
    fetch(`http://127.0.0.1:${node.api.port}${path}`, { ...init, headers: { authorization: `Bearer ${token}` } });
}

describe('createNode', () => {
  it('starts in phases, serves the API without consensus (503 on KV), and stops in reverse', async () => {
    const opened = await dataDir('solo', 'DK-AARHUS');
    const node = createNode(opened.config, { apiPortOverride: 0 });
    nodes.push(node);
    expect(node.state).toBe('new');
    await node.start();
    expect(node.state).toBe('running');
    expect(node.peerId).toBe(opened.identity.peerId.toString());
    const call = client(node, opened.apiToken);
    expect((await call('/health/live')).status).toBe(200);
    expect((await call('/health/ready')).status).toBe(503);
    const status = (await (await call('/v1/status')).json()) as { peer_id: string; name: string };
    expect(status).toMatchObject({ peer_id: node.peerId, name: 'solo' });
    const put = await call('/v1/kv/a', { method: 'PUT', body: 'x' });
    expect(put.status).toBe(503);
    expect(((await put.json()) as { error: { code: string } }).error.code).toBe('UNAVAILABLE');
    await expect(node.start()).rejects.toMatchObject({ code: 'LIFECYCLE' });
    const port = node.api.port;
    await node.stop();
    expect(node.state).toBe('stopped');
    await node.stop(); // idempotent
    await expect(fetch(`http://127.0.0.1:${port}/health/live`)).rejects.toThrow();
    expect(() => node.host).toThrow(ContinuumError);
  });

  it('a failed start (API port taken) undoes the phases that had started', async () => {
    const opened = await dataDir('clash', 'DK-ODENSE');
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const node = createNode(opened.config, { apiPortOverride: port });
      await expect(node.start()).rejects.toThrow();
      expect(node.state).toBe('stopped');
    } finally {
      blocker.close();
    }
  });

  it('with a consensus implementation: KV through the API, and heartbeats reach the other node', async () => {
    const a = await dataDir('aarhus-1', 'DK-AARHUS');
    const b = await dataDir('copenhagen-1', 'DK-COPENHAGEN');
    const members = [a, b].map((opened) => ({
      peerId: opened.identity.peerId.toString(), name: opened.config.node.name, tier: 'leaf', territory: opened.config.node.territory, council: true,
    }));
    const consensusFor = (opened: OpenedDataDir) => () => {
      const state = createFederationState();
      const result = apply(state, { atMs: 1, proposer: opened.identity.peerId.toString(), bootstrap: { federationId: 'fed-node-test', members } });
      if (!result.ok) throw new Error(result.reason);
      return new ConsensusTestDouble(state, opened.identity.peerId.toString());
    };
    const nodeA = createNode(a.config, { apiPortOverride: 0, consensus: consensusFor(a) });
    const nodeB = createNode(b.config, { apiPortOverride: 0, consensus: consensusFor(b) });
    nodes.push(nodeA, nodeB);
    await nodeA.start();
    await nodeB.start();

    const call = client(nodeA, a.apiToken);
    expect((await call('/v1/kv/greeting', { method: 'PUT', body: 'hej' })).status).toBe(200);
    expect(await (await call('/v1/kv/greeting')).text()).toBe('hej');
    expect((await call('/health/ready')).status).toBe(200);

    await nodeA.host.dial(nodeB.host.getMultiaddrs());
    const topicPeers = (): number => nodeA.host.services.pubsub.getSubscribers('continuum/heartbeat/1').length;
    for (let i = 0; i < 200 && topicPeers() === 0; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(topicPeers()).toBe(1);
    await nodeB.healthRound(); // B's coordinator learns the members
    for (let i = 0; i < 200 && (await received(nodeB)) === 0; i++) {
      await nodeA.healthRound(); // publishes A's heartbeat
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(await received(nodeB)).toBeGreaterThan(0);
    expect(nodeB.coordinator.node(nodeA.peerId)?.caughtUp).toBe(true);
    await nodeB.healthRound();
    expect(nodeB.coordinator.node(nodeA.peerId)?.status).toBe('HEALTHY');
    // The round also pinged the connected member: its latency is known and shown in /v1/peers.
    expect(nodeB.coordinator.node(nodeA.peerId)?.latencyMs).toBeGreaterThanOrEqual(0);
    const peers = (await (await client(nodeB, b.apiToken)('/v1/peers')).json()) as { peers: Array<{ peerId: string; latencyMs?: number }> };
    expect(peers.peers.find((peer) => peer.peerId === nodeA.peerId)?.latencyMs).toBeGreaterThanOrEqual(0);
  });
});

async function received(node: ContinuumNode): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${node.api.port}/metrics`)).text();
  return Number(/^continuum_gossip_messages_received (\d+)$/m.exec(text)?.[1] ?? 0);
}
