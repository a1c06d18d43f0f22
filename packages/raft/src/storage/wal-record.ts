/**
 * WAL record framing: `length u32 LE | crc32c u32 LE | type u8 | payload`, where `length`
 * counts the payload bytes and the checksum covers the length field, the type and the
 * payload. Payloads are the protobuf codecs of ../codec (metadata-only for snapshots).
 */
import { crc32c } from './crc32c.js';

export const RECORD_HEADER_BYTES = 9;

export enum RecordType {
  /** One log entry; its index truncates any later stored entries (as LogCache.append does). */
  Entry = 1,
  HardState = 2,
  /** The compaction point: index and term of the entry before the first stored one (an Entry without data). */
  CompactionPoint = 3,
  /** A leader's snapshot was installed (metadata only; the data lives in its snapshot file): the log restarts after it. */
  SnapshotInstalled = 4,
  /** The application's snapshot was recorded (metadata only); the log is unchanged. */
  SnapshotCreated = 5,
  /** Ends one write: records after the last commit marker were never acknowledged. Empty payload. */
  Commit = 6,
}

const LAST_TYPE = RecordType.Commit;

export interface PendingRecord {
  readonly type: RecordType;
  readonly payload: Uint8Array;
}

/** Frames `records` into one buffer (one `writeSync`). */
export function frameRecords(records: readonly PendingRecord[]): Uint8Array {
  let total = 0;
  for (const record of records) total += RECORD_HEADER_BYTES + record.payload.length;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let at = 0;
  for (const { type, payload } of records) {
    view.setUint32(at, payload.length, true);
    out[at + 8] = type;
    out.set(payload, at + RECORD_HEADER_BYTES);
    const crc = crc32c(out, crc32c(out, 0, at, at + 4), at + 8, at + RECORD_HEADER_BYTES + payload.length);
    view.setUint32(at + 4, crc, true);
    at += RECORD_HEADER_BYTES + payload.length;
  }
  return out;
}

export type ParsedRecord =
  | { readonly ok: true; readonly type: RecordType; readonly payload: Uint8Array; readonly end: number }
  | { readonly ok: false; readonly reason: string };

/** Parses the record at `at` (never throws): a torn, oversized, unknown or checksum-failing record gives `ok: false`. */
export function parseRecord(bytes: Uint8Array, at: number, maxRecordBytes: number): ParsedRecord {
  if (bytes.length - at < RECORD_HEADER_BYTES) return { ok: false, reason: `torn header (${bytes.length - at} bytes left)` };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint32(at, true);
  const type = bytes[at + 8] as number;
  if (type < 1 || type > LAST_TYPE) return { ok: false, reason: `unknown record type ${type}` };
  if (length > maxRecordBytes) return { ok: false, reason: `record of ${length} bytes exceeds ${maxRecordBytes}` };
  const end = at + RECORD_HEADER_BYTES + length;
  if (end > bytes.length) return { ok: false, reason: `torn record (${length} payload bytes, ${bytes.length - at - RECORD_HEADER_BYTES} left)` };
  const crc = crc32c(bytes, crc32c(bytes, 0, at, at + 4), at + 8, end);
  if (crc !== view.getUint32(at + 4, true)) return { ok: false, reason: 'checksum mismatch' };
  return { ok: true, type: type as RecordType, payload: bytes.subarray(at + RECORD_HEADER_BYTES, end), end };
}

/**
 * Where a well-formed record starts at or after `from` and at or before `lastStart`, if
 * anywhere (used to tell a torn tail from damage in the middle). A record's type byte is
 * non-zero, so a caller that knows where the non-zero bytes end passes `lastStart` to skip
 * the zero tail.
 */
export function anyRecordAfter(bytes: Uint8Array, from: number, maxRecordBytes: number, lastStart = bytes.length - RECORD_HEADER_BYTES): number | undefined {
  for (let at = from; at <= lastStart && at + RECORD_HEADER_BYTES <= bytes.length; at++) {
    // A zero type byte is never a record: a cheap test that skips runs of zeros.
    if (bytes[at + RECORD_HEADER_BYTES - 1] !== 0 && parseRecord(bytes, at, maxRecordBytes).ok) return at;
  }
  return undefined;
}
