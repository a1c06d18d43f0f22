/**
 * Ingest at a leaf: NDJSON lines are validated one by one (a bad line is reported with its
 * number and reason, the good ones are kept), analysed with @continuum/analyzer, and
 * stored with their metadata in the content store (LevelDB at `<data_dir>/content`) in
 * one synced batch per request; only what that batch wrote is acknowledged, and the
 * metadata of each newly stored post is handed to `onStored` once. The analysis runs in a
 * pool of worker threads (`analysisWorkers`, config `node.analysis_workers`), or inline
 * when that is 0. Either way the analyzer is loaded on the first ingest: it costs about
 * 200 MB of RSS (per worker) that an idle node should not pay.
 */
import { join } from 'node:path';
import type { PostMetadata, Watchlist } from '@continuum/analyzer';
import { Level } from 'level';
import { AuditLog, type AuditRecord, type AuditVerification } from '../content/audit-log.js';
import { ContentStore, type ContentDb, type ReplayCursor, type StoredPost } from '../content/content-store.js';
import { ContinuumError } from '../errors.js';
import { workLimits } from '../work-limits.js';
import { AnalysisPool, defaultAnalysisWorkers } from './analysis-pool.js';
import type { WatchlistInput } from './analysis-protocol.js';
import { analyzeLines, type AnalysedChunk, type Analyzer } from './analyze-lines.js';
import { loadOrCreateNodeSecret } from './node-secret.js';

export type { WatchlistInput } from './analysis-protocol.js';

export interface IngestOptions {
  readonly dataDir: string;
  /** The leaf's territory (posts without one are counted under it). */
  readonly territory: string;
  readonly now: () => number;
  /** The current watchlist (the shared `watchlist` document); read on every ingest. */
  readonly watchlist?: () => WatchlistInput | undefined;
  /**
   * Called with the metadata of the posts a request stored (not the duplicates), and at
   * `open` with the metadata of every post already stored: posts stored while the daemon
   * was down (ingested through this library) or acknowledged just before a crash reach
   * the metadata replication too; the callee skips the ones it has recorded. `cursor`
   * names the last stored post the call covers (with everything before it): once the
   * callee's state with it is durable, pass it back as `replayAfter` at the next start.
   */
  readonly onStored?: (metadata: readonly PostMetadata[], cursor?: ReplayCursor) => void;
  /** Replay at `open` only the posts after this cursor (absent, or of another store: every post). */
  readonly replayAfter?: ReplayCursor;
  /** Analysis worker threads; 0 analyses inline on the event loop. Default: `defaultAnalysisWorkers()`. */
  readonly analysisWorkers?: number;
  /** The analysis worker's entry (tests give a fixture); defaults to the daemon's own. */
  readonly analysisWorkerUrl?: URL;
}

export interface IngestReport {
  readonly lines: number;
  readonly stored: ReadonlyArray<{ line: number; cid: string }>;
  readonly duplicates: ReadonlyArray<{ line: number; cid: string }>;
  readonly rejected: ReadonlyArray<{ line: number; field: string | null; reason: string; message: string }>;
}

export type ContentAccess = { readonly actor: string; readonly via: 'api' } | { readonly actor: string; readonly via: 'proxy'; readonly allowed: boolean };

/** How the lines are analysed: a worker pool, or the analyzer loaded into this thread. */
type Analysis = { readonly kind: 'pool'; readonly pool: AnalysisPool } | { readonly kind: 'inline'; readonly analyzer: Analyzer; readonly secret: Uint8Array };

export class IngestService {
  private db: ContentDb | undefined;
  private store: ContentStore | undefined;
  private auditLog: AuditLog | undefined;
  private analysis: Promise<Analysis> | undefined;
  private compiled: { version: string; watchlist: Watchlist } | undefined;
  private readonly workers: number;

  constructor(private readonly options: IngestOptions) {
    this.workers = options.analysisWorkers ?? defaultAnalysisWorkers();
    if (!Number.isSafeInteger(this.workers) || this.workers < 0 || this.workers > workLimits.maxAnalysisWorkersCount) {
      throw new ContinuumError('LIMIT_EXCEEDED', `analysisWorkers is 0 to ${workLimits.maxAnalysisWorkersCount}`, { limit: 'maxAnalysisWorkersCount', max: workLimits.maxAnalysisWorkersCount });
    }
  }

  async open(): Promise<void> {
    const db: ContentDb = new Level<string, Uint8Array>(join(this.options.dataDir, 'content'), { keyEncoding: 'utf8', valueEncoding: 'view' });
    await db.open();
    try {
      const store = new ContentStore(db, this.options.now);
      await store.open();
      const auditLog = new AuditLog(db as never, this.options.now);
      await auditLog.open();
      if (this.options.onStored !== undefined) await replay(store, this.options.onStored, this.options.replayAfter);
      [this.db, this.store, this.auditLog] = [db, store, auditLog];
    } catch (error) {
      await db.close();
      throw error;
    }
  }

  async close(): Promise<void> {
    const analysis = this.analysis;
    this.analysis = undefined;
    if (analysis !== undefined) {
      const loaded = await analysis.catch(() => undefined);
      if (loaded?.kind === 'pool') await loaded.pool.close();
    }
    await this.db?.close();
    this.db = undefined;
    this.store = undefined;
    this.auditLog = undefined;
  }

  /** Whether the analysis has been set up (tests; an idle node has not). */
  get analyzerLoaded(): boolean {
    return this.analysis !== undefined;
  }

  /** Analysis worker threads (0: inline). */
  get analysisWorkers(): number {
    return this.workers;
  }

  /** Drops the content store's replay index up to `cursor` (durable in the metadata files). */
  async trimReplay(cursor: ReplayCursor): Promise<void> {
    const store = this.store;
    if (store !== undefined && cursor.store === store.storeId) await store.trimReplayIndex(cursor.seq);
  }

  private parts(): { store: ContentStore; audit: AuditLog } {
    if (this.store === undefined || this.auditLog === undefined) throw new ContinuumError('LIFECYCLE', 'the content store is not open', { state: 'stopped', operation: 'ingest' });
    return { store: this.store, audit: this.auditLog };
  }

  private loadAnalysis(): Promise<Analysis> {
    this.analysis ??= (async (): Promise<Analysis> => {
      const secret = await loadOrCreateNodeSecret(this.options.dataDir);
      if (this.workers > 0) {
        const workerUrl = this.options.analysisWorkerUrl;
        return { kind: 'pool', pool: new AnalysisPool({ size: this.workers, nodeSecret: secret, ...(workerUrl === undefined ? {} : { workerUrl }) }) };
      }
      return { kind: 'inline', analyzer: await import('@continuum/analyzer'), secret };
    })();
    const loading = this.analysis;
    loading.catch(() => {
      if (this.analysis === loading) this.analysis = undefined;
    });
    return loading;
  }

  /** Loads the analysis now (every worker started, or the analyzer imported) instead of on the first ingest. */
  async prepare(): Promise<void> {
    const analysis = await this.loadAnalysis();
    if (analysis.kind === 'pool') await analysis.pool.warmUp();
  }

  private compiledWatchlist(analyzer: Analyzer, input: WatchlistInput | undefined): Watchlist | undefined {
    if (input === undefined) return undefined;
    if (this.compiled?.version !== input.version) {
      this.compiled = { version: input.version, watchlist: new analyzer.Watchlist({ version: input.version, terms: [...input.terms], hashtags: [...input.hashtags] }) };
    }
    return this.compiled.watchlist;
  }

  /** The lines analysed, in line order (split into chunks across the workers). */
  private async analyse(lines: readonly string[]): Promise<AnalysedChunk> {
    const analysis = await this.loadAnalysis();
    const watchlist = this.options.watchlist?.();
    const territory = this.options.territory;
    if (analysis.kind === 'inline') {
      const compiled = this.compiledWatchlist(analysis.analyzer, watchlist);
      return analyzeLines(analysis.analyzer, lines, 1, { nodeSecret: analysis.secret, territory, ...(compiled === undefined ? {} : { watchlist: compiled }) });
    }
    const size = workLimits.analysisChunkLinesCount;
    const chunks: Array<Promise<AnalysedChunk>> = [];
    for (let at = 0; at < lines.length; at += size) {
      chunks.push(analysis.pool.analyze({ lines: lines.slice(at, at + size), firstLine: at + 1, territory, ...(watchlist === undefined ? {} : { watchlist }) }));
    }
    const settled = await Promise.allSettled(chunks);
    const out: AnalysedChunk = { items: [], rejected: [] };
    for (const result of settled) {
      if (result.status === 'rejected') throw result.reason;
      out.items.push(...result.value.items);
      out.rejected.push(...result.value.rejected);
    }
    return out;
  }

  async ingest(body: string): Promise<IngestReport> {
    const { store } = this.parts();
    const lines = body.split('\n');
    if (lines.at(-1) === '') lines.pop();
    if (lines.length > workLimits.maxIngestLinesCount) {
      throw new ContinuumError('PAYLOAD_TOO_LARGE', `more than ${workLimits.maxIngestLinesCount} lines`, { limit: 'maxIngestLinesCount', maxBytes: workLimits.maxIngestLinesCount });
    }
    const { items, rejected } = await this.analyse(lines);
    const written = await store.putMany(items);
    const fresh = new Set(written.stored);
    const stored: Array<{ line: number; cid: string }> = [];
    const duplicates: Array<{ line: number; cid: string }> = [];
    const storedMetadata: PostMetadata[] = [];
    for (const item of items) {
      const cid = item.fields.cid;
      if (fresh.delete(cid)) {
        stored.push({ line: item.line, cid });
        storedMetadata.push(item.metadata);
      } else duplicates.push({ line: item.line, cid });
    }
    if (storedMetadata.length > 0) this.options.onStored?.(storedMetadata, { store: store.storeId, seq: written.lastSeq });
    return { lines: lines.length, stored, duplicates, rejected };
  }

  /** The raw post of a CID; every call is audited (a denied proxy request too). */
  async readContent(cid: string, access: ContentAccess): Promise<StoredPost | undefined> {
    const { store, audit } = this.parts();
    if (access.via === 'proxy' && !access.allowed) {
      await audit.append({ action: 'content.proxy.denied', actor: access.actor, subject: cid, details: { reason: 'policy' } });
      return undefined;
    }
    const stored = await store.get(cid);
    await audit.append({ action: access.via === 'proxy' ? 'content.proxy.allowed' : 'content.read', actor: access.actor, subject: cid, details: { found: stored !== undefined } });
    return stored;
  }

  /** Deletes posts created before `cutoffMs` (retention) and audits how many. */
  async applyRetention(cutoffMs: number): Promise<number> {
    const { store, audit } = this.parts();
    const deleted = await store.deleteOlderThan(cutoffMs);
    if (deleted > 0) await audit.append({ action: 'content.deleted', actor: 'retention', subject: `before:${cutoffMs}`, details: { deleted } });
    return deleted;
  }

  count(): Promise<number> {
    return this.parts().store.count();
  }

  audit(fromSeq: number, limit: number): Promise<AuditRecord[]> {
    return this.parts().audit.list(fromSeq, Math.min(limit, workLimits.maxAuditPageCount));
  }

  verifyAudit(): Promise<AuditVerification> {
    return this.parts().audit.verify();
  }

  appendAudit(...input: Parameters<AuditLog['append']>): Promise<AuditRecord> {
    return this.parts().audit.append(...input);
  }
}

/** The metadata of the posts after `after` (or of every post, the cursor given with the last page). */
async function replay(store: ContentStore, onStored: NonNullable<IngestOptions['onStored']>, after: ReplayCursor | undefined): Promise<void> {
  if (after !== undefined && after.store === store.storeId && after.seq <= store.lastSeq) {
    for await (const page of store.metadataPagesAfter(after.seq)) onStored(page.metadata, { store: store.storeId, seq: page.lastSeq });
    return;
  }
  const end = { store: store.storeId, seq: store.lastSeq };
  for await (const page of store.metadataPages()) onStored(page);
  onStored([], end);
}
