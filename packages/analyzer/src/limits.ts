import { requireArgument } from './errors.js';

/**
 * Every limit of @continuum/analyzer, in one place. Names end with their unit.
 * `validateLimits` checks a caller's overrides; tests hit each limit.
 */
export interface AnalyzerLimits {
  /** Longest accepted NDJSON post line, in UTF-16 code units. */
  readonly maxPostLineChars: number;
  /** Longest post text, in UTF-16 code units. */
  readonly maxTextChars: number;
  /** Longest id, author, platform, url, reply_to or media reference. */
  readonly maxFieldChars: number;
  /** Most hashtags a post may list, and most kept in its metadata. */
  readonly maxHashtagsCount: number;
  /** Most media references a post may list. */
  readonly maxMediaCount: number;
  /** Most mentions, URL domains, entities or watchlist hits kept in one post's metadata. */
  readonly maxExtractedCount: number;
  /** Shortest node secret for pseudonymous author ids. */
  readonly minNodeSecretBytes: number;
  /** Most terms plus hashtags in one watchlist. */
  readonly maxWatchlistEntriesCount: number;
  /** Most distinct keys in one roll-up counter. */
  readonly maxRollupKeysCount: number;
  /** Most signature reports a campaign detector holds. */
  readonly maxCampaignReportsCount: number;
  /** Most child node ids carried by one campaign or report. */
  readonly maxCampaignNodesCount: number;
  /** Largest encoded aggregate or metadata message accepted by a decoder. */
  readonly maxEncodedBytes: number;
}

export const defaultLimits: AnalyzerLimits = Object.freeze({
  maxPostLineChars: 64 * 1024,
  maxTextChars: 16 * 1024,
  maxFieldChars: 2048,
  maxHashtagsCount: 64,
  maxMediaCount: 32,
  maxExtractedCount: 32,
  minNodeSecretBytes: 16,
  maxWatchlistEntriesCount: 10_000,
  maxRollupKeysCount: 100_000,
  maxCampaignReportsCount: 200_000,
  maxCampaignNodesCount: 256,
  maxEncodedBytes: 8 * 1024 * 1024,
});

const validated = new WeakSet<AnalyzerLimits>();

/** Checks every limit is a positive safe integer; throws INVALID_ARGUMENT naming the first that is not. */
export function validateLimits(limits: AnalyzerLimits): AnalyzerLimits {
  if (validated.has(limits)) return limits;
  for (const name of Object.keys(defaultLimits) as (keyof AnalyzerLimits)[]) {
    const value = limits[name];
    requireArgument(Number.isSafeInteger(value) && value > 0, name, 'must be a positive integer');
  }
  validated.add(limits);
  return limits;
}
