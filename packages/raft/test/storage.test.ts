import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { LevelStorage } from '../src/storage/level-storage.js';
import { MemoryStorage } from '../src/storage/memory-storage.js';
import type { Storage } from '../src/storage/storage.js';
import { storageCompliance } from './helpers/storage-compliance.js';

storageCompliance({
  name: 'MemoryStorage',
  create: async () => new MemoryStorage(),
  reopen: async (s) => s,
  propertyRuns: 200,
});

const root = mkdtempSync(join(tmpdir(), 'raft-level-'));
const locations = new Map<Storage, string>();
let counter = 0;
afterAll(() => rmSync(root, { recursive: true, force: true }));

storageCompliance({
  name: 'LevelStorage',
  create: async () => {
    const location = join(root, `db${counter++}`);
    const s = await LevelStorage.open(location);
    locations.set(s, location);
    return s;
  },
  reopen: async (s) => {
    const location = locations.get(s) as string;
    await s.close();
    const reopened = await LevelStorage.open(location);
    locations.set(reopened, location);
    return reopened;
  },
  propertyRuns: 25,
});
