/**
 * The local replica of the federation state and everything keyed on its applied index:
 * committed entries are applied here in log order (from Raft on council nodes, from the
 * fedlog on followers), pending proposals are resolved by their proposal id, waiters for
 * an applied index are released, and the last `limits.fedlogRetainedEntries` entries (at
 * most about `limits.fedlogRetainedBytes` of them) are kept to serve followers' catch-up. Entries at or below the applied index are skipped, so
 * a node that followed the fedlog and then becomes a Raft learner does not apply twice.
 */
import { ContinuumError } from '../errors.js';
import { applyLogged } from '../federation/apply.js';
import { kvResync } from '../federation/kv-changes.js';
import type { KvChange } from '../federation/kv-changes.js';
import { restore, snapshot, snapshotInSteps } from '../federation/snapshot.js';
import { createFederationState } from '../federation/state.js';
import type { FederationState } from '../federation/state.js';
import type { Proposal } from '../consensus/consensus.js';
import { limits } from '../limits.js';
import { decodeEnvelope, proposalKey } from './envelope.js';

export interface LogEntry {
  readonly index: number;
  readonly term: number;
  /** 0 normal, 1 conf change. */
  readonly type: number;
  readonly data: Uint8Array;
}

/** KV changes applied (`resync`: the net difference a snapshot restore made; history before it is no longer complete). */
export type KvChangesListener = (changes: readonly KvChange[], resync: boolean) => void;

interface ProposalWaiter {
  readonly resolve: (proposal: Proposal) => void;
}

interface IndexWaiter {
  readonly index: number;
  readonly resolve: () => void;
}

export function unavailable(reason: string): ContinuumError<'UNAVAILABLE'> {
  return new ContinuumError('UNAVAILABLE', reason, { reason });
}

export class Applier {
  private current: FederationState = createFederationState();
  private applied = 0;
  private recent: LogEntry[] = [];
  /** Bytes of the entries' data in `recent`. */
  private recentBytes = 0;
  /** The stepped snapshot encoded last (or being encoded), shared by the requests for the same index. */
  private encoded: { readonly index: number; readonly data: Promise<Uint8Array> } | undefined;
  private readonly proposals = new Map<string, ProposalWaiter>();
  private waiters: IndexWaiter[] = [];
  private readonly listeners: Array<(entries: readonly LogEntry[]) => void> = [];
  private readonly kvListeners: Array<KvChangesListener> = [];
  /** The KV changes of the batch being applied (announced after it, with the batch). */
  private kvChanges: KvChange[] = [];

  get state(): FederationState {
    return this.current;
  }

  get appliedIndex(): number {
    return this.applied;
  }

  get pendingProposals(): number {
    return this.proposals.size;
  }

  /** Called after each applied batch (the leader publishes it to followers). */
  onApplied(listener: (entries: readonly LogEntry[]) => void): void {
    this.listeners.push(listener);
  }

  /**
   * Called with the KV changes of each applied batch (in log order, each with its entry's
   * index) and, after a snapshot restore, with the net difference (`resync` true).
   */
  onKvChanges(listener: KvChangesListener): void {
    this.kvListeners.push(listener);
  }

  /** Applies committed entries in order; entries at or below the applied index are skipped. */
  applyEntries(entries: readonly LogEntry[]): void {
    const done: LogEntry[] = [];
    this.kvChanges = [];
    for (const entry of entries) {
      if (entry.index <= this.applied) continue;
      if (entry.index !== this.applied + 1) throw new ContinuumError('INTERNAL', `entry ${entry.index} after applied ${this.applied}`, { reason: 'gap in applied entries' });
      if (entry.type === 0 && entry.data.byteLength > 0) this.applyOne(entry);
      this.applied = entry.index;
      this.recent.push(entry);
      this.recentBytes += entry.data.byteLength;
      done.push(entry);
    }
    if (this.recent.length > limits.fedlogRetainedEntries * 2 || this.recentBytes > limits.fedlogRetainedBytes * 2) this.trimRecent();
    if (done.length === 0) return;
    this.encoded = undefined;
    this.release();
    for (const listener of this.listeners) listener(done);
    const changes = this.kvChanges;
    this.kvChanges = [];
    if (changes.length > 0) for (const listener of this.kvListeners) listener(changes, false);
  }

  /** Keeps the newest entries within fedlogRetainedEntries and fedlogRetainedBytes (trimmed at twice either: amortised). */
  private trimRecent(): void {
    let keep = 0;
    let bytes = 0;
    for (let at = this.recent.length - 1; at >= 0 && keep < limits.fedlogRetainedEntries; at -= 1) {
      const size = this.recent[at]?.data.byteLength ?? 0;
      if (keep > 0 && bytes + size > limits.fedlogRetainedBytes) break;
      bytes += size;
      keep += 1;
    }
    this.recent = this.recent.slice(this.recent.length - keep);
    this.recentBytes = bytes;
  }

  /** Applies one entry and answers this node's proposal of it, if any. */
  private applyOne(entry: LogEntry): void {
    const envelope = decodeEnvelope(entry.data);
    if (envelope === undefined) return; // not a proposal: changes nothing
    const key = proposalKey(envelope.proposalId);
    // A retried forward can commit the same envelope twice: the second is not applied.
    if (!this.current.appliedProposals.record(key, entry.index, limits.appliedProposalIdsCount)) return;
    const { result, change } = applyLogged(this.current, envelope.command, entry.index);
    if (change !== undefined && this.kvListeners.length > 0) this.kvChanges.push(change);
    const waiter = this.proposals.get(key);
    if (waiter === undefined) return;
    this.proposals.delete(key);
    waiter.resolve({ index: entry.index, result });
  }

  /** Replaces the state with a snapshot taken at `index` (skipped when not newer). */
  restore(data: Uint8Array, index: number): void {
    if (index <= this.applied) return;
    const before = this.current.kv;
    this.current = data.byteLength === 0 ? createFederationState() : restore(data);
    this.applied = index;
    this.recent = [];
    this.recentBytes = 0;
    this.encoded = undefined;
    this.release();
    if (this.kvListeners.length === 0) return;
    const changes = kvResync(before, this.current);
    for (const listener of this.kvListeners) listener(changes, true);
  }

  snapshot(): Uint8Array {
    return snapshot(this.current);
  }

  /**
   * The state now, as `snapshot()` would give it, with its applied index; encoded a few
   * thousand KV records per turn of the event loop, once for all the requests made until
   * the next apply (the driver's snapshot, fedlog answers, the follower's saved state; the
   * next apply drops the bytes, so an idle node holds at most one encoded copy).
   */
  encodedSnapshot(): { readonly index: number; readonly data: Promise<Uint8Array> } {
    if (this.encoded?.index !== this.applied) {
      const data = snapshotInSteps(this.current, () => new Promise((resolve) => setImmediate(resolve)));
      this.encoded = { index: this.applied, data };
      // A failed encoding is not kept: the next request starts a fresh one.
      data.catch(() => {
        if (this.encoded?.data === data) this.encoded = undefined;
      });
    }
    return this.encoded;
  }

  /**
   * Entries after `afterIndex` (at most `max`, and no more than `maxBytes` of data unless the
   * first entry alone is larger), or undefined when they are no longer kept.
   */
  entriesAfter(afterIndex: number, max: number, maxBytes = Number.POSITIVE_INFINITY): LogEntry[] | undefined {
    if (afterIndex >= this.applied) return [];
    const first = this.recent[0]?.index ?? this.applied + 1;
    if (afterIndex + 1 < first) return undefined;
    const start = afterIndex + 1 - first;
    let end = start;
    let bytes = 0;
    for (const limit = Math.min(this.recent.length, start + max); end < limit; end += 1) {
      const size = this.recent[end]?.data.byteLength ?? 0;
      if (end > start && bytes + size > maxBytes) break;
      bytes += size;
    }
    return this.recent.slice(start, end);
  }

  /** Registers a proposal id; resolves when this node applies the entry carrying it. */
  expect(id: Uint8Array, signal: AbortSignal): Promise<Proposal> {
    if (this.proposals.size >= limits.maxPendingProposals) return Promise.reject(unavailable(`${limits.maxPendingProposals} proposals are pending`));
    const key = proposalKey(id);
    return new Promise<Proposal>((resolve, rejectPromise) => {
      const onAbort = (): void => {
        this.proposals.delete(key);
        rejectPromise(signal.reason instanceof ContinuumError ? signal.reason : unavailable('the proposal did not commit in time'));
      };
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      this.proposals.set(key, {
        resolve: (proposal) => {
          signal.removeEventListener('abort', onAbort);
          resolve(proposal);
        },
      });
    });
  }

  /** Resolves once the applied index reaches `index`. */
  waitApplied(index: number, signal: AbortSignal): Promise<void> {
    if (this.applied >= index) return Promise.resolve();
    if (this.waiters.length >= limits.maxPendingReads) return Promise.reject(unavailable(`${limits.maxPendingReads} reads are waiting`));
    return new Promise<void>((resolve, rejectPromise) => {
      const onAbort = (): void => {
        this.waiters = this.waiters.filter((waiter) => waiter !== entry);
        rejectPromise(signal.reason instanceof ContinuumError ? signal.reason : unavailable('the replica did not catch up in time'));
      };
      const entry: IndexWaiter = {
        index,
        resolve: () => {
          signal.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      this.waiters.push(entry);
    });
  }

  private release(): void {
    if (this.waiters.length === 0) return;
    const ready = this.waiters.filter((waiter) => waiter.index <= this.applied);
    if (ready.length === 0) return;
    this.waiters = this.waiters.filter((waiter) => waiter.index > this.applied);
    for (const waiter of ready) waiter.resolve();
  }
}
