/**
 * Binary encoding of every CRDT state and delta (protobuf `State`, version 2; version 1,
 * which differs only in having no integer value column, still decodes). Decoding
 * checks size, version, type, shape, every limit and that every live dot is in the
 * context; whatever is wrong, the caller gets a CrdtError (DECODE_FAILED,
 * LIMIT_EXCEEDED or UNSUPPORTED_VERSION), never another exception and never a hang.
 */
import { CausalContext } from '../clock/causal-context.js';
import { rangesValid } from '../clock/ranges.js';
import { VectorClock } from '../clock/vector-clock.js';
import { CrdtError } from '../errors.js';
import { continuum } from '../gen/crdt.js';
import { checkLimit, resolveLimits, utf8Bytes, type CrdtLimits } from '../limits.js';
import { DotFun, type DotEntry } from '../store/dot-fun.js';
import { DotMap } from '../store/dot-map.js';
import { crc32 } from './crc32.js';
import type { CausalState, Delta } from '../types/causal-crdt.js';
import { ColumnReader, ColumnWriter } from './columns.js';
import { decodeFailed, type ReadContext, type WriteContext } from './payloads.js';
import { emptyOf, kindShapes, type AnyStore, type CrdtKind, type KindStores, type Shape } from './shapes.js';

const { State, CrdtType } = continuum.crdt.v1;
export const stateVersion = 2;
/** Versions this decoder reads: 1 (JSON text for every JSON value) and 2 (integers in `ints`). */
const readableVersions: readonly number[] = [1, 2];

const kindTypes: Record<CrdtKind, continuum.crdt.v1.CrdtType> = {
  g_counter: CrdtType.G_COUNTER,
  pn_counter: CrdtType.PN_COUNTER,
  lww_register: CrdtType.LWW_REGISTER,
  mv_register: CrdtType.MV_REGISTER,
  g_set: CrdtType.G_SET,
  or_set: CrdtType.OR_SET,
  counter_map: CrdtType.COUNTER_MAP,
  lww_map: CrdtType.LWW_MAP,
  replicated_map: CrdtType.REPLICATED_MAP,
  or_map: CrdtType.OR_MAP,
};

export interface CodecOptions {
  readonly limits?: Partial<CrdtLimits>;
  /** Required for `or_map`: the shape of its nested values. */
  readonly shape?: Shape;
}

function shapeFor(kind: CrdtKind, options: CodecOptions): Shape {
  if (kind === 'or_map') {
    if (!options.shape || options.shape.kind !== 'map') throw new CrdtError('INVALID_ARGUMENT', 'or_map needs a map shape', { argument: 'shape', reason: 'missing' });
    return options.shape;
  }
  return kindShapes[kind];
}

export function encodeState<K extends CrdtKind>(kind: K, state: CausalState<KindStores[K]> & { readonly full?: boolean }, options: CodecOptions = {}): Uint8Array {
  const shape = shapeFor(kind, options);
  const nodes: string[] = [];
  const index = new Map<string, number>();
  const writer: WriteContext = {
    columns: new ColumnWriter(),
    nodeIndex(node) {
      let i = index.get(node);
      if (i === undefined) {
        i = nodes.length;
        nodes.push(node);
        index.set(node, i);
      }
      return i;
    },
  };
  writeStore(state.store as AnyStore, shape, writer);
  const context = { entries: [...state.context.entries()].map(([node, ranges]) => ({ node, ranges: [...ranges] })) };
  const full = state.full ?? state.base === undefined;
  const base = state.base === undefined ? [] : [...state.base.entries()].map(([node, counter]) => ({ node, counter }));
  const body = State.encode({ version: stateVersion, type: kindTypes[kind], full, nodes, context, columns: writer.columns.data, base }).finish();
  return appendChecksum(body);
}

function writeStore(store: AnyStore, shape: Shape, writer: WriteContext): void {
  const data = writer.columns.data;
  if (shape.kind === 'fun') {
    const fun = store as DotFun<never>;
    data.sizes.push(fun.entries.length);
    for (const e of fun.entries) {
      writer.columns.dot(writer.nodeIndex(e.node), e.counter);
      shape.payload.write(e.value, e.node, writer);
    }
    return;
  }
  const map = store as DotMap<AnyStore>;
  data.sizes.push(map.entries.size);
  for (const [key, inner] of map.entries) {
    data.keys.push(key);
    writeStore(inner, shape.inner, writer);
  }
}

const checksumTag = (7 << 3) | 5;

/** Appends field 7 (fixed32) holding the CRC-32 of `body`. */
function appendChecksum(body: Uint8Array): Uint8Array {
  const out = new Uint8Array(body.length + 5);
  out.set(body);
  const crc = crc32(body);
  out[body.length] = checksumTag;
  new DataView(out.buffer, out.byteOffset, out.byteLength).setUint32(body.length + 1, crc, true);
  return out;
}

function verifyChecksum(bytes: Uint8Array): void {
  const end = bytes.length - 5;
  if (end < 0 || bytes[end] !== checksumTag) throw decodeFailed('state', 'missing checksum (truncated?)');
  const stored = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(end + 1, true);
  if (stored !== crc32(bytes, end)) throw decodeFailed('state', 'checksum mismatch (truncated or corrupted)');
}

/** Decodes a state or delta of `kind`; `full` in the result says which it is. */
export function decodeState<K extends CrdtKind>(kind: K, bytes: Uint8Array, options: CodecOptions = {}): Delta<KindStores[K]> {
  try {
    return decodeUnsafe(kind, bytes, options) as Delta<KindStores[K]>;
  } catch (error) {
    if (CrdtError.is(error)) throw error;
    throw decodeFailed('state', error instanceof Error ? error.message : 'malformed');
  }
}

function decodeUnsafe(kind: CrdtKind, bytes: Uint8Array, options: CodecOptions): Delta<AnyStore> {
  const limits = resolveLimits(options.limits);
  const shape = shapeFor(kind, options);
  if (!(bytes instanceof Uint8Array)) throw decodeFailed('state', 'not bytes');
  checkLimit(limits, 'maxStateBytes', bytes.length);
  verifyChecksum(bytes);
  const message = State.decode(bytes.subarray(0, bytes.length - 5));
  if (!readableVersions.includes(message.version)) {
    throw new CrdtError('UNSUPPORTED_VERSION', `state version ${message.version} is not one of ${readableVersions.join(', ')}`, { what: 'state', version: message.version, supported: stateVersion });
  }
  if (message.version === 1 && (message.columns?.ints?.length ?? 0) > 0) throw decodeFailed('state', 'version 1 has no integer column');
  if (message.type !== kindTypes[kind]) throw decodeFailed('state', `type ${message.type} is not ${kind}`);
  if (!message.full) checkLimit(limits, 'maxDeltaBytes', bytes.length);
  const nodes = readNodes(message.nodes, limits);
  const context = readContext(message.context, limits);
  const reader: ReadContext = {
    columns: new ColumnReader(message.columns),
    limits,
    node(i) {
      const node = nodes[i];
      if (node === undefined) throw decodeFailed('state', `node index ${i} out of range`);
      return node;
    },
  };
  const store = readStore(shape, reader, context, new Map(), 1);
  reader.columns.finish();
  const base = readBase(message.base, limits);
  return base === undefined ? { store, context, full: message.full } : { store, context, full: message.full, base };
}

function readBase(entries: readonly continuum.crdt.v1.IClockEntry[], limits: CrdtLimits): VectorClock | undefined {
  if (entries.length === 0) return undefined;
  checkLimit(limits, 'maxNodesPerClock', entries.length);
  const base = new VectorClock();
  for (const entry of entries) {
    const node = entry.node ?? '';
    const counter = entry.counter ?? 0;
    if (node.length === 0 || base.get(node) !== 0) throw decodeFailed('base', 'empty or duplicate node');
    checkLimit(limits, 'maxNodeIdBytes', utf8Bytes(node));
    if (!Number.isSafeInteger(counter) || counter < 0) throw decodeFailed('base', 'counter out of range');
    base.set(node, counter);
  }
  return base;
}

function readNodes(nodes: readonly string[], limits: CrdtLimits): string[] {
  checkLimit(limits, 'maxNodesPerClock', nodes.length);
  for (const node of nodes) {
    if (node.length === 0) throw decodeFailed('node table', 'empty node id');
    checkLimit(limits, 'maxNodeIdBytes', utf8Bytes(node));
  }
  if (new Set(nodes).size !== nodes.length) throw decodeFailed('node table', 'duplicate node id');
  return [...nodes];
}

function readContext(message: continuum.crdt.v1.ICausalContext | null | undefined, limits: CrdtLimits): CausalContext {
  const context = new CausalContext();
  const entries = message?.entries ?? [];
  checkLimit(limits, 'maxNodesPerClock', entries.length);
  const names = new Set<string>();
  for (const entry of entries) {
    const node = entry.node ?? '';
    if (node.length === 0 || names.has(node)) throw decodeFailed('context', 'empty or duplicate node');
    checkLimit(limits, 'maxNodeIdBytes', utf8Bytes(node));
    names.add(node);
    const ranges = entry.ranges ?? [];
    checkLimit(limits, 'maxRangesPerNode', ranges.length / 2);
    if (!rangesValid(ranges)) throw decodeFailed('context', `invalid ranges for ${node}`);
    context.addRanges(node, [...ranges]);
  }
  return context;
}

function readStore(shape: Shape, reader: ReadContext, context: CausalContext, seen: Map<string, Set<number>>, depth: number): AnyStore {
  checkLimit(reader.limits, 'maxDecodeDepth', depth);
  const size = reader.columns.count('sizes');
  if (shape.kind === 'fun') {
    const entries: DotEntry<unknown>[] = [];
    for (let i = 0; i < size; i++) {
      const node = reader.node(reader.columns.count('dotNodes'));
      const counter = reader.columns.dotCounter();
      if (!context.has({ node, counter })) throw decodeFailed('store', 'live dot missing from the context');
      let counters = seen.get(node);
      if (counters === undefined) seen.set(node, (counters = new Set()));
      if (counters.has(counter)) throw decodeFailed('store', 'dot appears twice');
      counters.add(counter);
      entries.push({ node, counter, value: shape.payload.read(node, reader) });
    }
    return new DotFun(entries);
  }
  const map = new DotMap(emptyOf(shape.inner));
  for (let i = 0; i < size; i++) {
    const key = reader.columns.next('keys');
    checkLimit(reader.limits, 'maxKeyBytes', utf8Bytes(key));
    if (map.entries.has(key)) throw decodeFailed('store', 'duplicate key');
    const inner = readStore(shape.inner, reader, context, seen, depth + 1);
    if (inner.isEmpty()) throw decodeFailed('store', `key ${JSON.stringify(key.slice(0, 64))} holds nothing`);
    map.entries.set(key, inner);
  }
  return map;
}
