/**
 * Trending hashtags with bounded memory: a Count-Min sketch (depth × width counters) plus
 * a bounded list of candidate tags (the heaviest seen). Memory does not grow with the
 * number of distinct tags. Estimates never undercount; they overcount by at most
 * e·N/width with probability 1 − e^−depth (N: total count).
 *
 * CRDT shape as in rollup.ts: versions of one origin's sketch merge by pointwise max;
 * sketches of different origins combine with `sumHashtagSketches`. Candidates are
 * re-ranked by the merged counters, so merging is commutative; with `candidateCount` a few
 * times the k asked for, top-k is stable under any merge order in practice.
 */
import { requireArgument } from '../errors.js';
import { fnv1a32 } from '../text/hash.js';

export interface HashtagSketchShape {
  readonly width: number;
  readonly depth: number;
  readonly candidateCount: number;
}

export const defaultHashtagSketchShape: HashtagSketchShape = Object.freeze({ width: 2048, depth: 4, candidateCount: 64 });

export interface HashtagCount {
  readonly hashtag: string;
  readonly count: number;
}

export class HashtagSketch {
  readonly counters: Uint32Array;
  private candidates = new Map<string, number>();

  constructor(readonly shape: HashtagSketchShape = defaultHashtagSketchShape, counters?: Uint32Array, candidates?: Iterable<string>) {
    requireArgument(Number.isInteger(shape.width) && shape.width > 0 && shape.width <= 1 << 20, 'width', 'must be in 1..2^20');
    requireArgument(Number.isInteger(shape.depth) && shape.depth > 0 && shape.depth <= 16, 'depth', 'must be in 1..16');
    requireArgument(Number.isInteger(shape.candidateCount) && shape.candidateCount > 0 && shape.candidateCount <= 10_000, 'candidateCount', 'must be in 1..10000');
    if (counters !== undefined) requireArgument(counters.length === shape.width * shape.depth, 'counters', 'length is not width × depth');
    this.counters = counters ?? new Uint32Array(shape.width * shape.depth);
    if (candidates !== undefined) this.rerank(candidates);
  }

  private slot(row: number, hashtag: string): number {
    return row * this.shape.width + (fnv1a32(hashtag, row + 1) % this.shape.width);
  }

  /** Upper-bound estimate of a tag's count. */
  estimate(hashtag: string): number {
    let min = Infinity;
    for (let row = 0; row < this.shape.depth; row++) min = Math.min(min, this.counters[this.slot(row, hashtag)] as number);
    return min;
  }

  add(hashtag: string, count = 1): this {
    requireArgument(Number.isSafeInteger(count) && count >= 0, 'count', 'must be a non-negative integer');
    for (let row = 0; row < this.shape.depth; row++) {
      const slot = this.slot(row, hashtag);
      this.counters[slot] = Math.min(0xffffffff, (this.counters[slot] as number) + count);
    }
    this.rerank([...this.candidates.keys(), hashtag]);
    return this;
  }

  /** Keeps the `candidateCount` heaviest of `tags` by current estimate (ties: tag order). */
  private rerank(tags: Iterable<string>): void {
    const ranked = [...new Set(tags)].map((hashtag) => ({ hashtag, count: this.estimate(hashtag) })).sort(compareCounts).slice(0, this.shape.candidateCount);
    this.candidates = new Map(ranked.map((r) => [r.hashtag, r.count]));
  }

  /** The k heaviest candidates with their estimates. */
  top(k: number): HashtagCount[] {
    return [...this.candidates.keys()].map((hashtag) => ({ hashtag, count: this.estimate(hashtag) })).sort(compareCounts).slice(0, k);
  }

  candidateTags(): string[] {
    return [...this.candidates.keys()].sort();
  }

  private requireSameShape(other: HashtagSketch): void {
    const same = other.shape.width === this.shape.width && other.shape.depth === this.shape.depth && other.shape.candidateCount === this.shape.candidateCount;
    requireArgument(same, 'shape', 'sketches of different shapes do not merge');
  }

  /** Join with another version of the same origin's sketch: pointwise max. */
  merge(other: HashtagSketch): this {
    this.requireSameShape(other);
    for (let i = 0; i < this.counters.length; i++) this.counters[i] = Math.max(this.counters[i] as number, other.counters[i] as number);
    this.rerank([...this.candidates.keys(), ...other.candidates.keys()]);
    return this;
  }

  /** Adds another origin's sketch into this one. */
  addSketch(other: HashtagSketch): this {
    this.requireSameShape(other);
    for (let i = 0; i < this.counters.length; i++) this.counters[i] = Math.min(0xffffffff, (this.counters[i] as number) + (other.counters[i] as number));
    this.rerank([...this.candidates.keys(), ...other.candidates.keys()]);
    return this;
  }

  clone(): HashtagSketch {
    return new HashtagSketch(this.shape, this.counters.slice(), this.candidates.keys());
  }
}

function compareCounts(a: HashtagCount, b: HashtagCount): number {
  return b.count - a.count || (a.hashtag < b.hashtag ? -1 : a.hashtag > b.hashtag ? 1 : 0);
}

/** The sketch of several origins (children): pointwise sum. */
export function sumHashtagSketches(shape: HashtagSketchShape, sketches: Iterable<HashtagSketch>): HashtagSketch {
  const out = new HashtagSketch(shape);
  for (const sketch of sketches) out.addSketch(sketch);
  return out;
}

export interface TrendingHashtag extends HashtagCount {
  /** Count in the baseline window. */
  readonly baseline: number;
  /** (count + 1) / (baseline·scale + 1): growth over the baseline, smoothed. */
  readonly growth: number;
}

/**
 * Tags rising in `current` against `baseline` (e.g. this hour against the previous day):
 * at least `minCount` now, ranked by smoothed growth. `baselineScale` converts the
 * baseline to the current window's length (1/24 for a day against an hour).
 */
export function trendingHashtags(current: HashtagSketch, baseline: HashtagSketch, k: number, minCount = 5, baselineScale = 1): TrendingHashtag[] {
  return current.top(current.shape.candidateCount)
    .filter((c) => c.count >= minCount)
    .map((c) => {
      const before = baseline.estimate(c.hashtag);
      return { ...c, baseline: before, growth: (c.count + 1) / (before * baselineScale + 1) };
    })
    .sort((a, b) => b.growth - a.growth || b.count - a.count || (a.hashtag < b.hashtag ? -1 : 1))
    .slice(0, k);
}
