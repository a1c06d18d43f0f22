import { peerDiscoverySymbol, serviceCapabilities, type PeerDiscovery, type PeerDiscoveryEvents, type Startable } from '@libp2p/interface';
import { multiaddr, type Multiaddr } from '@multiformats/multiaddr';
import { TypedEventEmitter } from 'main-event';
import { peerIdOf, tcpMultiaddr } from '../address.js';
import { backoffDelayMs } from '../backoff.js';
import type { DiscoveryContext } from '../context.js';
import { DiscoveryError } from '../errors.js';
import { limits } from '../limits.js';
import { orderSrvRecords, type SrvRecord } from '../dns/srv-order.js';
import { dialAddresses, notSelf, type AddressDialComponents } from './dial-address.js';

/** One dialable candidate of a DNS round: an SRV target's addresses, or one dnsaddr. */
interface Candidate {
  readonly label: string;
  readonly addresses: Multiaddr[];
}

/**
 * DNS discovery: looks up the SRV records of `dns_domain` (and, when `dnsaddr_domain` is
 * set, TXT `dnsaddr=` records at `_dnsaddr.<domain>`), orders the targets as RFC 2782
 * says, resolves them to A/AAAA, and dials them in that order until `dns_max_peers` peers
 * are connected. Re-resolves every TTL (clamped into dns_refresh_min_ms..max), and backs
 * off from dns_refresh_min_ms while lookups fail. start() never waits for DNS.
 */
export class DnsDiscovery extends TypedEventEmitter<PeerDiscoveryEvents> implements PeerDiscovery, Startable {
  readonly [peerDiscoverySymbol] = this;
  readonly [Symbol.toStringTag] = '@continuum/discovery:dns';
  readonly [serviceCapabilities] = ['@libp2p/peer-discovery'];
  readonly #components: AddressDialComponents;
  readonly #context: DiscoveryContext;
  /** Which peer answered at which address, so later rounds skip peers still connected. */
  readonly #peerByAddress = new Map<string, string>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #controller: AbortController | undefined;
  #failedRounds = 0;

  constructor(components: AddressDialComponents, context: DiscoveryContext) {
    super();
    this.#components = components;
    this.#context = context;
  }

  isStarted(): boolean {
    return this.#controller !== undefined;
  }

  start(): void {
    if (this.#controller !== undefined) return;
    this.#controller = new AbortController();
    this.#context.dialer(this.#components).acquire();
    this.#context.report.setState('dns', 'running');
    this.#schedule(0);
  }

  stop(): void {
    if (this.#controller === undefined) return;
    clearTimeout(this.#timer);
    this.#controller.abort();
    this.#controller = undefined;
    this.#context.resolver.cancel();
    this.#context.dialer(this.#components).release();
    this.#context.report.setState('dns', 'stopped');
  }

  #schedule(delayMs: number): void {
    this.#timer = setTimeout(() => {
      const controller = this.#controller;
      if (controller === undefined) return;
      void this.#round(controller.signal).then((nextMs) => {
        if (!controller.signal.aborted) this.#schedule(nextMs);
      });
    }, delayMs);
  }

  /** One lookup-and-dial round; returns the delay until the next one. Never throws. */
  async #round(signal: AbortSignal): Promise<number> {
    const { options, report } = this.#context;
    const ttls: number[] = [];
    const [srv, dnsaddrs] = await Promise.all([this.#lookupSrv(options.dns_domain ?? ''), this.#lookupDnsaddr()]);
    const { connected, tried } = await this.#dialUntilEnough(this.#candidates(srv ?? [], dnsaddrs ?? [], ttls), signal);
    const lookupsFailed = srv === null && (dnsaddrs === null || options.dnsaddr_domain === null);
    report.recordRun('dns', !lookupsFailed && (connected > 0 || tried === 0));
    if (lookupsFailed) return backoffDelayMs(this.#failedRounds++, options.dns_refresh_min_ms, options.dns_refresh_max_ms, this.#context.random);
    this.#failedRounds = 0;
    const ttlMs = ttls.length > 0 ? Math.min(...ttls) * 1000 : options.dns_refresh_max_ms;
    return Math.min(options.dns_refresh_max_ms, Math.max(options.dns_refresh_min_ms, ttlMs));
  }

  /**
   * SRV targets in order, each resolved only when the dialler gets to it (a round that
   * reaches dns_max_peers early looks up no more names), then the dnsaddr candidates.
   */
  async *#candidates(srv: readonly SrvRecord[], dnsaddrs: readonly Candidate[], ttls: number[]): AsyncGenerator<Candidate> {
    for (const record of srv) {
      const addresses = await this.#resolveTarget(record, ttls);
      if (addresses.length > 0) yield { label: `${record.name}:${record.port}`, addresses };
    }
    yield* dnsaddrs;
  }

  /** Valid SRV records in RFC 2782 order, or null when the lookup failed. */
  async #lookupSrv(domain: string): Promise<SrvRecord[] | null> {
    const { report, resolver, random } = this.#context;
    let records: SrvRecord[];
    try {
      records = await resolver.resolveSrv(domain);
    } catch (error) {
      const reason = DiscoveryError.is(error) ? error.message : String(error);
      report.recordFailure('dns', 'RESOLVE_FAILED', `${domain} (via ${resolver.servers.join(',')})`, reason);
      return null;
    }
    if (records.length > limits.maxSrvRecordsCount) {
      report.recordFailure('dns', 'RECORD_INVALID', domain, `${records.length} SRV records; only the first ${limits.maxSrvRecordsCount} are used`);
      records = records.slice(0, limits.maxSrvRecordsCount);
    }
    const valid = records.filter((record) => {
      // RFC 2782: a target of "." means the service is decidedly not available there.
      const problem = record.name === '' || record.name === '.' ? 'target is "." (service not offered)'
        : record.port < 1 || record.port > 65535 ? `port ${record.port} is not dialable` : null;
      if (problem !== null) report.recordFailure('dns', 'RECORD_INVALID', `${domain} → ${record.name}:${record.port}`, problem);
      return problem === null;
    });
    return orderSrvRecords(valid, random);
  }

  async #resolveTarget(record: SrvRecord, ttls: number[]): Promise<Multiaddr[]> {
    try {
      const resolved = await this.#context.resolver.resolveAddresses(record.name);
      for (const answer of resolved) if (answer.ttlSeconds !== null) ttls.push(answer.ttlSeconds);
      return notSelf(this.#components, resolved.map((answer) => tcpMultiaddr(answer.address, record.port)));
    } catch (error) {
      this.#context.report.recordFailure('dns', 'RESOLVE_FAILED', record.name, DiscoveryError.is(error) ? error.message : String(error));
      return [];
    }
  }

  /** dnsaddr candidates, [] when not configured, null when the lookup failed. */
  async #lookupDnsaddr(): Promise<Candidate[] | null> {
    const { options, report, resolver } = this.#context;
    if (options.dnsaddr_domain === null) return [];
    const name = `_dnsaddr.${options.dnsaddr_domain}`;
    let texts: string[];
    try {
      texts = await resolver.resolveTxt(name);
    } catch (error) {
      report.recordFailure('dns', 'RESOLVE_FAILED', name, DiscoveryError.is(error) ? error.message : String(error));
      return null;
    }
    const candidates: Candidate[] = [];
    for (const text of texts.filter((t) => t.startsWith('dnsaddr=')).slice(0, limits.maxDnsaddrRecordsCount)) {
      const value = text.slice('dnsaddr='.length);
      try {
        if (value.length > limits.maxAddressChars) throw new Error('too long');
        const address = multiaddr(value);
        if (peerIdOf(address) === null) throw new Error('has no /p2p/ peer id');
        candidates.push(...notSelf(this.#components, [address]).map((a) => ({ label: value, addresses: [a] })));
      } catch (error) {
        report.recordFailure('dns', 'RECORD_INVALID', `${name} "${value.slice(0, 80)}"`, error instanceof Error ? error.message : String(error));
      }
    }
    return candidates;
  }

  /** Dials candidates in order until dns_max_peers are connected; says how many are and how many were tried. */
  async #dialUntilEnough(candidates: AsyncIterable<Candidate>, signal: AbortSignal): Promise<{ connected: number; tried: number }> {
    const { options } = this.#context;
    const connectedPeers = new Set<string>();
    const seen = new Set<string>();
    let tried = 0;
    for await (const candidate of candidates) {
      if (signal.aborted) break;
      tried++;
      for (const address of candidate.addresses) seen.add(address.toString());
      const known = candidate.addresses.map((a) => this.#peerByAddress.get(a.toString())).find((id) => id !== undefined);
      if (known !== undefined && this.#components.connectionManager.getConnections().some((c) => c.remotePeer.toString() === known)) {
        connectedPeers.add(known);
      } else {
        await this.#dial(candidate, connectedPeers, signal);
      }
      if (connectedPeers.size >= options.dns_max_peers) break;
    }
    if (!signal.aborted) {
      // Forget addresses this round did not see, so the map stays bounded by one answer.
      for (const key of this.#peerByAddress.keys()) if (!seen.has(key)) this.#peerByAddress.delete(key);
    }
    return { connected: connectedPeers.size, tried };
  }

  async #dial(candidate: Candidate, connectedPeers: Set<string>, signal: AbortSignal): Promise<void> {
    try {
      const dialSignal = AbortSignal.any([signal, AbortSignal.timeout(this.#context.options.dial_timeout_ms)]);
      const { peerId, address } = await dialAddresses(this.#components, candidate.addresses, dialSignal);
      for (const a of candidate.addresses) this.#peerByAddress.set(a.toString(), peerId.toString());
      connectedPeers.add(peerId.toString());
      const peer = { id: peerId, multiaddrs: [address] };
      if (this.#context.found('dns', peer, this.#components)) this.safeDispatchEvent('peer', { detail: peer });
    } catch (error) {
      if (!signal.aborted) this.#context.report.recordFailure('dns', 'DIAL_FAILED', candidate.label, error instanceof Error ? error.message : String(error));
    }
  }
}

/** The libp2p peer-discovery factory for DNS. */
export function dnsDiscovery(context: DiscoveryContext): (components: AddressDialComponents) => DnsDiscovery {
  return (components) => new DnsDiscovery(components, context);
}
