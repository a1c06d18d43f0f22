/** What `analyze` gives for a post: everything that may leave the leaf, nothing that may not. */
import type { GroupMention } from './features/groups.js';
import type { WatchlistHit } from './features/watchlist.js';

export const categoryNames = ['hate_speech', 'offensive', 'threat', 'harassment'] as const;
export type Category = (typeof categoryNames)[number];
/** The category a post is counted under in roll-ups; `none` when no category applies. */
export type PrimaryCategory = Category | 'none';

export const severityLevels = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof severityLevels)[number];

export interface CategoryScores {
  readonly hateSpeech: number;
  readonly offensive: number;
  readonly threat: number;
  readonly harassment: number;
}

export interface Signatures {
  /** 64-bit SimHash, 16 hex digits. */
  readonly simhash: string;
  /** MinHash sketch, 64 unsigned 32-bit values. */
  readonly minhash: readonly number[];
  /** LSH band keys of the sketch, 16 unsigned 32-bit values. */
  readonly bands: readonly number[];
}

export interface PostMetadata {
  /** CID of the canonical post (content stays on the leaf under this key). */
  readonly cid: string;
  readonly platform: string;
  readonly createdAtMs: number;
  /** ISO 639-1 code, or `und`. */
  readonly language: string;
  readonly territory: string;
  /** Keyed hash of the author (see Pseudonymizer); never the real id. */
  readonly authorPseudonym: string;
  readonly isReply: boolean;
  readonly mediaCount: number;
  readonly hashtags: readonly string[];
  /** Pseudonyms of mentioned accounts. */
  readonly mentions: readonly string[];
  readonly urlDomains: readonly string[];
  readonly scores: CategoryScores;
  /** Categories that apply, in `categoryNames` order. */
  readonly categories: readonly Category[];
  readonly primaryCategory: PrimaryCategory;
  readonly severity: Severity;
  /** Why the severity is what it is (codes such as `threat>=0.5`, `watchlist`). */
  readonly severityReasons: readonly string[];
  readonly groups: readonly GroupMention[];
  readonly signatures: Signatures;
  readonly watchlistHits: readonly WatchlistHit[];
  /** Versions the result depends on: model, lexicons, watchlist. */
  readonly provenance: { readonly model: string; readonly lexicon: string; readonly watchlist: string };
}
