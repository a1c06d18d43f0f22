import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeHashtagSketch, encodeHashtagSketch, HashtagSketch, mulberry32, sumHashtagSketches, trendingHashtags } from '../src/index.js';

const shape = { width: 512, depth: 4, candidateCount: 32 };

/** A stream with 5 heavy tags over a long tail of 3,000 rare ones. */
function stream(seed: number, length: number): string[] {
  const random = mulberry32(seed);
  return Array.from({ length }, () => (random() < 0.3 ? `heavy${Math.floor(random() * 5)}` : `tail${Math.floor(random() * 3000)}`));
}

describe('trending hashtags sketch', () => {
  it('finds the heavy hitters with bounded memory and never undercounts', () => {
    const sketch = new HashtagSketch(shape);
    const exact = new Map<string, number>();
    for (const tag of stream(1, 20_000)) {
      sketch.add(tag);
      exact.set(tag, (exact.get(tag) ?? 0) + 1);
    }
    expect(sketch.top(5).map((t) => t.hashtag).sort()).toEqual(['heavy0', 'heavy1', 'heavy2', 'heavy3', 'heavy4']);
    for (const [tag, count] of exact) expect(sketch.estimate(tag)).toBeGreaterThanOrEqual(count);
    expect(sketch.candidateTags().length).toBeLessThanOrEqual(shape.candidateCount);
    expect(sketch.counters.length).toBe(shape.width * shape.depth);
  });

  it('merges versions of one origin idempotently and commutatively; sums origins', () => {
    fc.assert(fc.property(fc.integer(), fc.integer(), (s1, s2) => {
      const a = new HashtagSketch(shape);
      for (const tag of stream(s1, 300)) a.add(tag);
      const b = new HashtagSketch(shape);
      for (const tag of stream(s2, 300)) b.add(tag);
      expect(a.clone().merge(b).top(10)).toEqual(b.clone().merge(a).top(10));
      expect(a.clone().merge(a).top(10)).toEqual(a.top(10));
      const sum = sumHashtagSketches(shape, [a, b]);
      expect(sum.estimate('heavy0')).toBeGreaterThanOrEqual(a.estimate('heavy0'));
      expect(decodeHashtagSketch(encodeHashtagSketch(sum)).top(10)).toEqual(sum.top(10));
    }), { numRuns: 20 });
  });

  it('ranks a tag that surges now above one that was always common', () => {
    const baseline = new HashtagSketch(shape).add('steady', 100).add('surge', 2);
    const current = new HashtagSketch(shape).add('steady', 100).add('surge', 60);
    expect(trendingHashtags(current, baseline, 1)[0]?.hashtag).toBe('surge');
  });

  it('refuses to merge sketches of different shapes', () => {
    expect(() => new HashtagSketch(shape).merge(new HashtagSketch({ ...shape, width: 256 }))).toThrow(/shapes/);
  });
});
