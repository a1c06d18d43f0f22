/**
 * The federation's conflict strategies (`replication.conflict_resolution`), applied when
 * a key holds concurrent writes: they choose what `get` returns, never what is kept, so
 * every replica reads the same value whatever order it merged in.
 */
import { compareTimestamps, type HlcTimestamp } from '../clock/hlc.js';
import { CrdtError } from '../errors.js';
import { valueKey, type JsonValue, type Value } from '../value.js';

export const conflictStrategies = ['last_write_wins', 'highest_node_wins', 'merge_union'] as const;
export type ConflictStrategy = (typeof conflictStrategies)[number];

/** One concurrent write of a key; it is its own HLC timestamp (one object per write). */
export interface Sibling extends HlcTimestamp {
  readonly value: Value;
  /**
   * Causal history of this write for its key: [node, counter] pairs, sorted by node.
   * Absent when it is just the write's own dot (a key's first write), which saves space.
   */
  readonly clock?: readonly (readonly [string, number])[];
}

/** Reads `replication.conflict_resolution` from config; unknown names are refused. */
export function parseConflictStrategy(name: string): ConflictStrategy {
  if ((conflictStrategies as readonly string[]).includes(name)) return name as ConflictStrategy;
  throw new CrdtError('INVALID_ARGUMENT', `unknown conflict_resolution '${name}'`, { argument: 'conflict_resolution', reason: `expected one of ${conflictStrategies.join(', ')}` });
}

/** The value `get` returns for a non-empty list of concurrent writes. */
export function resolve(strategy: ConflictStrategy, siblings: readonly Sibling[]): Value {
  const first = siblings[0];
  if (first === undefined) throw new CrdtError('INVALID_ARGUMENT', 'nothing to resolve', { argument: 'siblings', reason: 'empty' });
  if (siblings.length === 1) return first.value;
  switch (strategy) {
    case 'last_write_wins':
      return pick(siblings, (a, b) => compareTimestamps(a, b)).value;
    case 'highest_node_wins':
      return pick(siblings, (a, b) => (a.node === b.node ? compareTimestamps(a, b) : a.node < b.node ? -1 : 1)).value;
    case 'merge_union':
      return union(siblings);
  }
}

/** The write a strategy would choose (for metadata: its timestamp and writer). */
export function winner(strategy: ConflictStrategy, siblings: readonly Sibling[]): Sibling | undefined {
  if (siblings.length === 0) return undefined;
  if (strategy === 'highest_node_wins') {
    return pick(siblings, (a, b) => (a.node === b.node ? compareTimestamps(a, b) : a.node < b.node ? -1 : 1));
  }
  return pick(siblings, (a, b) => compareTimestamps(a, b));
}

function pick(siblings: readonly Sibling[], compare: (a: Sibling, b: Sibling) => number): Sibling {
  let best = siblings[0] as Sibling;
  for (const s of siblings) if (compare(s, best) > 0) best = s;
  return best;
}

/** Set union of array values (a non-array value counts as a one-element set), sorted. */
function union(siblings: readonly Sibling[]): Value {
  const members = new Map<string, JsonValue>();
  for (const s of siblings) {
    const items: readonly Value[] = Array.isArray(s.value) ? (s.value as readonly JsonValue[]) : [s.value];
    for (const item of items) {
      if (item instanceof Uint8Array) members.set(valueKey(item), [...item]);
      else members.set(valueKey(item), item);
    }
  }
  return [...members.keys()].sort().map((k) => members.get(k) as JsonValue);
}
