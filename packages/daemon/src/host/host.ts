/**
 * The libp2p host factory: tcp and websockets, noise, yamux, identify, ping, gossipsub
 * (strict signing; topics are opened and scored through GossipChannels), connection limits, optional pnet. Peer discovery and extra services
 * (the discovery package's kad-dht, peer exchange) are parameters.
 */
import './node20.js';
import { noise } from '@chainsafe/libp2p-noise';
import { identify } from '@libp2p/identify';
import type { Identify } from '@libp2p/identify';
import type { ConnectionGater, PeerDiscovery, PrivateKey } from '@libp2p/interface';
import { ping } from '@libp2p/ping';
import type { Ping } from '@libp2p/ping';
import { preSharedKey } from '@libp2p/pnet';
import { tcp } from '@libp2p/tcp';
import { webSockets } from '@libp2p/websockets';
import { yamux } from '@libp2p/yamux';
import { createLibp2p } from 'libp2p';
import type { Libp2p, Libp2pOptions, ServiceFactoryMap } from 'libp2p';
import { limits } from '../limits.js';
import { gossipService } from './gossip.js';
import type { GossipOverrides, GossipSub } from './gossip.js';

export interface HostServices {
  identify: Identify;
  ping: Ping;
  pubsub: GossipSub;
}

export type ContinuumHost<Extra extends Record<string, unknown> = Record<string, never>> = Libp2p<HostServices & Extra>;

export interface HostOptions<Extra extends Record<string, unknown> = Record<string, never>> {
  readonly privateKey: PrivateKey;
  /** Multiaddrs to listen on (node.listen). */
  readonly listen: readonly string[];
  /** Swarm key bytes (pnet.ts): only peers with the same key can connect. */
  readonly swarmKey?: Uint8Array | undefined;
  /** Peer discovery modules (the discovery package: bootstrap, mDNS, DNS SRV). */
  readonly peerDiscovery?: Libp2pOptions['peerDiscovery'] | undefined;
  /** Extra services, e.g. `{ dht: kadDHT(...) }` from the discovery package. */
  readonly services?: ServiceFactoryMap<Extra> | undefined;
  readonly connectionGater?: ConnectionGater;
  readonly gossip?: GossipOverrides;
  /** Start listening at once (default true). */
  readonly start?: boolean;
}

export async function createHost<Extra extends Record<string, unknown> = Record<string, never>>(
  options: HostOptions<Extra>,
): Promise<ContinuumHost<Extra>> {
  const services = {
    identify: identify(),
    ping: ping(),
    pubsub: gossipService(options.gossip),
    ...options.services,
  } as ServiceFactoryMap<HostServices & Extra>;
  const node = await createLibp2p<HostServices & Extra>({
    privateKey: options.privateKey,
    addresses: { listen: [...options.listen] },
    transports: [tcp(), webSockets()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
    ...(options.swarmKey === undefined ? {} : { connectionProtector: preSharedKey({ psk: options.swarmKey }) }),
    peerDiscovery: options.peerDiscovery ?? [],
    ...(options.connectionGater === undefined ? {} : { connectionGater: options.connectionGater }),
    connectionManager: {
      maxConnections: limits.maxConnections,
      maxIncomingPendingConnections: limits.maxIncomingPendingConnections,
      inboundConnectionThreshold: limits.inboundConnectionsPerHostPerSecond,
      maxParallelDials: limits.maxParallelDials,
      dialTimeout: limits.dialTimeoutMs,
    },
    // Raft has its own heartbeats: a slow ping must not abort a busy connection.
    connectionMonitor: { abortConnectionOnPingFailure: false },
    services,
    start: options.start ?? true,
  });
  return node;
}

export type { PeerDiscovery };
