// Test fixture: writes batches of posts forever, telling the parent after each synced batch.
import { Level } from 'level';
import { ContentStore } from '../../src/content/content-store.js';

const db = new Level<string, unknown>(process.argv[2] as string, { valueEncoding: 'json' });
await db.open();
const store = new ContentStore(db);
for (let batch = 0; ; batch++) {
  const items = Array.from({ length: 25 }, (_, i) => {
    const cid = `b${batch}-${i}`;
    return { fields: { cid, createdAtMs: batch * 100 + i, hashtags: ['h'], authorPseudonym: 'a' }, post: { text: cid }, metadata: {} };
  });
  const { stored } = await store.putMany(items);
  process.send?.({ stored });
}
