/** What the federation's work routes (ingest, content, audit, query) need from the node. */
import type { IngestService } from '../ingest/ingest.js';
import type { DocStore } from '../docs/doc-store.js';
import type { MapReplication } from '../map/map-replication.js';
import type { QueryService } from '../query/query.js';

export interface WorkDeps {
  /** Ingest and the content store (every node has one; leaves use it). */
  readonly ingest: IngestService;
  /** Whether the query proxy may hand out raw content (policy `proxy_content`, default deny). */
  readonly proxyAllowed: () => boolean;
  /** Queries over this node's subtree from its local CRDT state. */
  readonly query?: QueryService;
  /** The eventual replicated KV map (`/v1/map`). */
  readonly map?: MapReplication;
  /** Shared documents (`/v1/docs`). */
  readonly docs?: DocStore;
  /** Wall clock (ms): default query ranges end now. */
  readonly now: () => number;
}
