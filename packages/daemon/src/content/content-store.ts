import type { Level } from 'level';

/** The fields the store indexes a post by; the rest of the stored value is opaque to it. */
export interface IndexedFields {
  readonly cid: string;
  readonly createdAtMs: number;
  readonly hashtags: readonly string[];
  readonly authorPseudonym: string;
}

export interface StoredPost<P, M> {
  readonly fields: IndexedFields;
  /** The raw post: never leaves this node except through the audited query proxy. */
  readonly post: P;
  readonly metadata: M;
  readonly storedAtMs: number;
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

const pad = (ms: number) => Math.max(0, Math.floor(ms)).toString(16).padStart(12, '0');
const timeKey = (f: IndexedFields) => `${pad(f.createdAtMs)}/${f.cid}`;
const byKey = (prefix: string, f: IndexedFields) => `${prefix}\u0000${timeKey(f)}`;

/**
 * Posts keyed by CID in LevelDB, with indexes by time, hashtag and pseudonymous author.
 * A put is one synced batch (posts and index entries together, so a crash leaves either
 * all of it or none); writes are serialised so the duplicate check cannot race.
 */
export class ContentStore<P, M> {
  private readonly posts;
  private readonly byTime;
  private readonly byHashtag;
  private readonly byAuthor;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Level<string, unknown>,
    private readonly now: () => number = Date.now,
  ) {
    this.posts = db.sublevel<string, StoredPost<P, M>>('posts', { valueEncoding: 'json' });
    this.byTime = db.sublevel<string, string>('idx-time', { valueEncoding: 'utf8' });
    this.byHashtag = db.sublevel<string, string>('idx-tag', { valueEncoding: 'utf8' });
    this.byAuthor = db.sublevel<string, string>('idx-author', { valueEncoding: 'utf8' });
  }

  /** Stores posts durably (fsync) and resolves only then; a CID already stored is skipped. */
  putMany(items: ReadonlyArray<{ fields: IndexedFields; post: P; metadata: M }>): Promise<PutResult> {
    const run = this.queue.then(async () => {
      const seen = new Set<string>();
      const duplicates: string[] = [];
      const fresh: typeof items[number][] = [];
      for (const item of items) {
        if (seen.has(item.fields.cid)) duplicates.push(item.fields.cid);
        else {
          seen.add(item.fields.cid);
          fresh.push(item);
        }
      }
      const existing = await this.posts.getMany(fresh.map((item) => item.fields.cid));
      const stored: string[] = [];
      const batch = this.db.batch();
      const storedAtMs = this.now();
      fresh.forEach((item, i) => {
        const cid = item.fields.cid;
        if (existing[i] !== undefined) {
          duplicates.push(cid);
          return;
        }
        stored.push(cid);
        batch.put(cid, { ...item, storedAtMs }, { sublevel: this.posts as never });
        batch.put(timeKey(item.fields), cid, { sublevel: this.byTime as never });
        for (const tag of new Set(item.fields.hashtags)) batch.put(byKey(tag.toLowerCase(), item.fields), cid, { sublevel: this.byHashtag as never });
        batch.put(byKey(item.fields.authorPseudonym, item.fields), cid, { sublevel: this.byAuthor as never });
      });
      if (batch.length > 0) await batch.write({ sync: true } as never);
      else await batch.close();
      return { stored, duplicates };
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  get(cid: string): Promise<StoredPost<P, M> | undefined> {
    return this.posts.get(cid);
  }

  async has(cid: string): Promise<boolean> {
    return (await this.posts.get(cid)) !== undefined;
  }

  /** CIDs in time order, optionally under one hashtag or author. */
  async list(index: IndexName, query: RangeQuery & { value?: string } = {}): Promise<string[]> {
    const from = pad(query.fromMs ?? 0);
    const to = query.toMs === undefined ? '\uffff' : pad(query.toMs);
    const prefix = index === 'time' ? '' : `${index === 'hashtag' ? (query.value ?? '').toLowerCase() : (query.value ?? '')}\u0000`;
    const db = index === 'time' ? this.byTime : index === 'hashtag' ? this.byHashtag : this.byAuthor;
    const out: string[] = [];
    for await (const cid of db.values({ gte: `${prefix}${from}`, lt: `${prefix}${to}`, limit: query.limit ?? 1_000 })) out.push(cid);
    return out;
  }

  /** The metadata of every stored post, in pages of at most `pageSize` (CID order). */
  async *metadataPages(pageSize = 1_000): AsyncGenerator<M[]> {
    let page: M[] = [];
    for await (const stored of this.posts.values()) {
      page.push(stored.metadata);
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
        const entries: Array<[string, string]> = [];
        for await (const entry of this.byTime.iterator({ lt: pad(cutoffMs), limit: batchSize })) entries.push(entry);
        if (entries.length === 0) return deleted;
        const posts = await this.posts.getMany(entries.map(([, cid]) => cid));
        const batch = this.db.batch();
        posts.forEach((stored, i) => {
          const [timeIndexKey, cid] = entries[i] as [string, string];
          batch.del(timeIndexKey, { sublevel: this.byTime as never });
          if (stored === undefined) return;
          batch.del(cid, { sublevel: this.posts as never });
          for (const tag of new Set(stored.fields.hashtags)) batch.del(byKey(tag.toLowerCase(), stored.fields), { sublevel: this.byHashtag as never });
          batch.del(byKey(stored.fields.authorPseudonym, stored.fields), { sublevel: this.byAuthor as never });
        });
        await batch.write({ sync: true } as never);
        deleted += entries.length;
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}
