import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

describe('continuum CLI', () => {
  let server: Server | undefined;
  afterEach(() => server?.close());

  it('prints help with examples and exit codes, exit 0', async () => {
    const { code, out } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('Exit codes: 0 ok, 1 failure, 2 usage error');
    expect(out).toContain('Examples:');
  });

  it('every command and subcommand shows examples in --help', async () => {
    const paths = [['init'], ['found'], ['daemon'], ['demo'], ['id'], ['status'], ['peers'], ['members'], ['tree'], ['raft'], ['raft', 'status'], ['kv'], ['kv', 'get'], ['kv', 'put'], ['kv', 'del'],
      ['kv', 'list'], ['kv', 'watch'], ['map'], ['map', 'get'], ['map', 'put'], ['map', 'del'], ['map', 'list'], ['docs'], ['docs', 'list'], ['docs', 'get'], ['docs', 'edit'], ['ingest'],
      ['query'], ['alerts'], ['campaigns'], ['metrics'], ['logs'], ['token'], ['token', 'create'], ['join'], ['leave']];
    const listed = (await runCli(['--help'])).out.split('\n').flatMap((line) => /^ {2}([a-z]+)\b/.exec(line)?.[1] ?? []).filter((name) => name !== 'help' && name !== 'continuum');
    expect(new Set(listed)).toEqual(new Set(paths.filter((path) => path.length === 1).map(([name]) => name)));
    for (const path of paths) {
      const { code, out } = await runCli([...path, '--help']);
      expect(code, path.join(' ')).toBe(0);
      expect(out, path.join(' ')).toContain('Examples:');
    }
  });

  it('exits 2 with usage when called without a command', async () => {
    expect((await runCli([])).code).toBe(2);
  });

  it('exits 2 with one line for an unknown command or a bad flag', async () => {
    for (const argv of [['frobnicate'], ['status', '--bogus']]) {
      const { code, err } = await runCli(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(err.trim().split('\n')[0]).toMatch(/^error: unknown/);
      expect(err).not.toMatch(/\n\s+at /); // no stack trace
    }
  });

  it('says how to start a node when none answers, exit 1', async () => {
    const port = await freePort();
    const { code, err } = await runCli(['status', '--api', `127.0.0.1:${port}`, '--data-dir', '/nonexistent/continuum']);
    expect(code).toBe(1);
    expect(err).toContain(`no CONTINUUM node answers at 127.0.0.1:${port}`);
    expect(err).toContain('continuum daemon --data-dir /nonexistent/continuum');
  });

  it("reports the node's typed error as one line with its code, exit 1, and sends the token", async () => {
    let authorization: string | undefined;
    server = createServer((request, response) => {
      authorization = request.headers.authorization;
      response.writeHead(503, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { name: 'ContinuumError', code: 'UNAVAILABLE', message: 'no quorum', details: { reason: 'no quorum' } } }));
    }).listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const { code, err } = await runCli(['kv', 'put', 'k', 'v', '--api', `127.0.0.1:${port}`], { CONTINUUM_API_TOKEN: 'secret-token' });
    expect(code).toBe(1);
    expect(err.trim()).toBe('continuum: no quorum [UNAVAILABLE]');
    expect(authorization).toBe('Bearer secret-token');
  });

  it('prints --json output that parses', async () => {
    server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ peers: [{ id: 'p1', addresses: ['/ip4/127.0.0.1/tcp/1'] }] }));
    }).listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const human = await runCli(['peers', '--api', `127.0.0.1:${port}`], { CONTINUUM_API_TOKEN: 't' });
    expect(human.out.split('\n')[0]).toMatch(/^ID\s+ADDRESSES$/);
    const json = await runCli(['peers', '--json', '--api', `127.0.0.1:${port}`], { CONTINUUM_API_TOKEN: 't' });
    expect(JSON.parse(json.out)).toEqual({ peers: [{ id: 'p1', addresses: ['/ip4/127.0.0.1/tcp/1'] }] });
  });

  // The real binary, as a user runs it: its process exit code and stderr.
  const bin = new URL('../dist/continuum.js', import.meta.url).pathname;
  it.runIf(existsSync(bin))('the built binary exits 2 on a bad flag with one line', async () => {
    const result = await promisify(execFile)(process.execPath, [bin, '--nope']).catch((error: { code: number; stderr: string }) => error);
    expect((result as { code: number }).code).toBe(2);
    expect((result as { stderr: string }).stderr.trim().split('\n')).toHaveLength(1);
  });
});
