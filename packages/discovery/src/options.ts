import { isIP } from 'node:net';
import { DiscoveryError } from './errors.js';
import { limits } from './limits.js';
import { parseAddress, type ConfiguredAddress } from './address.js';

/** The discovery methods, as named in `federation.discovery.enabled_methods`. */
export const discoveryMethods = ['dns', 'mdns', 'bootstrap', 'dht', 'pex'] as const;
export type DiscoveryMethod = (typeof discoveryMethods)[number];

/** How the Kad-DHT runs: always a server, always a client, or kad-dht's own rule (server once a public address is seen). */
export type DhtMode = 'server' | 'client' | 'auto';

/**
 * The `federation.discovery` section, keys exactly as in the config file (snake_case).
 * The first five are the design's; the rest are this package's additions, all optional.
 */
export interface DiscoveryOptions {
  readonly enabled_methods: readonly DiscoveryMethod[];
  /** `host:port` (IPv4, `[IPv6]` or a DNS name) or a multiaddr, with or without `/p2p/<id>`. */
  readonly bootstrap_nodes: readonly string[];
  /** The SRV name to look up, e.g. `_continuum._tcp.example.org`; required when `dns` is enabled. */
  readonly dns_domain: string | null;
  /** `ip` or `ip:port` (`[v6]:port`); empty means the system resolver's servers. */
  readonly dns_servers: readonly string[];
  /** Distinct peers the node tracks and dials; discoveries past it are dropped and counted. */
  readonly max_discovered_nodes: number;
  /** When set, TXT `dnsaddr=<multiaddr>` records at `_dnsaddr.<this>` are used as well. */
  readonly dnsaddr_domain: string | null;
  /** One DNS query's timeout; a resolver that never answers costs this much, off the start-up path. */
  readonly dns_timeout_ms: number;
  /** Re-resolution interval bounds; the A/AAAA TTL is clamped into them. */
  readonly dns_refresh_min_ms: number;
  readonly dns_refresh_max_ms: number;
  /** Connected peers DNS aims for per round, walking the SRV order (RFC 2782) until reached. */
  readonly dns_max_peers: number;
  /** The mDNS service name; nodes announcing another name are ignored. */
  readonly mdns_service_name: string;
  readonly mdns_interval_ms: number;
  /** Bootstrap retry backoff: doubles from initial up to max, with jitter. */
  readonly bootstrap_backoff_initial_ms: number;
  readonly bootstrap_backoff_max_ms: number;
  /** The DHT protocol is `<prefix>/kad/1.0.0`, so it never mixes with the public IPFS DHT. */
  readonly dht_protocol_prefix: string;
  readonly dht_mode: DhtMode;
  /** How often the DHT looks up its own id once running (kad-dht's query-self). */
  readonly dht_query_self_interval_ms: number;
  /** How often peer exchange asks one connected member for its peers (it also asks on connect). */
  readonly pex_interval_ms: number;
  /** Peers asked for / answered per peer-exchange request. */
  readonly pex_max_peers: number;
  /** Timeout of one dial or one peer-exchange exchange. */
  readonly dial_timeout_ms: number;
}

export const defaultDiscoveryOptions: DiscoveryOptions = Object.freeze({
  enabled_methods: Object.freeze(['bootstrap', 'mdns', 'dht', 'pex'] as DiscoveryMethod[]),
  bootstrap_nodes: Object.freeze([] as string[]),
  dns_domain: null,
  dns_servers: Object.freeze([] as string[]),
  max_discovered_nodes: 500,
  dnsaddr_domain: null,
  dns_timeout_ms: 2_000,
  dns_refresh_min_ms: 30_000,
  dns_refresh_max_ms: 3_600_000,
  dns_max_peers: 8,
  mdns_service_name: '_continuum._tcp.local',
  mdns_interval_ms: 10_000,
  bootstrap_backoff_initial_ms: 1_000,
  bootstrap_backoff_max_ms: 60_000,
  dht_protocol_prefix: '/continuum',
  dht_mode: 'server',
  dht_query_self_interval_ms: 300_000,
  pex_interval_ms: 60_000,
  pex_max_peers: 32,
  dial_timeout_ms: 10_000,
});

const msKeys = [
  'dns_timeout_ms', 'dns_refresh_min_ms', 'dns_refresh_max_ms', 'mdns_interval_ms',
  'bootstrap_backoff_initial_ms', 'bootstrap_backoff_max_ms', 'dht_query_self_interval_ms',
  'pex_interval_ms', 'dial_timeout_ms',
] as const;

function invalid(field: string, value: unknown, reason: string): DiscoveryError<'CONFIG_INVALID'> {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return new DiscoveryError('CONFIG_INVALID', `federation.discovery.${field}: ${reason}`, {
    field, value: text.slice(0, limits.maxAddressChars), reason,
  });
}

function integer(field: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw invalid(field, value, 'must be an integer');
  if (value < min || value > max) throw invalid(field, value, `must be between ${min} and ${max}`);
  return value;
}

function stringList(field: string, value: unknown, maxCount: number): string[] {
  if (!Array.isArray(value)) throw invalid(field, value, 'must be a list');
  if (value.length > maxCount) throw invalid(field, value.length, `has more than ${maxCount} entries`);
  return value.map((entry, index) => {
    if (typeof entry !== 'string' || entry.length === 0) throw invalid(`${field}[${index}]`, entry, 'must be a non-empty string');
    if (entry.length > limits.maxAddressChars) throw invalid(`${field}[${index}]`, entry, `is longer than ${limits.maxAddressChars} characters`);
    return entry;
  });
}

const domainPattern = /^(?:[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9])?\.?$/;

function domain(field: string, value: unknown): string | null {
  if (value === null) return null;
  if (typeof value !== 'string' || value.length > limits.maxDomainNameChars || !domainPattern.test(value)) {
    throw invalid(field, value, `must be a DNS name of at most ${limits.maxDomainNameChars} characters`);
  }
  return value.replace(/\.$/, '');
}

/** Checks a `dns_servers` entry: `ip`, `ip:port` or `[ipv6]:port`. */
export function checkDnsServer(field: string, text: string): string {
  const bracketed = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(text);
  const plain = /^([^:]+)(?::(\d{1,5}))?$/.exec(text);
  const host = bracketed?.[1] ?? plain?.[1] ?? text;
  const port = bracketed?.[2] ?? plain?.[2];
  if (isIP(host) === 0) throw invalid(field, text, 'must be an IP address, optionally with :port');
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) throw invalid(field, text, 'port must be 1..65535');
  return text;
}

/**
 * Validates a `federation.discovery` section and fills in defaults. Unknown keys are
 * refused (a typo should not silently disable discovery). Throws DiscoveryError
 * CONFIG_INVALID whose `details.field` names the key.
 */
export function parseDiscoveryOptions(input: unknown = {}): DiscoveryOptions {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) throw invalid('', input, 'must be a mapping');
  const raw = input as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    if (!(key in defaultDiscoveryOptions)) throw invalid(key, raw[key], 'is not a known key');
  }
  const pick = <K extends keyof DiscoveryOptions>(key: K): unknown => (raw[key] === undefined ? defaultDiscoveryOptions[key] : raw[key]);

  const methods = stringList('enabled_methods', pick('enabled_methods'), discoveryMethods.length);
  methods.forEach((method, index) => {
    if (!(discoveryMethods as readonly string[]).includes(method)) {
      throw invalid(`enabled_methods[${index}]`, method, `must be one of ${discoveryMethods.join(', ')}`);
    }
  });
  const bootstrapNodes = stringList('bootstrap_nodes', pick('bootstrap_nodes'), limits.maxBootstrapNodesCount);
  bootstrapNodes.forEach((entry, index) => parseConfiguredAddress(`bootstrap_nodes[${index}]`, entry));
  const dnsServers = stringList('dns_servers', pick('dns_servers'), limits.maxDnsServersCount);
  dnsServers.forEach((entry, index) => checkDnsServer(`dns_servers[${index}]`, entry));

  const ms = Object.fromEntries(msKeys.map((key) => [key, integer(key, pick(key), limits.minIntervalMs, limits.maxIntervalMs)])) as Record<(typeof msKeys)[number], number>;
  const options: DiscoveryOptions = {
    enabled_methods: [...new Set(methods as DiscoveryMethod[])],
    bootstrap_nodes: bootstrapNodes,
    dns_domain: domain('dns_domain', pick('dns_domain')),
    dns_servers: dnsServers,
    max_discovered_nodes: integer('max_discovered_nodes', pick('max_discovered_nodes'), 1, limits.maxDiscoveredNodesCount),
    dnsaddr_domain: domain('dnsaddr_domain', pick('dnsaddr_domain')),
    dns_max_peers: integer('dns_max_peers', pick('dns_max_peers'), 1, limits.maxSrvRecordsCount),
    mdns_service_name: mdnsName(pick('mdns_service_name')),
    dht_protocol_prefix: protocolPrefix(pick('dht_protocol_prefix')),
    dht_mode: dhtMode(pick('dht_mode')),
    pex_max_peers: integer('pex_max_peers', pick('pex_max_peers'), 1, limits.maxPexPeersCount),
    ...ms,
  };
  if (options.enabled_methods.includes('dns') && options.dns_domain === null) {
    throw invalid('dns_domain', null, 'is required when enabled_methods lists dns');
  }
  if (options.dns_refresh_min_ms > options.dns_refresh_max_ms) {
    throw invalid('dns_refresh_min_ms', options.dns_refresh_min_ms, 'must not exceed dns_refresh_max_ms');
  }
  if (options.bootstrap_backoff_initial_ms > options.bootstrap_backoff_max_ms) {
    throw invalid('bootstrap_backoff_initial_ms', options.bootstrap_backoff_initial_ms, 'must not exceed bootstrap_backoff_max_ms');
  }
  return Object.freeze(options);
}

/** Parses a bootstrap entry, turning its failure into CONFIG_INVALID naming the key. */
export function parseConfiguredAddress(field: string, text: string): ConfiguredAddress {
  try {
    return parseAddress(text);
  } catch (error) {
    throw invalid(field, text, error instanceof Error ? error.message : String(error));
  }
}

function mdnsName(value: unknown): string {
  if (typeof value !== 'string' || !/^_[A-Za-z0-9-]{1,61}\._(tcp|udp)\.local$/.test(value)) {
    throw invalid('mdns_service_name', value, 'must look like _name._tcp.local');
  }
  return value;
}

function protocolPrefix(value: unknown): string {
  if (typeof value !== 'string' || !/^(\/[A-Za-z0-9._-]{1,64}){1,4}$/.test(value)) {
    throw invalid('dht_protocol_prefix', value, 'must look like /continuum or /continuum/<federation>');
  }
  if (value === '/ipfs') throw invalid('dht_protocol_prefix', value, 'must not be the public IPFS prefix');
  return value;
}

function dhtMode(value: unknown): DhtMode {
  if (value !== 'server' && value !== 'client' && value !== 'auto') throw invalid('dht_mode', value, 'must be server, client or auto');
  return value;
}
