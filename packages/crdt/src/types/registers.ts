/**
 * Registers. A write replaces every value this replica has seen; writes that did not see
 * each other stay side by side. MVRegister shows all of them (a visible conflict);
 * LWWRegister reads the one with the greatest HLC timestamp (node id breaks ties). Both
 * keep the concurrent values until a later write overwrites them, which is what keeps
 * the merge a true join (dropping losers eagerly diverges once removals interleave).
 */
import type { Dot } from '../clock/dot.js';
import { HybridLogicalClock, compareTimestamps, type HlcTimestamp } from '../clock/hlc.js';
import { DotFun, type DotEntry } from '../store/dot-fun.js';
import { checkValue, type Value } from '../value.js';
import { CausalCrdt, type CrdtOptions } from './causal-crdt.js';

export interface TimedValue {
  readonly value: Value;
  readonly timestamp: HlcTimestamp;
}

export type MVStore = DotFun<Value>;
export type LWWStore = DotFun<TimedValue>;

/** The entry with the greatest (timestamp, node). */
export function lwwWinner(store: LWWStore): DotEntry<TimedValue> | undefined {
  let best: DotEntry<TimedValue> | undefined;
  for (const e of store.entries) {
    if (best === undefined || compareTimestamps(e.value.timestamp, best.value.timestamp) > 0) best = e;
  }
  return best;
}

export function registerWrite<V>(store: DotFun<V>, dot: Dot, value: V): Dot[] {
  return store.assign(dot, value);
}

/** Multi-value register: concurrent writes are all kept and all read. */
export class MVRegister extends CausalCrdt<MVStore> {
  constructor(node: string, options?: CrdtOptions) {
    super(node, new DotFun<Value>(), options);
  }

  set(value: Value): void {
    checkValue(value, this.limits);
    this.mutate((d) => registerWrite(this.store, d, value));
  }

  /** Every concurrent value, ordered by writer then dot (deterministic). */
  values(): Value[] {
    return [...this.store.entries].sort((a, b) => (a.node === b.node ? a.counter - b.counter : a.node < b.node ? -1 : 1)).map((e) => e.value);
  }

  get conflicted(): boolean {
    return this.store.size > 1;
  }
}

export interface LWWRegisterOptions extends CrdtOptions {
  /** The clock to stamp writes with; one is made for `node` when absent. */
  readonly clock?: HybridLogicalClock;
}

/** Last-writer-wins register stamped with a hybrid logical clock. */
export class LWWRegister extends CausalCrdt<LWWStore> {
  readonly clock: HybridLogicalClock;

  constructor(node: string, options: LWWRegisterOptions = {}) {
    super(node, new DotFun<TimedValue>(), options);
    this.clock = options.clock ?? new HybridLogicalClock(node, { maxClockDriftMs: this.limits.maxClockDriftMs, maxHlcLogical: this.limits.maxHlcLogical });
  }

  /** Writes `value` at wall-clock time `wallMs` (the caller's clock reading). */
  set(value: Value, wallMs: number): HlcTimestamp {
    checkValue(value, this.limits);
    const timestamp = this.clock.now(wallMs);
    this.mutate((d) => registerWrite(this.store, d, { value, timestamp }));
    return timestamp;
  }

  get(): Value | undefined {
    return lwwWinner(this.store)?.value.value;
  }

  timestamp(): HlcTimestamp | undefined {
    return lwwWinner(this.store)?.value.timestamp;
  }
}
