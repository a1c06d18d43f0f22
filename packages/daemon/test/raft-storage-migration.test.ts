import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EntryType, LevelStorage, WalStorage } from '@continuum/raft';
import type { Entry, Storage } from '@continuum/raft';
import { afterAll, describe, expect, it } from 'vitest';
import { copyLevelToWal, legacyLevelDir, openRaftStorage, walDir } from '../src/raft-driver/open-storage.js';

const root = mkdtempSync(join(tmpdir(), 'raft-migration-'));
let counter = 0;
afterAll(() => rmSync(root, { recursive: true, force: true }));

const entry = (index: number, term: number): Entry => ({ index, term, type: EntryType.Normal, data: new Uint8Array([index & 255, term]) });

/** A data dir as an earlier release left it: LevelStorage with entries, a snapshot and a compaction. */
async function levelDataDir(): Promise<string> {
  const dataDir = join(root, `node${counter++}`);
  mkdirSync(dataDir);
  const level = await LevelStorage.open(legacyLevelDir(dataDir));
  await level.save({ entries: Array.from({ length: 30 }, (_, i) => entry(i + 1, i < 20 ? 2 : 3)), hardState: { term: 3, vote: 'n2', commit: 27 }, sync: true });
  await level.createSnapshot(24, { voters: ['n1', 'n2', 'n3'], learners: ['n4'] }, new Uint8Array([4, 2]));
  await level.compact(18);
  await level.close();
  return dataDir;
}

function expectMigrated(s: Storage): void {
  expect(s.initialState()).toEqual({ hardState: { term: 3, vote: 'n2', commit: 27 }, confState: { voters: ['n1', 'n2', 'n3'], learners: ['n4'] } });
  expect(s.snapshot()).toEqual({ metadata: { index: 24, term: 3, confState: { voters: ['n1', 'n2', 'n3'], learners: ['n4'] } }, data: new Uint8Array([4, 2]) });
  // Entries the snapshot covers are not copied; the ones after it are, with their terms.
  expect(s.firstIndex()).toBe(25);
  expect(s.term(24)).toBe(3);
  expect(s.lastIndex()).toBe(30);
  expect(s.entries(25, 31, Number.POSITIVE_INFINITY)).toEqual([25, 26, 27, 28, 29, 30].map((i) => entry(i, 3)));
}

/** Opening `dataDir` gives the migrated log, and only the WAL is left in it. */
async function expectOpensMigrated(dataDir: string): Promise<void> {
  const s = await openRaftStorage(dataDir);
  expectMigrated(s);
  await s.close();
  expect(readdirSync(dataDir)).toEqual(['raft-wal']);
}

describe('Raft storage: the WAL, and migration from LevelDB', () => {
  it('a new data dir gets an empty WAL in raft-wal', async () => {
    const dataDir = join(root, `node${counter++}`);
    mkdirSync(dataDir);
    const s = await openRaftStorage(dataDir);
    expect(s).toBeInstanceOf(WalStorage);
    expect(s.lastIndex()).toBe(0);
    await s.close();
    expect(readdirSync(dataDir)).toEqual(['raft-wal']);
  });

  it('migrates a LevelStorage data dir (entries, snapshot, compaction) and removes the old directory', async () => {
    const dataDir = await levelDataDir();
    let s = await openRaftStorage(dataDir);
    expectMigrated(s);
    await s.save({ entries: [entry(31, 4)], sync: true });
    await s.close();
    expect(readdirSync(dataDir)).toEqual(['raft-wal']);
    s = await openRaftStorage(dataDir);
    expect(s.snapshot().metadata.index).toBe(24);
    expect(s.entries(25, 32, Number.POSITIVE_INFINITY)).toEqual([...[25, 26, 27, 28, 29, 30].map((i) => entry(i, 3)), entry(31, 4)]);
    await s.close();
  });

  it('a crash during the copy (a partial raft-wal.tmp) leaves the old storage, and the next open migrates again', async () => {
    const dataDir = await levelDataDir();
    const temporary = `${walDir(dataDir)}.tmp`;
    mkdirSync(temporary);
    writeFileSync(join(temporary, '0000000000000000.wal'), new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]));
    await expectOpensMigrated(dataDir);
  });

  it('a crash after the rename, before the old directory is removed, keeps the new storage and removes the old', async () => {
    const dataDir = await levelDataDir();
    await copyLevelToWal(legacyLevelDir(dataDir), `${walDir(dataDir)}.tmp`);
    renameSync(`${walDir(dataDir)}.tmp`, walDir(dataDir));
    expect(existsSync(legacyLevelDir(dataDir))).toBe(true);
    await expectOpensMigrated(dataDir);
  });

  it('the WAL wins over a LevelDB directory that appears beside it (nothing is copied twice)', async () => {
    const dataDir = await levelDataDir();
    let s = await openRaftStorage(dataDir);
    await s.save({ entries: [entry(31, 5)], hardState: { term: 5, vote: 'n1', commit: 31 }, sync: true });
    await s.close();
    const stale = await LevelStorage.open(legacyLevelDir(dataDir));
    await stale.save({ entries: [entry(1, 1)], sync: true });
    await stale.close();
    s = await openRaftStorage(dataDir);
    expect(s.lastIndex()).toBe(31);
    expect(s.initialState().hardState).toEqual({ term: 5, vote: 'n1', commit: 31 });
    await s.close();
    expect(existsSync(legacyLevelDir(dataDir))).toBe(false);
  });
});
