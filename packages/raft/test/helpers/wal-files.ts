// Reading a WalStorage directory from the outside, the way the tests damage and inspect it.
import { closeSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const ZEROS = Buffer.alloc(64 * 1024);

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
  // Whole 64 KiB blocks of zeros first (a 64 MiB segment is mostly zeros), then byte by byte.
  while (end >= ZEROS.length && bytes.compare(ZEROS, 0, ZEROS.length, end - ZEROS.length, end) === 0) end -= ZEROS.length;
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
  const tail = readFileSync(path).subarray(from);
  return tail.equals(Buffer.alloc(tail.length));
}
