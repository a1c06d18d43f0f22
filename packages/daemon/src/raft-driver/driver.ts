/**
 * The Raft driver: the only seam between packages/raft and I/O. One loop drives one
 * RawNode over a WalStorage in `<data_dir>/raft-wal` (open-storage.ts) with the core's asynchronous storage
 * writes: it steps queued messages, hands queued proposals to Raft as one batch, ticks,
 * and for each Ready applies its committed entries (durable on a quorum) to the federation
 * state, sends its messages (notice-hold.ts: commit notices wait for the next append), answers
 * ReadIndex reads, advances, and queues its write
 * (write-queue.ts: in order, group-committed, synced when asked) without waiting for it.
 * Once a write is durable the core is told (persisted), the Ready's acknowledgements
 * leave and a snapshot it carried is applied. Snapshots and compaction: snapshotter.ts
 * (when snapshot-policy.ts says so, between writes). Council nodes are Raft peers; other
 * members follow the log (fedlog.ts) and forward writes and ReadIndex to the council
 * (forward.ts).
 */
import { randomBytes } from 'node:crypto';
import { bytesToHex } from '@noble/hashes/utils.js';
import { MessageType, RaftError, RawNode, createPrng } from '@continuum/raft';
import type { ConfState, Message, Ready, Storage } from '@continuum/raft';
import type { ContinuumConfig } from '../config/schema.js';
import type { ConsensusCallOptions, ConsensusStatus, Proposal, RaftRole } from '../consensus/consensus.js';
import { encodeCommand } from '../federation/command.js';
import type { CommandInput } from '../federation/command.js';
import type { FederationState } from '../federation/state.js';
import type { GossipChannels } from '../host/gossip-channels.js';
import type { ContinuumError } from '../errors.js';
import type { ContinuumHost } from '../host/host.js';
import type { OpenedDataDir } from '../identity/data-dir.js';
import { limits } from '../limits.js';
import type { PenaltyBox } from '../protocol/penalties.js';
import { Applier, unavailable } from './applier.js';
import type { LogEntry } from './applier.js';
import { decodeEnvelope, encodeEnvelope, newProposalId } from './envelope.js';
import { FedlogFollower } from './fedlog.js';
import { ForeignPeers } from './founding.js';
import type { FoundingHooks } from './founding.js';
import { FedlogWire } from './fedlog-wire.js';
import { HeardLeader } from './heard-leader.js';
import { ForwardClient, serveForward, forwardProtocol } from './forward.js';
import { stepMembership } from './membership.js';
import { councilPeers, fedlogSources } from './peers.js';
import { FollowerStateSaver, loadFollowerState } from './follower-state.js';
import { NoticeHold } from './notice-hold.js';
import { ReadQueue } from './reads.js';
import { Snapshotter } from './snapshotter.js';
import { raftTiming } from './timing.js';
import type { RaftTiming } from './timing.js';
import { RaftTransport } from './transport.js';
import type { Logger } from '../logging/logger.js';
import type { HeardBeat } from '../node/heartbeats.js';
import { WriteQueue } from './write-queue.js';
import { openRaftStorage, walDir } from './open-storage.js';

export interface RaftDriverOptions {
  readonly config: ContinuumConfig;
  readonly dataDir: OpenedDataDir;
  readonly host: ContinuumHost;
  /** The node's gossip topics: the fedlog topic is opened here. */
  readonly gossip: GossipChannels;
  readonly penalties: PenaltyBox;
  readonly signal: AbortSignal;
  readonly now?: () => number;
  /** The node's `raft` logger (absent: nothing is logged). */
  readonly logger?: Logger;
}

/** A peer founded apart is logged again, and listed in status, for this long after a refusal. */
const foreignLogIntervalMs = 60_000;

interface QueuedProposal {
  readonly data: Uint8Array;
  readonly signal: AbortSignal;
}


/** The Raft storage's directory in a data dir. */
export function raftDir(dataDir: string): string {
  return walDir(dataDir);
}

export class RaftDriver {
  readonly timing: RaftTiming;
  readonly applier = new Applier();
  private storage: Storage | undefined;
  private writes: WriteQueue | undefined;
  private snapshots: Snapshotter | undefined;
  private node: RawNode | undefined;
  private transport: RaftTransport | undefined;
  private wire: FedlogWire | undefined;
  private follower: FedlogFollower | undefined;
  private forward: ForwardClient | undefined;
  private readonly self: string;
  private readonly controller = new AbortController();
  private inbound: Message[] = [];
  private proposals: QueuedProposal[] = [];
  private readonly reads = new ReadQueue();
  /** Raft's outgoing messages; commit notices wait for the next append (notice-hold.ts). */
  private readonly outbox = new NoticeHold((messages) => this.transport?.send(messages), {
    holdMs: limits.commitNoticeHoldMs, maxAwaitedPerPeer: limits.maxAwaitedCommitsPerPeer,
  });
  private pendingTicks = 0;
  private dirty = false;
  private wakeUp: (() => void) | undefined;
  private loopDone: Promise<void> | undefined;
  private timers: Array<ReturnType<typeof setInterval>> = [];
  private confStateCache: ConfState = { voters: [], learners: [] };
  private role: RaftRole = 'follower';
  private leader = '';
  private term = 0;
  private commit = 0;
  private elections = 0;
  /** Whether the state had members that follow the log at the last apply (afterApply). */
  private hadFollowers = false;
  private confChangeBusyUntil = 0;
  private failure: unknown;
  private readonly followerState: FollowerStateSaver;
  /** The council leader announced in heartbeats (how members that are not Raft peers know it). */
  private readonly heardLeader: HeardLeader;
  private readonly clock: () => number;
  /** When this node last lost its Raft leader (start-up counts as a loss). */
  private leaderLostAtMs = 0;
  /** Peers refused as founded apart (founding.ts): logged once per foreignLogIntervalMs, listed in status. */
  private readonly foreign = new ForeignPeers(foreignLogIntervalMs);

  constructor(private readonly options: RaftDriverOptions) {
    this.timing = raftTiming(options.config.federation.raft);
    this.self = options.host.peerId.toString();
    this.followerState = new FollowerStateSaver(options.dataDir.paths.dataDir);
    this.clock = options.now ?? Date.now;
    this.leaderLostAtMs = this.clock();
    const coordinator = options.config.federation.coordinator;
    // Known for the coordinator's time to call a member DEAD, plus one interval.
    this.heardLeader = new HeardLeader((coordinator.unhealthy_threshold + 1) * coordinator.health_check_interval * 1000, this.clock);
  }

  get state(): FederationState {
    return this.applier.state;
  }

  /** This node's founding digest, and where refusals of peers founded apart go (logged, listed in status). */
  readonly foundingHooks: FoundingHooks = {
    founding: () => this.applier.state.founding,
    foreign: (error) => this.refusedForeign(error),
  };

  /**
   * True when this node is a voter or learner of its Raft configuration and its applied
   * state does not say it left the council: a voter replaced while it was away learns that
   * from the log it fetches as a follower (below) and then follows the log too, since no
   * leader will send it Raft messages again.
   */
  isRaftPeer(): boolean {
    const inConfig = this.confStateCache.voters.includes(this.self) || this.confStateCache.learners.includes(this.self);
    return inConfig && this.applier.state.members.get(this.self)?.council !== false;
  }

  /**
   * Follows the log (fedlog) when not a Raft peer, and also as a Raft peer that has known
   * no leader for raftLeaderlessFollowMs: the way a replaced voter finds out.
   */
  private followsLog(): boolean {
    if (!this.isRaftPeer()) return true;
    return this.leader === '' && this.clock() - this.leaderLostAtMs >= limits.raftLeaderlessFollowMs;
  }

  async start(): Promise<void> {
    const storage = await openRaftStorage(this.options.dataDir.paths.dataDir);
    this.storage = storage;
    this.writes = new WriteQueue(storage, (error) => this.fail(error));
    const snapshots = new Snapshotter({
      applier: this.applier, storage, writes: this.writes, confState: () => this.node?.confState(), signal: this.controller.signal,
      ...(this.options.logger === undefined ? {} : { logger: this.options.logger }),
    });
    this.snapshots = snapshots;
    const snap = storage.snapshot();
    if (snap.metadata.index > 0) {
      this.applier.restore(snap.data, snap.metadata.index);
      snapshots.installed(snap.metadata.index, snap.data.byteLength);
    } else {
      const saved = await loadFollowerState(this.options.dataDir.paths.dataDir);
      if (saved !== undefined) this.applier.restore(saved.snapshot, saved.index);
    }
    const seed = randomBytes(4).readUInt32LE(0);
    this.node = new RawNode({
      id: this.self, electionTicks: this.timing.electionTicks, heartbeatTicks: this.timing.heartbeatTicks, storage,
      prng: createPrng(seed), preVote: true, checkQuorum: true, appliedIndex: snap.metadata.index,
      asyncStorageWrites: true, applyUnstableEntries: true,
    });
    this.confStateCache = this.node.confState();
    this.term = this.node.status().hardState.term;
    this.applier.onApplied((entries) => this.afterApply(entries));
    const isMember = (peer: string): boolean => this.applier.state.members.has(peer);
    const isCouncil = (peer: string): boolean => this.isCouncilMember(peer);
    const { host, penalties } = this.options;
    this.transport = new RaftTransport(host, {
      deliver: (message) => this.deliver(message),
      unreachable: (peer) => this.localCall(() => this.node?.reportUnreachable(peer)),
      snapshotStatus: (peer, delivered, error) => {
        if (error !== undefined) this.options.logger?.warn('a snapshot did not reach a peer; Raft sends another', { peer, err: error });
        this.localCall(() => this.node?.reportSnapshot(peer, delivered));
      },
      isRaftPeer: (peer) => this.confStateCache.voters.includes(peer) || this.confStateCache.learners.includes(peer) || isCouncil(peer),
      isMember,
      addressesOf: (peer) => this.applier.state.members.get(peer)?.addresses ?? [],
      freshSnapshot: (message) => snapshots.fresh(message),
      penalise: penalties.penalise,
      ...this.foundingHooks,
    }, this.controller.signal);
    await this.transport.start();
    this.wire = new FedlogWire({
      host, gossip: this.options.gossip, applier: this.applier, isMember, isCouncil, penalise: penalties.penalise, ...this.foundingHooks,
      receive: (entries, commitIndex, from) => this.follower?.receive(entries, commitIndex, from),
    });
    this.follower = new FedlogFollower(this.applier, {
      fetch: (peer, afterIndex, signal) => this.wireOrThrow().fetch(peer, afterIndex, signal),
      sources: () => this.fedlogSources(),
    }, () => this.followsLog(), this.controller.signal);
    await this.wire.start();
    this.forward = new ForwardClient(host, () => this.councilPeers(), (peer) => this.applier.state.members.get(peer)?.addresses ?? []);
    await serveForward({
      host, isMember, penalise: penalties.penalise, signal: this.controller.signal,
      propose: async (envelope, signal) => (await this.proposeEnvelope(envelope, signal)).index,
      readIndex: (signal) => this.raftReadIndex(signal),
    });
    this.timers.push(setInterval(() => {
      this.pendingTicks += 1;
      this.wake();
    }, this.timing.tickMs));
    this.timers.push(setInterval(() => this.follower?.poll(), Math.max(100, limits.fedlogPollIntervalMs / 4)));
    this.timers.push(setInterval(() => void this.saveFollowerState(), limits.followerStateSaveIntervalMs));
    for (const timer of this.timers) timer.unref();
    this.loopDone = this.loop();
    // A member that follows the log asks how far behind it is now, not at the first tick.
    this.follower.poll();
  }

  async stop(): Promise<void> {
    this.controller.abort(unavailable('the node is stopping'));
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    this.wake();
    await this.loopDone?.catch(() => undefined);
    await this.writes?.drain();
    // After the drain: writes that become durable during it still dispatch their messages.
    this.outbox.close();
    await this.transport?.stop();
    await this.wire?.stop().catch(() => undefined);
    await this.options.host.unhandle(forwardProtocol).catch(() => undefined);
    this.reads.rejectAll(unavailable('the node is stopping'));
    await this.saveFollowerState();
    await this.storage?.close();
  }

  /**
   * A member's heartbeat: the index it applied (a follower of the log that missed it
   * fetches it: fedlog.ts), and whether it leads the council (how a member that is not a
   * Raft peer knows the leader; the newest term wins).
   */
  peerHeard(peer: string, beat: HeardBeat): void {
    this.follower?.heard(peer, beat.appliedIndex);
    if (beat.raftLeader && this.isCouncilMember(peer)) this.heardLeader.heard(peer, beat.raftTerm);
  }

  private isCouncilMember(peer: string): boolean {
    return this.applier.state.members.get(peer)?.council === true;
  }

  /** After this node joined: fetch the state from the members that admitted it. */
  async followFrom(peers: readonly string[]): Promise<void> {
    await this.follower?.catchUp(peers);
    await this.saveFollowerState();
  }

  private saveFollowerState(): Promise<void> {
    // Encoded over several loop turns: a large state does not hold the loop every save.
    return this.followerState.save(this.isRaftPeer() ? 0 : this.applier.appliedIndex, () => this.applier.encodedSnapshot().data);
  }

  // --- Consensus ---

  async propose(command: CommandInput, options: ConsensusCallOptions): Promise<Proposal> {
    const id = newProposalId();
    const envelope = encodeEnvelope(id, encodeCommand(command));
    if (this.isRaftPeer() || this.councilPeers().length === 0) return this.proposeWithId(id, envelope, options.signal);
    const result = this.applier.expect(id, options.signal);
    result.catch(() => undefined);
    const forwarder = this.forward;
    if (forwarder === undefined) throw unavailable('the driver is not running');
    const { index, peer } = await forwarder.call({ envelope }, options.signal);
    void this.reachIndex(index, peer, options.signal);
    return result;
  }

  async readIndex(options: ConsensusCallOptions): Promise<number> {
    if (this.isRaftPeer()) return this.raftReadIndex(options.signal);
    const forwarder = this.forward;
    if (forwarder === undefined) throw unavailable('the driver is not running');
    const { index, peer } = await forwarder.call({ readIndex: true }, options.signal);
    void this.reachIndex(index, peer, options.signal);
    await this.applier.waitApplied(index, options.signal);
    return index;
  }

  /**
   * A forwarded call committed (or read) at `index`, which `peer` answered: this member's
   * state must reach it before the call answers. Gossip usually brings it; when a batch was
   * missed, or the member asked had not applied it yet, fetch again (from `peer` first),
   * 100 ms apart doubling to 1 s, until it is applied or the call gives up. One fetch once
   * was not enough under load: the call then waited for the idle poll and timed out.
   */
  private async reachIndex(index: number, peer: string, signal: AbortSignal): Promise<void> {
    for (let waitMs = 100; this.applier.appliedIndex < index && !signal.aborted && !this.controller.signal.aborted; waitMs = Math.min(2 * waitMs, 1_000)) {
      await this.follower?.catchUp([peer]).catch(() => undefined);
      if (this.applier.appliedIndex >= index) return;
      await new Promise((resolve) => setTimeout(resolve, waitMs).unref());
    }
  }

  status(): ConsensusStatus {
    const storage = this.storage;
    const logSize = storage === undefined ? 0 : Math.max(0, storage.lastIndex() - storage.firstIndex() + 1);
    const raftPeer = this.isRaftPeer();
    return {
      // A replaced voter's Raft node may still campaign in its head: it follows the log.
      role: raftPeer ? this.role : 'follower', term: this.term,
      leaderId: this.leader !== '' ? this.leader : raftPeer ? undefined : this.heardLeader.current((peer) => this.isCouncilMember(peer)),
      commitIndex: Math.max(this.commit, this.applier.appliedIndex),
      appliedIndex: this.applier.appliedIndex, logSize, electionCount: this.elections,
      voters: [...this.confStateCache.voters], learners: [...this.confStateCache.learners],
      founding: bytesToHex(this.applier.state.founding), foreignPeers: this.foreign.list(this.clock()),
    };
  }

  /** A peer founded apart was refused: an operator's mistake that no retry mends, so it is logged as an error. */
  private refusedForeign(error: ContinuumError<'FOREIGN_FEDERATION'>): void {
    if (!this.foreign.refused(error.details.peer, this.clock())) return;
    this.options.logger?.error('refused a peer founded apart from this node: check federation.council and the federation id on every founder', { err: error, ...error.details });
  }

  /** Proposes an envelope through this node's Raft (forwarded by Raft to the leader). */
  proposeEnvelope(envelope: Uint8Array, signal: AbortSignal): Promise<Proposal> {
    const id = decodeEnvelope(envelope)?.proposalId;
    if (id === undefined || id.byteLength === 0) return Promise.reject(unavailable('a forwarded proposal is not an envelope'));
    return this.proposeWithId(id, envelope, signal);
  }

  /** Proposes an envelope whose proposal id is known (this node's own, just encoded). */
  private proposeWithId(id: Uint8Array, envelope: Uint8Array, signal: AbortSignal): Promise<Proposal> {
    if (this.failure !== undefined) return Promise.reject(unavailable('the Raft driver failed'));
    if (this.proposals.length >= limits.maxPendingProposals) return Promise.reject(unavailable(`${limits.maxPendingProposals} proposals are queued`));
    const result = this.applier.expect(id, signal);
    this.proposals.push({ data: envelope, signal });
    this.wake();
    return result;
  }

  private async raftReadIndex(signal: AbortSignal): Promise<number> {
    const pending = this.reads.enqueue(signal);
    this.wake();
    const index = await pending;
    await this.applier.waitApplied(index, signal);
    return index;
  }

  // --- the loop ---

  /**
   * Runs the loop once more. Not at once but after the I/O callbacks already due
   * (setImmediate): requests and messages that arrive together are stepped, proposed and
   * sent as one Ready, which costs a fraction of one Ready each under load.
   */
  private wake(): void {
    const wakeUp = this.wakeUp;
    if (wakeUp !== undefined) {
      this.wakeUp = undefined;
      setImmediate(wakeUp);
    } else {
      this.dirty = true;
    }
  }

  private deliver(message: Message): void {
    this.inbound.push(message);
    if (this.inbound.length > limits.maxInboundRaftMessages) this.inbound.shift();
    this.wake();
  }

  private localCall(call: () => void): void {
    try {
      call();
    } catch {
      // reports about peers Raft no longer tracks are harmless
    }
    this.wake();
  }

  private async loop(): Promise<void> {
    const signal = this.controller.signal;
    while (!signal.aborted) {
      if (!this.dirty) await new Promise<void>((resolve) => { this.wakeUp = resolve; });
      this.dirty = false;
      if (signal.aborted) break;
      try {
        this.feed();
        this.handleReadies();
        this.snapshots?.maybeSnapshot();
      } catch (error) {
        this.fail(error);
      }
      if (this.failure !== undefined) break;
    }
  }

  /** A storage failure or a broken invariant: stop serving consensus on this node. */
  private fail(error: unknown): void {
    if (this.failure !== undefined) return;
    this.failure = error;
    this.options.logger?.fatal('the Raft loop stopped: consensus is unavailable until the node restarts', { err: error });
    this.role = 'follower';
    this.leader = '';
    this.wake();
  }

  private feed(): void {
    const node = this.node;
    if (node === undefined) return;
    // Messages first, then the ticks that passed: after a stall (a busy or paused
    // process) the heartbeats and acknowledgements that arrived meanwhile count before the
    // timers run, so a late turn does not look like a silent leader or a lost quorum.
    const inbound = this.inbound;
    this.inbound = [];
    for (const message of inbound) {
      try {
        node.step(message);
        // A proposal forwarded by a follower's Raft: that follower's client waits for the notice that commits it.
        if (message.type === MessageType.Prop && this.role === 'leader') this.outbox.awaitCommit(message.from, node.lastIndex());
      } catch (error) {
        if (RaftError.is(error, 'INVARIANT_VIOLATED')) throw error;
      }
    }
    // Not a Raft peer: no timers to run (a replaced voter must not campaign).
    const ticks = this.isRaftPeer() ? Math.min(this.pendingTicks, 10) : 0;
    this.pendingTicks = 0;
    for (let i = 0; i < ticks; i += 1) node.tick();
    this.proposals = this.proposals.filter((proposal) => !proposal.signal.aborted);
    if (this.proposals.length > 0 && this.leader !== '') {
      const batch = this.proposals.slice(0, limits.maxProposalsPerBatch);
      try {
        node.proposeBatch(batch.map((proposal) => proposal.data));
        this.proposals = this.proposals.slice(batch.length);
      } catch (error) {
        if (!RaftError.is(error, 'PROPOSAL_DROPPED')) throw error;
        // no leader to take them now: keep them queued until a leader is known or they time out
      }
    }
    const context = this.leader === '' ? undefined : this.reads.takeBatch();
    if (context !== undefined) node.readIndex(context);
    // Once per tick, not per turn: it builds Raft's status and walks the whole member table
    // (about 1% of the leader's CPU under load when done every turn, more with many members).
    if (this.role === 'leader' && ticks > 0) this.reconcileMembership(node);
  }

  private reconcileMembership(node: RawNode): void {
    const now = Date.now();
    if (now < this.confChangeBusyUntil) return;
    this.confChangeBusyUntil = stepMembership(node, this.applier, this.self, now) ?? this.confChangeBusyUntil;
  }

  private handleReadies(): void {
    const node = this.node;
    const writes = this.writes;
    const transport = this.transport;
    if (node === undefined || writes === undefined || transport === undefined) return;
    const committed: Array<Ready['committedEntries']> = [];
    while (node.hasReady() && this.failure === undefined) {
      const rd: Ready = node.ready();
      if (rd.softState !== undefined) this.onSoftState(rd.softState.state, rd.softState.lead);
      if (rd.hardState !== undefined) {
        this.term = rd.hardState.term;
        this.commit = rd.hardState.commit;
      }
      // With async writes the core holds back what promises durability (append and vote
      // acknowledgements) until persisted(); everything in `messages` may leave now (commit
      // notices wait a little for the next append, which carries the commit index: notice-hold.ts).
      this.outbox.dispatch(rd.messages);
      for (const readState of rd.readStates) this.reads.answer(readState.context, readState.index);
      node.advance();
      this.confStateCache = node.confState();
      const durable = (): void => this.persisted(rd);
      if (rd.snapshot === undefined && rd.entries.length === 0 && !rd.mustSync) {
        if (rd.hardState === undefined) writes.save(undefined, durable);
        else writes.saveCommitIndex(rd.hardState, durable);
      } else {
        writes.save({
          ...(rd.snapshot === undefined ? {} : { snapshot: rd.snapshot }), entries: rd.entries,
          ...(rd.hardState === undefined ? {} : { hardState: rd.hardState }), sync: rd.mustSync,
        }, durable);
      }
      if (rd.committedEntries.length > 0) committed.push(rd.committedEntries);
    }
    // The messages are out and the disk is flushing this turn's log writes: now apply what
    // committed, off the path of this node's acknowledgement. Committed entries are durable on a
    // quorum, so they are applied even before this node's own copy is on disk: a snapshot
    // of the state is written only after the log writes queued before it (snapshotter.ts),
    // so the disk never holds a state ahead of its log.
    writes.startNow();
    for (const entries of committed) {
      this.applier.applyEntries(entries);
      this.snapshots?.applied(entries);
    }
  }

  /** The write of `rd` and of every Ready before it is durable. */
  private persisted(rd: Ready): void {
    const node = this.node;
    if (node === undefined || this.failure !== undefined) return;
    node.persisted(rd);
    if (rd.snapshot !== undefined) {
      this.applier.restore(rd.snapshot.data, rd.snapshot.metadata.index);
      this.snapshots?.installed(rd.snapshot.metadata.index, rd.snapshot.data.byteLength);
    }
    this.outbox.dispatch(rd.messagesAfterPersist);
    this.wake();
  }

  private onSoftState(state: string, lead: string): void {
    if (state === 'candidate' || state === 'pre-candidate') {
      if (this.role !== 'candidate') this.elections += 1;
      this.role = 'candidate';
    } else if (state === 'leader') {
      if (this.role !== 'candidate' && this.role !== 'leader') this.elections += 1;
      this.role = 'leader';
    } else {
      this.role = this.confStateCache.learners.includes(this.self) ? 'learner' : 'follower';
    }
    if (lead !== this.leader) {
      this.reads.requeue();
      this.outbox.reset();
      if (lead === '') this.leaderLostAtMs = this.clock();
    }
    this.leader = lead;
  }

  /**
   * The leader gossips each applied batch to the members that follow the log, while there
   * are any, and once more after the last one is gone: the batch that removed it is the
   * one it waits for (its leave).
   */
  private afterApply(entries: readonly LogEntry[]): void {
    const followers = this.applier.state.members.size > this.confStateCache.voters.length + this.confStateCache.learners.length;
    const hadFollowers = this.hadFollowers;
    this.hadFollowers = followers;
    if (this.role !== 'leader' || this.wire === undefined || (!followers && !hadFollowers)) return;
    void this.wire.publish(entries, this.commit).catch(() => undefined);
  }

  // --- helpers ---

  private wireOrThrow(): FedlogWire {
    if (this.wire === undefined) throw unavailable('the driver is not running');
    return this.wire;
  }

  private councilPeers(): string[] {
    return councilPeers(this.applier.state, this.self);
  }

  private fedlogSources(): string[] {
    return fedlogSources(this.applier.state, this.self, this.options.host.getConnections().map((connection) => connection.remotePeer.toString()));
  }
}
