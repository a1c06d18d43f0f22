// RFC 2782 ordering of SRV records, as laws over random record sets and draws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderSrvRecords, type SrvRecord } from '../src/index.js';

const record = fc.record({
  name: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
  port: fc.integer({ min: 1, max: 65535 }),
  priority: fc.integer({ min: 0, max: 3 }),
  weight: fc.integer({ min: 0, max: 100 }),
});
/** A seeded PRNG from fast-check's draws, so runs repeat from the printed seed. */
const randoms = fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 1, maxLength: 50 });
const cycle = (values: number[]) => { let i = 0; return () => values[i++ % values.length] ?? 0; };

describe('orderSrvRecords (RFC 2782)', () => {
  it('is a permutation of its input', () => {
    fc.assert(fc.property(fc.array(record, { maxLength: 20 }), randoms, (records, draws) => {
      const ordered = orderSrvRecords(records, cycle(draws));
      expect([...ordered].sort(compare)).toEqual([...records].sort(compare));
    }));
  });

  it('never puts a higher priority value before a lower one', () => {
    fc.assert(fc.property(fc.array(record, { maxLength: 20 }), randoms, (records, draws) => {
      const priorities = orderSrvRecords(records, cycle(draws)).map((r) => r.priority);
      expect(priorities).toEqual([...priorities].sort((a, b) => a - b));
    }));
  });

  it('puts a weight-0 record after every positive weight of its priority, unless the integer draw is 0', () => {
    fc.assert(fc.property(fc.array(record, { maxLength: 20 }), randoms, (records, draws) => {
      // Draws of at least 1/2 never give the integer draw 0 when some weight is positive
      // (the draw is floor(random * (total + 1)) with total >= 1).
      const positive = cycle(draws.map((d) => 0.5 + d / 2));
      const ordered = orderSrvRecords(records, positive);
      for (const [index, r] of ordered.entries()) {
        if (r.weight !== 0) continue;
        expect(ordered.slice(index + 1).some((later) => later.priority === r.priority && later.weight > 0)).toBe(false);
      }
    }));
  });

  it('picks first within a priority in proportion to weight', () => {
    const records: SrvRecord[] = [
      { name: 'heavy', port: 1, priority: 10, weight: 90 },
      { name: 'light', port: 2, priority: 10, weight: 10 },
    ];
    // A deterministic sweep of draws over [0, 1): the first pick follows the weights.
    const draws = 1000;
    let heavyFirst = 0;
    for (let i = 0; i < draws; i++) {
      if (orderSrvRecords(records, () => i / draws)[0]?.name === 'heavy') heavyFirst++;
    }
    expect(heavyFirst / draws).toBeGreaterThan(0.85);
    expect(heavyFirst / draws).toBeLessThan(0.95);
  });
});

function compare(a: SrvRecord, b: SrvRecord): number {
  return JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0;
}
