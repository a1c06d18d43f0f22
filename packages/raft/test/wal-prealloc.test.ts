// The preallocated segment layout of WalStorage: files created at their full size, a zero
// tail after the logical end that is free space (found without a record-by-record scan),
// torn writes cut by zeroing, and files written before preallocation still opening.
import { mkdtempSync, readFileSync, rmSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { EntryType, type Entry } from '../src/core/types.js';
import { defaultWalSegmentBytes, minWalSegmentBytes } from '../src/limits.js';
import type { Storage } from '../src/storage/storage.js';
import type * as WalRecord from '../src/storage/wal-record.js';
import { WalStorage } from '../src/storage/wal-storage.js';
import { lastSegment, logicalEnd, overwrite, segments, zeroFrom } from './helpers/wal-files.js';

// Every call of anyRecordAfter (the byte-by-byte search for a well-formed record after damage) is recorded.
const searches = vi.hoisted(() => [] as { from: number; lastStart: number | undefined }[]);
vi.mock('../src/storage/wal-record.js', async (importOriginal) => {
  const actual = await importOriginal<typeof WalRecord>();
  return {
    ...actual,
    anyRecordAfter: (bytes: Uint8Array, from: number, maxRecordBytes: number, lastStart?: number) => {
      searches.push({ from, lastStart });
      return actual.anyRecordAfter(bytes, from, maxRecordBytes, lastStart);
    },
  };
});

const root = mkdtempSync(join(tmpdir(), 'raft-wal-prealloc-'));
let counter = 0;
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(() => {
  searches.length = 0;
});

const fresh = (): string => join(root, `wal${counter++}`);
const e = (index: number, term: number, size = 8, fill = index & 255): Entry =>
  ({ index, term, type: EntryType.Normal, data: new Uint8Array(size).fill(fill) });

function observe(s: Storage): unknown {
  const first = s.firstIndex();
  const last = s.lastIndex();
  return { hardState: s.initialState().hardState, snapshot: s.snapshot(), first, last, entries: s.entries(first, last + 1, Number.POSITIVE_INFINITY) };
}

/** A WAL (default 64 MiB segments unless given) holding entries 1..count, synced, closed. */
async function written(count: number, segmentBytes = defaultWalSegmentBytes): Promise<{ dir: string; state: unknown }> {
  const dir = fresh();
  const s = await WalStorage.open(dir, { segmentBytes });
  for (let i = 1; i <= count; i++) await s.save({ entries: [e(i, 1, 100)], hardState: { term: 1, vote: 'a', commit: i - 1 }, sync: true });
  const state = observe(s);
  await s.close();
  return { dir, state };
}

describe('WalStorage preallocated segments', () => {
  it('creates the first segment at its full size before any write, and opens an empty one cleanly', async () => {
    const dir = fresh();
    let s = await WalStorage.open(dir);
    const file = lastSegment(dir);
    expect(statSync(file).size).toBe(defaultWalSegmentBytes);
    expect(zeroFrom(file, 0)).toBe(true);
    await s.close();
    s = await WalStorage.open(dir);
    expect(s.recovery).toEqual({ segments: 1, tornBytes: 0 });
    expect(s.lastIndex()).toBe(0);
    await s.save({ entries: [e(1, 1)], sync: true });
    await s.close();
    expect(statSync(file).size).toBe(defaultWalSegmentBytes);
    s = await WalStorage.open(dir);
    expect(s.entries(1, 2, Number.POSITIVE_INFINITY)).toEqual([e(1, 1)]);
    await s.close();
  });

  it('treats the zeros after the logical end as a clean end, without searching them for records', async () => {
    const { dir, state } = await written(30);
    const file = lastSegment(dir);
    const end = logicalEnd(file);
    expect(end).toBeGreaterThan(30 * 100);
    const before = readFileSync(file).subarray(0, end);
    const s = await WalStorage.open(dir);
    expect(s.recovery.tornBytes).toBe(0);
    expect(observe(s)).toEqual(state);
    expect(searches).toEqual([]);
    await s.save({ entries: [e(31, 1)], sync: true });
    await s.close();
    // The next write went to the logical end, inside the file: what was before it is unchanged.
    expect(statSync(file).size).toBe(defaultWalSegmentBytes);
    expect(readFileSync(file).subarray(0, end).equals(before)).toBe(true);
    expect(logicalEnd(file)).toBeGreaterThan(end);
  });

  it('treats a non-zero byte in the zero tail, with no well-formed record after it, as torn: zeroed, size kept, search bounded', async () => {
    const { dir, state } = await written(5);
    const file = lastSegment(dir);
    const end = logicalEnd(file);
    const at = 8 * 1024 * 1024;
    overwrite(file, at, new Uint8Array([0x5a]));
    let s = await WalStorage.open(dir);
    expect(s.recovery.tornBytes).toBe(at + 1 - end);
    expect(observe(s)).toEqual(state);
    // The search for a later record stops where the non-zero bytes end.
    expect(searches).toHaveLength(1);
    expect(searches[0]?.lastStart).toBeLessThanOrEqual(at);
    await s.close();
    expect(statSync(file).size).toBe(defaultWalSegmentBytes);
    expect(zeroFrom(file, end)).toBe(true);
    s = await WalStorage.open(dir);
    expect(s.recovery.tornBytes).toBe(0);
    expect(observe(s)).toEqual(state);
    await s.close();
  });

  it('refuses damage in the zero tail followed by a well-formed record (STORAGE_FAILED, naming the offset)', async () => {
    const { dir } = await written(5, minWalSegmentBytes * 8);
    const file = lastSegment(dir);
    const end = logicalEnd(file);
    const commit = readFileSync(file).subarray(end - 9, end);
    // Zeros (a write whose first pages never reached the disk) then a well-formed record.
    overwrite(file, end + 500, commit);
    await expect(WalStorage.open(dir)).rejects.toMatchObject({ code: 'STORAGE_FAILED', details: { offsetBytes: end } });
    // A garbage byte, then the well-formed record.
    overwrite(file, end + 100, new Uint8Array([0x5a]));
    await expect(WalStorage.open(dir)).rejects.toMatchObject({ code: 'STORAGE_FAILED', details: { offsetBytes: end } });
  });

  it('cuts a write without its commit whose last record runs into the zero tail (a payload ending in zeros)', async () => {
    const dir = fresh();
    let s = await WalStorage.open(dir, { segmentBytes: 64 * 1024 });
    await s.save({ entries: [e(1, 1), e(2, 1)], sync: true });
    const state = observe(s);
    const file = lastSegment(dir);
    const end = logicalEnd(file);
    await s.save({ entries: [e(3, 1, 300, 0)], sync: true });
    await s.close();
    // The crash lost the commit record: the entry's zero payload now looks like free space.
    const full = logicalEnd(file);
    overwrite(file, full - 9, new Uint8Array(9));
    const crashedEnd = logicalEnd(file);
    expect(crashedEnd).toBeLessThan(full - 9 - 200);
    s = await WalStorage.open(dir, { segmentBytes: 64 * 1024 });
    expect(observe(s)).toEqual(state);
    expect(s.recovery.tornBytes).toBe(crashedEnd - end);
    await s.close();
    expect(zeroFrom(file, end)).toBe(true);
    expect(statSync(file).size).toBe(64 * 1024);
  });

  it('preallocates the segment that compaction starts, and one that a write larger than a segment overflows', async () => {
    const dir = fresh();
    let s = await WalStorage.open(dir, { segmentBytes: minWalSegmentBytes });
    for (let i = 1; i <= 6; i++) await s.save({ entries: [e(i, 1, 100)], sync: true });
    await s.createSnapshot(4, { voters: ['a'], learners: [] }, new Uint8Array([1]));
    await s.compact(3);
    expect(segments(dir)).toHaveLength(1);
    expect(statSync(lastSegment(dir)).size).toBe(minWalSegmentBytes);
    await s.save({ entries: [e(7, 1, 3000)], sync: true });
    const big = lastSegment(dir);
    expect(statSync(big).size).toBeGreaterThan(3000);
    await s.save({ entries: [e(8, 1)], sync: true });
    expect(lastSegment(dir)).not.toBe(big);
    expect(statSync(lastSegment(dir)).size).toBe(minWalSegmentBytes);
    const state = observe(s);
    await s.close();
    s = await WalStorage.open(dir, { segmentBytes: minWalSegmentBytes });
    expect(observe(s)).toEqual(state);
    await s.close();
  });
});

describe('WalStorage files written before preallocation', () => {
  it('open as before (one short segment): reopen, append, reopen round-trips the log; the last segment is extended once', async () => {
    const { dir, state } = await written(20);
    const file = lastSegment(dir);
    const end = logicalEnd(file);
    truncateSync(file, end);
    let s = await WalStorage.open(dir);
    expect(s.recovery.tornBytes).toBe(0);
    expect(observe(s)).toEqual(state);
    expect(statSync(file).size).toBe(defaultWalSegmentBytes);
    expect(logicalEnd(file)).toBe(end);
    await s.save({ entries: [e(21, 2)], hardState: { term: 2, vote: 'b', commit: 20 }, sync: true });
    const after = observe(s);
    await s.close();
    s = await WalStorage.open(dir);
    expect(observe(s)).toEqual(after);
    await s.close();
  });

  it('open as before (several short segments): every segment cut to its logical end still replays, and rolls continue', async () => {
    const segmentBytes = minWalSegmentBytes;
    const { dir, state } = await written(30, segmentBytes);
    const files = segments(dir);
    expect(files.length).toBeGreaterThan(2);
    for (const name of files) truncateSync(join(dir, name), logicalEnd(join(dir, name)));
    let s = await WalStorage.open(dir, { segmentBytes });
    expect(observe(s)).toEqual(state);
    for (let i = 31; i <= 50; i++) await s.save({ entries: [e(i, 1, 100)], sync: i % 2 === 0 });
    const after = observe(s);
    await s.close();
    expect(segments(dir).length).toBeGreaterThan(files.length);
    // The old, non-last segments keep their short size; the new ones are preallocated.
    for (const name of files.slice(0, -1)) expect(statSync(join(dir, name)).size).toBeLessThan(segmentBytes);
    for (const name of segments(dir).slice(files.length)) expect(statSync(join(dir, name)).size).toBe(segmentBytes);
    s = await WalStorage.open(dir, { segmentBytes });
    expect(observe(s)).toEqual(after);
    await s.close();
  });
});
