import type { RaftConfig } from '../core/config.js';
import { createPrng } from '../core/prng.js';
import type { Raft } from '../core/raft.js';
import { RawNode } from '../core/raw-node.js';
import type { Ready } from '../core/ready.js';
import { RaftError } from '../errors.js';
import type { Entry, Message, NodeId, ReadState } from '../core/types.js';
import { MemoryStorage } from '../storage/memory-storage.js';

export interface ClusterNode {
  readonly id: NodeId;
  raw: RawNode;
  readonly storage: MemoryStorage;
  /** Entries applied so far, in order (snapshots reset it to what they cover). */
  readonly applied: Entry[];
  readonly readStates: ReadState[];
}

export type ClusterTuning = Partial<Omit<RaftConfig, 'id' | 'storage' | 'prng'>>;

/**
 * A synchronous in-process cluster with perfect, instant delivery unless a filter drops
 * messages: the harness of the scenario tests and the core benchmark. Not for faults
 * (that is the simulator's job).
 */
export class Cluster {
  readonly nodes = new Map<NodeId, ClusterNode>();
  /** Messages sent and not yet delivered. */
  queue: Message[] = [];
  /** Return false to drop a message (partitions, lost messages). */
  filter: (m: Message) => boolean = () => true;
  private readonly tuning: ClusterTuning;

  constructor(ids: readonly NodeId[], tuning: ClusterTuning = {}, voters: readonly NodeId[] = ids,
    private readonly createRaft?: (config: RaftConfig) => Raft) {
    this.tuning = tuning;
    const learners = ids.filter((id) => !voters.includes(id));
    for (const id of ids) this.addNode(id, MemoryStorage.bootstrap({ voters: [...voters], learners }));
  }

  /** Adds a node with the given storage (an empty one for a node joining later). */
  addNode(id: NodeId, storage: MemoryStorage = new MemoryStorage()): ClusterNode {
    let seed = 17;
    for (const ch of id) seed = (seed * 31 + ch.charCodeAt(0)) >>> 0;
    const config: RaftConfig = { electionTicks: 10, heartbeatTicks: 1, ...this.tuning, id, storage, prng: createPrng(seed) };
    const node: ClusterNode = {
      id, storage, applied: [], readStates: [],
      raw: new RawNode(config, this.createRaft ? { createRaft: this.createRaft } : {}),
    };
    this.nodes.set(id, node);
    return node;
  }

  node(id: NodeId): ClusterNode {
    const node = this.nodes.get(id);
    if (!node) throw new Error(`no node ${id}`);
    return node;
  }

  raft(id: NodeId): Raft {
    return this.node(id).raw.raft;
  }

  /** Handles every pending ready of one node; returns how many messages it queued. */
  processReady(id: NodeId): number {
    const node = this.node(id);
    let sent = 0;
    while (node.raw.hasReady()) {
      const rd: Ready = node.raw.ready();
      node.storage.saveSync({
        ...(rd.snapshot ? { snapshot: rd.snapshot } : {}),
        entries: rd.entries,
        ...(rd.hardState ? { hardState: rd.hardState } : {}),
        sync: rd.mustSync,
      });
      for (const m of rd.messages) if (this.filter(m)) { this.queue.push(m); sent++; }
      if (rd.snapshot) node.applied.length = 0;
      node.applied.push(...rd.committedEntries);
      node.readStates.push(...rd.readStates);
      node.raw.advance();
    }
    return sent;
  }

  /** Delivers messages until the cluster is quiet (bounded by `maxRounds`). */
  stabilize(maxRounds = 10_000): void {
    for (let round = 0; round < maxRounds; round++) {
      for (const id of this.nodes.keys()) this.processReady(id);
      if (this.queue.length === 0) return;
      const batch = this.queue;
      this.queue = [];
      for (const m of batch) this.deliver(m);
    }
    throw new Error('cluster did not stabilize');
  }

  deliver(m: Message): void {
    const target = this.nodes.get(m.to);
    if (!target || !this.filter(m)) return;
    target.raw.step(m);
  }

  /** Makes `id` campaign and runs the election to completion. */
  elect(id: NodeId): void {
    this.node(id).raw.campaign();
    this.stabilize();
  }

  tick(id: NodeId, times = 1): void {
    for (let i = 0; i < times; i++) this.node(id).raw.tick();
  }

  tickAll(times = 1): void {
    for (let i = 0; i < times; i++) {
      for (const id of this.nodes.keys()) this.node(id).raw.tick();
      this.stabilize();
    }
  }

  /** Proposes at `id`; returns the error code if the proposal was dropped. */
  propose(id: NodeId, data: string | Uint8Array): string | undefined {
    try {
      this.node(id).raw.propose(typeof data === 'string' ? new TextEncoder().encode(data) : data);
      return undefined;
    } catch (error) {
      if (RaftError.is(error)) return error.code;
      throw error;
    }
  }

  /** Cuts every link between the two groups (or isolates the first group from everyone). */
  partition(group: readonly NodeId[], other?: readonly NodeId[]): void {
    const inGroup = new Set(group);
    const inOther = other ? new Set(other) : undefined;
    this.filter = (m) => {
      const a = inGroup.has(m.from);
      const b = inGroup.has(m.to);
      if (a === b) return true;
      if (!inOther) return false;
      return !(inOther.has(m.from) || inOther.has(m.to));
    };
  }

  heal(): void {
    this.filter = () => true;
  }

  leader(): NodeId | undefined {
    for (const [id, node] of this.nodes) if (node.raw.raft.state === 'leader') return id;
    return undefined;
  }

  appliedData(id: NodeId): string[] {
    const decoder = new TextDecoder();
    return this.node(id).applied.filter((e) => e.type === 0 && e.data.length > 0).map((e) => decoder.decode(e.data));
  }
}
