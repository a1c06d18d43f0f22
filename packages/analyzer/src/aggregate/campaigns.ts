/**
 * Campaign detection: near-duplicate content seen at K or more distinct child nodes
 * within a window W (both from policy). Reports are clustered by MinHash LSH (a shared
 * band key makes two reports candidates; an estimated Jaccard at or above
 * `minSimilarity` links them), then each cluster is swept in time order to find whether
 * some window of W holds K distinct children. The same function runs at every tier: a
 * campaign becomes a report one level up (`campaignToReport`).
 */
import { requireArgument } from '../errors.js';
import { defaultLimits, type AnalyzerLimits } from '../limits.js';
import type { Severity, Signatures } from '../metadata.js';
import { estimatedJaccard } from '../signatures/minhash.js';
import { severityRank, type SignatureReport } from './reports.js';

export interface CampaignPolicy {
  /** K: distinct child nodes. */
  readonly minNodes: number;
  /** W: the window those children must fall in, ms. */
  readonly windowMs: number;
  /** Estimated Jaccard that links two reports (default 0.4). */
  readonly minSimilarity?: number;
}

export interface Campaign {
  /** Deterministic: the earliest report's SimHash and time. */
  readonly id: string;
  /** Id of the earliest report (a post CID at the first tier), the campaign's representative. */
  readonly representative: string;
  /** The earliest report's signatures. */
  readonly signatures: Signatures;
  /** Distinct children where the cluster was seen, sorted. */
  readonly nodes: readonly string[];
  /** Distinct origins below them, sorted (bounded). */
  readonly origins: readonly string[];
  readonly firstSeenMs: number;
  readonly lastSeenMs: number;
  /** Posts behind the campaign. */
  readonly volume: number;
  /** Highest severity among its reports. */
  readonly severity: Severity;
  /** Most distinct children found inside one window W. */
  readonly peakNodesInWindow: number;
  readonly reportCount: number;
}

class DisjointSets {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, i) => i);
  }
  find(x: number): number {
    let root = x;
    while (this.parent[root] !== root) root = this.parent[root] as number;
    let node = x;
    while (this.parent[node] !== root) {
      const next = this.parent[node] as number;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

function compareReports(a: SignatureReport, b: SignatureReport): number {
  return a.firstSeenMs - b.firstSeenMs || (a.child < b.child ? -1 : a.child > b.child ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Comparisons of a new report with members of one cluster met in one LSH bucket. */
const comparisonsPerCluster = 4;

/** Links reports that share an LSH band and pass the Jaccard check; returns clusters. */
function cluster(reports: readonly SignatureReport[], minSimilarity: number): SignatureReport[][] {
  const sets = new DisjointSets(reports.length);
  const buckets = new Map<string, number[]>();
  reports.forEach((report, index) => {
    report.signatures.bands.forEach((band, b) => {
      const key = `${b}:${band}`;
      const members = buckets.get(key);
      if (members === undefined) {
        buckets.set(key, [index]);
        return;
      }
      // At most a few comparisons per cluster already in the bucket bound the work on big clusters.
      const tries = new Map<number, number>();
      for (const other of members) {
        const root = sets.find(other);
        const tried = tries.get(root) ?? 0;
        if (tried >= comparisonsPerCluster || root === sets.find(index)) continue;
        tries.set(root, tried + 1);
        if (estimatedJaccard(report.signatures.minhash, (reports[other] as SignatureReport).signatures.minhash) >= minSimilarity) sets.union(index, other);
      }
      members.push(index);
    });
  });
  const groups = new Map<number, SignatureReport[]>();
  reports.forEach((report, index) => {
    const root = sets.find(index);
    const list = groups.get(root) ?? [];
    list.push(report);
    groups.set(root, list);
  });
  return [...groups.values()];
}

/** Most distinct children whose reports overlap one window of `windowMs`. */
function peakChildrenInWindow(members: readonly SignatureReport[], windowMs: number): number {
  const byFirst = [...members].sort(compareReports);
  const byLast = [...members].sort((a, b) => a.lastSeenMs - b.lastSeenMs);
  const active = new Map<string, number>();
  const bump = (child: string, delta: number) => {
    const next = (active.get(child) ?? 0) + delta;
    if (next === 0) active.delete(child);
    else active.set(child, next);
  };
  let added = 0;
  let removed = 0;
  let peak = 0;
  for (const start of byFirst) {
    const windowStart = start.firstSeenMs;
    while (added < byFirst.length && (byFirst[added] as SignatureReport).firstSeenMs <= windowStart + windowMs) bump((byFirst[added++] as SignatureReport).child, 1);
    while (removed < byLast.length && (byLast[removed] as SignatureReport).lastSeenMs < windowStart) bump((byLast[removed++] as SignatureReport).child, -1);
    peak = Math.max(peak, active.size);
  }
  return peak;
}

function campaignOf(members: SignatureReport[], peak: number, maxNodes: number): Campaign {
  members.sort(compareReports);
  const first = members[0] as SignatureReport;
  let severity = first.severity;
  for (const m of members) if (severityRank(m.severity) > severityRank(severity)) severity = m.severity;
  return {
    id: `${first.signatures.simhash}-${first.firstSeenMs}`,
    representative: first.id,
    signatures: first.signatures,
    nodes: [...new Set(members.map((m) => m.child))].sort().slice(0, maxNodes),
    origins: [...new Set(members.flatMap((m) => m.origins))].sort().slice(0, maxNodes),
    firstSeenMs: first.firstSeenMs,
    lastSeenMs: Math.max(...members.map((m) => m.lastSeenMs)),
    volume: members.reduce((sum, m) => sum + m.volume, 0),
    severity,
    peakNodesInWindow: peak,
    reportCount: members.length,
  };
}

export function validateCampaignPolicy(policy: CampaignPolicy): void {
  requireArgument(Number.isInteger(policy.minNodes) && policy.minNodes >= 2, 'minNodes', 'must be an integer of at least 2');
  requireArgument(Number.isFinite(policy.windowMs) && policy.windowMs > 0, 'windowMs', 'must be a positive number');
  const similarity = policy.minSimilarity ?? 0.4;
  requireArgument(similarity > 0 && similarity <= 1, 'minSimilarity', 'must be in (0, 1]');
}

/** Campaigns among `reports` (any order; the result is sorted by first seen, then id). */
export function detectCampaigns(reports: readonly SignatureReport[], policy: CampaignPolicy, limits: AnalyzerLimits = defaultLimits): Campaign[] {
  validateCampaignPolicy(policy);
  requireArgument(reports.length <= limits.maxCampaignReportsCount, 'reports', `more than ${limits.maxCampaignReportsCount}`);
  const sorted = [...reports].sort(compareReports);
  const campaigns: Campaign[] = [];
  for (const members of cluster(sorted, policy.minSimilarity ?? 0.4)) {
    if (new Set(members.map((m) => m.child)).size < policy.minNodes) continue;
    const peak = peakChildrenInWindow(members, policy.windowMs);
    if (peak >= policy.minNodes) campaigns.push(campaignOf(members, peak, limits.maxCampaignNodesCount));
  }
  return campaigns.sort((a, b) => a.firstSeenMs - b.firstSeenMs || (a.id < b.id ? -1 : 1));
}

/** A campaign as this node reports it to its own parent. */
export function campaignToReport(campaign: Campaign, self: string): SignatureReport {
  return {
    child: self, id: campaign.id, signatures: campaign.signatures, firstSeenMs: campaign.firstSeenMs, lastSeenMs: campaign.lastSeenMs,
    volume: campaign.volume, severity: campaign.severity, origins: campaign.origins,
  };
}
