// The local duplicate filter in front of gossipsub's signature check: identical copies
// share an id, and a copy that differs in any field (a forged or altered one) does not,
// so it still goes through the full Ed25519 verification.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastMessageId } from '../src/host/fast-message-id.js';

const bytes = fc.uint8Array({ maxLength: 64 });
// Absent fields are left out (not undefined), as a decoded RPC message has them.
const message = fc.record({ from: bytes, data: bytes, seqno: bytes, signature: bytes, key: bytes, topic: fc.string({ maxLength: 20 }) }, { requiredKeys: ['topic'] });

describe('fastMessageId', () => {
  it('is the same for a byte-identical copy', () => {
    fc.assert(fc.property(message, (m) => {
      const copy = { ...m, ...(m.data === undefined ? {} : { data: Uint8Array.from(m.data) }) };
      expect(fastMessageId(copy)).toBe(fastMessageId(m));
    }));
  });

  it('differs when any field differs, including bytes moved from one field to the next', () => {
    fc.assert(fc.property(message, message, (a, b) => {
      const same = (x?: Uint8Array, y?: Uint8Array): boolean => Buffer.from(x ?? []).equals(Buffer.from(y ?? []));
      const equal = same(a.from, b.from) && same(a.data, b.data) && same(a.seqno, b.seqno) && same(a.signature, b.signature) && same(a.key, b.key) && a.topic === b.topic;
      fc.pre(!equal);
      expect(fastMessageId(a)).not.toBe(fastMessageId(b));
    }));
    const split = fastMessageId({ topic: 't', from: Uint8Array.of(1, 2), seqno: Uint8Array.of(3) });
    expect(fastMessageId({ topic: 't', from: Uint8Array.of(1), seqno: Uint8Array.of(2, 3) })).not.toBe(split);
  });
});
