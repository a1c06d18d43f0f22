/**
 * The leader's membership step: compare the council in the federation state with Raft's
 * configuration and choose at most ONE change (the caller proposes it only when no other
 * change is pending). Order: remove a Raft peer that is no longer a council member (never
 * the leader itself), add a missing council member as a learner, promote a learner that
 * has caught up (its match index within `catchUpEntries` of the leader's last index).
 */
import { ConfChangeType } from '@continuum/raft';
import type { ConfChange, ConfState, ProgressStatus } from '@continuum/raft';

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
