/**
 * Roll-up counts by territory, time bucket, primary category, language and severity.
 *
 * CRDT shape: a roll-up belongs to one origin (a child node, or this node). Its counts only
 * grow, so two versions of the same origin's roll-up merge by pointwise max (commutative,
 * associative, idempotent: a G-counter row per key), and the roll-ups of different origins
 * combine by `sumRollups`. A parent keeps one roll-up per child, so re-delivered or
 * reordered updates never double count; what it reports upward is the sum, as its own origin.
 */
import { AnalyzerError, requireArgument } from '../errors.js';
import { defaultLimits, validateLimits, type AnalyzerLimits } from '../limits.js';
import type { PostMetadata, PrimaryCategory, Severity } from '../metadata.js';

export interface RollupKey {
  readonly territory: string;
  /** Start of the time bucket, epoch ms (a multiple of the bucket width). */
  readonly bucketStartMs: number;
  readonly category: PrimaryCategory;
  readonly language: string;
  readonly severity: Severity;
}

export interface RollupRow extends RollupKey {
  readonly count: number;
}

export type RollupDimension = keyof RollupKey;

const separator = '\u0001';
const keyOf = (k: RollupKey) => [k.territory, k.bucketStartMs, k.category, k.language, k.severity].join(separator);

function keyFrom(text: string): RollupKey {
  const [territory, bucket, category, language, severity] = text.split(separator);
  return { territory: territory ?? '', bucketStartMs: Number(bucket), category: category as PrimaryCategory, language: language ?? '', severity: severity as Severity };
}

export class Rollup {
  private readonly counts = new Map<string, number>();

  /** `bucketMs`: width of the time buckets (all roll-ups that meet must agree on it). */
  constructor(readonly bucketMs: number, private readonly limits: AnalyzerLimits = defaultLimits) {
    requireArgument(Number.isSafeInteger(bucketMs) && bucketMs > 0, 'bucketMs', 'must be a positive integer');
    validateLimits(limits);
  }

  get size(): number {
    return this.counts.size;
  }

  /** Start of the bucket holding `epochMs`. */
  bucketOf(epochMs: number): number {
    return Math.floor(epochMs / this.bucketMs) * this.bucketMs;
  }

  /** Counts `count` posts under `key` (whose bucket start must be aligned). */
  addCount(key: RollupKey, count = 1): this {
    requireArgument(Number.isSafeInteger(count) && count >= 0, 'count', 'must be a non-negative integer');
    requireArgument(key.bucketStartMs % this.bucketMs === 0, 'bucketStartMs', 'not aligned to the bucket width');
    const k = keyOf(key);
    if (!this.counts.has(k) && this.counts.size >= this.limits.maxRollupKeysCount) {
      throw new AnalyzerError('LIMIT_EXCEEDED', `roll-up has ${this.counts.size} keys`, { limit: 'maxRollupKeysCount', value: this.counts.size + 1 });
    }
    this.counts.set(k, (this.counts.get(k) ?? 0) + count);
    return this;
  }

  /** Counts one analysed post. */
  add(metadata: PostMetadata): this {
    return this.addCount({
      territory: metadata.territory, bucketStartMs: this.bucketOf(metadata.createdAtMs), category: metadata.primaryCategory,
      language: metadata.language, severity: metadata.severity,
    });
  }

  get(key: RollupKey): number {
    return this.counts.get(keyOf(key)) ?? 0;
  }

  /** Every row, sorted by key (so equal roll-ups list identically). */
  rows(): RollupRow[] {
    return [...this.counts.keys()].sort().map((k) => ({ ...keyFrom(k), count: this.counts.get(k) as number }));
  }

  total(): number {
    let sum = 0;
    for (const count of this.counts.values()) sum += count;
    return sum;
  }

  /** Totals by one dimension, e.g. `countBy('severity')`. */
  countBy<D extends RollupDimension>(dimension: D): Map<RollupKey[D], number> {
    const out = new Map<RollupKey[D], number>();
    for (const row of this.rows()) out.set(row[dimension], (out.get(row[dimension]) ?? 0) + row.count);
    return out;
  }

  /** Join with another version of the same origin's roll-up: pointwise max. */
  merge(other: Rollup): this {
    requireArgument(other.bucketMs === this.bucketMs, 'bucketMs', 'roll-ups with different bucket widths do not merge');
    for (const row of other.rows()) {
      const k = keyOf(row);
      if (!this.counts.has(k) && this.counts.size >= this.limits.maxRollupKeysCount) {
        throw new AnalyzerError('LIMIT_EXCEEDED', `roll-up has ${this.counts.size} keys`, { limit: 'maxRollupKeysCount', value: this.counts.size + 1 });
      }
      this.counts.set(k, Math.max(this.counts.get(k) ?? 0, row.count));
    }
    return this;
  }

  /** Drops buckets that start before `bucketStartMs` (retention; apply the same cut at every replica). */
  pruneBefore(bucketStartMs: number): this {
    for (const k of [...this.counts.keys()]) if (keyFrom(k).bucketStartMs < bucketStartMs) this.counts.delete(k);
    return this;
  }

  clone(): Rollup {
    return new Rollup(this.bucketMs, this.limits).merge(this);
  }

  static fromRows(bucketMs: number, rows: readonly RollupRow[], limits: AnalyzerLimits = defaultLimits): Rollup {
    const rollup = new Rollup(bucketMs, limits);
    for (const row of rows) rollup.addCount(row, row.count);
    return rollup;
  }
}

/** The roll-up of several origins (children): pointwise sum. */
export function sumRollups(bucketMs: number, rollups: Iterable<Rollup>, limits: AnalyzerLimits = defaultLimits): Rollup {
  const out = new Rollup(bucketMs, limits);
  for (const rollup of rollups) {
    requireArgument(rollup.bucketMs === bucketMs, 'bucketMs', 'roll-ups with different bucket widths do not sum');
    for (const row of rollup.rows()) out.addCount(row, row.count);
  }
  return out;
}
