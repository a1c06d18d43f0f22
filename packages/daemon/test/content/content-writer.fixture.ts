// Test fixture: writes batches of posts forever, telling the parent after each synced batch.
import { Level } from 'level';
import { ContentStore } from '../../src/content/content-store.js';
import { encodePostBody } from '../../src/content/post-codec.js';

const db = new Level<string, Uint8Array>(process.argv[2] as string, { keyEncoding: 'utf8', valueEncoding: 'view' });
await db.open();
const store = new ContentStore(db);
await store.open();
for (let batch = 0; ; batch++) {
  const items = Array.from({ length: 25 }, (_, i) => {
    const cid = `b${batch}-${i}`;
    const fields = { cid, createdAtMs: batch * 100 + i, hashtags: ['h'], authorPseudonym: 'a' };
    return { fields, body: encodePostBody({ id: cid, platform: 'x', author: 'a', text: cid, created_at: '2026-11-21T00:00:00Z' }, fields, new Uint8Array(0)) };
  });
  const { stored } = await store.putMany(items);
  process.send?.({ stored });
}
