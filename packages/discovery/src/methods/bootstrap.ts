import { peerDiscoverySymbol, serviceCapabilities, type Libp2pEvents, type PeerDiscovery, type PeerDiscoveryEvents, type PeerId, type Startable } from '@libp2p/interface';
import type { Multiaddr } from '@multiformats/multiaddr';
import { TypedEventEmitter, type TypedEventTarget } from 'main-event';
import { tcpMultiaddr, type ConfiguredAddress } from '../address.js';
import { backoffDelayMs } from '../backoff.js';
import type { DiscoveryContext } from '../context.js';
import { DiscoveryError } from '../errors.js';
import { parseConfiguredAddress } from '../options.js';
import { dialAddresses, notSelf, type AddressDialComponents } from './dial-address.js';

export interface BootstrapComponents extends AddressDialComponents {
  readonly events: TypedEventTarget<Libp2pEvents>;
}

interface Entry {
  readonly address: ConfiguredAddress;
  attempt: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** Who answered last time; a disconnect from it starts the retries again. */
  peerId: string | null;
}

/**
 * Bootstrap discovery: dials every `bootstrap_nodes` entry (`host:port` or a multiaddr,
 * with or without a peer id) once started, learns the peer id from the handshake, and
 * retries failures with exponential backoff (bootstrap_backoff_initial_ms doubling up to
 * bootstrap_backoff_max_ms, jittered) for as long as the node runs. A bootstrap peer that
 * disconnects is redialled the same way. Entries naming this node are skipped.
 */
export class BootstrapDiscovery extends TypedEventEmitter<PeerDiscoveryEvents> implements PeerDiscovery, Startable {
  readonly [peerDiscoverySymbol] = this;
  readonly [Symbol.toStringTag] = '@continuum/discovery:bootstrap';
  readonly [serviceCapabilities] = ['@libp2p/peer-discovery'];
  readonly #components: BootstrapComponents;
  readonly #context: DiscoveryContext;
  readonly #entries: Entry[];
  #controller: AbortController | undefined;

  constructor(components: BootstrapComponents, context: DiscoveryContext) {
    super();
    this.#components = components;
    this.#context = context;
    this.#entries = context.options.bootstrap_nodes.map((text, index) => ({
      address: parseConfiguredAddress(`bootstrap_nodes[${index}]`, text), attempt: 0, timer: undefined, peerId: null,
    }));
  }

  isStarted(): boolean {
    return this.#controller !== undefined;
  }

  start(): void {
    if (this.#controller !== undefined) return;
    this.#controller = new AbortController();
    this.#context.dialer(this.#components).acquire();
    this.#context.report.setState('bootstrap', 'running');
    this.#components.events.addEventListener('peer:disconnect', this.#onDisconnect);
    for (const entry of this.#entries) this.#schedule(entry, 0);
  }

  stop(): void {
    if (this.#controller === undefined) return;
    this.#controller.abort();
    this.#controller = undefined;
    this.#components.events.removeEventListener('peer:disconnect', this.#onDisconnect);
    for (const entry of this.#entries) clearTimeout(entry.timer);
    this.#context.dialer(this.#components).release();
    this.#context.report.setState('bootstrap', 'stopped');
  }

  readonly #onDisconnect = (event: CustomEvent<PeerId>): void => {
    const id = event.detail.toString();
    for (const entry of this.#entries) {
      if (entry.peerId !== id || entry.timer !== undefined) continue;
      entry.attempt = 0;
      this.#schedule(entry, backoffDelayMs(0, this.#context.options.bootstrap_backoff_initial_ms, this.#context.options.bootstrap_backoff_max_ms, this.#context.random));
    }
  };

  #schedule(entry: Entry, delayMs: number): void {
    const controller = this.#controller;
    if (controller === undefined) return;
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      void this.#attempt(entry, controller.signal).then((retry) => {
        if (!retry || controller.signal.aborted) return;
        const { bootstrap_backoff_initial_ms: initial, bootstrap_backoff_max_ms: max } = this.#context.options;
        this.#schedule(entry, backoffDelayMs(entry.attempt++, initial, max, this.#context.random));
      });
    }, delayMs);
  }

  /** One dial of one entry; returns true when it should be retried. Never throws. */
  async #attempt(entry: Entry, signal: AbortSignal): Promise<boolean> {
    const { report, options } = this.#context;
    const addresses = await this.#addresses(entry.address);
    if (addresses === null) return true;
    const candidates = notSelf(this.#components, addresses);
    if (candidates.length === 0) return false;
    if (entry.peerId !== null && this.#components.connectionManager.getConnections().some((c) => c.remotePeer.toString() === entry.peerId)) return false;
    try {
      const { peerId, address } = await dialAddresses(this.#components, candidates, AbortSignal.any([signal, AbortSignal.timeout(options.dial_timeout_ms)]));
      entry.peerId = peerId.toString();
      entry.attempt = 0;
      report.recordRun('bootstrap', true);
      const peer = { id: peerId, multiaddrs: [address] };
      if (this.#context.found('bootstrap', peer, this.#components)) this.safeDispatchEvent('peer', { detail: peer });
      return false;
    } catch (error) {
      if (signal.aborted) return false;
      report.recordRun('bootstrap', false);
      report.recordFailure('bootstrap', 'DIAL_FAILED', entry.address.text, `attempt ${entry.attempt + 1}: ${error instanceof Error ? error.message : String(error)}`);
      return true;
    }
  }

  /** The entry's dialable addresses; null when its host name did not resolve (retried). */
  async #addresses(address: ConfiguredAddress): Promise<Multiaddr[] | null> {
    if (address.kind === 'multiaddr') return [address.multiaddr];
    if (address.family !== 0) return [tcpMultiaddr(address.host, address.port)];
    try {
      const resolved = await this.#context.resolver.resolveAddresses(address.host);
      return resolved.map((answer) => tcpMultiaddr(answer.address, address.port));
    } catch (error) {
      this.#context.report.recordFailure('bootstrap', 'RESOLVE_FAILED', address.text, DiscoveryError.is(error) ? error.message : String(error));
      return null;
    }
  }
}

/** The libp2p peer-discovery factory for bootstrap nodes. */
export function bootstrapDiscovery(context: DiscoveryContext): (components: BootstrapComponents) => BootstrapDiscovery {
  return (components) => new BootstrapDiscovery(components, context);
}
