/**
 * `GET /v1/query` over this node's subtree, from its local CRDT state only: totals and a
 * time series by category, severity, language and territory, top hashtags, campaigns
 * (detected over the subtree's signature reports) and high-severity alerts. The shape is
 * the one the web page reads.
 */
import type * as AnalyzerModule from '@continuum/analyzer';
import type { SignatureReport } from '@continuum/analyzer';
import { parseRollupKey } from '@continuum/crdt';
import { ContinuumError } from '../errors.js';
import type { AlertRecord, ReportRecord } from '../metadata/records.js';
import type { MetadataReplica } from '../metadata/replica.js';
import { workLimits } from '../work-limits.js';

export const queryCategories = ['hate_speech', 'offensive', 'threat', 'harassment'] as const;
type CategoryCounts = Record<(typeof queryCategories)[number], number>;

export interface QueryParams {
  readonly fromMs: number;
  readonly toMs: number;
  readonly bucketMs: number;
}

export interface CampaignView {
  readonly id: string;
  readonly signature: string;
  readonly nodes: readonly string[];
  readonly territories: readonly string[];
  readonly first_seen_ms: number;
  readonly last_seen_ms: number;
  readonly volume: number;
  readonly severity: string;
}

export interface QueryAnswer {
  readonly node: string;
  readonly from_ms: number;
  readonly to_ms: number;
  readonly bucket_ms: number;
  readonly totals: {
    posts: number;
    by_category: CategoryCounts;
    by_severity: Record<string, number>;
    by_language: Record<string, number>;
    by_territory: Record<string, number>;
  };
  readonly series: Array<{ bucket_ms: number; posts: number; by_category: CategoryCounts }>;
  readonly top_hashtags: Array<{ tag: string; count: number }>;
  readonly campaigns: CampaignView[];
  readonly alerts: AlertRecord[];
}

export interface CampaignPolicyInput {
  readonly minNodes: number;
  readonly windowMs: number;
}

export interface QueryOptions {
  readonly replica: () => MetadataReplica;
  /** Policy values `campaign_min_nodes`, `campaign_window_ms` (defaults 2 and 1 h). */
  readonly campaignPolicy: () => CampaignPolicyInput;
  readonly now: () => number;
}

const emptyCategories = (): CategoryCounts => ({ hate_speech: 0, offensive: 0, threat: 0, harassment: 0 });
const bump = (record: Record<string, number>, key: string, n: number) => {
  record[key] = (record[key] ?? 0) + n;
};

export function parseQueryParams(search: URLSearchParams, now: number): QueryParams {
  const num = (name: string, fallback: number): number => {
    const raw = search.get(name);
    if (raw === null) return fallback;
    const value = /^\d+$/.test(raw) ? Number(raw) : Date.parse(raw);
    if (!Number.isSafeInteger(value) || value < 0) throw new ContinuumError('BAD_REQUEST', `${name} must be ms since the epoch or an ISO date`, { reason: `bad ${name}` });
    return value;
  };
  const toMs = num('to', now + 1);
  const fromMs = num('from', toMs - 24 * 3_600_000);
  const bucketMs = num('bucket', 3_600_000);
  if (fromMs >= toMs) throw new ContinuumError('BAD_REQUEST', 'from must be before to', { reason: 'empty range' });
  if (bucketMs < workLimits.rollupBucketMs || bucketMs % workLimits.rollupBucketMs !== 0) {
    throw new ContinuumError('BAD_REQUEST', `bucket must be a multiple of ${workLimits.rollupBucketMs} ms`, { reason: 'bad bucket' });
  }
  if ((toMs - fromMs) / bucketMs > workLimits.maxQueryBucketsCount) throw new ContinuumError('BAD_REQUEST', `more than ${workLimits.maxQueryBucketsCount} buckets`, { reason: 'maxQueryBucketsCount' });
  return { fromMs, toMs, bucketMs };
}

export class QueryService {
  private analyzer: Promise<typeof AnalyzerModule> | undefined;

  constructor(private readonly options: QueryOptions) {}

  async answer(params: QueryParams): Promise<QueryAnswer> {
    const replica = this.options.replica();
    const { fromMs, toMs, bucketMs } = params;
    const inRange = (ms: number) => ms >= fromMs && ms < toMs;
    const totals = { posts: 0, by_category: emptyCategories(), by_severity: {} as Record<string, number>, by_language: {} as Record<string, number>, by_territory: {} as Record<string, number> };
    const series = new Map<number, { bucket_ms: number; posts: number; by_category: CategoryCounts }>();
    const tags = new Map<string, number>();
    for (const [key, count] of replica.counts.values()) {
      const parts = parseRollupKey(key);
      if (parts[0] === 'h') {
        if (inRange(Number(parts[1]))) tags.set(parts[2] ?? '', (tags.get(parts[2] ?? '') ?? 0) + count);
        continue;
      }
      const [, territory = '', bucket = '0', category = 'none', language = 'und', severity = 'low'] = parts;
      const at = Number(bucket);
      if (!inRange(at)) continue;
      totals.posts += count;
      if (category in totals.by_category) totals.by_category[category as keyof CategoryCounts] += count;
      bump(totals.by_severity, severity, count);
      bump(totals.by_language, language, count);
      bump(totals.by_territory, territory, count);
      const start = fromMs + Math.floor((at - fromMs) / bucketMs) * bucketMs;
      const row = series.get(start) ?? { bucket_ms: start, posts: 0, by_category: emptyCategories() };
      row.posts += count;
      if (category in row.by_category) row.by_category[category as keyof CategoryCounts] += count;
      series.set(start, row);
    }
    const top = [...tags].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, workLimits.maxQueryHashtagsCount).map(([tag, count]) => ({ tag, count }));
    const alerts = replica.alerts.values().map((text) => JSON.parse(text) as AlertRecord).filter((alert) => inRange(alert.created_at_ms))
      .sort((a, b) => b.created_at_ms - a.created_at_ms || (a.cid < b.cid ? -1 : 1)).slice(0, workLimits.maxQueryAlertsCount);
    return {
      node: replica.node, from_ms: fromMs, to_ms: toMs, bucket_ms: bucketMs, totals,
      series: [...series.values()].sort((a, b) => a.bucket_ms - b.bucket_ms), top_hashtags: top,
      campaigns: await this.campaigns(replica, inRange), alerts,
    };
  }

  private async campaigns(replica: MetadataReplica, inRange: (ms: number) => boolean): Promise<CampaignView[]> {
    const records = replica.reports.values().map((text) => JSON.parse(text) as ReportRecord).filter((record) => inRange(record.created_at_ms));
    if (records.length === 0) return [];
    const territoryOf = new Map(records.map((record) => [record.node, record.territory]));
    const reports: SignatureReport[] = records.map((record) => ({
      child: record.node, id: record.cid, signatures: { simhash: record.simhash, minhash: record.minhash, bands: record.bands },
      firstSeenMs: record.created_at_ms, lastSeenMs: record.created_at_ms, volume: 1, severity: record.severity as SignatureReport['severity'], origins: [record.node],
    }));
    this.analyzer ??= import('@continuum/analyzer');
    const analyzer = await this.analyzer;
    const policy = this.options.campaignPolicy();
    return analyzer.detectCampaigns(reports, { minNodes: policy.minNodes, windowMs: policy.windowMs }).map((campaign) => ({
      id: campaign.id, signature: campaign.signatures.simhash, nodes: [...campaign.nodes],
      territories: [...new Set(campaign.nodes.map((node) => territoryOf.get(node) ?? ''))].sort(),
      first_seen_ms: campaign.firstSeenMs, last_seen_ms: campaign.lastSeenMs, volume: campaign.volume, severity: campaign.severity,
    }));
  }
}
