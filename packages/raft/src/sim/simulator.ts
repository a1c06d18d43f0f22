import { ConfChangeType, EntryType, MessageType, StateType, messageTypeName, type Message, type NodeId, type Snapshot } from '../core/types.js';
import { createPrng } from '../core/prng.js';
import type { Ready } from '../core/ready.js';
import type { RawNode } from '../core/raw-node.js';
import { contextKey } from '../core/read-only.js';
import { RaftError } from '../errors.js';
import { Checker, SafetyViolation } from './checker.js';
import { partition } from './faults.js';
import { SimNetwork } from './network.js';
import { defaultSimOptions, scenarioFor, type Scenario, type SimOptions } from './options.js';
import { plantedRaftFactory } from './planted-bugs.js';
import { SimNode, decodeAppState } from './sim-node.js';
import { Trace } from './trace.js';

/** How often each kind of event happened in a run: evidence that the faults really occur. */
export interface SimCounters {
  elections: number;
  crashes: number;
  partitions: number;
  snapshotsTaken: number;
  snapshotsInstalled: number;
  membershipChanges: number;
  transfers: number;
  readsServed: number;
  messagesDelivered: number;
}

export function emptyCounters(): SimCounters {
  return { elections: 0, crashes: 0, partitions: 0, snapshotsTaken: 0, snapshotsInstalled: 0, membershipChanges: 0, transfers: 0, readsServed: 0, messagesDelivered: 0 };
}

export interface SimResult {
  readonly seed: number;
  readonly ok: boolean;
  readonly nodeCount: number;
  /** The broken property, or 'Liveness' / 'Crash'. */
  readonly failure?: string;
  readonly message?: string;
  readonly trace: readonly string[];
  readonly ticks: number;
  readonly committed: number;
  readonly checks: number;
  readonly counters: SimCounters;
}

const encoder = new TextEncoder();

/** One deterministic run: the seed decides everything. Never throws for a protocol failure; returns it. */
export function runSeed(options: Partial<SimOptions> & { seed: number }): SimResult {
  const sim = new Simulation({ ...defaultSimOptions, ...options });
  return sim.run();
}

class Simulation {
  private readonly scenario: Scenario;
  private readonly prng;
  private readonly network: SimNetwork;
  private readonly checker = new Checker();
  private readonly trace = new Trace();
  private readonly nodes = new Map<NodeId, SimNode>();
  private readonly reads = new Map<string, number>();
  private now = 0;
  private nextNodeNumber = 1;
  private proposals = 0;
  private faultsOn = true;
  private readonly counters = emptyCounters();

  constructor(private readonly options: SimOptions) {
    this.scenario = scenarioFor(options.seed);
    this.prng = createPrng(options.seed);
    const s = this.scenario;
    this.network = new SimNetwork(this.prng, { dropRate: s.dropRate, duplicateRate: s.duplicateRate, maxDelayTicks: s.maxDelayTicks });
    const ids = Array.from({ length: s.nodeCount }, () => `n${this.nextNodeNumber++}`);
    for (const id of ids) this.addNode(id, { voters: ids, learners: [] });
  }

  private addNode(id: NodeId, initial: { voters: NodeId[]; learners: NodeId[] } | undefined): SimNode {
    const node = new SimNode(id, this.options.seed, this.scenario.tuning, initial, plantedRaftFactory(this.options.plantedBug));
    this.nodes.set(id, node);
    if (initial) this.checker.matchEntry(id, 1, 1, 0);
    return node;
  }

  run(): SimResult {
    try {
      for (; this.now < this.options.safetyTicks; this.now++) this.step();
      this.liftFaults();
      this.awaitLiveness();
      return this.result(true);
    } catch (error) {
      if (error instanceof SafetyViolation) return this.result(false, error.property, error.detail);
      if (error instanceof LivenessFailure) return this.result(false, 'Liveness', error.message);
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      return this.result(false, 'Crash', message);
    }
  }

  private result(ok: boolean, failure?: string, message?: string): SimResult {
    return {
      seed: this.options.seed, ok, nodeCount: this.scenario.nodeCount,
      ...(failure ? { failure } : {}), ...(message ? { message } : {}),
      trace: ok ? [] : this.trace.lines(), ticks: this.now, committed: this.checker.maxCommitted, checks: this.checker.checks,
      counters: { ...this.counters },
    };
  }

  /** One tick: deliver due messages, tick every live node, inject faults and client requests. */
  private step(): void {
    for (const m of this.network.due(this.now, (lost) => this.reportLost(lost))) this.deliver(m);
    for (const node of this.nodes.values()) {
      if (!node.raw) continue;
      node.raw.tick();
      this.drain(node);
    }
    if (this.faultsOn) this.injectFaults();
    this.clientRequests();
  }

  private deliver(m: Message): void {
    const node = this.nodes.get(m.to);
    if (!node?.raw) {
      this.reportLost(m);
      return;
    }
    this.trace.add(this.now, () => `${m.from}->${m.to} ${messageTypeName[m.type]} term=${m.term} index=${m.index} logTerm=${m.logTerm} commit=${m.commit} n=${m.entries.length}${m.reject ? ' reject' : ''}`);
    this.counters.messagesDelivered++;
    node.raw.step(m);
    this.drain(node);
    // The transport knows a snapshot arrived: tell the leader, as a daemon's transport would.
    const sender = this.nodes.get(m.from);
    if (m.type === MessageType.Snap && sender?.raw) {
      sender.raw.reportSnapshot(m.to, true);
      this.drain(sender);
    }
  }

  private reportLost(m: Message): void {
    const sender = this.nodes.get(m.from);
    if (!sender?.raw) return;
    if (m.type === MessageType.Snap) sender.raw.reportSnapshot(m.to, false);
    sender.raw.reportUnreachable(m.to);
    this.drain(sender);
  }

  /** Handles every ready of a node (persist, check, send, apply, advance) and completes its due async writes. */
  private drain(node: SimNode): void {
    // Each completed write may unlock one more ready: only readies beyond that count towards the bound.
    for (let readies = 0, writes = 0; node.raw;) {
      if (readies > 1000 + writes) throw new Error(`node ${node.id} never runs out of ready batches`);
      if (node.raw.hasReady()) {
        this.handleReady(node);
        readies++;
      } else if (this.completeWrite(node)) writes++;
      else return;
    }
  }

  private async(): boolean {
    return this.scenario.tuning.asyncStorageWrites === true;
  }

  /** The write of the node's oldest in-flight Ready completes (async writes): it is durable now. */
  private completeWrite(node: SimNode): boolean {
    const raw = node.raw;
    const rd = raw ? node.dueWrite(this.now) : undefined;
    if (!raw || !rd) return false;
    this.persisted(node, rd);
    raw.persisted(rd);
    if (rd.snapshot) node.apply({ ...rd, committedEntries: [] }, (index, fp) => this.checker.appliedState(node.id, index, fp));
    this.sendAll(raw, rd.messagesAfterPersist);
    this.checkCommitted(node);
    return true;
  }

  private persisted(node: SimNode, rd: Ready): void {
    node.persist(rd);
    if (rd.snapshot) this.installedSnapshot(node, rd.snapshot);
    this.checker.logEntries(node.id, node.log, rd.entries);
  }

  /** Checks what the node committed since the last check, as far as its durable log matches its current one. */
  private checkCommitted(node: SimNode): void {
    const r = node.raw?.raft;
    if (!r) return;
    // With async writes the durable log matches the current one below the unstable offset (none of it while a snapshot waits).
    if (this.async() && r.log.hasPendingSnapshot()) return;
    const commit = this.async() ? Math.min(r.log.committed, r.log.unstable.offset - 1) : r.log.committed;
    if (commit <= node.checkedCommit) return;
    this.checker.committedRange(node.id, node.log, node.checkedCommit, commit);
    node.checkedCommit = commit;
  }

  private sendAll(raw: RawNode, messages: readonly Message[]): void {
    for (const m of messages) {
      if (!this.network.send(m, this.now) && m.type === MessageType.Snap) raw.reportSnapshot(m.to, false);
    }
  }

  private handleReady(node: SimNode): void {
    const raw = node.raw;
    if (!raw) return;
    const rd = raw.ready();
    const r = raw.raft;
    const async = this.async();
    if (r.state === StateType.Leader) this.checker.leaderAppend(node.id, r.term, node.storage.lastIndex(), rd.entries, rd.snapshot);
    if (!async) this.persisted(node, rd);
    const commit = r.log.committed;
    const committedBefore = node.checkedCommit;
    this.checkCommitted(node);
    if (rd.softState?.state === StateType.Leader) {
      this.counters.elections++;
      this.trace.add(this.now, () => `${node.id} became leader of term ${r.term}`);
      this.checker.electedLeader(r.term, node.id);
      this.checker.leaderCompleteness(node.id, r.term, node.log);
    }
    this.sendAll(raw, rd.messages);
    node.apply(rd, (index, fp) => this.checker.appliedState(node.id, index, fp), !async);
    for (const rs of rd.readStates) {
      const key = contextKey(rs.context);
      const issued = this.reads.get(key);
      if (issued !== undefined) {
        this.checker.readServed(node.id, key, rs.index, issued);
        this.counters.readsServed++;
      }
    }
    const hasConfChange = rd.committedEntries.some((e) => e.type === EntryType.ConfChange);
    const before = hasConfChange ? [...raw.confState().voters, ...raw.confState().learners] : [];
    raw.advance();
    if (async) node.queueWrite(rd, this.now + this.prng.nextInt(this.scenario.writeDelayTicks + 1));
    if (hasConfChange) this.noteRemovals(node, before);
    // Crash at the moments that matter most: just after winning an election or advancing the commit index.
    const interesting = rd.softState?.state === StateType.Leader || (r.state === StateType.Leader && commit > committedBefore);
    if (this.faultsOn && interesting && this.chance(this.scenario.leaderCrashRate)) {
      node.crash();
      this.counters.crashes++;
      this.trace.add(this.now, () => `leader ${node.id} crashed at commit ${commit}`);
    }
  }

  private installedSnapshot(node: SimNode, snapshot: Snapshot): void {
    const { index, term } = snapshot.metadata;
    const fp = this.checker.fingerprintOf(index, term);
    if (fp === undefined) throw new SafetyViolation('Log Matching', `${node.id} installed a snapshot at ${index}:${term} no node ever held`);
    node.log.installSnapshot(index, fp);
    this.counters.snapshotsInstalled++;
    node.checkedCommit = Math.max(node.checkedCommit, index);
    this.checker.appliedState(node.id, index, decodeAppState(snapshot.data));
  }

  /** Nodes this node's membership dropped (by applying a removal) are shut down. */
  private noteRemovals(node: SimNode, before: readonly NodeId[]): void {
    const cs = node.raw?.confState();
    if (!cs) return;
    for (const id of before) {
      const other = this.nodes.get(id);
      if (!other || other.removed || cs.voters.includes(id) || cs.learners.includes(id)) continue;
      other.removed = true;
      other.raw = undefined;
      this.trace.add(this.now, () => `${id} removed and shut down`);
    }
  }

  private leader(): SimNode | undefined {
    let best: SimNode | undefined;
    for (const node of this.nodes.values()) {
      const r = node.raw?.raft;
      if (r?.state === StateType.Leader && (!best || r.term > (best.raw?.raft.term ?? 0))) best = node;
    }
    return best;
  }

  private liveNodes(): SimNode[] {
    return [...this.nodes.values()].filter((n) => n.raw !== undefined);
  }

  private chance(p: number): boolean {
    return p > 0 && this.prng.nextFloat() < p;
  }

  private injectFaults(): void {
    const s = this.scenario;
    const members = [...this.nodes.values()].filter((n) => !n.removed);
    for (const node of members) {
      if (node.raw && this.chance(s.crashRate)) {
        node.crash();
        this.counters.crashes++;
        this.trace.add(this.now, () => `${node.id} crashed`);
      } else if (!node.raw && this.chance(s.restartRate)) {
        this.restart(node);
      }
    }
    if (!this.network.isPartitioned() && this.chance(s.partitionRate)) {
      const text = partition(this.prng, this.network, members.map((n) => n.id), this.leader()?.id);
      this.counters.partitions++;
      this.trace.add(this.now, () => text);
    } else if (this.network.isPartitioned() && this.chance(s.healRate)) {
      this.network.heal();
      this.trace.add(this.now, () => 'partition healed');
    }
    if (this.chance(s.confChangeRate)) this.changeMembership();
    if (this.chance(s.transferRate)) this.transferLeadership();
    for (const node of members) {
      if (node.raw && this.chance(s.snapshotRate) && node.snapshotAndCompact(this.prng.nextInt(4))) {
        this.counters.snapshotsTaken++;
        this.trace.add(this.now, () => `${node.id} snapshot at ${node.appliedIndex}`);
      }
    }
  }

  private restart(node: SimNode): void {
    node.start();
    this.trace.add(this.now, () => `${node.id} restarted`);
    this.drain(node);
  }

  private changeMembership(): void {
    const leader = this.leader();
    const raw = leader?.raw;
    if (!leader || !raw) return;
    const cs = raw.confState();
    const choice = this.prng.nextInt(4);
    let change: { type: ConfChangeType; nodeId: NodeId } | undefined;
    if (choice === 0 && this.nodes.size < 12) {
      const id = `n${this.nextNodeNumber++}`;
      this.addNode(id, undefined);
      change = { type: ConfChangeType.AddLearner, nodeId: id };
    } else if (choice === 1 && cs.learners.length > 0) {
      change = { type: ConfChangeType.AddNode, nodeId: cs.learners[this.prng.nextInt(cs.learners.length)] as NodeId };
    } else if (choice === 2 && cs.voters.length > 3) {
      change = { type: ConfChangeType.RemoveNode, nodeId: cs.voters[this.prng.nextInt(cs.voters.length)] as NodeId };
    } else if (choice === 3 && cs.learners.length > 0) {
      change = { type: ConfChangeType.RemoveNode, nodeId: cs.learners[this.prng.nextInt(cs.learners.length)] as NodeId };
    }
    if (!change) return;
    const c = change;
    try {
      raw.proposeConfChange(c);
      this.counters.membershipChanges++;
      this.trace.add(this.now, () => `${leader.id} proposed conf change ${c.type} ${c.nodeId}`);
    } catch (error) {
      if (!RaftError.is(error, 'PROPOSAL_DROPPED')) throw error;
    }
    this.drain(leader);
  }

  private transferLeadership(): void {
    const leader = this.leader();
    const raw = leader?.raw;
    if (!leader || !raw) return;
    const voters = raw.confState().voters.filter((id) => id !== leader.id);
    const to = voters[this.prng.nextInt(voters.length)];
    if (to === undefined) return;
    raw.transferLeadership(to);
    this.counters.transfers++;
    this.trace.add(this.now, () => `${leader.id} transfers leadership to ${to}`);
    this.drain(leader);
  }

  private clientRequests(): void {
    const live = this.liveNodes();
    if (live.length === 0) return;
    // Once faults are lifted, clients slow down so that laggards can catch up within the bound.
    const proposeRate = this.faultsOn ? this.scenario.proposeRate : Math.min(this.scenario.proposeRate, 0.1);
    if (this.chance(proposeRate)) {
      const node = live[this.prng.nextInt(live.length)] as SimNode;
      this.propose(node, `p${this.proposals++}`);
    }
    if (this.chance(this.scenario.readRate)) {
      const node = live[this.prng.nextInt(live.length)] as SimNode;
      const context = `r${this.now}:${node.id}`;
      this.reads.set(contextKey(encoder.encode(context)), this.checker.maxCommitted);
      node.raw?.readIndex(encoder.encode(context));
      this.drain(node);
    }
  }

  private propose(node: SimNode, payload: string): boolean {
    try {
      node.raw?.propose(encoder.encode(payload));
    } catch (error) {
      if (!RaftError.is(error, 'PROPOSAL_DROPPED')) throw error;
      return false;
    }
    this.drain(node);
    return true;
  }

  private liftFaults(): void {
    this.faultsOn = false;
    this.network.heal();
    this.network.faults = { dropRate: 0, duplicateRate: 0, maxDelayTicks: 1 };
    for (const node of this.nodes.values()) if (!node.removed && !node.raw) this.restart(node);
    this.trace.add(this.now, () => 'faults lifted: liveness phase');
  }

  /**
   * With faults lifted, a leader must emerge and a proposal made then must be committed
   * and applied by a quorum of voters within the bound (laggards may still be catching up).
   */
  private awaitLiveness(): void {
    const deadline = this.now + this.options.livenessTicks;
    const marker = `liveness-${this.options.seed}`;
    let markerIndex: number | undefined;
    let markerTerm = 0;
    for (; this.now < deadline; this.now++) {
      this.step();
      const leader = this.leader();
      const raw = leader?.raw;
      if (!leader || !raw) continue;
      if (markerIndex === undefined || raw.raft.term !== markerTerm) {
        const before = raw.raft.log.lastIndex();
        if (raw.raft.committedEntryInCurrentTerm() && this.propose(leader, marker)) {
          markerIndex = before + 1;
          markerTerm = raw.raft.term;
        }
        continue;
      }
      const voters = raw.confState().voters;
      const done = voters.filter((id) => (this.nodes.get(id)?.appliedIndex ?? 0) >= (markerIndex as number)).length;
      if (done > voters.length / 2 && raw.raft.log.committed >= markerIndex) return;
    }
    const leader = this.leader();
    const progress = leader?.raw ? [...leader.raw.status().progress].map(([id, p]) => `${id}:${p.state}/${p.match}/${p.next}`).join(' ') : '';
    throw new LivenessFailure(`no progress within ${this.options.livenessTicks} ticks after faults were lifted ` +
      `(leader ${leader?.id ?? 'none'} [${progress}], marker ${markerIndex ?? 'not proposed'})`);
  }
}

class LivenessFailure extends Error {}
