/**
 * The KV changes the state machine makes, as KV watches report them: one change per KV
 * write an applied log entry made (with the entry's index), and, when a replica jumps to a
 * snapshot, the net difference between its KV before and after (marked `resync`, index 0).
 * Computed from the one applied state (the applier's), never from a copy of it.
 */
import type { DecodedCommand } from './command.js';
import type { ApplyResult } from './result.js';
import type { FederationState, KvEntry } from './state.js';

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

function putChange(key: string, entry: KvEntry, index: number): KvChange {
  return { type: 'put', key, value: entry.value, revision: entry.modRevision, create_revision: entry.createRevision, version: entry.version, index };
}

/** The change `command` made to `state` (just applied at log `index`, with `result`), if it wrote the KV. */
export function kvChangeOf(state: FederationState, command: DecodedCommand, result: ApplyResult, index: number): KvChange | undefined {
  if (!result.ok) return undefined;
  if (command.kind === 'kvPut' || command.kind === 'kvCas') {
    const key = (command.kvPut ?? command.kvCas)?.key ?? '';
    const stored = state.kv.get(key);
    return stored === undefined ? undefined : putChange(key, stored, index);
  }
  if (command.kind === 'kvDelete' && result.deleted === true) {
    return { type: 'delete', key: command.kvDelete?.key ?? '', revision: result.revision ?? state.kvRevision, index };
  }
  return undefined;
}

/** What turned the KV `before` into `after`'s (a snapshot restore), in revision order. */
export function kvResync(before: ReadonlyMap<string, KvEntry>, after: FederationState): KvChange[] {
  const changes: KvChange[] = [];
  for (const [key, entry] of after.kv) {
    if (before.get(key)?.modRevision !== entry.modRevision) changes.push({ ...putChange(key, entry, 0), resync: true });
  }
  for (const key of before.keys()) {
    if (!after.kv.has(key)) changes.push({ type: 'delete', key, revision: after.kvRevision, index: 0, resync: true });
  }
  return changes.sort((a, b) => a.revision - b.revision);
}
