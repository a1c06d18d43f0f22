import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Level } from 'level';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentStore, type ContentDb, type IndexedFields } from '../../src/content/content-store.js';
import { encodePostBody } from '../../src/content/post-codec.js';

const fields = (cid: string, createdAtMs: number, hashtags: string[] = [], authorPseudonym = 'a1'): IndexedFields => ({ cid, createdAtMs, hashtags, authorPseudonym });
const post = (cid: string) => ({ id: cid, platform: 'x', author: 'someone', text: `post ${cid}`, created_at: '2026-11-21T00:00:00Z' });
const item = (f: IndexedFields) => ({ fields: f, body: encodePostBody(post(f.cid), f, new TextEncoder().encode(`metadata of ${f.cid}`)) });
const openDb = async (dir: string): Promise<ContentDb> => {
  const db: ContentDb = new Level<string, Uint8Array>(dir, { keyEncoding: 'utf8', valueEncoding: 'view' });
  await db.open();
  return db;
};
const openStore = async (db: ContentDb, now?: () => number): Promise<ContentStore> => {
  const store = new ContentStore(db, now);
  await store.open();
  return store;
};

describe('content store', () => {
  let dir: string;
  let db: ContentDb;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'continuum-content-'));
    db = await openDb(dir);
  });
  afterEach(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores a CID once, whether repeated in a batch or across batches', async () => {
    const store = await openStore(db);
    expect(await store.putMany([item(fields('c1', 10)), item(fields('c1', 10)), item(fields('c2', 20))])).toEqual({ stored: ['c1', 'c2'], duplicates: ['c1'], lastSeq: 2 });
    expect(await store.putMany([item(fields('c2', 20)), item(fields('c3', 30))])).toEqual({ stored: ['c3'], duplicates: ['c2'], lastSeq: 3 });
    expect(await store.count()).toBe(3);
    expect((await store.get('c3'))?.post).toEqual(post('c3'));
  });

  it('lists by time range, hashtag and author, in time order', async () => {
    const store = await openStore(db);
    await store.putMany([item(fields('c3', 300, ['x'], 'b')), item(fields('c1', 100, ['X', 'y'])), item(fields('c2', 200, ['y']))]);
    expect(await store.list('time')).toEqual(['c1', 'c2', 'c3']);
    expect(await store.list('time', { fromMs: 150, toMs: 300 })).toEqual(['c2']);
    expect(await store.list('hashtag', { value: 'x' })).toEqual(['c1', 'c3']);
    expect(await store.list('hashtag', { value: 'y', limit: 1 })).toEqual(['c1']);
    expect(await store.list('author', { value: 'b' })).toEqual(['c3']);
  });

  it('deletes posts past retention with their index entries', async () => {
    const store = await openStore(db);
    await store.putMany(Array.from({ length: 30 }, (_, i) => item(fields(`c${i}`, i * 10, ['t']))));
    expect(await store.deleteOlderThan(150, 4)).toBe(15);
    expect(await store.count()).toBe(15);
    expect(await store.get('c0')).toBeUndefined();
    expect((await store.list('hashtag', { value: 't' }))[0]).toBe('c15');
  });

  // A process killed with SIGKILL while writing: every batch it was told is written is there.
  it('keeps every acknowledged batch when the writer is killed -9', async () => {
    await db.close();
    const child = fork(new URL('./content-writer.fixture.ts', import.meta.url).pathname, [dir], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const acknowledged: string[] = [];
    await new Promise<void>((resolve) => {
      child.on('message', (message: { stored: string[] }) => {
        acknowledged.push(...message.stored);
        if (acknowledged.length >= 300) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
    });
    db = await openDb(dir);
    const store = await openStore(db);
    const present = await Promise.all(acknowledged.map((cid) => store.has(cid)));
    expect(present.every(Boolean)).toBe(true);
    const listed = new Set(await store.list('time', { limit: 1_000_000 }));
    for (const cid of acknowledged) expect(listed.has(cid)).toBe(true);
  }, 60_000);
});
