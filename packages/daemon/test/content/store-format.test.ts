// The content store's format: a format-1 (JSON) store is migrated on open, an unknown one refused.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as analyzer from '@continuum/analyzer';
import { Level } from 'level';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentStore, type ContentDb } from '../../src/content/content-store.js';
import { migrateJsonPosts } from '../../src/content/migrate.js';
import { ContinuumError } from '../../src/errors.js';
import { samplePosts } from '../../src/samples/sample-posts.js';

const secret = new Uint8Array(32).fill(3);
const posts = [...samplePosts({ seed: 8, territory: 'DK', city: 'Aarhus', count: 40, startMs: Date.UTC(2026, 10, 21), gapMs: 1_000, threatShare: 0.1, campaignShare: 0.1, offensiveShare: 0.2 })].map((s) => s.post as analyzer.Post);

/** What the format-1 store wrote: JSON values `{ fields, post, metadata, storedAtMs }`, index values the CID. */
async function writeFormatOne(dir: string): Promise<analyzer.PostMetadata[]> {
  const db = new Level<string, unknown>(dir, { valueEncoding: 'json' });
  const store = db.sublevel<string, unknown>('posts', { valueEncoding: 'json' });
  const byTime = db.sublevel<string, string>('idx-time', { valueEncoding: 'utf8' });
  const byTag = db.sublevel<string, string>('idx-tag', { valueEncoding: 'utf8' });
  const metas = posts.map((post) => analyzer.analyze(post, { nodeSecret: secret, territory: 'DK' }));
  const pad = (ms: number) => ms.toString(16).padStart(12, '0');
  for (const [i, metadata] of metas.entries()) {
    const fields = { cid: metadata.cid, createdAtMs: metadata.createdAtMs, hashtags: metadata.hashtags, authorPseudonym: metadata.authorPseudonym };
    await store.put(metadata.cid, { fields, post: posts[i], metadata, storedAtMs: 1_000 + i });
    await byTime.put(`${pad(metadata.createdAtMs)}/${metadata.cid}`, metadata.cid);
    for (const tag of new Set(metadata.hashtags)) await byTag.put(`${tag.toLowerCase()}\u0000${pad(metadata.createdAtMs)}/${metadata.cid}`, metadata.cid);
  }
  await db.close();
  return metas;
}

async function openStore(dir: string): Promise<{ db: ContentDb; store: ContentStore }> {
  const db: ContentDb = new Level<string, Uint8Array>(dir, { keyEncoding: 'utf8', valueEncoding: 'view' });
  await db.open();
  const store = new ContentStore(db);
  try {
    await store.open();
  } catch (error) {
    await db.close();
    throw error;
  }
  return { db, store };
}

async function formatError(run: () => Promise<unknown>): Promise<{ key: string; reason: string; format?: number }> {
  try {
    await run();
  } catch (error) {
    if (ContinuumError.is(error, 'CONTENT_FORMAT')) return error.details;
    throw error;
  }
  throw new Error('expected CONTENT_FORMAT');
}

describe('content store format', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'continuum-format-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('migrates a format-1 (JSON) store on open: every post, its metadata and the indexes read back', async () => {
    const metas = await writeFormatOne(dir);
    const { db, store } = await openStore(dir);
    try {
      expect(await store.count()).toBe(posts.length);
      for (const [i, metadata] of metas.entries()) {
        const stored = await store.get(metadata.cid);
        expect(stored?.post).toEqual(posts[i]);
        expect(analyzer.decodePostMetadata(stored?.metadata as Uint8Array)).toEqual(metadata);
        expect(stored?.storedAtMs).toBe(1_000 + i);
      }
      const tagged = metas.find((m) => m.hashtags.length > 0) as analyzer.PostMetadata;
      expect(await store.list('hashtag', { value: tagged.hashtags[0] as string })).toContain(tagged.cid);
      expect(await store.list('time', { limit: 3 })).toEqual([...metas].sort((a, b) => a.createdAtMs - b.createdAtMs || (a.cid < b.cid ? -1 : 1)).slice(0, 3).map((m) => m.cid));
      expect(await store.deleteOlderThan(Number.MAX_SAFE_INTEGER)).toBe(posts.length);
      expect(await store.list('hashtag', { value: tagged.hashtags[0] as string })).toEqual([]);
    } finally {
      await db.close();
    }
    // Opened again: already migrated, nothing to do.
    const again = await openStore(dir);
    expect(await again.store.count()).toBe(0);
    await again.db.close();
  });

  it('migrates page by page and resumes an interrupted migration', async () => {
    const metas = await writeFormatOne(dir);
    const db: ContentDb = new Level<string, Uint8Array>(dir, { keyEncoding: 'utf8', valueEncoding: 'view' });
    const postsLevel = db.sublevel<string, Uint8Array>('posts', { valueEncoding: 'view' });
    // A first migration that stopped after some pages: those values are already format 2.
    const first = [...metas].sort((a, b) => (a.cid < b.cid ? -1 : 1)).slice(0, 10);
    await migrateJsonPosts({
      iterator: (options) => postsLevel.iterator({ ...options, lte: (first.at(-1) as analyzer.PostMetadata).cid }),
      batch: (ops, options) => postsLevel.batch(ops, options),
    }, 3);
    expect(await migrateJsonPosts(postsLevel, 7)).toBe(posts.length - first.length);
    expect(await migrateJsonPosts(postsLevel, 7)).toBe(0);
    await db.close();
    const { db: reopened, store } = await openStore(dir);
    for (const metadata of metas) expect(analyzer.decodePostMetadata((await store.get(metadata.cid))?.metadata as Uint8Array)).toEqual(metadata);
    await reopened.close();
  });

  it('refuses a store of an unknown format, and a format-1 value it cannot read, with CONTENT_FORMAT', async () => {
    const db = new Level<string, string>(dir, { valueEncoding: 'utf8' });
    await db.sublevel<string, string>('meta', { valueEncoding: 'utf8' }).put('format', '3');
    await db.close();
    expect(await formatError(() => openStore(dir))).toMatchObject({ key: 'meta/format', format: 3 });

    const other = mkdtempSync(join(tmpdir(), 'continuum-format-'));
    try {
      const broken = new Level<string, string>(other, { valueEncoding: 'utf8' });
      await broken.sublevel<string, string>('posts', { valueEncoding: 'utf8' }).put('bafy1', '{"post": "not a stored post"}');
      await broken.close();
      expect(await formatError(() => openStore(other))).toMatchObject({ key: 'bafy1', format: 1 });
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
