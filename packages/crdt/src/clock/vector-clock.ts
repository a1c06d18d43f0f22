/**
 * Vector clocks and version vectors: node id → counter, a missing node counting as 0.
 * `compare` answers exactly as the federation design's pseudo-code, with `equal` for
 * identical clocks. The same class serves as the version vector a replica reports
 * ("I have seen every event of node n up to counter v").
 */
import { CrdtError } from '../errors.js';
import { defaultLimits } from '../limits.js';

export type ClockOrder = 'before' | 'after' | 'equal' | 'concurrent';

export class VectorClock {
  readonly #counters: Map<string, number>;

  constructor(entries?: Iterable<readonly [string, number]>) {
    this.#counters = new Map();
    if (entries) for (const [node, counter] of entries) this.set(node, counter);
  }

  /** A clock from a plain object such as `{ A: 1, B: 0 }`. */
  static from(record: Readonly<Record<string, number>>): VectorClock {
    return new VectorClock(Object.entries(record));
  }

  get(node: string): number {
    return this.#counters.get(node) ?? 0;
  }

  /** Sets a counter; 0 removes the entry (absent and 0 are the same). */
  set(node: string, counter: number): this {
    if (!Number.isSafeInteger(counter) || counter < 0) {
      throw new CrdtError('INVALID_ARGUMENT', 'a clock counter is a non-negative safe integer', { argument: 'counter', reason: String(counter) });
    }
    if (counter === 0) {
      this.#counters.delete(node);
      return this;
    }
    if (!this.#counters.has(node) && this.#counters.size >= defaultLimits.maxNodesPerClock) {
      throw new CrdtError('LIMIT_EXCEEDED', 'maxNodesPerClock exceeded', { limit: 'maxNodesPerClock', max: defaultLimits.maxNodesPerClock, actual: this.#counters.size + 1 });
    }
    this.#counters.set(node, counter);
    return this;
  }

  /** Counts one more event of `node`; returns the new counter. */
  increment(node: string): number {
    const next = this.get(node) + 1;
    this.set(node, next);
    return next;
  }

  /** Pointwise maximum, in place. */
  merge(other: VectorClock): this {
    for (const [node, counter] of other.entries()) {
      if (counter > this.get(node)) this.set(node, counter);
    }
    return this;
  }

  /**
   * Pointwise minimum (what every one of the clocks has seen). A delta broadcast to many
   * peers is built for the meet of the version vectors they last announced, so that each
   * of them has its base.
   */
  static meet(clocks: readonly VectorClock[]): VectorClock {
    const [first, ...rest] = clocks;
    if (first === undefined) return new VectorClock();
    const out = new VectorClock();
    for (const [node, counter] of first.entries()) {
      let low = counter;
      for (const other of rest) low = Math.min(low, other.get(node));
      if (low > 0) out.set(node, low);
    }
    return out;
  }

  compare(other: VectorClock): ClockOrder {
    return compareClocks(this, other);
  }

  /** True when every event this clock names is also in `other`. */
  dominatedBy(other: VectorClock): boolean {
    for (const [node, counter] of this.#counters) if (counter > other.get(node)) return false;
    return true;
  }

  /** Drops a removed node's entry (pruning after it left the federation). */
  prune(node: string): this {
    this.#counters.delete(node);
    return this;
  }

  entries(): IterableIterator<[string, number]> {
    return this.#counters.entries();
  }

  nodes(): IterableIterator<string> {
    return this.#counters.keys();
  }

  get size(): number {
    return this.#counters.size;
  }

  clone(): VectorClock {
    return new VectorClock(this.#counters);
  }

  /** Entries sorted by node id (stable for encoding and display). */
  toJSON(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const node of [...this.#counters.keys()].sort()) out[node] = this.#counters.get(node) as number;
    return out;
  }

  equals(other: VectorClock): boolean {
    return compareClocks(this, other) === 'equal';
  }
}

/** A version vector is a vector clock read as "seen everything up to". */
export type VersionVector = VectorClock;

export function compareClocks(a: VectorClock, b: VectorClock): ClockOrder {
  let aLess = false;
  let bLess = false;
  for (const [node, counter] of a.entries()) {
    const other = b.get(node);
    if (counter < other) aLess = true;
    else if (counter > other) bLess = true;
  }
  for (const [node, counter] of b.entries()) {
    if (a.get(node) < counter) aLess = true;
  }
  if (aLess && bLess) return 'concurrent';
  if (aLess) return 'before';
  if (bLess) return 'after';
  return 'equal';
}
