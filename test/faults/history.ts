/**
 * The history a fault run records: one line of JSON per event, in the order the client
 * saw them. An operation is invoked once and then completes `ok` (it took effect, with
 * its result), `fail` (it certainly did not take effect) or `info` (unknown: a timeout
 * or a lost connection; it may have taken effect at any time after its invocation).
 */
export type OperationKind = 'get' | 'put' | 'delete';

export interface Invoke {
  readonly type: 'invoke';
  readonly id: number;
  readonly process: number;
  readonly kind: OperationKind;
  readonly key: string;
  /** The value written, for put. */
  readonly value?: string;
  /** The node the client sent it to. */
  readonly node?: string;
  readonly timeMs: number;
}

export interface Complete {
  readonly type: 'ok' | 'fail' | 'info';
  readonly id: number;
  /** The value read, for an ok get (null: absent). */
  readonly value?: string | null;
  readonly timeMs: number;
}

export type HistoryEvent = Invoke | Complete;

/** One operation with both ends, as the checker sees it. */
export interface Operation {
  readonly id: number;
  readonly kind: OperationKind;
  readonly key: string;
  readonly input: string | null;
  /** What a get returned; undefined for writes and for indeterminate gets. */
  readonly output: string | null | undefined;
  readonly callMs: number;
  /** Infinity for an indeterminate operation: it may take effect at any later time. */
  readonly returnMs: number;
}

/**
 * Pairs invocations with completions. Failed operations are dropped (they did not happen);
 * indeterminate reads are dropped (they changed nothing and told us nothing); indeterminate
 * writes get an infinite return time; operations never completed count as indeterminate.
 */
export function toOperations(events: readonly HistoryEvent[]): Operation[] {
  const open = new Map<number, Invoke>();
  const operations: Operation[] = [];
  for (const event of events) {
    if (event.type === 'invoke') {
      if (open.has(event.id)) throw new Error(`operation ${event.id} invoked twice`);
      open.set(event.id, event);
      continue;
    }
    const call = open.get(event.id);
    if (call === undefined) throw new Error(`operation ${event.id} completed without an invocation`);
    open.delete(event.id);
    if (event.timeMs < call.timeMs) throw new Error(`operation ${event.id} completed before it was invoked`);
    if (event.type === 'fail') continue;
    if (event.type === 'info' && call.kind === 'get') continue;
    operations.push({
      id: call.id,
      kind: call.kind,
      key: call.key,
      input: call.kind === 'put' ? (call.value ?? '') : null,
      output: call.kind === 'get' ? (event.value ?? null) : undefined,
      callMs: call.timeMs,
      returnMs: event.type === 'ok' ? event.timeMs : Number.POSITIVE_INFINITY,
    });
  }
  for (const call of open.values()) {
    if (call.kind === 'get') continue;
    operations.push({
      id: call.id, kind: call.kind, key: call.key, input: call.kind === 'put' ? (call.value ?? '') : null,
      output: undefined, callMs: call.timeMs, returnMs: Number.POSITIVE_INFINITY,
    });
  }
  return operations;
}

/** Parses a JSON-lines history file's text. */
export function parseHistory(text: string): HistoryEvent[] {
  return text.split('\n').filter((line) => line.trim() !== '').map((line, index) => {
    try {
      return JSON.parse(line) as HistoryEvent;
    } catch {
      throw new Error(`history line ${index + 1} is not JSON`);
    }
  });
}
