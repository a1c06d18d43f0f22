/** Roll-ups, hashtag sketches, signature reports and campaigns to and from their wire form. */
import { HashtagSketch } from '../aggregate/hashtags.js';
import type { Campaign } from '../aggregate/campaigns.js';
import type { SignatureReport } from '../aggregate/reports.js';
import { Rollup } from '../aggregate/rollup.js';
import { continuum } from '../gen/analyzer.js';
import { defaultLimits, type AnalyzerLimits } from '../limits.js';
import { categoryNames, type Category, type PrimaryCategory } from '../metadata.js';
import { DecodeProblem, decodeGuarded, safeNumber, severityFrom } from './problem.js';
import { signaturesFromWire, signaturesToWire } from './signatures.js';

const wire = continuum.analyzer.v1;

export function encodeRollup(rollup: Rollup): Uint8Array {
  return wire.Rollup.encode({ bucketMs: rollup.bucketMs, rows: rollup.rows() }).finish();
}

export function decodeRollup(bytes: Uint8Array, limits: AnalyzerLimits = defaultLimits): Rollup {
  return decodeGuarded('Rollup', bytes, limits, (b) => {
    const m = wire.Rollup.decode(b);
    const bucketMs = safeNumber(m.bucketMs, 'bucketMs');
    if (bucketMs === 0) throw new DecodeProblem('bucketMs is 0');
    if (m.rows.length > limits.maxRollupKeysCount) throw new DecodeProblem('too many rows');
    const rows = m.rows.map((r) => {
      if (r.category !== 'none' && !categoryNames.includes(r.category as Category)) throw new DecodeProblem('unknown category');
      const bucketStartMs = safeNumber(r.bucketStartMs, 'bucketStartMs');
      if (bucketStartMs % bucketMs !== 0) throw new DecodeProblem('bucketStartMs not aligned');
      return {
        territory: r.territory ?? '', bucketStartMs, category: r.category as PrimaryCategory,
        language: r.language ?? '', severity: severityFrom(r.severity), count: safeNumber(r.count, 'count'),
      };
    });
    return Rollup.fromRows(bucketMs, rows, limits);
  });
}

export function encodeHashtagSketch(sketch: HashtagSketch): Uint8Array {
  return wire.HashtagSketch.encode({ ...sketch.shape, counters: [...sketch.counters], candidates: sketch.candidateTags() }).finish();
}

export function decodeHashtagSketch(bytes: Uint8Array, limits: AnalyzerLimits = defaultLimits): HashtagSketch {
  return decodeGuarded('HashtagSketch', bytes, limits, (b) => {
    const m = wire.HashtagSketch.decode(b);
    const shape = { width: m.width, depth: m.depth, candidateCount: m.candidateCount };
    if (m.counters.length !== m.width * m.depth) throw new DecodeProblem('counters length is not width × depth');
    if (m.candidates.length > m.candidateCount) throw new DecodeProblem('more candidates than candidateCount');
    return new HashtagSketch(shape, Uint32Array.from(m.counters), m.candidates);
  });
}

function reportToWire(r: SignatureReport) {
  return { ...r, signatures: signaturesToWire(r.signatures), origins: [...r.origins] };
}

export function encodeSignatureReports(reports: readonly SignatureReport[]): Uint8Array {
  return wire.SignatureReports.encode({ reports: reports.map(reportToWire) }).finish();
}

export function decodeSignatureReports(bytes: Uint8Array, limits: AnalyzerLimits = defaultLimits): SignatureReport[] {
  return decodeGuarded('SignatureReports', bytes, limits, (b) => {
    const m = wire.SignatureReports.decode(b);
    if (m.reports.length > limits.maxCampaignReportsCount) throw new DecodeProblem('too many reports');
    return m.reports.map((r) => {
      if (!r.child || !r.id) throw new DecodeProblem('report without child or id');
      const origins = r.origins ?? [];
      if (origins.length > limits.maxCampaignNodesCount) throw new DecodeProblem('too many origins');
      const firstSeenMs = safeNumber(r.firstSeenMs, 'firstSeenMs');
      const lastSeenMs = safeNumber(r.lastSeenMs, 'lastSeenMs');
      if (lastSeenMs < firstSeenMs) throw new DecodeProblem('lastSeenMs before firstSeenMs');
      return {
        child: r.child, id: r.id, signatures: signaturesFromWire(r.signatures), firstSeenMs, lastSeenMs,
        volume: safeNumber(r.volume, 'volume'), severity: severityFrom(r.severity), origins,
      };
    });
  });
}

export function encodeCampaigns(campaigns: readonly Campaign[]): Uint8Array {
  return wire.Campaigns.encode({
    campaigns: campaigns.map((c) => ({ ...c, signatures: signaturesToWire(c.signatures), nodes: [...c.nodes], origins: [...c.origins] })),
  }).finish();
}

export function decodeCampaigns(bytes: Uint8Array, limits: AnalyzerLimits = defaultLimits): Campaign[] {
  return decodeGuarded('Campaigns', bytes, limits, (b) => wire.Campaigns.decode(b).campaigns.map((c) => {
    const nodes = c.nodes ?? [];
    const origins = c.origins ?? [];
    if (nodes.length > limits.maxCampaignNodesCount || origins.length > limits.maxCampaignNodesCount) throw new DecodeProblem('too many nodes');
    return {
      id: c.id ?? '', representative: c.representative ?? '', signatures: signaturesFromWire(c.signatures), nodes, origins,
      firstSeenMs: safeNumber(c.firstSeenMs, 'firstSeenMs'), lastSeenMs: safeNumber(c.lastSeenMs, 'lastSeenMs'),
      volume: safeNumber(c.volume, 'volume'), severity: severityFrom(c.severity), peakNodesInWindow: c.peakNodesInWindow ?? 0, reportCount: c.reportCount ?? 0,
    };
  }));
}
