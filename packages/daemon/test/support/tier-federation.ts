// A federation of tiers as real daemon processes on loopback (the CLI binary), built on
// ProcessCluster: the first node bootstraps a one-voter council, every other node is
// `init`ed with it as bootstrap address, and nodes join one tier at a time from the top,
// the way `continuum demo` starts its federation: the coordinator gives a joining node a
// healthy parent of the nearest tier above, so a tier joins once the one above is placed.
import type { ContinuumConfig } from '../../src/config/index.js';
import { ProcessCluster, waitFor, type ProcNode } from './process-cluster.js';

export interface TierSpec {
  readonly name: string;
  readonly tier: 'global' | 'national' | 'regional' | 'leaf';
  readonly territory: string;
}

export interface MemberView {
  readonly peerId: string;
  readonly name: string;
  readonly tier: string;
  readonly parent: string | null;
  readonly status: string;
}

export interface TierTuning {
  /** Seconds between health rounds (a stopped node is DEAD after about 2 + threshold rounds). */
  readonly healthCheckIntervalSeconds: number;
  /** Seconds between metadata anti-entropy rounds. */
  readonly syncIntervalSeconds: number;
}

/** 1 global, 1 national, 2 regional, 4 leaves: the demo's shape. */
export const fourTiers: readonly TierSpec[] = [
  { name: 'global', tier: 'global', territory: 'GLOBAL' },
  { name: 'us', tier: 'national', territory: 'US' },
  { name: 'us-ca', tier: 'regional', territory: 'US-CA' },
  { name: 'us-ny', tier: 'regional', territory: 'US-NY' },
  { name: 'sf', tier: 'leaf', territory: 'US-CA-SF' },
  { name: 'la', tier: 'leaf', territory: 'US-CA-LA' },
  { name: 'nyc', tier: 'leaf', territory: 'US-NY-NYC' },
  { name: 'buf', tier: 'leaf', territory: 'US-NY-BUF' },
];

export class TierFederation {
  readonly cluster = new ProcessCluster();

  constructor(private readonly tuning: TierTuning) {}

  get nodes(): readonly ProcNode[] {
    return this.cluster.nodes;
  }

  get council(): ProcNode {
    return this.cluster.nodes[0] as ProcNode;
  }

  node(name: string): ProcNode {
    const found = this.cluster.nodes.find((node) => node.name === name);
    if (found === undefined) throw new Error(`no node ${name}`);
    return found;
  }

  /** `init` for every spec (the first bootstraps the council), tuned; none started. */
  async create(specs: readonly TierSpec[], federationId: string): Promise<void> {
    await this.cluster.init();
    const [first, ...rest] = specs;
    if (first === undefined) return;
    const discovery = ['--discovery', 'bootstrap'];
    const council = await this.cluster.add(first.name, ['--council', '--federation-id', federationId, ...discovery], first);
    await Promise.all(rest.map((spec) => this.cluster.add(spec.name, ['--bootstrap', this.cluster.address(council), ...discovery], spec)));
    await Promise.all(this.cluster.nodes.map((node) => this.cluster.configure(node, (config) => this.tune(config))));
  }

  private tune(config: ContinuumConfig): ContinuumConfig {
    const federation = config.federation;
    return {
      ...config,
      federation: {
        ...federation,
        coordinator: { ...federation.coordinator, health_check_interval: this.tuning.healthCheckIntervalSeconds },
        gossip: { ...federation.gossip, sync_interval_seconds: this.tuning.syncIntervalSeconds },
      },
    };
  }

  /** Starts the council node, then every other node in parallel. */
  async start(): Promise<void> {
    const [first, ...rest] = this.cluster.nodes;
    if (first === undefined) return;
    await this.cluster.start(first);
    await Promise.all(rest.map((node) => this.cluster.start(node)));
  }

  /** Joins every non-council node, tier by tier from the top, each tier placed before the next. */
  async joinTiers(timeoutMs: number): Promise<void> {
    for (const tier of ['national', 'regional', 'leaf'] as const) {
      const joining = this.cluster.nodes.filter((node) => node.tier === tier);
      for (const node of joining) await this.join(node, timeoutMs);
      const ids = new Set(joining.map((node) => node.peerId));
      let seen: MemberView[] = [];
      await waitFor(`the ${tier} nodes to be available and placed`, async () => {
        seen = await this.members();
        const placed = seen.filter((m) => ids.has(m.peerId) && (m.status === 'HEALTHY' || m.status === 'DEGRADED') && m.parent !== null);
        return placed.length === ids.size ? placed : undefined;
      }, timeoutMs, 250).catch((error: unknown) => {
        const view = seen.map((m) => `${m.name}:${m.status}:${m.parent === null ? '-' : (seen.find((p) => p.peerId === m.parent)?.name ?? '?')}`).join(' ');
        throw new Error(`${error instanceof Error ? error.message : String(error)} (members: ${view})`);
      });
    }
  }

  /** Joins with a fresh token; retried (a dial refused during start-up), and done once the node is a member (an earlier attempt that timed out may have succeeded). */
  private async join(node: ProcNode, timeoutMs: number): Promise<void> {
    await waitFor(`${node.name} to join`, async () => {
      try {
        await this.cluster.join(this.council, node, false);
      } catch (error) {
        if (!(await this.members()).some((m) => m.peerId === node.peerId)) throw error;
      }
      return true;
    }, timeoutMs, 500);
  }

  async members(from: ProcNode = this.council): Promise<MemberView[]> {
    const answer = await this.cluster.api<{ members: MemberView[] }>(from, 'GET', '/v1/members');
    if (answer.status !== 200) throw new Error(`members: HTTP ${answer.status}`);
    return answer.body.members;
  }

  /** Each node's parent's name, by node name (the hierarchy as Raft agreed it). */
  async parents(from: ProcNode = this.council): Promise<Map<string, string | null>> {
    const members = await this.members(from);
    const names = new Map(members.map((m) => [m.peerId, m.name]));
    return new Map(members.map((m) => [m.name, m.parent === null ? null : (names.get(m.parent) ?? m.parent)]));
  }
}
