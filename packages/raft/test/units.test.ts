import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Inflights } from '../src/core/inflights.js';
import { majorityCommittedIndex, majorityVoteResult } from '../src/core/quorum.js';
import { RawNode } from '../src/core/raw-node.js';
import { ProgressTracker } from '../src/core/tracker.js';
import { createPrng } from '../src/core/prng.js';
import { MessageType, message } from '../src/core/types.js';
import { UnstableLog } from '../src/core/unstable.js';
import { RaftError } from '../src/errors.js';
import { bootstrapStorage } from '../src/storage/bootstrap.js';
import { MemoryStorage } from '../src/storage/memory-storage.js';
import { entry } from './helpers/raft.js';

describe('quorum', () => {
  it('the committed index is acknowledged by a majority, and no larger index is', () => {
    fc.assert(fc.property(fc.array(fc.nat(100), { minLength: 1, maxLength: 9 }), (matches) => {
      const voters = new Set(matches.map((_, i) => `v${i}`));
      const committed = majorityCommittedIndex(voters, (id) => matches[Number(id.slice(1))] as number);
      const atLeast = (n: number) => matches.filter((m) => m >= n).length;
      expect(atLeast(committed)).toBeGreaterThan(matches.length / 2);
      expect(atLeast(committed + 1)).toBeLessThanOrEqual(matches.length / 2);
    }));
  });

  it('the tracker\'s conf state is sorted, frozen, and computed again only when the membership changes', () => {
    const tracker = new ProgressTracker(4);
    tracker.setMembership(['c', 'a', 'b'], ['e', 'd'], 1);
    const first = tracker.confState();
    expect(first).toEqual({ voters: ['a', 'b', 'c'], learners: ['d', 'e'] });
    expect(Object.isFrozen(first.voters)).toBe(true);
    expect(tracker.confState()).toBe(first);
    tracker.setMembership(['a', 'b', 'c', 'd'], ['e'], 1);
    expect(tracker.confState()).toEqual({ voters: ['a', 'b', 'c', 'd'], learners: ['e'] });
    expect(first).toEqual({ voters: ['a', 'b', 'c'], learners: ['d', 'e'] });
  });

  it('a vote is won with a majority of grants, lost once a majority is impossible', () => {
    const voters = new Set(['a', 'b', 'c', 'd', 'e']);
    expect(majorityVoteResult(voters, new Map([['a', true], ['b', true]]))).toBe('pending');
    expect(majorityVoteResult(voters, new Map([['a', true], ['b', true], ['c', true]]))).toBe('won');
    expect(majorityVoteResult(voters, new Map([['a', false], ['b', false], ['c', false]]))).toBe('lost');
  });
});

describe('inflights', () => {
  it('holds at most its capacity and frees in order', () => {
    const inflights = new Inflights(3);
    inflights.add(5);
    inflights.add(7);
    inflights.add(9);
    expect(inflights.full()).toBe(true);
    expect(() => inflights.add(11)).toThrow(RangeError);
    inflights.freeLE(7);
    expect(inflights.count).toBe(1);
    inflights.add(11);
    inflights.add(13);
    inflights.freeFirstOne();
    expect(inflights.count).toBe(2);
    inflights.freeLE(100);
    expect(inflights.count).toBe(0);
  });
});

describe('unstable log', () => {
  it('truncates on conflicting appends and drops what was persisted', () => {
    const u = new UnstableLog(5);
    u.truncateAndAppend([entry(5, 1), entry(6, 1), entry(7, 1)]);
    u.truncateAndAppend([entry(6, 2)]);
    expect(u.entries.map((e) => [e.index, e.term])).toEqual([[5, 1], [6, 2]]);
    u.stableTo(6, 1); // stale: the entry at 6 is now of term 2
    expect(u.offset).toBe(5);
    u.stableTo(6, 2);
    expect(u.offset).toBe(7);
    expect(u.entries).toEqual([]);
  });
});

describe('RawNode contract', () => {
  it('refuses local message types from the network and a second ready before advance', () => {
    const storage = MemoryStorage.bootstrap({ voters: ['a'], learners: [] });
    const node = new RawNode({ id: 'a', electionTicks: 10, heartbeatTicks: 1, storage, prng: createPrng(1) });
    expect(() => node.step(message({ type: MessageType.Hup, from: 'b', to: 'a' }))).toThrow(RaftError);
    node.campaign();
    node.ready();
    expect(() => node.ready()).toThrow(expect.objectContaining({ code: 'INVARIANT_VIOLATED' }));
    node.advance();
    expect(() => node.advance()).toThrow(expect.objectContaining({ code: 'INVARIANT_VIOLATED' }));
  });

  it('a single-voter cluster elects itself and commits a proposal in one ready', () => {
    const storage = MemoryStorage.bootstrap({ voters: ['a'], learners: [] });
    const node = new RawNode({ id: 'a', electionTicks: 10, heartbeatTicks: 1, storage, prng: createPrng(1) });
    node.campaign();
    node.propose(new Uint8Array([7]));
    const rd = node.ready();
    expect(rd.softState?.state).toBe('leader');
    expect(rd.entries.map((e) => e.index)).toEqual([2, 3]);
    expect(rd.committedEntries.map((e) => e.index)).toEqual([2, 3]);
    expect(rd.mustSync).toBe(true);
    storage.saveSync({ entries: rd.entries, ...(rd.hardState ? { hardState: rd.hardState } : {}), sync: true });
    node.advance();
    expect(node.status().applied).toBe(3);
    expect(node.hasReady()).toBe(false);
  });

  it('restarts from storage with its term, vote and log', () => {
    const storage = MemoryStorage.bootstrap({ voters: ['a'], learners: [] });
    const node = new RawNode({ id: 'a', electionTicks: 10, heartbeatTicks: 1, storage, prng: createPrng(1) });
    node.campaign();
    node.propose(new Uint8Array([7]));
    const rd = node.ready();
    storage.saveSync({ entries: rd.entries, ...(rd.hardState ? { hardState: rd.hardState } : {}), sync: true });
    node.advance();
    const again = new RawNode({ id: 'a', electionTicks: 10, heartbeatTicks: 1, storage, prng: createPrng(2), appliedIndex: 3 });
    expect(again.status().hardState).toEqual({ term: 2, vote: 'a', commit: 3 });
    expect(again.status().lastIndex).toBe(3);
    expect(again.status().applied).toBe(3);
  });
});

describe('bootstrapStorage', () => {
  it('writes the founding membership once, into an empty storage only', async () => {
    const storage = new MemoryStorage();
    await bootstrapStorage(storage, { voters: ['a', 'b'], learners: [] });
    expect(storage.initialState()).toEqual({ hardState: { term: 1, vote: '', commit: 1 }, confState: { voters: ['a', 'b'], learners: [] } });
    await expect(bootstrapStorage(storage, { voters: ['a'], learners: [] })).rejects.toMatchObject({ code: 'STORAGE_FAILED' });
    await expect(bootstrapStorage(new MemoryStorage(), { voters: [], learners: [] })).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
  });
});

describe('restart with an applied index past the snapshot', () => {
  it('re-applies the membership changes the application had applied', () => {
    const storage = MemoryStorage.bootstrap({ voters: ['a'], learners: [] });
    const node = new RawNode({ id: 'a', electionTicks: 10, heartbeatTicks: 1, storage, prng: createPrng(1) });
    node.campaign();
    let rd = node.ready();
    storage.saveSync({ entries: rd.entries, ...(rd.hardState ? { hardState: rd.hardState } : {}), sync: true });
    node.advance();
    node.proposeConfChange({ type: 1, nodeId: 'l' });
    rd = node.ready();
    storage.saveSync({ entries: rd.entries, ...(rd.hardState ? { hardState: rd.hardState } : {}), sync: true });
    node.advance();
    expect(node.confState()).toEqual({ voters: ['a'], learners: ['l'] });
    const again = new RawNode({ id: 'a', electionTicks: 10, heartbeatTicks: 1, storage, prng: createPrng(1), appliedIndex: 3 });
    expect(again.confState()).toEqual({ voters: ['a'], learners: ['l'] });
    // Without the applied index the change is handed out again, and applied on advance.
    const fresh = new RawNode({ id: 'a', electionTicks: 10, heartbeatTicks: 1, storage, prng: createPrng(1) });
    expect(fresh.confState()).toEqual({ voters: ['a'], learners: [] });
    expect(fresh.ready().committedEntries.map((e) => e.type)).toEqual([0, 1]);
    fresh.advance();
    expect(fresh.confState()).toEqual({ voters: ['a'], learners: ['l'] });
  });
});
