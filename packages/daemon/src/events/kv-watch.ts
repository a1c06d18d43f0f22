/**
 * KV watches fed by the applied Raft log. The hub keeps its own replica of the federation
 * state (a copy of the node's, taken when the hub starts) and re-applies every committed
 * entry the node applies, in log order, with the state machine's own `applyDecoded`: a KV
 * write that the state machine accepted becomes one change with its store revision. Every
 * node applies the same log, so every node's watchers see the same changes in the same
 * order, whichever node the write went to. Duplicate envelopes (a retried forward) are
 * skipped exactly as the applier skips them.
 *
 * When the node's replica jumps ahead by a snapshot (a follower far behind, or one that just
 * joined), the entries in between are not available: the hub compares its replica with the
 * node's and emits the net difference as changes marked `resync: true` (index 0), then
 * continues from there. The node calls `onRestored` right after a restore; a gap seen in a
 * batch (a restore not announced) is handled the same way.
 */
import { decodeCommand } from '../federation/command.js';
import { applyDecoded } from '../federation/apply.js';
import { recordProposal } from '../federation/proposals.js';
import { restore, snapshot } from '../federation/snapshot.js';
import type { FederationState, KvEntry } from '../federation/state.js';
import { limits } from '../limits.js';
import { decodeEnvelope, proposalKey } from '../raft-driver/envelope.js';
import type { LogEntry } from '../raft-driver/applier.js';
import { watchLimits } from './watch-limits.js';

export interface KvChange {
  readonly type: 'put' | 'delete';
  readonly key: string;
  /** The value's bytes (absent for a delete). */
  readonly value?: Uint8Array;
  /** The store revision this change made. */
  readonly revision: number;
  readonly create_revision?: number;
  readonly version?: number;
  /** The Raft log index that carried it (0 for a resync change). */
  readonly index: number;
  readonly resync?: true;
}

export interface KvWatchFilter {
  /** Exactly this key … */
  readonly key?: string;
  /** … or every key starting with this ('' = every key). */
  readonly prefix?: string;
}

export type KvWatchListener = (change: KvChange) => void;

export interface KvWatchSource {
  /** The node's replica and its applied index (read when the hub starts and on a resync). */
  readonly state: () => FederationState;
  readonly appliedIndex: () => number;
}

export function matchesFilter(filter: KvWatchFilter, key: string): boolean {
  if (filter.key !== undefined) return key === filter.key;
  return key.startsWith(filter.prefix ?? '');
}

const copyOf = (state: FederationState): FederationState => restore(snapshot(state));

export class KvWatchHub {
  private shadow: FederationState;
  private index: number;
  private readonly history: KvChange[] = [];
  private readonly listeners = new Map<KvWatchListener, KvWatchFilter>();
  private closed = false;

  constructor(private readonly source: KvWatchSource) {
    this.shadow = copyOf(source.state());
    this.index = source.appliedIndex();
  }

  /** The store revision the hub has reached. */
  get revision(): number {
    return this.shadow.kvRevision;
  }

  get appliedIndex(): number {
    return this.index;
  }

  get watchers(): number {
    return this.listeners.size;
  }

  /** The oldest revision a watch can still start at (changes after it are all held). */
  get oldestRevision(): number {
    return (this.history[0]?.revision ?? this.revision + 1) - 1;
  }

  /** Feeds a batch the node applied (in log order, as the applier's listener). */
  onApplied(entries: readonly LogEntry[]): void {
    if (this.closed) return;
    for (const entry of entries) {
      if (entry.index <= this.index) continue;
      if (entry.index !== this.index + 1) return this.resync();
      this.index = entry.index;
      if (entry.type === 0 && entry.data.byteLength > 0) this.applyEntry(entry);
    }
    if (this.source.appliedIndex() > this.index) this.resync();
  }

  /** The node's replica jumped to a snapshot: take its state now (changes marked `resync`). */
  onRestored(): void {
    if (!this.closed && this.source.appliedIndex() !== this.index) this.resync();
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

  private applyEntry(entry: LogEntry): void {
    const envelope = decodeEnvelope(entry.data);
    if (envelope === undefined) return;
    if (!recordProposal(this.shadow, proposalKey(envelope.proposalId), entry.index, limits.appliedProposalIdsCount)) return;
    let command: ReturnType<typeof decodeCommand>;
    try {
      command = decodeCommand(envelope.command);
    } catch {
      return; // malformed: the state machine changes nothing either
    }
    const result = applyDecoded(this.shadow, command);
    if (!result.ok) return;
    if (command.kind === 'kvPut' || command.kind === 'kvCas') {
      const key = (command.kvPut ?? command.kvCas)?.key ?? '';
      const stored = this.shadow.kv.get(key);
      if (stored !== undefined) this.publish(putChange(key, stored, entry.index));
    } else if (command.kind === 'kvDelete' && result.deleted === true) {
      this.publish({ type: 'delete', key: command.kvDelete?.key ?? '', revision: result.revision ?? this.shadow.kvRevision, index: entry.index });
    }
  }

  private resync(): void {
    const next = copyOf(this.source.state());
    const before = this.shadow.kv;
    const changes: KvChange[] = [];
    for (const [key, entry] of next.kv) {
      if (before.get(key)?.modRevision !== entry.modRevision) changes.push({ ...putChange(key, entry, 0), resync: true });
    }
    for (const key of before.keys()) {
      if (!next.kv.has(key)) changes.push({ type: 'delete', key, revision: next.kvRevision, index: 0, resync: true });
    }
    this.shadow = next;
    this.index = this.source.appliedIndex();
    // Older history is no longer a complete record of what happened: start it again here.
    this.history.length = 0;
    for (const change of changes.sort((a, b) => a.revision - b.revision)) this.publish(change);
  }

  private publish(change: KvChange): void {
    this.history.push(change);
    if (this.history.length > watchLimits.maxKvWatchHistoryCount) this.history.shift();
    for (const [listener, filter] of this.listeners) if (matchesFilter(filter, change.key)) listener(change);
  }
}

function putChange(key: string, entry: KvEntry, index: number): KvChange {
  return { type: 'put', key, value: entry.value, revision: entry.modRevision, create_revision: entry.createRevision, version: entry.version, index };
}
