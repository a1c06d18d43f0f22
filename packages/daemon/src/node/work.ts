/**
 * The federation's work inside a running node: ingest and the content store, the
 * metadata replication up the tree, queries and retention. `startWork` is one phase of
 * `createNode`; it returns what the API needs and how to stop.
 */
import type { ApiDeps } from '../api/context.js';
import type { ContinuumConfig } from '../config/schema.js';
import type { Consensus } from '../consensus/consensus.js';
import type { ContinuumHost } from '../host/host.js';
import { IngestService } from '../ingest/ingest.js';
import { MapService } from '../map/map-service.js';
import { MetadataService } from '../metadata/service.js';
import type { PenaliseHook } from '../protocol/penalties.js';
import { QueryService } from '../query/query.js';
import type { ReplicationStats } from '../status/types.js';
import { parseConflictStrategy } from '@continuum/crdt';

export interface WorkContext {
  readonly config: ContinuumConfig;
  readonly dataDir: string;
  readonly host: ContinuumHost;
  readonly consensus: Consensus;
  readonly penalise: PenaliseHook;
  readonly now: () => number;
  readonly signal: AbortSignal;
}

export interface RunningWork {
  readonly api: NonNullable<ApiDeps['work']>;
  readonly ingest: IngestService;
  readonly metadata: MetadataService;
  readonly map: MapService;
  /** For `views.replication()` (metrics: continuum_replication_*). */
  replication(): ReplicationStats;
  stop(): Promise<void>;
}

const retentionCheckMs = 3_600_000;

function policyNumber(consensus: Consensus, name: string, fallback: number): number {
  const raw = consensus.state.policies.get(name)?.value;
  const value = raw === undefined ? Number.NaN : Number(raw);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

export async function startWork(context: WorkContext): Promise<RunningWork> {
  const { config, consensus, host, now } = context;
  const self = host.peerId.toString();
  const metadata = new MetadataService({
    host, dataDir: context.dataDir, tier: config.node.tier, signal: context.signal, penalise: context.penalise,
    parent: () => consensus.state.members.get(self)?.parent,
    isMember: (peer) => consensus.state.members.has(peer),
    addressesOf: (peer) => consensus.state.members.get(peer)?.addresses ?? [],
    gossipIntervalMs: config.federation.gossip.gossip_interval_ms,
    syncIntervalMs: config.federation.gossip.sync_interval_seconds * 1000,
  });
  await metadata.start();
  const map = new MapService({
    host, dataDir: context.dataDir, strategy: parseConflictStrategy(config.federation.replication.conflict_resolution), now,
    isMember: (peer) => consensus.state.members.has(peer), penalise: context.penalise,
    syncIntervalMs: config.federation.gossip.sync_interval_seconds * 1000, signal: context.signal,
  });
  await map.start();
  const ingest = new IngestService({ dataDir: context.dataDir, territory: config.node.territory, now, onStored: (metas) => metadata.record(metas) });
  try {
    await ingest.open();
  } catch (error) {
    await map.stop();
    await metadata.stop();
    throw error;
  }
  const query = new QueryService({
    replica: () => metadata.replica, now,
    campaignPolicy: () => ({ minNodes: Math.max(2, Math.floor(policyNumber(consensus, 'campaign_min_nodes', 2))), windowMs: policyNumber(consensus, 'campaign_window_ms', 3_600_000) }),
  });
  // Retention: policy `retention_days` (absent: keep everything).
  const retention = setInterval(() => {
    const days = policyNumber(consensus, 'retention_days', 0);
    if (days > 0) void ingest.applyRetention(now() - days * 86_400_000).catch(() => undefined);
  }, retentionCheckMs);
  retention.unref();
  return {
    ingest, metadata, map,
    replication: () => map.replication.stats(),
    api: { ingest, query, now, map: map.replication, proxyAllowed: () => consensus.state.policies.get('proxy_content')?.value === 'allow' },
    async stop() {
      clearInterval(retention);
      await map.stop();
      await metadata.stop();
      await ingest.close();
    },
  };
}
