/** The node's views for the API and metrics, over the libp2p host. */
import type { Coordinator } from '../coordinator/coordinator.js';
import type { ContinuumHost } from '../host/host.js';
import { limits } from '../limits.js';
import type { PeerView, ReplicationStats } from '../status/types.js';

/** Connected peers, one entry per peer (its connections' remote addresses). */
export function hostPeers(host: ContinuumHost, coordinator: Coordinator): PeerView[] {
  const byPeer = new Map<string, { addresses: string[]; direction: 'inbound' | 'outbound' }>();
  for (const connection of host.getConnections()) {
    const peerId = connection.remotePeer.toString();
    const entry = byPeer.get(peerId) ?? { addresses: [], direction: connection.direction };
    entry.addresses.push(connection.remoteAddr.toString());
    byPeer.set(peerId, entry);
  }
  return [...byPeer.keys()].sort().map((peerId) => {
    const entry = byPeer.get(peerId) ?? { addresses: [], direction: 'outbound' as const };
    const latencyMs = coordinator.node(peerId)?.latencyMs;
    return latencyMs === undefined ? { peerId, ...entry } : { peerId, ...entry, latencyMs };
  });
}

/** Metadata replication is not wired yet (its issue is next): it holds nothing. */
export function idleReplication(): ReplicationStats {
  return { writesLocal: 0, writesReplicated: 0, conflictsTotal: 0, keysStored: 0 };
}

/** Pings up to limits.maxPingsPerRound connected coordinator nodes and records their round-trip time. */
export async function measureLatency(host: ContinuumHost, coordinator: Coordinator, signal: AbortSignal): Promise<void> {
  const targets = host.getConnections()
    .map((connection) => connection.remotePeer)
    .filter((peer, index, all) => coordinator.node(peer.toString()) !== undefined && all.findIndex((other) => other.equals(peer)) === index)
    .slice(0, limits.maxPingsPerRound);
  await Promise.all(targets.map(async (peer) => {
    try {
      const latencyMs = await host.services.ping.ping(peer, { signal: AbortSignal.any([signal, AbortSignal.timeout(limits.pingTimeoutMs)]) });
      coordinator.recordLatency(peer.toString(), latencyMs);
    } catch {
      // An unreachable peer keeps its last latency; health comes from heartbeats.
    }
  }));
}
