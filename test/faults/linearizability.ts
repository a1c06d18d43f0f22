/**
 * A linearizability checker for a key-value register history, in the style of Wing and
 * Gong with Lowe's memoisation (as Porcupine does it): each key is checked on its own
 * (linearizability is compositional), by a depth-first search over the order in which
 * operations take effect, pruned by a cache of (operations done, register value) pairs.
 * Indeterminate writes carry an infinite return time, so the search may place them
 * anywhere after their invocation, or last, which is the same as never.
 */
import type { Operation } from './history.js';

export interface KeyVerdict {
  readonly key: string;
  readonly operations: number;
  readonly linearizable: boolean | 'unknown';
  /** When not linearizable: the ids of the longest prefix the search could order. */
  readonly longestPrefix?: readonly number[];
}

export interface Verdict {
  readonly linearizable: boolean | 'unknown';
  readonly keys: readonly KeyVerdict[];
}

/** The search gives up on a key after this many steps and says 'unknown'. */
export const maxSearchStepsPerKey = 5_000_000;

interface Node {
  readonly operation: Operation;
  readonly index: number;
  readonly isCall: boolean;
  match: Node | undefined;
  prev: Node | undefined;
  next: Node | undefined;
}

type RegisterValue = string | null;

function step(value: RegisterValue, operation: Operation): { ok: boolean; value: RegisterValue } {
  switch (operation.kind) {
    case 'put':
      return { ok: true, value: operation.input };
    case 'delete':
      return { ok: true, value: null };
    case 'get':
      return { ok: operation.output === value, value };
  }
}

function buildList(operations: readonly Operation[]): Node {
  const events: Array<{ timeMs: number; isCall: boolean; node: Node }> = [];
  operations.forEach((operation, index) => {
    const call: Node = { operation, index, isCall: true, match: undefined, prev: undefined, next: undefined };
    const ret: Node = { operation, index, isCall: false, match: undefined, prev: undefined, next: undefined };
    call.match = ret;
    events.push({ timeMs: operation.callMs, isCall: true, node: call }, { timeMs: operation.returnMs, isCall: false, node: ret });
  });
  // At equal times calls come first: operations that touch in time count as concurrent.
  events.sort((a, b) => a.timeMs - b.timeMs || Number(b.isCall) - Number(a.isCall));
  const head: Node = { operation: operations[0] as Operation, index: -1, isCall: false, match: undefined, prev: undefined, next: undefined };
  let tail = head;
  for (const { node } of events) {
    tail.next = node;
    node.prev = tail;
    tail = node;
  }
  return head;
}

function lift(call: Node): void {
  const ret = call.match as Node;
  (call.prev as Node).next = call.next;
  if (call.next) call.next.prev = call.prev;
  (ret.prev as Node).next = ret.next;
  if (ret.next) ret.next.prev = ret.prev;
}

function unlift(call: Node): void {
  const ret = call.match as Node;
  (ret.prev as Node).next = ret;
  if (ret.next) ret.next.prev = ret;
  (call.prev as Node).next = call;
  if (call.next) call.next.prev = call;
}

/** Checks one key's operations, starting from an absent value. */
export function checkKey(key: string, operations: readonly Operation[]): KeyVerdict {
  if (operations.length === 0) return { key, operations: 0, linearizable: true };
  const head = buildList(operations);
  const done = new Uint8Array(operations.length);
  const cache = new Set<string>();
  const stack: Array<{ call: Node; value: RegisterValue }> = [];
  let value: RegisterValue = null;
  let entry = head.next;
  let longest: number[] = [];
  let steps = 0;
  while (head.next !== undefined) {
    if (++steps > maxSearchStepsPerKey) return { key, operations: operations.length, linearizable: 'unknown' };
    const current = entry as Node;
    if (current.isCall) {
      const result = step(value, current.operation);
      if (result.ok) {
        done[current.index] = 1;
        const state = `${done.join('')}|${result.value === null ? '\u0000' : result.value}`;
        if (!cache.has(state)) {
          cache.add(state);
          stack.push({ call: current, value });
          value = result.value;
          lift(current);
          if (stack.length > longest.length) longest = stack.map((s) => s.call.operation.id);
          entry = head.next;
          continue;
        }
        done[current.index] = 0;
      }
      entry = current.next;
      continue;
    }
    // A return reached before its call was placed: undo the last choice and try the next.
    const last = stack.pop();
    if (last === undefined) return { key, operations: operations.length, linearizable: false, longestPrefix: longest };
    done[last.call.index] = 0;
    value = last.value;
    unlift(last.call);
    entry = last.call.next;
  }
  return { key, operations: operations.length, linearizable: true };
}

/**
 * Drops indeterminate puts whose value no read returned. With unique values such a put can
 * only change the register to a value nobody saw, so it never makes a read legal that was
 * not; and "took effect last, or never" is always open to it. Dropping it is exact, and it
 * removes most of the search space a run with many timeouts has.
 */
export function pruneUnobservedWrites(operations: readonly Operation[]): Operation[] {
  const seen = new Set(operations.filter((o) => o.kind === 'get' && typeof o.output === 'string').map((o) => `${o.key}\u0000${o.output as string}`));
  return operations.filter((o) => !(o.kind === 'put' && o.returnMs === Number.POSITIVE_INFINITY && !seen.has(`${o.key}\u0000${o.input ?? ''}`)));
}

/** Checks a whole history, key by key (after pruning unobserved indeterminate puts). */
export function checkHistory(operations: readonly Operation[]): Verdict {
  const byKey = new Map<string, Operation[]>();
  for (const operation of pruneUnobservedWrites(operations)) {
    const list = byKey.get(operation.key) ?? [];
    list.push(operation);
    byKey.set(operation.key, list);
  }
  const keys = [...byKey.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, ops]) => checkKey(key, ops));
  const linearizable = keys.some((k) => k.linearizable === false) ? false : keys.some((k) => k.linearizable === 'unknown') ? 'unknown' : true;
  return { linearizable, keys };
}
