/**
 * The seam between the node (API, coordinator) and consensus. The Raft driver (next
 * step: packages/daemon/src/raft-driver over packages/raft) implements it; the API and
 * tests depend only on this interface.
 *
 * Duties of an implementation:
 * - `propose` appends the command to the Raft log (forwarding to the leader when this node
 *   is not it) and resolves only once the entry is committed AND applied to the local
 *   replica, with the state machine's result for that entry. It never resolves for an
 *   entry that did not commit. Without a leader or quorum it rejects with
 *   ContinuumError('UNAVAILABLE'), at the latest when `signal` aborts.
 * - `readIndex` is the linearizable-read barrier (Raft §6.4 ReadIndex): it resolves with
 *   a commit index confirmed by a quorum after the call began, once the local replica has
 *   applied at least that index; it rejects like `propose`.
 * - `state` is the local replica, applied in log order up to `status().appliedIndex`;
 *   callers only read it.
 */
import type { CommandInput } from '../federation/command.js';
import type { ApplyResult } from '../federation/result.js';
import type { FederationState } from '../federation/state.js';

export type RaftRole = 'follower' | 'candidate' | 'leader' | 'learner';
export const raftRoles: readonly RaftRole[] = ['follower', 'candidate', 'leader', 'learner'];

export interface ConsensusStatus {
  readonly role: RaftRole;
  readonly term: number;
  /** The leader's peer id, when known. */
  readonly leaderId: string | undefined;
  readonly commitIndex: number;
  readonly appliedIndex: number;
  /** Entries in the log since the last snapshot. */
  readonly logSize: number;
  /** Elections this node started. */
  readonly electionCount: number;
  readonly voters: readonly string[];
  readonly learners: readonly string[];
  /** The federation's founding digest, hex (raft-driver/founding.ts); empty when unknown. */
  readonly founding: string;
  /** Peers refused in the last minute (on Raft or follow-the-log) because they were founded apart from this node. */
  readonly foreignPeers: readonly string[];
}

export interface Proposal {
  /** The log index the command committed at. */
  readonly index: number;
  /** The state machine's result (a committed command may still be refused by it). */
  readonly result: ApplyResult;
}

export interface ConsensusCallOptions {
  readonly signal: AbortSignal;
}

export interface Consensus {
  propose(command: CommandInput, options: ConsensusCallOptions): Promise<Proposal>;
  readIndex(options: ConsensusCallOptions): Promise<number>;
  status(): ConsensusStatus;
  readonly state: FederationState;
}
