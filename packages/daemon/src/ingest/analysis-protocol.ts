/** Messages between the ingest service and its analysis workers. */
import type { PostMetadata } from '@continuum/analyzer';
import type { IndexedFields } from '../content/post-codec.js';
import type { RejectedLine } from './analyze-lines.js';

/** A watchlist as the shared `watchlist` document gives it. */
export interface WatchlistInput {
  readonly version: string;
  readonly terms: readonly string[];
  readonly hashtags: readonly string[];
}

/** Given once, as the worker's `workerData`. */
export interface WorkerInit {
  readonly nodeSecret: Uint8Array;
}

export interface WorkerRequest {
  readonly id: number;
  readonly lines: readonly string[];
  readonly firstLine: number;
  readonly territory: string;
  readonly watchlist?: WatchlistInput;
}

export type WorkerResponse =
  | {
    readonly id: number;
    readonly ok: true;
    /** `end`: where the item's encoded body ends in `bodies` (it starts where the previous one ends). */
    readonly items: ReadonlyArray<{ line: number; fields: IndexedFields; metadata: PostMetadata; end: number }>;
    readonly rejected: readonly RejectedLine[];
    readonly bodies: Uint8Array;
  }
  | { readonly id: number; readonly ok: false; readonly reason: string };
