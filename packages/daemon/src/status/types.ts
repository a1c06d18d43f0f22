/**
 * Read-only views of the parts of a node the API and metrics report on. The host
 * provides peers and gossip; replication provides its counts (until the metadata
 * replication issue lands, the node reports an idle replication view: see README).
 */
export interface PeerView {
  readonly peerId: string;
  readonly addresses: readonly string[];
  readonly direction: 'inbound' | 'outbound';
  /** Round-trip time from the last ping, when measured. */
  readonly latencyMs?: number;
}

export interface GossipStats {
  readonly activePeers: number;
  readonly messagesSent: number;
  readonly messagesReceived: number;
  /** Version of the node's gossiped state (0 until replication gossips). */
  readonly stateVersion: number;
}

export interface ReplicationStats {
  readonly writesLocal: number;
  readonly writesReplicated: number;
  readonly conflictsTotal: number;
  readonly keysStored: number;
  /** Metadata counter keys and records dropped by retention or refused in merges (absent: not counted). */
  readonly metadataPrunedTotal?: number;
}

export interface NodeViews {
  peers(): PeerView[];
  gossip(): GossipStats;
  replication(): ReplicationStats;
}
