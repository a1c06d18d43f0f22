import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EntryType, type Entry } from '../src/core/types.js';
import { maxWalSegmentBytes, minWalSegmentBytes } from '../src/limits.js';
import type { Storage } from '../src/storage/storage.js';
import { WalStorage } from '../src/storage/wal-storage.js';
import { storageCompliance } from './helpers/storage-compliance.js';
import { logicalEnd, overwrite, segments, zeroFrom } from './helpers/wal-files.js';

const root = mkdtempSync(join(tmpdir(), 'raft-wal-'));
const locations = new Map<Storage, string>();
let counter = 0;
afterAll(() => rmSync(root, { recursive: true, force: true }));

const fresh = (): string => join(root, `wal${counter++}`);
const e = (index: number, term: number, size = 8): Entry =>
  ({ index, term, type: EntryType.Normal, data: new Uint8Array(size).fill(index & 255) });

for (const segmentBytes of [undefined, minWalSegmentBytes]) {
  storageCompliance({
    name: `WalStorage (segments of ${segmentBytes ?? 'default'} bytes)`,
    create: async () => {
      const location = fresh();
      const s = await WalStorage.open(location, segmentBytes === undefined ? {} : { segmentBytes });
      locations.set(s, location);
      return s;
    },
    reopen: async (s) => {
      const location = locations.get(s) as string;
      await s.close();
      const reopened = await WalStorage.open(location, segmentBytes === undefined ? {} : { segmentBytes });
      locations.set(reopened, location);
      return reopened;
    },
    propertyRuns: 25,
  });
}

describe('WalStorage segments and limits', () => {
  it('refuses a segment size outside [minWalSegmentBytes, maxWalSegmentBytes]', async () => {
    for (const segmentBytes of [minWalSegmentBytes - 1, maxWalSegmentBytes + 1, minWalSegmentBytes + 0.5]) {
      await expect(WalStorage.open(fresh(), { segmentBytes })).rejects.toMatchObject({ code: 'CONFIG_INVALID', details: { field: 'segmentBytes' } });
    }
  });

  it('rolls to a new segment at the limit, every segment created at its full size, and replays across segments', async () => {
    const dir = fresh();
    let s = await WalStorage.open(dir, { segmentBytes: minWalSegmentBytes });
    expect(statSync(join(dir, segments(dir)[0] as string)).size).toBe(minWalSegmentBytes);
    for (let i = 1; i <= 40; i++) await s.save({ entries: [e(i, 1, 100)], hardState: { term: 1, vote: 'a', commit: i }, sync: i % 3 === 0 });
    const files = segments(dir);
    expect(files.length).toBeGreaterThan(3);
    // Preallocated: a file's size never changes; a rolled segment's records end close to it, before a zero tail.
    for (const file of files) expect(statSync(join(dir, file)).size).toBe(minWalSegmentBytes);
    for (const file of files.slice(0, -1)) expect(logicalEnd(join(dir, file))).toBeGreaterThan(minWalSegmentBytes - 200);
    s = await WalStorage.open(dir, { segmentBytes: minWalSegmentBytes }).finally(() => s.close());
    expect(s.lastIndex()).toBe(40);
    expect(s.entries(1, 41, Number.POSITIVE_INFINITY)).toEqual(Array.from({ length: 40 }, (_, i) => e(i + 1, 1, 100)));
    expect(s.hardState()).toEqual({ term: 1, vote: 'a', commit: 40 });
    await s.close();
  });

  it('compaction starts a new segment and deletes the old ones; reopening keeps term and index', async () => {
    const dir = fresh();
    let s = await WalStorage.open(dir, { segmentBytes: minWalSegmentBytes });
    for (let i = 1; i <= 30; i++) await s.save({ entries: [e(i, 1 + Math.floor(i / 10), 100)], sync: true });
    await s.save({ hardState: { term: 4, vote: 'c', commit: 28 }, sync: true });
    const before = segments(dir);
    await s.createSnapshot(25, { voters: ['a', 'b', 'c'], learners: [] }, new Uint8Array([1, 2, 3]));
    await s.compact(22);
    const after = segments(dir);
    expect(after).toHaveLength(1);
    expect(before).not.toContain(after[0]);
    expect(readdirSync(dir).filter((name) => name.startsWith('snapshot-'))).toEqual(['snapshot-0000000000000025.bin']);
    await s.close();
    s = await WalStorage.open(dir, { segmentBytes: minWalSegmentBytes });
    expect(s.firstIndex()).toBe(23);
    expect(s.term(22)).toBe(3);
    expect(s.lastIndex()).toBe(30);
    expect(s.entries(23, 31, Number.POSITIVE_INFINITY)).toEqual(Array.from({ length: 8 }, (_, i) => e(23 + i, 1 + Math.floor((23 + i) / 10), 100)));
    expect(s.hardState()).toEqual({ term: 4, vote: 'c', commit: 28 });
    expect(s.snapshot().metadata).toEqual({ index: 25, term: 3, confState: { voters: ['a', 'b', 'c'], learners: [] } });
    expect(s.snapshot().data).toEqual(new Uint8Array([1, 2, 3]));
    await s.save({ entries: [e(31, 4)], sync: true });
    await s.close();
    s = await WalStorage.open(dir);
    expect(s.lastIndex()).toBe(31);
    await s.close();
  });

  it('an invalid update changes neither memory nor disk', async () => {
    const dir = fresh();
    let s = await WalStorage.open(dir);
    await s.save({ entries: [e(1, 1), e(2, 1)], sync: true });
    await expect(s.saveAll([{ entries: [e(3, 1)], sync: false }, { entries: [e(9, 1)], sync: true }])).rejects.toMatchObject({ code: 'INVARIANT_VIOLATED' });
    expect(s.lastIndex()).toBe(2);
    await s.save({ entries: [e(3, 2)], sync: true });
    await s.close();
    s = await WalStorage.open(dir);
    expect(s.entries(1, 4, Number.POSITIVE_INFINITY)).toEqual([e(1, 1), e(2, 1), e(3, 2)]);
    await s.close();
  });

  it('after a failed write it refuses further writes until reopened, and memory is unchanged', async () => {
    const dir = fresh();
    const s = await WalStorage.open(dir);
    await s.save({ entries: [e(1, 1)], sync: true });
    // Pull the file out from under the storage so that the next write fails.
    const { closeSync } = await import('node:fs');
    closeSync((s as unknown as { fd: number }).fd);
    await expect(s.save({ entries: [e(2, 1)], sync: true })).rejects.toMatchObject({ code: 'STORAGE_FAILED', details: { operation: 'save' } });
    expect(s.lastIndex()).toBe(1);
    await expect(s.save({ entries: [e(2, 1)], sync: true })).rejects.toMatchObject({ code: 'STORAGE_FAILED', message: expect.stringContaining('reopen') });
    const reopened = await WalStorage.open(dir);
    expect(reopened.lastIndex()).toBe(1);
    await reopened.close();
  });

  it('refuses to open a path it cannot create', async () => {
    const file = join(root, 'a-file');
    writeFileSync(file, 'not a directory');
    await expect(WalStorage.open(join(file, 'wal'))).rejects.toMatchObject({ code: 'STORAGE_FAILED', details: { operation: 'open' } });
  });
});

describe('WalStorage recovery', () => {
  async function filled(segmentBytes = minWalSegmentBytes): Promise<string> {
    const dir = fresh();
    const s = await WalStorage.open(dir, { segmentBytes });
    for (let i = 1; i <= 20; i++) await s.save({ entries: [e(i, 1, 100)], hardState: { term: 1, vote: '', commit: i }, sync: true });
    await s.close();
    return dir;
  }

  it('cuts a torn write at the logical end of the last segment by zeroing it, keeping the preallocated size', async () => {
    const segmentBytes = 1024 * 1024;
    const dir = await filled(segmentBytes);
    const file = join(dir, segments(dir).at(-1) as string);
    const end = logicalEnd(file);
    overwrite(file, end, new Uint8Array([40, 0, 0, 0, 1, 2, 3, 4, 1, 9, 9]));
    let s = await WalStorage.open(dir, { segmentBytes });
    expect(s.recovery.tornBytes).toBe(11);
    expect(s.lastIndex()).toBe(20);
    expect(statSync(file).size).toBe(segmentBytes);
    expect(zeroFrom(file, end)).toBe(true);
    await s.save({ entries: [e(21, 1)], sync: true });
    await s.close();
    s = await WalStorage.open(dir, { segmentBytes });
    expect(s.recovery.tornBytes).toBe(0);
    expect(s.lastIndex()).toBe(21);
    await s.close();
  });

  it('cuts a torn write appended to a segment written before preallocation, and extends that segment once', async () => {
    const segmentBytes = 1024 * 1024;
    const dir = await filled(segmentBytes);
    const file = join(dir, segments(dir).at(-1) as string);
    const end = logicalEnd(file);
    truncateSync(file, end);
    appendFileSync(file, new Uint8Array([40, 0, 0, 0, 1, 2, 3, 4, 1, 9, 9]));
    const s = await WalStorage.open(dir, { segmentBytes });
    expect(s.recovery.tornBytes).toBe(11);
    expect(s.lastIndex()).toBe(20);
    await s.close();
    expect(statSync(file).size).toBe(segmentBytes);
    expect(zeroFrom(file, end)).toBe(true);
  });

  it('refuses a damaged record in the middle of the last segment, naming file and offset', async () => {
    const dir = await filled(1024 * 1024);
    const name = segments(dir).at(-1) as string;
    const bytes = readFileSync(join(dir, name));
    bytes[200] = (bytes[200] as number) ^ 0xff;
    writeFileSync(join(dir, name), bytes);
    await expect(WalStorage.open(dir)).rejects.toMatchObject({ code: 'STORAGE_FAILED', details: { operation: 'open', file: name, offsetBytes: expect.any(Number) } });
  });

  it('refuses damage, even at the tail, in a segment that is not the last', async () => {
    const dir = await filled();
    const files = segments(dir);
    expect(files.length).toBeGreaterThan(1);
    const first = join(dir, files[0] as string);
    // A torn final commit record (its last 3 bytes zero).
    overwrite(first, logicalEnd(first) - 3, new Uint8Array(3));
    await expect(WalStorage.open(dir)).rejects.toMatchObject({ code: 'STORAGE_FAILED', details: { file: files[0] } });
  });

  it('refuses a non-zero byte in the zero tail of a segment that is not the last', async () => {
    const dir = await filled();
    const files = segments(dir);
    expect(files.length).toBeGreaterThan(1);
    const first = join(dir, files[0] as string);
    expect(statSync(first).size).toBe(minWalSegmentBytes);
    overwrite(first, minWalSegmentBytes - 1, new Uint8Array([1]));
    await expect(WalStorage.open(dir, { segmentBytes: minWalSegmentBytes })).rejects.toMatchObject({ code: 'STORAGE_FAILED', details: { file: files[0] } });
  });

  it('refuses a gap in the log (a missing middle segment)', async () => {
    const dir = await filled();
    const files = segments(dir);
    expect(files.length).toBeGreaterThan(2);
    rmSync(join(dir, files[1] as string));
    await expect(WalStorage.open(dir)).rejects.toMatchObject({ code: 'STORAGE_FAILED', message: expect.stringContaining('gap') });
  });

  it('refuses a missing or mismatched snapshot file', async () => {
    const dir = fresh();
    const s = await WalStorage.open(dir);
    await s.save({ entries: [e(1, 1), e(2, 1)], sync: true });
    await s.createSnapshot(2, { voters: ['a'], learners: [] }, new Uint8Array([7]));
    await s.close();
    const snap = join(dir, 'snapshot-0000000000000002.bin');
    const bytes = readFileSync(snap);
    rmSync(snap);
    await expect(WalStorage.open(dir)).rejects.toMatchObject({ code: 'STORAGE_FAILED', details: { file: 'snapshot-0000000000000002.bin' } });
    writeFileSync(snap, bytes.subarray(0, 3));
    await expect(WalStorage.open(dir)).rejects.toMatchObject({ code: 'STORAGE_FAILED' });
  });
});
