/**
 * Every bound of @continuum/discovery, in one place. Options are validated against these
 * (`parseDiscoveryOptions`), and the code that reads, decodes or stores something checks
 * the matching bound. Units are last in each name.
 */
export const limits = {
  /** Upper bound for `max_discovered_nodes`: distinct peers the report and dialer track. */
  maxDiscoveredNodesCount: 10_000,
  /** Entries in `bootstrap_nodes`. */
  maxBootstrapNodesCount: 64,
  /** Entries in `dns_servers`. */
  maxDnsServersCount: 8,
  /** Length of a domain name (RFC 1035: 253 characters in text form). */
  maxDomainNameChars: 253,
  /** Length of one `host:port` or multiaddr string in the config or a dnsaddr record. */
  maxAddressChars: 512,
  /** SRV records used from one answer; the rest are ignored and reported. */
  maxSrvRecordsCount: 64,
  /** Addresses used per SRV target (A plus AAAA answers). */
  maxAddressesPerTargetCount: 8,
  /** dnsaddr TXT records used from one answer. */
  maxDnsaddrRecordsCount: 32,
  /** Peers in one peer-exchange response (sender truncates, receiver rejects more). */
  maxPexPeersCount: 64,
  /** Addresses per peer in a peer-exchange response. */
  maxPexAddressesPerPeerCount: 8,
  /** Bytes of one peer-exchange frame (request or response). */
  maxPexMessageBytes: 32 * 1024,
  /** Bytes of one multiaddr in a peer-exchange response. */
  maxMultiaddrBytes: 256,
  /** Failures kept in the report (oldest dropped first). */
  maxReportFailuresCount: 200,
  /** Dials the discovery dialer runs at once. */
  maxConcurrentDialsCount: 8,
  /** Dials waiting behind those (more are dropped and counted in the report). */
  maxQueuedDialsCount: 512,
  /** Lowest and highest accepted values of every `*_ms` option. */
  minIntervalMs: 10,
  maxIntervalMs: 24 * 60 * 60 * 1000,
} as const;

export type Limits = typeof limits;
