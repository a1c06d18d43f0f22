import { describe, expect, it } from 'vitest';
import { createPrng } from '../../src/core/prng.js';
import { RawNode } from '../../src/core/raw-node.js';
import type { Ready } from '../../src/core/ready.js';
import { MessageType, StateType, message, type Message } from '../../src/core/types.js';
import { MemoryStorage } from '../../src/storage/memory-storage.js';

const voters = ['a', 'b', 'c'];

function node(id: string, ids: readonly string[] = voters): { raw: RawNode; storage: MemoryStorage } {
  const storage = MemoryStorage.bootstrap({ voters: [...ids], learners: [] });
  const raw = new RawNode({ id, electionTicks: 10, heartbeatTicks: 1, storage, prng: createPrng(7), asyncStorageWrites: true });
  return { raw, storage };
}

/** Takes a Ready and advances (its write is now "in flight"). */
function take(raw: RawNode): Ready {
  const rd = raw.ready();
  raw.advance();
  return rd;
}

/** The write of `rd` completed. */
function persist(n: { raw: RawNode; storage: MemoryStorage }, rd: Ready): void {
  n.storage.saveSync({ ...(rd.snapshot ? { snapshot: rd.snapshot } : {}), entries: rd.entries, ...(rd.hardState ? { hardState: rd.hardState } : {}), sync: rd.mustSync });
  n.raw.persisted(rd);
}

const types = (messages: readonly Message[]) => messages.map((m) => `${m.type}>${m.to}`).sort();

describe('asynchronous storage writes', () => {
  it('a single voter becomes leader and commits only once its vote and entries are durable', () => {
    const n = node('a', ['a']);
    n.raw.campaign();
    const vote = take(n.raw);
    expect(vote.hardState?.vote).toBe('a');
    expect(n.raw.raft.state).toBe(StateType.Candidate);
    persist(n, vote);
    expect(n.raw.raft.state).toBe(StateType.Leader);
    const noop = take(n.raw);
    expect(noop.entries).toHaveLength(1);
    expect(n.raw.raft.log.committed).toBe(1);
    persist(n, noop);
    expect(n.raw.raft.log.committed).toBe(2);
    const applied = take(n.raw);
    expect(applied.committedEntries.map((e) => e.index)).toEqual([2]);
  });

  it('a follower acknowledges appended entries only after their write, and the next Ready does not hand them out again', () => {
    const n = node('b');
    n.raw.step(message({ type: MessageType.App, from: 'a', to: 'b', term: 2, index: 1, logTerm: 1, commit: 1, entries: [{ index: 2, term: 2, type: 0, data: new Uint8Array([1]) }] }));
    const rd = take(n.raw);
    expect(rd.entries.map((e) => e.index)).toEqual([2]);
    expect(rd.messages).toEqual([]);
    expect(types(rd.messagesAfterPersist)).toEqual([`${MessageType.AppResp}>a`]);
    expect(rd.messagesAfterPersist[0]?.index).toBe(2);
    expect(n.raw.writesInFlight).toBe(1);
    // The entry is committed by the leader but not yet durable here: it is not applied.
    n.raw.step(message({ type: MessageType.Heartbeat, from: 'a', to: 'b', term: 2, commit: 2 }));
    const beat = take(n.raw);
    expect(beat.entries).toEqual([]);
    expect(beat.committedEntries).toEqual([]);
    persist(n, rd);
    persist(n, beat);
    expect(n.raw.hasReady()).toBe(true);
    expect(take(n.raw).committedEntries.map((e) => e.index)).toEqual([2]);
  });

  it('a leader sends appends at once but counts its own copy only once durable', () => {
    const a = node('a');
    a.raw.campaign();
    const vote = take(a.raw);
    // Vote requests leave at once; the candidate's own vote waits for the write.
    expect(types(vote.messages)).toEqual([`${MessageType.Vote}>b`, `${MessageType.Vote}>c`]);
    expect(a.raw.raft.tracker.tallyVotes().granted).toBe(0);
    persist(a, vote);
    a.raw.step(message({ type: MessageType.VoteResp, from: 'b', to: 'a', term: vote.hardState?.term ?? 0 }));
    expect(a.raw.raft.state).toBe(StateType.Leader);
    const noop = take(a.raw);
    persist(a, noop);
    const term = a.raw.raft.term;
    const ack = (from: string, index: number) => a.raw.step(message({ type: MessageType.AppResp, from, to: 'a', term, index }));
    ack('b', 2);
    expect(a.raw.raft.log.committed).toBe(2);
    persist(a, take(a.raw));
    a.raw.propose(new Uint8Array([9]));
    const rd = take(a.raw);
    expect(rd.entries.map((e) => e.index)).toEqual([3]);
    expect(rd.messages.some((m) => m.type === MessageType.App && m.to === 'b' && m.entries.length === 1)).toBe(true);
    // One follower's acknowledgement alone is no quorum while the leader's own write is in flight.
    ack('b', 3);
    expect(a.raw.raft.log.committed).toBe(2);
    persist(a, rd);
    expect(a.raw.raft.log.committed).toBe(3);
  });
});
