/**
 * Small file helpers for the data dir: bounded reads with typed errors, and atomic
 * private writes (temp file, fsync, rename; mode 0600).
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ContinuumError } from '../errors.js';

export const privateFileMode = 0o600;
export const privateDirMode = 0o700;

export function identityError(path: string, reason: string, cause?: unknown): ContinuumError<'IDENTITY_INVALID'> {
  return new ContinuumError('IDENTITY_INVALID', `${path}: ${reason}`, { path, reason }, cause === undefined ? undefined : { cause });
}

/** Reads a private file: it must exist, be at most `maxBytes` and not be readable by group or others. */
export async function readPrivateFile(path: string, maxBytes: number): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw identityError(path, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing (run init first)' : 'cannot be read', error);
  }
  if (!info.isFile()) throw identityError(path, 'not a regular file');
  if (info.size > maxBytes) throw identityError(path, `larger than ${maxBytes} bytes`);
  if ((info.mode & 0o077) !== 0) throw identityError(path, `permissions ${(info.mode & 0o777).toString(8)} are too open (want 600)`);
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    throw identityError(path, 'cannot be read', error);
  }
}

/** Writes a file atomically with mode 0600; refuses to replace an existing file unless `replace`. */
export async function writePrivateFile(path: string, data: Uint8Array | string, replace = false): Promise<void> {
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(temp, 'wx', privateFileMode);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    if (!replace && (await exists(path))) throw identityError(path, 'already exists');
    await rename(temp, path);
    await syncDirectory(dirname(path));
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** Makes a rename in `dir` durable (Linux needs the directory itself synced). */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
