import { decodeConfChange, encodeConfChange } from '../codec/codec.js';
import { RaftError } from '../errors.js';
import { maxEntriesPerProposal } from '../limits.js';
import { invariant } from './assert.js';
import type { RaftConfig } from './config.js';
import { Raft } from './raft.js';
import type { Ready } from './ready.js';
import {
  EntryType, MessageType, hardStateEqual, isLocalMessage, message,
  type ConfChange, type ConfState, type Entry, type HardState, type Message, type NodeId, type SoftState,
} from './types.js';
import type { ProgressState } from './progress.js';

export interface ProgressStatus {
  readonly match: number;
  readonly next: number;
  readonly state: ProgressState;
  readonly isLearner: boolean;
}

export interface Status {
  readonly id: NodeId;
  readonly hardState: HardState;
  readonly softState: SoftState;
  readonly applied: number;
  readonly lastIndex: number;
  readonly confState: ConfState;
  readonly leadTransferee: NodeId;
  /** The leader's view of each member; empty on followers. */
  readonly progress: ReadonlyMap<NodeId, ProgressStatus>;
}

export interface RawNodeOptions {
  /** Test-only: builds the state machine (lets tests plant a bug in a subclass). */
  readonly createRaft?: (config: RaftConfig) => Raft;
}

/**
 * The synchronous facade over the state machine: feed it ticks, messages and proposals,
 * take a Ready, handle it (see Ready for the order of duties), then call advance().
 */
export class RawNode {
  readonly raft: Raft;
  private prevSoftState: SoftState;
  private prevHardState: HardState;
  private inFlight: Ready | undefined;
  /** Async writes: Readies advanced whose writes are not yet reported durable, oldest first. */
  private readonly pendingPersist: Ready[] = [];
  /** Async writes: each pending Ready's messages to this node itself, stepped when it is persisted. */
  private readonly toSelf = new Map<Ready, Message[]>();

  constructor(config: RaftConfig, options: RawNodeOptions = {}) {
    this.raft = options.createRaft ? options.createRaft(config) : new Raft(config);
    this.prevSoftState = this.raft.softState();
    this.prevHardState = this.raft.hardState();
  }

  /** Advances logical time by one tick (election and heartbeat timers count ticks). */
  tick(): void {
    this.raft.tick();
  }

  /** Starts an election now (pre-vote first when enabled). */
  campaign(): void {
    this.raft.step(message({ type: MessageType.Hup, from: this.raft.id }));
  }

  /** Proposes one entry. Throws RaftError PROPOSAL_DROPPED when there is no leader to take it. */
  propose(data: Uint8Array): void {
    this.proposeBatch([data]);
  }

  /** Proposes several entries in one message: they are appended together and replicated in one batch. */
  proposeBatch(datas: readonly Uint8Array[]): void {
    if (datas.length === 0) return;
    if (datas.length > maxEntriesPerProposal) {
      throw new RaftError('PROPOSAL_DROPPED', `a proposal holds at most ${maxEntriesPerProposal} entries`, { reason: 'too-many-entries' });
    }
    const entries: Entry[] = datas.map((data) => ({ term: 0, index: 0, type: EntryType.Normal, data }));
    this.raft.step(message({ type: MessageType.Prop, from: this.raft.id, entries }));
  }

  /** Proposes a membership change; it takes effect on each node when applied (on advance()). */
  proposeConfChange(change: ConfChange): void {
    const data = encodeConfChange(change);
    this.raft.step(message({ type: MessageType.Prop, from: this.raft.id, entries: [{ term: 0, index: 0, type: EntryType.ConfChange, data }] }));
  }

  /** Feeds a message received from a peer. Local message types from the network are refused. */
  step(m: Message): void {
    if (isLocalMessage(m.type)) {
      throw new RaftError('INVARIANT_VIOLATED', `message type ${m.type} is local and cannot come from the network`, { what: 'local message from network' });
    }
    // Responses from nodes outside the membership (removed ones) are ignored.
    if (isResponse(m.type) && !this.raft.tracker.progress.has(m.from)) return;
    try {
      this.raft.step(m);
    } catch (error) {
      // A proposal forwarded to us that we cannot take is simply dropped; its proposer retries.
      if (!RaftError.is(error, 'PROPOSAL_DROPPED')) throw error;
    }
  }

  /** Requests a linearizable read; a ReadState with this context appears in a later Ready. */
  readIndex(context: Uint8Array): void {
    this.raft.step(message({ type: MessageType.ReadIndex, from: this.raft.id, entries: [], context }));
  }

  /** Asks the leader to hand leadership to `to` (forwarded when this node is a follower). */
  transferLeadership(to: NodeId): void {
    this.raft.step(message({ type: MessageType.TransferLeader, from: to }));
  }

  /** Tells the leader a message to `id` could not be delivered. */
  reportUnreachable(id: NodeId): void {
    this.raft.step(message({ type: MessageType.Unreachable, from: id }));
  }

  /** Tells the leader whether the snapshot sent to `id` was delivered. */
  reportSnapshot(id: NodeId, delivered: boolean): void {
    this.raft.step(message({ type: MessageType.SnapStatus, from: id, reject: !delivered }));
  }

  hasReady(): boolean {
    const r = this.raft;
    if (r.broadcastPending || r.commitBroadcastPending) r.flushBroadcast();
    const soft = r.softState();
    const u = r.log.unstable;
    return r.msgs.length > 0 || r.msgsAfterAppend.length > 0 || r.readStates.length > 0 ||
      u.offsetInProgress < u.offset + u.entries.length || u.snapshotToWrite() !== undefined || r.log.hasNextEntries() ||
      soft.lead !== this.prevSoftState.lead || soft.state !== this.prevSoftState.state ||
      !hardStateEqual(r.hardState(), this.prevHardState);
  }

  /** The next batch of work; call advance() after handling it before asking for another. */
  ready(): Ready {
    invariant(this.inFlight === undefined, 'ready() called again before advance()');
    const r = this.raft;
    r.flushBroadcast();
    const soft = r.softState();
    const hard = r.hardState();
    const entries = r.log.unstableEntries();
    const snapshot = r.log.unstable.snapshotToWrite();
    const hardChanged = !hardStateEqual(hard, this.prevHardState);
    const rd: Ready = {
      ...(soft.lead !== this.prevSoftState.lead || soft.state !== this.prevSoftState.state ? { softState: soft } : {}),
      ...(hardChanged ? { hardState: hard } : {}),
      ...(snapshot ? { snapshot } : {}),
      entries,
      committedEntries: r.log.hasPendingSnapshot() ? [] : r.log.nextEntries(),
      messages: r.msgs,
      messagesAfterPersist: collapseAcks(r.msgsAfterAppend.filter((m) => m.to !== r.id)),
      readStates: r.readStates,
      mustSync: entries.length > 0 || hard.term !== this.prevHardState.term || hard.vote !== this.prevHardState.vote,
    };
    if (r.config.asyncStorageWrites) this.toSelf.set(rd, r.msgsAfterAppend.filter((m) => m.to === r.id));
    r.msgs = [];
    r.msgsAfterAppend = [];
    r.readStates = [];
    if (rd.softState) this.prevSoftState = soft;
    this.inFlight = rd;
    return rd;
  }

  /** The caller handled the last Ready: mark its entries stable, its committed entries applied. */
  advance(): void {
    const rd = this.inFlight;
    invariant(rd !== undefined, 'advance() without a ready()');
    this.inFlight = undefined;
    const r = this.raft;
    if (rd.hardState) this.prevHardState = rd.hardState;
    if (r.config.asyncStorageWrites) {
      this.acceptAsync(rd);
      return;
    }
    if (rd.snapshot) {
      r.log.stableSnapshotTo(rd.snapshot.metadata.index);
      if (rd.snapshot.metadata.index > r.log.applied) r.log.applied = rd.snapshot.metadata.index;
    }
    const last = rd.entries[rd.entries.length - 1];
    if (last) r.log.stableTo(last.index, last.term);
    this.markApplied(rd.committedEntries);
  }

  /** Async writes, from advance(): the Ready's writes are in flight; its committed entries are applied. */
  private acceptAsync(rd: Ready): void {
    const r = this.raft;
    const last = rd.entries[rd.entries.length - 1];
    r.log.unstable.acceptInProgress(last?.index, rd.snapshot !== undefined);
    this.pendingPersist.push(rd);
    this.markApplied(rd.committedEntries);
  }

  private markApplied(committed: readonly Entry[]): void {
    const r = this.raft;
    const lastApplied = committed[committed.length - 1];
    if (!lastApplied) return;
    r.log.appliedTo(lastApplied.index);
    r.reduceUncommittedSize(committed);
    for (const e of committed) {
      if (e.type === EntryType.ConfChange && e.data.length > 0) r.applyConfChange(decodeConfChange(e.data));
    }
  }

  /**
   * Async writes only: the write of `rd` (and so of every earlier Ready) is durable. Call
   * once per advanced Ready, in order; then send `rd.messagesAfterPersist` and apply
   * `rd.snapshot` if it had one. Entries become stable, and this node's own
   * acknowledgements (its copy of new entries, its vote) are counted now.
   */
  persisted(rd: Ready): void {
    const r = this.raft;
    invariant(r.config.asyncStorageWrites, 'persisted() is for asynchronous storage writes');
    invariant(this.pendingPersist[0] === rd, 'persisted() must be called for each advanced Ready, in order');
    this.pendingPersist.shift();
    if (rd.snapshot) {
      r.log.stableSnapshotTo(rd.snapshot.metadata.index);
      if (rd.snapshot.metadata.index > r.log.applied) r.log.applied = rd.snapshot.metadata.index;
    }
    const last = rd.entries[rd.entries.length - 1];
    if (last) r.log.stableTo(last.index, last.term);
    const own = this.toSelf.get(rd) ?? [];
    this.toSelf.delete(rd);
    for (const m of own) r.step(m);
  }

  /** Async writes: Readies advanced and not yet reported persisted. */
  get writesInFlight(): number {
    return this.pendingPersist.length;
  }

  confState(): ConfState {
    return this.raft.confState();
  }

  /** The index of the last entry in this node's log, stable or not. */
  lastIndex(): number {
    return this.raft.log.lastIndex();
  }

  status(): Status {
    const r = this.raft;
    const progress = new Map<NodeId, ProgressStatus>();
    if (r.state === 'leader') {
      for (const [id, pr] of r.tracker.progress) progress.set(id, { match: pr.match, next: pr.next, state: pr.state, isLearner: pr.isLearner });
    }
    return {
      id: r.id, hardState: r.hardState(), softState: r.softState(), applied: r.log.applied, lastIndex: r.log.lastIndex(),
      confState: r.confState(), leadTransferee: r.leadTransferee, progress,
    };
  }
}

/**
 * Of the successful append acknowledgements to one peer in one term, only the one with the
 * highest index is kept (it says all the others say; dropping a message is always safe).
 */
export function collapseAcks(messages: readonly Message[]): Message[] {
  const isAck = (m: Message): boolean => m.type === MessageType.AppResp && !m.reject;
  const best = new Map<string, Message>();
  for (const m of messages) {
    if (!isAck(m)) continue;
    const key = `${m.to}\u0000${m.term}`;
    const seen = best.get(key);
    if (seen === undefined || m.index >= seen.index) best.set(key, m);
  }
  if (best.size === messages.filter(isAck).length) return [...messages];
  const kept = new Set(best.values());
  return messages.filter((m) => !isAck(m) || kept.has(m));
}

function isResponse(type: MessageType): boolean {
  return type === MessageType.AppResp || type === MessageType.HeartbeatResp;
}
