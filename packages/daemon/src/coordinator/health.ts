/**
 * One round of the health-check loop, exactly as the federation architecture states it:
 *
 *   FOR EACH registered_node:
 *     IF last_heartbeat > 2 × health_check_interval:
 *       consecutive_failures++
 *       status = consecutive_failures >= unhealthy_threshold ? DEAD : UNHEALTHY
 *     ELSE:
 *       consecutive_failures = 0
 *       status = HEALTHY
 *
 * with the two states the loop leaves to others: a node that is catching up after
 * (re)joining stays JOINING while its heartbeats are on time, and a node whose heartbeat
 * says one of its components is unhealthy is DEGRADED instead of HEALTHY.
 */
import type { StatusChange, TrackedNode } from './types.js';

export interface HealthRoundOptions {
  readonly nowMs: number;
  readonly healthCheckIntervalMs: number;
  readonly unhealthyThreshold: number;
  /** False in a round after this node was stalled: late nodes are left as they are (no failure counted). */
  readonly judgeLate?: boolean;
}

export function healthRound(nodes: Iterable<TrackedNode>, options: HealthRoundOptions): StatusChange[] {
  const changes: StatusChange[] = [];
  for (const node of nodes) {
    const from = node.status;
    if (options.nowMs - node.lastHeartbeatMs > 2 * options.healthCheckIntervalMs) {
      if (options.judgeLate === false) continue;
      node.consecutiveFailures += 1;
      node.status = node.consecutiveFailures >= options.unhealthyThreshold ? 'DEAD' : 'UNHEALTHY';
    } else {
      node.consecutiveFailures = 0;
      node.status = !node.caughtUp ? 'JOINING' : node.degraded ? 'DEGRADED' : 'HEALTHY';
    }
    if (node.status !== from) changes.push({ peerId: node.peerId, from, to: node.status });
  }
  return changes;
}
