/**
 * KV watches fed by the applied Raft log. The hub holds no state of its own beyond the
 * recent changes: the applier (the node's one replica) announces the KV changes of every
 * batch it applies, each with its log index, and the net difference a snapshot restore
 * made (a follower far behind, or one that just joined: the entries in between are not
 * available, so those changes are marked `resync: true`, index 0, and the history starts
 * again there). Every node applies the same log, so every node's watchers see the same
 * changes in the same order, whichever node the write went to; a duplicate envelope (a
 * retried forward) changes nothing, so it is not reported.
 */
import type { KvChange } from '../federation/kv-changes.js';
import { watchLimits } from './watch-limits.js';

export type { KvChange };

export interface KvWatchFilter {
  /** Exactly this key … */
  readonly key?: string;
  /** … or every key starting with this ('' = every key). */
  readonly prefix?: string;
}

export type KvWatchListener = (change: KvChange) => void;

export interface KvWatchSource {
  /** The applied state's KV revision and applied index (the applier's). */
  readonly revision: () => number;
  readonly appliedIndex: () => number;
}

export function matchesFilter(filter: KvWatchFilter, key: string): boolean {
  if (filter.key !== undefined) return key === filter.key;
  return key.startsWith(filter.prefix ?? '');
}

export class KvWatchHub {
  private readonly history: KvChange[] = [];
  private readonly listeners = new Map<KvWatchListener, KvWatchFilter>();
  private closed = false;

  constructor(private readonly source: KvWatchSource) {}

  /** The store revision the node's replica has reached. */
  get revision(): number {
    return this.source.revision();
  }

  get appliedIndex(): number {
    return this.source.appliedIndex();
  }

  get watchers(): number {
    return this.listeners.size;
  }

  /** The oldest revision a watch can still start at (changes after it are all held). */
  get oldestRevision(): number {
    return (this.history[0]?.revision ?? this.revision + 1) - 1;
  }

  /** The applier's KV changes (its `onKvChanges` listener); `resync`: a restore, older history is dropped. */
  record(changes: readonly KvChange[], resync: boolean): void {
    if (this.closed) return;
    // Older history is no longer a complete record of what happened: start it again here.
    if (resync) this.history.length = 0;
    for (const change of changes) this.publish(change);
  }

  /** Changes after `afterRevision` still held (undefined when some were already dropped). */
  since(afterRevision: number, filter: KvWatchFilter): KvChange[] | undefined {
    if (afterRevision < this.oldestRevision) return undefined;
    return this.history.filter((change) => change.revision > afterRevision && matchesFilter(filter, change.key));
  }

  subscribe(filter: KvWatchFilter, listener: KvWatchListener): () => void {
    this.listeners.set(listener, filter);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.closed = true;
    this.listeners.clear();
  }

  private publish(change: KvChange): void {
    this.history.push(change);
    if (this.history.length > watchLimits.maxKvWatchHistoryCount) this.history.shift();
    for (const [listener, filter] of this.listeners) if (matchesFilter(filter, change.key)) listener(change);
  }
}
