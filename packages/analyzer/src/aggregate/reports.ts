/**
 * Signature reports: what a child tells its parent about near-duplicate content. A leaf's
 * report is one post (volume 1); a regional or national node reports each campaign it
 * found as one report, so detection runs the same way at every tier.
 *
 * CRDT shape: a report set is a grow-only set keyed by (child, report id); merging two
 * versions is set union (duplicates keep the larger volume and span), and retention prunes
 * by time at every replica alike.
 */
import { AnalyzerError } from '../errors.js';
import { defaultLimits, validateLimits, type AnalyzerLimits } from '../limits.js';
import type { PostMetadata, Severity, Signatures } from '../metadata.js';
import { severityLevels } from '../metadata.js';

export interface SignatureReport {
  /** The child node that reported it (the unit K counts). */
  readonly child: string;
  /** Unique within the child: a post CID, or a campaign id. */
  readonly id: string;
  readonly signatures: Signatures;
  readonly firstSeenMs: number;
  readonly lastSeenMs: number;
  /** Posts behind the report. */
  readonly volume: number;
  readonly severity: Severity;
  /** Nodes below the child where it was seen (leaf ids for a regional's report). */
  readonly origins: readonly string[];
}

/** A leaf's post, as its parent files it. */
export function reportFromMetadata(metadata: PostMetadata, child: string): SignatureReport {
  return {
    child, id: metadata.cid, signatures: metadata.signatures, firstSeenMs: metadata.createdAtMs, lastSeenMs: metadata.createdAtMs,
    volume: 1, severity: metadata.severity, origins: [child],
  };
}

export const severityRank = (s: Severity) => severityLevels.indexOf(s);

function unionReports(a: SignatureReport, b: SignatureReport, maxNodes: number): SignatureReport {
  return {
    ...a,
    firstSeenMs: Math.min(a.firstSeenMs, b.firstSeenMs),
    lastSeenMs: Math.max(a.lastSeenMs, b.lastSeenMs),
    volume: Math.max(a.volume, b.volume),
    severity: severityRank(a.severity) >= severityRank(b.severity) ? a.severity : b.severity,
    origins: [...new Set([...a.origins, ...b.origins])].sort().slice(0, maxNodes),
  };
}

export class ReportSet {
  private readonly reports = new Map<string, SignatureReport>();

  constructor(private readonly limits: AnalyzerLimits = defaultLimits) {
    validateLimits(limits);
  }

  get size(): number {
    return this.reports.size;
  }

  add(report: SignatureReport): this {
    const key = `${report.child}\u0001${report.id}`;
    const existing = this.reports.get(key);
    if (existing === undefined && this.reports.size >= this.limits.maxCampaignReportsCount) {
      throw new AnalyzerError('LIMIT_EXCEEDED', `report set holds ${this.reports.size} reports`, { limit: 'maxCampaignReportsCount', value: this.reports.size + 1 });
    }
    this.reports.set(key, existing === undefined ? report : unionReports(existing, report, this.limits.maxCampaignNodesCount));
    return this;
  }

  merge(other: ReportSet): this {
    for (const report of other.list()) this.add(report);
    return this;
  }

  /** Drops reports last seen before `epochMs`. */
  pruneBefore(epochMs: number): this {
    for (const [key, report] of [...this.reports]) if (report.lastSeenMs < epochMs) this.reports.delete(key);
    return this;
  }

  /** Reports in a canonical order (child, id). */
  list(): SignatureReport[] {
    return [...this.reports.keys()].sort().map((k) => this.reports.get(k) as SignatureReport);
  }
}
