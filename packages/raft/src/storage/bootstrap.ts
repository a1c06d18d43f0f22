import type { ConfState } from '../core/types.js';
import { RaftError } from '../errors.js';
import type { Storage } from './storage.js';

/**
 * Writes the initial membership of a new cluster into an empty storage: a snapshot at
 * index 1, term 1 holding `confState`, and hard state term 1 (so the first election is for
 * term 2). Every founding member runs this once with the same membership; nodes that join
 * later start empty and are added by a conf change.
 */
export async function bootstrapStorage(storage: Storage, confState: ConfState): Promise<void> {
  if (storage.lastIndex() !== 0 || storage.snapshot().metadata.index !== 0) {
    throw new RaftError('STORAGE_FAILED', 'bootstrap needs an empty storage', { operation: 'bootstrap', reason: 'not empty' });
  }
  if (confState.voters.length === 0) {
    throw new RaftError('CONFIG_INVALID', 'bootstrap needs at least one voter', { field: 'confState.voters', reason: 'empty' });
  }
  await storage.save({
    snapshot: { metadata: { index: 1, term: 1, confState }, data: new Uint8Array(0) },
    hardState: { term: 1, vote: '', commit: 1 },
    sync: true,
  });
}
