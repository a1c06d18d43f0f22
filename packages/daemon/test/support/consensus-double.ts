/**
 * TEST DOUBLE of the Consensus interface (not a Raft): it applies each proposal at once
 * to a local federation state, as a single always-committing node would. `quorum = false`
 * makes every call wait for its signal, as a node cut off from its quorum would;
 * `ignoreSignal` makes it never settle at all, to show that the API bounds the wait itself.
 */
import { ContinuumError } from '../../src/errors.js';
import { apply } from '../../src/federation/apply.js';
import type { CommandInput } from '../../src/federation/command.js';
import type { FederationState } from '../../src/federation/state.js';
import type { Consensus, ConsensusCallOptions, ConsensusStatus, Proposal } from '../../src/consensus/consensus.js';

export class ConsensusTestDouble implements Consensus {
  quorum = true;
  ignoreSignal = false;
  index = 0;
  readonly proposed: CommandInput[] = [];
  /** The signals of the calls made without a quorum, in order. */
  readonly waiting: AbortSignal[] = [];

  constructor(readonly state: FederationState, private readonly selfId: string) {}

  private unavailable(signal: AbortSignal): Promise<never> {
    this.waiting.push(signal);
    return new Promise((_, reject) => {
      if (this.ignoreSignal) return;
      const fail = (): void => reject(new ContinuumError('UNAVAILABLE', 'no quorum', { reason: 'test double has no quorum' }));
      if (signal.aborted) fail();
      else signal.addEventListener('abort', fail, { once: true });
    });
  }

  propose(command: CommandInput, options: ConsensusCallOptions): Promise<Proposal> {
    this.proposed.push(command);
    if (!this.quorum) return this.unavailable(options.signal);
    this.index += 1;
    return Promise.resolve({ index: this.index, result: apply(this.state, command) });
  }

  readIndex(options: ConsensusCallOptions): Promise<number> {
    if (!this.quorum) return this.unavailable(options.signal);
    return Promise.resolve(this.index);
  }

  status(): ConsensusStatus {
    return {
      role: this.quorum ? 'leader' : 'candidate', term: 3, leaderId: this.quorum ? this.selfId : undefined, commitIndex: this.index,
      appliedIndex: this.index, logSize: this.index, electionCount: 1, voters: [this.selfId], learners: [], founding: '', foreignPeers: [],
    };
  }
}
