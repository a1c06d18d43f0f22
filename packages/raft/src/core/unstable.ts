import { invariant } from './assert.js';
import type { Entry, Snapshot } from './types.js';

/**
 * Entries and a snapshot that the core has accepted but the caller has not yet
 * persisted. `entries[i]` has index `offset + i`.
 */
export class UnstableLog {
  snapshot: Snapshot | undefined = undefined;
  entries: Entry[] = [];
  offset: number;

  constructor(offset: number) {
    this.offset = offset;
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
  }

  stableSnapshotTo(index: number): void {
    if (this.snapshot && this.snapshot.metadata.index === index) this.snapshot = undefined;
  }

  restore(snapshot: Snapshot): void {
    this.offset = snapshot.metadata.index + 1;
    this.entries = [];
    this.snapshot = snapshot;
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
  }

  /** Entries in [lo, hi); both bounds must lie within the unstable range. */
  slice(lo: number, hi: number): Entry[] {
    invariant(lo <= hi && lo >= this.offset && hi <= this.offset + this.entries.length,
      () => `unstable slice [${lo}, ${hi}) out of [${this.offset}, ${this.offset + this.entries.length})`);
    return this.entries.slice(lo - this.offset, hi - this.offset);
  }
}
