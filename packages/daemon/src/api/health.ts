/**
 * The health check in the federation architecture's shape: `healthy` and
 * `components.coordinator|raft|replication|gossip`, each with its own `healthy`.
 */
import type { ApiDeps } from './context.js';

export interface HealthReport {
  readonly healthy: boolean;
  readonly components: {
    readonly coordinator: { readonly healthy: boolean; readonly healthy_nodes: number };
    readonly raft: { readonly healthy: boolean; readonly role: string; readonly leader_id: string | null; readonly term: number };
    readonly replication: { readonly healthy: boolean; readonly keys: number };
    readonly gossip: { readonly healthy: boolean; readonly active_peers: number };
  };
}

export function healthReport(deps: ApiDeps): HealthReport {
  const coordinator = deps.coordinator.stats();
  const raft = deps.consensus.status();
  const gossip = deps.views.gossip();
  const replication = deps.views.replication();
  const components = {
    coordinator: { healthy: coordinator.healthyNodes > 0, healthy_nodes: coordinator.healthyNodes },
    // "leading or following": a node that knows a leader (or is it) is part of a working cluster.
    raft: { healthy: raft.leaderId !== undefined, role: raft.role, leader_id: raft.leaderId ?? null, term: raft.term },
    replication: { healthy: true, keys: replication.keysStored },
    gossip: { healthy: gossip.activePeers > 0, active_peers: gossip.activePeers },
  };
  return { healthy: Object.values(components).every((component) => component.healthy), components };
}
