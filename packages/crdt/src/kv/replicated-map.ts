/**
 * The federation's eventually consistent KV map ("map" API): put/get/delete with a vector
 * clock per key, concurrent writes kept side by side and read through the configured
 * conflict strategy, a conflict counter, deltas for gossip and full states for
 * anti-entropy. Built on ORMap: a key's writes are dots of the map's causal context.
 */
import { HybridLogicalClock, type HlcTimestamp } from '../clock/hlc.js';
import { VectorClock } from '../clock/vector-clock.js';
import { DotFun, type DotEntry } from '../store/dot-fun.js';
import type { DotMap } from '../store/dot-map.js';
import type { CausalState, CrdtOptions, MergeResult } from '../types/causal-crdt.js';
import { ORMap } from '../types/maps.js';
import { checkValue, type Value } from '../value.js';
import { decodeState, encodeState } from '../codec/state-codec.js';
import { resolve, winner, type ConflictStrategy, type Sibling } from './strategy.js';

export type SiblingStore = DotFun<Sibling>;
export type ReplicatedMapState = CausalState<DotMap<SiblingStore>>;

export interface ReplicatedMapOptions extends CrdtOptions {
  readonly strategy: ConflictStrategy;
  /** The caller's wall clock in ms (e.g. `() => Date.now()` in the daemon, a fake in tests). */
  readonly wallClockMs: () => number;
  readonly clock?: HybridLogicalClock;
}

/** What `get` returns for a key. */
export interface KvEntry {
  /** The value the strategy chose (or the union, for merge_union). */
  readonly value: Value;
  /** Join of the vector clocks of the key's live writes. */
  readonly clock: VectorClock;
  /** Timestamp of the write the strategy chose (for merge_union: the latest). */
  readonly timestamp: HlcTimestamp;
  /** Concurrent writes still held (1 when there is no conflict). */
  readonly siblings: number;
  /** Every concurrent value, in writer order. */
  readonly values: readonly Value[];
}

export class ReplicatedMap extends ORMap<SiblingStore> {
  readonly strategy: ConflictStrategy;
  readonly clock: HybridLogicalClock;
  readonly #wallClockMs: () => number;
  #conflicts = 0;

  constructor(node: string, options: ReplicatedMapOptions) {
    super(node, () => new DotFun<Sibling>(), options);
    this.strategy = options.strategy;
    this.#wallClockMs = options.wallClockMs;
    this.clock = options.clock ?? new HybridLogicalClock(node, { maxClockDriftMs: this.limits.maxClockDriftMs, maxHlcLogical: this.limits.maxHlcLogical });
  }

  /**
   * Writes `value` at `key`, overwriting every write of it seen here. Returns the write's
   * timestamp (the stored write itself, typed as its timestamp: read it, do not change it).
   */
  put(key: string, value: Value): HlcTimestamp {
    checkValue(value, this.limits);
    this.checkKey(key);
    const clock = this.clock;
    clock.tick(this.#wallClockMs());
    const counter = this.mintCounter();
    const siblings = this.store.entries.get(key);
    let written: Sibling;
    if (siblings === undefined) {
      // A new key: no write to overwrite, nothing to journal (the hot path of bulk loads).
      written = { wallMs: clock.wallMs, logical: clock.logical, node: clock.node, value };
      this.store.entries.set(key, DotFun.single<Sibling>(this.node, counter, written));
    } else {
      const history = keyClock(siblings, this.node, counter);
      written = history === undefined
        ? { wallMs: clock.wallMs, logical: clock.logical, node: clock.node, value }
        : { wallMs: clock.wallMs, logical: clock.logical, node: clock.node, value, clock: history };
      const killedCounter = siblings.soleCounter;
      if (killedCounter !== 0) {
        // One write overwritten (the usual case): journal it without building lists.
        const killedNode = siblings.soleNode;
        siblings.replace(this.node, counter, written);
        this.journalKill(counter, killedNode, killedCounter);
      } else {
        this.journalKills(counter, siblings.assign({ node: this.node, counter }, written));
      }
    }
    this.indexDot(counter, key);
    return written;
  }

  /** Deletes `key` as seen here; a concurrent put elsewhere survives. Returns whether it existed. */
  delete(key: string): boolean {
    const existed = this.has(key);
    this.remove(key);
    return existed;
  }

  get(key: string): KvEntry | undefined {
    const siblings = this.at(key);
    if (siblings === undefined || siblings.isEmpty()) return undefined;
    const writes = [...siblings.entries].sort((a, b) => (a.node === b.node ? a.counter - b.counter : a.node < b.node ? -1 : 1));
    const values = writes.map((w) => w.value);
    const clock = new VectorClock();
    for (const w of writes) for (const [node, counter] of clockOf(w)) if (counter > clock.get(node)) clock.set(node, counter);
    const chosen = winner(this.strategy, values) as Sibling;
    const timestamp = { wallMs: chosen.wallMs, logical: chosen.logical, node: chosen.node };
    return { value: resolve(this.strategy, values), clock, timestamp, siblings: values.length, values: values.map((v) => v.value) };
  }

  /** Every live key with its entry, sorted by key. */
  entries(): [string, KvEntry][] {
    return this.keys().map((k) => [k, this.get(k) as KvEntry]);
  }

  /**
   * Merges a delta or a full state from a peer; returns what changed and how many keys
   * became conflicted. Refuses (CLOCK_DRIFT, nothing applied) a state holding a timestamp
   * further ahead of the local wall clock than maxClockDriftMs.
   */
  override merge(incoming: ReplicatedMapState): MergeResult {
    const now = this.#wallClockMs();
    let latest: HlcTimestamp | undefined;
    const check = (sibling: Sibling): void => {
      this.clock.checkDrift(sibling, now);
      if (latest === undefined || sibling.wallMs > latest.wallMs) latest = sibling;
    };
    for (const siblings of incoming.store.entries.values()) siblings.forEachValue(check);
    const result = super.merge(incoming);
    if (latest !== undefined && result.changed) this.clock.receive(latest, now);
    this.#conflicts += result.conflicts;
    return result;
  }

  /** Same as `merge` (the name the daemon's gossip handler uses for deltas). */
  applyDelta(delta: ReplicatedMapState): MergeResult {
    return this.merge(delta);
  }

  /** The full state, encoded (for anti-entropy and persistence). */
  encode(): Uint8Array {
    return encodeState('replicated_map', this.state());
  }

  /** What a replica at `vv` lacks, encoded (a delta, or the full state when it is too far behind). */
  encodeDeltaSince(vv: VectorClock): Uint8Array {
    return encodeState('replicated_map', this.deltaSince(vv));
  }

  /** Decodes and merges a peer's delta or state; bad bytes give a CrdtError and change nothing. */
  applyEncoded(bytes: Uint8Array): MergeResult {
    return this.merge(decodeState('replicated_map', bytes, { limits: this.limits }));
  }

  /** Conflicts detected by merges since this replica started (continuum_replication_conflicts_total). */
  get conflicts(): number {
    return this.#conflicts;
  }
}

/** A write's clock: its stored history, or just its own dot. */
function clockOf(entry: DotEntry<Sibling>): readonly (readonly [string, number])[] {
  return entry.value.clock ?? [[entry.node, entry.counter]];
}

/**
 * The clock of a new write of a key: the join of its live writes' clocks, plus its own
 * dot; undefined when that is just its own dot (then `clockOf` gives the same history
 * without storing it: an overwrite of a key only this node has written).
 */
function keyClock(siblings: SiblingStore, node: string, counter: number): [string, number][] | undefined {
  const sole = siblings.soleValue;
  if (sole !== undefined && siblings.soleNode === node && ownOnly(sole.clock, node)) return undefined;
  const clock = new Map<string, number>();
  for (const e of siblings.entries) for (const [n, c] of clockOf(e)) if (c > (clock.get(n) ?? 0)) clock.set(n, c);
  clock.set(node, counter);
  if (clock.size === 1) return undefined;
  return [...clock.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** True when a stored history names no node but `node` (absent: just the write's own dot). */
function ownOnly(history: Sibling['clock'], node: string): boolean {
  if (history === undefined) return true;
  for (const [n] of history) if (n !== node) return false;
  return true;
}
