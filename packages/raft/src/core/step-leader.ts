import { maxPendingReadIndexMessages } from '../limits.js';
import { ProgressState } from './progress.js';
import { majorityVoteResult } from './quorum.js';
import type { Raft } from './raft.js';
import {
  bcastHeartbeat, maybeSendAppend, sendAppend, sendAppendsWhilePossible, sendTimeoutNow,
} from './replication.js';
import { EntryType, MessageType, NO_NODE, message, type Entry, type Message, type NodeId } from './types.js';

export function stepLeader(r: Raft, m: Message): void {
  switch (m.type) {
    case MessageType.Beat:
      bcastHeartbeat(r);
      return;
    case MessageType.CheckQuorum:
      checkQuorum(r);
      return;
    case MessageType.Prop:
      propose(r, m);
      return;
    case MessageType.ReadIndex:
      readIndex(r, m);
      return;
    default:
      stepLeaderFromPeer(r, m);
  }
}

/** A leader that has not heard from a quorum within an election timeout steps down (§6.2). */
function checkQuorum(r: Raft): void {
  if (!r.tracker.quorumActive(r.id)) {
    r.becomeFollower(r.term, NO_NODE);
    return;
  }
  for (const [id, pr] of r.tracker.progress) if (id !== r.id) pr.recentActive = false;
}

function propose(r: Raft, m: Message): void {
  if (m.entries.length === 0) return;
  if (!r.tracker.progress.has(r.id)) r.dropProposal('leader-removed');
  if (r.leadTransferee !== NO_NODE) r.dropProposal('leadership-transfer-in-progress');
  const local = m.from === r.id || m.from === NO_NODE;
  const entries: Entry[] = m.entries.map((e, i) => {
    if (e.type !== EntryType.ConfChange) return e;
    const refusal = confChangeRefusal(r);
    if (refusal === undefined) {
      r.pendingConfIndex = r.log.lastIndex() + i + 1;
      return e;
    }
    if (local) r.dropProposal(refusal);
    // A forwarded change is replaced by an empty entry, so the proposer's indexes stay meaningful.
    return { ...e, type: EntryType.Normal, data: new Uint8Array(0) };
  });
  if (!r.appendEntries(entries)) r.dropProposal('uncommitted-size-limit');
}

/**
 * The pending-config rule (one change at a time, applied before the next) and the known fix
 * for single-server changes: no change before the leader committed an entry of its term.
 */
function confChangeRefusal(r: Raft): string | undefined {
  if (r.pendingConfIndex > r.log.applied) return 'conf-change-pending';
  if (!r.committedEntryInCurrentTerm()) return 'leader-not-committed-in-term';
  return undefined;
}

function readIndex(r: Raft, m: Message): void {
  if (r.tracker.voters.size === 1 && r.tracker.isVoter(r.id)) {
    respondToRead(r, m, r.log.committed);
    return;
  }
  if (!r.committedEntryInCurrentTerm()) {
    // Until its no-op commits, a new leader does not know the commit index (§6.4 step 1).
    if (r.pendingReadIndexMessages.length < maxPendingReadIndexMessages) r.pendingReadIndexMessages.push(m);
    return;
  }
  r.readOnly.addRequest(r.log.committed, m);
  const acks = r.readOnly.recvAck(r.id, m.context);
  if (acks && majorityVoteResult(r.tracker.voters, ackVotes(r, acks)) === 'won') {
    completeReads(r, m.context);
    return;
  }
  bcastHeartbeat(r, m.context);
}

function ackVotes(r: Raft, acks: ReadonlySet<NodeId>): Map<NodeId, boolean> {
  const votes = new Map<NodeId, boolean>();
  for (const id of r.tracker.voters) if (acks.has(id)) votes.set(id, true);
  return votes;
}

function respondToRead(r: Raft, m: Message, index: number): void {
  if (m.from === NO_NODE || m.from === r.id) r.readStates.push({ index, context: m.context });
  else r.send(message({ type: MessageType.ReadIndexResp, to: m.from, index, context: m.context }));
}

function completeReads(r: Raft, context: Uint8Array): void {
  for (const { request, index } of r.readOnly.advance(context)) respondToRead(r, request, index);
}

/** Once the leader committed in its term, serve the reads that waited for it. */
export function releasePendingReads(r: Raft): void {
  if (r.pendingReadIndexMessages.length === 0 || !r.committedEntryInCurrentTerm()) return;
  const waiting = r.pendingReadIndexMessages;
  r.pendingReadIndexMessages = [];
  for (const m of waiting) readIndex(r, m);
}

function stepLeaderFromPeer(r: Raft, m: Message): void {
  const pr = r.tracker.progress.get(m.from);
  if (!pr) return;
  switch (m.type) {
    case MessageType.AppResp:
      pr.recentActive = true;
      if (m.reject) handleAppendRejection(r, m);
      else handleAppendSuccess(r, m);
      return;
    case MessageType.HeartbeatResp:
      handleHeartbeatResponse(r, m);
      return;
    case MessageType.SnapStatus:
      if (pr.state !== ProgressState.Snapshot) return;
      // Whether it worked or not, probe again once the follower answers a heartbeat.
      if (m.reject) pr.pendingSnapshot = 0;
      pr.becomeProbe();
      pr.probeSent = true;
      return;
    case MessageType.Unreachable:
      if (pr.state === ProgressState.Replicate) pr.becomeProbe();
      return;
    case MessageType.TransferLeader:
      transferLeader(r, m.from);
      return;
    default:
      return;
  }
}

function handleAppendRejection(r: Raft, m: Message): void {
  const pr = r.tracker.progress.get(m.from);
  if (!pr) return;
  // Fast backtracking: jump to the last index whose term is at most the follower's term there.
  const nextProbe = m.logTerm > 0 ? r.log.findConflictByTerm(m.rejectHint, m.logTerm) : m.rejectHint;
  if (pr.maybeDecrTo(m.index, nextProbe)) {
    if (pr.state === ProgressState.Replicate) pr.becomeProbe();
    sendAppend(r, m.from);
  }
}

function handleAppendSuccess(r: Raft, m: Message): void {
  const pr = r.tracker.progress.get(m.from);
  if (!pr) return;
  if (m.from === r.id) {
    // Async writes: the leader's own entries are durable up to m.index.
    if (pr.maybeUpdate(m.index) && r.maybeCommit()) {
      releasePendingReads(r);
      r.commitBroadcastPending = true;
    }
    return;
  }
  const oldPaused = pr.isPaused();
  if (!pr.maybeUpdate(m.index) && !(pr.match === m.index && pr.state === ProgressState.Probe)) return;
  if (pr.state === ProgressState.Probe) pr.becomeReplicate();
  else if (pr.state === ProgressState.Snapshot && pr.match + 1 >= r.log.firstIndex()) {
    pr.becomeProbe();
    pr.becomeReplicate();
  } else if (pr.state === ProgressState.Replicate) pr.inflights.freeLE(m.index);
  if (r.maybeCommit()) {
    releasePendingReads(r);
    // Every follower hears of the new commit index with the next Ready: once, however many acknowledgements moved it.
    r.commitBroadcastPending = true;
  } else if (oldPaused) {
    sendAppend(r, m.from);
  }
  sendAppendsWhilePossible(r, m.from);
  if (m.from === r.leadTransferee && pr.match === r.log.lastIndex()) sendTimeoutNow(r, m.from);
}

function handleHeartbeatResponse(r: Raft, m: Message): void {
  const pr = r.tracker.progress.get(m.from);
  if (!pr) return;
  pr.recentActive = true;
  pr.probeSent = false;
  if (pr.state === ProgressState.Replicate && pr.inflights.full()) pr.inflights.freeFirstOne();
  if (pr.match < r.log.lastIndex() || pr.state === ProgressState.Probe) maybeSendAppend(r, m.from, true);
  if (m.context.length === 0) return;
  const acks = r.readOnly.recvAck(m.from, m.context);
  if (acks && majorityVoteResult(r.tracker.voters, ackVotes(r, acks)) === 'won') completeReads(r, m.context);
}

function transferLeader(r: Raft, transferee: NodeId): void {
  const pr = r.tracker.progress.get(transferee);
  if (!pr || pr.isLearner) return;
  if (r.leadTransferee !== NO_NODE) {
    if (r.leadTransferee === transferee) return;
    r.abortLeaderTransfer();
  }
  if (transferee === r.id) return;
  // The transfer must finish within an election timeout or it is abandoned.
  r.electionElapsed = 0;
  r.leadTransferee = transferee;
  if (pr.match === r.log.lastIndex()) sendTimeoutNow(r, transferee);
  else sendAppend(r, transferee);
}
