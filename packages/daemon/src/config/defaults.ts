/**
 * The defaults of every config key, in one place. The config schema fills missing keys
 * from here and the CLI reads its flag defaults from here. Keys are the YAML keys of the
 * design (snake_case), unchanged in the typed config.
 */
export const configDefaults = {
  node: {
    tier: 'leaf',
    data_dir: './data',
    listen: ['/ip4/0.0.0.0/tcp/7000', '/ip4/0.0.0.0/tcp/7001/ws'],
    api: '127.0.0.1:7700',
    /** Ingest analysis worker threads (each loads the analyzer, ~200 MB RSS); 0 analyses on the
     * event loop (tiny machines); null: one per core but one, 1 to 4 (`defaultAnalysisWorkers`). */
    analysis_workers: null as number | null,
  },
  federation: {
    /** The initial council (Raft voters) as peer ids or /p2p/ multiaddrs; empty: the node that bootstraps is the council. */
    council: [] as string[],
    coordinator: {
      /** Seconds between health-check rounds; a node is late after 2 × this. */
      health_check_interval: 10.0,
      /** Consecutive late rounds after which a node is DEAD. */
      unhealthy_threshold: 3,
      load_balance_algorithm: 'least_loaded',
      /** Live council members (Raft voters) the leader keeps when council members die: it promotes a HEALTHY member to replace one. */
      council_size: 3,
      /** Seconds a council member stays DEAD before the leader replaces it (0: never). */
      council_replace_after: 600,
    },
    raft: {
      election_timeout_ms: [150, 300] as [number, number],
      heartbeat_interval_ms: 50,
      /** Sharded Raft is a future enhancement of the architecture: only 1 is accepted. */
      shard_count: 1,
    },
    replication: { conflict_resolution: 'last_write_wins' },
    discovery: {
      enabled_methods: ['bootstrap', 'mdns'],
      bootstrap_nodes: [] as string[],
      dns_servers: [] as string[],
      max_discovered_nodes: 500,
    },
    gossip: { fanout: 3, gossip_interval_ms: 100, sync_interval_seconds: 30.0, message_buffer_size: 5000 },
  },
  logging: {
    /** The node logger's level (standard error and `<data_dir>/logs/continuum.log`). */
    level: 'info',
  },
  security: {
    /** A libp2p pnet swarm key file; none means an open network. */
    pnet_key_file: null as string | null,
    /** The API bearer token file; null means `<data_dir>/api-token`. */
    api_token_file: null as string | null,
  },
} as const;

/** pino's levels; `silent` logs nothing (and writes no log file). */
export const logLevelValues = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export const tierValues = ['leaf', 'regional', 'national', 'global'] as const;
export const loadBalanceAlgorithms = ['least_loaded', 'latency', 'round_robin'] as const;
export const conflictResolutions = ['last_write_wins', 'highest_node_wins', 'merge_union'] as const;
export const discoveryMethods = ['bootstrap', 'mdns', 'dns', 'dht'] as const;

/** File names inside the data dir. */
export const dataDirFiles = {
  config: 'config.yaml',
  privateKey: 'peer.key',
  apiToken: 'api-token',
} as const;

/** Defaults of `token create` (the CLI reads them from here). */
export const tokenDefaults = {
  /** How long a join token is valid. */
  ttl_seconds: 24 * 60 * 60,
  /** How many of the creating node's addresses a token carries. */
  addresses: 4,
} as const;
