import { RaftError } from '../errors.js';
import type { Raft } from './raft.js';
import { TRANSFER_CONTEXT } from './raft.js';
import { VoteResult } from './quorum.js';
import { EMPTY_BYTES, EntryType, MessageType, NO_NODE, StateType, message, type Message, type NodeId } from './types.js';

export type CampaignKind = 'pre-election' | 'election' | 'transfer';

/** Whether committed entries not yet applied contain a conf change. */
function hasUnappliedConfChange(r: Raft): boolean {
  const lo = Math.max(r.log.applied + 1, r.log.firstIndex());
  if (r.log.committed < lo) return false;
  try {
    return r.log.slice(lo, r.log.committed + 1, Number.POSITIVE_INFINITY).some((e) => e.type === EntryType.ConfChange);
  } catch (error) {
    if (RaftError.is(error, 'COMPACTED')) return false;
    throw error;
  }
}

/** Starts an election if this node may: a voter, not already leader, with no committed conf change left to apply. */
export function hup(r: Raft, kind: CampaignKind): void {
  if (r.state === StateType.Leader) return;
  if (!r.promotable()) return;
  // Campaigning under a membership that is about to change could elect with the wrong quorum.
  if (hasUnappliedConfChange(r)) return;
  campaign(r, kind);
}

export function campaign(r: Raft, kind: CampaignKind): void {
  let term: number;
  let type: MessageType;
  if (kind === 'pre-election') {
    r.becomePreCandidate();
    type = MessageType.PreVote;
    // Pre-votes ask about the next term without moving to it.
    term = r.term + 1;
  } else {
    r.becomeCandidate();
    type = MessageType.Vote;
    term = r.term;
  }
  if (kind !== 'pre-election' && r.config.asyncStorageWrites) {
    // The vote for itself counts only once the new term and vote are durable: it comes
    // back as a message after the write (a pre-vote changes nothing durable).
    r.sendToSelf(message({ type: MessageType.VoteResp, term }));
  } else if (poll(r, r.id, true) === VoteResult.Won) {
    // A single-voter cluster wins at once.
    if (kind === 'pre-election') campaign(r, 'election');
    else r.becomeLeader();
    return;
  }
  const index = r.log.lastIndex();
  const logTerm = r.log.lastTerm();
  const context = kind === 'transfer' ? TRANSFER_CONTEXT : EMPTY_BYTES;
  for (const id of r.tracker.voters) {
    if (id === r.id) continue;
    r.send(message({ type, to: id, term, index, logTerm, context }));
  }
}

export function poll(r: Raft, id: NodeId, granted: boolean): VoteResult {
  r.tracker.recordVote(id, granted);
  return r.tracker.tallyVotes().result;
}

function responseType(type: MessageType): MessageType {
  return type === MessageType.PreVote ? MessageType.PreVoteResp : MessageType.VoteResp;
}

/** A vote or pre-vote request at our term (or a pre-vote for a later one): §5.2 and §5.4.1. */
export function handleVoteRequest(r: Raft, m: Message): void {
  const canVote = r.vote === m.from ||
    (r.vote === NO_NODE && r.lead === NO_NODE) ||
    (m.type === MessageType.PreVote && m.term > r.term);
  if (canVote && r.log.isUpToDate(m.index, m.logTerm)) {
    r.send(message({ type: responseType(m.type), to: m.from, term: m.term }));
    if (m.type === MessageType.Vote) {
      r.electionElapsed = 0;
      r.vote = m.from;
    }
  } else {
    r.send(message({ type: responseType(m.type), to: m.from, term: r.term, reject: true }));
  }
}
