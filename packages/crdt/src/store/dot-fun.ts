/**
 * DotFun: a map from dots to values (registers and counters hold one entry per
 * concurrent writer, usually one). A dot always carries the value it was minted with, so
 * two replicas never disagree on the value of a shared dot. A single entry is kept inline
 * in the store object (one allocation per key of a large map instead of three); several
 * go in a list. `entries` hands out copies: change a store only through its methods.
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
  // The inline entry, valid when #list is undefined and #counter > 0.
  #node = '';
  #counter = 0;
  #value: V | undefined;
  #list: DotEntry<V>[] | undefined;

  constructor(entries?: readonly DotEntry<V>[]) {
    if (entries !== undefined && entries.length > 0) this.#set(entries);
  }

  /** A store of one entry, without building a list. */
  static single<V>(node: string, counter: number, value: V): DotFun<V> {
    const store = new DotFun<V>();
    store.#node = node;
    store.#counter = counter;
    store.#value = value;
    return store;
  }

  /** The entries (a fresh array; for a single entry, a fresh entry object too). */
  get entries(): DotEntry<V>[] {
    if (this.#list !== undefined) return this.#list.slice();
    if (this.#counter === 0) return [];
    return [{ node: this.#node, counter: this.#counter, value: this.#value as V }];
  }

  isEmpty(): boolean {
    return this.#list === undefined && this.#counter === 0;
  }

  get size(): number {
    return this.#list !== undefined ? this.#list.length : this.#counter === 0 ? 0 : 1;
  }

  has(dot: Dot): boolean {
    if (this.#list === undefined) return this.#counter === dot.counter && this.#counter !== 0 && this.#node === dot.node;
    for (const e of this.#list) if (e.counter === dot.counter && e.node === dot.node) return true;
    return false;
  }

  /** The node of the only entry ('' unless the store holds exactly one entry). */
  get soleNode(): string {
    return this.#list === undefined ? this.#node : '';
  }

  /** The counter of the only entry (0 unless the store holds exactly one entry). */
  get soleCounter(): number {
    return this.#list === undefined ? this.#counter : 0;
  }

  /** The value of the only entry (undefined unless the store holds exactly one entry). */
  get soleValue(): V | undefined {
    return this.#list === undefined && this.#counter !== 0 ? this.#value : undefined;
  }

  /** Replaces every entry with one new entry, without reporting what it overwrote (read it first). */
  replace(node: string, counter: number, value: V): void {
    this.#list = undefined;
    this.#node = node;
    this.#counter = counter;
    this.#value = value;
  }

  /** Replaces every entry with one new entry; returns the dots it overwrote. */
  assign(dot: Dot, value: V): Dot[] {
    const killed: Dot[] = this.entries;
    this.#list = undefined;
    this.#node = dot.node;
    this.#counter = dot.counter;
    this.#value = value;
    return killed;
  }

  /** Adds an entry beside the others. */
  add(entry: DotEntry<V>): void {
    if (this.isEmpty()) {
      this.#node = entry.node;
      this.#counter = entry.counter;
      this.#value = entry.value;
      return;
    }
    this.#set([...this.entries, entry]);
  }

  /** Removes the entries `drop` selects; returns them. */
  removeWhere(drop: (entry: DotEntry<V>) => boolean): DotEntry<V>[] {
    const killed: DotEntry<V>[] = [];
    const kept: DotEntry<V>[] = [];
    for (const e of this.entries) (drop(e) ? killed : kept).push(e);
    if (killed.length > 0) this.#set(kept);
    return killed;
  }

  forEachDot(visit: (dot: Dot) => void): void {
    for (const e of this.entries) visit(e);
  }

  /** Calls `visit` with every value, without copying entries. */
  forEachValue(visit: (value: V) => void): void {
    if (this.#list !== undefined) for (const e of this.#list) visit(e.value);
    else if (this.#counter !== 0) visit(this.#value as V);
  }

  join(other: DotFun<V>, mine: CausalContext, theirs: CausalContext, sink: JoinSink): void {
    // Fast path of a merge into a key this side does not hold: adopt the other's single entry.
    if (this.isEmpty() && other.#list === undefined) {
      if (other.#counter === 0) return;
      if (mine.hasCounter(other.#node, other.#counter)) {
        sink.seen++;
        return;
      }
      this.#node = other.#node;
      this.#counter = other.#counter;
      this.#value = other.#value;
      sink.added.push({ node: this.#node, counter: this.#counter });
      return;
    }
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
    this.#set(kept);
  }

  dropSeen(theirs: CausalContext, sink: JoinSink): void {
    const entries = this.entries;
    if (!entries.some((e) => theirs.has(e))) return;
    this.#set(entries.filter((e) => {
      if (!theirs.has(e)) return true;
      sink.killed.push(e);
      return false;
    }));
  }

  restrict(keep: (dot: Dot) => boolean): DotFun<V> {
    return new DotFun(this.entries.filter(keep));
  }

  retag(removed: string, mint: () => Dot, killed: Dot[]): void {
    this.#set(this.entries.map((e) => {
      if (e.node !== removed) return e;
      killed.push(e);
      const fresh = mint();
      return { node: fresh.node, counter: fresh.counter, value: e.value };
    }));
  }

  clone(): DotFun<V> {
    return new DotFun(this.entries);
  }

  #set(entries: readonly DotEntry<V>[]): void {
    if (entries.length > 1) {
      this.#list = entries.slice();
      return;
    }
    this.#list = undefined;
    const only = entries[0];
    this.#node = only?.node ?? '';
    this.#counter = only?.counter ?? 0;
    this.#value = only?.value;
  }
}
