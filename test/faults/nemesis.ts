// The nemesis: one fault at a time against a federation (so a quorum of the three voters
// is reachable again once it ends), in shuffled rounds of every kind (a short run sees
// each kind once), and beside them clock skew, which stays until changed:
//   kill      kill -9 a node, restart it 0.5-1.5 s later
//   pause     SIGSTOP a node, SIGCONT it 0.5-2 s later
//   minority  cut a random minority (one voter, possibly with the learner) off the rest
//   isolate   cut the current leader off every other node
//   bridge    two voters cannot reach each other; the third (and the learner) reach both
//   skew      every 2-5 s, set a random node's wall clock off by up to ±maxSkewMs
// Every partition heals before the next fault. Half a second into a partition every node's
// open connections are listed: a connection across the cut is a leak (the hook failed).
// Windows during which a node sat on a side without a quorum of voters are recorded: no
// operation sent to it then may succeed.
import type { ProcNode } from '../../packages/daemon/test/support/process-cluster.js';
import type { Federation } from './federation.js';
import { leaderOf } from './federation.js';

export type FaultKind = 'kill' | 'pause' | 'minority' | 'isolate' | 'bridge' | 'skew';
/** The kinds run one at a time (skew runs beside them). */
export const faultKinds: readonly FaultKind[] = ['kill', 'pause', 'minority', 'isolate', 'bridge'];

export interface Fault {
  readonly kind: FaultKind;
  readonly detail: string;
  readonly startMs: number;
  endMs: number;
}

/** A node cut off from a quorum of voters from `startMs` to `endMs` (run clock). */
export interface Isolation {
  readonly node: string;
  readonly startMs: number;
  readonly endMs: number;
}

export interface NemesisOptions {
  readonly now: () => number;
  readonly until: () => boolean;
  readonly random: () => number;
  readonly kinds?: readonly FaultKind[];
  readonly maxSkewMs?: number;
  /**
   * Called once for every node a partition cuts off from a quorum, just after the cut (the
   * workload sends it an operation, so every such window is tested).
   */
  readonly probe?: (node: ProcNode) => Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class Nemesis {
  readonly faults: Fault[] = [];
  readonly isolations: Isolation[] = [];
  /** Connections seen across a cut (`node -> peer` during a fault). */
  readonly leaks: string[] = [];
  /** Partitions whose connections were checked. */
  checkedCuts = 0;
  private readonly paused = new Set<ProcNode>();

  constructor(private readonly federation: Federation, private readonly options: NemesisOptions) {}

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.options.random() * items.length)] as T;
  }

  private between(lowMs: number, highMs: number): number {
    return lowMs + this.options.random() * (highMs - lowMs);
  }

  async run(): Promise<void> {
    const kinds = this.options.kinds ?? faultKinds;
    const skewing = (this.options.maxSkewMs ?? 20_000) > 0 ? this.skewLoop() : Promise.resolve();
    let round: FaultKind[] = [];
    while (!this.options.until()) {
      await sleep(this.between(300, 800));
      if (this.options.until()) break;
      // Shuffled rounds; the first fault of a run is a partition, so a short run has one.
      if (round.length === 0) {
        round = [...kinds].sort(() => this.options.random() - 0.5);
        const partition = round.findIndex((kind) => kind === 'minority' || kind === 'isolate' || kind === 'bridge');
        if (this.faults.every((f) => f.kind === 'skew') && partition >= 0) round.push(...round.splice(partition, 1));
      }
      await this.inject(round.pop() as FaultKind);
    }
    await skewing;
  }

  private async skewLoop(): Promise<void> {
    while (!this.options.until()) {
      await this.inject('skew');
      await sleep(this.between(2_000, 5_000));
    }
  }

  private record(kind: FaultKind, detail: string): Fault {
    const fault = { kind, detail, startMs: this.options.now(), endMs: this.options.now() };
    this.faults.push(fault);
    return fault;
  }

  async inject(kind: FaultKind): Promise<void> {
    const { cluster, nodes, voters } = this.federation;
    const victim = this.pick(nodes);
    switch (kind) {
      case 'kill': {
        const fault = this.record(kind, victim.name);
        cluster.kill9(victim);
        await sleep(this.between(500, 1_500));
        await cluster.start(victim);
        fault.endMs = this.options.now();
        return;
      }
      case 'pause': {
        if (victim.child === undefined) return;
        const fault = this.record(kind, victim.name);
        this.paused.add(victim);
        victim.child.kill('SIGSTOP');
        await sleep(this.between(500, 2_000));
        victim.child?.kill('SIGCONT');
        this.paused.delete(victim);
        fault.endMs = this.options.now();
        return;
      }
      case 'minority': {
        const voter = this.pick(voters);
        const side = this.options.random() < 0.5 ? [voter] : [voter, ...nodes.filter((n) => !voters.includes(n))];
        await this.split(kind, side.map((n) => n.name).join('+'), (a, b) => side.includes(a) === side.includes(b), side);
        return;
      }
      case 'isolate': {
        const leader = await leaderOf(this.federation) ?? victim;
        await this.split(kind, leader.name, (a, b) => a !== leader && b !== leader, [leader]);
        return;
      }
      case 'bridge': {
        const [a, b] = [...voters].sort(() => this.options.random() - 0.5) as [ProcNode, ProcNode];
        // Neither a nor b is cut off from a quorum: each still reaches the bridge.
        await this.split(kind, `${a.name}x${b.name}`, (x, y) => !((x === a && y === b) || (x === b && y === a)), []);
        return;
      }
      case 'skew': {
        const maxSkewMs = this.options.maxSkewMs ?? 20_000;
        const offset = Math.round(this.between(-maxSkewMs, maxSkewMs));
        const fault = this.record(kind, `${victim.name} ${offset}ms`);
        await cluster.skew(victim, offset);
        fault.endMs = this.options.now();
        return;
      }
    }
  }

  private async split(kind: FaultKind, detail: string, reach: (a: ProcNode, b: ProcNode) => boolean, cutOff: readonly ProcNode[]): Promise<void> {
    const { cluster, nodes } = this.federation;
    const fault = this.record(kind, detail);
    await cluster.partition(nodes, reach);
    const startMs = this.options.now();
    const holdMs = this.between(1_500, 3_000);
    const probes = cutOff.map((node) => this.options.probe?.(node));
    await sleep(500);
    await this.checkCut(reach);
    await sleep(holdMs - 500);
    const endMs = this.options.now();
    await cluster.heal(nodes);
    fault.endMs = this.options.now();
    for (const node of cutOff) this.isolations.push({ node: node.name, startMs, endMs });
    await Promise.all(probes);
  }

  private async checkCut(reach: (a: ProcNode, b: ProcNode) => boolean): Promise<void> {
    const { cluster, nodes } = this.federation;
    this.checkedCuts += 1;
    await Promise.all(nodes.map(async (node) => {
      if (node.child === undefined) return;
      const connected = await cluster.connected(node).catch((): string[] => []);
      for (const other of nodes) {
        if (other !== node && !reach(node, other) && connected.includes(other.peerId)) this.leaks.push(`${node.name} -> ${other.name}`);
      }
    }));
  }

  /** Ends every fault but skew: resumes paused nodes, restarts killed ones, heals. */
  async heal(): Promise<void> {
    const { cluster, nodes } = this.federation;
    for (const node of this.paused) node.child?.kill('SIGCONT');
    this.paused.clear();
    for (const node of nodes) if (node.child === undefined) await cluster.start(node);
    await cluster.heal(nodes);
  }

  summary(): string {
    const counts = new Map<FaultKind, number>();
    for (const fault of this.faults) counts.set(fault.kind, (counts.get(fault.kind) ?? 0) + 1);
    return [...counts].map(([kind, count]) => `${kind} ${count}`).join(', ');
  }
}
