/**
 * Recovery of a WalStorage directory: replays the segments in order into a LogCache.
 * Records take effect a whole write at a time (up to each Commit record).
 *
 * Segments are preallocated (wal-storage.ts): a segment is its records, then zeros up to
 * the file's size. The logical end of a segment is the end of its last Commit record; the
 * zero tail after it is free space, a clean end (found by wal-tail.ts without parsing it).
 * Files written before preallocation simply have no zero tail and replay the same way.
 *
 * A torn or checksum-failing record in the LAST segment, with no well-formed record after
 * it (zeros may follow), or records without their Commit at its end, are a crash mid-write
 * (never acknowledged): the bytes from the last Commit on are reported as torn and the
 * caller zeroes them. A segment that is not the last may end in zeros after its last
 * Commit (it was rolled before it was full), nothing else. Damage anywhere else, a write
 * without its Commit in an earlier segment, a gap in the log, or a snapshot file that does
 * not match its record is STORAGE_FAILED.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeEntry, decodeHardState, decodeSnapshot } from '../codec/codec.js';
import type { Entry } from '../core/types.js';
import { EntryType } from '../core/types.js';
import { RaftError } from '../errors.js';
import { maxWalRecordBytes } from '../limits.js';
import type { LogCache } from './log-cache.js';
import { listSegments, segmentName, snapshotName } from './wal-files.js';
import { anyRecordAfter, parseRecord, RECORD_HEADER_BYTES, RecordType } from './wal-record.js';
import { readSegment, withZeroTail, type SegmentContent } from './wal-tail.js';

export interface ReplayResult {
  /** Sequence numbers of the segments found, ascending (empty for a new directory). */
  readonly segments: readonly number[];
  /** The logical end of the last segment: where its last whole write ends and the next write goes. */
  readonly lastSegmentBytes: number;
  /** Bytes of a torn write after `lastSegmentBytes` (up to the last non-zero byte) that the caller must zero. */
  readonly tornBytes: number;
  /** The last segment file's size (at least `lastSegmentBytes + tornBytes`). */
  readonly lastFileBytes: number;
}

interface Location {
  readonly file: string;
  readonly offsetBytes: number;
}

function damage(reason: string, at: Location): RaftError<'STORAGE_FAILED'> {
  return new RaftError('STORAGE_FAILED', `WAL damaged in ${at.file} at byte ${at.offsetBytes}: ${reason}`,
    { operation: 'open', reason, file: at.file, offsetBytes: at.offsetBytes });
}

/** Replays every segment of `dir` into `cache` (which must be fresh), then loads the snapshot's data. */
export function replay(dir: string, cache: LogCache): ReplayResult {
  const segments = listSegments(dir);
  let lastSegmentBytes = 0;
  let tornBytes = 0;
  let lastFileBytes = 0;
  for (const [position, sequence] of segments.entries()) {
    const file = segmentName(sequence);
    const content = readSegment(join(dir, file));
    const isLast = position === segments.length - 1;
    const validEnd = replaySegment(content, file, isLast, cache);
    if (isLast) {
      lastSegmentBytes = validEnd;
      tornBytes = Math.max(0, content.dataEnd - validEnd);
      lastFileBytes = content.fileBytes;
    }
  }
  loadSnapshotData(dir, cache);
  return { segments, lastSegmentBytes, tornBytes, lastFileBytes };
}

/**
 * Applies the whole writes of one segment; returns its logical end (where the last one
 * ends). Parsing stops at the zero tail (`dataEnd`); only a record that runs into it (a
 * torn write whose payload ends in zeros, or damage) reads the zeros back in.
 */
function replaySegment(content: SegmentContent, file: string, isLast: boolean, cache: LogCache): number {
  const { dataEnd, fileBytes } = content;
  let bytes = content.bytes;
  let at = 0;
  let committedEnd = 0;
  let pending: { type: RecordType; payload: Uint8Array; at: number }[] = [];
  while (at < dataEnd) {
    let record = parseRecord(bytes, at, maxWalRecordBytes);
    if (!record.ok && bytes.length < fileBytes) {
      bytes = withZeroTail(bytes, fileBytes);
      record = parseRecord(bytes, at, maxWalRecordBytes);
    }
    if (!record.ok) {
      if (!isLast) throw damage(`${record.reason} in a segment that is not the last`, { file, offsetBytes: at });
      // A record's type byte is non-zero, so none can start in the zero tail.
      const later = anyRecordAfter(bytes, at + 1, maxWalRecordBytes, dataEnd - RECORD_HEADER_BYTES);
      if (later !== undefined) throw damage(`${record.reason}, followed by a well-formed record at byte ${later}`, { file, offsetBytes: at });
      return committedEnd;
    }
    if (record.type === RecordType.Commit) {
      for (const item of pending) applyRecord(cache, item.type, item.payload, { file, offsetBytes: item.at });
      pending = [];
      committedEnd = record.end;
    } else {
      pending.push({ type: record.type, payload: record.payload, at });
    }
    at = record.end;
  }
  if (pending.length > 0 && !isLast) throw damage('a write without its commit record in a segment that is not the last', { file, offsetBytes: committedEnd });
  return committedEnd;
}

function decoded<T>(decode: () => T, at: Location): T {
  try {
    return decode();
  } catch (error) {
    throw damage(`undecodable record: ${(error as Error).message}`, at);
  }
}

function dummy(index: number, term: number): Entry {
  return { index, term, type: EntryType.Normal, data: new Uint8Array(0) };
}

/** One record's effect on the log, mirroring what the write path did to the cache. */
function applyRecord(cache: LogCache, type: RecordType, payload: Uint8Array, at: Location): void {
  const offset = (cache.entries[0] as Entry).index;
  switch (type) {
    case RecordType.Entry: {
      const entry = decoded(() => decodeEntry(payload), at);
      if (entry.index > cache.lastIndex() + 1) throw damage(`gap in the log: entry ${entry.index} after ${cache.lastIndex()}`, at);
      cache.append([entry]);
      return;
    }
    case RecordType.HardState:
      cache.hardState = decoded(() => decodeHardState(payload), at);
      return;
    case RecordType.CompactionPoint: {
      const point = decoded(() => decodeEntry(payload), at);
      if (point.index < offset) throw damage(`compaction point ${point.index} is behind ${offset}`, at);
      if (point.index === offset) {
        if (point.term !== (cache.entries[0] as Entry).term) throw damage(`compaction point ${point.index} changes term`, at);
        return;
      }
      const kept = point.index <= cache.lastIndex() && cache.term(point.index) === point.term;
      cache.entries = kept ? [dummy(point.index, point.term), ...cache.entries.slice(point.index - offset + 1)] : [dummy(point.index, point.term)];
      return;
    }
    case RecordType.SnapshotInstalled:
    case RecordType.SnapshotCreated: {
      const snapshot = decoded(() => decodeSnapshot(payload), at);
      const previous = cache.snapshot.metadata;
      const { index, term } = snapshot.metadata;
      const same = index === previous.index && term === previous.term;
      if (index < previous.index || (index === previous.index && !same) || (type === RecordType.SnapshotInstalled && same && index > 0)) {
        throw damage(`snapshot ${index} is not newer than ${previous.index}`, at);
      }
      cache.snapshot = snapshot;
      if (type === RecordType.SnapshotInstalled) cache.entries = [dummy(index, term)];
      return;
    }
    default:
      throw damage(`unexpected record type ${String(type)}`, at);
  }
}

/** The records hold snapshot metadata; its data is in the snapshot file named by its index. */
function loadSnapshotData(dir: string, cache: LogCache): void {
  const { index, term, confState } = cache.snapshot.metadata;
  if (index === 0) return;
  const file = snapshotName(index);
  let buffer: Buffer;
  try {
    buffer = readFileSync(join(dir, file));
  } catch (error) {
    throw damage(`snapshot file missing: ${(error as Error).message}`, { file, offsetBytes: 0 });
  }
  const snapshot = decoded(() => decodeSnapshot(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)), { file, offsetBytes: 0 });
  const meta = snapshot.metadata;
  if (meta.index !== index || meta.term !== term || JSON.stringify(meta.confState) !== JSON.stringify(confState)) {
    throw damage(`snapshot file holds ${meta.index}/${meta.term}, the log records ${index}/${term}`, { file, offsetBytes: 0 });
  }
  cache.snapshot = snapshot;
}
