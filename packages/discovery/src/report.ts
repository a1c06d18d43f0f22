import type { DiscoveryErrorCode } from './errors.js';
import { limits } from './limits.js';
import { discoveryMethods, type DiscoveryMethod } from './options.js';

/** One peer as the report shows it. Times are ISO-8601 strings. */
export interface DiscoveredPeerJson {
  readonly peerId: string;
  /** The method that found it first. */
  readonly foundBy: DiscoveryMethod;
  /** Every method that has reported it, in the order they first did. */
  readonly methods: readonly DiscoveryMethod[];
  readonly firstSeenAt: string;
  readonly lastSeenAt: string;
  readonly addresses: readonly string[];
}

export interface DiscoveryFailureJson {
  readonly at: string;
  readonly method: DiscoveryMethod;
  readonly code: DiscoveryErrorCode;
  /** What failed: a domain, a server, an address, a peer id. */
  readonly target: string;
  readonly reason: string;
}

export interface MethodStatusJson {
  readonly method: DiscoveryMethod;
  readonly enabled: boolean;
  readonly state: 'off' | 'idle' | 'running' | 'stopped';
  readonly lastRunAt: string | null;
  readonly lastSuccessAt: string | null;
  readonly peersFound: number;
  readonly failures: number;
}

/** What GET /v1/discovery serves. */
export interface DiscoveryReportJson {
  readonly generatedAt: string;
  readonly maxDiscoveredNodes: number;
  readonly methods: readonly MethodStatusJson[];
  readonly peers: readonly DiscoveredPeerJson[];
  /** The most recent failures, oldest first, at most limits.maxReportFailuresCount. */
  readonly failures: readonly DiscoveryFailureJson[];
  /** Discoveries dropped because max_discovered_nodes distinct peers were already tracked. */
  readonly droppedOverLimit: number;
}

interface PeerEntry {
  foundBy: DiscoveryMethod;
  methods: DiscoveryMethod[];
  firstSeenMs: number;
  lastSeenMs: number;
  addresses: string[];
}

interface MethodEntry {
  state: MethodStatusJson['state'];
  lastRunMs: number | null;
  lastSuccessMs: number | null;
  peersFound: number;
  failures: number;
}

export type ReportListener = () => void;

/**
 * Which method found which peer, when, and what failed. Bounded: at most
 * `maxDiscoveredNodes` peers and limits.maxReportFailuresCount failures are kept.
 */
export class DiscoveryReport {
  readonly #now: () => number;
  readonly #maxPeers: number;
  readonly #peers = new Map<string, PeerEntry>();
  readonly #failures: DiscoveryFailureJson[] = [];
  readonly #methods = new Map<DiscoveryMethod, MethodEntry>();
  readonly #listeners = new Set<ReportListener>();
  #dropped = 0;

  constructor(init: { readonly now: () => number; readonly maxDiscoveredNodes: number; readonly enabledMethods: readonly DiscoveryMethod[] }) {
    this.#now = init.now;
    this.#maxPeers = init.maxDiscoveredNodes;
    for (const method of discoveryMethods) {
      const enabled = init.enabledMethods.includes(method);
      this.#methods.set(method, { state: enabled ? 'idle' : 'off', lastRunMs: null, lastSuccessMs: null, peersFound: 0, failures: 0 });
    }
  }

  /**
   * Records that `method` found `peerId`. Returns false (and counts a drop) when the peer
   * is new and the report already tracks max_discovered_nodes peers: the caller must then
   * neither announce nor dial it.
   */
  recordPeer(method: DiscoveryMethod, peerId: string, addresses: readonly string[]): boolean {
    const at = this.#now();
    const known = this.#peers.get(peerId);
    if (known === undefined && this.#peers.size >= this.#maxPeers) {
      this.#dropped++;
      this.#changed();
      return false;
    }
    const entry = known ?? { foundBy: method, methods: [], firstSeenMs: at, lastSeenMs: at, addresses: [] };
    if (!entry.methods.includes(method)) {
      entry.methods.push(method);
      this.#method(method).peersFound++;
    }
    entry.lastSeenMs = at;
    if (addresses.length > 0) entry.addresses = addresses.slice(0, limits.maxPexAddressesPerPeerCount);
    this.#peers.set(peerId, entry);
    this.#changed();
    return true;
  }

  recordFailure(method: DiscoveryMethod, code: DiscoveryErrorCode, target: string, reason: string): void {
    this.#failures.push({ at: new Date(this.#now()).toISOString(), method, code, target, reason });
    if (this.#failures.length > limits.maxReportFailuresCount) this.#failures.shift();
    this.#method(method).failures++;
    this.#changed();
  }

  /** Marks a run of a method (a DNS round, a bootstrap attempt, a PEX request) and whether it succeeded. */
  recordRun(method: DiscoveryMethod, succeeded: boolean): void {
    const entry = this.#method(method);
    entry.lastRunMs = this.#now();
    if (succeeded) entry.lastSuccessMs = entry.lastRunMs;
    this.#changed();
  }

  setState(method: DiscoveryMethod, state: 'running' | 'stopped'): void {
    this.#method(method).state = state;
    this.#changed();
  }

  has(peerId: string): boolean {
    return this.#peers.has(peerId);
  }

  /** Peer ids the method has reported. */
  peersFoundBy(method: DiscoveryMethod): string[] {
    return [...this.#peers].filter(([, entry]) => entry.methods.includes(method)).map(([id]) => id);
  }

  failures(method?: DiscoveryMethod): DiscoveryFailureJson[] {
    return this.#failures.filter((failure) => method === undefined || failure.method === method);
  }

  /** Calls `listener` after every change; returns the function that unsubscribes it. */
  onChange(listener: ReportListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  toJSON(): DiscoveryReportJson {
    const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
    return {
      generatedAt: new Date(this.#now()).toISOString(),
      maxDiscoveredNodes: this.#maxPeers,
      methods: [...this.#methods].map(([method, entry]) => ({
        method, enabled: entry.state !== 'off', state: entry.state, lastRunAt: iso(entry.lastRunMs),
        lastSuccessAt: iso(entry.lastSuccessMs), peersFound: entry.peersFound, failures: entry.failures,
      })),
      peers: [...this.#peers].map(([peerId, entry]) => ({
        peerId, foundBy: entry.foundBy, methods: [...entry.methods], firstSeenAt: new Date(entry.firstSeenMs).toISOString(),
        lastSeenAt: new Date(entry.lastSeenMs).toISOString(), addresses: [...entry.addresses],
      })),
      failures: [...this.#failures],
      droppedOverLimit: this.#dropped,
    };
  }

  #method(method: DiscoveryMethod): MethodEntry {
    const entry = this.#methods.get(method);
    if (entry === undefined) throw new Error(`unknown discovery method ${method}`);
    return entry;
  }

  #changed(): void {
    for (const listener of this.#listeners) listener();
  }
}
