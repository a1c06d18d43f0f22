/**
 * How the value a dot carries is written and read, one codec per CRDT family. The node
 * ids inside payloads (timestamps, clocks) are indexes into the state's node table.
 */
import type { HlcTimestamp } from '../clock/hlc.js';
import { CrdtError } from '../errors.js';
import type { continuum } from '../gen/crdt.js';
import type { Sibling } from '../kv/strategy.js';
import { checkLimit, type CrdtLimits } from '../limits.js';
import type { CounterTotals } from '../types/counters.js';
import type { TimedValue } from '../types/registers.js';
import { canonicalJson, checkValue, parseJsonValue, type Value } from '../value.js';

type PayloadProps = continuum.crdt.v1.Payload.$Properties;
type PayloadMessage = continuum.crdt.v1.IPayload;

export interface WriteContext {
  nodeIndex(node: string): number;
}

export interface ReadContext {
  readonly nodes: readonly string[];
  readonly limits: CrdtLimits;
  node(index: number): string;
}

export interface PayloadCodec<V> {
  readonly name: string;
  write(value: V, context: WriteContext): PayloadProps;
  read(payload: PayloadMessage | null | undefined, context: ReadContext): V;
}

export function decodeFailed(what: string, reason: string): CrdtError<'DECODE_FAILED'> {
  return new CrdtError('DECODE_FAILED', `cannot decode ${what}: ${reason}`, { what, reason });
}

function writeValue(value: Value): continuum.crdt.v1.Value.$Properties {
  return value instanceof Uint8Array ? { bytes: value } : { json: canonicalJson(value) };
}

function readValue(message: continuum.crdt.v1.IValue | null | undefined, context: ReadContext): Value {
  if (message === null || message === undefined) throw decodeFailed('value', 'missing');
  if (message.kind === 'bytes' && message.bytes) {
    checkLimit(context.limits, 'maxValueBytes', message.bytes.length);
    return Uint8Array.from(message.bytes);
  }
  if (message.kind === 'json' && typeof message.json === 'string') {
    checkLimit(context.limits, 'maxValueBytes', message.json.length);
    let value: Value;
    try {
      value = parseJsonValue(message.json, context.limits.maxDecodeDepth);
    } catch (error) {
      if (CrdtError.is(error)) throw error;
      throw decodeFailed('value', 'invalid JSON');
    }
    checkValue(value, context.limits);
    return value;
  }
  throw decodeFailed('value', 'no kind');
}

function readCount(value: number | null | undefined, what: string): number {
  const n = value ?? 0;
  if (!Number.isSafeInteger(n) || n < 0) throw decodeFailed(what, 'not a safe non-negative integer');
  return n;
}

function writeTimestamp(t: HlcTimestamp, context: WriteContext): continuum.crdt.v1.Timestamp.$Properties {
  return { wallMs: t.wallMs, logical: t.logical, node: context.nodeIndex(t.node) };
}

function readTimestamp(message: continuum.crdt.v1.ITimestamp | null | undefined, context: ReadContext): HlcTimestamp {
  if (!message) throw decodeFailed('timestamp', 'missing');
  return { wallMs: readCount(message.wallMs, 'timestamp'), logical: readCount(message.logical, 'timestamp'), node: context.node(message.node ?? 0) };
}

export const flagPayload: PayloadCodec<null> = {
  name: 'flag',
  write: () => ({}),
  read: () => null,
};

export const counterPayload: PayloadCodec<CounterTotals> = {
  name: 'counter',
  write: (v) => ({ increments: v.increments, decrements: v.decrements }),
  read: (p) => ({ increments: readCount(p?.increments, 'counter'), decrements: readCount(p?.decrements, 'counter') }),
};

export const valuePayload: PayloadCodec<Value> = {
  name: 'value',
  write: (v) => ({ value: writeValue(v) }),
  read: (p, context) => readValue(p?.value, context),
};

export const timedPayload: PayloadCodec<TimedValue> = {
  name: 'timed',
  write: (v, context) => ({ value: writeValue(v.value), timestamp: writeTimestamp(v.timestamp, context) }),
  read: (p, context) => ({ value: readValue(p?.value, context), timestamp: readTimestamp(p?.timestamp, context) }),
};

export const siblingPayload: PayloadCodec<Sibling> = {
  name: 'sibling',
  write: (v, context) => ({
    value: writeValue(v.value),
    timestamp: writeTimestamp(v.timestamp, context),
    clock: v.clock.map(([node, counter]) => ({ node: context.nodeIndex(node), counter })),
  }),
  read: (p, context) => {
    const refs = p?.clock ?? [];
    checkLimit(context.limits, 'maxNodesPerClock', refs.length);
    const clock: [string, number][] = refs.map((r) => [context.node(r.node ?? 0), readCount(r.counter, 'clock')]);
    clock.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (let i = 1; i < clock.length; i++) if ((clock[i] as [string, number])[0] === (clock[i - 1] as [string, number])[0]) throw decodeFailed('clock', 'duplicate node');
    return { value: readValue(p?.value, context), timestamp: readTimestamp(p?.timestamp, context), clock };
  },
};
