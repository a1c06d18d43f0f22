import { invariant } from '../core/assert.js';
import { limitSize } from '../core/log.js';
import type { ConfState, Entry, HardState, Snapshot } from '../core/types.js';
import { EMPTY_HARD_STATE, EMPTY_SNAPSHOT, EntryType } from '../core/types.js';
import { RaftError } from '../errors.js';

/**
 * The in-memory log both storages serve reads from. `entries[0]` is a dummy holding the
 * index and term of the compaction point (the snapshot or the last compacted entry).
 */
export class LogCache {
  hardState: HardState = EMPTY_HARD_STATE;
  snapshot: Snapshot = EMPTY_SNAPSHOT;
  entries: Entry[] = [{ term: 0, index: 0, type: EntryType.Normal, data: new Uint8Array(0) }];

  private get offset(): number {
    return (this.entries[0] as Entry).index;
  }

  initialState(): { hardState: HardState; confState: ConfState } {
    return { hardState: this.hardState, confState: this.snapshot.metadata.confState };
  }

  firstIndex(): number {
    return this.offset + 1;
  }

  lastIndex(): number {
    return this.offset + this.entries.length - 1;
  }

  term(index: number): number {
    if (index < this.offset) throw new RaftError('COMPACTED', `entry ${index} is compacted`, { index, firstIndex: this.firstIndex() });
    if (index > this.lastIndex()) {
      throw new RaftError('UNAVAILABLE', `entry ${index} is beyond the last index`, { index, lastIndex: this.lastIndex() });
    }
    return (this.entries[index - this.offset] as Entry).term;
  }

  slice(lo: number, hi: number, maxSizeBytes: number): Entry[] {
    if (lo <= this.offset) throw new RaftError('COMPACTED', `entry ${lo} is compacted`, { index: lo, firstIndex: this.firstIndex() });
    if (hi > this.lastIndex() + 1) {
      throw new RaftError('UNAVAILABLE', `entry ${hi - 1} is beyond the last index`, { index: hi - 1, lastIndex: this.lastIndex() });
    }
    // Only the first few entries can fit under a small limit: do not copy the whole range.
    return limitSize(this.entries.slice(lo - this.offset, hi - this.offset), maxSizeBytes);
  }

  /** Appends entries, dropping stored ones they replace; returns the indexes removed (for the disk). */
  append(entries: readonly Entry[]): { removedFrom: number; removedTo: number } {
    const first = entries[0];
    const last = this.lastIndex();
    if (!first) return { removedFrom: 1, removedTo: 0 };
    invariant(first.index <= last + 1, () => `append at ${first.index} leaves a gap after ${last}`);
    // Entries at or below the compaction point are already part of the snapshot.
    const fresh = first.index <= this.offset ? entries.slice(this.offset + 1 - first.index) : entries;
    const start = fresh[0];
    if (!start) return { removedFrom: 1, removedTo: 0 };
    // Truncate in place (no copy of the whole log per append), then push one by one (no spread limits).
    this.entries.length = start.index - this.offset;
    for (const entry of fresh) this.entries.push(entry);
    return { removedFrom: start.index + fresh.length, removedTo: last };
  }

  /** Installs a snapshot: the log restarts after it. Returns the entry indexes removed. */
  applySnapshot(snapshot: Snapshot): { removedFrom: number; removedTo: number } {
    const { index, term } = snapshot.metadata;
    if (index <= this.snapshot.metadata.index && this.snapshot.metadata.index > 0) {
      throw new RaftError('SNAPSHOT_OUT_OF_DATE', `snapshot ${index} is not newer than ${this.snapshot.metadata.index}`,
        { index, snapshotIndex: this.snapshot.metadata.index });
    }
    const removed = { removedFrom: this.firstIndex(), removedTo: this.lastIndex() };
    this.snapshot = snapshot;
    this.entries = [{ term, index, type: EntryType.Normal, data: new Uint8Array(0) }];
    return removed;
  }

  createSnapshot(index: number, confState: ConfState, data: Uint8Array): Snapshot {
    if (index <= this.snapshot.metadata.index) {
      throw new RaftError('SNAPSHOT_OUT_OF_DATE', `snapshot ${index} is not newer than ${this.snapshot.metadata.index}`,
        { index, snapshotIndex: this.snapshot.metadata.index });
    }
    const term = this.term(index);
    this.snapshot = { metadata: { index, term, confState }, data };
    return this.snapshot;
  }

  /** Drops entries up to `index`; returns the range removed. */
  compact(index: number): { removedFrom: number; removedTo: number } {
    if (index <= this.offset) {
      throw new RaftError('SNAPSHOT_OUT_OF_DATE', `compaction point ${index} is not after ${this.offset}`, { index, snapshotIndex: this.offset });
    }
    if (index > this.lastIndex()) {
      throw new RaftError('UNAVAILABLE', `cannot compact to ${index} beyond the last index`, { index, lastIndex: this.lastIndex() });
    }
    // Entries after the snapshot are the only record of what it does not cover (membership changes included).
    if (index > this.snapshot.metadata.index) {
      throw new RaftError('SNAPSHOT_OUT_OF_DATE', `cannot compact to ${index} beyond the latest snapshot ${this.snapshot.metadata.index}`,
        { index, snapshotIndex: this.snapshot.metadata.index });
    }
    const from = this.offset + 1;
    const dummy = this.entries[index - this.offset] as Entry;
    this.entries = [{ ...dummy, data: new Uint8Array(0) }, ...this.entries.slice(index - this.offset + 1)];
    return { removedFrom: from, removedTo: index };
  }
}
