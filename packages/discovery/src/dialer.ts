import type { PeerId, PeerInfo, PeerStore } from '@libp2p/interface';
import type { ConnectionManager } from '@libp2p/interface-internal';
import { limits } from './limits.js';
import type { DiscoveryMethod } from './options.js';
import type { DiscoveryReport } from './report.js';

/** What the dialer needs from libp2p's components. */
export interface DialerComponents {
  readonly peerId: PeerId;
  readonly peerStore: PeerStore;
  readonly connectionManager: ConnectionManager;
}

interface QueuedDial {
  readonly method: DiscoveryMethod;
  readonly peer: PeerInfo;
}

/**
 * Dials peers that discovery methods reported with a peer id (mDNS, DHT, peer exchange),
 * since libp2p 3 itself only stores discovered peers. Bounded: limits.maxConcurrentDialsCount
 * at once, limits.maxQueuedDialsCount waiting; peers already connected or being dialled are
 * skipped. For mDNS, where both sides see each other at once, only the side with the lower
 * peer id dials, so a pair ends with one connection.
 */
export class PeerDialer {
  readonly #components: DialerComponents;
  readonly #report: DiscoveryReport;
  readonly #dialTimeoutMs: number;
  readonly #queue: QueuedDial[] = [];
  readonly #inFlight = new Set<string>();
  #controller = new AbortController();
  #users = 0;

  constructor(components: DialerComponents, report: DiscoveryReport, dialTimeoutMs: number) {
    this.#components = components;
    this.#report = report;
    this.#dialTimeoutMs = dialTimeoutMs;
  }

  /** Each method that uses the dialer acquires it on start and releases it on stop. */
  acquire(): void {
    if (this.#users++ === 0) this.#controller = new AbortController();
  }

  release(): void {
    if (--this.#users > 0) return;
    this.#users = 0;
    this.#controller.abort();
    this.#queue.length = 0;
  }

  enqueue(method: DiscoveryMethod, peer: PeerInfo): void {
    if (this.#users === 0) return;
    const id = peer.id.toString();
    if (this.#inFlight.has(id) || this.#components.connectionManager.getConnections(peer.id).length > 0) return;
    if (method === 'mdns' && this.#components.peerId.toString() > id) return;
    if (this.#queue.some((queued) => queued.peer.id.equals(peer.id))) return;
    if (this.#queue.length >= limits.maxQueuedDialsCount) {
      this.#report.recordFailure(method, 'DIAL_FAILED', id, `dial queue full (${limits.maxQueuedDialsCount})`);
      return;
    }
    this.#queue.push({ method, peer });
    this.#pump();
  }

  #pump(): void {
    while (this.#inFlight.size < limits.maxConcurrentDialsCount) {
      const next = this.#queue.shift();
      if (next === undefined) return;
      const id = next.peer.id.toString();
      this.#inFlight.add(id);
      void this.#dial(next).finally(() => {
        this.#inFlight.delete(id);
        this.#pump();
      });
    }
  }

  async #dial({ method, peer }: QueuedDial): Promise<void> {
    const signal = AbortSignal.any([this.#controller.signal, AbortSignal.timeout(this.#dialTimeoutMs)]);
    try {
      if (peer.multiaddrs.length > 0) await this.#components.peerStore.merge(peer.id, { multiaddrs: peer.multiaddrs });
      await this.#components.connectionManager.openConnection(peer.id, { signal });
    } catch (error) {
      if (this.#controller.signal.aborted) return;
      this.#report.recordFailure(method, 'DIAL_FAILED', peer.id.toString(), error instanceof Error ? error.message : String(error));
    }
  }
}
