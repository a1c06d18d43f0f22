/**
 * How the value a dot carries is written to and read from the state's columns, one
 * codec per CRDT family. Node ids inside payloads are indexes into the node table.
 */
import type { HlcTimestamp } from '../clock/hlc.js';
import { CrdtError } from '../errors.js';
import type { Sibling } from '../kv/strategy.js';
import { checkLimit, type CrdtLimits } from '../limits.js';
import type { CounterTotals } from '../types/counters.js';
import type { TimedValue } from '../types/registers.js';
import { canonicalJson, checkValue, parseJsonValue, type Value } from '../value.js';
import type { ColumnReader, ColumnWriter } from './columns.js';

export interface WriteContext {
  readonly columns: ColumnWriter;
  nodeIndex(node: string): number;
}

export interface ReadContext {
  readonly columns: ColumnReader;
  readonly limits: CrdtLimits;
  node(index: number): string;
}

export interface PayloadCodec<V> {
  readonly name: string;
  /** `writer` is the node of the dot carrying the value. */
  write(value: V, writer: string, context: WriteContext): void;
  read(writer: string, context: ReadContext): V;
}

export function decodeFailed(what: string, reason: string): CrdtError<'DECODE_FAILED'> {
  return new CrdtError('DECODE_FAILED', `cannot decode ${what}: ${reason}`, { what, reason });
}

const valueKindJson = 1;
const valueKindBytes = 2;
/** Version 2: a safe-integer JSON number, in the `ints` column (no JSON text to build or parse). */
const valueKindInt = 3;

function writeValue(value: Value, context: WriteContext): void {
  const data = context.columns.data;
  if (typeof value === 'number' && Number.isSafeInteger(value)) {
    data.valueKinds.push(valueKindInt);
    data.ints.push(value);
  } else if (value instanceof Uint8Array) {
    data.valueKinds.push(valueKindBytes);
    data.bytes.push(value);
  } else {
    data.valueKinds.push(valueKindJson);
    data.json.push(canonicalJson(value));
  }
}

function readValue(context: ReadContext): Value {
  const kind = context.columns.next('valueKinds');
  if (kind === valueKindInt) {
    const int = context.columns.next('ints');
    if (typeof int !== 'number' || !Number.isSafeInteger(int)) throw decodeFailed('value', 'integer out of range');
    return int;
  }
  if (kind === valueKindBytes) {
    const bytes = context.columns.next('bytes');
    checkLimit(context.limits, 'maxValueBytes', bytes.length);
    return Uint8Array.from(bytes);
  }
  if (kind !== valueKindJson) throw decodeFailed('value', `unknown kind ${kind}`);
  const text = context.columns.next('json');
  checkLimit(context.limits, 'maxValueBytes', text.length);
  let value: Value;
  try {
    value = parseJsonValue(text, context.limits.maxDecodeDepth);
  } catch (error) {
    if (CrdtError.is(error)) throw error;
    throw decodeFailed('value', 'invalid JSON');
  }
  checkValue(value, context.limits);
  return value;
}

function writeTimestamp(t: HlcTimestamp, writer: string, context: WriteContext): void {
  const data = context.columns.data;
  context.columns.wallMs(t.wallMs);
  data.logical.push(t.logical);
  data.timestampNodes.push(t.node === writer ? 0 : context.nodeIndex(t.node) + 1);
}

function readTimestamp(writer: string, context: ReadContext): HlcTimestamp {
  const wallMs = context.columns.wallMs();
  const logical = context.columns.count('logical');
  const node = context.columns.count('timestampNodes');
  return { wallMs, logical, node: node === 0 ? writer : context.node(node - 1) };
}

export const flagPayload: PayloadCodec<null> = {
  name: 'flag',
  write: () => undefined,
  read: () => null,
};

export const counterPayload: PayloadCodec<CounterTotals> = {
  name: 'counter',
  write: (v, _writer, context) => {
    context.columns.data.increments.push(v.increments);
    context.columns.data.decrements.push(v.decrements);
  },
  read: (_writer, context) => ({ increments: context.columns.count('increments'), decrements: context.columns.count('decrements') }),
};

export const valuePayload: PayloadCodec<Value> = {
  name: 'value',
  write: (v, _writer, context) => writeValue(v, context),
  read: (_writer, context) => readValue(context),
};

export const timedPayload: PayloadCodec<TimedValue> = {
  name: 'timed',
  write: (v, writer, context) => {
    writeValue(v.value, context);
    writeTimestamp(v.timestamp, writer, context);
  },
  read: (writer, context) => ({ value: readValue(context), timestamp: readTimestamp(writer, context) }),
};

export const siblingPayload: PayloadCodec<Sibling> = {
  name: 'sibling',
  write: (v, writer, context) => {
    writeValue(v.value, context);
    writeTimestamp(v, writer, context);
    const data = context.columns.data;
    const clock = v.clock ?? [];
    data.clockSizes.push(clock.length);
    for (const [node, counter] of clock) {
      data.clockNodes.push(context.nodeIndex(node));
      data.clockCounters.push(counter);
    }
  },
  read: (writer, context) => {
    const value = readValue(context);
    const timestamp = readTimestamp(writer, context);
    const size = context.columns.count('clockSizes');
    if (size === 0) return { ...timestamp, value };
    checkLimit(context.limits, 'maxNodesPerClock', size);
    const clock: [string, number][] = [];
    for (let i = 0; i < size; i++) clock.push([context.node(context.columns.count('clockNodes')), context.columns.count('clockCounters')]);
    clock.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (let i = 1; i < clock.length; i++) if ((clock[i] as [string, number])[0] === (clock[i - 1] as [string, number])[0]) throw decodeFailed('clock', 'duplicate node');
    return { ...timestamp, value, clock };
  },
};
