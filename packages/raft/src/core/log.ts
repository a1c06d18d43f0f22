import { RaftError } from '../errors.js';
import { invariant } from './assert.js';
import type { LogStorage } from './log-storage.js';
import { entrySizeBytes, type Entry, type Snapshot } from './types.js';
import { UnstableLog } from './unstable.js';

/**
 * The replicated log as the core sees it: durable entries in storage followed by
 * unstable ones, plus the commit and applied indexes.
 */
export class RaftLog {
  readonly storage: LogStorage;
  readonly unstable: UnstableLog;
  committed: number;
  applied: number;
  readonly maxCommittedSizePerReadyBytes: number;
  /**
   * With asynchronous storage writes, only entries durable on this node are handed out to
   * apply: the application never gets ahead of the local log.
   */
  readonly applyOnlyDurable: boolean;

  constructor(storage: LogStorage, maxCommittedSizePerReadyBytes: number, applyOnlyDurable = false) {
    this.storage = storage;
    this.maxCommittedSizePerReadyBytes = maxCommittedSizePerReadyBytes;
    this.applyOnlyDurable = applyOnlyDurable;
    const first = storage.firstIndex();
    const last = storage.lastIndex();
    this.unstable = new UnstableLog(last + 1);
    // The latest snapshot is committed and applied by definition, even if compaction lags behind it.
    const floor = Math.max(first - 1, storage.snapshot().metadata.index);
    this.committed = floor;
    this.applied = floor;
  }

  firstIndex(): number {
    return this.unstable.maybeFirstIndex() ?? this.storage.firstIndex();
  }

  lastIndex(): number {
    return this.unstable.maybeLastIndex() ?? this.storage.lastIndex();
  }

  lastTerm(): number {
    return this.term(this.lastIndex());
  }

  /** The term at `index`, or undefined when it is compacted away or beyond the log. */
  maybeTerm(index: number): number | undefined {
    const dummy = this.firstIndex() - 1;
    if (index < dummy || index > this.lastIndex()) return undefined;
    const t = this.unstable.maybeTerm(index);
    if (t !== undefined) return t;
    try {
      return this.storage.term(index);
    } catch (error) {
      if (RaftError.is(error, 'COMPACTED') || RaftError.is(error, 'UNAVAILABLE')) return undefined;
      throw error;
    }
  }

  /** The term at `index`; 0 when unknown (the "zero term" convention). */
  term(index: number): number {
    return this.maybeTerm(index) ?? 0;
  }

  matchTerm(index: number, term: number): boolean {
    const t = this.maybeTerm(index);
    return t !== undefined && t === term;
  }

  /** Raft's up-to-date rule (§5.4.1): a later last term wins, then a longer log. */
  isUpToDate(lastIndex: number, term: number): boolean {
    const ourTerm = this.lastTerm();
    return term > ourTerm || (term === ourTerm && lastIndex >= this.lastIndex());
  }

  /**
   * Appends entries the leader sent after (index, logTerm) if the consistency check passes.
   * Returns the index of the last new entry, or undefined on mismatch.
   */
  maybeAppend(index: number, logTerm: number, committed: number, entries: readonly Entry[]): number | undefined {
    if (!this.matchTerm(index, logTerm)) return undefined;
    const lastNew = index + entries.length;
    const conflict = this.findConflict(entries);
    if (conflict !== 0) {
      invariant(conflict > this.committed, () => `entry ${conflict} conflicts with committed entry (committed ${this.committed})`);
      this.append(entries.slice(conflict - (index + 1)));
    }
    this.commitTo(Math.min(committed, lastNew));
    return lastNew;
  }

  append(entries: readonly Entry[]): number {
    const first = entries[0];
    if (!first) return this.lastIndex();
    invariant(first.index - 1 >= this.committed, () => `append after ${first.index - 1} is below committed ${this.committed}`);
    this.unstable.truncateAndAppend(entries);
    return this.lastIndex();
  }

  /** The index of the first entry whose term differs from ours, or 0 if all match (new entries are conflicts too). */
  findConflict(entries: readonly Entry[]): number {
    for (const e of entries) {
      if (!this.matchTerm(e.index, e.term)) return e.index;
    }
    return 0;
  }

  /**
   * The largest index <= `index` whose term is <= `term`: where a leader should probe
   * next after a rejection (fast backtracking, one round trip per term instead of per entry).
   */
  findConflictByTerm(index: number, term: number): number {
    let i = Math.min(index, this.lastIndex());
    for (; i > 0; i--) {
      const t = this.maybeTerm(i);
      if (t === undefined || t <= term) return i;
    }
    return 0;
  }

  commitTo(index: number): void {
    if (index <= this.committed) return;
    invariant(index <= this.lastIndex(), () => `commit ${index} beyond last index ${this.lastIndex()}`);
    this.committed = index;
  }

  /** Advances the commit index to `index` only if that entry is from `term` (the leader's current term, §5.4.2). */
  maybeCommit(index: number, term: number): boolean {
    if (index > this.committed && this.term(index) === term) {
      this.commitTo(index);
      return true;
    }
    return false;
  }

  appliedTo(index: number): void {
    if (index === 0) return;
    invariant(index <= this.committed && index >= this.applied, () => `applied ${index} outside [${this.applied}, ${this.committed}]`);
    this.applied = index;
  }

  /** The highest index that may be applied: the commit index, or the durable end of the log when that is lower (async writes). */
  private applicableIndex(): number {
    if (!this.applyOnlyDurable) return this.committed;
    return Math.min(this.committed, this.unstable.offset - 1);
  }

  hasNextEntries(): boolean {
    // Nothing is applied while a snapshot waits to be persisted and applied first.
    if (this.hasPendingSnapshot()) return false;
    return this.applicableIndex() > Math.max(this.applied, this.firstIndex() - 1);
  }

  /** Committed entries not yet applied, bounded by maxCommittedSizePerReadyBytes. */
  nextEntries(): Entry[] {
    const lo = Math.max(this.applied + 1, this.firstIndex());
    const hi = this.applicableIndex();
    if (hi < lo) return [];
    return this.slice(lo, hi + 1, this.maxCommittedSizePerReadyBytes);
  }

  /** Unstable entries not yet handed to the caller to write. */
  unstableEntries(): Entry[] {
    return this.unstable.entriesToWrite();
  }

  hasPendingSnapshot(): boolean {
    return this.unstable.snapshot !== undefined;
  }

  snapshot(): Snapshot {
    return this.unstable.snapshot ?? this.storage.snapshot();
  }

  /** Entries from `lo` to the end, bounded by `maxSizeBytes`; throws COMPACTED when lo is compacted. */
  entriesFrom(lo: number, maxSizeBytes: number): Entry[] {
    if (lo > this.lastIndex()) return [];
    return this.slice(lo, this.lastIndex() + 1, maxSizeBytes);
  }

  /** Entries in [lo, hi) bounded by size (always at least one); throws COMPACTED below firstIndex. */
  slice(lo: number, hi: number, maxSizeBytes: number): Entry[] {
    if (lo >= hi) return [];
    const first = this.firstIndex();
    if (lo < first) throw new RaftError('COMPACTED', `entry ${lo} is compacted`, { index: lo, firstIndex: first });
    invariant(hi <= this.lastIndex() + 1, () => `slice [${lo}, ${hi}) beyond last index ${this.lastIndex()}`);
    const out: Entry[] = [];
    const offset = this.unstable.offset;
    if (lo < offset) {
      const stored = this.storage.entries(lo, Math.min(hi, offset), maxSizeBytes);
      for (const e of stored) out.push(e);
      if (stored.length < Math.min(hi, offset) - lo) return out;
    }
    if (hi > offset) {
      for (const e of this.unstable.slice(Math.max(lo, offset), hi)) out.push(e);
    }
    return limitSize(out, maxSizeBytes);
  }

  /** Replaces the log with a snapshot (a follower installing one from the leader). */
  restore(snapshot: Snapshot): void {
    this.committed = snapshot.metadata.index;
    this.unstable.restore(snapshot);
  }

  stableTo(index: number, term: number): void {
    this.unstable.stableTo(index, term);
  }

  stableSnapshotTo(index: number): void {
    this.unstable.stableSnapshotTo(index);
  }
}

/** Keeps a prefix of entries whose total size fits, but always at least one entry. */
export function limitSize(entries: Entry[], maxSizeBytes: number): Entry[] {
  if (entries.length === 0) return entries;
  let size = entrySizeBytes(entries[0] as Entry);
  let limit = 1;
  for (; limit < entries.length; limit++) {
    size += entrySizeBytes(entries[limit] as Entry);
    if (size > maxSizeBytes) break;
  }
  return limit === entries.length ? entries : entries.slice(0, limit);
}
