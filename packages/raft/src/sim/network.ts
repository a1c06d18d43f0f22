import type { Prng } from '../core/prng.js';
import type { Message, NodeId } from '../core/types.js';

export interface NetworkFaults {
  /** Probability that a message is lost. */
  dropRate: number;
  /** Probability that a message is delivered twice. */
  duplicateRate: number;
  /** Delivery delay in ticks is uniform in [1, maxDelayTicks]: different delays reorder messages. */
  maxDelayTicks: number;
}

interface InFlight {
  readonly deliverAt: number;
  readonly seq: number;
  readonly message: Message;
}

/**
 * The simulated network: messages wait for their delivery tick; partitions are groups
 * (nodes in different groups cannot talk) plus optional bridge nodes that reach everyone.
 */
export class SimNetwork {
  private queue: InFlight[] = [];
  private seq = 0;
  private group = new Map<NodeId, number>();
  private bridges = new Set<NodeId>();
  faults: NetworkFaults;

  constructor(private readonly prng: Prng & { nextFloat(): number }, faults: NetworkFaults) {
    this.faults = faults;
  }

  setPartition(groups: readonly (readonly NodeId[])[], bridges: readonly NodeId[] = []): void {
    this.group = new Map();
    groups.forEach((members, g) => members.forEach((id) => this.group.set(id, g)));
    this.bridges = new Set(bridges);
  }

  heal(): void {
    this.group = new Map();
    this.bridges = new Set();
  }

  isPartitioned(): boolean {
    return this.group.size > 0;
  }

  canReach(from: NodeId, to: NodeId): boolean {
    if (this.bridges.has(from) || this.bridges.has(to)) return true;
    return (this.group.get(from) ?? -1) === (this.group.get(to) ?? -1);
  }

  /** Queues a message; returns false when it was lost at once (partition or drop). */
  send(message: Message, now: number): boolean {
    if (!this.canReach(message.from, message.to)) return false;
    if (this.prng.nextFloat() < this.faults.dropRate) return false;
    const copies = this.prng.nextFloat() < this.faults.duplicateRate ? 2 : 1;
    for (let i = 0; i < copies; i++) {
      const deliverAt = now + 1 + this.prng.nextInt(Math.max(1, this.faults.maxDelayTicks));
      this.queue.push({ deliverAt, seq: this.seq++, message });
    }
    return true;
  }

  /**
   * Removes and returns the messages due at `now`, in delivery order. Partitions are
   * checked again on arrival: messages cut off in flight go to `lost`.
   */
  due(now: number, lost: (m: Message) => void): Message[] {
    if (this.queue.length === 0) return [];
    const ready: InFlight[] = [];
    const later: InFlight[] = [];
    for (const f of this.queue) (f.deliverAt <= now ? ready : later).push(f);
    this.queue = later;
    ready.sort((a, b) => a.deliverAt - b.deliverAt || a.seq - b.seq);
    const out: Message[] = [];
    for (const f of ready) {
      if (this.canReach(f.message.from, f.message.to)) out.push(f.message);
      else lost(f.message);
    }
    return out;
  }

  inFlight(): number {
    return this.queue.length;
  }
}
