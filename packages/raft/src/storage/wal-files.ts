/**
 * The files of a WalStorage directory: segments `NNNNNNNNNNNNNNNN.wal` (16 hex digits,
 * increasing) and snapshot files `snapshot-NNNNNNNNNNNNNNNN.bin` (the snapshot's index in
 * decimal). All calls are synchronous: see wal-storage.ts for why.
 */
import { closeSync, fdatasyncSync, fsyncSync, openSync, readdirSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { RaftError } from '../errors.js';

const SEGMENT = /^([0-9a-f]{16})\.wal$/;
const SNAPSHOT = /^snapshot-(\d{16})\.bin$/;

export function segmentName(sequence: number): string {
  return `${sequence.toString(16).padStart(16, '0')}.wal`;
}

export function snapshotName(index: number): string {
  return `snapshot-${index.toString().padStart(16, '0')}.bin`;
}

/** Segment sequence numbers present in `dir`, ascending. */
export function listSegments(dir: string): number[] {
  return readdirSync(dir).flatMap((name) => {
    const match = SEGMENT.exec(name);
    return match ? [Number.parseInt(match[1] as string, 16)] : [];
  }).sort((a, b) => a - b);
}

/** Snapshot file indexes present in `dir`. */
export function listSnapshots(dir: string): number[] {
  return readdirSync(dir).flatMap((name) => {
    const match = SNAPSHOT.exec(name);
    return match ? [Number(match[1])] : [];
  });
}

/** Makes creations, renames and deletions in `dir` durable. */
export function syncDirectory(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes `bytes` to `dir/name` atomically: a temporary file, fsync, rename, directory fsync. */
export function writeFileAtomic(dir: string, name: string, bytes: Uint8Array): void {
  const temporary = join(dir, `${name}.tmp`);
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeFully(fd, bytes, 0);
    fdatasyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, join(dir, name));
  syncDirectory(dir);
}

/**
 * `writeFileAtomic` through the thread pool, for large and rare files (the application's
 * snapshots): the event loop keeps serving while megabytes go to the disk.
 */
export async function writeFileAtomicAsync(dir: string, name: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dir, `${name}.tmp`);
  const handle = await open(temporary, 'w', 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.datasync();
  } finally {
    await handle.close();
  }
  await rename(temporary, join(dir, name));
  syncDirectory(dir);
}

/** `writeSync` may write less than asked: loop until every byte is written at `position` on. */
export function writeFully(fd: number, bytes: Uint8Array, position: number): void {
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done, position + done);
}

export function removeFile(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** Runs a file operation, turning any failure into STORAGE_FAILED. */
export function fileOperation<T>(operation: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (RaftError.is(error)) throw error;
    throw new RaftError('STORAGE_FAILED', `${operation} failed: ${(error as Error).message}`,
      { operation, reason: (error as Error).message }, { cause: error });
  }
}
