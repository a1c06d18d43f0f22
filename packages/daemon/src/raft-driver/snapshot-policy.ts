/**
 * When a council member snapshots its state and compacts its log. A snapshot serialises
 * the whole federation state (over several loop turns), so its cost grows with the state, while a
 * log's cost (memory, replay at restart) grows with the bytes written since the last one.
 * A snapshot is due once both hold: at least `limits.snapshotEveryEntries` entries
 * since the last, and at least as many log bytes as that snapshot had (the state's size).
 * Snapshot work per byte written then stays constant however large the state, and the log
 * never holds more than about the state's size. `limits.snapshotMaxEveryEntries` bounds the
 * entry count when entries are tiny beside a large state.
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
