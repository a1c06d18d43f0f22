/**
 * DotFun: a map from dots to values, held as a small array (registers and counters
 * hold one entry per concurrent writer, usually one). A dot always carries the value
 * it was minted with, so two replicas never disagree on the value of a shared dot.
 */
import type { CausalContext } from '../clock/causal-context.js';
import type { Dot } from '../clock/dot.js';
import type { DotStore, JoinSink } from './dot-store.js';

export interface DotEntry<V> {
  readonly node: string;
  readonly counter: number;
  readonly value: V;
}

export class DotFun<V> implements DotStore<DotFun<V>> {
  entries: DotEntry<V>[];

  constructor(entries: DotEntry<V>[] = []) {
    this.entries = entries;
  }

  isEmpty(): boolean {
    return this.entries.length === 0;
  }

  get size(): number {
    return this.entries.length;
  }

  has(dot: Dot): boolean {
    for (const e of this.entries) if (e.counter === dot.counter && e.node === dot.node) return true;
    return false;
  }

  /** Replaces every entry with one new entry; returns the dots it overwrote. */
  assign(dot: Dot, value: V): Dot[] {
    const killed: Dot[] = this.entries;
    this.entries = [{ node: dot.node, counter: dot.counter, value }];
    return killed;
  }

  /** Removes the entries `drop` selects; returns their dots. */
  removeWhere(drop: (entry: DotEntry<V>) => boolean): DotEntry<V>[] {
    const killed: DotEntry<V>[] = [];
    const kept: DotEntry<V>[] = [];
    for (const e of this.entries) (drop(e) ? killed : kept).push(e);
    this.entries = kept;
    return killed;
  }

  forEachDot(visit: (dot: Dot) => void): void {
    for (const e of this.entries) visit(e);
  }

  join(other: DotFun<V>, mine: CausalContext, theirs: CausalContext, sink: JoinSink): void {
    const kept: DotEntry<V>[] = [];
    for (const e of this.entries) {
      if (other.has(e) || !theirs.has(e)) kept.push(e);
      else sink.killed.push(e);
    }
    let added = 0;
    for (const e of other.entries) {
      if (this.has(e) || mine.has(e)) {
        sink.seen++;
      } else {
        kept.push(e);
        sink.added.push(e);
        added++;
      }
    }
    // A new value beside others that survive is a concurrent write: a conflict.
    if (added > 0 && kept.length > 1) sink.conflicts++;
    this.entries = kept;
  }

  dropSeen(theirs: CausalContext, sink: JoinSink): void {
    let dropped = false;
    for (const e of this.entries) if (theirs.has(e)) { dropped = true; break; }
    if (!dropped) return;
    this.entries = this.entries.filter((e) => {
      if (!theirs.has(e)) return true;
      sink.killed.push(e);
      return false;
    });
  }

  restrict(keep: (dot: Dot) => boolean): DotFun<V> {
    return new DotFun(this.entries.filter(keep));
  }

  retag(removed: string, mint: () => Dot, killed: Dot[]): void {
    this.entries = this.entries.map((e) => {
      if (e.node !== removed) return e;
      killed.push(e);
      const fresh = mint();
      return { node: fresh.node, counter: fresh.counter, value: e.value };
    });
  }

  clone(): DotFun<V> {
    return new DotFun(this.entries.slice());
  }
}
