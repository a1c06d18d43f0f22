/**
 * Opens the node's Raft storage: a WalStorage in `<data_dir>/raft-wal`. A data dir written
 * by an earlier release holds a LevelStorage in `<data_dir>/raft`; it is migrated once:
 *
 *   1. copy hard state, snapshot and the entries after the snapshot into `raft-wal.tmp`
 *      (synced), discarding any `raft-wal.tmp` left by an earlier, interrupted attempt;
 *   2. rename `raft-wal.tmp` to `raft-wal` and fsync the data dir;
 *   3. remove `raft` and fsync the data dir.
 *
 * A crash before step 2 leaves the old storage complete (the copy is redone); after it,
 * the new one is complete and a leftover `raft` is removed on the next open. Entries at
 * or below the snapshot are not copied: the snapshot covers them (a follower that needs
 * them gets the snapshot).
 */
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { LevelStorage, WalStorage } from '@continuum/raft';
import type { Storage, StorageUpdate } from '@continuum/raft';

export function walDir(dataDir: string): string {
  return join(dataDir, 'raft-wal');
}

/** Where releases before the WAL kept the Raft log (LevelDB). */
export function legacyLevelDir(dataDir: string): string {
  return join(dataDir, 'raft');
}

function syncDirectory(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Step 1: the whole LevelStorage state, copied into a new WAL at `target` (synced). */
export async function copyLevelToWal(source: string, target: string): Promise<void> {
  rmSync(target, { recursive: true, force: true });
  const level = await LevelStorage.open(source);
  try {
    const wal = await WalStorage.open(target);
    try {
      const snapshot = level.snapshot();
      const from = Math.max(level.firstIndex(), snapshot.metadata.index + 1);
      const entries = from <= level.lastIndex() ? level.entries(from, level.lastIndex() + 1, Number.POSITIVE_INFINITY) : [];
      const update: StorageUpdate = {
        ...(snapshot.metadata.index > 0 ? { snapshot } : {}),
        entries, hardState: level.initialState().hardState, sync: true,
      };
      await wal.save(update);
    } finally {
      await wal.close();
    }
  } finally {
    await level.close();
  }
}

/** Migrates a LevelStorage data dir if there is one, then opens the WAL. */
export async function openRaftStorage(dataDir: string): Promise<Storage> {
  const wal = walDir(dataDir);
  const level = legacyLevelDir(dataDir);
  if (!existsSync(wal) && existsSync(level)) {
    const temporary = `${wal}.tmp`;
    await copyLevelToWal(level, temporary);
    renameSync(temporary, wal);
    syncDirectory(dataDir);
  }
  if (existsSync(level)) {
    rmSync(level, { recursive: true, force: true });
    syncDirectory(dataDir);
  }
  return WalStorage.open(wal);
}
