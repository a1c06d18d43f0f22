import { campaign, poll } from './election.js';
import { VoteResult } from './quorum.js';
import type { Raft } from './raft.js';
import { bcastAppendPending } from './replication.js';
import { MessageType, NO_NODE, StateType, message, type Message } from './types.js';

export function stepFollower(r: Raft, m: Message): void {
  switch (m.type) {
    case MessageType.Prop:
      forwardProposal(r, m);
      return;
    case MessageType.App:
      r.electionElapsed = 0;
      r.lead = m.from;
      handleAppendEntries(r, m);
      return;
    case MessageType.Heartbeat:
      r.electionElapsed = 0;
      r.lead = m.from;
      handleHeartbeat(r, m);
      return;
    case MessageType.Snap:
      r.electionElapsed = 0;
      r.lead = m.from;
      handleSnapshot(r, m);
      return;
    case MessageType.TransferLeader:
      // Forwarded as is: `from` names the transferee, so it must not become this node's id.
      if (r.lead !== NO_NODE) r.msgs.push({ ...m, to: r.lead, term: 0 });
      return;
    case MessageType.TimeoutNow:
      // The leader hands over: campaign at once, skipping pre-vote (§3.10).
      if (r.promotable()) campaign(r, 'transfer');
      return;
    case MessageType.ReadIndex:
      if (r.lead !== NO_NODE && (m.from === r.id || m.from === NO_NODE)) r.send({ ...m, to: r.lead });
      return;
    case MessageType.ReadIndexResp:
      r.readStates.push({ index: m.index, context: m.context });
      return;
    default:
      return;
  }
}

/** A follower forwards its own proposals to the leader, or refuses them with a hint when forwarding is off. */
function forwardProposal(r: Raft, m: Message): void {
  if (r.lead === NO_NODE) r.dropProposal('no-leader');
  if (r.config.disableProposalForwarding) r.dropProposal('forwarding-disabled');
  // Only our own proposals travel on: a forwarded one that reached a non-leader is dropped, never looped.
  if (m.from !== r.id && m.from !== NO_NODE) r.dropProposal('not-leader');
  r.send({ ...m, to: r.lead });
}

export function stepCandidate(r: Raft, m: Message): void {
  const myResponse = r.state === StateType.PreCandidate ? MessageType.PreVoteResp : MessageType.VoteResp;
  switch (m.type) {
    case MessageType.Prop:
      r.dropProposal('no-leader');
      return;
    case MessageType.App:
      r.becomeFollower(m.term, m.from);
      handleAppendEntries(r, m);
      return;
    case MessageType.Heartbeat:
      r.becomeFollower(m.term, m.from);
      handleHeartbeat(r, m);
      return;
    case MessageType.Snap:
      r.becomeFollower(m.term, m.from);
      handleSnapshot(r, m);
      return;
    default:
      if (m.type !== myResponse) return;
      switch (poll(r, m.from, !m.reject)) {
        case VoteResult.Won:
          if (r.state === StateType.PreCandidate) campaign(r, 'election');
          else {
            r.becomeLeader();
            bcastAppendPending(r);
          }
          return;
        case VoteResult.Lost:
          r.becomeFollower(r.term, NO_NODE);
          return;
        default:
          return;
      }
  }
}

/** The consistency check of §5.3 with a conflict hint for fast backtracking. */
export function handleAppendEntries(r: Raft, m: Message): void {
  if (m.index < r.log.committed) {
    r.send(message({ type: MessageType.AppResp, to: m.from, index: r.log.committed }));
    return;
  }
  const lastNew = r.log.maybeAppend(m.index, m.logTerm, m.commit, m.entries);
  if (lastNew !== undefined) {
    r.send(message({ type: MessageType.AppResp, to: m.from, index: lastNew }));
    return;
  }
  const hintIndex = r.log.findConflictByTerm(Math.min(m.index, r.log.lastIndex()), m.logTerm);
  r.send(message({
    type: MessageType.AppResp, to: m.from, index: m.index, reject: true,
    rejectHint: hintIndex, logTerm: r.log.term(hintIndex),
  }));
}

export function handleHeartbeat(r: Raft, m: Message): void {
  r.log.commitTo(Math.min(m.commit, r.log.lastIndex()));
  r.send(message({ type: MessageType.HeartbeatResp, to: m.from, context: m.context }));
}

export function handleSnapshot(r: Raft, m: Message): void {
  const snapshot = m.snapshot;
  if (!snapshot) return;
  if (restoreSnapshot(r, m)) {
    r.send(message({ type: MessageType.AppResp, to: m.from, index: r.log.lastIndex() }));
  } else {
    r.send(message({ type: MessageType.AppResp, to: m.from, index: r.log.committed }));
  }
}

/** Installs a leader's snapshot unless we already have its last entry (then only commit). */
function restoreSnapshot(r: Raft, m: Message): boolean {
  const snapshot = m.snapshot;
  if (!snapshot) return false;
  const { index, term, confState } = snapshot.metadata;
  if (index <= r.log.committed) return false;
  if (r.log.matchTerm(index, term)) {
    r.log.commitTo(index);
    return false;
  }
  r.log.restore(snapshot);
  r.tracker.setMembership(confState.voters, confState.learners, r.log.lastIndex() + 1);
  return true;
}
