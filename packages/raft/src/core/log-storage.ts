import type { ConfState, Entry, HardState, Snapshot } from './types.js';

/**
 * What the core reads from stable storage. Every method is synchronous: a storage keeps
 * the log since its last compaction in memory (the LevelDB storage does too) and the
 * core reads only durable data through it; unpersisted entries live in the core's
 * unstable log until the caller calls `advance()`.
 */
export interface LogStorage {
  /** The persisted hard state and the membership of the latest snapshot. */
  initialState(): { readonly hardState: HardState; readonly confState: ConfState };
  /**
   * Entries in [lo, hi), at most `maxSizeBytes` of them by entrySizeBytes but always at
   * least one. Throws RaftError COMPACTED if lo <= the compaction point, UNAVAILABLE if
   * hi > lastIndex + 1.
   */
  entries(lo: number, hi: number, maxSizeBytes: number): Entry[];
  /** The term of the entry at `index`; throws COMPACTED/UNAVAILABLE outside [firstIndex - 1, lastIndex]. */
  term(index: number): number;
  /** The index of the first entry still available (compaction point + 1). */
  firstIndex(): number;
  /** The index of the last stored entry (or the snapshot index when the log is empty). */
  lastIndex(): number;
  /** The latest snapshot. */
  snapshot(): Snapshot;
}
