/**
 * What a post's metadata becomes above the leaf. Per-post records go to the leaf's parent
 * only (the leaf→regional fields: never text, media or a real author id); counters,
 * signature reports and high-severity summaries are roll-ups that every tier passes up.
 * Every record names its originating leaf, and every counter is a dot of that leaf, so
 * re-delivery or a second path through another parent never counts twice.
 */
import type { PostMetadata } from '@continuum/analyzer';
import { rollupKey } from '@continuum/crdt';

/** The fields of a post that its leaf's parent holds. */
export interface ParentPostRecord {
  readonly cid: string;
  readonly node: string;
  readonly created_at_ms: number;
  readonly platform: string;
  readonly language: string;
  readonly territory: string;
  readonly author: string;
  readonly is_reply: boolean;
  readonly media_count: number;
  readonly hashtags: readonly string[];
  readonly url_domains: readonly string[];
  readonly categories: readonly string[];
  readonly primary_category: string;
  readonly severity: string;
  readonly simhash: string;
}

export interface AlertRecord {
  readonly cid: string;
  readonly territory: string;
  readonly severity: string;
  readonly categories: readonly string[];
  readonly created_at_ms: number;
  readonly node: string;
}

export interface ReportRecord {
  readonly cid: string;
  readonly node: string;
  readonly territory: string;
  readonly created_at_ms: number;
  readonly severity: string;
  readonly simhash: string;
  readonly minhash: readonly number[];
  readonly bands: readonly number[];
}

/** The subset of PostMetadata the replication needs (tests and simulations build it directly). */
export type MetadataInput = Pick<PostMetadata, 'cid' | 'platform' | 'createdAtMs' | 'language' | 'territory' | 'authorPseudonym' | 'isReply' | 'mediaCount'
  | 'hashtags' | 'urlDomains' | 'categories' | 'primaryCategory' | 'severity' | 'signatures'>;

export const alertSeverities: ReadonlySet<string> = new Set(['high', 'critical']);

export function bucketStart(ms: number, bucketMs: number): number {
  return Math.floor(ms / bucketMs) * bucketMs;
}

/** Counter key: territory, bucket start, primary category, language, severity. */
export function countKey(meta: MetadataInput, bucketMs: number): string {
  return rollupKey(['c', meta.territory, String(bucketStart(meta.createdAtMs, bucketMs)), meta.primaryCategory, meta.language, meta.severity]);
}

export function hashtagKey(tag: string, createdAtMs: number, bucketMs: number): string {
  return rollupKey(['h', String(bucketStart(createdAtMs, bucketMs)), tag]);
}

export function parentRecord(meta: MetadataInput, node: string): ParentPostRecord {
  return {
    cid: meta.cid, node, created_at_ms: meta.createdAtMs, platform: meta.platform, language: meta.language, territory: meta.territory,
    author: meta.authorPseudonym, is_reply: meta.isReply, media_count: meta.mediaCount, hashtags: [...meta.hashtags], url_domains: [...meta.urlDomains],
    categories: [...meta.categories], primary_category: meta.primaryCategory, severity: meta.severity, simhash: meta.signatures.simhash,
  };
}

export function alertRecord(meta: MetadataInput, node: string): AlertRecord {
  return { cid: meta.cid, territory: meta.territory, severity: meta.severity, categories: [...meta.categories], created_at_ms: meta.createdAtMs, node };
}

export function reportRecord(meta: MetadataInput, node: string): ReportRecord {
  return {
    cid: meta.cid, node, territory: meta.territory, created_at_ms: meta.createdAtMs, severity: meta.severity,
    simhash: meta.signatures.simhash, minhash: [...meta.signatures.minhash], bands: [...meta.signatures.bands],
  };
}

/**
 * The canonical JSON of a record above (the text @continuum/crdt's `canonicalJson` gives):
 * its values are strings, finite numbers, booleans and arrays of those, so JSON.stringify
 * over the keys in sorted order is the same text, several times faster (this runs for every
 * ingested post).
 */
export function recordJson(record: ParentPostRecord | AlertRecord | ReportRecord): string {
  const source = record as unknown as Record<string, unknown>;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(source).sort()) sorted[key] = source[key];
  return JSON.stringify(sorted);
}
