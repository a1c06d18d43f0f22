/**
 * Decoding is the edge where peers' bytes come in: a frozen fixture of version 1 still
 * decodes; random bytes, truncated and corrupted buffers, wrong types and versions and
 * values past every limit all give a CrdtError, never another exception or a hang.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CrdtError, GCounter, ORSet, ReplicatedMap, decodeState, decodeVectorClock, encodeState, type CrdtKind } from '../../src/index.js';
import { continuum } from '../../src/gen/crdt.js';
import { crc32 } from '../../src/codec/crc32.js';
import { runs } from '../support/canon.js';

// ReplicatedMap state written by version 1: A wrote {theme: dark} at 1000.0 s and raw
// bytes [1, 2]; B wrote {theme: light} at 1000.1 s; A merged B, then wrote 'later' twice.
// Never regenerate: new releases must keep reading it.
const fixtureV1 =
  '0801100918012201412201422a120a070a0141120201040a070a0142120201014285010a04030201011210757365725f707265666572656e636573120372617712056c617465721a04000100002204020002042a040101020132107b227468656d65223a226461726b227d32117b227468656d65223a226c69676874227d32032279223a020102420780897ac80100004a04000000035204000000005a04000000016201006a01043d6c7a68cf';

function hex(text: string): Uint8Array {
  return Uint8Array.from(text.match(/../g) ?? [], (h) => parseInt(h, 16));
}

function expectCrdtError(run: () => unknown): CrdtError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CrdtError);
    return error as CrdtError;
  }
  throw new Error('expected a CrdtError');
}

/** Re-encodes a raw State message with a valid checksum (to reach the checks after it). */
function sealed(message: continuum.crdt.v1.State.$Properties): Uint8Array {
  const body = continuum.crdt.v1.State.encode(message).finish();
  const out = new Uint8Array(body.length + 5);
  out.set(body);
  out[body.length] = 0x3d;
  new DataView(out.buffer).setUint32(body.length + 1, crc32(body), true);
  return out;
}

const kinds: CrdtKind[] = ['g_counter', 'pn_counter', 'lww_register', 'mv_register', 'g_set', 'or_set', 'counter_map', 'lww_map', 'replicated_map'];

describe('state decoding', () => {
  it('decodes the frozen version-1 fixture', () => {
    const map = new ReplicatedMap('C', { strategy: 'last_write_wins', wallClockMs: () => 1_000_200 });
    map.merge(decodeState('replicated_map', hex(fixtureV1)));
    expect(map.get('user_preferences')).toMatchObject({ value: { theme: 'light' }, siblings: 2 });
    expect(map.get('user_preferences')?.clock.toJSON()).toEqual({ A: 1, B: 1 });
    expect(map.get('raw')?.value).toEqual(new Uint8Array([1, 2]));
    expect(map.get('later')).toMatchObject({ value: 'y', siblings: 1 });
    expect(map.get('later')?.clock.toJSON()).toEqual({ A: 4 });
    expect(map.versionVector().toJSON()).toEqual({ A: 4, B: 1 });
  });

  it('writes safe integers as integers (version 2) and reads them back exactly; other numbers stay JSON', () => {
    const map = new ReplicatedMap('A', { strategy: 'last_write_wins', wallClockMs: () => 1_000 });
    const values = [0, -1, 7, 123_456, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 0.5, 1e300, 2 ** 53, '12', [1, 2], { n: 3 }];
    values.forEach((v, i) => map.put(`k${i}`, v));
    const bytes = encodeState('replicated_map', map.state());
    expect(continuum.crdt.v1.State.decode(bytes.subarray(0, bytes.length - 5)).version).toBe(2);
    const copy = new ReplicatedMap('B', { strategy: 'last_write_wins', wallClockMs: () => 1_000 });
    copy.merge(decodeState('replicated_map', bytes));
    expect(values.map((_, i) => copy.get(`k${i}`)?.value)).toEqual(values);
    // 100 small integers take less room as integers than as JSON text.
    const ints = new ReplicatedMap('A', { strategy: 'last_write_wins', wallClockMs: () => 1_000 });
    for (let i = 0; i < 100; i++) ints.put(`k${i}`, 10_000 + i);
    const texts = new ReplicatedMap('A', { strategy: 'last_write_wins', wallClockMs: () => 1_000 });
    for (let i = 0; i < 100; i++) texts.put(`k${i}`, `${10_000 + i}`);
    expect(encodeState('replicated_map', ints.state()).length).toBeLessThan(encodeState('replicated_map', texts.state()).length - 200);
  });

  it('refuses an integer value in a version-1 state, and an integer column that ends early', () => {
    const columns = { sizes: [1, 1], keys: ['k'], dotNodes: [0], dotCounters: [1], valueKinds: [3], wallMs: [1], logical: [0], timestampNodes: [0], clockSizes: [0] };
    const state = (version: number, ints: number[]) => sealed({
      version, type: continuum.crdt.v1.CrdtType.REPLICATED_MAP, full: true, nodes: ['A'],
      context: { entries: [{ node: 'A', ranges: [1, 1] }] }, columns: { ...columns, ints },
    });
    expect(decodeState('replicated_map', state(2, [5])).store.entries.get('k')?.entries[0]?.value.value).toBe(5);
    expect(expectCrdtError(() => decodeState('replicated_map', state(1, [5]))).code).toBe('DECODE_FAILED');
    expect(expectCrdtError(() => decodeState('replicated_map', state(2, []))).code).toBe('DECODE_FAILED');
  });

  it('random bytes never crash the decoder', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom(...kinds), (bytes, kind) => {
        try {
          decodeState(kind, bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(CrdtError);
        }
      }),
      { numRuns: runs(500) },
    );
  });

  it('random bytes behind a valid checksum never crash the decoder', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom(...kinds), (body, kind) => {
        const bytes = new Uint8Array(body.length + 5);
        bytes.set(body);
        bytes[body.length] = 0x3d;
        new DataView(bytes.buffer).setUint32(body.length + 1, crc32(body), true);
        try {
          decodeState(kind, bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(CrdtError);
        }
      }),
      { numRuns: runs(500) },
    );
  });

  it('every truncation and every single-bit flip of a valid state is refused', () => {
    const bytes = hex(fixtureV1);
    for (let length = 0; length < bytes.length; length++) {
      expect(expectCrdtError(() => decodeState('replicated_map', bytes.subarray(0, length))).code).toBe('DECODE_FAILED');
    }
    for (let bit = 0; bit < bytes.length * 8; bit += 7) {
      const flipped = bytes.slice();
      flipped[bit >> 3] = (flipped[bit >> 3] as number) ^ (1 << (bit & 7));
      expectCrdtError(() => decodeState('replicated_map', flipped));
    }
  });

  it('refuses another type, another version, and dots missing from the context', () => {
    const counter = new GCounter('A');
    counter.increment();
    const bytes = encodeState('g_counter', counter.state());
    expect(expectCrdtError(() => decodeState('or_set', bytes)).code).toBe('DECODE_FAILED');
    expect(expectCrdtError(() => decodeState('g_counter', sealed({ version: 3, type: 1, full: true }))).code).toBe('UNSUPPORTED_VERSION');
    expect(expectCrdtError(() => decodeState('g_counter', sealed({ version: 0, type: 1, full: true }))).code).toBe('UNSUPPORTED_VERSION');
    const orphan = sealed({
      version: 1, type: continuum.crdt.v1.CrdtType.G_COUNTER, full: true, nodes: ['A'],
      context: { entries: [] },
      columns: { sizes: [1], dotNodes: [0], dotCounters: [1], increments: [1], decrements: [0] },
    });
    expect(expectCrdtError(() => decodeState('g_counter', orphan)).details).toMatchObject({ reason: 'live dot missing from the context' });
    const leftover = sealed({
      version: 1, type: continuum.crdt.v1.CrdtType.G_COUNTER, full: true, nodes: ['A'],
      context: { entries: [{ node: 'A', ranges: [1, 1] }] },
      columns: { sizes: [1], dotNodes: [0], dotCounters: [1], increments: [1, 2], decrements: [0] },
    });
    expect(expectCrdtError(() => decodeState('g_counter', leftover)).details).toMatchObject({ what: 'column increments' });
    const valid = sealed({
      version: 1, type: continuum.crdt.v1.CrdtType.G_COUNTER, full: true, nodes: ['A'],
      context: { entries: [{ node: 'A', ranges: [1, 1] }] },
      columns: { sizes: [1], dotNodes: [0], dotCounters: [1], increments: [1], decrements: [0] },
    });
    expect(decodeState('g_counter', valid).store.entries).toEqual([{ node: 'A', counter: 1, value: { increments: 1, decrements: 0 } }]);
  });

  it('enforces maxStateBytes, maxDeltaBytes, maxKeyBytes and maxDecodeDepth', () => {
    const set = new ORSet('A');
    set.add('x'.repeat(100));
    const bytes = encodeState('or_set', set.state());
    expect(expectCrdtError(() => decodeState('or_set', bytes, { limits: { maxStateBytes: 50 } })).details).toMatchObject({ limit: 'maxStateBytes' });
    const delta = encodeState('or_set', set.deltaSince(new ORSet('B').versionVector()));
    expect(expectCrdtError(() => decodeState('or_set', delta, { limits: { maxDeltaBytes: 50 } })).details).toMatchObject({ limit: 'maxDeltaBytes' });
    expect(expectCrdtError(() => decodeState('or_set', bytes, { limits: { maxKeyBytes: 99 } })).details).toMatchObject({ limit: 'maxKeyBytes' });
    expect(expectCrdtError(() => decodeState('or_set', bytes, { limits: { maxDecodeDepth: 1 } })).details).toMatchObject({ limit: 'maxDecodeDepth' });
    const map = new ReplicatedMap('A', { strategy: 'last_write_wins', wallClockMs: () => 1 });
    map.put('deep', [[[[['x']]]]]);
    const deep = encodeState('replicated_map', map.state());
    expect(expectCrdtError(() => decodeState('replicated_map', deep, { limits: { maxDecodeDepth: 4 } })).details).toMatchObject({ limit: 'maxDecodeDepth' });
  });

  it('enforces maxNodesPerClock, maxRangesPerNode and maxNodeIdBytes on the context', () => {
    const wide = sealed({ version: 1, type: 1, full: true, context: { entries: [{ node: 'A', ranges: [1, 1, 3, 3, 5, 5] }] } });
    expect(expectCrdtError(() => decodeState('g_counter', wide, { limits: { maxRangesPerNode: 2 } })).details).toMatchObject({ limit: 'maxRangesPerNode' });
    const many = sealed({ version: 1, type: 1, full: true, context: { entries: [{ node: 'A', ranges: [1, 1] }, { node: 'B', ranges: [1, 1] }] } });
    expect(expectCrdtError(() => decodeState('g_counter', many, { limits: { maxNodesPerClock: 1 } })).details).toMatchObject({ limit: 'maxNodesPerClock' });
    const long = sealed({ version: 1, type: 1, full: true, context: { entries: [{ node: 'N'.repeat(300), ranges: [1, 1] }] } });
    expect(expectCrdtError(() => decodeState('g_counter', long)).details).toMatchObject({ limit: 'maxNodeIdBytes' });
    const bad = sealed({ version: 1, type: 1, full: true, context: { entries: [{ node: 'A', ranges: [3, 1] }] } });
    expect(expectCrdtError(() => decodeState('g_counter', bad)).code).toBe('DECODE_FAILED');
  });

  it('vector clock decoding refuses garbage with a CrdtError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        try {
          decodeVectorClock(bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(CrdtError);
        }
      }),
      { numRuns: runs(300) },
    );
  });
});
