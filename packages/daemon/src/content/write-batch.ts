/**
 * One atomic, synced LevelDB write of pre-encoded operations (text keys with their sublevel
 * prefix, byte values). abstract-level's public `batch()` normalises every operation
 * (options spread, encodings, hooks, events), about 8-10 µs of event-loop time per
 * operation, several per ingested post; the store uses none of that, so this hands the
 * operations to the implementation's own `_batch` (abstract-level's API for its backends;
 * classic-level writes them as one leveldb::WriteBatch). Falls back to `batch()` when the
 * database has no such method.
 */
import type { Level } from 'level';
import { ContinuumError } from '../errors.js';

export type RawOperation = { readonly type: 'put'; readonly key: string; readonly value: Uint8Array } | { readonly type: 'del'; readonly key: string };

interface RawBatching {
  _batch?: (operations: readonly RawOperation[], options: { sync: boolean }) => Promise<void>;
}

export async function writeSynced(db: Level<string, Uint8Array>, operations: readonly RawOperation[]): Promise<void> {
  if (operations.length === 0) return;
  if (db.status !== 'open') throw new ContinuumError('LIFECYCLE', 'the content store is not open', { state: db.status, operation: 'write' });
  const raw = (db as unknown as RawBatching)._batch;
  if (typeof raw === 'function') await raw.call(db, operations, { sync: true });
  else await db.batch(operations as never, { sync: true } as never);
}
