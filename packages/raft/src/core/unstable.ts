import { invariant } from './assert.js';
import type { Entry, Snapshot } from './types.js';

/**
 * Entries and a snapshot that the core has accepted but the caller has not yet
 * persisted. `entries[i]` has index `offset + i`. With asynchronous storage writes,
 * entries from `offset` up to `offsetInProgress` (and the snapshot when
 * `snapshotInProgress`) were handed to the caller and are being written: they stay here,
 * readable, until the caller reports them durable (stableTo), but are not handed out again.
 */
export class UnstableLog {
  snapshot: Snapshot | undefined = undefined;
  entries: Entry[] = [];
  offset: number;
  offsetInProgress: number;
  snapshotInProgress = false;

  constructor(offset: number) {
    this.offset = offset;
    this.offsetInProgress = offset;
  }

  /** Entries not yet handed to the caller for writing. */
  entriesToWrite(): Entry[] {
    return this.entries.slice(this.offsetInProgress - this.offset);
  }

  /** A snapshot not yet handed to the caller for writing. */
  snapshotToWrite(): Snapshot | undefined {
    return this.snapshotInProgress ? undefined : this.snapshot;
  }

  /** The caller took everything up to `lastIndex` (and the snapshot, if any) to write. */
  acceptInProgress(lastIndex: number | undefined, snapshot: boolean): void {
    if (lastIndex !== undefined) this.offsetInProgress = Math.max(this.offsetInProgress, lastIndex + 1);
    if (snapshot && this.snapshot) this.snapshotInProgress = true;
  }

  maybeFirstIndex(): number | undefined {
    return this.snapshot ? this.snapshot.metadata.index + 1 : undefined;
  }

  maybeLastIndex(): number | undefined {
    if (this.entries.length > 0) return this.offset + this.entries.length - 1;
    return this.snapshot ? this.snapshot.metadata.index : undefined;
  }

  maybeTerm(index: number): number | undefined {
    if (index < this.offset) {
      if (this.snapshot && this.snapshot.metadata.index === index) return this.snapshot.metadata.term;
      return undefined;
    }
    const last = this.maybeLastIndex();
    if (last === undefined || index > last) return undefined;
    return this.entries[index - this.offset]?.term;
  }

  /** The caller persisted entries up to (index, term): drop them from here. */
  stableTo(index: number, term: number): void {
    const t = this.maybeTerm(index);
    // A newer leader may have replaced the entry while it was being persisted: keep it then.
    if (t === undefined || t !== term || index < this.offset) return;
    this.entries = this.entries.slice(index + 1 - this.offset);
    this.offset = index + 1;
    this.offsetInProgress = Math.max(this.offsetInProgress, this.offset);
  }

  stableSnapshotTo(index: number): void {
    if (this.snapshot && this.snapshot.metadata.index === index) {
      this.snapshot = undefined;
      this.snapshotInProgress = false;
    }
  }

  restore(snapshot: Snapshot): void {
    this.offset = snapshot.metadata.index + 1;
    this.offsetInProgress = this.offset;
    this.entries = [];
    this.snapshot = snapshot;
    this.snapshotInProgress = false;
  }

  truncateAndAppend(entries: readonly Entry[]): void {
    const first = entries[0];
    if (!first) return;
    const after = first.index;
    if (after === this.offset + this.entries.length) {
      for (const e of entries) this.entries.push(e);
    } else if (after <= this.offset) {
      // Replaces everything unstable: the log is rewritten from `after`.
      this.offset = after;
      this.entries = [...entries];
    } else {
      this.entries = this.entries.slice(0, after - this.offset);
      for (const e of entries) this.entries.push(e);
    }
    // Entries replaced while being written must be written again (after the write in flight).
    this.offsetInProgress = Math.max(this.offset, Math.min(this.offsetInProgress, after));
  }

  /** Entries in [lo, hi); both bounds must lie within the unstable range. */
  slice(lo: number, hi: number): Entry[] {
    invariant(lo <= hi && lo >= this.offset && hi <= this.offset + this.entries.length,
      () => `unstable slice [${lo}, ${hi}) out of [${this.offset}, ${this.offset + this.entries.length})`);
    return this.entries.slice(lo - this.offset, hi - this.offset);
  }
}
