/**
 * The transport-independent replication protocol between a node and its parent.
 *
 * Child side: it keeps the version vectors its current parent last announced (`ack`)
 * and sends what the parent lacks, as deltas built against them (`deltaSince`), so every
 * delta's base is one the parent has reached: lost, duplicated or reordered messages
 * never make a delta unusable, and merging twice changes nothing. Without an
 * announcement (start, or a new parent after failover) it sends `hello` first. Each
 * anti-entropy `tick` re-sends what is still uncovered, or a `hello` to refresh the
 * parent's vectors. Parent side: it merges each part and answers with its own vectors.
 * A node's changes (local writes or merged children) are pushed on `flush`.
 */
import { decodeVectorClock, encodeVectorClock, VectorClock } from '@continuum/crdt';
import { ContinuumError } from '../errors.js';
import type { MetadataKind, MetadataReplica } from './replica.js';
import { metadataKinds, rollupKinds } from './replica.js';
import type { SyncMessage, SyncPart } from './wire.js';

export interface SyncOptions {
  readonly replica: MetadataReplica;
  /** The kinds this node sends up: a leaf adds its per-post records. */
  readonly upward: readonly MetadataKind[];
  /** The current parent's id (federation state), or undefined at the root. */
  readonly parent: () => string | undefined;
  readonly send: (to: string, message: SyncMessage) => void;
  /**
   * Whether local writes may go out now (default: always). A running node answers false
   * until its local writes are on disk, so a parent never holds a dot its writer could
   * lose in a crash and hand out again to a different post.
   */
  readonly canPush?: () => boolean;
  /** Called when a peer's message could not be applied (bad bytes): penalise it. */
  readonly onInvalid?: (peer: string, error: unknown) => void;
}

export interface SyncStats {
  pushes: number;
  hellos: number;
  acks: number;
  merges: number;
  needsSync: number;
}

export function upwardKinds(tier: string): readonly MetadataKind[] {
  return tier === 'leaf' ? metadataKinds : rollupKinds;
}

export class MetadataSync {
  private parentId: string | undefined;
  private known: Map<MetadataKind, VectorClock> | undefined;
  private dirty = true;
  readonly stats: SyncStats = { pushes: 0, hellos: 0, acks: 0, merges: 0, needsSync: 0 };

  constructor(private readonly options: SyncOptions) {}

  get self(): string {
    return this.options.replica.node;
  }

  /** The parent's vectors as last announced (undefined before its first ack). */
  parentVersions(): ReadonlyMap<MetadataKind, VectorClock> | undefined {
    return this.known;
  }

  /** Whether the current parent has announced everything this node sends up. */
  caughtUp(): boolean {
    const parent = this.options.parent();
    if (parent === undefined) return true;
    if (parent !== this.parentId || this.known === undefined) return false;
    return this.behind().length === 0;
  }

  /** Something changed locally or by a merge: `flush` pushes it. */
  markDirty(): void {
    this.dirty = true;
  }

  /** Pushes pending changes to the parent now (called after writes and merges). */
  flush(): void {
    if (!this.dirty) return;
    this.dirty = false;
    this.pushOrHello(false);
  }

  /** Anti-entropy round: re-send what the parent has not announced, or ask for its vectors. */
  tick(): void {
    this.pushOrHello(true);
  }

  receive(from: string, message: SyncMessage): void {
    try {
      if (message.type === 'ack') this.onAck(from, message.parts);
      else this.onPushOrHello(from, message);
    } catch (error) {
      this.options.onInvalid?.(from, error);
    }
  }

  private currentParent(): string | undefined {
    const parent = this.options.parent();
    if (parent !== this.parentId) {
      // A new parent (failover): it may know nothing of us; learn its vectors first.
      this.parentId = parent;
      this.known = undefined;
    }
    return parent;
  }

  private behind(): MetadataKind[] {
    const known = this.known;
    if (known === undefined) return [...this.options.upward];
    return this.options.upward.filter((kind) => !this.options.replica.coveredBy(kind, known.get(kind) ?? new VectorClock()));
  }

  private pushOrHello(helloWhenCaughtUp: boolean): void {
    const parent = this.currentParent();
    if (parent === undefined || parent === this.self) return;
    if (this.known === undefined) {
      this.stats.hellos++;
      this.options.send(parent, { type: 'hello', from: this.self });
      return;
    }
    const kinds = this.behind();
    if (kinds.length === 0) {
      if (helloWhenCaughtUp) {
        this.stats.hellos++;
        this.options.send(parent, { type: 'hello', from: this.self });
      }
      return;
    }
    if (this.options.canPush?.() === false) {
      // Held back until the local writes are durable: the owner flushes again then.
      this.dirty = true;
      return;
    }
    const known = this.known;
    const parts: SyncPart[] = kinds.map((kind) => ({ kind, bytes: this.options.replica.encodeDelta(kind, known.get(kind) ?? new VectorClock()) }));
    this.stats.pushes++;
    this.options.send(parent, { type: 'push', from: this.self, parts });
  }

  private onAck(from: string, parts: readonly SyncPart[]): void {
    if (from !== this.currentParent()) return;
    const known = new Map(this.known ?? []);
    let changed = this.known === undefined;
    for (const part of parts) {
      const vv = decodeVectorClock(part.bytes);
      const before = known.get(part.kind);
      if (before === undefined || !vv.equals(before)) changed = true;
      // The parent's word replaces what we believed, also when it is less: a parent that
      // restarted from an older state (a crash before it saved) must be sent that again.
      // A late, stale ack costs a re-send at most; merging twice changes nothing.
      known.set(part.kind, vv);
    }
    this.known = known;
    this.stats.acks++;
    // A fresh announcement that still lacks something: send it now rather than next tick.
    if (changed && this.behind().length > 0) this.pushOrHello(false);
  }

  private onPushOrHello(from: string, message: Exclude<SyncMessage, { type: 'ack' }>): void {
    const replica = this.options.replica;
    if (message.type === 'push') {
      let changed = false;
      for (const part of message.parts) {
        const result = replica.mergeEncoded(part.kind, part.bytes);
        this.stats.merges++;
        if (result.needsSync) this.stats.needsSync++;
        changed ||= result.changed;
      }
      if (changed) this.dirty = true;
    }
    const kinds = message.type === 'push' ? message.parts.map((part) => part.kind) : metadataKinds;
    const unique = [...new Set(kinds)];
    if (unique.length === 0) throw new ContinuumError('PEER_MESSAGE_INVALID', 'push without parts', { peer: from, protocol: '/continuum/sync/1.0.0', reason: 'empty push' });
    this.options.send(from, { type: 'ack', from: this.self, parts: unique.map((kind) => ({ kind, bytes: encodeVectorClock(replica.versionVector(kind)) })) });
  }
}
