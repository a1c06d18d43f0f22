// checkMap (map-workload.ts): the eventual map's property after healing. It must catch a
// lost acknowledged last write and a phantom value, and must not demand a write that a
// later-invoked write could have overwritten or deleted.
import { describe, expect, it } from 'vitest';
import { checkMap, sameState, type MapOp, type MapState } from './map-workload.js';

// Answered half a millisecond after the invocation unless `ackMs` says otherwise.
const put = (key: string, value: string, invokeMs: number, outcome: MapOp['outcome'] = 'ok', ackMs = invokeMs + 0.5): MapOp => ({ kind: 'put', key, value, node: 'c1', invokeMs, outcome, ackMs });
const del = (key: string, invokeMs: number, outcome: MapOp['outcome'] = 'ok'): MapOp => ({ kind: 'delete', key, value: undefined, node: 'c2', invokeMs, outcome, ackMs: invokeMs + 0.5 });
const state = (entries: Record<string, string[] | undefined>): MapState => new Map(Object.entries(entries).map(([key, values]) => [key, values === undefined ? undefined : { values: [...values].sort(), value: values[0] ?? '' }]));

describe('checkMap', () => {
  it('accepts a state holding every acknowledged last write', () => {
    const verdict = checkMap([put('a', 'x', 1), put('a', 'y', 2), put('b', 'z', 3)], state({ a: ['y'], b: ['z'] }), true);
    expect(verdict).toEqual({ converged: true, phantoms: [], lost: [], lostToKills: [], required: 2 });
  });

  it('reports an acknowledged last write that is missing (lost on a kill, say)', () => {
    const verdict = checkMap([put('a', 'x', 1), put('a', 'y', 2)], state({ a: ['x'] }), true);
    expect(verdict.lost).toEqual(['a=y@c1 (answered 3ms)']);
  });

  it('tells a write lost to a kill of its node shortly after the answer from one lost otherwise', () => {
    const op = { ...put('a', 'y', 100), ackMs: 150 };
    const state1 = state({ a: undefined });
    expect(checkMap([op], state1, true, [{ node: 'c1', atMs: 900 }], 1_000).lostToKills).toEqual(['a=y@c1 (answered 150ms, killed 900ms)']);
    expect(checkMap([op], state1, true, [{ node: 'c1', atMs: 900 }], 1_000).lost).toEqual([]);
    expect(checkMap([op], state1, true, [{ node: 'c1', atMs: 2_000 }], 1_000).lost).toHaveLength(1);
    expect(checkMap([op], state1, true, [{ node: 'c2', atMs: 900 }], 1_000).lost).toHaveLength(1);
    expect(checkMap([op], state1, true, [{ node: 'c1', atMs: 50 }], 1_000).lost).toHaveLength(1);
  });

  it('reports a value nobody wrote', () => {
    expect(checkMap([put('a', 'x', 1)], state({ a: ['x', 'ghost'] }), true).phantoms).toEqual(['a=ghost']);
  });

  it('does not require a write followed by a delete or by an indeterminate write', () => {
    expect(checkMap([put('a', 'x', 1), del('a', 2)], state({ a: undefined }), true)).toMatchObject({ lost: [], required: 0 });
    expect(checkMap([put('a', 'x', 1), put('a', 'y', 2, 'info')], state({ a: undefined }), true)).toMatchObject({ lost: [], required: 0 });
  });

  it('ignores a delete that certainly did nothing (404), so the write before it is required', () => {
    expect(checkMap([put('a', 'x', 1), del('a', 2, 'fail')], state({ a: undefined }), true).lost).toEqual(['a=x@c1 (answered 2ms)']);
  });

  it('does not require a write that overlaps another: the other may have taken effect after it and seen it', () => {
    // y invoked after x, but x answered only after y was invoked: x may have overwritten y.
    expect(checkMap([put('a', 'x', 1, 'ok', 10), put('a', 'y', 2, 'ok', 3)], state({ a: ['x'] }), true)).toMatchObject({ lost: [], required: 0 });
    // An indeterminate write may take effect at any later time.
    expect(checkMap([put('a', 'x', 1, 'info', 1.5), put('a', 'y', 2)], state({ a: ['x'] }), true)).toMatchObject({ lost: [], required: 0 });
  });

  it('bounds an unanswered write by the next kill of its node: a dead process applies nothing', () => {
    const unanswered = { ...put('a', 'x', 1, 'info', 1.5), node: 'c2' };
    expect(checkMap([unanswered, put('a', 'y', 5)], state({ a: ['x'] }), true, [{ node: 'c2', atMs: 3 }]).lost).toEqual(['a=y@c1 (answered 6ms)']);
    expect(checkMap([unanswered, put('a', 'y', 5)], state({ a: ['x'] }), true, [{ node: 'c2', atMs: 7 }]).required).toBe(0);
    expect(checkMap([unanswered, put('a', 'y', 5)], state({ a: ['x'] }), true, [{ node: 'c1', atMs: 3 }]).required).toBe(0);
  });

  it('keeps concurrent siblings: a last write is found among several values', () => {
    expect(checkMap([put('a', 'x', 1), put('a', 'y', 2)], state({ a: ['x', 'y'] }), true)).toMatchObject({ lost: [], required: 1 });
  });

  it('compares states exactly', () => {
    expect(sameState(state({ a: ['x'] }), state({ a: ['x'] }))).toBe(true);
    expect(sameState(state({ a: ['x'] }), state({ a: ['x', 'y'] }))).toBe(false);
    expect(sameState(state({ a: ['x'] }), state({ a: undefined }))).toBe(false);
  });
});
