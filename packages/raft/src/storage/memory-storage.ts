import type { ConfState, Snapshot } from '../core/types.js';
import { CachedReads } from './cached-reads.js';
import type { Storage, StorageUpdate } from './storage.js';

/**
 * Storage in memory: for tests, the simulator and benchmarks. Its synchronous methods
 * (`saveSync`, `createSnapshotSync`, `compactSync`) let single-threaded drivers skip promises.
 */
export class MemoryStorage extends CachedReads implements Storage {

  /**
   * A storage holding a bootstrap snapshot (index 1, term 1) with the initial membership,
   * at term 1, so the first election is for term 2 and no leader shares the bootstrap's term.
   */
  static bootstrap(confState: ConfState): MemoryStorage {
    const storage = new MemoryStorage();
    storage.saveSync({
      snapshot: { metadata: { index: 1, term: 1, confState }, data: new Uint8Array(0) },
      hardState: { term: 1, vote: '', commit: 1 },
      sync: true,
    });
    return storage;
  }

  saveSync(update: StorageUpdate): void {
    if (update.snapshot) this.cache.applySnapshot(update.snapshot);
    if (update.entries && update.entries.length > 0) this.cache.append(update.entries);
    if (update.hardState) this.cache.hardState = update.hardState;
  }

  createSnapshotSync(index: number, confState: ConfState, data: Uint8Array): Snapshot {
    return this.cache.createSnapshot(index, confState, data);
  }

  compactSync(index: number): void {
    this.cache.compact(index);
  }

  async save(update: StorageUpdate): Promise<void> {
    this.saveSync(update);
  }

  async saveAll(updates: readonly StorageUpdate[]): Promise<void> {
    for (const update of updates) this.saveSync(update);
  }

  async createSnapshot(index: number, confState: ConfState, data: Uint8Array): Promise<Snapshot> {
    return this.createSnapshotSync(index, confState, data);
  }

  async compact(index: number): Promise<void> {
    this.compactSync(index);
  }

  async close(): Promise<void> {}
}
