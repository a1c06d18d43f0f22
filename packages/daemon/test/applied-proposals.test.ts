// The applied-proposal ids every replica keeps (a FifoMap, as are the event stream's seen
// ids): a duplicate is refused, the oldest id is evicted beyond the bound, and the order
// (which snapshots carry) is the application order, compared with a plain array model,
// also across the queue's compaction.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppliedProposals } from '../src/federation/proposals.js';

function model(records: ReadonlyArray<readonly [string, number]>, keep: number): { accepted: boolean[]; kept: Array<readonly [string, number]> } {
  let kept: Array<readonly [string, number]> = [];
  const accepted = records.map(([id, index]) => {
    if (kept.some(([known]) => known === id)) return false;
    kept = [...kept, [id, index] as const].slice(-keep);
    return true;
  });
  return { accepted, kept };
}

describe('applied proposal ids', () => {
  it('agree with a model: duplicates refused, the oldest evicted, application order kept', () => {
    const id = fc.integer({ min: 0, max: 60 }).map((n) => `id${n}`);
    fc.assert(fc.property(fc.array(id, { maxLength: 200 }), fc.integer({ min: 1, max: 40 }), (ids, keep) => {
      const records = ids.map((one, i) => [one, i + 2] as const);
      const applied = new AppliedProposals();
      const accepted = records.map(([one, index]) => applied.record(one, index, keep));
      const expected = model(records, keep);
      expect(accepted).toEqual(expected.accepted);
      expect(applied.inOrder()).toEqual({ ids: expected.kept.map(([one]) => one), indexes: expected.kept.map(([, index]) => index) });
      expect(applied.size).toBe(expected.kept.length);
      for (const [one] of expected.kept) expect(applied.has(one)).toBe(true);
    }));
  });

  it('keeps the last ids in order across many evictions (the queue compacts)', () => {
    const applied = new AppliedProposals();
    const keep = 100;
    for (let i = 0; i < 10_000; i += 1) expect(applied.record(`p${i}`, i, keep)).toBe(true);
    const { ids, indexes } = applied.inOrder();
    expect(ids).toEqual(Array.from({ length: keep }, (_, i) => `p${9_900 + i}`));
    expect(indexes).toEqual(Array.from({ length: keep }, (_, i) => 9_900 + i));
    expect(applied.has('p9899')).toBe(false);
    expect(applied.record('p9950', 1, keep)).toBe(false);
  });
});
