// Crash properties of WalStorage: random writes, then a simulated crash that tears the
// unsynced tail of the last segment: in the preallocated layout the bytes after a random
// cut are zero again (garbage may be written at the cut), in the layout of files written
// before preallocation the file is cut short (garbage appended). Reopening must give
// exactly the state after some prefix of the writes that includes every acknowledged
// synced one, and a preallocated segment keeps its size. Damage before the tail must be
// refused (a non-last segment's zero tail included).
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { EntryType, type Entry } from '../src/core/types.js';
import { minWalSegmentBytes } from '../src/limits.js';
import { MemoryStorage } from '../src/storage/memory-storage.js';
import type { Storage } from '../src/storage/storage.js';
import { WalStorage } from '../src/storage/wal-storage.js';
import { lastSegment, logicalEnd, overwrite, segments, zeroFrom } from './helpers/wal-files.js';

const root = mkdtempSync(join(tmpdir(), 'raft-wal-crash-'));
let counter = 0;
afterAll(() => rmSync(root, { recursive: true, force: true }));

const op = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('save' as const), back: fc.nat(3), count: fc.nat(4), term: fc.integer({ min: 1, max: 5 }), hardState: fc.boolean(), sync: fc.boolean(), size: fc.nat(120) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('snapshot' as const), back: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('compact' as const), back: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('install' as const), ahead: fc.integer({ min: 1, max: 5 }) }) },
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

const entry = (index: number, term: number, size: number): Entry => ({ index, term, type: EntryType.Normal, data: new Uint8Array(size).fill((index * 7 + term) & 255) });

/** Everything a reader can observe. */
function observe(s: Storage): unknown {
  const first = s.firstIndex();
  const last = s.lastIndex();
  return { hardState: s.initialState().hardState, snapshot: s.snapshot(), first, last, entries: last >= first ? s.entries(first, last + 1, Number.POSITIVE_INFINITY) : [] };
}

/** Applies `o` to both storages (the same call); returns whether it was a synced write, or undefined when skipped. */
async function run(o: Op, storages: readonly Storage[], model: MemoryStorage, step: number): Promise<boolean | undefined> {
  const offset = model.firstIndex() - 1;
  const last = model.lastIndex();
  const snapshotIndex = model.snapshot().metadata.index;
  if (o.kind === 'save') {
    const from = Math.max(offset + 1, last + 1 - o.back);
    const entries = Array.from({ length: o.count }, (_, i) => entry(from + i, o.term, o.size));
    const update = { entries, ...(o.hardState ? { hardState: { term: o.term, vote: `v${step}`, commit: offset } } : {}), sync: o.sync };
    for (const s of storages) await s.saveAll([update]);
    return o.sync;
  }
  if (o.kind === 'snapshot') {
    const index = last - o.back;
    if (index <= snapshotIndex || index < offset) return undefined;
    for (const s of storages) await s.createSnapshot(index, { voters: ['a', `n${step}`], learners: [] }, new Uint8Array([step & 255, index & 255]));
    return true;
  }
  if (o.kind === 'compact') {
    const to = Math.min(snapshotIndex, last) - o.back;
    if (to <= offset) return undefined;
    for (const s of storages) await s.compact(to);
    return true;
  }
  const index = Math.max(last, snapshotIndex) + o.ahead;
  const snapshot = { metadata: { index, term: 9, confState: { voters: ['x'], learners: [`l${step}`] } }, data: new Uint8Array([step & 255]) };
  for (const s of storages) await s.save({ snapshot, hardState: { term: 9, vote: '', commit: index }, sync: false });
  return true;
}

describe('WalStorage crash properties', () => {
  it('after a torn tail, reopening gives the state after a prefix of the writes that keeps every acknowledged synced write', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(op, { minLength: 1, maxLength: 25 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.uint8Array({ maxLength: 40 }),
      fc.constantFrom('preallocated' as const, 'legacy' as const),
      async (ops, cutFraction, garbage, layout) => {
        const dir = join(root, `crash${counter++}`);
        const wal = await WalStorage.open(dir, { segmentBytes: minWalSegmentBytes });
        const model = new MemoryStorage();
        const states: unknown[] = [observe(model)];
        let durableState = 0;
        let durableFile = lastSegment(dir);
        let durableBytes = 0;
        for (const [step, o] of ops.entries()) {
          const synced = await run(o, [wal, model], model, step);
          if (synced === undefined) continue;
          states.push(observe(model));
          expect(observe(wal)).toEqual(states.at(-1));
          // A synced write is durable, and so is everything before a new segment (rolls and compaction sync).
          if (synced || lastSegment(dir) !== durableFile) {
            durableState = states.length - 1;
            durableFile = lastSegment(dir);
            durableBytes = logicalEnd(durableFile);
          }
        }
        await wal.close();
        expect(statSync(durableFile).size).toBeGreaterThanOrEqual(minWalSegmentBytes);
        // The crash: the bytes after the last durable point are cut anywhere, and garbage may follow.
        const end = logicalEnd(durableFile);
        const cut = durableBytes + Math.floor(cutFraction * (end - durableBytes));
        if (layout === 'preallocated') {
          overwrite(durableFile, cut, new Uint8Array(end - cut));
          overwrite(durableFile, cut, garbage);
        } else {
          truncateSync(durableFile, cut);
          appendFileSync(durableFile, garbage);
        }
        const crashedBytes = statSync(durableFile).size;
        const crashedEnd = logicalEnd(durableFile);
        const reopened = await WalStorage.open(dir, { segmentBytes: minWalSegmentBytes });
        const seen = observe(reopened);
        await reopened.close();
        // The cut keeps a preallocated size (and gives a shorter, older file its full size); what follows the logical end is zero.
        expect(statSync(durableFile).size).toBe(Math.max(minWalSegmentBytes, crashedBytes));
        expect(zeroFrom(durableFile, logicalEnd(durableFile))).toBe(true);
        expect(logicalEnd(durableFile)).toBeLessThanOrEqual(crashedEnd);
        // Writes that change nothing repeat a state: the latest prefix that matches counts.
        const matched = states.findLastIndex((state) => isDeepStrictEqual(state, seen));
        expect(matched, 'the recovered state is not the state after any prefix of the writes').toBeGreaterThanOrEqual(0);
        expect(matched, 'an acknowledged synced write was lost').toBeGreaterThanOrEqual(durableState);
        rmSync(dir, { recursive: true, force: true });
      }), { numRuns: Number(process.env.WAL_CRASH_RUNS ?? 80) });
  }, 60_000);

  it('damage before the tail (any byte of a non-last segment, zero tail included, or before the last segment\'s final commit record) is refused', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(op, { minLength: 3, maxLength: 15 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.integer({ min: 1, max: 255 }),
      async (ops, where, flip) => {
        const dir = join(root, `damage${counter++}`);
        const wal = await WalStorage.open(dir, { segmentBytes: minWalSegmentBytes });
        const model = new MemoryStorage();
        for (const [step, o] of ops.entries()) await run(o, [wal, model], model, step);
        await wal.close();
        const files = segments(dir);
        // Pick a byte across all segments (whole files but the last, whose zero tail is free space),
        // excluding the last segment's final 9-byte commit record.
        const sizes = files.map((name, i) => (i === files.length - 1 ? logicalEnd(join(dir, name)) : statSync(join(dir, name)).size));
        const total = sizes.reduce((a, b) => a + b, 0) - 9;
        fc.pre(total > 0);
        let at = Math.floor(where * total);
        let file = 0;
        while (at >= (sizes[file] as number)) at -= sizes[file++] as number;
        const path = join(dir, files[file] as string);
        const bytes = readFileSync(path);
        bytes[at] = (bytes[at] as number) ^ flip;
        writeFileSync(path, bytes);
        await expect(WalStorage.open(dir)).rejects.toMatchObject({ code: 'STORAGE_FAILED', details: { file: files[file] } });
        rmSync(dir, { recursive: true, force: true });
      }), { numRuns: Number(process.env.WAL_CRASH_RUNS ?? 80) });
  }, 60_000);
});
