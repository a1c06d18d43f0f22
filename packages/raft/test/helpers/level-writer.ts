// Child process for the crash test: appends batches to a LevelStorage as fast as it can,
// each batch with a hard state whose commit is the batch's last index, printing every
// index it has durably written, until it is killed.
import { LevelStorage } from '../../src/storage/level-storage.js';
import { EntryType } from '../../src/core/types.js';

const location = process.argv[2] as string;
const storage = await LevelStorage.open(location);
let next = storage.lastIndex() + 1;
for (let batch = 0; ; batch++) {
  const count = 1 + (batch % 7);
  const entries = Array.from({ length: count }, (_, i) => ({
    index: next + i, term: 1, type: EntryType.Normal, data: new Uint8Array(100).fill((next + i) & 255),
  }));
  await storage.save({ entries, hardState: { term: 1, vote: '', commit: next + count - 1 }, sync: true });
  next += count;
  process.stdout.write(`${next - 1}\n`);
  if (batch % 25 === 24) {
    const at = next - 10;
    if (at > storage.snapshot().metadata.index) {
      await storage.createSnapshot(at, { voters: ['a'], learners: [] }, new Uint8Array([1]));
      await storage.compact(at - 5);
    }
  }
}
