// Reading a WalStorage directory from the outside, the way the tests damage and inspect it.
import { closeSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** The segment file names of `dir`, in order. */
export const segments = (dir: string): string[] => readdirSync(dir).filter((name) => name.endsWith('.wal')).sort();

/** The path of the last segment of `dir`. */
export const lastSegment = (dir: string): string => join(dir, segments(dir).at(-1) as string);

/**
 * One past the last non-zero byte of the file: the logical end of a segment whose last
 * write is whole (every write ends in a commit record, whose last byte is its type, 6).
 */
export function logicalEnd(path: string): number {
  const bytes = readFileSync(path);
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  return end;
}

/** Overwrites the file at `position` with `bytes` (the file grows if they run past its end). */
export function overwrite(path: string, position: number, bytes: Uint8Array): void {
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, bytes, 0, bytes.length, position);
  } finally {
    closeSync(fd);
  }
}

/** Whether every byte of the file from `from` on is zero. */
export function zeroFrom(path: string, from: number): boolean {
  return readFileSync(path).subarray(from).every((byte) => byte === 0);
}
