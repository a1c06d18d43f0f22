// Peer exchange: members tell new members about other members.
import { afterEach, describe, expect, it } from 'vitest';
import { multiaddr } from '@multiformats/multiaddr';
import type { PeerId } from '@libp2p/interface';
import { lpStream } from '@libp2p/utils';
import { pexProtocol } from '../src/index.js';
import { connected, startNode, stopAll, type TestNode } from './helpers/node.js';
import { waitFor } from './helpers/wait.js';

afterEach(stopAll);

const report = (node: TestNode) => () => JSON.stringify(node.discovery.report.toJSON(), null, 1);

describe('peer exchange', () => {
  it('a new member learns of the other members from the one it joined through', async () => {
    const m1 = await startNode({ section: { enabled_methods: ['pex'] } });
    const m2 = await startNode({ section: { enabled_methods: ['pex'] } });
    await m2.node.dial(multiaddr(m1.address));
    const joiner = await startNode({ section: { enabled_methods: ['bootstrap', 'pex'], bootstrap_nodes: [`127.0.0.1:${m1.port}`] } });
    await waitFor(() => joiner.discovery.report.peersFoundBy('pex').includes(m2.id) && connected(joiner, m2), report(joiner));
    expect(joiner.discovery.report.toJSON().peers.find((p) => p.peerId === m2.id)?.foundBy).toBe('pex');
  });

  it('isAllowed: a member answers only members and lists only members', async () => {
    const members = new Set<string>();
    const isAllowed = (peerId: PeerId): boolean => members.has(peerId.toString());
    const outsider = await startNode({ section: { enabled_methods: ['pex'] } });
    const m2 = await startNode({ section: { enabled_methods: ['pex'] } });
    const m1 = await startNode({ section: { enabled_methods: ['pex'] }, hooks: { isAllowed } });
    members.add(m2.id);
    await m2.node.dial(multiaddr(m1.address));
    await outsider.node.dial(multiaddr(m1.address));
    // The outsider asked on connect and was refused.
    await waitFor(() => m1.discovery.report.failures('pex').some((f) => f.code === 'PEX_REFUSED' && f.target === outsider.id), report(m1));
    expect(outsider.discovery.report.peersFoundBy('pex')).toEqual([]);
    // A member joining through m1 hears of m2 but not of the connected outsider.
    const joiner = await startNode({ section: { enabled_methods: ['pex'] } });
    members.add(joiner.id);
    await joiner.node.dial(multiaddr(m1.address));
    await waitFor(() => joiner.discovery.report.peersFoundBy('pex').includes(m2.id), report(joiner));
    expect(joiner.discovery.report.has(outsider.id)).toBe(false);
  });

  it('max_discovered_nodes bounds what a node tracks and dials', async () => {
    const hub = await startNode({ section: { enabled_methods: ['pex'] } });
    const others = [await startNode({ section: { enabled_methods: ['pex'] } }), await startNode({ section: { enabled_methods: ['pex'] } }), await startNode({ section: { enabled_methods: ['pex'] } })];
    for (const other of others) await other.node.dial(multiaddr(hub.address));
    const joiner = await startNode({
      section: { enabled_methods: ['bootstrap', 'pex'], bootstrap_nodes: [`127.0.0.1:${hub.port}`], max_discovered_nodes: 2 },
    });
    await waitFor(() => joiner.discovery.report.toJSON().droppedOverLimit >= 2, report(joiner));
    const tracked = joiner.discovery.report.toJSON().peers.map((p) => p.peerId);
    expect(tracked).toHaveLength(2);
    expect(tracked).toContain(hub.id);
    const untracked = others.filter((o) => !tracked.includes(o.id));
    expect(untracked).toHaveLength(2);
    for (const other of untracked) expect(connected(joiner, other)).toBe(false);
  });

  it('a malformed request is reported and the member keeps answering others', async () => {
    const m1 = await startNode({ section: { enabled_methods: ['pex'] } });
    const m2 = await startNode({ section: { enabled_methods: ['pex'] } });
    await m2.node.dial(multiaddr(m1.address));
    const attacker = await startNode();
    const stream = await attacker.node.dialProtocol(multiaddr(m1.address), pexProtocol);
    // Field 1 announced as a varint, then cut off: not a PexRequest.
    await lpStream(stream).write(new Uint8Array([0x08, 0xff, 0xff]));
    await waitFor(() => m1.discovery.report.failures('pex').some((f) => f.code === 'PEX_INVALID' && f.target === attacker.id), report(m1));
    const joiner = await startNode({ section: { enabled_methods: ['pex'] } });
    await joiner.node.dial(multiaddr(m1.address));
    await waitFor(() => joiner.discovery.report.peersFoundBy('pex').includes(m2.id), report(joiner));
  });
});
