import { describe, expect, it } from 'vitest';
import { MessageType } from '../../src/core/types.js';
import { RaftError } from '../../src/errors.js';
import { maxEntriesPerProposal, maxPendingReadIndexMessages } from '../../src/limits.js';
import { Cluster } from '../../src/sim/cluster.js';
import { newRaft, msg, takeMessages } from '../helpers/raft.js';

function dropped(fn: () => void): RaftError<'PROPOSAL_DROPPED'> | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    if (RaftError.is(error, 'PROPOSAL_DROPPED')) return error;
    throw error;
  }
}

describe('proposals', () => {
  it('are dropped with a typed error when there is no leader', () => {
    const c = new Cluster(['a', 'b', 'c']);
    const error = dropped(() => c.node('a').raw.propose(new Uint8Array([1])));
    expect(error?.details).toEqual({ reason: 'no-leader' });
    expect(error?.toJSON().code).toBe('PROPOSAL_DROPPED');
  });

  it('are forwarded by a follower to the leader and committed', () => {
    const c = new Cluster(['a', 'b', 'c']);
    c.elect('a');
    expect(c.propose('b', 'via-b')).toBeUndefined();
    c.stabilize();
    expect(c.appliedData('a')).toEqual(['via-b']);
  });

  it('are refused with a leader hint when forwarding is disabled', () => {
    const c = new Cluster(['a', 'b', 'c'], { disableProposalForwarding: true });
    c.elect('a');
    const error = dropped(() => c.node('b').raw.propose(new Uint8Array([1])));
    expect(error?.details).toEqual({ reason: 'forwarding-disabled', leaderHint: 'a' });
  });

  it('are batched: many proposals between two readies leave in one append per follower', () => {
    const c = new Cluster(['a', 'b', 'c']);
    c.elect('a');
    c.node('a').raw.proposeBatch(Array.from({ length: 50 }, (_, i) => new TextEncoder().encode(`p${i}`)));
    for (let i = 0; i < 50; i++) c.propose('a', `q${i}`);
    const rd = c.node('a').raw.ready();
    const apps = rd.messages.filter((m) => m.type === MessageType.App);
    expect(apps.map((m) => [m.to, m.entries.length])).toEqual([['b', 100], ['c', 100]]);
    c.node('a').raw.advance();
  });

  it('a leader appends an empty entry at the start of its term', () => {
    const c = new Cluster(['a', 'b', 'c']);
    c.elect('a');
    const r = c.raft('a');
    const [noop] = r.log.slice(2, 3, 1000);
    expect(noop).toMatchObject({ index: 2, term: r.term, type: 0 });
    expect(noop?.data.length).toBe(0);
  });
});

describe('limits', () => {
  it('maxSizePerMessageBytes bounds the entries in one append (but always sends one)', () => {
    const c = new Cluster(['a', 'b', 'c'], { maxSizePerMessageBytes: 100 });
    c.elect('a');
    for (let i = 0; i < 10; i++) c.propose('a', 'x'.repeat(40));
    const rd = c.node('a').raw.ready();
    const toB = rd.messages.filter((m) => m.type === MessageType.App && m.to === 'b');
    expect(toB.length).toBeGreaterThan(1);
    for (const m of toB) expect(m.entries.length).toBeLessThanOrEqual(1);
    c.node('a').raw.advance();
  });

  it('maxInflightMessages bounds the appends outstanding to one follower', () => {
    const c = new Cluster(['a', 'b', 'c'], { maxSizePerMessageBytes: 1, maxInflightMessages: 3 });
    c.elect('a');
    for (let i = 0; i < 10; i++) c.propose('a', `x${i}`);
    const rd = c.node('a').raw.ready();
    expect(rd.messages.filter((m) => m.type === MessageType.App && m.to === 'b')).toHaveLength(3);
    c.node('a').raw.advance();
  });

  it('maxUncommittedEntriesBytes drops proposals beyond it until entries commit', () => {
    const c = new Cluster(['a', 'b', 'c'], { maxUncommittedEntriesBytes: 100 });
    c.elect('a');
    c.partition(['a']);
    expect(c.propose('a', 'x'.repeat(60))).toBeUndefined();
    expect(c.propose('a', 'y'.repeat(60))).toBe('PROPOSAL_DROPPED');
    c.heal();
    c.tickAll(2);
    expect(c.propose('a', 'z'.repeat(60))).toBeUndefined();
  });

  it(`a proposal holds at most ${maxEntriesPerProposal} entries`, () => {
    const c = new Cluster(['a']);
    c.elect('a');
    const many = Array.from({ length: maxEntriesPerProposal + 1 }, () => new Uint8Array(0));
    expect(dropped(() => c.node('a').raw.proposeBatch(many))?.details.reason).toBe('too-many-entries');
  });

  it(`a new leader queues at most ${maxPendingReadIndexMessages} reads before its first commit`, () => {
    const r = newRaft('a', ['a', 'b', 'c']);
    r.becomeCandidate();
    r.becomeLeader();
    for (let i = 0; i < maxPendingReadIndexMessages + 10; i++) {
      r.step(msg(MessageType.ReadIndex, 'a', 'a', { context: new Uint8Array([i & 255, i >> 8]) }));
    }
    expect(r.pendingReadIndexMessages).toHaveLength(maxPendingReadIndexMessages);
    takeMessages(r);
  });
});
