/**
 * A causal context: the set of dots (events) a replica has seen, whether their effect
 * is still alive in its store or has since been overwritten or removed. Kept per node
 * as ranges, so it stays one range [1, n] per node under in-order delivery and grows
 * only by the gaps that out-of-order delivery leaves (bounded by maxRangesPerNode).
 * Seeing a dot in the context but not in the store is what "removed" means: no
 * tombstones are kept.
 */
import { CrdtError } from '../errors.js';
import { defaultLimits } from '../limits.js';
import type { Dot } from './dot.js';
import { rangesAbove, rangesAdd, rangesCount, rangesHas, rangesSubtract, rangesUnion, type Ranges } from './ranges.js';
import { VectorClock } from './vector-clock.js';

/** A dot counter no node reaches: the top of a pruned node's "seen everything" range. */
export const prunedCounter = Number.MAX_SAFE_INTEGER;

export class CausalContext {
  readonly #ranges: Map<string, Ranges> = new Map();
  readonly #bounded: boolean;

  /** `bounded: false` is for internal bookkeeping (kill journal) that has limits of its own. */
  constructor(bounded = true) {
    this.#bounded = bounded;
  }

  /** A context of the given dots (any order). */
  static ofDots(dots: readonly Dot[], bounded = true): CausalContext {
    const out = new CausalContext(bounded);
    const byNode = new Map<string, number[]>();
    for (const d of dots) {
      const list = byNode.get(d.node);
      if (list === undefined) byNode.set(d.node, [d.counter]);
      else list.push(d.counter);
    }
    for (const [node, counters] of byNode) {
      counters.sort((a, b) => a - b);
      const ranges: Ranges = [];
      for (const c of counters) rangesAdd(ranges, c);
      out.#store(node, ranges);
    }
    return out;
  }

  has(dot: Dot): boolean {
    const ranges = this.#ranges.get(dot.node);
    return ranges !== undefined && rangesHas(ranges, dot.counter);
  }

  hasCounter(node: string, counter: number): boolean {
    const ranges = this.#ranges.get(node);
    return ranges !== undefined && rangesHas(ranges, counter);
  }

  add(dot: Dot): this {
    const ranges = this.#ranges.get(dot.node);
    if (ranges === undefined) {
      this.#checkNodes(1);
      this.#ranges.set(dot.node, [dot.counter, dot.counter]);
    } else {
      this.#store(dot.node, rangesAdd(ranges, dot.counter));
    }
    return this;
  }

  /** Mints `node`'s next dot in place (one past its highest) and returns its counter. */
  bump(node: string): number {
    const ranges = this.#ranges.get(node);
    if (ranges === undefined || ranges.length === 0) {
      this.add({ node, counter: 1 });
      return 1;
    }
    const last = ranges.length - 1;
    const counter = (ranges[last] as number) + 1;
    ranges[last] = counter;
    return counter;
  }

  /** Adds the inclusive range [lo, hi] of `node`'s dots. */
  addRange(node: string, lo: number, hi: number): this {
    return this.addRanges(node, [lo, hi]);
  }

  addRanges(node: string, ranges: Ranges): this {
    if (ranges.length === 0) return this;
    const current = this.#ranges.get(node);
    if (current === undefined) this.#checkNodes(1);
    this.#store(node, current === undefined ? ranges.slice() : rangesUnion(current, ranges));
    return this;
  }

  /** Highest counter of `node` seen (0 if none). */
  max(node: string): number {
    const ranges = this.#ranges.get(node);
    return ranges === undefined || ranges.length === 0 ? 0 : (ranges[ranges.length - 1] as number);
  }

  /** The next dot `node` mints: one past everything of it seen so far. */
  next(node: string): Dot {
    return { node, counter: this.max(node) + 1 };
  }

  /** Contiguous prefix per node: everything up to v is seen (a version vector). */
  versionVector(): VectorClock {
    const vv = new VectorClock();
    for (const [node, ranges] of this.#ranges) {
      if (ranges[0] === 1) vv.set(node, Math.min(ranges[1] as number, prunedCounter));
    }
    return vv;
  }

  /** Highest counter per node (an over-approximation used as a guard). */
  maxima(): VectorClock {
    const vv = new VectorClock();
    for (const node of this.#ranges.keys()) vv.set(node, this.max(node));
    return vv;
  }

  merge(other: CausalContext): this {
    for (const [node, ranges] of other.#ranges) this.addRanges(node, ranges);
    return this;
  }

  /** The dots of this context above `vv` (what a peer at `vv` may not have seen). */
  above(vv: VectorClock): CausalContext {
    const out = new CausalContext(false);
    for (const [node, ranges] of this.#ranges) {
      const kept = rangesAbove(ranges, vv.get(node));
      if (kept.length > 0) out.#ranges.set(node, kept);
    }
    return out;
  }

  /** Dots in this context and not in `other`. */
  subtract(other: CausalContext): CausalContext {
    const out = new CausalContext(false);
    for (const [node, ranges] of this.#ranges) {
      const theirs = other.#ranges.get(node);
      const kept = theirs === undefined ? ranges.slice() : rangesSubtract(ranges, theirs);
      if (kept.length > 0) out.#ranges.set(node, kept);
    }
    return out;
  }

  /** True when every dot of this context is in `other`. */
  isSubsetOf(other: CausalContext): boolean {
    for (const [node, ranges] of this.#ranges) {
      const theirs = other.#ranges.get(node);
      if (theirs === undefined) return false;
      if (rangesSubtract(ranges, theirs).length > 0) return false;
    }
    return true;
  }

  /** True when this context has seen every dot up to `vv` (its version vector dominates it). */
  covers(vv: VectorClock): boolean {
    for (const [node, counter] of vv.entries()) {
      const ranges = this.#ranges.get(node);
      if (ranges === undefined || ranges[0] !== 1 || (ranges[1] as number) < counter) return false;
    }
    return true;
  }

  /** True when every dot of this context is at or below `vv`. */
  coveredBy(vv: VectorClock): boolean {
    for (const node of this.#ranges.keys()) if (this.max(node) > vv.get(node)) return false;
    return true;
  }

  /** Marks every dot of a removed node as seen, so nothing of it can come back. */
  seal(node: string): this {
    this.#ranges.set(node, [1, prunedCounter]);
    return this;
  }

  sealed(node: string): boolean {
    return this.max(node) === prunedCounter;
  }

  get isEmpty(): boolean {
    return this.#ranges.size === 0;
  }

  nodes(): IterableIterator<string> {
    return this.#ranges.keys();
  }

  /** Per node, its ranges (flattened [lo, hi, ...]); read-only view for encoders. */
  entries(): IterableIterator<[string, readonly number[]]> {
    return this.#ranges.entries();
  }

  /** Number of dots (ranges expanded). */
  count(): number {
    let total = 0;
    for (const ranges of this.#ranges.values()) total += rangesCount(ranges);
    return total;
  }

  /** Number of ranges over all nodes (the size of this context). */
  rangeCount(): number {
    let total = 0;
    for (const ranges of this.#ranges.values()) total += ranges.length / 2;
    return total;
  }

  /** Largest number of ranges of any one node. */
  widestNode(): number {
    let widest = 0;
    for (const ranges of this.#ranges.values()) widest = Math.max(widest, ranges.length / 2);
    return widest;
  }

  /** Forgets a node entirely (after every replica has sealed it). */
  forget(node: string): this {
    this.#ranges.delete(node);
    return this;
  }

  clone(bounded = this.#bounded): CausalContext {
    const out = new CausalContext(bounded);
    for (const [node, ranges] of this.#ranges) out.#ranges.set(node, ranges.slice());
    return out;
  }

  #store(node: string, ranges: Ranges): void {
    if (this.#bounded && ranges.length / 2 > defaultLimits.maxRangesPerNode) {
      throw new CrdtError('LIMIT_EXCEEDED', 'maxRangesPerNode exceeded', { limit: 'maxRangesPerNode', max: defaultLimits.maxRangesPerNode, actual: ranges.length / 2 });
    }
    this.#ranges.set(node, ranges);
  }

  #checkNodes(adding: number): void {
    const actual = this.#ranges.size + adding;
    if (this.#bounded && actual > defaultLimits.maxNodesPerClock) {
      throw new CrdtError('LIMIT_EXCEEDED', 'maxNodesPerClock exceeded', { limit: 'maxNodesPerClock', max: defaultLimits.maxNodesPerClock, actual });
    }
  }
}
