/**
 * The consensus of a node whose Raft driver is not running: every call fails at once
 * with UNAVAILABLE and the state stays empty. createNode uses it until the Raft driver is
 * passed in (the next step, see README); it never pretends a write committed.
 */
import { ContinuumError } from '../errors.js';
import { createFederationState } from '../federation/state.js';
import type { Consensus, ConsensusStatus, Proposal } from './consensus.js';

export class UnavailableConsensus implements Consensus {
  readonly state = createFederationState();

  constructor(private readonly reason = 'consensus is not running on this node (no Raft driver)') {}

  private fail(): Promise<never> {
    return Promise.reject(new ContinuumError('UNAVAILABLE', this.reason, { reason: this.reason }));
  }

  propose(): Promise<Proposal> {
    return this.fail();
  }

  readIndex(): Promise<number> {
    return this.fail();
  }

  status(): ConsensusStatus {
    return { role: 'follower', term: 0, leaderId: undefined, commitIndex: 0, appliedIndex: 0, logSize: 0, electionCount: 0, voters: [], learners: [], founding: '', foreignPeers: [] };
  }
}
