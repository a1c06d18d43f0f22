// WalStorage flushes on the thread pool: a failed fdatasync fails the write and the
// storage (typed STORAGE_FAILED, nothing acknowledged), and close() waits for a flush in
// flight instead of closing the descriptor under it.
import type * as Fs from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { EntryType, type Entry } from '../src/core/types.js';
import { RaftError } from '../src/errors.js';
import { WalStorage } from '../src/storage/wal-storage.js';

// What the next fdatasync callbacks do: fail, or answer late (ms); empty: the real call.
const plan = vi.hoisted(() => ({ fail: 0, delayMs: 0, calls: 0, flushed: [] as number[] }));
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof Fs>();
  const fdatasync = (fd: number, callback: (error: NodeJS.ErrnoException | null) => void): void => {
    plan.calls += 1;
    if (plan.fail > 0) {
      plan.fail -= 1;
      setImmediate(() => callback(Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' })));
      return;
    }
    const delay = plan.delayMs;
    actual.fdatasync(fd, (error) => setTimeout(() => {
      plan.flushed.push(fd);
      callback(error);
    }, delay));
  };
  return { ...actual, default: { ...actual, fdatasync }, fdatasync };
});

const root = mkdtempSync(join(tmpdir(), 'raft-wal-flush-'));
let counter = 0;
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => Object.assign(plan, { fail: 0, delayMs: 0, calls: 0, flushed: [] }));

const entry = (index: number): Entry => ({ index, term: 1, type: EntryType.Normal, data: new Uint8Array([index & 255]) });

describe('WalStorage flush off the event loop', () => {
  it('a failed fdatasync fails that save and every later one with STORAGE_FAILED, and acknowledges nothing', async () => {
    const dir = join(root, `wal${counter++}`);
    const storage = await WalStorage.open(dir, { segmentBytes: 1 << 20 });
    await storage.save({ entries: [entry(1)], hardState: { term: 1, vote: '', commit: 0 }, sync: true });
    expect(plan.calls).toBeGreaterThan(0);
    plan.fail = 1;
    const failed = await storage.save({ entries: [entry(2)], sync: true }).catch((error: unknown) => error);
    expect(RaftError.is(failed, 'STORAGE_FAILED')).toBe(true);
    expect(storage.lastIndex()).toBe(1);
    const later = await storage.save({ entries: [entry(2)], sync: true }).catch((error: unknown) => error);
    expect(RaftError.is(later, 'STORAGE_FAILED')).toBe(true);
    await storage.close();
  });

  it('an unsynced save does not flush; a synced one answers only after its flush', async () => {
    const dir = join(root, `wal${counter++}`);
    const storage = await WalStorage.open(dir, { segmentBytes: 1 << 20 });
    const before = plan.calls;
    await storage.save({ entries: [entry(1)], sync: false });
    expect(plan.calls).toBe(before);
    plan.delayMs = 30;
    let done = false;
    const saving = storage.save({ entries: [entry(2)], sync: true }).then(() => { done = true; });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(done).toBe(false);
    await saving;
    expect(storage.lastIndex()).toBe(2);
    await storage.close();
  });

  it('close waits for a flush in flight, and the log reopens whole', async () => {
    const dir = join(root, `wal${counter++}`);
    const storage = await WalStorage.open(dir, { segmentBytes: 1 << 20 });
    plan.delayMs = 50;
    plan.flushed = [];
    const saving = storage.save({ entries: [entry(1), entry(2)], sync: true });
    await new Promise((resolve) => setImmediate(resolve));
    await storage.close();
    // The descriptor was closed only after its flush had finished.
    expect(plan.flushed).toHaveLength(1);
    await saving;
    plan.delayMs = 0;
    const reopened = await WalStorage.open(dir, { segmentBytes: 1 << 20 });
    expect(reopened.lastIndex()).toBe(2);
    await reopened.close();
  });
});
