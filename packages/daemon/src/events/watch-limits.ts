/** The bounds of KV watches (`GET /v1/kv/{key}?watch=true`, `GET /v1/kv?watch=true&prefix=P`). */
export const watchLimits = {
  /** Keys in one `GET /v1/kv?prefix=P` or `GET /v1/map?prefix=P` answer (the first ones by key order). */
  maxKvListCount: 10_000,
  /** Watches open at once on one node; one more is refused with 429. */
  maxKvWatchersCount: 64,
  /** Recent changes kept so a watch can start at an earlier revision (`start_revision`). */
  maxKvWatchHistoryCount: 1024,
  /** A watch that has written this much its client has not read yet is ended (a slow reader). */
  maxKvWatchBufferedBytes: 4 * 1024 * 1024,
  /** A `progress` line (the current revision) is sent this often while nothing changes. */
  kvWatchProgressIntervalMs: 10_000,
} as const;
