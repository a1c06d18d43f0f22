/**
 * The federation coordinator (pure, clock injected): node registration, heartbeats, the
 * health-check loop, load balancing for parents and requests, failover and rejoin. It
 * recommends; the node proposes the committed changes (status, parents) through Raft.
 */
import { ContinuumError } from '../errors.js';
import { memberStatuses } from '../federation/state.js';
import { limits } from '../limits.js';
import type { Tier } from '../territory/tiers.js';
import { LoadBalancer } from './balancer.js';
import { healthRound } from './health.js';
import { chooseParent, failbackPlan, failoverPlan, orphanPlan } from './parents.js';
import type { CoordinatorOptions, CoordinatorStats, HealthStatus, ParentMove, StatusChange, TrackedNode } from './types.js';

export interface NodeRegistration {
  readonly peerId: string;
  readonly tier: Tier;
  readonly territory: string;
  readonly parent?: string | undefined;
  readonly homeParent?: string | undefined;
  /**
   * The committed status, for a node registered from federation state: a DEAD member
   * starts DEAD (late, at the threshold) so a new leader does not revive it, and a
   * JOINING member stays JOINING until `markCaughtUp`.
   */
  readonly committedStatus?: HealthStatus;
}

export interface Heartbeat {
  readonly loadScore?: number;
  readonly latencyMs?: number;
  readonly degraded?: boolean;
}

export class Coordinator {
  private readonly nodes = new Map<string, TrackedNode>();
  private readonly balancer: LoadBalancer;
  private readonly intervalMs: number;
  private requestsTotal = 0;
  private failuresTotal = 0;
  private healthChecksTotal = 0;
  private stalledRoundsTotal = 0;
  private lastRoundMs: number | undefined;

  constructor(private readonly options: CoordinatorOptions) {
    if (!(options.healthCheckIntervalSeconds > 0) || !(options.unhealthyThreshold >= 1)) {
      throw new ContinuumError('CONFIG_INVALID', 'coordinator: interval and threshold must be positive', {
        path: 'federation.coordinator', reason: 'interval and threshold must be positive',
      });
    }
    this.balancer = new LoadBalancer(options.algorithm);
    this.intervalMs = options.healthCheckIntervalSeconds * 1000;
  }

  get healthCheckIntervalMs(): number {
    return this.intervalMs;
  }

  /** Registers a node (status JOINING, heartbeat now) or updates its placement. */
  register(registration: NodeRegistration): TrackedNode {
    const existing = this.nodes.get(registration.peerId);
    if (existing !== undefined) {
      existing.tier = registration.tier;
      existing.territory = registration.territory;
      existing.parent = registration.parent;
      existing.homeParent = registration.homeParent;
      return existing;
    }
    if (this.nodes.size >= limits.maxCoordinatorNodes) {
      throw new ContinuumError('LIMIT_EXCEEDED', `the coordinator tracks ${limits.maxCoordinatorNodes} nodes`, {
        limit: 'maxCoordinatorNodes', max: limits.maxCoordinatorNodes,
      });
    }
    const dead = registration.committedStatus === 'DEAD';
    const node: TrackedNode = {
      peerId: registration.peerId, tier: registration.tier, territory: registration.territory, parent: registration.parent,
      homeParent: registration.homeParent, status: dead ? 'DEAD' : 'JOINING',
      lastHeartbeatMs: dead ? this.options.now() - 2 * this.intervalMs - 1 : this.options.now(),
      consecutiveFailures: dead ? this.options.unhealthyThreshold : 0,
      loadScore: 0, latencyMs: undefined, degraded: false, caughtUp: registration.committedStatus !== 'JOINING',
    };
    this.nodes.set(node.peerId, node);
    return node;
  }

  deregister(peerId: string): boolean {
    return this.nodes.delete(peerId);
  }

  /**
   * Records a heartbeat. A DEAD node that beats again is rejoining: it becomes JOINING
   * and stays so until `markCaughtUp`. Returns the status change, if any.
   */
  heartbeat(peerId: string, beat: Heartbeat = {}): StatusChange | undefined {
    const node = this.nodes.get(peerId);
    if (node === undefined) return undefined;
    node.lastHeartbeatMs = this.options.now();
    if (beat.loadScore !== undefined) node.loadScore = beat.loadScore;
    if (beat.latencyMs !== undefined) node.latencyMs = beat.latencyMs;
    if (beat.degraded !== undefined) node.degraded = beat.degraded;
    if (node.status !== 'DEAD') return undefined;
    node.caughtUp = false;
    node.consecutiveFailures = 0;
    node.status = 'JOINING';
    return { peerId, from: 'DEAD', to: 'JOINING' };
  }

  /** A measured round-trip time (libp2p ping); does not count as a heartbeat. */
  recordLatency(peerId: string, latencyMs: number): void {
    const node = this.nodes.get(peerId);
    if (node !== undefined) node.latencyMs = latencyMs;
  }

  /** A (re)joining node has caught up with the committed log; the next round makes it HEALTHY. */
  markCaughtUp(peerId: string): void {
    const node = this.nodes.get(peerId);
    if (node !== undefined) node.caughtUp = true;
  }

  /**
   * One health-check round (call every health_check_interval). A round that comes more
   * than 2 × interval after the previous one counts no failures: this node was stalled (a
   * blocked event loop, a suspended process), and the heartbeats that arrived meanwhile
   * may still wait in its queues; counting them late would mark healthy nodes UNHEALTHY
   * or DEAD and move their children. Nodes on time are judged as usual (a JOINING node
   * still becomes HEALTHY); the next round on time judges the late ones.
   */
  checkHealth(): StatusChange[] {
    const nowMs = this.options.now();
    const previous = this.lastRoundMs;
    this.lastRoundMs = nowMs;
    const stalled = previous !== undefined && nowMs - previous > 2 * this.intervalMs;
    if (stalled) this.stalledRoundsTotal += 1;
    this.healthChecksTotal += this.nodes.size;
    return healthRound(this.nodes.values(), {
      nowMs, healthCheckIntervalMs: this.intervalMs, unhealthyThreshold: this.options.unhealthyThreshold, judgeLate: !stalled,
    });
  }

  /** Rounds that counted no failures because this node itself was stalled (see `checkHealth`). */
  get stalledRounds(): number {
    return this.stalledRoundsTotal;
  }

  node(peerId: string): Readonly<TrackedNode> | undefined {
    return this.nodes.get(peerId);
  }

  nodeList(): Readonly<TrackedNode>[] {
    return [...this.nodes.keys()].sort().map((key) => this.nodes.get(key) as TrackedNode);
  }

  /** The best available parent for a registered node. */
  chooseParent(peerId: string): string | undefined {
    const child = this.nodes.get(peerId);
    return child === undefined ? undefined : chooseParent(child, this.nodes.values(), this.balancer)?.peerId;
  }

  /** Picks a node to serve a request among those `eligible` accepts; counts the request. */
  route(eligible: (node: Readonly<TrackedNode>) => boolean = () => true): string | undefined {
    this.requestsTotal += 1;
    const chosen = this.balancer.choose([...this.nodes.values()].filter(eligible));
    if (chosen === undefined) this.failuresTotal += 1;
    return chosen?.peerId;
  }

  /** A routed request failed. */
  recordFailure(): void {
    this.failuresTotal += 1;
  }

  /** Children of DEAD parents, with their new parents. */
  failoverPlan(): ParentMove[] {
    return failoverPlan(this.nodes, this.balancer);
  }

  /** Children with no parent, with a parent that can serve them. */
  orphanPlan(): ParentMove[] {
    return orphanPlan(this.nodes, this.balancer);
  }

  /** Moves back to home parents, by the failback policy. */
  failbackPlan(policy: 'return' | 'stay'): ParentMove[] {
    return failbackPlan(this.nodes, policy);
  }

  stats(): CoordinatorStats {
    const nodesByStatus = Object.fromEntries(memberStatuses.map((status) => [status, 0])) as Record<HealthStatus, number>;
    for (const node of this.nodes.values()) nodesByStatus[node.status] += 1;
    return {
      nodesByStatus, healthyNodes: nodesByStatus.HEALTHY, requestsTotal: this.requestsTotal, failuresTotal: this.failuresTotal,
      healthChecksTotal: this.healthChecksTotal,
    };
  }
}
