// Bad input from the outside never crashes a node: the HTTP API answers malformed
// requests (bad JSON, wrong types, huge bodies, odd paths, bad methods) with a typed
// 4xx and keeps serving; a config with wrong keys or values is a CONFIG_INVALID naming
// the key, never another exception.
import { request } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServer } from '../src/api/index.js';
import { parseConfig, validateConfig } from '../src/config/index.js';
import { ContinuumError } from '../src/errors.js';
import { startApiRig } from './support/api-rig.js';

const runs = Number(process.env.FUZZ_RUNS ?? 150);
const token = 'fuzz-token-0123456789abcdef';

let api: ApiServer;
beforeAll(async () => {
  ({ api } = await startApiRig({ consensusTimeoutMs: 200, token }));
});
afterAll(() => api.close());

/**
 * A raw HTTP request (fetch would refuse some of these), resolving to the status and body.
 * The server may answer early (413/414 with `connection: close`) and stop reading; the
 * client then fails on the rest of its own request, which still counts as that answer.
 */
function raw(method: string, path: string, body?: Uint8Array | string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    let status = 0;
    let text = '';
    const req = request({ agent: false, host: '127.0.0.1', port: api.port, method, path, headers: { authorization: `Bearer ${token}`, ...headers } }, (res) => {
      status = res.statusCode ?? 0;
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status, body: text }));
      res.on('error', () => resolve({ status, body: '' }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (status !== 0 || error.code === 'HPE_CLOSED_CONNECTION' || error.code === 'EPIPE' || error.code === 'ECONNRESET') resolve({ status: status || 413, body: '' });
      else reject(error);
    });
    req.end(body);
  });
}

const pathArb = fc.oneof(
  fc.constantFrom('/v1/kv/', '/v1/kv/a', '/v1/tokens', '/v1/join', '/v1/leave', '/v1/status', '/health', '/', '/ui/app.js'),
  fc.string({ maxLength: 40 }).map((s) => `/v1/kv/${encodeURIComponent(s)}`),
  fc.string({ maxLength: 40 }).map((s) => `/${s.replace(/[^\x21-\x7e]/g, 'x')}`),
  fc.constantFrom('/v1/kv/%ZZ', '/v1/kv/%00', '/v1//kv', '/v1/kv/..%2f..%2fetc', '/%2e%2e/', `/v1/kv/${'k'.repeat(5000)}`),
);
const bodyArb = fc.oneof(
  fc.constant(undefined),
  fc.json().map((j) => j),
  fc.string({ maxLength: 200 }),
  fc.constantFrom('{', '{"token": 5}', '{"ttl_seconds": "x"}', '[]', 'null', '{"token": "continuum1-%%%"}', '\u0000\u0001'),
  fc.uint8Array({ maxLength: 300 }),
);

describe('HTTP API under malformed requests', () => {
  it('answers every request with a status and a typed JSON error for 4xx/5xx', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom('GET', 'PUT', 'POST', 'DELETE', 'PATCH', 'OPTIONS'), pathArb, bodyArb, async (method, path, body) => {
      const response = await raw(method, path, body, body === undefined ? {} : { 'content-type': 'application/json' });
      expect(response.status).toBeGreaterThanOrEqual(200);
      expect(response.status).toBeLessThan(600);
      // /health answers 503 with its report when the node is unhealthy; every other 4xx/5xx is a typed error.
      if (response.status >= 400 && response.body !== '' && !path.startsWith('/health')) {
        const parsed = JSON.parse(response.body) as { error?: { code?: unknown } };
        expect(typeof parsed.error?.code, `${method} ${path} → ${response.status} ${response.body.slice(0, 200)}`).toBe('string');
      }
      expect((await raw('GET', '/health/live')).status).toBe(200);
    }), { numRuns: runs });
  });

  it('refuses a huge body with 413 and still serves the next request', async () => {
    const huge = new Uint8Array(8 * 1024 * 1024).fill(65);
    const response = await raw('POST', '/v1/tokens', huge, { 'content-type': 'application/json' });
    expect(response.status).toBe(413);
    expect((await raw('GET', '/v1/status')).status).toBe(200);
  });
});

describe('config under wrong keys and values', () => {
  const valueArb = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string()), fc.dictionary(fc.string(), fc.string()));
  const paths = ['node.name', 'node.tier', 'node.territory', 'node.listen', 'node.api', 'federation.raft.election_timeout_ms', 'federation.raft.heartbeat_interval_ms',
    'federation.coordinator.load_balance_algorithm', 'federation.replication.conflict_resolution', 'federation.discovery.enabled_methods', 'federation.gossip.fanout', 'node.bogus', 'federation.nope'];

  it('gives CONFIG_INVALID naming a key, or a valid config, for any value at any key', () => {
    fc.assert(fc.property(fc.constantFrom(...paths), valueArb, (path, value) => {
      const input: Record<string, unknown> = { node: { name: 'n1', territory: 'DK' } };
      const keys = path.split('.');
      let cursor = input;
      for (const key of keys.slice(0, -1)) cursor = (cursor[key] ??= {}) as Record<string, unknown>;
      cursor[keys[keys.length - 1] as string] = value;
      try {
        validateConfig(input);
      } catch (error) {
        expect(ContinuumError.is(error, 'CONFIG_INVALID')).toBe(true);
        expect(typeof (error as ContinuumError<'CONFIG_INVALID'>).details.path).toBe('string');
      }
    }), { numRuns: runs * 3 });
  });

  it('gives CONFIG_INVALID for YAML that is not a config', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.constantFrom(': : :', 'node: [', '- a\n- b', 'node:\n  name: {{', '\t\tbad', '', '*!', 'node: *x', 'a: &a [*a, *a]')), (text) => {
      try {
        parseConfig(text);
      } catch (error) {
        expect(ContinuumError.is(error, 'CONFIG_INVALID')).toBe(true);
      }
    }), { numRuns: runs });
  });
});
