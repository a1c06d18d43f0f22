import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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

describe('LevelStorage failures', () => {
  it('after a failed write it refuses further writes until reopened', async () => {
    const location = join(root, 'failing');
    const s = await LevelStorage.open(location);
    // Pull the database out from under the storage so that the next batch fails.
    await (s as unknown as { db: { close(): Promise<void> } }).db.close();
    const entry = { index: 1, term: 1, type: 0 as const, data: new Uint8Array([1]) };
    await expect(s.save({ entries: [entry], sync: true })).rejects.toMatchObject({ code: 'STORAGE_FAILED', details: { operation: 'save' } });
    await expect(s.save({ entries: [entry], sync: true })).rejects.toMatchObject({ code: 'STORAGE_FAILED', message: expect.stringContaining('reopen') });
    const reopened = await LevelStorage.open(location);
    expect(reopened.lastIndex()).toBe(0);
    await reopened.close();
  });

  it('refuses to open a path it cannot create', async () => {
    const file = join(root, 'a-file');
    writeFileSync(file, 'not a directory');
    await expect(LevelStorage.open(join(file, 'db'))).rejects.toMatchObject({ code: 'STORAGE_FAILED', details: { operation: 'open' } });
  });
});
