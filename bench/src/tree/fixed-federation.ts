/**
 * BENCH HARNESS, not a Raft: a Consensus whose federation state is built once (bootstrap
 * and parents applied with the real state machine) and never changes; proposals are
 * refused. The Raft driver is not part of this measurement: only the metadata path is.
 */
import { apply, ContinuumError, createFederationState, type CommandInput, type Consensus, type ConsensusStatus, type FederationState, type Proposal } from '@continuum/daemon';

export class FixedFederation implements Consensus {
  readonly state: FederationState = createFederationState();

  constructor(private readonly selfId: string, commands: readonly CommandInput[]) {
    for (const command of commands) {
      const result = apply(this.state, command);
      if (!result.ok) throw new Error(`fixed federation: ${result.reason}`);
    }
  }

  propose(): Promise<Proposal> {
    return Promise.reject(new ContinuumError('UNAVAILABLE', 'the bench federation is fixed', { reason: 'bench harness' }));
  }

  readIndex(): Promise<number> {
    return Promise.resolve(0);
  }

  status(): ConsensusStatus {
    return { role: 'follower', term: 1, leaderId: undefined, commitIndex: 0, appliedIndex: 0, logSize: 0, electionCount: 0, voters: [this.selfId], learners: [], founding: '', foreignPeers: [] };
  }
}
