/**
 * Limits of the federation's work (ingest, metadata replication, queries). Kept apart
 * from `limits.ts` so the spine's limits and these can change independently; every one
 * is hit by a test.
 */
export const workLimits = {
  /** Largest NDJSON body `POST /v1/posts` accepts. */
  maxIngestBodyBytes: 8 * 1024 * 1024,
  /** Most lines in one ingest request. */
  maxIngestLinesCount: 20_000,
  /** Most analysis workers (`node.analysis_workers`); each holds its own analyzer (~200 MB). */
  maxAnalysisWorkersCount: 64,
  /** Lines per chunk an ingest request is split into for the analysis workers. */
  analysisChunkLinesCount: 250,
  /** Bytes of the node secret (HMAC key for pseudonyms). */
  nodeSecretBytes: 32,
  /** Largest sync message of the metadata replication (encoded; a leaf back after days
   * offline sends its backlog in one), carried in frames of at most `syncChunkBytes`. */
  maxSyncMessageBytes: 64 * 1024 * 1024,
  /** Frame size on `/continuum/sync/1.0.0` (a message is split across frames). */
  syncChunkBytes: 1024 * 1024,
  /** Wait before retrying a metadata send that failed (the parent unreachable). */
  sendRetryMs: 1_000,
  /** How often the metadata replica and shared documents are written to the data dir. */
  persistIntervalMs: 5_000,
  /** Width of the finest time bucket the roll-up counters keep (retention drops whole buckets). */
  rollupBucketMs: 60_000,
  /** Most records each of the `posts`, `reports` and `alerts` sets keeps (oldest dropped first),
   * whatever the retention: memory stays bounded without a policy. */
  maxMetadataRecordsCount: 500_000,
  /** How often retention runs over the metadata replica. */
  metadataPruneIntervalMs: 60_000,
  /** Size of `metadata.log` (appended deltas) past which the replica is rewritten to `metadata.bin`. */
  maxMetadataLogBytes: 16 * 1024 * 1024,
  /** Most buckets one query may return. */
  maxQueryBucketsCount: 10_000,
  /** Most alerts a query returns (newest first). */
  maxQueryAlertsCount: 200,
  /** Most hashtags a query returns. */
  maxQueryHashtagsCount: 50,
  /** Ids of alerts and campaigns the event stream remembers (to emit each once). */
  maxSeenEvents: 100_000,
  /** Open WebSockets (events and docs together). */
  maxWebSocketsCount: 256,
  /** Largest WebSocket message accepted. */
  maxWebSocketMessageBytes: 1024 * 1024,
  /** Shared documents a node keeps. */
  maxDocsCount: 64,
  /** Encoded size of one shared document. */
  maxDocBytes: 4 * 1024 * 1024,
  /** Most audit records one `GET /v1/audit` returns. */
  maxAuditPageCount: 1_000,
} as const;

export type WorkLimits = typeof workLimits;
