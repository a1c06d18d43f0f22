import { Level } from 'level';
import { decodeEntry, decodeHardState, decodeSnapshot, encodeEntry, encodeHardState, encodeSnapshot } from '../codec/codec.js';
import type { ConfState, Entry, Snapshot } from '../core/types.js';
import { EntryType } from '../core/types.js';
import { RaftError } from '../errors.js';
import { CachedReads } from './cached-reads.js';
import type { Storage, StorageUpdate } from './storage.js';

const HARD_STATE_KEY = 'hs';
const SNAPSHOT_KEY = 'snap';
/** The compaction point: index and term of the entry just before the first stored one. */
const COMPACTION_KEY = 'compacted';
const ENTRY_PREFIX = 'e:';
const ENTRY_END = 'e;';

type Operation = { type: 'put'; key: string; value: Uint8Array } | { type: 'del'; key: string };

/** Entry keys sort by index: fixed-width decimal. */
export function entryKey(index: number): string {
  return ENTRY_PREFIX + index.toString().padStart(16, '0');
}

/**
 * Raft storage on LevelDB (`level` 10). Every write is one atomic batch (synced when the
 * ready says so), so a crash leaves each write wholly there or wholly absent. The log
 * since the last compaction is also kept in memory, where the core reads it. After a
 * failed write every further write throws STORAGE_FAILED: stop the node and reopen.
 */
export class LevelStorage extends CachedReads implements Storage {
  private closed = false;
  /** Set when a write failed: memory and disk may disagree, so the storage refuses further use. */
  private failed: string | undefined;

  private constructor(private readonly db: Level<string, Uint8Array>) {
    super();
  }

  /** Opens (or creates) the storage at `location` and loads it. Throws STORAGE_FAILED or DECODE_FAILED. */
  static async open(location: string): Promise<LevelStorage> {
    const db = new Level<string, Uint8Array>(location, { keyEncoding: 'utf8', valueEncoding: 'view' });
    try {
      await db.open();
    } catch (error) {
      throw new RaftError('STORAGE_FAILED', `cannot open ${location}: ${(error as Error).message}`,
        { operation: 'open', reason: (error as Error).message }, { cause: error });
    }
    const storage = new LevelStorage(db);
    await storage.load();
    return storage;
  }

  private async load(): Promise<void> {
    const [hs, snap, compacted] = await this.db.getMany([HARD_STATE_KEY, SNAPSHOT_KEY, COMPACTION_KEY]);
    if (hs) this.cache.hardState = decodeHardState(hs);
    if (snap) this.cache.snapshot = decodeSnapshot(snap);
    const dummy = compacted ? decodeEntry(compacted) : { term: 0, index: 0, type: EntryType.Normal, data: new Uint8Array(0) };
    const entries: Entry[] = [dummy];
    for await (const value of this.db.values({ gt: ENTRY_PREFIX, lt: ENTRY_END })) {
      const entry = decodeEntry(value);
      const expected = dummy.index + entries.length;
      if (entry.index !== expected) {
        throw new RaftError('STORAGE_FAILED', `log has a gap: found entry ${entry.index}, expected ${expected}`,
          { operation: 'load', reason: 'gap in log' });
      }
      entries.push(entry);
    }
    this.cache.entries = entries;
  }

  async save(update: StorageUpdate): Promise<void> {
    await this.saveAll([update]);
  }

  /** Several updates, in order, in one atomic write (group commit), synced if any of them asks. */
  async saveAll(updates: readonly StorageUpdate[]): Promise<void> {
    this.assertOpen('save');
    const ops: Operation[] = [];
    for (const update of updates) this.addUpdate(ops, update);
    if (ops.length > 0) await this.write(ops, updates.some((update) => update.sync), 'save');
  }

  private addUpdate(ops: Operation[], update: StorageUpdate): void {
    if (update.snapshot) {
      const removed = this.cache.applySnapshot(update.snapshot);
      deleteRange(ops, removed.removedFrom, removed.removedTo);
      ops.push({ type: 'put', key: SNAPSHOT_KEY, value: encodeSnapshot(update.snapshot) });
      ops.push({ type: 'put', key: COMPACTION_KEY, value: encodeEntry(this.cache.entries[0] as Entry) });
    }
    if (update.entries && update.entries.length > 0) {
      const firstKept = this.cache.firstIndex();
      const removed = this.cache.append(update.entries);
      for (const e of update.entries) if (e.index >= firstKept) ops.push({ type: 'put', key: entryKey(e.index), value: encodeEntry(e) });
      deleteRange(ops, removed.removedFrom, removed.removedTo);
    }
    if (update.hardState) {
      this.cache.hardState = update.hardState;
      ops.push({ type: 'put', key: HARD_STATE_KEY, value: encodeHardState(update.hardState) });
    }
  }

  async createSnapshot(index: number, confState: ConfState, data: Uint8Array): Promise<Snapshot> {
    this.assertOpen('createSnapshot');
    const snapshot = this.cache.createSnapshot(index, confState, data);
    await this.write([{ type: 'put', key: SNAPSHOT_KEY, value: encodeSnapshot(snapshot) }], true, 'createSnapshot');
    return snapshot;
  }

  async compact(index: number): Promise<void> {
    this.assertOpen('compact');
    const removed = this.cache.compact(index);
    const ops: Operation[] = [{ type: 'put', key: COMPACTION_KEY, value: encodeEntry(this.cache.entries[0] as Entry) }];
    deleteRange(ops, removed.removedFrom, removed.removedTo);
    await this.write(ops, true, 'compact');
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.db.close();
  }

  private assertOpen(operation: string): void {
    if (this.closed) throw new RaftError('STORAGE_FAILED', `storage is closed (${operation})`, { operation, reason: 'closed' });
    if (this.failed !== undefined) {
      throw new RaftError('STORAGE_FAILED', `an earlier write failed; reopen the storage (${operation})`, { operation, reason: this.failed });
    }
  }

  private async write(ops: Operation[], sync: boolean, operation: string): Promise<void> {
    try {
      await this.db.batch(ops, { sync });
    } catch (error) {
      this.failed = (error as Error).message;
      throw new RaftError('STORAGE_FAILED', `${operation} failed: ${(error as Error).message}`,
        { operation, reason: (error as Error).message }, { cause: error });
    }
  }
}

function deleteRange(ops: Operation[], from: number, to: number): void {
  for (let i = from; i <= to; i++) ops.push({ type: 'del', key: entryKey(i) });
}
