import { describe, expect, it } from 'vitest';
import {
  AnalyzerError, analyze, defaultLimits, detectCampaigns, ReportSet, validateLimits, validatePostLine, Watchlist, type SignatureReport,
} from '../src/index.js';

const post = { id: '1', platform: 'x', author: 'a', text: 'hello #one #two #three @p @q @r', created_at: '2024-01-01T00:00:00Z' };
const limitOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (AnalyzerError.is(error, 'LIMIT_EXCEEDED')) return error.details.limit;
    if (AnalyzerError.is(error, 'INVALID_ARGUMENT')) return error.details.argument;
    throw error;
  }
  return undefined;
};
const report = (child: string, id: string): SignatureReport => ({
  child, id, firstSeenMs: 0, lastSeenMs: 0, volume: 1, severity: 'low', origins: Array.from({ length: 5 }, (_, i) => `o${i}`),
  signatures: { simhash: '0000000000000000', minhash: new Array<number>(64).fill(1), bands: new Array<number>(16).fill(1) },
});

describe('named limits', () => {
  it('every default is a positive integer, and overrides are validated', () => {
    for (const [name, value] of Object.entries(defaultLimits)) expect(Number.isSafeInteger(value) && value > 0, name).toBe(true);
    expect(validateLimits(defaultLimits)).toBe(defaultLimits);
    for (const name of Object.keys(defaultLimits)) {
      expect(limitOf(() => validateLimits({ ...defaultLimits, [name]: 0 }))).toBe(name);
      expect(limitOf(() => validateLimits({ ...defaultLimits, [name]: 1.5 }))).toBe(name);
    }
    expect(limitOf(() => validatePostLine('{}', 1, { ...defaultLimits, maxTextChars: -1 }))).toBe('maxTextChars');
  });

  it('maxPostLineChars, maxTextChars, maxFieldChars, maxHashtagsCount, maxMediaCount bound the validator', () => {
    const tight = { ...defaultLimits, maxPostLineChars: 400, maxTextChars: 10, maxFieldChars: 30, maxHashtagsCount: 1, maxMediaCount: 1 };
    const reason = (value: object) => { const r = validatePostLine(JSON.stringify(value), 1, tight); return r.ok ? 'ok' : r.error.details.reason; };
    expect(reason({ ...post, text: 'x'.repeat(500) })).toBe('line_too_long');
    expect(reason(post)).toBe('text_too_long');
    expect(reason({ ...post, text: 'hi', author: 'a'.repeat(31) })).toBe('field_too_long');
    expect(reason({ ...post, text: 'hi', hashtags: ['a', 'b'] })).toBe('too_many_hashtags');
    expect(reason({ ...post, text: 'hi', media: ['a', 'b'] })).toBe('too_many_media');
  });

  it('maxExtractedCount and maxHashtagsCount bound what metadata carries; minNodeSecretBytes bounds the key', () => {
    const limits = { ...defaultLimits, maxExtractedCount: 2, maxHashtagsCount: 2 };
    const m = analyze(post, { nodeSecret: new Uint8Array(16), limits });
    expect(m.hashtags).toHaveLength(2);
    expect(m.mentions).toHaveLength(2);
    expect(limitOf(() => analyze(post, { nodeSecret: new Uint8Array(15) }))).toBe('nodeSecret');
  });

  it('maxWatchlistEntriesCount bounds a watchlist', () => {
    expect(limitOf(() => new Watchlist({ terms: ['a', 'b'], hashtags: ['c'] }, { ...defaultLimits, maxWatchlistEntriesCount: 2 }))).toBe('maxWatchlistEntriesCount');
  });

  it('maxCampaignReportsCount and maxCampaignNodesCount bound campaign detection', () => {
    const limits = { ...defaultLimits, maxCampaignReportsCount: 2, maxCampaignNodesCount: 3 };
    const set = new ReportSet(limits).add(report('a', '1')).add(report('b', '1'));
    expect(limitOf(() => set.add(report('c', '1')))).toBe('maxCampaignReportsCount');
    expect(limitOf(() => detectCampaigns([report('a', '1'), report('b', '1'), report('c', '1')], { minNodes: 2, windowMs: 1 }, limits))).toBe('reports');
    const [campaign] = detectCampaigns([report('a', '1'), report('b', '1')], { minNodes: 2, windowMs: 1 }, limits);
    expect(campaign?.origins).toHaveLength(3);
  });
});
