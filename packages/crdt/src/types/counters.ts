/**
 * Counters as dot stores: each node holds one entry (its dot and its running totals);
 * an increment replaces the node's entry with a new dot. Re-delivering a delta or a full
 * state never double counts, because a dot already seen is never added twice.
 */
import type { Dot } from '../clock/dot.js';
import { CrdtError } from '../errors.js';
import { DotFun } from '../store/dot-fun.js';
import { CausalCrdt, type CrdtOptions } from './causal-crdt.js';

/** Running totals of one node: increments and decrements, both only growing. */
export interface CounterTotals {
  readonly increments: number;
  readonly decrements: number;
}

export type CounterStore = DotFun<CounterTotals>;

export function emptyCounter(): CounterStore {
  return new DotFun<CounterTotals>();
}

/** Adds to `node`'s totals under a new dot; returns the dots replaced. */
export function counterAdd(store: CounterStore, dot: Dot, increments: number, decrements: number): Dot[] {
  checkAmount(increments);
  checkAmount(decrements);
  let inc = increments;
  let dec = decrements;
  const killed = store.removeWhere((e) => e.node === dot.node);
  for (const e of killed) {
    inc += e.value.increments;
    dec += e.value.decrements;
  }
  if (!Number.isSafeInteger(inc) || !Number.isSafeInteger(dec)) {
    throw new CrdtError('INVALID_ARGUMENT', 'counter total exceeds 2^53', { argument: 'amount', reason: 'overflow' });
  }
  store.add({ node: dot.node, counter: dot.counter, value: { increments: inc, decrements: dec } });
  return killed;
}

export function counterValue(store: CounterStore): number {
  let total = 0;
  for (const e of store.entries) total += e.value.increments - e.value.decrements;
  return total;
}

export function checkAmount(amount: number): void {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new CrdtError('INVALID_ARGUMENT', 'counter amounts are non-negative safe integers', { argument: 'amount', reason: String(amount) });
  }
}

/** Grow-only counter. */
export class GCounter extends CausalCrdt<CounterStore> {
  constructor(node: string, options?: CrdtOptions) {
    super(node, emptyCounter(), options);
  }

  increment(amount = 1): void {
    checkAmount(amount);
    this.mutate((d) => counterAdd(this.store, d, amount, 0));
  }

  value(): number {
    return counterValue(this.store);
  }
}

/** Counter that also decrements (separate grow-only totals per node). */
export class PNCounter extends CausalCrdt<CounterStore> {
  constructor(node: string, options?: CrdtOptions) {
    super(node, emptyCounter(), options);
  }

  increment(amount = 1): void {
    checkAmount(amount);
    this.mutate((d) => counterAdd(this.store, d, amount, 0));
  }

  decrement(amount = 1): void {
    checkAmount(amount);
    this.mutate((d) => counterAdd(this.store, d, 0, amount));
  }

  value(): number {
    return counterValue(this.store);
  }
}
