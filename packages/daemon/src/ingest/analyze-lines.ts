/**
 * The analysis of one chunk of NDJSON lines, the same inline and in an analysis worker:
 * each line validated (a bad one reported with its number and reason), analysed, and its
 * post and metadata encoded for the content store. Results are in line order.
 */
import type * as AnalyzerModule from '@continuum/analyzer';
import type { PostMetadata, Watchlist } from '@continuum/analyzer';
import { encodePostBody, indexedFields, type IndexedFields } from '../content/post-codec.js';

export type Analyzer = typeof AnalyzerModule;

export interface AnalysisContext {
  readonly nodeSecret: Uint8Array;
  /** Territory of posts that carry none (the leaf's own). */
  readonly territory: string;
  readonly watchlist?: Watchlist;
}

export interface RejectedLine {
  readonly line: number;
  readonly field: string | null;
  readonly reason: string;
  readonly message: string;
}

export interface AnalysedLine {
  readonly line: number;
  readonly fields: IndexedFields;
  readonly metadata: PostMetadata;
  /** Post and metadata encoded for the store (`encodePostBody`). */
  readonly body: Uint8Array;
}

export interface AnalysedChunk {
  readonly items: AnalysedLine[];
  readonly rejected: RejectedLine[];
}

/** Lines numbered from `firstLine`; blank lines are skipped (neither stored nor rejected). */
export function analyzeLines(analyzer: Analyzer, lines: readonly string[], firstLine: number, context: AnalysisContext): AnalysedChunk {
  const items: AnalysedLine[] = [];
  const rejected: RejectedLine[] = [];
  const base = { nodeSecret: context.nodeSecret, ...(context.watchlist === undefined ? {} : { watchlist: context.watchlist }) };
  lines.forEach((text, i) => {
    const line = firstLine + i;
    if (text.trim() === '') return;
    const result = analyzer.validatePostLine(text.endsWith('\r') ? text.slice(0, -1) : text, line);
    if (!result.ok) {
      const details = result.error.details;
      rejected.push({ line, field: details.field ?? null, reason: details.reason, message: result.error.message });
      return;
    }
    const metadata = analyzer.analyze(result.post, { ...base, territory: result.post.territory ?? context.territory });
    const fields = indexedFields(metadata);
    items.push({ line, fields, metadata, body: encodePostBody(result.post, fields, analyzer.encodePostMetadata(metadata)) });
  });
  return { items, rejected };
}
