import { describe, expect, it } from 'vitest';
import {
  AnalyzerError, campaignToReport, decodeCampaigns, decodeSignatureReports, detectCampaigns, encodeCampaigns, encodeSignatureReports,
  generateStream, ReportSet, scoreDetection, type StreamOptions,
} from '../src/index.js';
import { analyseStream } from './helpers.js';

const hourMs = 3_600_000;
const policy = { minNodes: 4, windowMs: hourMs };
const options: StreamOptions = {
  seed: 7, leaves: 8, backgroundPostsPerLeaf: 120, startMs: 1_700_000_000_000, durationMs: 24 * hourMs,
  campaigns: 5, campaignLeaves: 4, campaignPostsPerLeaf: 3, campaignSpanMs: 30 * 60_000,
  localDecoys: 4, slowDecoys: 3, slowSpanMs: 3 * hourMs,
};
const repeat = (seed: number) => `repeat with: generateStream({ ...options, seed: ${seed} })`;

describe('campaign detection over simulated leaves', () => {
  for (const seed of [7, 8, 9]) {
    it(`finds every planted campaign and nothing else (seed ${seed})`, () => {
      const stream = generateStream({ ...options, seed });
      const { reports, plantedOf } = analyseStream(stream);
      const found = detectCampaigns(reports, policy);
      const score = scoreDetection(found, plantedOf, options.campaigns);
      expect(score.truePositives, repeat(seed)).toBe(options.campaigns);
      expect(score.falsePositives, repeat(seed)).toBe(0);
      for (const campaign of found) {
        expect(campaign.nodes.length).toBeGreaterThanOrEqual(policy.minNodes);
        expect(campaign.peakNodesInWindow).toBeGreaterThanOrEqual(policy.minNodes);
        const planted = options.campaignLeaves * options.campaignPostsPerLeaf;
        expect(campaign.volume).toBeLessThanOrEqual(planted);
        expect(campaign.volume).toBeGreaterThanOrEqual(Math.ceil(planted * 0.75));
        expect(campaign.lastSeenMs - campaign.firstSeenMs).toBeLessThanOrEqual(options.campaignSpanMs);
      }
    });
  }

  it('reports no campaign in a stream without one (decoys below K, or spread beyond W)', () => {
    const stream = generateStream({ ...options, campaigns: 0 });
    const { reports } = analyseStream(stream);
    expect(detectCampaigns(reports, policy)).toEqual([]);
    // The slow decoys are campaigns once the window is wide enough: the window matters.
    expect(detectCampaigns(reports, { ...policy, windowMs: 12 * hourMs }).length).toBe(options.slowDecoys);
  });

  it('is independent of report order', () => {
    const { reports } = analyseStream(generateStream(options));
    expect(detectCampaigns([...reports].reverse(), policy)).toEqual(detectCampaigns(reports, policy));
  });

  it('works the same one tier up: regions report campaigns, the nation finds those spanning regions', () => {
    const stream = generateStream({ ...options, seed: 11 });
    const { reports, plantedOf } = analyseStream(stream);
    const regionOf = (leaf: string) => (Number(leaf.slice(-3)) < 4 ? 'region-a' : 'region-b');
    const national = new ReportSet();
    const representativeOf = new Map<string, string>();
    for (const region of ['region-a', 'region-b']) {
      const regional = detectCampaigns(reports.filter((r) => regionOf(r.child) === region), { minNodes: 2, windowMs: hourMs });
      for (const c of regional) {
        representativeOf.set(c.id, c.representative);
        national.add(campaignToReport(c, region));
      }
    }
    const wire = decodeSignatureReports(encodeSignatureReports(national.list()));
    const spanning = detectCampaigns(wire, { minNodes: 2, windowMs: hourMs });
    const leavesOfPlanted = new Map<number, Set<string>>();
    stream.forEach((p) => p.campaign !== undefined && leavesOfPlanted.set(p.campaign, (leavesOfPlanted.get(p.campaign) ?? new Set()).add(p.leaf)));
    // A region reports a campaign seen at 2 or more of its leaves; the nation needs 2 regions.
    const leavesIn = (leaves: Set<string>, region: string) => [...leaves].filter((leaf) => regionOf(leaf) === region).length;
    const expected = [...leavesOfPlanted.values()].filter((leaves) => leavesIn(leaves, 'region-a') >= 2 && leavesIn(leaves, 'region-b') >= 2).length;
    expect(expected).toBeGreaterThan(0);
    expect(spanning).toHaveLength(expected);
    for (const c of spanning) {
      expect(c.nodes).toEqual(['region-a', 'region-b']);
      expect(plantedOf.has(representativeOf.get(c.representative) ?? '')).toBe(true);
      expect(new Set(c.origins.map(regionOf)).size).toBe(2);
    }
    expect(decodeCampaigns(encodeCampaigns(spanning))).toEqual(spanning);
  });

  it('report sets merge as grow-only sets', () => {
    const { reports } = analyseStream(generateStream({ ...options, backgroundPostsPerLeaf: 10 }));
    const a = new ReportSet();
    const b = new ReportSet();
    reports.forEach((r, i) => (i % 2 === 0 ? a : b).add(r));
    const ab = new ReportSet().merge(a).merge(b);
    const ba = new ReportSet().merge(b).merge(a).merge(b);
    expect(ab.list()).toEqual(ba.list());
    expect(ab.size).toBe(reports.length);
    expect(ab.pruneBefore(Number.MAX_SAFE_INTEGER).size).toBe(0);
  });

  it('validates its policy', () => {
    expect(() => detectCampaigns([], { minNodes: 1, windowMs: 1 })).toThrow(AnalyzerError);
    expect(() => detectCampaigns([], { minNodes: 2, windowMs: 0 })).toThrow(/windowMs/);
    expect(() => detectCampaigns([], { minNodes: 2, windowMs: 1, minSimilarity: 0 })).toThrow(/minSimilarity/);
  });
});
