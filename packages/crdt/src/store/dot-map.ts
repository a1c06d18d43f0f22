/**
 * DotMap: keys to nested dot stores sharing one causal context (ORSet, ORMap, the KV
 * map). A key exists while its nested store holds a live dot; removing a key drops its
 * dots, which stay in the context, so no tombstone is kept.
 */
import type { CausalContext } from '../clock/causal-context.js';
import type { Dot } from '../clock/dot.js';
import type { DotStore, JoinSink } from './dot-store.js';

export class DotMap<S extends DotStore<S>> implements DotStore<DotMap<S>> {
  readonly entries: Map<string, S>;
  readonly empty: () => S;

  constructor(empty: () => S, entries: Map<string, S> = new Map()) {
    this.empty = empty;
    this.entries = entries;
  }

  isEmpty(): boolean {
    return this.entries.size === 0;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The nested store of `key`, created empty if absent (the caller removes it if left empty). */
  slot(key: string): S {
    let inner = this.entries.get(key);
    if (inner === undefined) {
      inner = this.empty();
      this.entries.set(key, inner);
    }
    return inner;
  }

  /** Deletes `key`'s nested store when it holds nothing. */
  tidy(key: string): void {
    const inner = this.entries.get(key);
    if (inner !== undefined && inner.isEmpty()) this.entries.delete(key);
  }

  /** Removes a key; returns its live dots (now removed). */
  remove(key: string): Dot[] {
    const inner = this.entries.get(key);
    if (inner === undefined) return [];
    const killed: Dot[] = [];
    inner.forEachDot((d) => killed.push(d));
    this.entries.delete(key);
    return killed;
  }

  forEachDot(visit: (dot: Dot) => void): void {
    for (const inner of this.entries.values()) inner.forEachDot(visit);
  }

  join(other: DotMap<S>, mine: CausalContext, theirs: CausalContext, sink: JoinSink): void {
    this.joinKeys(other, mine, theirs, sink, false);
    for (const [key, inner] of this.entries) {
      if (other.entries.has(key)) continue;
      inner.dropSeen(theirs, sink);
      if (inner.isEmpty()) this.entries.delete(key);
    }
  }

  /**
   * The top-level join: the scan of keys only this side has (to find dots the other side
   * removed) is skipped when every dot the other side removed, among those this side had
   * seen (`removedSeen`), was already found under keys both sides hold.
   */
  joinTop(other: DotMap<S>, mine: CausalContext, theirs: CausalContext, sink: JoinSink, overlap: number, keysToScan: () => Iterable<string> | undefined): void {
    this.joinKeys(other, mine, theirs, sink, true);
    const removedSeen = overlap - sink.seen;
    if (sink.killed.length >= removedSeen) return;
    // Only keys that may hold a dot the other side has seen need a look (all, without an index).
    for (const key of keysToScan() ?? [...this.entries.keys()]) {
      const inner = this.entries.get(key);
      if (inner === undefined || other.entries.has(key)) continue;
      inner.dropSeen(theirs, sink);
      if (inner.isEmpty()) this.entries.delete(key);
    }
  }

  private joinKeys(other: DotMap<S>, mine: CausalContext, theirs: CausalContext, sink: JoinSink, top = false): void {
    for (const [key, theirInner] of other.entries) {
      const inner = this.entries.get(key);
      if (inner !== undefined) {
        inner.join(theirInner, mine, theirs, sink);
        if (inner.isEmpty()) this.entries.delete(key);
      } else {
        const fresh = this.empty();
        fresh.join(theirInner, mine, theirs, sink);
        if (!fresh.isEmpty()) this.entries.set(key, fresh);
      }
      if (top) while (sink.addedKeys.length < sink.added.length) sink.addedKeys.push(key);
    }
  }

  /** Like `restrict`, visiting only `keys`. */
  restrictKeys(keys: Iterable<string>, keep: (dot: Dot) => boolean): DotMap<S> {
    const out = new DotMap(this.empty);
    for (const key of keys) {
      const inner = this.entries.get(key);
      if (inner === undefined) continue;
      const part = inner.restrict(keep);
      if (!part.isEmpty()) out.entries.set(key, part);
    }
    return out;
  }

  dropSeen(theirs: CausalContext, sink: JoinSink): void {
    for (const [key, inner] of this.entries) {
      inner.dropSeen(theirs, sink);
      if (inner.isEmpty()) this.entries.delete(key);
    }
  }

  restrict(keep: (dot: Dot) => boolean): DotMap<S> {
    const out = new DotMap(this.empty);
    for (const [key, inner] of this.entries) {
      const part = inner.restrict(keep);
      if (!part.isEmpty()) out.entries.set(key, part);
    }
    return out;
  }

  retag(removed: string, mint: () => Dot, killed: Dot[]): void {
    for (const inner of this.entries.values()) inner.retag(removed, mint, killed);
  }

  clone(): DotMap<S> {
    const out = new DotMap(this.empty);
    for (const [key, inner] of this.entries) out.entries.set(key, inner.clone());
    return out;
  }
}
