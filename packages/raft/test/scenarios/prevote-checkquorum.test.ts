import { describe, expect, it } from 'vitest';
import { MessageType, StateType } from '../../src/core/types.js';
import { Cluster } from '../../src/sim/cluster.js';
import { msg, newRaft, takeMessages } from '../helpers/raft.js';

describe('PreVote (§9.6)', () => {
  it('a partitioned node campaigning with pre-vote does not raise its term, and rejoins without disrupting', () => {
    const c = new Cluster(['a', 'b', 'c'], { preVote: true });
    c.elect('a');
    const term = c.raft('a').term;
    c.partition(['c']);
    for (let i = 0; i < 100; i++) c.tickAll();
    expect(c.raft('c').term).toBe(term);
    expect(c.raft('c').state).toBe(StateType.PreCandidate);
    c.heal();
    c.tickAll(5);
    expect(c.leader()).toBe('a');
    expect(c.raft('a').term).toBe(term);
  });

  it('without pre-vote the same partition raises the term and deposes the leader on rejoin', () => {
    const c = new Cluster(['a', 'b', 'c'], { preVote: false });
    c.elect('a');
    const term = c.raft('a').term;
    c.partition(['c']);
    for (let i = 0; i < 100; i++) c.tickAll();
    expect(c.raft('c').term).toBeGreaterThan(term + 2);
    c.heal();
    c.tickAll(25);
    expect(c.raft('a').term).toBeGreaterThan(term);
  });

  it('a pre-vote is granted for a later term without changing the voter\'s term or vote', () => {
    const r = newRaft('a', ['a', 'b', 'c'], { preVote: true });
    r.becomeFollower(2, '');
    r.step(msg(MessageType.PreVote, 'b', 'a', { term: 3, index: 5, logTerm: 2 }));
    expect(takeMessages(r)).toEqual([expect.objectContaining({ type: MessageType.PreVoteResp, term: 3, reject: false })]);
    expect(r.term).toBe(2);
    expect(r.vote).toBe('');
  });

  it('a pre-candidate that wins the pre-vote runs a real election', () => {
    const c = new Cluster(['a', 'b', 'c'], { preVote: true });
    c.elect('b');
    expect(c.leader()).toBe('b');
    expect(c.raft('b').term).toBe(2);
  });
});

describe('CheckQuorum (§6.2)', () => {
  it('a leader that loses contact with a quorum steps down within an election timeout', () => {
    const c = new Cluster(['a', 'b', 'c'], { checkQuorum: true });
    c.elect('a');
    c.partition(['a']);
    for (let i = 0; i < 25; i++) {
      c.tick('a');
      c.stabilize();
    }
    expect(c.raft('a').state).toBe(StateType.Follower);
  });

  it('without CheckQuorum an isolated leader stays leader', () => {
    const c = new Cluster(['a', 'b', 'c'], { checkQuorum: false });
    c.elect('a');
    c.partition(['a']);
    for (let i = 0; i < 25; i++) {
      c.tick('a');
      c.stabilize();
    }
    expect(c.raft('a').state).toBe(StateType.Leader);
  });

  it('a follower that heard from its leader ignores vote requests during the lease', () => {
    const r = newRaft('a', ['a', 'b', 'c'], { checkQuorum: true });
    r.becomeFollower(2, 'b');
    r.step(msg(MessageType.Vote, 'c', 'a', { term: 3, index: 5, logTerm: 1 }));
    expect(takeMessages(r)).toEqual([]);
    expect(r.term).toBe(2);
  });
});
