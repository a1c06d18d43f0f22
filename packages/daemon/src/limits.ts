/**
 * Every limit of the daemon, in one place. Names carry their unit last. Config
 * validation, decoders, the API and the federation state machine read them from here,
 * and each one is hit by a test.
 */
export const limits = {
  // --- config ---
  /** Largest config file read. */
  maxConfigFileBytes: 64 * 1024,
  /** Listen addresses per node. */
  maxListenAddresses: 16,
  /** Bootstrap nodes / DNS servers in the discovery section. */
  maxBootstrapNodes: 64,
  maxDnsServers: 8,
  /** Council peers listed in the config (Raft voters; a council is small). */
  maxCouncilPeers: 9,
  /** Connected peers pinged per health round to measure latency. */
  maxPingsPerRound: 16,
  /** Bound on one latency ping. */
  pingTimeoutMs: 2_000,

  // --- territories and names ---
  /** Longest territory id (the id rules allow any depth; this bounds the bytes). */
  maxTerritoryIdLength: 128,
  /** Longest single `{NAME}` segment of a territory id. */
  maxTerritoryNameLength: 32,
  /** Longest node name. */
  maxNodeNameLength: 64,

  // --- identity / data dir ---
  /** Largest private-key file accepted (an Ed25519 protobuf key is 68 bytes). */
  maxKeyFileBytes: 4 * 1024,
  /** Largest api-token file accepted. */
  maxApiTokenFileBytes: 1024,
  /** Random bytes in a new API token. */
  apiTokenBytes: 32,
  /** Largest pnet swarm key file accepted (a key is 95 bytes). */
  maxSwarmKeyFileBytes: 1024,

  // --- libp2p host ---
  /** Connection manager: most open connections. */
  maxConnections: 300,
  /** Connection manager: most inbound connections still upgrading. */
  maxIncomingPendingConnections: 32,
  /**
   * Inbound connections accepted per second from one host (libp2p's default is 5). Nodes
   * behind one NAT, or a federation started on one machine, share an address: at 5 a
   * burst of joins was refused (ECONNRESET, "Encryption failed").
   */
  inboundConnectionsPerHostPerSecond: 100,
  /** Connection manager: parallel dials. */
  maxParallelDials: 50,
  /** Dial timeout. */
  dialTimeoutMs: 10_000,
  /** Largest gossipsub message (also bounds one metadata batch). */
  maxGossipMessageBytes: 1024 * 1024,

  // --- federation protocols ---
  /** Largest length-prefixed frame on a federation stream. */
  maxFrameBytes: 4 * 1024 * 1024,
  /** Frames read on one stream before it is closed (bounds one request stream). */
  maxFramesPerStream: 1_000_000,
  /** Penalties (malformed frames, members-only refusals) before a peer is blocked. */
  maxPeerPenalties: 10,
  /** Peers whose penalties are remembered (oldest forgotten first). */
  maxPenalisedPeers: 10_000,

  // --- federation state ---
  maxMembers: 10_000,
  maxTerritories: 100_000,
  maxAddressesPerMember: 16,
  maxAddressLength: 256,
  maxPolicies: 1_000,
  maxPolicyNameLength: 128,
  maxPolicyValueBytes: 64 * 1024,
  maxDirectives: 1_000,
  /** Longest directive id or kind. */
  maxDirectiveIdLength: 64,
  /** Longest federation id. */
  maxFederationIdLength: 64,
  maxDirectiveBodyBytes: 64 * 1024,
  maxKvKeyBytes: 1024,
  maxKvValueBytes: 256 * 1024,
  maxKvKeys: 1_000_000,
  /** Largest encoded federation command. */
  maxCommandBytes: 512 * 1024,

  // --- join tokens ---
  maxJoinTokens: 1_000,
  maxTokenAddresses: 8,
  maxTokenTtlMs: 30 * 24 * 60 * 60 * 1000,
  /** Longest encoded token string. */
  maxTokenStringLength: 4096,
  joinSecretBytes: 32,
  /** Largest JoinRequest frame. */
  maxJoinRequestBytes: 8 * 1024,
  joinNonceBytes: 16,

  // --- coordinator ---
  /** Nodes the coordinator tracks. */
  maxCoordinatorNodes: 10_000,
  /** A (re)joining node counts as caught up when its applied index is this close to the commit index. */
  catchUpLagEntries: 100,
  /** Largest heartbeat message accepted from gossip. */
  maxHeartbeatBytes: 256,
  /**
   * A heartbeat older than this (by the receiver's clock) is a replay, not news: gossipsub
   * forgets seen messages after 2 minutes, so without it a captured heartbeat could keep a
   * dead member looking alive. Generous so that members with skewed clocks still count.
   */
  maxHeartbeatAgeMs: 10 * 60_000,

  // --- HTTP API ---
  /** Largest request body (a KV value plus headroom). */
  maxRequestBodyBytes: 512 * 1024,
  /** Longest request URL. */
  maxUrlLength: 4096,
  /** Largest request header block. */
  maxHeaderBytes: 16 * 1024,
  /** Largest JSON request body (tokens, join). */
  maxJsonBodyBytes: 16 * 1024,
  /** Bound on any call that waits for consensus (propose, ReadIndex). */
  consensusTimeoutMs: 5_000,
  /** Keep-alive / header timeouts of the HTTP server. */
  apiHeadersTimeoutMs: 10_000,
  apiRequestTimeoutMs: 30_000,

  // --- Raft driver (src/raft-driver) ---
  /** Proposals waiting for their commit on one node; more are refused with UNAVAILABLE. */
  maxPendingProposals: 20_000,
  /** Proposals handed to Raft in one batch (one append per follower). */
  maxProposalsPerBatch: 4_096,
  /** ReadIndex reads waiting on one node; more are refused with UNAVAILABLE. */
  maxPendingReads: 20_000,
  /** Raft messages received and not yet stepped; the oldest are dropped beyond it (Raft tolerates loss). */
  maxInboundRaftMessages: 20_000,
  /**
   * Longest wait of a commit notice (an append without entries) for the next append to the
   * same peer, which carries the commit index itself (notice-hold.ts).
   */
  commitNoticeHoldMs: 5,
  /** Forwarded proposals one peer may have waiting for their commit notice; the oldest are forgotten beyond it. */
  maxAwaitedCommitsPerPeer: 4_096,
  /** Raft messages queued for one peer; the oldest are dropped beyond it. */
  maxPeerQueueMessages: 8_192,
  /** Bytes of Raft messages in one frame of the raft stream. */
  maxRaftBatchBytes: 2 * 1024 * 1024,
  /** Frames written on one raft stream before the writer opens a fresh one (below maxFramesPerStream). */
  raftFramesPerStream: 100_000,
  /** Reconnect backoff of a raft stream: first and largest delay. */
  raftReconnectMinMs: 100,
  raftReconnectMaxMs: 2_000,
  /**
   * A snapshot of the federation state is taken, and the log compacted, after at least this
   * many applied entries and once the log since the last snapshot holds as many bytes as it
   * (raft-driver/snapshot-policy.ts), and at the latest after snapshotMaxEveryEntries.
   */
  snapshotEveryEntries: 10_000,
  snapshotMaxEveryEntries: 100_000,
  /** Entries kept behind a snapshot when compacting, so a slightly slow peer catches up without one. */
  compactionMarginEntries: 1_000,
  /** Committed entries a member keeps in memory to serve followers' catch-up (fedlog). */
  fedlogRetainedEntries: 10_000,
  /** ...and at most about this many bytes of them (entries hold up to maxCommandBytes each). */
  fedlogRetainedBytes: 32 * 1024 * 1024,
  /**
   * A snapshot of the federation state crosses the network (Raft's raft-snap stream, a
   * fedlog answer) in frames of this size after a header that announces its length.
   */
  snapshotChunkBytes: 1024 * 1024,
  /** Largest snapshot a node receives (it is buffered whole before it is installed). */
  maxSnapshotBytes: 512 * 1024 * 1024,
  /** After a failed snapshot transfer the next one to that peer waits, doubling from raftReconnectMinMs up to this. */
  snapshotRetryMaxMs: 10_000,
  /**
   * A peer that needs a snapshot gets a new one of the applied state, not the storage's
   * older one, when it would otherwise replay more entries than the state has bytes / this
   * (raft-driver/snapshotter.ts, Snapshotter.fresh): replaying an entry costs about as much as
   * encoding, sending and installing this many bytes of state (pnpm bench catch-up and
   * the process test: 41,000 entries of a 13 MB state replayed in 500 ms, where a new
   * snapshot took 340 ms more; 12,000 entries of a 15 MB state in 200 ms, where it took
   * 150-370 ms more).
   */
  freshSnapshotStateBytesPerEntry: 500,
  /**
   * Proposal ids remembered in the federation state, so a proposal that reached the log
   * twice (a forwarded call retried at another council member after the first one
   * committed it and died) is applied once. Covers the retries of a consensus timeout at
   * well over a thousand writes per second.
   */
  appliedProposalIdsCount: 20_000,
  /** Entries in one fedlog catch-up answer. */
  fedlogMaxEntriesPerResponse: 2_000,
  /** Bytes of entries in one fedlog catch-up answer (at least one entry is sent). */
  fedlogMaxResponseBytes: 2 * 1024 * 1024,
  /** Entries in one fedlog gossip message (the leader splits larger batches). */
  fedlogMaxEntriesPerGossip: 512,
  /** A follower that heard nothing new for this long asks a member whether it missed entries. */
  fedlogPollIntervalMs: 2_000,
  /** How long a follower waits for gossip to bring an index a member's heartbeat announced before fetching it (fedlog.ts). */
  fedlogBehindGraceMs: 1_000,
  /** The longest wait between two polls of an idle follower (the wait doubles from fedlogPollIntervalMs while nothing is new). */
  fedlogIdlePollMaxMs: 30_000,
  /** A Raft peer that has known no leader this long also follows the log (how a voter replaced while it was away finds out). */
  raftLeaderlessFollowMs: 5_000,
  /** Out-of-order entries a follower buffers while it fetches a gap. */
  maxFollowerBufferedEntries: 10_000,
  /** A follower writes its applied state to the data dir at most this often (and after joining, and on stop). */
  followerStateSaveIntervalMs: 5_000,
  // --- hostile peers (protocol/, host/gossip.ts): slowloris, stream floods, gossip scoring ---
  /** A frame must be complete this long after its first byte (the first frame: after the stream opened), plus its size at minFrameBytesPerSecond. */
  frameTimeoutMs: 5_000,
  /** Slowest transfer a frame may take once its length is known (64 KiB/s: a 4 MiB frame gets 64 s more). */
  minFrameBytesPerSecond: 64 * 1024,
  /** Inbound federation streams one peer may open per second, on all protocols together (token bucket refill). */
  inboundStreamsPerPeerPerSecond: 2_000,
  /** Burst of inbound streams one peer may open at once (token bucket size). */
  inboundStreamBurstPerPeer: 4_000,
  /** A peer over its stream rate is penalised at most once per this window (a short burst costs one penalty). */
  streamRatePenaltyWindowMs: 1_000,
  /** A peer's penalties are forgotten after this long without a new one. */
  peerPenaltyForgetMs: 10 * 60_000,
  /** How long a peer stays blocked after maxPeerPenalties. */
  peerBlockMs: 60 * 60_000,
  /** Latest penalties a PenaltyBox keeps for inspection. */
  penaltyLogEntries: 256,
  /** Gossipsub: score below which no gossip is sent to or taken from a peer. */
  gossipGossipThreshold: -10,
  /** Gossipsub: score below which this node does not publish to a peer. */
  gossipPublishThreshold: -50,
  /** Gossipsub: score below which every RPC of a peer is ignored (graylisted). */
  gossipGraylistThreshold: -80,
  /** Gossipsub: weight of the squared count of a peer's rejected messages on a topic (P4). */
  gossipInvalidMessageWeight: -1,
  /** Gossipsub: decay of that count per decay interval (1 s); 0.9 forgets in about 30 s. */
  gossipInvalidMessageDecay: 0.9,
  /** Gossipsub: weight of misbehaviour (GRAFT floods, broken IWANT promises) above the threshold (P7). */
  gossipBehaviourPenaltyWeight: -10,
  // --- end of hostile peers ---
} as const;

export type Limits = typeof limits;

/** Relations between limits that must hold; returns the broken ones (empty when sound). */
export function checkLimits(values: Limits = limits): string[] {
  const broken: string[] = [];
  const need = (holds: boolean, relation: string): void => {
    if (!holds) broken.push(relation);
  };
  need(values.maxRequestBodyBytes >= values.maxKvValueBytes, 'maxRequestBodyBytes >= maxKvValueBytes');
  need(values.maxCommandBytes >= values.maxKvValueBytes + values.maxKvKeyBytes + 1024, 'maxCommandBytes >= maxKvValueBytes + maxKvKeyBytes + 1 KiB');
  need(values.maxFrameBytes >= values.maxCommandBytes, 'maxFrameBytes >= maxCommandBytes');
  need(values.maxTerritoryNameLength <= values.maxTerritoryIdLength, 'maxTerritoryNameLength <= maxTerritoryIdLength');
  need(values.consensusTimeoutMs < values.apiRequestTimeoutMs, 'consensusTimeoutMs < apiRequestTimeoutMs');
  need(values.maxTokenAddresses <= values.maxAddressesPerMember, 'maxTokenAddresses <= maxAddressesPerMember');
  need(values.joinSecretBytes >= 16 && values.joinNonceBytes >= 16 && values.apiTokenBytes >= 16, 'secrets, nonces and API tokens of at least 16 bytes');
  need(values.maxRaftBatchBytes + 64 * 1024 <= values.maxFrameBytes, 'maxRaftBatchBytes + 64 KiB <= maxFrameBytes');
  need(values.raftFramesPerStream < values.maxFramesPerStream, 'raftFramesPerStream < maxFramesPerStream');
  need(values.compactionMarginEntries < values.snapshotEveryEntries, 'compactionMarginEntries < snapshotEveryEntries');
  need(values.snapshotEveryEntries <= values.snapshotMaxEveryEntries, 'snapshotEveryEntries <= snapshotMaxEveryEntries');
  need(values.fedlogMaxEntriesPerResponse <= values.fedlogRetainedEntries, 'fedlogMaxEntriesPerResponse <= fedlogRetainedEntries');
  need(Math.max(values.fedlogMaxResponseBytes, values.maxCommandBytes) + 64 * 1024 <= values.maxFrameBytes, 'max(fedlogMaxResponseBytes, maxCommandBytes) + 64 KiB <= maxFrameBytes');
  need(values.fedlogMaxResponseBytes <= values.fedlogRetainedBytes, 'fedlogMaxResponseBytes <= fedlogRetainedBytes');
  need(values.snapshotChunkBytes + 64 * 1024 <= values.maxFrameBytes, 'snapshotChunkBytes + 64 KiB <= maxFrameBytes');
  need(values.fedlogIdlePollMaxMs >= values.fedlogPollIntervalMs, 'fedlogIdlePollMaxMs >= fedlogPollIntervalMs');
  need(values.raftReconnectMinMs <= values.raftReconnectMaxMs, 'raftReconnectMinMs <= raftReconnectMaxMs');
  need(values.gossipGraylistThreshold <= values.gossipPublishThreshold && values.gossipPublishThreshold <= values.gossipGossipThreshold && values.gossipGossipThreshold <= 0, 'gossipGraylistThreshold <= gossipPublishThreshold <= gossipGossipThreshold <= 0');
  need(values.inboundStreamBurstPerPeer >= values.inboundStreamsPerPeerPerSecond, 'inboundStreamBurstPerPeer >= inboundStreamsPerPeerPerSecond');
  need(values.peerPenaltyForgetMs > values.streamRatePenaltyWindowMs * values.maxPeerPenalties, 'peerPenaltyForgetMs > streamRatePenaltyWindowMs * maxPeerPenalties (a lasting flood is blocked)');
  return broken;
}
