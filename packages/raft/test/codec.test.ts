import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeConfChange, decodeEntry, decodeHardState, decodeMessage, decodeMessageBatch, decodeSnapshot,
  encodeConfChange, encodeEntry, encodeHardState, encodeMessage, encodeMessageBatch, encodeSnapshot,
} from '../src/codec/codec.js';
import type { Message, Snapshot } from '../src/core/types.js';
import { RaftError } from '../src/errors.js';
import { maxDecodedMessageBytes } from '../src/limits.js';

const u64 = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
const id = fc.string({ minLength: 1, maxLength: 20 });
const bytes = fc.uint8Array({ maxLength: 40 }).map((b) => new Uint8Array(b));
const entry = fc.record({ term: u64, index: u64, type: fc.constantFrom(0 as const, 1 as const), data: bytes });
const snapshot: fc.Arbitrary<Snapshot> = fc.record({
  metadata: fc.record({ index: u64, term: u64, confState: fc.record({ voters: fc.array(id, { maxLength: 5 }), learners: fc.array(id, { maxLength: 3 }) }) }),
  data: bytes,
});
const messageArb: fc.Arbitrary<Message> = fc.record({
  type: fc.integer({ min: 0, max: 18 }) as fc.Arbitrary<Message['type']>,
  to: id, from: id, term: u64, logTerm: u64, index: u64,
  entries: fc.array(entry, { maxLength: 4 }), commit: u64, reject: fc.boolean(), rejectHint: u64, context: bytes,
}).chain((m) => fc.option(snapshot, { nil: undefined }).map((s) => (s ? { ...m, snapshot: s } : m)));

describe('codecs', () => {
  it('round-trip messages, batches, entries, hard states and snapshots', () => {
    fc.assert(fc.property(messageArb, (m) => {
      expect(decodeMessage(encodeMessage(m))).toEqual(m);
    }), { numRuns: 300 });
    fc.assert(fc.property(fc.array(messageArb, { maxLength: 5 }), (ms) => {
      expect(decodeMessageBatch(encodeMessageBatch(ms))).toEqual(ms);
    }), { numRuns: 100 });
    fc.assert(fc.property(entry, (e) => {
      expect(decodeEntry(encodeEntry(e))).toEqual(e);
    }));
    fc.assert(fc.property(snapshot, (s) => {
      expect(decodeSnapshot(encodeSnapshot(s))).toEqual(s);
    }));
    fc.assert(fc.property(u64, fc.string(), u64, (term, vote, commit) => {
      expect(decodeHardState(encodeHardState({ term, vote, commit }))).toEqual({ term, vote, commit });
    }));
  });

  it('round-trips conf changes and refuses unknown change types or empty ids', () => {
    expect(decodeConfChange(encodeConfChange({ type: 2, nodeId: 'peer' }))).toEqual({ type: 2, nodeId: 'peer' });
    expect(() => decodeConfChange(encodeConfChange({ type: 7 as 0, nodeId: 'peer' }))).toThrow(RaftError);
    expect(() => decodeConfChange(encodeConfChange({ type: 0, nodeId: '' }))).toThrow(RaftError);
  });

  it('throws only DECODE_FAILED on garbage', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (garbage) => {
      for (const decode of [decodeMessage, decodeEntry, decodeHardState, decodeSnapshot, decodeMessageBatch]) {
        try {
          decode(garbage);
        } catch (error) {
          expect(RaftError.is(error, 'DECODE_FAILED')).toBe(true);
        }
      }
    }), { numRuns: 500 });
    expect(() => decodeMessage(new Uint8Array([0x0a, 0xff, 0xff]))).toThrow(expect.objectContaining({ code: 'DECODE_FAILED' }));
    // An unknown message type (99) is refused, not passed on.
    expect(() => decodeMessage(new Uint8Array([0x08, 99]))).toThrow(expect.objectContaining({ code: 'DECODE_FAILED' }));
  });

  it(`refuses input over ${maxDecodedMessageBytes} bytes before parsing`, () => {
    expect(() => decodeMessage(new Uint8Array(maxDecodedMessageBytes + 1))).toThrow(expect.objectContaining({ code: 'DECODE_FAILED' }));
  });
});
