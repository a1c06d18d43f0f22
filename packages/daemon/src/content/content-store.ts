import type { PostMetadata } from '@continuum/analyzer';
import { decodePostMetadata } from '@continuum/analyzer/codec';
import { randomUUID } from 'node:crypto';
import type { Level } from 'level';
import { ContinuumError } from '../errors.js';
import { decodeStoredPost, sealPostBody, storedPostFormat, type IndexedFields, type StoredPost } from './post-codec.js';
import { migrateJsonPosts } from './migrate.js';
import { writeSynced, type RawOperation } from './write-batch.js';

export type { IndexedFields, StoredPost } from './post-codec.js';

/** A post to store: its indexed fields and its encoded body (`encodePostBody`). */
export interface EncodedPost {
  readonly fields: IndexedFields;
  readonly body: Uint8Array;
}

export interface PutResult {
  /** CIDs written now. */
  readonly stored: readonly string[];
  /** CIDs that were already there (stored once). */
  readonly duplicates: readonly string[];
  /** The store's sequence number of the last post written now (or before, when none was). */
  readonly lastSeq: number;
}

/** A post of one content store (its random id) by sequence number: where a replay resumes. */
export interface ReplayCursor {
  readonly store: string;
  readonly seq: number;
}

/** A page of stored posts' metadata, with the sequence number of its last post. */
export interface MetadataPage {
  readonly metadata: PostMetadata[];
  readonly lastSeq: number;
}

export type IndexName = 'time' | 'hashtag' | 'author';

export interface RangeQuery {
  readonly fromMs?: number;
  readonly toMs?: number;
  readonly limit?: number;
}

/** The root database of the content store: text keys, byte values. */
export type ContentDb = Level<string, Uint8Array>;

const pad = (ms: number) => Math.max(0, Math.floor(ms)).toString(16).padStart(12, '0');
const timeKey = (f: IndexedFields) => `${pad(f.createdAtMs)}/${f.cid}`;
const byKey = (prefix: string, f: IndexedFields) => `${prefix}\u0000${timeKey(f)}`;
/** Index keys end in `/<cid>` (CIDs have no `/`); their values are empty. */
const cidOfIndexKey = (key: string) => key.slice(key.lastIndexOf('/') + 1);
const empty = new Uint8Array(0);
const formatKey = 'format';
const storeIdKey = 'store-id';
const seqKey = 'seq';

/**
 * Posts keyed by CID in LevelDB, with indexes by time, hashtag and pseudonymous author
 * (keys only: each index key ends in the CID). A put is one synced batch (posts and index
 * entries together, so a crash leaves either all of it or none); writes are serialised so
 * the duplicate check cannot race. The store's format is recorded under `meta/format`:
 * `open` migrates a format-1 (JSON) store and refuses an unknown one (CONTENT_FORMAT).
 * Every post written gets the next sequence number of this store (`meta/seq`, with a random
 * `meta/store-id`), indexed under `seq/` in the same batch: a restart replays the metadata
 * of the posts after a cursor (`metadataPagesAfter`) instead of every post; entries at or
 * below a durable cursor are trimmed (`trimReplayIndex`).
 */
export class ContentStore {
  private readonly posts;
  private readonly byTime;
  private readonly byHashtag;
  private readonly byAuthor;
  private readonly meta;
  private readonly bySeq;
  private seq = 0;
  private id = '';
  /** Posts whose metadata a replay has decoded (the cost of a restart; tests). */
  replayReads = 0;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: ContentDb,
    private readonly now: () => number = Date.now,
  ) {
    this.posts = db.sublevel<string, Uint8Array>('posts', { valueEncoding: 'view' });
    this.byTime = db.sublevel<string, Uint8Array>('idx-time', { valueEncoding: 'view' });
    this.byHashtag = db.sublevel<string, Uint8Array>('idx-tag', { valueEncoding: 'view' });
    this.byAuthor = db.sublevel<string, Uint8Array>('idx-author', { valueEncoding: 'view' });
    this.meta = db.sublevel<string, string>('meta', { valueEncoding: 'utf8' });
    this.bySeq = db.sublevel<string, Uint8Array>('seq', { valueEncoding: 'view' });
  }

  /** This store's random id (a replay cursor names the store it points into). */
  get storeId(): string {
    return this.id;
  }

  /** The sequence number of the last post written. */
  get lastSeq(): number {
    return this.seq;
  }

  /** Checks (and records, or migrates to) the stored format; call once after the database opens. */
  async open(): Promise<void> {
    await this.openFormat();
    const seq = Number(await this.meta.get(seqKey));
    this.seq = Number.isSafeInteger(seq) && seq > 0 ? seq : 0;
    const id = await this.meta.get(storeIdKey);
    this.id = id ?? randomUUID();
    if (id === undefined) await this.meta.put(storeIdKey, this.id, { sync: true } as never);
  }

  private async openFormat(): Promise<void> {
    const recorded = await this.meta.get(formatKey);
    if (recorded === String(storedPostFormat)) return;
    if (recorded !== undefined) {
      throw new ContinuumError('CONTENT_FORMAT', `the content store has format ${recorded}; this version reads ${storedPostFormat}`, { key: `meta/${formatKey}`, reason: 'unknown store format', format: Number(recorded) });
    }
    // No format recorded: a new store, or one written in format 1 (JSON values).
    await migrateJsonPosts(this.posts);
    await this.meta.put(formatKey, String(storedPostFormat), { sync: true } as never);
  }

  /** Stores posts durably (fsync) and resolves only then; a CID already stored is skipped. */
  putMany(items: readonly EncodedPost[]): Promise<PutResult> {
    const run = this.queue.then(async () => {
      const seen = new Set<string>();
      const duplicates: string[] = [];
      const fresh: EncodedPost[] = [];
      for (const item of items) {
        if (seen.has(item.fields.cid)) duplicates.push(item.fields.cid);
        else {
          seen.add(item.fields.cid);
          fresh.push(item);
        }
      }
      const existing = await this.posts.hasMany(fresh.map((item) => item.fields.cid));
      const stored: string[] = [];
      const storedAtMs = this.now();
      const ops: RawOperation[] = [];
      const [posts, byTime, byHashtag, byAuthor, bySeq] = [this.posts.prefix, this.byTime.prefix, this.byHashtag.prefix, this.byAuthor.prefix, this.bySeq.prefix];
      let seq = this.seq;
      const encoder = new TextEncoder();
      fresh.forEach((item, i) => {
        const f = item.fields;
        if (existing[i] === true) {
          duplicates.push(f.cid);
          return;
        }
        stored.push(f.cid);
        ops.push({ type: 'put', key: posts + f.cid, value: sealPostBody(item.body, storedAtMs) });
        ops.push({ type: 'put', key: byTime + timeKey(f), value: empty });
        for (const tag of new Set(f.hashtags.map((t) => t.toLowerCase()))) ops.push({ type: 'put', key: byHashtag + byKey(tag, f), value: empty });
        ops.push({ type: 'put', key: byAuthor + byKey(f.authorPseudonym, f), value: empty });
        ops.push({ type: 'put', key: bySeq + pad(++seq), value: encoder.encode(f.cid) });
      });
      if (stored.length > 0) ops.push({ type: 'put', key: this.meta.prefix + seqKey, value: encoder.encode(String(seq)) });
      await writeSynced(this.db, ops);
      // Only once written: a failed batch leaves the numbers free (gaps are harmless).
      this.seq = Math.max(this.seq, seq);
      return { stored, duplicates, lastSeq: this.seq };
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The stored post of a CID; CONTENT_FORMAT when its value cannot be read. */
  async get(cid: string): Promise<StoredPost | undefined> {
    const value = await this.posts.get(cid);
    return value === undefined ? undefined : decodeStoredPost(cid, value);
  }

  has(cid: string): Promise<boolean> {
    return this.posts.has(cid);
  }

  /** CIDs in time order, optionally under one hashtag or author. */
  async list(index: IndexName, query: RangeQuery & { value?: string } = {}): Promise<string[]> {
    const from = pad(query.fromMs ?? 0);
    const to = query.toMs === undefined ? '\uffff' : pad(query.toMs);
    const prefix = index === 'time' ? '' : `${index === 'hashtag' ? (query.value ?? '').toLowerCase() : (query.value ?? '')}\u0000`;
    const db = index === 'time' ? this.byTime : index === 'hashtag' ? this.byHashtag : this.byAuthor;
    const out: string[] = [];
    for await (const key of db.keys({ gte: `${prefix}${from}`, lt: `${prefix}${to}`, limit: query.limit ?? 1_000 })) out.push(cidOfIndexKey(key));
    return out;
  }

  /**
   * The metadata of every stored post, in pages of at most `pageSize` (CID order);
   * CONTENT_FORMAT when a stored value cannot be read.
   */
  async *metadataPages(pageSize = 1_000): AsyncGenerator<PostMetadata[]> {
    let page: PostMetadata[] = [];
    for await (const [cid, value] of this.posts.iterator()) {
      this.replayReads++;
      page.push(decodePostMetadata(decodeStoredPost(cid, value).metadata));
      if (page.length >= pageSize) {
        yield page;
        page = [];
      }
    }
    if (page.length > 0) yield page;
  }

  /**
   * The metadata of the posts written after sequence number `afterSeq`, in sequence order,
   * in pages of at most `pageSize`; a post deleted since (retention) is skipped.
   */
  async *metadataPagesAfter(afterSeq: number, pageSize = 1_000): AsyncGenerator<MetadataPage> {
    let from = pad(afterSeq);
    for (;;) {
      const entries: Array<[string, string]> = [];
      const decoder = new TextDecoder();
      for await (const [key, value] of this.bySeq.iterator({ gt: from, limit: pageSize })) entries.push([key, decoder.decode(value)]);
      if (entries.length === 0) return;
      const values = await this.posts.getMany(entries.map(([, cid]) => cid));
      const metadata: PostMetadata[] = [];
      values.forEach((value, i) => {
        if (value === undefined) return;
        this.replayReads++;
        metadata.push(decodePostMetadata(decodeStoredPost(entries[i]?.[1] as string, value).metadata));
      });
      from = (entries.at(-1) as [string, string])[0];
      yield { metadata, lastSeq: Number.parseInt(from, 16) };
    }
  }

  /** Drops replay index entries at or below `seq` (their metadata is durable elsewhere). */
  trimReplayIndex(seq: number): Promise<void> {
    const run = this.queue.then(() => this.bySeq.clear({ lte: pad(seq) }));
    this.queue = run.catch(() => undefined);
    return run;
  }

  async count(): Promise<number> {
    let n = 0;
    for await (const _ of this.byTime.keys()) n++;
    return n;
  }

  /** Deletes posts created before `cutoffMs` (retention), with their index entries. */
  deleteOlderThan(cutoffMs: number, batchSize = 500): Promise<number> {
    const run = this.queue.then(async () => {
      let deleted = 0;
      for (;;) {
        const keys: string[] = [];
        for await (const key of this.byTime.keys({ lt: pad(cutoffMs), limit: batchSize })) keys.push(key);
        if (keys.length === 0) return deleted;
        const cids = keys.map(cidOfIndexKey);
        const values = await this.posts.getMany(cids);
        const ops: RawOperation[] = [];
        values.forEach((value, i) => {
          ops.push({ type: 'del', key: this.byTime.prefix + (keys[i] as string) });
          if (value === undefined) return;
          const cid = cids[i] as string;
          const { fields } = decodeStoredPost(cid, value);
          ops.push({ type: 'del', key: this.posts.prefix + cid });
          for (const tag of new Set(fields.hashtags.map((t) => t.toLowerCase()))) ops.push({ type: 'del', key: this.byHashtag.prefix + byKey(tag, fields) });
          ops.push({ type: 'del', key: this.byAuthor.prefix + byKey(fields.authorPseudonym, fields) });
        });
        await writeSynced(this.db, ops);
        deleted += keys.length;
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}
