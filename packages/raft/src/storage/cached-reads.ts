import type { ConfState, Entry, HardState, Snapshot } from '../core/types.js';
import { LogCache } from './log-cache.js';

/**
 * The synchronous reads of the Storage interface, served from the in-memory log since
 * the last compaction. Both storages keep that cache, so both serve reads the same way;
 * they differ only in how they write.
 */
export abstract class CachedReads {
  protected readonly cache = new LogCache();

  initialState(): { hardState: HardState; confState: ConfState } {
    return this.cache.initialState();
  }

  entries(lo: number, hi: number, maxSizeBytes: number): Entry[] {
    return this.cache.slice(lo, hi, maxSizeBytes);
  }

  term(index: number): number {
    return this.cache.term(index);
  }

  firstIndex(): number {
    return this.cache.firstIndex();
  }

  lastIndex(): number {
    return this.cache.lastIndex();
  }

  snapshot(): Snapshot {
    return this.cache.snapshot;
  }

  hardState(): HardState {
    return this.cache.hardState;
  }
}
