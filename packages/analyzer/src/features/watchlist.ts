/**
 * The caller's watchlist (terms and hashtags that flow down as policy), compiled once per
 * version into a matcher. Terms match whole words, multi-word terms as sequences, on the
 * same normalised tokens the classifier reads.
 */
import { AnalyzerError } from '../errors.js';
import { defaultLimits, validateLimits, type AnalyzerLimits } from '../limits.js';
import { canonicalHashtag } from '../text/extract.js';
import { normalizeForModel, words } from '../text/normalize.js';

export interface WatchlistInput {
  readonly version?: string;
  readonly terms?: readonly string[];
  readonly hashtags?: readonly string[];
}

export interface WatchlistHit {
  readonly kind: 'term' | 'hashtag';
  /** The watchlist entry as compiled (normalised term, or hashtag without `#`). */
  readonly value: string;
}

export class Watchlist {
  readonly version: string;
  private readonly termsByFirstWord = new Map<string, string[][]>();
  private readonly hashtags: ReadonlySet<string>;

  constructor(input: WatchlistInput, limits: AnalyzerLimits = defaultLimits) {
    validateLimits(limits);
    const count = (input.terms?.length ?? 0) + (input.hashtags?.length ?? 0);
    if (count > limits.maxWatchlistEntriesCount) {
      throw new AnalyzerError('LIMIT_EXCEEDED', `watchlist has ${count} entries, more than ${limits.maxWatchlistEntriesCount}`, { limit: 'maxWatchlistEntriesCount', value: count });
    }
    this.version = input.version ?? '';
    for (const term of input.terms ?? []) {
      const tokens = words(normalizeForModel(term));
      const first = tokens[0];
      if (first === undefined) continue;
      const list = this.termsByFirstWord.get(first) ?? [];
      list.push(tokens);
      this.termsByFirstWord.set(first, list);
    }
    this.hashtags = new Set((input.hashtags ?? []).map(canonicalHashtag).filter((h) => h.length > 0));
  }

  /** Entries found in a post's tokens and canonical hashtags, sorted, deduplicated. */
  match(tokens: readonly string[], hashtags: readonly string[], max: number): WatchlistHit[] {
    const hits = new Map<string, WatchlistHit>();
    for (let i = 0; i < tokens.length && this.termsByFirstWord.size > 0; i++) {
      for (const term of this.termsByFirstWord.get(tokens[i] as string) ?? []) {
        if (term.every((word, k) => tokens[i + k] === word)) hits.set(`term:${term.join(' ')}`, { kind: 'term', value: term.join(' ') });
      }
    }
    for (const tag of hashtags) if (this.hashtags.has(tag)) hits.set(`hashtag:${tag}`, { kind: 'hashtag', value: tag });
    return [...hits.keys()].sort().slice(0, max).map((key) => hits.get(key) as WatchlistHit);
  }
}
