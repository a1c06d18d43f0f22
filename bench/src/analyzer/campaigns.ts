/** Campaign detection quality on generated streams over simulated leaves, and its speed. */
import {
  analyze, detectCampaigns, generateStream, reportFromMetadata, scoreDetection, type DetectionScore, type SignatureReport, type StreamOptions,
} from '@continuum/analyzer';

const hourMs = 3_600_000;
export const campaignPolicy = { minNodes: 4, windowMs: hourMs };

/** `hard`: shorter templates (10–14 words) and up to 3 changed words per copy. */
export function streamOptions(seed: number, quick: boolean, campaigns: number, hard = false): StreamOptions {
  return {
    ...(hard ? { maxEdits: 3, templateWords: [10, 14] as const } : {}),
    seed, leaves: 12, backgroundPostsPerLeaf: quick ? 50 : 400, startMs: 1_700_000_000_000, durationMs: 24 * hourMs,
    campaigns, campaignLeaves: 4, campaignPostsPerLeaf: 3, campaignSpanMs: 30 * 60_000, localDecoys: 6, slowDecoys: 4, slowSpanMs: 3 * hourMs,
  };
}

export interface CampaignResult {
  readonly score: DetectionScore;
  /** Planted posts linked into their detected campaign, over planted posts. */
  readonly postRecall: number;
  readonly reports: number;
  readonly detectMs: number;
  readonly noCampaignStreamDetections: number;
}

function reportsOf(options: StreamOptions): { reports: SignatureReport[]; plantedOf: Map<string, number> } {
  const reports: SignatureReport[] = [];
  const plantedOf = new Map<string, number>();
  for (const item of generateStream(options)) {
    const secret = new Uint8Array(32);
    for (let i = 0; i < item.leaf.length; i++) secret[i] = item.leaf.charCodeAt(i);
    const m = analyze(item.post, { nodeSecret: secret, territory: 'XX' });
    reports.push(reportFromMetadata(m, item.leaf));
    if (item.campaign !== undefined) plantedOf.set(m.cid, item.campaign);
  }
  return { reports, plantedOf };
}

export function measureCampaigns(seeds: readonly number[], quick: boolean, hard = false): CampaignResult[] {
  return seeds.map((seed) => {
    const options = streamOptions(seed, quick, 8, hard);
    const { reports, plantedOf } = reportsOf(options);
    const started = performance.now();
    const found = detectCampaigns(reports, campaignPolicy);
    const detectMs = performance.now() - started;
    const score = scoreDetection(found, plantedOf, options.campaigns);
    const linked = found.filter((c) => plantedOf.has(c.representative)).reduce((sum, c) => sum + c.volume, 0);
    const clean = reportsOf(streamOptions(seed + 1000, quick, 0, hard));
    return {
      score, postRecall: linked / plantedOf.size, reports: reports.length, detectMs,
      noCampaignStreamDetections: detectCampaigns(clean.reports, campaignPolicy).length,
    };
  });
}
