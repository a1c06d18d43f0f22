import { peerDiscoverySymbol, serviceCapabilities, type Connection, type PeerDiscovery, type PeerDiscoveryEvents, type PeerId, type PeerInfo, type Startable, type Stream } from '@libp2p/interface';
import type { Registrar } from '@libp2p/interface-internal';
import { lpStream } from '@libp2p/utils';
import { TypedEventEmitter } from 'main-event';
import type { DiscoveryContext } from '../context.js';
import type { DialerComponents } from '../dialer.js';
import { DiscoveryError } from '../errors.js';
import { limits } from '../limits.js';
import { decodePexRequest, decodePexResponse, encodePexRequest, encodePexResponse } from './codec.js';

/** The peer-exchange protocol id. */
export const pexProtocol = '/continuum/pex/1.0.0';

export interface PexComponents extends DialerComponents {
  readonly registrar: Registrar;
}

/**
 * Peer exchange: members tell new members about other members. When a peer that speaks
 * the protocol connects, and every `pex_interval_ms` to one random connected member, the
 * node asks for up to `pex_max_peers` peers; the answerer lists peers it is connected to
 * with their known listen addresses. `isAllowed` (the daemon's membership check) decides
 * whom a node answers, whom it asks, and whom it lists. One request and one response per
 * stream, both length-prefixed and bounded by limits.maxPexMessageBytes.
 */
export class PeerExchange extends TypedEventEmitter<PeerDiscoveryEvents> implements PeerDiscovery, Startable {
  readonly [peerDiscoverySymbol] = this;
  readonly [Symbol.toStringTag] = '@continuum/discovery:pex';
  readonly [serviceCapabilities] = ['@libp2p/peer-discovery'];
  readonly #components: PexComponents;
  readonly #context: DiscoveryContext;
  readonly #asking = new Set<string>();
  #controller: AbortController | undefined;
  #timer: ReturnType<typeof setInterval> | undefined;
  #topologyId: string | undefined;

  constructor(components: PexComponents, context: DiscoveryContext) {
    super();
    this.#components = components;
    this.#context = context;
  }

  isStarted(): boolean {
    return this.#controller !== undefined;
  }

  async start(): Promise<void> {
    if (this.#controller !== undefined) return;
    this.#controller = new AbortController();
    this.#context.dialer(this.#components).acquire();
    await this.#components.registrar.handle(pexProtocol, this.#handle, { maxInboundStreams: 4, maxOutboundStreams: 4 });
    this.#topologyId = await this.#components.registrar.register(pexProtocol, {
      onConnect: (peerId: PeerId) => void this.ask(peerId),
    });
    this.#timer = setInterval(() => void this.#askRandomMember(), this.#context.options.pex_interval_ms);
    this.#context.report.setState('pex', 'running');
  }

  async stop(): Promise<void> {
    if (this.#controller === undefined) return;
    this.#controller.abort();
    this.#controller = undefined;
    clearInterval(this.#timer);
    if (this.#topologyId !== undefined) this.#components.registrar.unregister(this.#topologyId);
    await this.#components.registrar.unhandle(pexProtocol);
    this.#context.dialer(this.#components).release();
    this.#context.report.setState('pex', 'stopped');
  }

  /** Asks `peerId` for peers; what it learns is recorded, announced and dialled. Never throws. */
  async ask(peerId: PeerId): Promise<void> {
    const controller = this.#controller;
    const id = peerId.toString();
    if (controller === undefined || this.#asking.has(id) || !this.#context.isAllowed(peerId)) return;
    this.#asking.add(id);
    const signal = AbortSignal.any([controller.signal, AbortSignal.timeout(this.#context.options.dial_timeout_ms)]);
    let stream: Stream | undefined;
    try {
      stream = await this.#components.connectionManager.openStream(peerId, pexProtocol, { signal });
      const framed = lpStream(stream, { maxDataLength: limits.maxPexMessageBytes });
      await framed.write(encodePexRequest(this.#context.options.pex_max_peers), { signal });
      const peers = decodePexResponse((await framed.read({ signal })).subarray(), id);
      await stream.close({ signal });
      this.#context.report.recordRun('pex', true);
      for (const peer of peers) {
        if (this.#context.found('pex', peer, this.#components)) this.safeDispatchEvent('peer', { detail: peer });
      }
    } catch (error) {
      stream?.abort(error instanceof Error ? error : new Error(String(error)));
      if (!controller.signal.aborted) {
        this.#context.report.recordRun('pex', false);
        this.#context.report.recordFailure('pex', DiscoveryError.is(error) ? error.code : 'PEX_INVALID', id, error instanceof Error ? error.message : String(error));
      }
    } finally {
      this.#asking.delete(id);
    }
  }

  readonly #handle = async (stream: Stream, connection: Connection): Promise<void> => {
    const remote = connection.remotePeer;
    const id = remote.toString();
    const signal = AbortSignal.timeout(this.#context.options.dial_timeout_ms);
    try {
      if (!this.#context.isAllowed(remote)) throw new DiscoveryError('PEX_REFUSED', `peer exchange refused to ${id}: not allowed`, { peer: id });
      const framed = lpStream(stream, { maxDataLength: limits.maxPexMessageBytes });
      const asked = decodePexRequest((await framed.read({ signal })).subarray(), id);
      const peers = await this.#shareable(remote, Math.min(asked, this.#context.options.pex_max_peers));
      await framed.write(encodePexResponse(peers), { signal });
      await stream.close({ signal });
    } catch (error) {
      stream.abort(error instanceof Error ? error : new Error(String(error)));
      this.#context.report.recordFailure('pex', DiscoveryError.is(error) ? error.code : 'PEX_INVALID', id, error instanceof Error ? error.message : String(error));
    }
  };

  /** Connected, allowed peers other than the asker, with their known addresses. */
  async #shareable(asker: PeerId, count: number): Promise<PeerInfo[]> {
    const peers: PeerInfo[] = [];
    const seen = new Set<string>([asker.toString()]);
    for (const connection of this.#components.connectionManager.getConnections()) {
      if (peers.length >= count) break;
      const peer = connection.remotePeer;
      if (seen.has(peer.toString()) || !this.#context.isAllowed(peer)) continue;
      seen.add(peer.toString());
      const stored = await this.#components.peerStore.get(peer).catch(() => undefined);
      const multiaddrs = stored?.addresses.map((address) => address.multiaddr) ?? [];
      if (multiaddrs.length > 0) peers.push({ id: peer, multiaddrs });
    }
    return peers;
  }

  async #askRandomMember(): Promise<void> {
    const candidates: PeerId[] = [];
    for (const connection of this.#components.connectionManager.getConnections()) {
      const stored = await this.#components.peerStore.get(connection.remotePeer).catch(() => undefined);
      if (stored?.protocols.includes(pexProtocol) === true) candidates.push(connection.remotePeer);
    }
    const chosen = candidates[Math.floor(this.#context.random() * candidates.length)];
    if (chosen !== undefined) await this.ask(chosen);
  }
}

/** The peer-exchange service factory for `services.pex`. */
export function pexService(context: DiscoveryContext): (components: PexComponents) => PeerExchange {
  return (components) => new PeerExchange(components, context);
}
