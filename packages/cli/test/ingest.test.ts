// `continuum ingest` against a real daemon process: good lines stored, a repeated post
// stored once, a bad line reported with its number and reason; a missing file is one
// clear line and exit 1.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = new URL('../dist/continuum.js', import.meta.url).pathname;
const run = (args: string[]) => promisify(execFile)(process.execPath, [bin, ...args], { timeout: 60_000 });

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe.skipIf(!existsSync(bin))('continuum ingest', () => {
  let dir: string;
  let daemon: ChildProcess;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'continuum-ingest-'));
    const [p2p, api] = [await freePort(), await freePort()];
    await run(['--data-dir', dir, 'init', '--name', 'cph', '--tier', 'leaf', '--territory', 'DK-COPENHAGEN', '--council', '--listen', `/ip4/127.0.0.1/tcp/${p2p}`, '--node-api', `127.0.0.1:${api}`, '--discovery', 'bootstrap']);
    daemon = spawn(process.execPath, [bin, '--data-dir', dir, 'daemon'], { stdio: ['ignore', 'pipe', 'pipe'] });
    await new Promise<void>((resolve, reject) => {
      let out = '';
      daemon.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('ready ')) resolve();
      });
      daemon.once('exit', (code) => reject(new Error(`daemon exited ${code}`)));
    });
  }, 60_000);
  afterAll(async () => {
    if (daemon !== undefined && daemon.exitCode === null) {
      const exited = new Promise((resolve) => daemon.once('exit', resolve));
      daemon.kill('SIGTERM');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  }, 30_000);

  it('stores good lines once each and reports a bad line by number', async () => {
    const post = (id: string, text: string) => JSON.stringify({ id, platform: 'forum', author: 'a1', text, created_at: '2026-11-21T10:00:00Z' });
    const file = join(dir, 'posts.ndjson');
    await writeFile(file, [post('1', 'the harbour bus is late again today'), post('2', 'lovely concert in the park tonight'), '{"id": 3, "text": 5}', post('1', 'the harbour bus is late again today')].join('\n'));
    const { stdout } = await run(['--json', '--data-dir', dir, 'ingest', file]);
    const summary = JSON.parse(stdout) as { lines: number; stored: number; duplicates: number; rejected: Array<{ line: number; reason: string }> };
    expect(summary).toMatchObject({ lines: 4, stored: 2, duplicates: 1 });
    expect(summary.rejected).toHaveLength(1);
    expect(summary.rejected[0]?.line).toBe(3);
  }, 60_000);

  it('says in one line that a file does not exist, exit 1', async () => {
    const result = await run(['--data-dir', dir, 'ingest', join(dir, 'nope.ndjson')]).catch((error: { code: number; stderr: string }) => error);
    expect((result as { code: number }).code).toBe(1);
    expect((result as { stderr: string }).stderr.trim()).toMatch(/^continuum: cannot read .*nope\.ndjson: no such file$/);
  });
});
