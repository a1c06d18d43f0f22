import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CrdtError, VectorClock, compareClocks, decodeVectorClock, defaultLimits, encodeVectorClock } from '../../src/index.js';
import { runs } from '../support/canon.js';

const clockArbitrary = fc.dictionary(fc.constantFrom('A', 'B', 'C', 'D'), fc.nat(4)).map((r) => VectorClock.from(r));

describe('VectorClock (the design\'s Compare pseudo-code)', () => {
  it('orders the design example: A {A:1}, B {B:1}, then A {A:2}', () => {
    const a1 = VectorClock.from({ A: 1, B: 0, C: 0 });
    const b1 = VectorClock.from({ A: 0, B: 1, C: 0 });
    const a2 = VectorClock.from({ A: 2, B: 0, C: 0 });
    expect(a1.compare(b1)).toBe('concurrent');
    expect(a1.compare(a2)).toBe('before');
    expect(a2.compare(a1)).toBe('after');
    expect(a2.compare(b1)).toBe('concurrent');
    expect(a1.compare(VectorClock.from({ A: 1 }))).toBe('equal');
  });

  it('increments and merges pointwise; a merged clock is after both inputs', () => {
    const a = new VectorClock();
    expect(a.increment('A')).toBe(1);
    expect(a.increment('A')).toBe(2);
    const b = VectorClock.from({ B: 3 });
    const merged = a.clone().merge(b);
    expect(merged.toJSON()).toEqual({ A: 2, B: 3 });
    expect(merged.compare(a)).toBe('after');
    expect(merged.compare(b)).toBe('after');
  });

  it('compare is antisymmetric and agrees with merge', () => {
    const flip = { before: 'after', after: 'before', equal: 'equal', concurrent: 'concurrent' } as const;
    fc.assert(
      fc.property(clockArbitrary, clockArbitrary, (x, y) => {
        expect(compareClocks(y, x)).toBe(flip[compareClocks(x, y)]);
        const joined = x.clone().merge(y);
        expect(['after', 'equal']).toContain(joined.compare(x));
        expect(x.dominatedBy(joined)).toBe(true);
        expect(x.clone().merge(y).equals(y.clone().merge(x))).toBe(true);
      }),
      { numRuns: runs(200) },
    );
  });

  it('meets to what every clock has seen', () => {
    const meet = VectorClock.meet([VectorClock.from({ A: 3, B: 1 }), VectorClock.from({ A: 2, C: 5 }), VectorClock.from({ A: 4, B: 2, C: 1 })]);
    expect(meet.toJSON()).toEqual({ A: 2 });
    expect(VectorClock.meet([]).size).toBe(0);
    fc.assert(
      fc.property(clockArbitrary, clockArbitrary, (x, y) => {
        const m = VectorClock.meet([x, y]);
        expect(m.dominatedBy(x) && m.dominatedBy(y)).toBe(true);
      }),
      { numRuns: runs(100) },
    );
  });

  it('prunes a removed node', () => {
    const clock = VectorClock.from({ A: 1, gone: 7 });
    clock.prune('gone');
    expect(clock.toJSON()).toEqual({ A: 1 });
  });

  it('refuses more than maxNodesPerClock nodes and negative counters', () => {
    const clock = new VectorClock();
    for (let i = 0; i < defaultLimits.maxNodesPerClock; i++) clock.set(`n${i}`, 1);
    expect(() => clock.set('one-more', 1)).toThrow(expect.objectContaining({ code: 'LIMIT_EXCEEDED', details: expect.objectContaining({ limit: 'maxNodesPerClock' }) }));
    expect(() => new VectorClock().set('A', -1)).toThrow(CrdtError);
  });

  it('encodes and decodes; garbage gives DECODE_FAILED', () => {
    const clock = VectorClock.from({ A: 1, B: 2 ** 40 });
    expect(decodeVectorClock(encodeVectorClock(clock)).toJSON()).toEqual(clock.toJSON());
    expect(() => decodeVectorClock(new Uint8Array([0x0a, 0x05, 0x0a]))).toThrow(expect.objectContaining({ code: 'DECODE_FAILED' }));
  });
});
