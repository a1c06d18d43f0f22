/**
 * Ingest at a leaf: NDJSON lines are validated one by one (a bad line is reported with its
 * number and reason, the good ones are kept), analysed with @continuum/analyzer, and
 * stored with their metadata in the content store (LevelDB at `<data_dir>/content`) in
 * one synced batch; only what that batch wrote is acknowledged. The analyzer is loaded on
 * the first ingest: it costs about 200 MB of RSS that an idle node should not pay.
 */
import { join } from 'node:path';
import type * as AnalyzerModule from '@continuum/analyzer';
import type { Post, PostMetadata, Watchlist } from '@continuum/analyzer';
import { Level } from 'level';
import { AuditLog, type AuditRecord, type AuditVerification } from '../content/audit-log.js';
import { ContentStore, type StoredPost } from '../content/content-store.js';
import { ContinuumError } from '../errors.js';
import { workLimits } from '../work-limits.js';
import { loadOrCreateNodeSecret } from './node-secret.js';

type Analyzer = typeof AnalyzerModule;

export interface WatchlistInput {
  readonly version: string;
  readonly terms: readonly string[];
  readonly hashtags: readonly string[];
}

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
   * the metadata replication too; the callee skips the ones it has recorded.
   */
  readonly onStored?: (metadata: readonly PostMetadata[]) => void;
}

export interface IngestReport {
  readonly lines: number;
  readonly stored: ReadonlyArray<{ line: number; cid: string }>;
  readonly duplicates: ReadonlyArray<{ line: number; cid: string }>;
  readonly rejected: ReadonlyArray<{ line: number; field: string | null; reason: string; message: string }>;
}

export type ContentAccess = { readonly actor: string; readonly via: 'api' } | { readonly actor: string; readonly via: 'proxy'; readonly allowed: boolean };

export class IngestService {
  private db: Level<string, unknown> | undefined;
  private store: ContentStore<Post, PostMetadata> | undefined;
  private auditLog: AuditLog | undefined;
  private analyzer: Promise<Analyzer> | undefined;
  private secret: Promise<Uint8Array> | undefined;
  private compiled: { version: string; watchlist: Watchlist } | undefined;

  constructor(private readonly options: IngestOptions) {}

  async open(): Promise<void> {
    const db = new Level<string, unknown>(join(this.options.dataDir, 'content'), { valueEncoding: 'json' });
    await db.open();
    this.db = db;
    this.store = new ContentStore<Post, PostMetadata>(db, this.options.now);
    this.auditLog = new AuditLog(db, this.options.now);
    await this.auditLog.open();
    if (this.options.onStored !== undefined) {
      for await (const page of this.store.metadataPages()) this.options.onStored(page);
    }
  }

  async close(): Promise<void> {
    await this.db?.close();
    this.db = undefined;
  }

  /** Whether the analyzer has been loaded (tests; an idle node has not). */
  get analyzerLoaded(): boolean {
    return this.analyzer !== undefined;
  }

  private parts(): { store: ContentStore<Post, PostMetadata>; audit: AuditLog } {
    if (this.store === undefined || this.auditLog === undefined) throw new ContinuumError('LIFECYCLE', 'the content store is not open', { state: 'stopped', operation: 'ingest' });
    return { store: this.store, audit: this.auditLog };
  }

  private loadAnalyzer(): Promise<Analyzer> {
    this.analyzer ??= import('@continuum/analyzer');
    return this.analyzer;
  }

  private currentWatchlist(analyzer: Analyzer): Watchlist | undefined {
    const input = this.options.watchlist?.();
    if (input === undefined) return undefined;
    if (this.compiled?.version !== input.version) {
      this.compiled = { version: input.version, watchlist: new analyzer.Watchlist({ version: input.version, terms: [...input.terms], hashtags: [...input.hashtags] }) };
    }
    return this.compiled.watchlist;
  }

  async ingest(body: string): Promise<IngestReport> {
    const { store } = this.parts();
    const lines = body.split('\n');
    if (lines.at(-1) === '') lines.pop();
    if (lines.length > workLimits.maxIngestLinesCount) {
      throw new ContinuumError('PAYLOAD_TOO_LARGE', `more than ${workLimits.maxIngestLinesCount} lines`, { limit: 'maxIngestLinesCount', maxBytes: workLimits.maxIngestLinesCount });
    }
    const analyzer = await this.loadAnalyzer();
    this.secret ??= loadOrCreateNodeSecret(this.options.dataDir);
    const nodeSecret = await this.secret;
    const watchlist = this.currentWatchlist(analyzer);
    const rejected: Array<IngestReport['rejected'][number]> = [];
    const items: Array<{ line: number; post: Post; metadata: PostMetadata }> = [];
    lines.forEach((text, i) => {
      const line = i + 1;
      if (text.trim() === '') return;
      const result = analyzer.validatePostLine(text.replace(/\r$/, ''), line);
      if (!result.ok) {
        const details = result.error.details;
        rejected.push({ line, field: details.field ?? null, reason: details.reason, message: result.error.message });
        return;
      }
      const metadata = analyzer.analyze(result.post, { nodeSecret, territory: result.post.territory ?? this.options.territory, ...(watchlist === undefined ? {} : { watchlist }) });
      items.push({ line, post: result.post, metadata });
    });
    const written = await store.putMany(items.map(({ post, metadata }) => ({
      fields: { cid: metadata.cid, createdAtMs: metadata.createdAtMs, hashtags: metadata.hashtags, authorPseudonym: metadata.authorPseudonym }, post, metadata,
    })));
    const fresh = new Set(written.stored);
    const stored: Array<{ line: number; cid: string }> = [];
    const duplicates: Array<{ line: number; cid: string }> = [];
    const storedMetadata: PostMetadata[] = [];
    for (const item of items) {
      const cid = item.metadata.cid;
      if (fresh.delete(cid)) {
        stored.push({ line: item.line, cid });
        storedMetadata.push(item.metadata);
      } else duplicates.push({ line: item.line, cid });
    }
    if (storedMetadata.length > 0) this.options.onStored?.(storedMetadata);
    return { lines: lines.length, stored, duplicates, rejected };
  }

  /** The raw post of a CID; every call is audited (a denied proxy request too). */
  async readContent(cid: string, access: ContentAccess): Promise<StoredPost<Post, PostMetadata> | undefined> {
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
