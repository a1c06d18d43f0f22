/**
 * The leader's membership step: compare the council in the federation state with Raft's
 * configuration and choose at most ONE change (the caller proposes it only when no other
 * change is pending). Order: remove a Raft peer that is no longer a council member (never
 * the leader itself), add a missing council member as a learner, promote a learner that
 * has caught up (its match index within `catchUpEntries` of the leader's last index).
 */
import { ConfChangeType, RaftError } from '@continuum/raft';
import type { ConfChange, ConfState, ProgressStatus, RawNode } from '@continuum/raft';
import { limits } from '../limits.js';
import type { Applier } from './applier.js';

export interface MembershipView {
  readonly self: string;
  readonly confState: ConfState;
  /** Council members of the federation state, in a stable order. */
  readonly council: readonly string[];
  readonly progress: ReadonlyMap<string, ProgressStatus>;
  readonly lastIndex: number;
  readonly catchUpEntries: number;
}

export function nextConfChange(view: MembershipView): ConfChange | undefined {
  const council = new Set(view.council);
  const peers = [...view.confState.voters, ...view.confState.learners];
  const stale = peers.find((peer) => peer !== view.self && !council.has(peer));
  if (stale !== undefined) return { type: ConfChangeType.RemoveNode, nodeId: stale };
  const missing = view.council.find((peer) => !peers.includes(peer));
  if (missing !== undefined) return { type: ConfChangeType.AddLearner, nodeId: missing };
  const ready = view.confState.learners.find((peer) => {
    const progress = view.progress.get(peer);
    return progress !== undefined && progress.match > 0 && progress.match + view.catchUpEntries >= view.lastIndex;
  });
  if (ready !== undefined) return { type: ConfChangeType.AddNode, nodeId: ready };
  return undefined;
}

/**
 * The leader's membership duty for one loop turn; returns the time before which it should
 * not try again (a change in flight), or undefined when nothing was done. Nothing happens
 * while committed entries are unapplied (the pending-config rule), and a leader that left
 * the council hands leadership to another council voter first (the next leader removes it).
 */
export function stepMembership(node: RawNode, applier: Applier, self: string, now: number): number | undefined {
  const status = node.status();
  if (status.hardState.commit > applier.appliedIndex) return undefined;
  const council = [...applier.state.members.values()].filter((member) => member.council).map((member) => member.peerId).sort();
  if (council.length === 0) return undefined;
  const successor = node.confState().voters.find((peer) => peer !== self && council.includes(peer));
  if (!council.includes(self) && successor !== undefined) {
    node.transferLeadership(successor);
    return now + 1_000;
  }
  const change = nextConfChange({ self, confState: node.confState(), council, progress: status.progress, lastIndex: status.lastIndex, catchUpEntries: limits.catchUpLagEntries });
  if (change === undefined) return undefined;
  try {
    node.proposeConfChange(change);
    return now + 1_000;
  } catch (error) {
    if (!RaftError.is(error, 'PROPOSAL_DROPPED')) throw error;
    return now + 200;
  }
}
