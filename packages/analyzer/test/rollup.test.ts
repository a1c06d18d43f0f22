import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnalyzerError, decodeRollup, defaultLimits, encodeRollup, Rollup, sumRollups, type RollupKey } from '../src/index.js';

const bucketMs = 60_000;
const keyArb: fc.Arbitrary<RollupKey> = fc.record({
  territory: fc.constantFrom('US-CA-SF', 'DK-COPENHAGEN', 'HAIDA-FN-CA'),
  bucketStartMs: fc.integer({ min: 0, max: 20 }).map((b) => b * bucketMs),
  category: fc.constantFrom('none', 'hate_speech', 'offensive', 'threat', 'harassment'),
  language: fc.constantFrom('en', 'da', 'und'),
  severity: fc.constantFrom('low', 'medium', 'high', 'critical'),
});
const rollupArb = fc.array(fc.tuple(keyArb, fc.integer({ min: 0, max: 50 })), { maxLength: 30 }).map((rows) => {
  const r = new Rollup(bucketMs);
  for (const [key, count] of rows) r.addCount(key, count);
  return r;
});
const same = (a: Rollup, b: Rollup) => expect(a.rows()).toEqual(b.rows());

describe('roll-up counters', () => {
  it('merge (same origin) is commutative, associative and idempotent', () => {
    fc.assert(fc.property(rollupArb, rollupArb, rollupArb, (a, b, c) => {
      same(a.clone().merge(b), b.clone().merge(a));
      same(a.clone().merge(b).merge(c), a.clone().merge(b.clone().merge(c)));
      same(a.clone().merge(a), a);
    }));
  });

  it('a later version of one origin supersedes an earlier one, re-delivery never double counts', () => {
    fc.assert(fc.property(rollupArb, keyArb, (earlier, key) => {
      const later = earlier.clone().addCount(key, 3);
      same(earlier.clone().merge(later).merge(earlier).merge(later), later);
    }));
  });

  it('sums different origins, and totals agree with marginals', () => {
    fc.assert(fc.property(rollupArb, rollupArb, (a, b) => {
      const sum = sumRollups(bucketMs, [a, b]);
      expect(sum.total()).toBe(a.total() + b.total());
      const bySeverity = [...sum.countBy('severity').values()].reduce((x, y) => x + y, 0);
      expect(bySeverity).toBe(sum.total());
      same(decodeRollup(encodeRollup(sum)), sum);
    }));
  });

  it('prunes old buckets and rejects misaligned buckets and mixed widths', () => {
    const r = new Rollup(bucketMs).addCount({ territory: 'DK', bucketStartMs: 0, category: 'none', language: 'da', severity: 'low' }, 2)
      .addCount({ territory: 'DK', bucketStartMs: bucketMs, category: 'none', language: 'da', severity: 'low' });
    expect(r.pruneBefore(bucketMs).total()).toBe(1);
    expect(() => r.addCount({ territory: 'DK', bucketStartMs: 5, category: 'none', language: 'da', severity: 'low' })).toThrow(AnalyzerError);
    expect(() => r.merge(new Rollup(1000))).toThrow(/bucket widths/);
  });

  it('hits maxRollupKeysCount', () => {
    const r = new Rollup(bucketMs, { ...defaultLimits, maxRollupKeysCount: 2 });
    r.addCount({ territory: 'A', bucketStartMs: 0, category: 'none', language: 'en', severity: 'low' });
    r.addCount({ territory: 'B', bucketStartMs: 0, category: 'none', language: 'en', severity: 'low' });
    r.addCount({ territory: 'B', bucketStartMs: 0, category: 'none', language: 'en', severity: 'low' });
    try {
      r.addCount({ territory: 'C', bucketStartMs: 0, category: 'none', language: 'en', severity: 'low' });
      expect.unreachable();
    } catch (error) {
      expect(AnalyzerError.is(error, 'LIMIT_EXCEEDED') && error.details.limit).toBe('maxRollupKeysCount');
    }
  });
});
