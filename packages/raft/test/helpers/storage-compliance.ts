// The shared compliance suite: every Storage implementation must pass it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EntryType, type Entry } from '../../src/core/types.js';
import { RaftError } from '../../src/errors.js';
import type { Storage } from '../../src/storage/storage.js';

export interface StorageFactory {
  readonly name: string;
  /** A fresh, empty storage. */
  create(): Promise<Storage>;
  /** Closes and opens it again (a restart); memory storages return the same object. */
  reopen(storage: Storage): Promise<Storage>;
  readonly propertyRuns: number;
}

const e = (index: number, term: number, data = `${index}/${term}`): Entry =>
  ({ index, term, type: EntryType.Normal, data: new TextEncoder().encode(data) });

function code(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    return RaftError.is(error) ? error.code : String(error);
  }
}

async function codeAsync(fn: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await fn();
    return undefined;
  } catch (error) {
    return RaftError.is(error) ? error.code : String(error);
  }
}

export function storageCompliance(factory: StorageFactory): void {
  describe(`Storage compliance: ${factory.name}`, () => {
    it('starts empty', async () => {
      const s = await factory.create();
      expect(s.firstIndex()).toBe(1);
      expect(s.lastIndex()).toBe(0);
      expect(s.term(0)).toBe(0);
      expect(s.initialState()).toEqual({ hardState: { term: 0, vote: '', commit: 0 }, confState: { voters: [], learners: [] } });
      await s.close();
    });

    it('persists entries and hard state across a restart, and reads within size limits', async () => {
      let s = await factory.create();
      await s.save({ entries: [e(1, 1), e(2, 1), e(3, 2)], hardState: { term: 2, vote: 'b', commit: 2 }, sync: true });
      s = await factory.reopen(s);
      expect(s.lastIndex()).toBe(3);
      expect(s.entries(1, 4, Number.POSITIVE_INFINITY)).toEqual([e(1, 1), e(2, 1), e(3, 2)]);
      expect(s.entries(1, 4, 1)).toEqual([e(1, 1)]);
      expect(s.term(3)).toBe(2);
      expect(s.initialState().hardState).toEqual({ term: 2, vote: 'b', commit: 2 });
      expect(code(() => s.entries(2, 5, 100))).toBe('UNAVAILABLE');
      expect(code(() => s.term(4))).toBe('UNAVAILABLE');
      await s.close();
    });

    it('an append replaces stored entries from its first index on', async () => {
      let s = await factory.create();
      await s.save({ entries: [e(1, 1), e(2, 1), e(3, 1), e(4, 1)], sync: true });
      await s.save({ entries: [e(3, 2)], sync: true });
      s = await factory.reopen(s);
      expect(s.lastIndex()).toBe(3);
      expect(s.entries(1, 4, Number.POSITIVE_INFINITY)).toEqual([e(1, 1), e(2, 1), e(3, 2)]);
      await s.close();
    });

    it('saveAll applies several updates in order as one write (a later one truncates an earlier one)', async () => {
      let s = await factory.create();
      await s.saveAll([
        { entries: [e(1, 1), e(2, 1), e(3, 1), e(4, 1)], hardState: { term: 1, vote: 'a', commit: 1 }, sync: false },
        { entries: [e(3, 2), e(4, 2), e(5, 2)], hardState: { term: 2, vote: 'b', commit: 3 }, sync: true },
        { entries: [e(5, 3)], sync: false },
      ]);
      s = await factory.reopen(s);
      expect(s.entries(1, 6, Number.POSITIVE_INFINITY)).toEqual([e(1, 1), e(2, 1), e(3, 2), e(4, 2), e(5, 3)]);
      expect(s.initialState().hardState).toEqual({ term: 2, vote: 'b', commit: 3 });
      await s.close();
    });

    it('snapshots and compacts; compacted entries throw COMPACTED', async () => {
      let s = await factory.create();
      await s.save({ entries: [1, 2, 3, 4, 5].map((i) => e(i, 1)), sync: true });
      expect(await codeAsync(() => s.compact(2))).toBe('SNAPSHOT_OUT_OF_DATE'); // no snapshot covers it yet
      const snap = await s.createSnapshot(4, { voters: ['a', 'b'], learners: ['l'] }, new Uint8Array([9]));
      expect(snap.metadata).toEqual({ index: 4, term: 1, confState: { voters: ['a', 'b'], learners: ['l'] } });
      await s.compact(3);
      s = await factory.reopen(s);
      expect(s.firstIndex()).toBe(4);
      expect(s.term(3)).toBe(1);
      expect(code(() => s.entries(3, 5, 100))).toBe('COMPACTED');
      expect(code(() => s.term(2))).toBe('COMPACTED');
      expect(s.entries(4, 6, 1000)).toEqual([e(4, 1), e(5, 1)]);
      expect(s.snapshot()).toEqual(snap);
      expect(s.initialState().confState).toEqual({ voters: ['a', 'b'], learners: ['l'] });
      expect(await codeAsync(() => s.createSnapshot(2, { voters: [], learners: [] }, new Uint8Array()))).toBe('SNAPSHOT_OUT_OF_DATE');
      expect(await codeAsync(() => s.compact(9))).toBe('UNAVAILABLE');
      expect(await codeAsync(() => s.compact(2))).toBe('SNAPSHOT_OUT_OF_DATE');
      await s.close();
    });

    it('installing a leader\'s snapshot replaces the whole log', async () => {
      let s = await factory.create();
      await s.save({ entries: [e(1, 1), e(2, 1)], sync: true });
      const snapshot = { metadata: { index: 10, term: 3, confState: { voters: ['x'], learners: [] } }, data: new Uint8Array([1, 2]) };
      await s.save({ snapshot, entries: [e(11, 3)], hardState: { term: 3, vote: '', commit: 10 }, sync: true });
      s = await factory.reopen(s);
      expect(s.firstIndex()).toBe(11);
      expect(s.lastIndex()).toBe(11);
      expect(s.term(10)).toBe(3);
      expect(s.snapshot()).toEqual(snapshot);
      await s.close();
    });

    it('matches a model under random appends, snapshots and compactions (and restarts)', async () => {
      const op = fc.oneof(
        fc.record({ kind: fc.constant('append' as const), back: fc.nat(3), count: fc.integer({ min: 1, max: 4 }), term: fc.integer({ min: 1, max: 5 }) }),
        fc.record({ kind: fc.constant('compact' as const), back: fc.nat(3) }),
        fc.record({ kind: fc.constant('reopen' as const) }),
      );
      await fc.assert(fc.asyncProperty(fc.array(op, { maxLength: 12 }), async (ops) => {
        let s = await factory.create();
        let model: Entry[] = [];
        let offset = 0; // compaction point
        let snapshotIndex = 0;
        for (const o of ops) {
          const last = offset + model.length;
          if (o.kind === 'append') {
            const from = Math.max(offset + 1, last + 1 - o.back);
            const batch = Array.from({ length: o.count }, (_, i) => e(from + i, o.term));
            await s.save({ entries: batch, sync: false });
            model = [...model.slice(0, from - offset - 1), ...batch];
          } else if (o.kind === 'compact') {
            const to = last - o.back;
            if (to > offset) {
              if (to > snapshotIndex) {
                await s.createSnapshot(to, { voters: ['a'], learners: [] }, new Uint8Array([to & 255]));
                snapshotIndex = to;
              }
              await s.compact(to);
              model = model.slice(to - offset);
              offset = to;
            }
          } else {
            s = await factory.reopen(s);
          }
          expect(s.firstIndex()).toBe(offset + 1);
          expect(s.lastIndex()).toBe(offset + model.length);
          if (model.length > 0) expect(s.entries(offset + 1, offset + model.length + 1, Number.POSITIVE_INFINITY)).toEqual(model);
        }
        await s.close();
      }), { numRuns: factory.propertyRuns });
    });
  });
}
