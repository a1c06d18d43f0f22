// Tests named after the rules of the Raft paper (Ongaro & Ousterhout, "In Search of an
// Understandable Consensus Algorithm", extended version), one rule per test, after
// etcd's raft_paper_test.go.
import { describe, expect, it } from 'vitest';
import { MessageType, StateType } from '../src/core/types.js';
import { Cluster } from '../src/sim/cluster.js';
import { entry, msg, newRaft, storageWith, takeMessages } from './helpers/raft.js';

const ids3 = ['a', 'b', 'c'];

describe('§5.1 terms', () => {
  it('a server seeing a larger term updates its term and becomes a follower (follower, candidate, leader)', () => {
    for (const role of ['follower', 'candidate', 'leader'] as const) {
      const r = newRaft('a', ids3);
      if (role !== 'follower') r.becomeCandidate();
      if (role === 'leader') r.becomeLeader();
      r.step(msg(MessageType.App, 'b', 'a', { term: 5, index: 1, logTerm: 1 }));
      expect(r.term).toBe(5);
      expect(r.state).toBe(StateType.Follower);
      expect(r.lead).toBe('b');
    }
  });

  it('a server rejects a request with a stale term', () => {
    const r = newRaft('a', ids3, { checkQuorum: true });
    r.becomeFollower(3, 'b');
    r.step(msg(MessageType.App, 'c', 'a', { term: 2, index: 1, logTerm: 1, entries: [entry(2, 2)] }));
    expect(r.log.lastIndex()).toBe(1);
    const replies = takeMessages(r);
    // The stale leader is told the newer term so that it steps down.
    expect(replies).toEqual([expect.objectContaining({ type: MessageType.AppResp, to: 'c', term: 3 })]);
  });
});

describe('§5.2 leader election', () => {
  it('a leader sends heartbeats to all followers every heartbeat interval', () => {
    const r = newRaft('a', ids3, { heartbeatTicks: 2 });
    r.becomeCandidate();
    r.becomeLeader();
    takeMessages(r);
    r.tick();
    expect(takeMessages(r)).toEqual([]);
    r.tick();
    const beats = takeMessages(r).filter((m) => m.type === MessageType.Heartbeat).map((m) => m.to).sort();
    expect(beats).toEqual(['b', 'c']);
  });

  it('a follower that hears nothing for an election timeout becomes a candidate: new term, votes for itself, asks all', () => {
    const r = newRaft('a', ids3);
    for (let i = 0; i < 20 && r.state === StateType.Follower; i++) r.tick();
    expect(r.state).toBe(StateType.Candidate);
    expect(r.term).toBe(2); // the bootstrap state is term 1
    expect(r.vote).toBe('a');
    const votes = takeMessages(r);
    expect(votes.map((m) => [m.type, m.to, m.term])).toEqual([[MessageType.Vote, 'b', 2], [MessageType.Vote, 'c', 2]]);
  });

  it('a candidate wins with votes from a majority and loses with a majority of rejections', () => {
    const cases: [number, Record<string, boolean>, StateType][] = [
      [3, { b: true }, StateType.Leader],
      [3, { b: false, c: false }, StateType.Follower],
      [5, { b: true }, StateType.Candidate],
      [5, { b: true, c: true }, StateType.Leader],
      [5, { b: false, c: false, d: false }, StateType.Follower],
    ];
    for (const [size, votes, expected] of cases) {
      const ids = ['a', 'b', 'c', 'd', 'e'].slice(0, size);
      const r = newRaft('a', ids);
      r.step(msg(MessageType.Hup, 'a', 'a'));
      for (const [from, granted] of Object.entries(votes)) {
        r.step(msg(MessageType.VoteResp, from, 'a', { term: r.term, reject: !granted }));
      }
      expect(r.state, `${size} nodes, votes ${JSON.stringify(votes)}`).toBe(expected);
    }
  });

  it('each server votes for at most one candidate in a term, first come first served', () => {
    const r = newRaft('a', ids3);
    r.step(msg(MessageType.Vote, 'b', 'a', { term: 1, index: 1, logTerm: 1 }));
    r.step(msg(MessageType.Vote, 'c', 'a', { term: 1, index: 1, logTerm: 1 }));
    r.step(msg(MessageType.Vote, 'b', 'a', { term: 1, index: 1, logTerm: 1 }));
    const replies = takeMessages(r).map((m) => [m.to, m.reject]);
    expect(replies).toEqual([['b', false], ['c', true], ['b', false]]);
    expect(r.vote).toBe('b');
  });

  it('a candidate that receives an append from a leader of its term becomes a follower', () => {
    const r = newRaft('a', ids3);
    r.becomeCandidate();
    r.step(msg(MessageType.App, 'b', 'a', { term: r.term, index: 1, logTerm: 1 }));
    expect(r.state).toBe(StateType.Follower);
    expect(r.lead).toBe('b');
  });

  it('election timeouts are randomised in [electionTicks, 2 * electionTicks)', () => {
    const seen = new Set<number>();
    for (let seed = 0; seed < 50; seed++) {
      const r = newRaft('a', ids3, { prng: { nextInt: (n) => (seed * 7) % n } });
      r.becomeFollower(1, '');
      let ticks = 0;
      while (r.state === StateType.Follower && ticks < 100) {
        r.tick();
        ticks++;
      }
      expect(ticks).toBeGreaterThanOrEqual(10);
      expect(ticks).toBeLessThan(20);
      seen.add(ticks);
    }
    expect(seen.size).toBeGreaterThan(5);
  });
});

describe('§5.3 log replication', () => {
  it('the leader appends a proposal to its log and sends it to every follower', () => {
    const r = newRaft('a', ids3);
    r.becomeCandidate();
    r.becomeLeader();
    takeMessages(r);
    // Followers must be in replicate state to get the entry without a probe round.
    for (const id of ['b', 'c']) r.step(msg(MessageType.AppResp, id, 'a', { term: r.term, index: 2 }));
    takeMessages(r);
    r.step(msg(MessageType.Prop, 'a', 'a', { entries: [entry(0, 0, 'x')] }));
    expect(r.log.lastIndex()).toBe(3);
    const apps = takeMessages(r).filter((m) => m.type === MessageType.App);
    expect(apps.map((m) => [m.to, m.index, m.logTerm, m.entries.map((e) => e.index)])).toEqual([['b', 2, r.term, [3]], ['c', 2, r.term, [3]]]);
  });

  it('an entry is committed once a majority stores it, and the commit index travels in later appends', () => {
    const c = new Cluster(['a', 'b', 'c', 'd', 'e']);
    c.elect('a');
    c.partition(['d', 'e']);
    c.propose('a', 'x');
    c.stabilize();
    expect(c.raft('a').log.committed).toBe(3);
    expect(c.raft('b').log.committed).toBe(3);
    expect(c.appliedData('b')).toEqual(['x']);
    expect(c.raft('d').log.lastIndex()).toBe(2);
  });

  it('an entry on a minority is not committed', () => {
    const c = new Cluster(['a', 'b', 'c', 'd', 'e']);
    c.elect('a');
    c.partition(['a', 'b']);
    c.propose('a', 'x');
    c.stabilize();
    expect(c.raft('a').log.lastIndex()).toBe(3);
    expect(c.raft('a').log.committed).toBe(2);
  });

  it('a follower rejects an append whose previous entry does not match (the consistency check)', () => {
    const r = newRaft('a', ids3, { storage: storageWith(ids3, [entry(2, 1), entry(3, 2)], 2) });
    r.becomeFollower(3, 'b');
    r.step(msg(MessageType.App, 'b', 'a', { term: 3, index: 3, logTerm: 3, entries: [entry(4, 3)] }));
    const [reply] = takeMessages(r);
    expect(reply).toMatchObject({ type: MessageType.AppResp, reject: true, index: 3, rejectHint: 3, logTerm: 2 });
    expect(r.log.lastIndex()).toBe(3);
  });

  it('a follower deletes conflicting entries and everything after them, then appends', () => {
    const r = newRaft('a', ids3, { storage: storageWith(ids3, [entry(2, 1), entry(3, 2), entry(4, 2)], 2) });
    r.becomeFollower(3, 'b');
    r.step(msg(MessageType.App, 'b', 'a', { term: 3, index: 2, logTerm: 1, entries: [entry(3, 3)] }));
    expect(r.log.lastIndex()).toBe(3);
    expect(r.log.term(3)).toBe(3);
    expect(takeMessages(r)[0]).toMatchObject({ reject: false, index: 3 });
  });

  it('after a rejection the leader backs up nextIndex, a whole term at a time, until the logs match', () => {
    // Leader-to-be a holds 21 entries of term 1; follower b holds as many of term 2 that a never had.
    const c = new Cluster(['c'], {}, ['a', 'b', 'c']);
    c.addNode('a', storageWith(ids3, Array.from({ length: 21 }, (_, i) => entry(2 + i, 1)), 2));
    c.addNode('b', storageWith(ids3, Array.from({ length: 21 }, (_, i) => entry(2 + i, 2)), 2));
    let rejections = 0;
    c.filter = (m) => {
      if (m.type === MessageType.AppResp && m.reject && m.from === 'b') rejections++;
      return true;
    };
    c.elect('a');
    const a = c.raft('a');
    const b = c.raft('b');
    expect(a.state).toBe(StateType.Leader);
    expect(b.log.lastIndex()).toBe(a.log.lastIndex());
    expect(b.log.term(22)).toBe(1);
    expect(rejections).toBeGreaterThan(0);
    // Fast backtracking: one rejection skips the whole term-2 run, not one round trip per entry.
    expect(rejections).toBeLessThanOrEqual(2);
  });
});

describe('§5.4 safety', () => {
  it('a voter denies its vote to a candidate whose log is less up-to-date (§5.4.1)', () => {
    const r = newRaft('a', ids3, { storage: storageWith(ids3, [entry(2, 1), entry(3, 2)], 2) });
    const cases: [number, number, boolean][] = [
      [3, 1, true], [2, 2, true], [3, 2, false], [4, 2, false], [1, 3, false],
    ];
    for (const [index, logTerm, rejected] of cases) {
      r.becomeFollower(r.term + 1, '');
      r.step(msg(MessageType.Vote, 'b', 'a', { term: r.term, index, logTerm }));
      expect(takeMessages(r)[0]?.reject, `candidate last (${index}, ${logTerm})`).toBe(rejected);
    }
  });

  it('a leader never commits an entry of a previous term by counting replicas (§5.4.2, Figure 8)', () => {
    // a holds (2, term 1) and (3, term 2) from an earlier term; b has them too: a majority.
    const r = newRaft('a', ids3, { storage: storageWith(ids3, [entry(2, 1), entry(3, 2)], 2) });
    r.becomeFollower(3, '');
    r.becomeCandidate();
    r.becomeLeader(); // term 4, no-op at index 4
    takeMessages(r);
    r.step(msg(MessageType.AppResp, 'b', 'a', { term: 4, index: 3 }));
    expect(r.log.committed).toBe(1);
    // Once the current term's no-op is replicated, everything before it commits too.
    r.step(msg(MessageType.AppResp, 'b', 'a', { term: 4, index: 4 }));
    expect(r.log.committed).toBe(4);
  });

  it('a new leader commits entries of earlier terms by committing its no-op entry (§5.4.2, §8)', () => {
    const c = new Cluster(['a', 'b', 'c']);
    c.elect('a');
    c.partition(['a']);
    c.propose('a', 'lost');
    c.stabilize();
    c.heal();
    c.elect('b');
    expect(c.raft('b').log.term(c.raft('b').log.lastIndex())).toBe(c.raft('b').term);
    expect(c.raft('b').log.committed).toBe(c.raft('b').log.lastIndex());
    expect(c.appliedData('a')).toEqual([]);
  });
});

describe('§5.5 follower and candidate crashes', () => {
  it('the leader retries appends to an unresponsive follower until it answers', () => {
    const c = new Cluster(['a', 'b', 'c']);
    c.elect('a');
    c.partition(['c']);
    c.propose('a', 'x');
    c.stabilize();
    expect(c.raft('c').log.lastIndex()).toBe(2);
    c.heal();
    c.tickAll(3);
    expect(c.appliedData('c')).toEqual(['x']);
  });
});
