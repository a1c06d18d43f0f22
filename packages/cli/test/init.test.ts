// `continuum init`: a data dir with identity, token and config; `--council` also writes
// the new federation into Raft's initial snapshot; a second init refuses; the membership
// commands send what the node API expects.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const dirs: string[] = [];
let server: Server | undefined;

afterEach(async () => {
  server?.close();
  server = undefined;
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'continuum-cli-init-'));
  dirs.push(dir);
  return dir;
}

describe('continuum init', () => {
  it('bootstraps a council node, refuses a second init, and writes the discovery flags into the config', async () => {
    const dir = join(await tempDir(), 'n1');
    const first = await runCli(['--json', '--data-dir', dir, 'init', '--name', 'n1', '--tier', 'leaf', '--territory', 'DK-AARHUS', '--council', '--federation-id', 'fed-x',
      '--bootstrap', '127.0.0.1:7000', '--discovery', 'bootstrap,dns', '--dns-domain', '_continuum._tcp.fed.test', '--dns-server', '127.0.0.1:5353']);
    expect(first.code).toBe(0);
    const answer = JSON.parse(first.out) as { peer_id: string; federation_id: string };
    expect(answer.federation_id).toBe('fed-x');
    expect(answer.peer_id).toMatch(/^12D3KooW/);
    expect(existsSync(join(dir, 'raft-wal'))).toBe(true);
    const config = await readFile(join(dir, 'config.yaml'), 'utf8');
    expect(config).toContain('_continuum._tcp.fed.test');
    expect(config).toContain('127.0.0.1:7000');
    const again = await runCli(['--data-dir', dir, 'init', '--name', 'n1', '--tier', 'leaf', '--territory', 'DK-AARHUS']);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already initialised/);
  });

  it('join and token create send the node API what it expects', async () => {
    const seen: Array<{ method: string; url: string; body: string }> = [];
    server = createServer((request: IncomingMessage, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        seen.push({ method: request.method ?? '', url: request.url ?? '', body });
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(request.url === '/v1/tokens' ? JSON.stringify({ token: 'continuum1-abc', token_id: 't', expires_at_ms: 1 }) : JSON.stringify({ ok: true, index: 7, federation_id: 'fed-x', orphans: [] }));
      });
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const api = `127.0.0.1:${(server.address() as AddressInfo).port}`;
    const env = { CONTINUUM_API_TOKEN: 'secret' };
    const token = await runCli(['--api', api, 'token', 'create', '--ttl', '60'], env);
    expect(token).toMatchObject({ code: 0, out: 'continuum1-abc' });
    const joined = await runCli(['--api', api, 'join', 'continuum1-abc', '--council'], env);
    expect(joined).toMatchObject({ code: 0, out: 'joined fed-x (commit index 7)' });
    const left = await runCli(['--api', api, 'leave'], env);
    expect(left.code).toBe(0);
    expect(seen.map((request) => `${request.method} ${request.url}`)).toEqual(['POST /v1/tokens', 'POST /v1/join', 'POST /v1/leave']);
    expect(JSON.parse(seen[0]?.body ?? '{}')).toEqual({ ttl_seconds: 60 });
    expect(JSON.parse(seen[1]?.body ?? '{}')).toEqual({ token: 'continuum1-abc', council: true });
    expect((await runCli(['--api', api, 'token', 'create', '--ttl', '-1'], env)).code).toBe(2);
  });
});
