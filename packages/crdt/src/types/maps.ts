/**
 * Maps from string keys to nested CRDTs that share the map's causal context (Almeida et
 * al.'s ORMap): a key lives while its nested value holds a live dot. Removing a key
 * drops the dots it has seen; a concurrent update elsewhere survives with its own dots
 * (so a counter removed here and incremented there keeps that replica's running total).
 * CounterMap is the shape of metadata roll-ups; LWWMap holds last-writer-wins registers.
 */
import type { Dot } from '../clock/dot.js';
import { HybridLogicalClock, type HlcTimestamp } from '../clock/hlc.js';
import { DotMap } from '../store/dot-map.js';
import type { DotStore } from '../store/dot-store.js';
import { checkValue, type Value } from '../value.js';
import { CausalCrdt, type CrdtOptions } from './causal-crdt.js';
import { checkAmount, counterAdd, counterValue, emptyCounter, type CounterStore, type CounterTotals } from './counters.js';
import { CrdtError } from '../errors.js';
import { lwwWinner, registerWrite, type LWWStore, type TimedValue } from './registers.js';
import { DotFun } from '../store/dot-fun.js';

export class ORMap<S extends DotStore<S>> extends CausalCrdt<DotMap<S>> {
  constructor(node: string, empty: () => S, options?: CrdtOptions) {
    super(node, new DotMap(empty), options);
  }

  /**
   * Applies a mutation to the nested value of `key` (created empty if absent) under a new
   * dot; `change` returns the dots it overwrote (the helpers of each type do).
   */
  update(key: string, change: (inner: S, dot: Dot) => readonly Dot[]): void {
    this.checkKey(key);
    const d = this.mutate((dot) => {
      const killed = change(this.store.slot(key), dot);
      this.store.tidy(key);
      return killed;
    });
    this.indexDot(d.counter, key);
  }

  /** Removes a key as seen here. */
  remove(key: string): void {
    if (!this.store.entries.has(key)) return;
    this.mutate(() => this.store.remove(key));
  }

  has(key: string): boolean {
    return this.store.entries.has(key);
  }

  /** The nested value of `key`; read it, do not change it (use `update`). */
  at(key: string): S | undefined {
    return this.store.entries.get(key);
  }

  keys(): string[] {
    return [...this.store.entries.keys()].sort();
  }

  get size(): number {
    return this.store.size;
  }
}

/** Counters by key: roll-ups such as (territory, bucket, category, language, severity) → count. */
export class CounterMap extends ORMap<CounterStore> {
  constructor(node: string, options?: CrdtOptions) {
    super(node, emptyCounter, options);
  }

  increment(key: string, amount = 1): void {
    checkAmount(amount);
    if (!this.#addOwn(key, amount, 0)) this.update(key, (c, d) => counterAdd(c, d, amount, 0));
  }

  decrement(key: string, amount = 1): void {
    checkAmount(amount);
    if (!this.#addOwn(key, 0, amount)) this.update(key, (c, d) => counterAdd(c, d, 0, amount));
  }

  /**
   * The fast path of the two above (a new key, or a key whose only entry is this node's):
   * no closures, no lists; returns false when the key holds other nodes' entries.
   */
  #addOwn(key: string, increments: number, decrements: number): boolean {
    const store = this.store.entries.get(key);
    if (store !== undefined && store.soleNode !== this.node) return false;
    this.checkKey(key);
    const old = store?.soleValue;
    const totals = old === undefined ? { increments, decrements } : { increments: old.increments + increments, decrements: old.decrements + decrements };
    if (!Number.isSafeInteger(totals.increments) || !Number.isSafeInteger(totals.decrements)) {
      throw new CrdtError('INVALID_ARGUMENT', 'counter total exceeds 2^53', { argument: 'amount', reason: 'overflow' });
    }
    const counter = this.mintCounter();
    if (store === undefined) {
      this.store.entries.set(key, DotFun.single<CounterTotals>(this.node, counter, totals));
    } else {
      const killedCounter = store.soleCounter;
      store.replace(this.node, counter, totals);
      this.journalKill(counter, this.node, killedCounter);
    }
    this.indexDot(counter, key);
    return true;
  }

  value(key: string): number {
    const counter = this.at(key);
    return counter === undefined ? 0 : counterValue(counter);
  }

  /** Every key with its value, sorted by key. */
  values(): [string, number][] {
    return this.keys().map((k) => [k, this.value(k)]);
  }
}

/** A roll-up key from its parts (JSON of the array: unambiguous whatever the parts hold). */
export function rollupKey(parts: readonly string[]): string {
  return JSON.stringify(parts);
}

export function parseRollupKey(key: string): string[] {
  return JSON.parse(key) as string[];
}

export interface LWWMapOptions extends CrdtOptions {
  readonly clock?: HybridLogicalClock;
}

/** Last-writer-wins registers by key. */
export class LWWMap extends ORMap<LWWStore> {
  readonly clock: HybridLogicalClock;

  constructor(node: string, options: LWWMapOptions = {}) {
    super(node, () => new DotFun<TimedValue>(), options);
    this.clock = options.clock ?? new HybridLogicalClock(node, { maxClockDriftMs: this.limits.maxClockDriftMs, maxHlcLogical: this.limits.maxHlcLogical });
  }

  set(key: string, value: Value, wallMs: number): HlcTimestamp {
    checkValue(value, this.limits);
    const timestamp = this.clock.now(wallMs);
    this.update(key, (r, d) => registerWrite(r, d, { value, timestamp }));
    return timestamp;
  }

  /** The winning value of `key` (the read side of last-writer-wins). */
  value(key: string): Value | undefined {
    const register = this.at(key);
    return register === undefined ? undefined : lwwWinner(register)?.value.value;
  }
}
