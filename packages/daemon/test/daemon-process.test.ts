// The daemon as a real process: it starts from a data dir and stops cleanly on SIGTERM
// and SIGINT (exit code 0, API closed).
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { initDataDir } from '../src/identity/data-dir.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const dirs: string[] = [];

afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function runUntilSignal(signal: NodeJS.Signals): Promise<{ code: number | null; output: string; port: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'continuum-daemon-'));
  dirs.push(dir);
  const dataDir = join(dir, 'data');
  await initDataDir({ config: { node: { name: 'proc-1', territory: 'DK-AARHUS', data_dir: dataDir, listen: ['/ip4/127.0.0.1/tcp/0'] } } });
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions', 'continuum-source', join(here, 'fixtures', 'run-daemon.ts'), dataDir], {
    cwd: root, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    const check = setInterval(() => {
      const match = /READY (\d+)/.exec(output);
      if (match !== null) {
        clearInterval(check);
        resolve(Number(match[1]));
      }
    }, 20);
    child.once('exit', () => {
      clearInterval(check);
      reject(new Error(`daemon exited early: ${output}`));
    });
  });
  expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill(signal);
  return { code: await exited, output, port };
}

describe('daemon process', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`stops cleanly on ${signal}`, async () => {
      const { code, output, port } = await runUntilSignal(signal);
      expect(code).toBe(0);
      expect(output).toMatch(/STOPPED/);
      await expect(fetch(`http://127.0.0.1:${port}/health/live`)).rejects.toThrow();
    });
  }
});
