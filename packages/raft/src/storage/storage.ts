import type { LogStorage } from '../core/log-storage.js';
import type { ConfState, Entry, HardState, Snapshot } from '../core/types.js';

/** What one ready batch asks the caller to persist, atomically. */
export interface StorageUpdate {
  readonly hardState?: HardState;
  readonly snapshot?: Snapshot;
  readonly entries?: readonly Entry[];
  /** Whether the write must reach the disk before the promise resolves (Ready.mustSync). */
  readonly sync: boolean;
}

/**
 * Durable Raft state: the read side the core uses (LogStorage, synchronous, served from
 * memory) plus writes. A write is atomic: after a crash it is either wholly there or
 * wholly absent. Writes must not overlap: await each before the next.
 */
export interface Storage extends LogStorage {
  /**
   * Persists a snapshot (replacing the log it covers), then entries (replacing stored
   * entries from the first one's index on), then the hard state, in one atomic write.
   */
  save(update: StorageUpdate): Promise<void>;
  /** Several updates applied in order as one atomic write (group commit), synced if any asks. */
  saveAll(updates: readonly StorageUpdate[]): Promise<void>;
  /** Records the application's snapshot at `index` (<= applied index) and returns it. */
  createSnapshot(index: number, confState: ConfState, data: Uint8Array): Promise<Snapshot>;
  /** Discards entries up to and including `index`, which must not be beyond the latest snapshot. */
  compact(index: number): Promise<void>;
  close(): Promise<void>;
}
