import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { LevelStorage } from '../src/storage/level-storage.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'raft-crash-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs the writer until it has acknowledged `afterWrites` more writes, then SIGKILLs it; returns the last acknowledged index. */
function runAndKill(location: string, afterWrites: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(here, 'helpers', 'level-writer.ts'), location], {
      cwd: join(here, '..', '..', '..'), stdio: ['ignore', 'pipe', 'pipe'],
    });
    let acknowledged = 0;
    let writes = 0;
    let buffered = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        acknowledged = Number(line);
        writes++;
      }
      if (writes >= afterWrites && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(acknowledged);
      else reject(new Error(`writer exited without being killed: ${stderr}`));
    });
  });
}

describe('LevelStorage crash safety', () => {
  it('after SIGKILL mid-write, every write is wholly there or wholly absent, and acknowledged ones survive', async () => {
    const location = join(root, 'db');
    for (const afterWrites of [40, 170, 333]) {
      const acknowledged = await runAndKill(location, afterWrites);
      const s = await LevelStorage.open(location);
      const last = s.lastIndex();
      // Entries and hard state went in one batch: they agree after any crash.
      expect(s.initialState().hardState.commit).toBe(last);
      // A synced write that was acknowledged is never lost.
      expect(last).toBeGreaterThanOrEqual(acknowledged);
      const entries = s.entries(s.firstIndex(), last + 1, Number.POSITIVE_INFINITY);
      entries.forEach((entry, i) => {
        expect(entry.index).toBe(s.firstIndex() + i);
        expect(entry.data.length).toBe(100);
        expect(entry.data[0]).toBe(entry.index & 255);
      });
      await s.close();
    }
  }, 60_000);
});
