import type { Raft } from './raft.js';
import { ConfChangeType, NO_NODE, StateType, type ConfChange, type ConfState } from './types.js';
import { bcastAppendPending } from './replication.js';

/**
 * Applies one committed membership change (one server at a time, taking effect when
 * applied, as etcd does). Changes that would leave no voter are ignored, identically on
 * every node, since all apply the same entries.
 */
export function applyConfChange(r: Raft, change: ConfChange): ConfState {
  const voters = new Set(r.tracker.voters);
  const learners = new Set(r.tracker.learners);
  const id = change.nodeId;
  switch (change.type) {
    case ConfChangeType.AddNode:
      learners.delete(id);
      voters.add(id);
      break;
    case ConfChangeType.AddLearner:
      voters.delete(id);
      learners.add(id);
      break;
    case ConfChangeType.RemoveNode:
      voters.delete(id);
      learners.delete(id);
      break;
  }
  if (voters.size === 0) return r.confState();
  r.tracker.setMembership([...voters], [...learners], r.log.lastIndex() + 1);
  if (r.state !== StateType.Leader) return r.confState();
  if (!voters.has(r.id)) {
    // A leader removed or demoted steps down; the remaining voters elect a new one.
    r.becomeFollower(r.term, NO_NODE);
    return r.confState();
  }
  if (r.leadTransferee !== NO_NODE && !voters.has(r.leadTransferee)) r.abortLeaderTransfer();
  // The quorum changed: entries may now be committed, and new members need the log.
  r.maybeCommit();
  bcastAppendPending(r);
  return r.confState();
}
