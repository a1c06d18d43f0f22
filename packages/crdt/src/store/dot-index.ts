/**
 * Where the recent dots live: per node, the counters of dots added to a top-level map
 * with the key they went under, so `deltaSince(vv)` visits only the keys that can hold
 * a dot above `vv` instead of scanning the whole map. Entries of dots since overwritten
 * stay until evicted (they only cost a look at a key). Bounded by maxIndexedDotsPerNode:
 * the oldest half of a node's entries is dropped and remembered as a floor, and a peer
 * below a floor is served by a scan.
 */
import type { CausalContext } from '../clock/causal-context.js';
import { rangesHas } from '../clock/ranges.js';
import type { VectorClock } from '../clock/vector-clock.js';

interface NodeEntries {
  counters: number[];
  keys: string[];
  /** Counters were appended in increasing order (own writes, in-order delivery). */
  sorted: boolean;
  /** Highest counter evicted: a peer at or above it is fully covered by what is kept. */
  floor: number;
}

export class DotIndex {
  readonly #maxPerNode: number;
  readonly #nodes = new Map<string, NodeEntries>();

  constructor(maxPerNode: number) {
    this.#maxPerNode = maxPerNode;
  }

  add(node: string, counter: number, key: string): void {
    let entries = this.#nodes.get(node);
    if (entries === undefined) {
      entries = { counters: [], keys: [], sorted: true, floor: 0 };
      this.#nodes.set(node, entries);
    }
    const last = entries.counters.length - 1;
    if (last >= 0 && counter < (entries.counters[last] as number)) entries.sorted = false;
    entries.counters.push(counter);
    entries.keys.push(key);
    if (entries.counters.length > this.#maxPerNode) evictHalf(entries);
  }

  /** Keys that may hold a live dot above `vv`, or undefined when only a scan can tell. */
  candidates(vv: VectorClock): Set<string> | undefined {
    const keys = new Set<string>();
    for (const [node, entries] of this.#nodes) {
      const seen = vv.get(node);
      if (entries.floor > seen) return undefined;
      const start = entries.sorted ? firstAbove(entries.counters, seen) : 0;
      for (let i = start; i < entries.counters.length; i++) {
        if ((entries.counters[i] as number) > seen) keys.add(entries.keys[i] as string);
      }
    }
    return keys;
  }

  /**
   * Keys that may hold a live dot of `context` (a merge looks there for dots the other
   * side removed), or undefined when part of `context` is older than the index reaches.
   */
  keysWithin(context: CausalContext): Set<string> | undefined {
    const keys = new Set<string>();
    for (const [node, ranges] of context.entries()) {
      const entries = this.#nodes.get(node);
      if (entries === undefined) continue;
      if ((ranges[0] as number) <= entries.floor) return undefined;
      if (!entries.sorted) {
        for (let i = 0; i < entries.counters.length; i++) {
          if (rangesHas(ranges as number[], entries.counters[i] as number)) keys.add(entries.keys[i] as string);
        }
        continue;
      }
      for (let r = 0; r < ranges.length; r += 2) {
        const hi = ranges[r + 1] as number;
        for (let i = firstAbove(entries.counters, (ranges[r] as number) - 1); i < entries.counters.length && (entries.counters[i] as number) <= hi; i++) {
          keys.add(entries.keys[i] as string);
        }
      }
    }
    return keys;
  }

  /** Replaces the index by the dots of `entries` (after pruning re-issued dots). */
  rebuild(visit: (add: (node: string, counter: number, key: string) => void) => void): void {
    this.#nodes.clear();
    const collected = new Map<string, [number, string][]>();
    visit((node, counter, key) => {
      const list = collected.get(node);
      if (list === undefined) collected.set(node, [[counter, key]]);
      else list.push([counter, key]);
    });
    for (const [node, list] of collected) {
      list.sort((a, b) => a[0] - b[0]);
      for (const [counter, key] of list) this.add(node, counter, key);
    }
  }

  /** Entries kept for `node` (tests and metrics). */
  size(node: string): number {
    return this.#nodes.get(node)?.counters.length ?? 0;
  }
}

function firstAbove(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] as number) > value) high = mid;
    else low = mid + 1;
  }
  return low;
}

function evictHalf(entries: NodeEntries): void {
  const drop = entries.counters.length >> 1;
  let floor = entries.floor;
  for (let i = 0; i < drop; i++) floor = Math.max(floor, entries.counters[i] as number);
  entries.floor = floor;
  entries.counters.splice(0, drop);
  entries.keys.splice(0, drop);
}
