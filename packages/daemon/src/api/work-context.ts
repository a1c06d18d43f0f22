/** What the federation's work routes (ingest, content, audit, query) need from the node. */
import type { IngestService } from '../ingest/ingest.js';
import type { DirectiveApplier } from '../directives/directive-applier.js';
import type { DocStore } from '../docs/doc-store.js';
import type { MapReplication } from '../map/map-replication.js';
import type { ProxyAnswer } from '../query/proxy.js';
import type { QueryService } from '../query/query.js';

export interface WorkDeps {
  /** Ingest and the content store (every node has one; leaves use it). */
  readonly ingest: IngestService;
  /** The query proxy's asking side: which leaf holds a CID, and the request to it. */
  readonly proxy?: {
    holderOf(cid: string): string | undefined;
    request(leaf: string, cid: string, signal: AbortSignal): Promise<ProxyAnswer>;
  };
  /** Queries over this node's subtree from its local CRDT state. */
  readonly query?: QueryService;
  /** The eventual replicated KV map (`/v1/map`). */
  readonly map?: MapReplication;
  /** Resolves once the map's local writes so far are durable (a write is acknowledged after it). */
  readonly mapFlush?: () => Promise<void>;
  /** Shared documents (`/v1/docs`). */
  readonly docs?: DocStore;
  /** Directives down (`/v1/directives`). */
  readonly directives?: DirectiveApplier;
  /** Wall clock (ms): default query ranges end now. */
  readonly now: () => number;
}
