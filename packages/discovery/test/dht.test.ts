// Kad-DHT discovery under the federation's own protocol prefix.
import { afterEach, describe, expect, it } from 'vitest';
import { multiaddr } from '@multiformats/multiaddr';
import { connected, startNode, stopAll, type TestNode } from './helpers/node.js';
import { waitFor } from './helpers/wait.js';
import { dhtProtocol } from '../src/index.js';

afterEach(stopAll);

const report = (node: TestNode) => () => JSON.stringify(node.discovery.report.toJSON(), null, 1);
const dhtOnly = { enabled_methods: ['dht'], dht_query_self_interval_ms: 1_000 };

describe('DHT discovery', () => {
  it('finds a node three hops away: B tells A about C, C tells A about D', async () => {
    // A chain B – C – D in which B and D refuse each other, so A, which knows only B,
    // can learn of D only from C, whom it can learn of only from B.
    const deniedByD = new Set<string>();
    const d = await startNode({ section: dhtOnly, deny: (id) => deniedByD.has(id) });
    const c = await startNode({ section: dhtOnly });
    const b = await startNode({ section: dhtOnly, deny: (id) => id === d.id });
    deniedByD.add(b.id);
    await c.node.dial(multiaddr(d.address));
    await b.node.dial(multiaddr(c.address));
    const a = await startNode({
      section: { enabled_methods: ['bootstrap', 'dht'], bootstrap_nodes: [`127.0.0.1:${b.port}`], dht_query_self_interval_ms: 1_000 },
    });
    await waitFor(() => a.discovery.report.peersFoundBy('dht').includes(d.id) && connected(a, d), report(a), 30_000);
    const peers = a.discovery.report.toJSON().peers;
    expect(peers.find((p) => p.peerId === b.id)?.foundBy).toBe('bootstrap');
    expect(peers.find((p) => p.peerId === c.id)?.foundBy).toBe('dht');
    expect(peers.find((p) => p.peerId === d.id)?.foundBy).toBe('dht');
    expect(connected(b, d)).toBe(false);
  });

  it('speaks only the federation protocol, never the public IPFS one', async () => {
    const node = await startNode({ section: dhtOnly });
    const protocols = node.node.getProtocols();
    expect(protocols).toContain(dhtProtocol('/continuum'));
    expect(protocols.some((p) => p.startsWith('/ipfs/kad/'))).toBe(false);
  });

  it('dht_mode client does not serve the DHT protocol; server does', async () => {
    const client = await startNode({ section: { ...dhtOnly, dht_mode: 'client' } });
    const server = await startNode({ section: { ...dhtOnly, dht_mode: 'server' } });
    expect(client.node.getProtocols()).not.toContain(dhtProtocol('/continuum'));
    expect(server.node.getProtocols()).toContain(dhtProtocol('/continuum'));
  });

  it('a federation-specific prefix gives a protocol of its own', async () => {
    const node = await startNode({ section: { ...dhtOnly, dht_protocol_prefix: '/continuum/fed-a' } });
    expect(node.node.getProtocols()).toContain('/continuum/fed-a/kad/1.0.0');
    expect(node.node.getProtocols()).not.toContain(dhtProtocol('/continuum'));
  });
});
