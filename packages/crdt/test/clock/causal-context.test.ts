import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CausalContext, defaultLimits } from '../../src/index.js';
import { rangesAbove, rangesSubtract, rangesUnion, rangesValid, type Ranges } from '../../src/clock/ranges.js';
import { runs } from '../support/canon.js';

function toRanges(values: readonly number[]): Ranges {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  const out: Ranges = [];
  for (const v of sorted) {
    if (out.length > 0 && out[out.length - 1] === v - 1) out[out.length - 1] = v;
    else out.push(v, v);
  }
  return out;
}

function expand(ranges: Ranges): number[] {
  const out: number[] = [];
  for (let i = 0; i < ranges.length; i += 2) for (let v = ranges[i] as number; v <= (ranges[i + 1] as number); v++) out.push(v);
  return out;
}

const valuesArbitrary = fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 40 });

describe('dot ranges agree with a set model', () => {
  it('union, subtract and above', () => {
    fc.assert(
      fc.property(valuesArbitrary, valuesArbitrary, fc.integer({ min: 0, max: 60 }), (a, b, floor) => {
        const ra = toRanges(a);
        const rb = toRanges(b);
        const union = rangesUnion(ra, rb);
        expect(rangesValid(union)).toBe(true);
        expect(expand(union)).toEqual([...new Set([...a, ...b])].sort((x, y) => x - y));
        expect(expand(rangesSubtract(ra, rb))).toEqual([...new Set(a)].filter((v) => !b.includes(v)).sort((x, y) => x - y));
        expect(expand(rangesAbove(ra, floor))).toEqual([...new Set(a)].filter((v) => v > floor).sort((x, y) => x - y));
      }),
      { numRuns: runs(300) },
    );
  });
});

describe('CausalContext', () => {
  it('reports the contiguous prefix as its version vector and the gaps as ranges', () => {
    const context = new CausalContext();
    for (const c of [1, 2, 3, 5, 6, 9]) context.add({ node: 'A', counter: c });
    context.add({ node: 'B', counter: 2 });
    expect(context.versionVector().toJSON()).toEqual({ A: 3 });
    expect(context.has({ node: 'A', counter: 4 })).toBe(false);
    expect(context.has({ node: 'A', counter: 6 })).toBe(true);
    expect(context.next('A')).toEqual({ node: 'A', counter: 10 });
    expect([...context.entries()]).toEqual([['A', [1, 3, 5, 6, 9, 9]], ['B', [2, 2]]]);
    context.add({ node: 'A', counter: 4 });
    expect(context.versionVector().get('A')).toBe(6);
  });

  it('refuses more than maxRangesPerNode gaps for one node', () => {
    const context = new CausalContext();
    for (let i = 0; i < defaultLimits.maxRangesPerNode; i++) context.add({ node: 'A', counter: 2 * i + 1 });
    expect(() => context.add({ node: 'A', counter: 2 * defaultLimits.maxRangesPerNode + 1 })).toThrow(expect.objectContaining({ code: 'LIMIT_EXCEEDED', details: expect.objectContaining({ limit: 'maxRangesPerNode' }) }));
  });
});
