/**
 * The kill journal: what a delta must carry besides new dots. A peer at version vector
 * `vv` has seen every dot up to `vv`, but may still hold some of them alive that were
 * overwritten or removed here by events it has not seen. Each record names such killed
 * dots and a guard (the events that may have killed them); a delta for `vv` carries the
 * killed dots of every record whose guard `vv` does not cover. The journal is bounded
 * (maxJournalRecords ranges); what falls off raises the horizon, and a peer below the
 * horizon is sent the full state instead.
 */
import type { CausalContext } from '../clock/causal-context.js';
import type { Dot } from '../clock/dot.js';
import { CausalContext as Context } from '../clock/causal-context.js';
import type { VectorClock } from '../clock/vector-clock.js';
import { VectorClock as Clock } from '../clock/vector-clock.js';

/** A merge's record: killed dots as ranges, guarded by a version vector. */
interface MergeRecord {
  readonly guard: VectorClock;
  readonly killed: CausalContext;
  readonly weight: number;
}

/** A local write's record (the common case), kept small: its own dot guards the dots it overwrote. */
interface LocalRecord {
  readonly node: string;
  readonly counter: number;
  readonly killed: readonly Dot[];
  readonly weight: number;
}

/** A local write that overwrote exactly one dot (an overwrite of a key, an increment): no list. */
interface SingleRecord {
  readonly node: string;
  readonly counter: number;
  readonly killedNode: string;
  readonly killedCounter: number;
  readonly weight: 1;
}

type KillRecord = MergeRecord | LocalRecord | SingleRecord;

export class KillJournal {
  readonly #maxWeight: number;
  #records: KillRecord[] = [];
  #head = 0;
  #weight = 0;
  readonly #horizon = new Clock();

  constructor(maxWeight: number) {
    this.#maxWeight = maxWeight;
  }

  record(guard: VectorClock, killed: CausalContext): void {
    this.#push({ guard, killed, weight: Math.max(1, killed.rangeCount()) });
  }

  /** Records the dots a local write with dot (`node`, `counter`) overwrote. */
  recordLocal(node: string, counter: number, killed: readonly Dot[]): void {
    this.#push({ node, counter, killed, weight: Math.max(1, killed.length) });
  }

  /** Records the one dot (`killedNode`, `killedCounter`) a local write with dot (`node`, `counter`) overwrote. */
  recordLocalOne(node: string, counter: number, killedNode: string, killedCounter: number): void {
    this.#push({ node, counter, killedNode, killedCounter, weight: 1 });
  }

  #push(entry: KillRecord): void {
    const weight = entry.weight;
    this.#records.push(entry);
    this.#weight += weight;
    while (this.#weight > this.#maxWeight && this.#head < this.#records.length) {
      const dropped = this.#records[this.#head] as KillRecord;
      this.#head++;
      this.#weight -= dropped.weight;
      if ('guard' in dropped) this.#horizon.merge(dropped.guard);
      else if (dropped.counter > this.#horizon.get(dropped.node)) this.#horizon.set(dropped.node, dropped.counter);
    }
    if (this.#head > 1024 && this.#head * 2 > this.#records.length) {
      this.#records = this.#records.slice(this.#head);
      this.#head = 0;
    }
  }

  /** The dots a delta for `vv` must mark as removed, or undefined when `vv` is below the horizon. */
  collect(vv: VectorClock): CausalContext | undefined {
    if (!this.#horizon.dominatedBy(vv)) return undefined;
    const out = new Context(false);
    for (let i = this.#head; i < this.#records.length; i++) {
      const record = this.#records[i] as KillRecord;
      if ('guard' in record) {
        if (!record.guard.dominatedBy(vv)) out.merge(record.killed);
      } else if (record.counter > vv.get(record.node)) {
        if ('killed' in record) for (const d of record.killed) out.add(d);
        else out.add({ node: record.killedNode, counter: record.killedCounter });
      }
    }
    return out;
  }

  /** Records kept (for tests and metrics). */
  get size(): number {
    return this.#records.length - this.#head;
  }

  get horizon(): VectorClock {
    return this.#horizon.clone();
  }
}
