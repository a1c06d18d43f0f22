import { Progress } from './progress.js';
import { majorityCommittedIndex, majorityVoteResult, type VoteResult } from './quorum.js';
import type { ConfState, NodeId } from './types.js';

/** Membership plus the leader's per-follower progress and the votes of the current election. */
export class ProgressTracker {
  private voterSet = new Set<NodeId>();
  private learnerSet = new Set<NodeId>();
  readonly progress = new Map<NodeId, Progress>();
  readonly votes = new Map<NodeId, boolean>();
  /** The sorted, frozen form of the membership: asked for after every Ready, changed only by setMembership. */
  private cachedConfState: ConfState | undefined;

  constructor(readonly maxInflight: number) {}

  get voters(): ReadonlySet<NodeId> {
    return this.voterSet;
  }

  get learners(): ReadonlySet<NodeId> {
    return this.learnerSet;
  }

  confState(): ConfState {
    this.cachedConfState ??= Object.freeze({
      voters: Object.freeze([...this.voterSet].sort()), learners: Object.freeze([...this.learnerSet].sort()),
    });
    return this.cachedConfState;
  }

  isVoter(id: NodeId): boolean {
    return this.voters.has(id);
  }

  /** Replaces membership; keeps progress of nodes that stay, creates it for new ones. */
  setMembership(voters: readonly NodeId[], learners: readonly NodeId[], nextIndex: number): void {
    this.voterSet = new Set(voters);
    this.learnerSet = new Set(learners);
    this.cachedConfState = undefined;
    for (const id of [...this.progress.keys()]) {
      if (!this.voters.has(id) && !this.learners.has(id)) this.progress.delete(id);
    }
    for (const id of [...this.voters, ...this.learners]) {
      const existing = this.progress.get(id);
      if (existing) existing.isLearner = this.learners.has(id);
      else {
        const pr = new Progress(nextIndex, this.maxInflight, this.learners.has(id));
        // A new member counts as active, or CheckQuorum could depose the leader right after adding it.
        pr.recentActive = true;
        this.progress.set(id, pr);
      }
    }
  }

  committed(): number {
    return majorityCommittedIndex(this.voters, (id) => this.progress.get(id)?.match ?? 0);
  }

  resetVotes(): void {
    this.votes.clear();
  }

  recordVote(id: NodeId, granted: boolean): void {
    if (!this.votes.has(id)) this.votes.set(id, granted);
  }

  tallyVotes(): { granted: number; rejected: number; result: VoteResult } {
    let granted = 0;
    let rejected = 0;
    for (const id of this.voters) {
      const v = this.votes.get(id);
      if (v === true) granted++;
      else if (v === false) rejected++;
    }
    return { granted, rejected, result: majorityVoteResult(this.voters, this.votes) };
  }

  /** Whether a quorum of voters was recently active (the leader counts itself active). */
  quorumActive(self: NodeId): boolean {
    const votes = new Map<NodeId, boolean>();
    for (const id of this.voters) votes.set(id, id === self || (this.progress.get(id)?.recentActive ?? false));
    return majorityVoteResult(this.voters, votes) === 'won';
  }
}
