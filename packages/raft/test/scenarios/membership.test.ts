import { describe, expect, it } from 'vitest';
import { ConfChangeType, StateType } from '../../src/core/types.js';
import { RaftError } from '../../src/errors.js';
import { Cluster } from '../../src/sim/cluster.js';

function changeError(fn: () => void): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    return RaftError.is(error, 'PROPOSAL_DROPPED') ? error.details.reason : String(error);
  }
}

describe('learners', () => {
  it('a learner receives the log but never votes nor counts towards a quorum', () => {
    const c = new Cluster(['a', 'b', 'l'], {}, ['a', 'b']);
    c.elect('a');
    c.partition(['b']);
    c.propose('a', 'x');
    c.stabilize();
    // a and the learner hold it, but the only other voter does not: not committed.
    expect(c.raft('l').log.lastIndex()).toBe(3);
    expect(c.raft('a').log.committed).toBe(2);
    c.heal();
    c.tickAll(2);
    expect(c.appliedData('l')).toEqual(['x']);
  });

  it('a learner never campaigns', () => {
    const c = new Cluster(['a', 'b', 'l'], {}, ['a', 'b']);
    c.partition(['l']);
    for (let i = 0; i < 100; i++) c.tick('l');
    c.stabilize();
    expect(c.raft('l').state).toBe(StateType.Follower);
    expect(c.raft('l').term).toBe(1);
  });

  it('a learner is promoted to voter by an AddNode change and then counts', () => {
    const c = new Cluster(['a', 'b', 'l'], {}, ['a', 'b']);
    c.elect('a');
    c.propose('a', 'warm-up');
    c.stabilize();
    c.node('a').raw.proposeConfChange({ type: ConfChangeType.AddNode, nodeId: 'l' });
    c.stabilize();
    expect(c.raft('a').tracker.isVoter('l')).toBe(true);
    expect(c.raft('l').tracker.isVoter('l')).toBe(true);
    c.partition(['b']);
    c.propose('a', 'y');
    c.stabilize();
    // a and l are two of three voters now.
    expect(c.appliedData('a')).toContain('y');
  });
});

describe('membership changes', () => {
  it('adds a new voter that catches up from the leader', () => {
    const c = new Cluster(['a', 'b', 'c']);
    c.elect('a');
    c.propose('a', 'x');
    c.stabilize();
    c.addNode('d');
    c.node('a').raw.proposeConfChange({ type: ConfChangeType.AddNode, nodeId: 'd' });
    c.stabilize();
    c.tickAll(3);
    expect(c.raft('a').confState().voters).toEqual(['a', 'b', 'c', 'd']);
    expect(c.appliedData('d')).toEqual(['x']);
    expect(c.raft('d').confState().voters).toEqual(['a', 'b', 'c', 'd']);
  });

  it('removes a voter; the remaining ones form the quorum', () => {
    const c = new Cluster(['a', 'b', 'c']);
    c.elect('a');
    c.node('a').raw.proposeConfChange({ type: ConfChangeType.RemoveNode, nodeId: 'c' });
    c.stabilize();
    expect(c.raft('a').confState().voters).toEqual(['a', 'b']);
    c.partition(['c']);
    c.propose('a', 'x');
    c.stabilize();
    expect(c.appliedData('b')).toEqual(['x']);
  });

  it('a leader that removes itself steps down and the others elect a new leader', () => {
    const c = new Cluster(['a', 'b', 'c']);
    c.elect('a');
    c.node('a').raw.proposeConfChange({ type: ConfChangeType.RemoveNode, nodeId: 'a' });
    c.stabilize();
    expect(c.raft('a').state).toBe(StateType.Follower);
    c.partition(['a']);
    for (let i = 0; i < 40 && !['b', 'c'].includes(c.leader() ?? ''); i++) c.tickAll();
    expect(['b', 'c']).toContain(c.leader());
  });

  it('refuses a second change while one is pending (the pending-config rule)', () => {
    const c = new Cluster(['a', 'b', 'c']);
    c.elect('a');
    c.partition(['a']);
    c.node('a').raw.proposeConfChange({ type: ConfChangeType.AddLearner, nodeId: 'x' });
    c.stabilize();
    expect(changeError(() => c.node('a').raw.proposeConfChange({ type: ConfChangeType.AddLearner, nodeId: 'y' }))).toBe('conf-change-pending');
    c.heal();
    c.tickAll(2);
    expect(changeError(() => c.node('a').raw.proposeConfChange({ type: ConfChangeType.AddLearner, nodeId: 'y' }))).toBeUndefined();
  });

  it('refuses a change before the new leader committed an entry of its term (the fix for single-server changes)', () => {
    const c = new Cluster(['a', 'b', 'c']);
    c.partition(['a']);
    // a becomes leader only in its own eyes, after b's vote, before its no-op commits.
    c.filter = (m) => !(m.from === 'b' && m.type === 4) && !(m.to === 'c' || m.from === 'c');
    c.elect('a');
    expect(c.raft('a').state).toBe(StateType.Leader);
    expect(c.raft('a').committedEntryInCurrentTerm()).toBe(false);
    expect(changeError(() => c.node('a').raw.proposeConfChange({ type: ConfChangeType.RemoveNode, nodeId: 'c' }))).toBe('leader-not-committed-in-term');
  });

  it('a node with a committed but unapplied conf change does not campaign', () => {
    const c = new Cluster(['a', 'b', 'c']);
    c.elect('a');
    const b = c.raft('b');
    c.node('a').raw.proposeConfChange({ type: ConfChangeType.AddLearner, nodeId: 'x' });
    // Deliver the change to b and its commit, but do not let b apply (no ready processing for b).
    c.processReady('a');
    for (let round = 0; round < 6; round++) {
      const batch = c.queue;
      c.queue = [];
      for (const m of batch) c.deliver(m);
      c.processReady('a');
      c.processReady('c');
    }
    expect(b.log.committed).toBeGreaterThan(b.log.applied);
    const term = b.term;
    b.step({ ...b.msgs[0], type: 0, from: 'b', to: 'b', term: 0, logTerm: 0, index: 0, entries: [], commit: 0, reject: false, rejectHint: 0, context: new Uint8Array(0) });
    expect(b.term).toBe(term);
    expect(b.state).toBe(StateType.Follower);
  });
});
