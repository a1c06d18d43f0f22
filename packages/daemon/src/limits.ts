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
  return broken;
}
