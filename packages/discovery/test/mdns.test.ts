// mDNS on the federation's service name. Needs multicast; skipped (with the reason
// printed) where the machine does not deliver it.
import { afterEach, describe, expect, it } from 'vitest';
import { mdns } from '@libp2p/mdns';
import type { PeerInfo } from '@libp2p/interface';
import { connected, startNode, stopAll, type TestNode } from './helpers/node.js';
import { probeMulticast } from './helpers/multicast.js';
import { waitFor } from './helpers/wait.js';

const multicast = await probeMulticast();
if (!multicast.ok) console.warn(`[discovery] mDNS tests SKIPPED: ${multicast.reason}`);

afterEach(stopAll);

const report = (node: TestNode) => () => JSON.stringify(node.discovery.report.toJSON(), null, 1);
const mdnsSection = { enabled_methods: ['mdns'], mdns_interval_ms: 500 };

describe.skipIf(!multicast.ok)('mDNS discovery', () => {
  it('two federation nodes find each other on _continuum._tcp.local and one connection forms', async () => {
    const a = await startNode({ section: mdnsSection });
    const b = await startNode({ section: mdnsSection });
    await waitFor(() => a.discovery.report.peersFoundBy('mdns').includes(b.id) && b.discovery.report.peersFoundBy('mdns').includes(a.id), report(a));
    await waitFor(() => connected(a, b), report(a));
    expect(a.node.getConnections(b.node.peerId)).toHaveLength(1);
  });

  it('ignores a plain libp2p node announcing the default mDNS service', async () => {
    const plainMdns = () => mdns({ interval: 500 });
    const plain = await startNode({ extraDiscovery: [plainMdns()] });
    // A second plain node shows that the first really is announcing.
    const witness = await startNode({ extraDiscovery: [plainMdns()] });
    const seenByWitness = new Set<string>();
    witness.node.addEventListener('peer:discovery', (event: CustomEvent<PeerInfo>) => seenByWitness.add(event.detail.id.toString()));
    const federated = await startNode({ section: mdnsSection });
    const other = await startNode({ section: mdnsSection });
    await waitFor(() => seenByWitness.has(plain.id), () => `witness saw ${[...seenByWitness].join(', ')}`);
    await waitFor(() => federated.discovery.report.peersFoundBy('mdns').includes(other.id), report(federated));
    expect(federated.discovery.report.has(plain.id)).toBe(false);
    expect(federated.discovery.report.has(witness.id)).toBe(false);
    expect(connected(federated, plain)).toBe(false);
  });
});
