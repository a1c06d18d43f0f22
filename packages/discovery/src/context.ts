import type { PeerId, PeerInfo } from '@libp2p/interface';
import { PeerDialer, type DialerComponents } from './dialer.js';
import { createNodeResolver, type DnsResolver } from './dns/resolver.js';
import type { DiscoveryMethod, DiscoveryOptions } from './options.js';
import { DiscoveryReport } from './report.js';

/** What the caller may pass in besides the config section. */
export interface DiscoveryHooks {
  /**
   * Peer exchange answers and asks only peers for which this returns true, and shares
   * only such peers (the daemon restricts it to federation members). Default: everyone.
   */
  readonly isAllowed?: (peerId: PeerId) => boolean;
  /** [0, 1) source for SRV weight order and backoff jitter. Default Math.random. */
  readonly random?: () => number;
  /** Wall clock in ms for the report. Default Date.now. */
  readonly now?: () => number;
  /** DNS lookups; default node:dns against `dns_servers` (or the system's servers). */
  readonly resolver?: DnsResolver;
}

/**
 * State shared by the methods of one node: the options, the report, the resolver and
 * the dialer. One context (one createDiscovery call) per libp2p node.
 */
export class DiscoveryContext {
  readonly options: DiscoveryOptions;
  readonly report: DiscoveryReport;
  readonly resolver: DnsResolver;
  readonly random: () => number;
  readonly isAllowed: (peerId: PeerId) => boolean;
  #dialer: PeerDialer | undefined;

  constructor(options: DiscoveryOptions, hooks: DiscoveryHooks = {}) {
    this.options = options;
    this.random = hooks.random ?? Math.random;
    this.isAllowed = hooks.isAllowed ?? (() => true);
    this.report = new DiscoveryReport({ now: hooks.now ?? Date.now, maxDiscoveredNodes: options.max_discovered_nodes, enabledMethods: options.enabled_methods });
    this.resolver = hooks.resolver ?? createNodeResolver({ servers: options.dns_servers, timeoutMs: options.dns_timeout_ms });
  }

  /** The node's dialer, made on first use from that node's components. */
  dialer(components: DialerComponents): PeerDialer {
    this.#dialer ??= new PeerDialer(components, this.report, this.options.dial_timeout_ms);
    return this.#dialer;
  }

  /**
   * Every method calls this when it found a peer. Records it and queues a dial; returns
   * false when the method must not announce the peer (self, or over max_discovered_nodes).
   */
  found(method: DiscoveryMethod, peer: PeerInfo, components: DialerComponents): boolean {
    if (peer.id.equals(components.peerId)) return false;
    if (!this.report.recordPeer(method, peer.id.toString(), peer.multiaddrs.map((address) => address.toString()))) return false;
    this.dialer(components).enqueue(method, peer);
    return true;
  }
}
