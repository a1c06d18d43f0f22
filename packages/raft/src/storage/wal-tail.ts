/**
 * The zero tail of a WAL segment. Segments are created at their full size (see
 * wal-storage.ts), so a segment file is its records followed by zeros, the free space.
 * Every write ends in a Commit record, whose last byte (its type) is non-zero, so the end
 * of the last non-zero byte is the logical end of a cleanly written segment.
 *
 * `readSegment` finds that end by reading the file backwards in chunks and comparing each
 * with a zero buffer, then reads only the bytes before it: opening a mostly-empty 64 MiB
 * segment costs a few sequential reads and memcmp's, not a record-by-record scan.
 */
import { Buffer } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { writeFully } from './wal-files.js';

const CHUNK_BYTES = 1024 * 1024;
const ZEROS = Buffer.alloc(CHUNK_BYTES);

export interface SegmentContent {
  /** The file's bytes before `dataEnd`. */
  readonly bytes: Uint8Array;
  /** One past the file's last non-zero byte (0 for an all-zero file): every byte from here on is zero. */
  readonly dataEnd: number;
  /** The file's size. */
  readonly fileBytes: number;
}

function isZero(chunk: Uint8Array): boolean {
  return Buffer.compare(chunk, ZEROS.subarray(0, chunk.length)) === 0;
}

function readFully(fd: number, into: Uint8Array, position: number): void {
  let done = 0;
  while (done < into.length) {
    const read = readSync(fd, into, done, into.length - done, position + done);
    if (read === 0) throw new Error(`unexpected end of file at byte ${position + done}`);
    done += read;
  }
}

/** One past the last non-zero byte of the first `size` bytes of `fd`, read backwards a chunk at a time. */
function findDataEnd(fd: number, size: number): number {
  const chunk = new Uint8Array(Math.min(CHUNK_BYTES, size));
  let end = size;
  while (end > 0) {
    const from = Math.max(0, end - CHUNK_BYTES);
    const view = chunk.subarray(0, end - from);
    readFully(fd, view, from);
    if (!isZero(view)) {
      let last = view.length;
      while (view[last - 1] === 0) last--;
      return from + last;
    }
    end = from;
  }
  return 0;
}

/** Reads a segment up to its zero tail. */
export function readSegment(path: string): SegmentContent {
  const fd = openSync(path, 'r');
  try {
    const fileBytes = fstatSync(fd).size;
    const dataEnd = findDataEnd(fd, fileBytes);
    const bytes = new Uint8Array(dataEnd);
    readFully(fd, bytes, 0);
    return { bytes, dataEnd, fileBytes };
  } finally {
    closeSync(fd);
  }
}

/** `bytes` followed by zeros up to `length` (the zero tail read back in, when a record runs into it). */
export function withZeroTail(bytes: Uint8Array, length: number): Uint8Array {
  const out = new Uint8Array(length);
  out.set(bytes);
  return out;
}

/** Overwrites bytes [from, to) of `fd` with zeros (not synced): how a torn tail is cut from a preallocated segment. */
export function zeroRange(fd: number, from: number, to: number): void {
  for (let at = from; at < to; at += CHUNK_BYTES) writeFully(fd, ZEROS.subarray(0, Math.min(CHUNK_BYTES, to - at)), at);
}
