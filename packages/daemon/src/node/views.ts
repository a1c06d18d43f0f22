/** The node's views for the API and metrics, over the libp2p host. */
import type { Coordinator } from '../coordinator/coordinator.js';
import type { ContinuumHost } from '../host/host.js';
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
