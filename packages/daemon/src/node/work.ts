/**
 * The federation's work inside a running node: ingest and the content store, the
 * metadata replication up the tree, the replicated KV map, shared documents, queries,
 * the event stream and retention. `startWork` is one phase of `createNode`; it returns
 * what the API needs, `attach` for the WebSockets on the API server, and `stop`.
 */
import { join } from 'node:path';
import type { Server } from 'node:http';
import { parseConflictStrategy } from '@continuum/crdt';
import type { ApiDeps } from '../api/context.js';
import type { ContinuumConfig } from '../config/schema.js';
import type { Consensus } from '../consensus/consensus.js';
import { DirectiveApplier } from '../directives/directive-applier.js';
import { DocGossip } from '../docs/doc-gossip.js';
import { DocStore } from '../docs/doc-store.js';
import { EventBus } from '../events/event-bus.js';
import { attachWebSockets } from '../events/ws-server.js';
import type { GossipChannels } from '../host/gossip-channels.js';
import type { ContinuumHost } from '../host/host.js';
import { IngestService, type WatchlistInput } from '../ingest/ingest.js';
import { MapService } from '../map/map-service.js';
import { MetadataService } from '../metadata/service.js';
import type { PenaliseHook } from '../protocol/penalties.js';
import { requestContent, startProxyServer } from '../query/proxy.js';
import { QueryService } from '../query/query.js';
import type { ReplicationStats } from '../status/types.js';
import { workLimits } from '../work-limits.js';

export interface WorkContext {
  readonly config: ContinuumConfig;
  readonly dataDir: string;
  readonly host: ContinuumHost;
  /** The node's gossip topics (the metadata, map and docs services open theirs). */
  readonly gossip: GossipChannels;
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
  readonly docs: DocStore;
  readonly events: EventBus;
  readonly directives: DirectiveApplier;
  /** For `views.replication()` (metrics: continuum_replication_*). */
  replication(): ReplicationStats;
  /** Serves `/v1/events` and `/v1/docs/{name}/sync` on the API server; returns the undo. */
  attach(server: Server, apiToken: string): () => void;
  stop(): Promise<void>;
}

const retentionCheckMs = 3_600_000;
const eventPollMs = 1_000;

function policyNumber(consensus: Consensus, name: string, fallback: number): number {
  const raw = consensus.state.policies.get(name)?.value;
  const value = raw === undefined ? Number.NaN : Number(raw);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/**
 * How long metadata is kept: the Raft policy `metadata_retention_days`; absent (or not a
 * positive number), no time limit, as for `retention_days`: a time default would silently
 * drop backfilled or historical posts on arrival. Memory stays bounded by
 * `maxMetadataRecordsCount` either way.
 */
export function metadataRetentionMs(consensus: Consensus): number {
  return policyNumber(consensus, 'metadata_retention_days', Number.POSITIVE_INFINITY) * 86_400_000;
}

/** The `watchlist` document's content as the analyzer's watchlist (absent: none). */
function watchlistOf(docs: DocStore): WatchlistInput | undefined {
  const content = docs.has('watchlist') ? docs.content('watchlist') : undefined;
  if (content === undefined) return undefined;
  const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
  return { version: `doc:${docs.version('watchlist').slice(0, 32)}`, terms: strings(content.terms), hashtags: strings(content.hashtags) };
}

/** The leaf that reported a CID: per-post records (a leaf's parent) or alerts (any tier). */
function holderOf(metadata: MetadataService, cid: string): string | undefined {
  for (const set of [metadata.replica.posts, metadata.replica.alerts]) {
    for (const text of set.values()) {
      if (!text.includes(cid)) continue;
      const record = JSON.parse(text) as { cid: string; node: string };
      if (record.cid === cid) return record.node;
    }
  }
  return undefined;
}

export async function startWork(context: WorkContext): Promise<RunningWork> {
  const { config, consensus, host, now } = context;
  const self = host.peerId.toString();
  const isMember = (peer: string): boolean => consensus.state.members.has(peer);
  const syncIntervalMs = config.federation.gossip.sync_interval_seconds * 1000;
  const undo: Array<() => Promise<void> | void> = [];
  const stop = async (): Promise<void> => {
    while (undo.length > 0) {
      try {
        await undo.pop()?.();
      } catch {
        // Keep undoing the rest.
      }
    }
  };
  try {
    const metadata = new MetadataService({
      host, gossip: context.gossip, dataDir: context.dataDir, tier: config.node.tier, signal: context.signal, penalise: context.penalise, isMember,
      parent: () => consensus.state.members.get(self)?.parent,
      addressesOf: (peer) => consensus.state.members.get(peer)?.addresses ?? [],
      gossipIntervalMs: config.federation.gossip.gossip_interval_ms, syncIntervalMs, now,
      retentionMs: () => metadataRetentionMs(consensus),
    });
    const replayAfter = await metadata.start();
    undo.push(() => metadata.stop());
    const map = new MapService({
      host, gossip: context.gossip, dataDir: context.dataDir, strategy: parseConflictStrategy(config.federation.replication.conflict_resolution), now,
      isMember, penalise: context.penalise, syncIntervalMs, signal: context.signal,
    });
    await map.start();
    undo.push(() => map.stop());
    const docs = new DocStore(join(context.dataDir, 'docs'));
    await docs.open();
    const gossip = new DocGossip({ host, gossip: context.gossip, docs, syncIntervalMs });
    gossip.start();
    const persistDocs = setInterval(() => void docs.persist().catch(() => undefined), config.federation.gossip.gossip_interval_ms * 10);
    persistDocs.unref();
    undo.push(async () => {
      clearInterval(persistDocs);
      gossip.stop();
      await docs.persist();
    });
    const ingest = new IngestService({
      dataDir: context.dataDir, territory: config.node.territory, now, watchlist: () => watchlistOf(docs), onStored: (metas, cursor) => metadata.record(metas, cursor),
      ...(replayAfter === undefined ? {} : { replayAfter }),
      ...(config.node.analysis_workers === null ? {} : { analysisWorkers: config.node.analysis_workers }),
    });
    await ingest.open();
    undo.push(() => ingest.close());
    const proxyAllowed = (): boolean => consensus.state.policies.get('proxy_content')?.value === 'allow';
    undo.push(await startProxyServer({ host, ingest, state: () => consensus.state, allowed: proxyAllowed, penalise: context.penalise }));
    const query = new QueryService({
      replica: () => metadata.replica, now,
      campaignPolicy: () => ({ minNodes: Math.max(2, Math.floor(policyNumber(consensus, 'campaign_min_nodes', 2))), windowMs: policyNumber(consensus, 'campaign_window_ms', 3_600_000) }),
    });
    const events = new EventBus({ replica: () => metadata.replica, consensus, query, now });
    const directives = new DirectiveApplier({ self, territory: config.node.territory, consensus, map: map.replication, docs, ingest, now });
    let polling = false;
    const poll = setInterval(() => {
      if (polling) return;
      polling = true;
      void Promise.all([events.poll().catch(() => undefined), directives.poll().catch(() => undefined)]).finally(() => { polling = false; });
    }, eventPollMs);
    poll.unref();
    // Retention: policy `retention_days` (absent: keep everything).
    const retention = setInterval(() => {
      const days = directives.settings.retentionDays ?? policyNumber(consensus, 'retention_days', 0);
      if (days > 0) void ingest.applyRetention(now() - days * 86_400_000).catch(() => undefined);
    }, retentionCheckMs);
    retention.unref();
    // The content store's replay index up to the durable cursor is no longer needed.
    const trim = setInterval(() => {
      const saved = metadata.files.cursor;
      if (saved !== undefined) void ingest.trimReplay(saved).catch(() => undefined);
    }, workLimits.metadataPruneIntervalMs);
    trim.unref();
    undo.push(() => {
      clearInterval(poll);
      clearInterval(retention);
      clearInterval(trim);
    });
    return {
      ingest, metadata, map, docs, events, directives, stop,
      replication: () => ({ ...map.replication.stats(), metadataPrunedTotal: metadata.replica.retention.pruned + metadata.replica.retention.refused }),
      attach: (server, apiToken) => {
        const sockets = attachWebSockets(server, { apiToken, bus: events, docs });
        return () => sockets.close();
      },
      api: {
        ingest, query, now, map: map.replication, mapFlush: () => map.flush(), docs, directives,
        proxy: { holderOf: (cid) => holderOf(metadata, cid), request: (leaf, cid, signal) => requestContent(host, leaf, cid, signal) },
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
