import { decodeConfChange } from '../codec/codec.js';
import { RaftError } from '../errors.js';
import { invariant } from './assert.js';
import { validateConfig, type RaftConfig, type ResolvedRaftConfig } from './config.js';
import { handleVoteRequest, hup } from './election.js';
import { RaftLog } from './log.js';
import { applyConfChange } from './membership.js';
import { Progress } from './progress.js';
import { ReadOnly } from './read-only.js';
import { bcastAppend, bcastAppendPending } from './replication.js';
import { stepCandidate, stepFollower } from './step-follower.js';
import { stepLeader } from './step-leader.js';
import { ProgressTracker } from './tracker.js';
import {
  EntryType, MessageType, NO_NODE, StateType, isEmptyHardState, message, payloadSizeBytes,
  type ConfChange, type ConfState, type Entry, type HardState, type Message, type NodeId, type ReadState, type SoftState,
} from './types.js';

/** Context of the vote requests a leadership transfer triggers: voters may not ignore them (§3.10). */
export const TRANSFER_CONTEXT = new Uint8Array([0x74, 0x72, 0x61, 0x6e, 0x73, 0x66, 0x65, 0x72]);

export function isTransferContext(context: Uint8Array): boolean {
  if (context.length !== TRANSFER_CONTEXT.length) return false;
  for (let i = 0; i < context.length; i++) if (context[i] !== TRANSFER_CONTEXT[i]) return false;
  return true;
}

/** Acknowledgements that promise the sender's log or vote is durable: with async writes they wait for the write. */
function promisesDurability(type: MessageType): boolean {
  return type === MessageType.AppResp || type === MessageType.VoteResp || type === MessageType.PreVoteResp;
}

/**
 * The Raft state machine. It owns no I/O: messages it wants to send collect in `msgs`,
 * read results in `readStates`; the RawNode facade turns them into ready batches.
 */
export class Raft {
  readonly id: NodeId;
  readonly config: ResolvedRaftConfig;
  readonly log: RaftLog;
  readonly tracker: ProgressTracker;
  readonly readOnly = new ReadOnly();
  term = 0;
  vote: NodeId = NO_NODE;
  lead: NodeId = NO_NODE;
  state: StateType = StateType.Follower;
  msgs: Message[] = [];
  /**
   * Async storage writes only: messages that may leave only once everything written so far
   * is durable (append and vote acknowledgements, including this node's own, addressed to itself).
   */
  msgsAfterAppend: Message[] = [];
  readStates: ReadState[] = [];
  leadTransferee: NodeId = NO_NODE;
  /** Index of the latest conf change the leader appended; no new one until it is applied. */
  pendingConfIndex = 0;
  uncommittedSizeBytes = 0;
  electionElapsed = 0;
  heartbeatElapsed = 0;
  randomizedElectionTimeout = 0;
  /** ReadIndex requests that arrived before the leader committed an entry of its term. */
  pendingReadIndexMessages: Message[] = [];
  /** New entries were appended at the leader and not yet broadcast (proposal batching). */
  broadcastPending = false;
  /** The commit index moved and followers have not been sent an append carrying it yet. */
  commitBroadcastPending = false;

  constructor(config: RaftConfig) {
    this.config = validateConfig(config);
    this.id = this.config.id;
    const storage = this.config.storage;
    const { hardState, confState } = storage.initialState();
    this.log = new RaftLog(storage, this.config.maxCommittedSizePerReadyBytes, this.config.asyncStorageWrites && !this.config.applyUnstableEntries);
    this.tracker = new ProgressTracker(this.config.maxInflightMessages);
    this.tracker.setMembership(confState.voters, confState.learners, this.log.lastIndex() + 1);
    if (!isEmptyHardState(hardState)) this.loadState(hardState);
    if (this.config.appliedIndex > this.log.applied) {
      const from = this.log.applied + 1;
      this.log.appliedTo(this.config.appliedIndex);
      this.replayConfChanges(from, this.config.appliedIndex);
    }
    this.becomeFollower(this.term, NO_NODE);
  }

  /** Membership changes the application applied before a restart, after the snapshot, take effect again. */
  private replayConfChanges(from: number, to: number): void {
    for (const e of this.log.slice(from, to + 1, Number.POSITIVE_INFINITY)) {
      if (e.type === EntryType.ConfChange && e.data.length > 0) this.applyConfChange(decodeConfChange(e.data));
    }
  }

  private loadState(hs: HardState): void {
    invariant(hs.commit <= this.log.lastIndex(), () => `hard state commit ${hs.commit} beyond last index ${this.log.lastIndex()}`);
    // An unsynced commit index may lag the snapshot after a crash; the snapshot is committed anyway.
    this.log.committed = Math.max(hs.commit, this.log.committed);
    this.term = hs.term;
    this.vote = hs.vote;
  }

  hardState(): HardState {
    return { term: this.term, vote: this.vote, commit: this.log.committed };
  }

  softState(): SoftState {
    return { lead: this.lead, state: this.state };
  }

  confState(): ConfState {
    return this.tracker.confState();
  }

  /** Whether this node may campaign: a voter with no snapshot waiting to be persisted. */
  promotable(): boolean {
    return this.tracker.isVoter(this.id) && !this.log.hasPendingSnapshot();
  }

  send(m: Message): void {
    const isVote = m.type === MessageType.Vote || m.type === MessageType.PreVote ||
      m.type === MessageType.VoteResp || m.type === MessageType.PreVoteResp;
    if (isVote) invariant(m.term !== 0, 'vote messages carry a term');
    // Proposals and read requests forwarded to the leader carry no term: they are local to it.
    const term = isVote || m.type === MessageType.Prop || m.type === MessageType.ReadIndex ? m.term : this.term;
    const out = { ...m, from: this.id, term };
    if (this.config.asyncStorageWrites && promisesDurability(m.type)) this.msgsAfterAppend.push(out);
    else this.msgs.push(out);
  }

  /** Async writes: this node's own acknowledgement of `m`, stepped back once the write in progress is durable. */
  sendToSelf(m: Message): void {
    this.msgsAfterAppend.push({ ...m, from: this.id, to: this.id });
  }

  resetRandomizedElectionTimeout(): void {
    this.randomizedElectionTimeout = this.config.electionTicks + this.config.prng.nextInt(this.config.electionTicks);
  }

  pastElectionTimeout(): boolean {
    return this.electionElapsed >= this.randomizedElectionTimeout;
  }

  private reset(term: number): void {
    if (this.term !== term) {
      this.term = term;
      this.vote = NO_NODE;
    }
    this.lead = NO_NODE;
    this.electionElapsed = 0;
    this.heartbeatElapsed = 0;
    this.resetRandomizedElectionTimeout();
    this.abortLeaderTransfer();
    this.tracker.resetVotes();
    const last = this.log.lastIndex();
    for (const [id, pr] of this.tracker.progress) {
      const fresh = new Progress(last + 1, this.config.maxInflightMessages, pr.isLearner);
      if (id === this.id) fresh.match = last;
      this.tracker.progress.set(id, fresh);
    }
    this.pendingConfIndex = 0;
    this.uncommittedSizeBytes = 0;
    this.readOnly.clear();
    this.pendingReadIndexMessages = [];
    this.broadcastPending = false;
    this.commitBroadcastPending = false;
  }

  becomeFollower(term: number, lead: NodeId): void {
    this.reset(term);
    this.lead = lead;
    this.state = StateType.Follower;
  }

  becomeCandidate(): void {
    invariant(this.state !== StateType.Leader, 'a leader cannot become a candidate directly');
    this.reset(this.term + 1);
    this.vote = this.id;
    this.state = StateType.Candidate;
  }

  becomePreCandidate(): void {
    invariant(this.state !== StateType.Leader, 'a leader cannot become a pre-candidate directly');
    // A pre-candidate changes neither its term nor its vote (§9.6).
    this.tracker.resetVotes();
    this.lead = NO_NODE;
    this.state = StateType.PreCandidate;
  }

  becomeLeader(): void {
    invariant(this.state !== StateType.Follower, 'a follower cannot become leader without an election');
    this.reset(this.term);
    this.lead = this.id;
    this.state = StateType.Leader;
    const self = this.tracker.progress.get(this.id);
    if (self) {
      self.becomeReplicate();
      self.recentActive = true;
    }
    // Conf changes must wait until everything up to here is applied (the pending-config rule).
    this.pendingConfIndex = this.log.lastIndex();
    // The no-op entry of the new term: committing it commits every earlier entry (§5.4.2, §8).
    const appended = this.appendEntries([{ term: 0, index: 0, type: EntryType.Normal, data: new Uint8Array(0) }]);
    invariant(appended, 'the empty entry of a new term is never dropped');
  }

  /** Appends entries at the leader, stamping term and index; false if the uncommitted-size limit refuses them. */
  appendEntries(entries: readonly Entry[]): boolean {
    let last = this.log.lastIndex();
    const stamped = entries.map((e) => ({ ...e, term: this.term, index: ++last }));
    if (!this.increaseUncommittedSize(stamped)) return false;
    last = this.log.append(stamped);
    if (this.config.asyncStorageWrites) {
      // The leader's copy counts towards the quorum only once it is durable (§10.2.1).
      this.sendToSelf(message({ type: MessageType.AppResp, index: last, term: this.term }));
    } else {
      this.tracker.progress.get(this.id)?.maybeUpdate(last);
      this.maybeCommit();
    }
    this.broadcastPending = true;
    return true;
  }

  private increaseUncommittedSize(entries: readonly Entry[]): boolean {
    const size = payloadSizeBytes(entries);
    if (this.uncommittedSizeBytes > 0 && size > 0 && this.uncommittedSizeBytes + size > this.config.maxUncommittedEntriesBytes) {
      return false;
    }
    this.uncommittedSizeBytes += size;
    return true;
  }

  reduceUncommittedSize(entries: readonly Entry[]): void {
    if (this.state !== StateType.Leader) return;
    this.uncommittedSizeBytes = Math.max(0, this.uncommittedSizeBytes - payloadSizeBytes(entries));
  }

  /**
   * Advances the commit index to what a quorum has replicated, but only by counting
   * replicas of an entry of the current term (§5.4.2). Overridden only by test-only subclasses.
   */
  maybeCommit(): boolean {
    return this.log.maybeCommit(this.tracker.committed(), this.term);
  }

  committedEntryInCurrentTerm(): boolean {
    return this.log.term(this.log.committed) === this.term;
  }

  abortLeaderTransfer(): void {
    this.leadTransferee = NO_NODE;
  }

  tick(): void {
    if (this.state === StateType.Leader) this.tickHeartbeat();
    else this.tickElection();
  }

  private tickElection(): void {
    this.electionElapsed++;
    if (this.promotable() && this.pastElectionTimeout()) {
      this.electionElapsed = 0;
      this.step(message({ type: MessageType.Hup, from: this.id }));
    }
  }

  private tickHeartbeat(): void {
    this.heartbeatElapsed++;
    this.electionElapsed++;
    if (this.electionElapsed >= this.config.electionTicks) {
      this.electionElapsed = 0;
      if (this.config.checkQuorum) this.step(message({ type: MessageType.CheckQuorum, from: this.id }));
      // A transfer that did not finish within an election timeout is abandoned (§3.10).
      if (this.state === StateType.Leader && this.leadTransferee !== NO_NODE) this.abortLeaderTransfer();
    }
    if (this.state !== StateType.Leader) return;
    if (this.heartbeatElapsed >= this.config.heartbeatTicks) {
      this.heartbeatElapsed = 0;
      this.step(message({ type: MessageType.Beat, from: this.id }));
    }
  }

  /** Sends pending appends of newly proposed entries to every follower (called before each ready). */
  flushBroadcast(): void {
    if (!this.broadcastPending && !this.commitBroadcastPending) return;
    const commit = this.commitBroadcastPending;
    this.broadcastPending = false;
    this.commitBroadcastPending = false;
    if (this.state !== StateType.Leader) return;
    if (commit) bcastAppend(this);
    bcastAppendPending(this);
  }

  applyConfChange(change: ConfChange): ConfState {
    return applyConfChange(this, change);
  }

  /** Feeds one message into the state machine: the term rules of §5.1 first, then the role's handler. */
  step(m: Message): void {
    if (m.term > this.term) {
      if (!this.stepHigherTerm(m)) return;
    } else if (m.term !== 0 && m.term < this.term) {
      this.stepLowerTerm(m);
      return;
    }
    switch (m.type) {
      case MessageType.Hup:
        hup(this, this.config.preVote ? 'pre-election' : 'election');
        return;
      case MessageType.Vote:
      case MessageType.PreVote:
        handleVoteRequest(this, m);
        return;
      default:
        if (this.state === StateType.Leader) stepLeader(this, m);
        else if (this.state === StateType.Follower) stepFollower(this, m);
        else stepCandidate(this, m);
    }
  }

  /** Returns false when the message must be ignored. */
  private stepHigherTerm(m: Message): boolean {
    if (m.type === MessageType.Vote || m.type === MessageType.PreVote) {
      const force = isTransferContext(m.context);
      // Within the lease of a live leader, vote requests are disruptions to ignore (§4.2.3).
      const inLease = this.config.checkQuorum && this.lead !== NO_NODE && this.electionElapsed < this.config.electionTicks;
      if (!force && inLease) return false;
    }
    if (m.type === MessageType.PreVote) return true; // never change term for a pre-vote
    if (m.type === MessageType.PreVoteResp && !m.reject) return true; // the term changes if the pre-vote wins
    const fromLeader = m.type === MessageType.App || m.type === MessageType.Heartbeat || m.type === MessageType.Snap;
    this.becomeFollower(m.term, fromLeader ? m.from : NO_NODE);
    return true;
  }

  private stepLowerTerm(m: Message): void {
    if ((this.config.checkQuorum || this.config.preVote) && (m.type === MessageType.Heartbeat || m.type === MessageType.App)) {
      // A stale leader would otherwise never learn of the new term when its followers ignore it.
      this.send(message({ type: MessageType.AppResp, to: m.from }));
    } else if (m.type === MessageType.PreVote) {
      this.send(message({ type: MessageType.PreVoteResp, to: m.from, term: this.term, reject: true }));
    }
  }

  /** Throws the typed error for a dropped proposal. */
  dropProposal(reason: string): never {
    const details = this.lead !== NO_NODE && this.lead !== this.id ? { reason, leaderHint: this.lead } : { reason };
    throw new RaftError('PROPOSAL_DROPPED', `proposal dropped: ${reason}`, details);
  }
}
