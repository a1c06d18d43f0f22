import type { PostMetadata } from '@continuum/analyzer';
import { decodePostMetadata } from '@continuum/analyzer/codec';
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

/**
 * Posts keyed by CID in LevelDB, with indexes by time, hashtag and pseudonymous author
 * (keys only: each index key ends in the CID). A put is one synced batch (posts and index
 * entries together, so a crash leaves either all of it or none); writes are serialised so
 * the duplicate check cannot race. The store's format is recorded under `meta/format`:
 * `open` migrates a format-1 (JSON) store and refuses an unknown one (CONTENT_FORMAT).
 */
export class ContentStore {
  private readonly posts;
  private readonly byTime;
  private readonly byHashtag;
  private readonly byAuthor;
  private readonly meta;
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
  }

  /** Checks (and records, or migrates to) the stored format; call once after the database opens. */
  async open(): Promise<void> {
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
      const [posts, byTime, byHashtag, byAuthor] = [this.posts.prefix, this.byTime.prefix, this.byHashtag.prefix, this.byAuthor.prefix];
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
      });
      await writeSynced(this.db, ops);
      return { stored, duplicates };
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
      page.push(decodePostMetadata(decodeStoredPost(cid, value).metadata));
      if (page.length >= pageSize) {
        yield page;
        page = [];
      }
    }
    if (page.length > 0) yield page;
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
