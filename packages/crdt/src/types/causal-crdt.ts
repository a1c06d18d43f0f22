/**
 * The shared machinery of every CRDT here: a dot store, the causal context of what this
 * replica has seen, the node id that mints new dots, and the kill journal that lets
 * `deltaSince(vv)` send only what a peer at `vv` lacks. A delta is a state of the same
 * type (delta-state CRDTs), so `merge` takes deltas and full states alike, in any
 * order, any number of times.
 */
import { CausalContext } from '../clock/causal-context.js';
import type { Dot } from '../clock/dot.js';
import type { VectorClock } from '../clock/vector-clock.js';
import { CrdtError } from '../errors.js';
import { checkLimit, resolveLimits, utf8Bytes, type CrdtLimits } from '../limits.js';
import { DotMap } from '../store/dot-map.js';
import { JoinSink, type DotStore } from '../store/dot-store.js';
import { KillJournal } from '../store/journal.js';
import { DotIndex } from '../store/dot-index.js';

/** A full state or a delta: live dots and the context they were seen in. */
export interface CausalState<S> {
  readonly store: S;
  readonly context: CausalContext;
  /**
   * A delta's base: the version vector it was computed for. Events at or below it that
   * removed dots the delta shows as removed are not in the delta; merging remembers the
   * base so that what this replica forwards stays complete.
   */
  readonly base?: VectorClock;
}

/** What `deltaSince` returns; `full` when the peer was too far behind for a delta. */
export interface Delta<S> extends CausalState<S> {
  readonly full: boolean;
}

export interface MergeResult {
  /** Whether anything new was learnt. */
  readonly changed: boolean;
  /** Keys whose value now holds concurrent writes because of this merge. */
  readonly conflicts: number;
  /**
   * The delta was built for a version vector (its base) this replica has not reached, for
   * instance because an earlier gossip message was lost: nothing was applied. Send this
   * replica's `versionVector()` to a peer and merge its `deltaSince` that (anti-entropy).
   */
  readonly needsSync: boolean;
}

/** Options of one `merge`. */
export interface MergeOptions {
  /**
   * Top-level keys this replica no longer keeps (time-based retention, `pruneKeys`): their
   * incoming entries are left out, their dots still count as seen, so a full state from a
   * peer that has not pruned yet cannot bring them back. Only map-shaped CRDTs have keys.
   */
  readonly drop?: (key: string) => boolean;
}

export interface CrdtOptions {
  readonly limits?: Partial<CrdtLimits>;
}

/** `store` without the top-level keys `drop` accepts (their dots go to `dropped`); other stores pass unchanged. */
function withoutKeys<S extends DotStore<S>>(store: S, drop: (key: string) => boolean, dropped: Dot[]): S {
  if (!(store instanceof DotMap)) return store;
  const entries = store.entries as Map<string, DotStore<unknown>>;
  const kept = new Map<string, DotStore<unknown>>();
  for (const [key, inner] of entries) {
    if (drop(key)) inner.forEachDot((d) => dropped.push(d));
    else kept.set(key, inner);
  }
  return (dropped.length === 0 ? store : new DotMap(store.empty, kept as never)) as unknown as S;
}

export abstract class CausalCrdt<S extends DotStore<S>> {
  readonly node: string;
  readonly limits: CrdtLimits;
  protected store: S;
  protected context = new CausalContext();
  protected readonly journal: KillJournal;
  /** Recent dots by key, for top-level maps (undefined for registers and counters). */
  protected readonly index: DotIndex | undefined;

  protected constructor(node: string, store: S, options: CrdtOptions = {}) {
    this.limits = resolveLimits(options.limits);
    if (node.length === 0) throw new CrdtError('INVALID_ARGUMENT', 'node id is empty', { argument: 'node', reason: 'empty' });
    checkLimit(this.limits, 'maxNodeIdBytes', utf8Bytes(node));
    this.node = node;
    this.store = store;
    this.journal = new KillJournal(this.limits.maxJournalRecords);
    this.index = store instanceof DotMap ? new DotIndex(this.limits.maxIndexedDotsPerNode) : undefined;
  }

  /** Everything up to these counters has been seen here. */
  versionVector(): VectorClock {
    return this.context.versionVector();
  }

  /** A copy of the full state (to encode, or to merge elsewhere). */
  state(): CausalState<S> {
    return { store: this.store.clone(), context: this.context.clone() };
  }

  /** What a replica at `vv` lacks: new dots plus the removals it has not seen. */
  deltaSince(vv: VectorClock): Delta<S> {
    const killed = this.journal.collect(vv);
    if (killed === undefined) return { ...this.state(), full: true };
    const context = this.context.above(vv).merge(killed);
    if (context.widestNode() > this.limits.maxRangesPerNode) return { ...this.state(), full: true };
    const keep = (d: Dot): boolean => d.counter > vv.get(d.node);
    const candidates = this.index?.candidates(vv);
    const store = candidates !== undefined && this.store instanceof DotMap ? (this.store.restrictKeys(candidates, keep) as unknown as S) : this.store.restrict(keep);
    return { store, context, full: false, base: vv.clone() };
  }

  /** Joins a delta or a full state; idempotent, commutative, associative. */
  merge(incoming: CausalState<S>, options: MergeOptions = {}): MergeResult {
    const { context: theirs, base } = incoming;
    const dropped: Dot[] = [];
    const theirStore = options.drop === undefined ? incoming.store : withoutKeys(incoming.store, options.drop, dropped);
    // A delta leaves out what its base covers; applied to a replica that has not seen all
    // of the base, it could make it claim events whose removals it was never told about.
    if (base !== undefined && !this.context.covers(base)) return { changed: false, conflicts: 0, needsSync: true };
    if (theirs.isSubsetOf(this.context)) return { changed: false, conflicts: 0, needsSync: false };
    const fresh = theirs.subtract(this.context);
    const merged = this.context.clone().merge(theirs);
    let overlap = theirs.count() - fresh.count();
    if (!Number.isSafeInteger(overlap)) overlap = Number.POSITIVE_INFINITY;
    const sink = new JoinSink();
    if (this.store instanceof DotMap && theirStore instanceof DotMap) {
      const keysToScan = (): Set<string> | undefined => this.index?.keysWithin(theirs.subtract(fresh));
      this.store.joinTop(theirStore, this.context, theirs, sink, overlap, keysToScan);
    } else {
      this.store.join(theirStore, this.context, theirs, sink);
    }
    this.context = merged;
    if (this.index !== undefined) {
      for (let i = 0; i < sink.addedKeys.length; i++) {
        const d = sink.added[i] as Dot;
        this.index.add(d.node, d.counter, sink.addedKeys[i] as string);
      }
    }
    const killed = CausalContext.ofDots(sink.killed, false);
    killed.merge(fresh.subtract(CausalContext.ofDots(sink.added, false)));
    // Dots left out by `drop` are retention, not removals: peers are not told to drop them.
    const notKilled = dropped.length === 0 ? killed : killed.subtract(CausalContext.ofDots(dropped, false));
    if (!notKilled.isEmpty) {
      // Who has seen the base and every new event has seen whatever killed these dots.
      const guard = fresh.maxima();
      if (base !== undefined) guard.merge(base);
      this.journal.record(guard, notKilled);
    }
    return { changed: true, conflicts: sink.conflicts, needsSync: false };
  }

  /**
   * Prunes a node that left the federation: its live dots are re-issued as this node's
   * and all its events are marked seen, so its entries cannot come back. Exactly one
   * replica (chosen by the caller, e.g. the Raft leader) prunes a given node.
   */
  prune(removed: string): void {
    if (removed === this.node) throw new CrdtError('INVALID_ARGUMENT', 'a node cannot prune itself', { argument: 'removed', reason: removed });
    const killed: Dot[] = [];
    const mint = (): Dot => {
      const d = this.context.next(this.node);
      this.context.add(d);
      return d;
    };
    this.store.retag(removed, mint, killed);
    this.context.seal(removed);
    const store = this.store;
    if (this.index !== undefined && store instanceof DotMap) {
      this.index.rebuild((add) => {
        for (const [key, inner] of (store.entries as Map<string, { forEachDot(visit: (d: Dot) => void): void }>)) inner.forEachDot((d) => add(d.node, d.counter, key));
      });
    }
    if (killed.length > 0) this.journal.recordLocal(this.node, this.context.max(this.node), killed);
  }

  /**
   * Retention: drops every top-level key `drop` accepts and returns how many went. Their
   * dots stay in the causal context (seen), so no merge brings them back and no dot is
   * ever minted twice; nothing is journaled, so `deltaSince` neither resends them nor tells
   * a peer that still holds them to remove them (every replica prunes itself, with the
   * same predicate, and passes it to `merge` as `drop`). For a predicate that only grows
   * (a horizon that moves forward), pruning commutes with merging: replicas that prune at
   * different times end equal once all have pruned at the final horizon.
   */
  pruneKeys(drop: (key: string) => boolean): number {
    const store = this.store;
    if (!(store instanceof DotMap)) throw new CrdtError('INVALID_ARGUMENT', 'only map-shaped CRDTs have keys to prune', { argument: 'drop', reason: 'not a map' });
    let pruned = 0;
    for (const key of [...(store.entries as Map<string, unknown>).keys()]) {
      if (!drop(key)) continue;
      store.entries.delete(key);
      pruned++;
    }
    return pruned;
  }

  /** Drops the seal of a pruned node, once every replica has merged the pruning. */
  forgetPruned(removed: string): void {
    if (this.context.sealed(removed)) this.context.forget(removed);
  }

  /** Mints this node's next dot, applies a mutation and journals the dots it overwrote. */
  protected mutate(apply: (dot: Dot) => readonly Dot[]): Dot {
    const d = { node: this.node, counter: this.context.bump(this.node) };
    this.journalKills(d.counter, apply(d));
    return d;
  }

  /** Mints this node's next dot (the fast path of `mutate` for callers that journal themselves). */
  protected mintCounter(): number {
    return this.context.bump(this.node);
  }

  /** Journals the dots a mutation with dot counter `counter` of this node overwrote. */
  protected journalKills(counter: number, killed: readonly Dot[]): void {
    if (killed.length > 0) this.journal.recordLocal(this.node, counter, killed);
  }

  /** Journals the one dot (`killedNode`, `killedCounter`) a mutation with dot counter `counter` overwrote. */
  protected journalKill(counter: number, killedNode: string, killedCounter: number): void {
    this.journal.recordLocalOne(this.node, counter, killedNode, killedCounter);
  }

  /** Notes that a mutation put this node's dot `counter` under top-level `key`. */
  protected indexDot(counter: number, key: string): void {
    this.index?.add(this.node, counter, key);
  }

  protected checkKey(key: string): void {
    // A UTF-16 code unit takes at most 3 UTF-8 bytes: short keys need no counting.
    if (key.length * 3 <= this.limits.maxKeyBytes) return;
    checkLimit(this.limits, 'maxKeyBytes', utf8Bytes(key));
  }
}
