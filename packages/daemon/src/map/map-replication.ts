/**
 * The eventual replicated KV map (design example 2), transport-independent: a crdt
 * ReplicatedMap with the configured conflict strategy. Local writes are broadcast as a
 * delta built for the meet of the version vectors peers last announced (so each of them
 * has its base); a peer that missed something answers `needsSync` and is repaired by the
 * push-pull anti-entropy exchange (`syncRequest` → `syncAnswer` → `syncFinish`).
 */
import { decodeVectorClock, encodeVectorClock, ReplicatedMap, VectorClock, type ConflictStrategy, type KvEntry, type MergeResult, type Value } from '@continuum/crdt';
import type { ReplicationStats } from '../status/types.js';

export type MapGossip = { readonly type: 'delta'; readonly bytes: Uint8Array } | { readonly type: 'vv'; readonly bytes: Uint8Array };

export function encodeMapGossip(message: MapGossip): Uint8Array {
  const out = new Uint8Array(1 + message.bytes.length);
  out[0] = message.type === 'delta' ? 0 : 1;
  out.set(message.bytes, 1);
  return out;
}

export function decodeMapGossip(bytes: Uint8Array): MapGossip | undefined {
  const type = bytes[0];
  if (type !== 0 && type !== 1) return undefined;
  return { type: type === 0 ? 'delta' : 'vv', bytes: bytes.subarray(1) };
}

export interface MapReplicationOptions {
  readonly node: string;
  readonly strategy: ConflictStrategy;
  readonly wallClockMs: () => number;
  /** Publishes to every member (gossip). */
  readonly broadcast: (message: MapGossip) => void;
}

export class MapReplication {
  readonly map: ReplicatedMap;
  private readonly announced = new Map<string, VectorClock>();
  writesLocal = 0;
  writesReplicated = 0;
  needsSync = 0;

  constructor(private readonly options: MapReplicationOptions) {
    this.map = new ReplicatedMap(options.node, { strategy: options.strategy, wallClockMs: options.wallClockMs });
  }

  put(key: string, value: Value): KvEntry {
    this.map.put(key, value);
    this.writesLocal++;
    this.broadcastDelta();
    return this.map.get(key) as KvEntry;
  }

  delete(key: string): boolean {
    const deleted = this.map.delete(key);
    if (deleted) {
      this.writesLocal++;
      this.broadcastDelta();
    }
    return deleted;
  }

  get(key: string): KvEntry | undefined {
    return this.map.get(key);
  }

  /** Announces this node's version vector (each anti-entropy round). */
  announce(): void {
    this.options.broadcast({ type: 'vv', bytes: encodeVectorClock(this.map.versionVector()) });
  }

  forgetPeer(peer: string): void {
    this.announced.delete(peer);
  }

  private broadcastDelta(): void {
    const base = this.announced.size === 0 ? new VectorClock() : VectorClock.meet([...this.announced.values()]);
    this.options.broadcast({ type: 'delta', bytes: this.map.encodeDeltaSince(base) });
  }

  /** A gossip message from a member; returns true when this replica should pull from `from`. */
  receive(from: string, message: MapGossip): boolean {
    if (message.type === 'vv') {
      const vv = decodeVectorClock(message.bytes);
      this.announced.set(from, vv);
      return !vv.dominatedBy(this.map.versionVector()) ;
    }
    const result = this.apply(message.bytes);
    return result.needsSync;
  }

  /** Merges an encoded delta or state; CrdtError on bad bytes or clock drift (nothing applied). */
  apply(bytes: Uint8Array): MergeResult {
    const result = this.map.applyEncoded(bytes);
    if (result.changed) this.writesReplicated++;
    if (result.needsSync) this.needsSync++;
    return result;
  }

  // Anti-entropy, push-pull: the initiator sends its vector; the other side answers with
  // what the initiator lacks and its own vector; the initiator sends back what that lacks.
  syncRequest(): Uint8Array {
    return encodeVectorClock(this.map.versionVector());
  }

  syncAnswer(request: Uint8Array): { delta: Uint8Array; vv: Uint8Array } {
    return { delta: this.map.encodeDeltaSince(decodeVectorClock(request)), vv: encodeVectorClock(this.map.versionVector()) };
  }

  syncFinish(answer: { delta: Uint8Array; vv: Uint8Array }): Uint8Array {
    this.apply(answer.delta);
    return this.map.encodeDeltaSince(decodeVectorClock(answer.vv));
  }

  stats(): ReplicationStats {
    return { writesLocal: this.writesLocal, writesReplicated: this.writesReplicated, conflictsTotal: this.map.conflicts, keysStored: this.map.entries().length };
  }
}
