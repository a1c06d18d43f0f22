import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type HistoryEvent, type OperationKind, toOperations } from './history.js';
import { checkHistory, pruneUnobservedWrites } from './linearizability.js';

let nextId = 0;
function op(kind: OperationKind, callMs: number, returnMs: number | 'info', value?: string | null, key = 'k'): HistoryEvent[] {
  const id = nextId++;
  const invoke: HistoryEvent = kind === 'put'
    ? { type: 'invoke', id, process: id, kind, key, value: value ?? '', timeMs: callMs }
    : { type: 'invoke', id, process: id, kind, key, timeMs: callMs };
  if (returnMs === 'info') return [invoke, { type: 'info', id, timeMs: callMs + 1000 }];
  const complete: HistoryEvent = kind === 'get' ? { type: 'ok', id, value: value ?? null, timeMs: returnMs } : { type: 'ok', id, timeMs: returnMs };
  return [invoke, complete];
}

const verdict = (...ops: HistoryEvent[][]) => checkHistory(toOperations(ops.flat())).linearizable;

describe('linearizability checker', () => {
  it('accepts a sequential history that reads its writes', () => {
    expect(verdict(op('put', 0, 1, 'a'), op('get', 2, 3, 'a'), op('delete', 4, 5), op('get', 6, 7, null))).toBe(true);
  });

  it('rejects a read of an overwritten value (a stale leader serving reads)', () => {
    expect(verdict(op('put', 0, 1, 'a'), op('put', 2, 3, 'b'), op('get', 4, 5, 'a'))).toBe(false);
  });

  it('rejects a read of a value never written', () => {
    expect(verdict(op('put', 0, 1, 'a'), op('get', 2, 3, 'z'))).toBe(false);
  });

  it('lets a read concurrent with a write see either value', () => {
    expect(verdict(op('put', 0, 1, 'a'), op('put', 2, 10, 'b'), op('get', 3, 4, 'a'))).toBe(true);
    expect(verdict(op('put', 0, 1, 'a'), op('put', 2, 10, 'b'), op('get', 3, 4, 'b'))).toBe(true);
  });

  it('rejects a read that goes back in time after another read saw the new value', () => {
    expect(verdict(op('put', 0, 1, 'a'), op('put', 2, 20, 'b'), op('get', 3, 4, 'b'), op('get', 5, 6, 'a'))).toBe(false);
  });

  it('treats an indeterminate write as taking effect at any later time, or never', () => {
    expect(verdict(op('put', 0, 'info', 'a'), op('get', 5, 6, 'a'))).toBe(true);
    expect(verdict(op('put', 0, 'info', 'a'), op('get', 5, 6, null))).toBe(true);
    expect(verdict(op('put', 0, 'info', 'a'), op('get', 5, 6, 'a'), op('get', 7, 8, null))).toBe(false);
  });

  it('drops only indeterminate puts that no read observed', () => {
    const ops = toOperations([...op('put', 0, 'info', 'seen'), ...op('put', 0, 'info', 'unseen'), ...op('put', 0, 1, 'acked'), ...op('get', 2, 3, 'seen')]);
    expect(pruneUnobservedWrites(ops).map((o) => o.input)).toEqual(['seen', 'acked', null]);
  });

  it('ignores failed operations and indeterminate reads', () => {
    const failed: HistoryEvent[] = [{ type: 'invoke', id: 9_000, process: 1, kind: 'put', key: 'k', value: 'x', timeMs: 0 }, { type: 'fail', id: 9_000, timeMs: 1 }];
    expect(verdict(failed, op('get', 2, 3, null), op('get', 4, 'info'))).toBe(true);
  });

  it('checks keys independently', () => {
    expect(verdict(op('put', 0, 1, 'a', 'x'), op('put', 0, 1, 'b', 'y'), op('get', 2, 3, 'a', 'x'), op('get', 2, 3, 'b', 'y'))).toBe(true);
    expect(verdict(op('put', 0, 1, 'a', 'x'), op('get', 2, 3, 'a', 'y'))).toBe(false);
  });

  // Histories of a real atomic register: each operation takes effect at a random instant
  // inside its interval. Every such history must be accepted.
  const atomicHistory = fc.array(
    fc.record({ kind: fc.constantFrom<OperationKind>('get', 'put', 'put', 'delete'), start: fc.nat(200), length: fc.nat(40), at: fc.double({ min: 0, max: 1, noNaN: true }), lost: fc.boolean() }),
    { minLength: 1, maxLength: 14 },
  ).map((specs) => {
    const timed = specs.map((s, i) => ({ ...s, id: 50_000 + i, effect: s.start + s.at * s.length }));
    const events: HistoryEvent[] = [];
    let value: string | null = null;
    for (const s of [...timed].sort((a, b) => a.effect - b.effect)) {
      const ret = s.start + s.length;
      if (s.kind === 'put') value = `v${s.id}`;
      if (s.kind === 'delete') value = null;
      events.push(s.kind === 'put'
        ? { type: 'invoke', id: s.id, process: s.id, kind: 'put', key: 'k', value: `v${s.id}`, timeMs: s.start }
        : { type: 'invoke', id: s.id, process: s.id, kind: s.kind, key: 'k', timeMs: s.start });
      const lostWrite = s.lost && s.kind !== 'get';
      events.push(lostWrite ? { type: 'info', id: s.id, timeMs: ret } : s.kind === 'get' ? { type: 'ok', id: s.id, value, timeMs: ret } : { type: 'ok', id: s.id, timeMs: ret });
    }
    return events;
  });

  it('accepts every history of an atomic register (property)', () => {
    fc.assert(fc.property(atomicHistory, (events) => checkHistory(toOperations(events)).linearizable === true), { numRuns: 300 });
  });

  // The planted bug: a read served from a replica that missed the latest write. A write of
  // a unique value completed before the read began and after an older write completed;
  // the read returns the older value. Every such history must be rejected.
  it('rejects every history with a stale read of an overwritten unique value (property)', () => {
    fc.assert(fc.property(atomicHistory, fc.nat(50), (events, gap) => {
      const end = Math.max(...events.map((e) => e.timeMs)) + 1;
      const stale = [
        ...op('put', end, end + 1, `old${end}`),
        ...op('put', end + 2 + gap, end + 3 + gap, `new${end}`),
        ...op('get', end + 4 + gap, end + 5 + gap, `old${end}`),
      ];
      return checkHistory(toOperations([...events, ...stale])).linearizable === false;
    }), { numRuns: 200 });
  });
});
