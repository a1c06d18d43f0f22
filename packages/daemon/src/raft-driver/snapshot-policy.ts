/**
 * When a council member snapshots its state and compacts its log. A snapshot serialises
 * the whole federation state (over several loop turns), so its cost grows with the state, while a
 * log's cost (memory, replay at restart) grows with the bytes written since the last one.
 * A snapshot is due once both hold: at least `limits.snapshotEveryEntries` entries
 * since the last, and at least as many log bytes as that snapshot had (the state's size).
 * Snapshot work per byte written then stays constant however large the state, and the log
 * never holds more than about the state's size. `limits.snapshotMaxEveryEntries` bounds the
 * entry count when entries are tiny beside a large state. freshSnapshotDue decides when a
 * peer far behind gets a new snapshot rather than the last one.
 */
import { limits } from '../limits.js';

export interface SnapshotProgress {
  /** Entries applied since the last snapshot. */
  readonly entriesSince: number;
  /** Bytes of the entries applied since the last snapshot. */
  readonly logBytesSince: number;
  /** Size of the last snapshot's state (0 when there was none). */
  readonly lastSnapshotBytes: number;
}

export interface SnapshotBounds {
  readonly snapshotEveryEntries: number;
  readonly snapshotMaxEveryEntries: number;
}

export function snapshotDue(progress: SnapshotProgress, bounds: SnapshotBounds = limits): boolean {
  if (progress.entriesSince < bounds.snapshotEveryEntries) return false;
  if (progress.entriesSince >= bounds.snapshotMaxEveryEntries) return true;
  return progress.logBytesSince >= progress.lastSnapshotBytes;
}

export interface FreshSnapshotBounds {
  readonly compactionMarginEntries: number;
  readonly freshSnapshotStateBytesPerEntry: number;
}

/**
 * Whether a peer that needs a snapshot should get a new one of the applied state rather
 * than the storage's older one: when the entries it would replay after the older one
 * (`entriesBehind`) cost more than making, sending and installing a new one, which grows
 * with the state (`snapshotBytes`, the older snapshot's size; limits.freshSnapshotStateBytesPerEntry).
 * Never for fewer entries than the compaction margin keeps anyway.
 */
export function freshSnapshotDue(entriesBehind: number, snapshotBytes: number, bounds: FreshSnapshotBounds = limits): boolean {
  return entriesBehind >= Math.max(bounds.compactionMarginEntries, snapshotBytes / bounds.freshSnapshotStateBytesPerEntry);
}
