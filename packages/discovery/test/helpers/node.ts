// Builds minimal libp2p nodes on 127.0.0.1 (tcp, noise, yamux, identify, ping) with the
// discovery parts under test. Importing the package index first installs the Node 20
// Promise.withResolvers shim libp2p 3 needs.
import { createDiscovery, type Discovery, type DiscoveryHooks } from '../../src/index.js';
import { noise } from '@chainsafe/libp2p-noise';
import { identify } from '@libp2p/identify';
import { ping } from '@libp2p/ping';
import { tcp } from '@libp2p/tcp';
import { yamux } from '@libp2p/yamux';
import { createLibp2p, type Libp2p } from 'libp2p';
import type { PeerDiscovery } from '@libp2p/interface';

export interface TestNode {
  readonly node: Libp2p;
  readonly discovery: Discovery;
  readonly id: string;
  /** The TCP port it listens on (random, chosen by the OS). */
  readonly port: number;
  /** `/ip4/127.0.0.1/tcp/<port>/p2p/<id>`. */
  readonly address: string;
}

export interface TestNodeInit {
  /** The `federation.discovery` section; default: no method enabled. */
  readonly section?: Record<string, unknown>;
  readonly hooks?: DiscoveryHooks;
  /** Extra libp2p peer-discovery modules (e.g. a plain @libp2p/mdns). */
  readonly extraDiscovery?: ReadonlyArray<(components: never) => PeerDiscovery>;
  /** The TCP port to listen on; default a random free one. */
  readonly port?: number;
  /** Peers this node refuses to dial or accept (to shape a topology). */
  readonly deny?: (peerId: string) => boolean;
}

/** Nodes started through this helper; `stopAll()` stops them (call it in afterEach). */
const started: Libp2p[] = [];

export async function startNode(init: TestNodeInit = {}): Promise<TestNode> {
  const discovery = createDiscovery({ enabled_methods: [], ...init.section }, init.hooks);
  const node = await createLibp2p({
    addresses: { listen: [`/ip4/127.0.0.1/tcp/${init.port ?? 0}`] },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
    connectionMonitor: { enabled: false },
    connectionGater: {
      denyDialPeer: (peerId) => init.deny?.(peerId.toString()) ?? false,
      denyInboundEncryptedConnection: (peerId) => init.deny?.(peerId.toString()) ?? false,
    },
    peerDiscovery: [...discovery.peerDiscovery, ...((init.extraDiscovery ?? []) as never[])],
    services: { identify: identify(), ping: ping(), ...discovery.services },
  });
  started.push(node);
  const address = node.getMultiaddrs().find((a) => a.toString().startsWith('/ip4/127.0.0.1/tcp/'));
  if (address === undefined) throw new Error('node has no 127.0.0.1 tcp address');
  const port = Number(address.toString().split('/')[4]);
  return { node, discovery, id: node.peerId.toString(), port, address: address.toString() };
}

export async function stopAll(): Promise<void> {
  const nodes = started.splice(0);
  await Promise.all(nodes.map(async (node) => { try { await node.stop(); } catch { // already stopped or failing to stop: nothing to clean up
  } }));
}

/** Whether `a` has an open connection to `b`. */
export function connected(a: TestNode, b: TestNode): boolean {
  return a.node.getConnections(b.node.peerId).length > 0;
}
