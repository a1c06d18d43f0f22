import { describe, expect, it } from 'vitest';
import { continuum } from '../src/gen/raft.js';

const { Entry, EntryType, HardState } = continuum.raft.v1;

describe('raft wire contract', () => {
  it('round-trips an entry and a hard state', () => {
    const entry = { term: 7, index: 42, type: EntryType.ENTRY_CONF_CHANGE, data: new Uint8Array([1, 2, 3]) };
    expect(Entry.toObject(Entry.decode(Entry.encode(entry).finish()), { defaults: true, bytes: Array })).toEqual({ ...entry, data: [1, 2, 3] });
    const hard = { term: 2 ** 40, vote: 'n2', commit: 41 };
    expect(HardState.toObject(HardState.decode(HardState.encode(hard).finish()), { defaults: true })).toEqual(hard);
  });
});
