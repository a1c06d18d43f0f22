import { peerDiscoverySymbol, serviceCapabilities, type PeerDiscovery, type PeerDiscoveryEvents, type PeerInfo, type Startable } from '@libp2p/interface';
import { mdns, type MulticastDNSComponents } from '@libp2p/mdns';
import { TypedEventEmitter } from 'main-event';
import type { DiscoveryContext } from '../context.js';
import type { DialerComponents } from '../dialer.js';

export type MdnsComponents = MulticastDNSComponents & DialerComponents;

/** The parts of @libp2p/mdns's MulticastDNS class used here (its `mdns` socket is public). */
type MulticastDNS = PeerDiscovery & Startable & {
  readonly mdns?: { on(event: 'error', listener: (error: Error) => void): unknown; removeListener(event: 'error', listener: (error: Error) => void): unknown };
};

/**
 * mDNS on the federation's own service name (`mdns_service_name`, default
 * `_continuum._tcp.local`), so nodes of this federation find each other on a LAN and
 * ignore other libp2p services (@libp2p/mdns matches answers by service name). Wraps
 * @libp2p/mdns to record what it finds in the report, to record socket errors (no
 * multicast, port taken) as MDNS_FAILED, and to dial: the lower peer id of a pair dials.
 */
export class MdnsDiscovery extends TypedEventEmitter<PeerDiscoveryEvents> implements PeerDiscovery, Startable {
  readonly [peerDiscoverySymbol] = this;
  readonly [Symbol.toStringTag] = '@continuum/discovery:mdns';
  readonly [serviceCapabilities] = ['@libp2p/peer-discovery'];
  readonly #components: MdnsComponents;
  readonly #context: DiscoveryContext;
  readonly #inner: MulticastDNS;
  #started = false;

  constructor(components: MdnsComponents, context: DiscoveryContext) {
    super();
    this.#components = components;
    this.#context = context;
    this.#inner = mdns({ serviceTag: context.options.mdns_service_name, interval: context.options.mdns_interval_ms })(components) as unknown as MulticastDNS;
    this.#inner.addEventListener('peer', this.#onPeer);
  }

  isStarted(): boolean {
    return this.#started;
  }

  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    this.#context.dialer(this.#components).acquire();
    await this.#inner.start();
    this.#inner.mdns?.on('error', this.#onError);
    this.#context.report.setState('mdns', 'running');
  }

  async stop(): Promise<void> {
    if (!this.#started) return;
    this.#started = false;
    this.#inner.mdns?.removeListener('error', this.#onError);
    await this.#inner.stop();
    this.#context.dialer(this.#components).release();
    this.#context.report.setState('mdns', 'stopped');
  }

  readonly #onPeer = (event: CustomEvent<PeerInfo>): void => {
    if (!this.#started) return;
    this.#context.report.recordRun('mdns', true);
    if (this.#context.found('mdns', event.detail, this.#components)) this.safeDispatchEvent('peer', { detail: event.detail });
  };

  readonly #onError = (error: Error): void => {
    this.#context.report.recordRun('mdns', false);
    this.#context.report.recordFailure('mdns', 'MDNS_FAILED', this.#context.options.mdns_service_name, error.message);
  };
}

/** The libp2p peer-discovery factory for mDNS. */
export function mdnsDiscovery(context: DiscoveryContext): (components: MdnsComponents) => MdnsDiscovery {
  return (components) => new MdnsDiscovery(components, context);
}
