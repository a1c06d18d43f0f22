import { describe, expect, it } from 'vitest';
import { MessageType, StateType } from '../../src/core/types.js';
import { Cluster } from '../../src/sim/cluster.js';

const encode = (s: string) => new TextEncoder().encode(s);

describe('leader transfer (§3.10)', () => {
  it('hands leadership to an up-to-date follower at once', () => {
    const c = new Cluster(['a', 'b', 'c']);
    c.elect('a');
    c.node('a').raw.transferLeadership('b');
    c.stabilize();
    expect(c.leader()).toBe('b');
    expect(c.raft('a').state).toBe(StateType.Follower);
  });

  it('brings a lagging transferee up to date first, and drops proposals meanwhile', () => {
    const c = new Cluster(['a', 'b', 'c']);
    c.elect('a');
    c.partition(['b']);
    c.propose('a', 'x');
    c.stabilize();
    c.node('a').raw.transferLeadership('b');
    c.stabilize();
    expect(c.raft('a').leadTransferee).toBe('b');
    expect(c.propose('a', 'y')).toBe('PROPOSAL_DROPPED');
    c.heal();
    c.tickAll(2);
    expect(c.leader()).toBe('b');
    expect(c.appliedData('b')).toEqual(['x']);
  });

  it('abandons a transfer that does not finish within an election timeout', () => {
    const c = new Cluster(['a', 'b', 'c'], { checkQuorum: false });
    c.elect('a');
    c.partition(['b']);
    c.node('a').raw.transferLeadership('b');
    c.stabilize();
    expect(c.raft('a').leadTransferee).toBe('b');
    for (let i = 0; i < 10; i++) {
      c.tick('a');
      c.stabilize();
    }
    expect(c.raft('a').leadTransferee).toBe('');
    expect(c.propose('a', 'z')).toBeUndefined();
  });

  it('refuses to transfer to a learner', () => {
    const c = new Cluster(['a', 'b', 'l'], {}, ['a', 'b']);
    c.elect('a');
    c.node('a').raw.transferLeadership('l');
    c.stabilize();
    expect(c.leader()).toBe('a');
    expect(c.raft('a').leadTransferee).toBe('');
  });

  it('a follower forwards a transfer request to the leader', () => {
    const c = new Cluster(['a', 'b', 'c']);
    c.elect('a');
    c.node('c').raw.transferLeadership('c');
    c.stabilize();
    expect(c.leader()).toBe('c');
    // The request names its transferee, whoever forwards it.
    c.node('a').raw.transferLeadership('b');
    c.stabilize();
    expect(c.leader()).toBe('b');
  });
});

describe('snapshots and compaction (§7)', () => {
  it('a follower behind the compaction point gets the snapshot and then the entries after it', () => {
    const c = new Cluster(['a', 'b', 'c']);
    c.elect('a');
    c.partition(['c']);
    for (let i = 0; i < 10; i++) c.propose('a', `e${i}`);
    c.stabilize();
    const a = c.node('a');
    const applied = c.raft('a').log.applied;
    a.storage.createSnapshotSync(applied, a.raw.confState(), encode('state'));
    a.storage.compactSync(applied);
    c.propose('a', 'after');
    c.stabilize();
    let snapshots = 0;
    c.filter = (m) => {
      if (m.type === MessageType.Snap && m.to === 'c') snapshots++;
      return true;
    };
    c.tickAll(3);
    // The transport reports the snapshot delivered, which lets the leader probe again.
    c.node('a').raw.reportSnapshot('c', true);
    c.tickAll(3);
    expect(snapshots).toBeGreaterThan(0);
    const cc = c.raft('c');
    expect(cc.log.lastIndex()).toBe(c.raft('a').log.lastIndex());
    expect(c.node('c').storage.snapshot().metadata.index).toBe(applied);
    expect(c.appliedData('c')).toEqual(['after']);
  });

  it('a node added later with an empty log is brought in through a snapshot', () => {
    const c = new Cluster(['a', 'b', 'c']);
    c.elect('a');
    c.propose('a', 'x');
    c.stabilize();
    c.addNode('d');
    c.node('a').raw.proposeConfChange({ type: 1, nodeId: 'd' });
    c.stabilize();
    c.tickAll(3);
    c.node('a').raw.reportSnapshot('d', true);
    c.tickAll(3);
    expect(c.raft('d').tracker.learners.has('d')).toBe(true);
    expect(c.raft('d').log.lastIndex()).toBe(c.raft('a').log.lastIndex());
  });

  it('a lost snapshot, once reported, is retried', () => {
    const c = new Cluster(['a', 'b', 'c']);
    c.elect('a');
    c.partition(['c']);
    c.propose('a', 'x');
    c.stabilize();
    const a = c.node('a');
    a.storage.createSnapshotSync(c.raft('a').log.applied, a.raw.confState(), encode('s'));
    a.storage.compactSync(c.raft('a').log.applied);
    c.heal();
    let dropOne = true;
    c.filter = (m) => {
      if (m.type === MessageType.Snap && dropOne) {
        dropOne = false;
        return false;
      }
      return true;
    };
    c.tickAll(3);
    expect(c.raft('c').log.lastIndex()).toBeLessThan(c.raft('a').log.lastIndex());
    a.raw.reportSnapshot('c', false);
    c.tickAll(3);
    a.raw.reportSnapshot('c', true);
    c.tickAll(3);
    expect(c.raft('c').log.lastIndex()).toBe(c.raft('a').log.lastIndex());
  });
});

describe('ReadIndex (§6.4)', () => {
  it('the leader answers after a quorum confirms it by heartbeat', () => {
    const c = new Cluster(['a', 'b', 'c']);
    c.elect('a');
    c.propose('a', 'x');
    c.stabilize();
    c.node('a').raw.readIndex(encode('r1'));
    c.stabilize();
    expect(c.node('a').readStates).toEqual([{ index: c.raft('a').log.committed, context: encode('r1') }]);
  });

  it('an isolated leader cannot serve a read', () => {
    const c = new Cluster(['a', 'b', 'c']);
    c.elect('a');
    c.partition(['a']);
    c.node('a').raw.readIndex(encode('r1'));
    c.tickAll(3);
    expect(c.node('a').readStates).toEqual([]);
  });

  it('a follower forwards the read and receives the leader\'s commit index', () => {
    const c = new Cluster(['a', 'b', 'c']);
    c.elect('a');
    c.propose('a', 'x');
    c.stabilize();
    c.node('b').raw.readIndex(encode('r2'));
    c.stabilize();
    expect(c.node('b').readStates).toEqual([{ index: 3, context: encode('r2') }]);
  });

  it('a new leader holds reads until it has committed an entry of its term', () => {
    const c = new Cluster(['a', 'b', 'c']);
    c.filter = (m) => m.type !== MessageType.AppResp;
    c.elect('a');
    c.node('a').raw.readIndex(encode('r3'));
    c.stabilize();
    expect(c.node('a').readStates).toEqual([]);
    c.heal();
    c.tickAll(3);
    expect(c.node('a').readStates).toEqual([{ index: 2, context: encode('r3') }]);
  });
});
