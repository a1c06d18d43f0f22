import { describe, expect, it } from 'vitest';
import { continuum } from '../src/gen/crdt.js';

const { VectorClock } = continuum.crdt.v1;

describe('crdt wire contract', () => {
  it('round-trips a vector clock', () => {
    const clock = { entries: [{ node: 'A', counter: 1 }, { node: 'B', counter: 2 ** 33 }] };
    expect(VectorClock.toObject(VectorClock.decode(VectorClock.encode(clock).finish()))).toEqual(clock);
  });
});
