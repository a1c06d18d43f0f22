/**
 * The node's Prometheus metrics: every name the federation architecture lists, in a
 * registry of their own (no default process metrics: those fail promtool's lint).
 * Values are read from the components at scrape time (collect callbacks), so the
 * components keep plain counters and know nothing of Prometheus.
 *
 * Types follow promtool's lint: names ending in `_total` are counters, except
 * `continuum_coordinator_nodes_total{status}`, a count that goes up and down, and
 * `continuum_raft_election_count`, which are exposed untyped (a gauge may not end in
 * `_total` or `_count`, a counter may not go down and must end in `_total`); the other
 * listed names without `_total` (e.g. `continuum_gossip_messages_sent`) are gauges
 * holding the current value of the count.
 */
import { Counter, Gauge, Registry } from 'prom-client';
import type { ConsensusStatus } from '../consensus/consensus.js';
import { raftRoles } from '../consensus/consensus.js';
import type { CoordinatorStats } from '../coordinator/types.js';
import type { GossipStats, ReplicationStats } from '../status/types.js';

export interface MetricSources {
  coordinator(): CoordinatorStats;
  raft(): ConsensusStatus;
  gossip(): GossipStats;
  replication(): ReplicationStats;
}

export interface DaemonMetrics {
  readonly registry: Registry;
  readonly contentType: string;
  render(): Promise<string>;
}

/** The names the federation architecture lists (and `continuum_metadata_pruned_total`), all of which the registry exposes. */
export const metricNames = [
  'continuum_coordinator_nodes_total', 'continuum_coordinator_requests_total', 'continuum_coordinator_failures_total',
  'continuum_coordinator_health_checks_total', 'continuum_raft_term', 'continuum_raft_role', 'continuum_raft_log_size',
  'continuum_raft_commit_index', 'continuum_raft_election_count', 'continuum_replication_writes_local',
  'continuum_replication_writes_replicated', 'continuum_replication_conflicts_total', 'continuum_replication_keys_stored',
  'continuum_gossip_messages_sent', 'continuum_gossip_messages_received', 'continuum_gossip_peers_active',
  'continuum_gossip_state_version', 'continuum_metadata_pruned_total',
] as const;

/** A counter fed from a cumulative value read at scrape time. */
function cumulativeCounter(registry: Registry, name: string, help: string, read: () => number): void {
  let seen = 0;
  new Counter({
    name, help, registers: [registry],
    collect() {
      const value = read();
      if (value > seen) this.inc(value - seen);
      seen = Math.max(seen, value);
    },
  });
}

function gauge(registry: Registry, name: string, help: string, read: () => number): Gauge {
  return new Gauge({ name, help, registers: [registry], collect() { this.set(read()); } });
}

/** Exposes a gauge as `untyped`, the type promtool's lint exempts from its name-suffix rules. */
function untyped<T extends Gauge>(metric: T): T {
  Object.defineProperty(metric, 'type', { value: 'untyped' });
  return metric;
}

export function createMetrics(sources: MetricSources): DaemonMetrics {
  const registry = new Registry();
  untyped(new Gauge({
    name: 'continuum_coordinator_nodes_total', help: 'Nodes tracked by the coordinator, by health status.', labelNames: ['status'], registers: [registry],
    collect() {
      for (const [status, count] of Object.entries(sources.coordinator().nodesByStatus)) this.set({ status: status.toLowerCase() }, count);
    },
  }));
  cumulativeCounter(registry, 'continuum_coordinator_requests_total', 'Requests routed by the coordinator.', () => sources.coordinator().requestsTotal);
  cumulativeCounter(registry, 'continuum_coordinator_failures_total', 'Routed requests that failed.', () => sources.coordinator().failuresTotal);
  cumulativeCounter(registry, 'continuum_coordinator_health_checks_total', 'Node health checks performed.', () => sources.coordinator().healthChecksTotal);

  gauge(registry, 'continuum_raft_term', 'Current Raft term.', () => sources.raft().term);
  new Gauge({
    name: 'continuum_raft_role', help: 'Current Raft role (1 for the role this node has).', labelNames: ['role'], registers: [registry],
    collect() {
      const role = sources.raft().role;
      for (const candidate of raftRoles) this.set({ role: candidate }, candidate === role ? 1 : 0);
    },
  });
  gauge(registry, 'continuum_raft_log_size', 'Raft log entries since the last snapshot.', () => sources.raft().logSize);
  gauge(registry, 'continuum_raft_commit_index', 'Last committed Raft index.', () => sources.raft().commitIndex);
  untyped(gauge(registry, 'continuum_raft_election_count', 'Elections this node started.', () => sources.raft().electionCount));

  gauge(registry, 'continuum_replication_writes_local', 'Metadata writes made on this node.', () => sources.replication().writesLocal);
  gauge(registry, 'continuum_replication_writes_replicated', 'Metadata writes merged from peers.', () => sources.replication().writesReplicated);
  cumulativeCounter(registry, 'continuum_replication_conflicts_total', 'Concurrent writes resolved.', () => sources.replication().conflictsTotal);
  gauge(registry, 'continuum_replication_keys_stored', 'Metadata keys stored.', () => sources.replication().keysStored);
  cumulativeCounter(registry, 'continuum_metadata_pruned_total', 'Metadata counter keys and records dropped by retention or refused as too old.', () => sources.replication().metadataPrunedTotal ?? 0);

  gauge(registry, 'continuum_gossip_messages_sent', 'Gossip messages published.', () => sources.gossip().messagesSent);
  gauge(registry, 'continuum_gossip_messages_received', 'Gossip messages received.', () => sources.gossip().messagesReceived);
  gauge(registry, 'continuum_gossip_peers_active', 'Peers in the gossip mesh.', () => sources.gossip().activePeers);
  gauge(registry, 'continuum_gossip_state_version', 'Version of the gossiped state.', () => sources.gossip().stateVersion);

  return { registry, contentType: registry.contentType, render: () => registry.metrics() };
}
