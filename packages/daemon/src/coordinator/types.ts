/** Shared types of the coordinator. */
import type { MemberStatus } from '../federation/state.js';
import type { Tier } from '../territory/tiers.js';

export type HealthStatus = MemberStatus;
export type LoadBalanceAlgorithm = 'least_loaded' | 'latency' | 'round_robin';

/** What the coordinator knows about one node. */
export interface TrackedNode {
  readonly peerId: string;
  tier: Tier;
  territory: string;
  parent: string | undefined;
  homeParent: string | undefined;
  status: HealthStatus;
  /** Clock time of the last heartbeat (ms). */
  lastHeartbeatMs: number;
  consecutiveFailures: number;
  /** Self-reported load (lower is better), from heartbeats. */
  loadScore: number;
  /** Measured round-trip latency, undefined until measured. */
  latencyMs: number | undefined;
  /** Self-reported: a component of the node is unhealthy. */
  degraded: boolean;
  /** A node that (re)joined stays JOINING until it has caught up. */
  caughtUp: boolean;
}

export interface CoordinatorOptions {
  /** Seconds between health-check rounds (config: health_check_interval). */
  readonly healthCheckIntervalSeconds: number;
  /** Late rounds after which a node is DEAD (config: unhealthy_threshold). */
  readonly unhealthyThreshold: number;
  readonly algorithm: LoadBalanceAlgorithm;
  /** The clock, in ms; injected so the coordinator is deterministic under test. */
  readonly now: () => number;
}

export interface StatusChange {
  readonly peerId: string;
  readonly from: HealthStatus;
  readonly to: HealthStatus;
}

/** A parent change the coordinator recommends (the leader proposes it through Raft). */
export interface ParentMove {
  readonly child: string;
  readonly from: string | undefined;
  /** Undefined when no healthy node can serve the child now. */
  readonly to: string | undefined;
  readonly reason: 'failover' | 'failback' | 'orphan';
}

export interface CoordinatorStats {
  readonly nodesByStatus: Readonly<Record<HealthStatus, number>>;
  readonly healthyNodes: number;
  readonly requestsTotal: number;
  readonly failuresTotal: number;
  readonly healthChecksTotal: number;
}
