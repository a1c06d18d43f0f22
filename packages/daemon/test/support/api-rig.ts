/**
 * The HTTP API on a loopback port over the consensus test double: for tests of the
 * server's own behaviour (bad input, routing, clients that go away), not of consensus.
 */
import { startApiServer } from '../../src/api/index.js';
import type { ApiServer } from '../../src/api/index.js';
import { Coordinator } from '../../src/coordinator/index.js';
import { createMetrics } from '../../src/metrics/registry.js';
import type { NodeViews } from '../../src/status/types.js';
import { ConsensusTestDouble } from './consensus-double.js';
import { bootstrapped, council } from './federation-fixtures.js';

export interface ApiRig {
  readonly api: ApiServer;
  readonly consensus: ConsensusTestDouble;
  readonly token: string;
}

export async function startApiRig(options: { readonly consensusTimeoutMs: number; readonly token: string }): Promise<ApiRig> {
  const consensus = new ConsensusTestDouble(bootstrapped(), council);
  const coordinator = new Coordinator({ healthCheckIntervalSeconds: 10, unhealthyThreshold: 3, algorithm: 'least_loaded', now: () => 0 });
  const views: NodeViews = {
    peers: () => [],
    gossip: () => ({ activePeers: 0, messagesSent: 0, messagesReceived: 0, stateVersion: 0 }),
    replication: () => ({ writesLocal: 0, writesReplicated: 0, conflictsTotal: 0, keysStored: 0 }),
  };
  const metrics = createMetrics({ coordinator: () => coordinator.stats(), raft: () => consensus.status(), gossip: views.gossip, replication: views.replication });
  const api = await startApiServer(
    { apiToken: options.token, self: { peerId: council, name: 'n', tier: 'national', territory: 'DK' }, consensus, coordinator, metrics, views, now: () => 1,
      consensusTimeoutMs: options.consensusTimeoutMs, randomBytes: (n) => new Uint8Array(n), selfAddresses: () => [] },
    { host: '127.0.0.1', port: 0 },
  );
  return { api, consensus, token: options.token };
}
