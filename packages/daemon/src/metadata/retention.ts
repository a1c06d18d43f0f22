/**
 * Retention of the metadata replica: which counter keys and records are older than a
 * horizon. Counter keys name their time bucket (`records.ts`: `["c", territory, bucket, …]`
 * and `["h", bucket, tag]`); a bucket goes once it ends at or before the horizon. Records
 * (per-post, report, alert) carry `created_at_ms`; a record goes when it was created
 * before the horizon. Every replica prunes with these same predicates and passes them to
 * its merges, so a peer that has not pruned yet cannot bring anything back.
 */
import { parseRollupKey } from '@continuum/crdt';

/** The start of a counter key's time bucket, or undefined for a key without one (kept). */
export function bucketOfKey(key: string): number | undefined {
  let parts: string[];
  try {
    parts = parseRollupKey(key);
  } catch {
    return undefined;
  }
  const raw = parts[0] === 'c' ? parts[2] : parts[0] === 'h' ? parts[1] : undefined;
  const bucket = raw === undefined ? Number.NaN : Number(raw);
  return Number.isFinite(bucket) ? bucket : undefined;
}

const createdPattern = /"created_at_ms":(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)/;

/** A record's `created_at_ms` (its canonical JSON), or undefined when it has none (kept). */
export function createdAtOf(record: string): number | undefined {
  const match = createdPattern.exec(record);
  return match === null ? undefined : Number(match[1]);
}

/** Drops counter keys whose bucket (of `bucketMs`) ends at or before `horizonMs`. */
export function expiredCount(horizonMs: number, bucketMs: number): (key: string) => boolean {
  return (key) => {
    const bucket = bucketOfKey(key);
    return bucket !== undefined && bucket + bucketMs <= horizonMs;
  };
}

/** Drops records created before `floorMs`. */
export function expiredRecord(floorMs: number): (record: string) => boolean {
  return (record) => {
    const created = createdAtOf(record);
    return created !== undefined && created < floorMs;
  };
}

/**
 * The lowest creation time that keeps at most `max` of `records` (oldest dropped first):
 * `-Infinity` when they fit. Ties at the cut go too, so the bound holds strictly.
 * O(n log n): run it periodically, not per write.
 */
export function countFloor(records: Iterable<string>, max: number): number {
  const times: number[] = [];
  for (const record of records) times.push(createdAtOf(record) ?? Number.POSITIVE_INFINITY);
  if (times.length <= max) return Number.NEGATIVE_INFINITY;
  times.sort((a, b) => a - b);
  // Creation times are whole milliseconds: everything up to and including the cut goes.
  return (times[times.length - max - 1] as number) + 1;
}
