import { request as httpRequest } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRoute, pathOf } from '../src/api/router.js';
import type { Route } from '../src/api/router.js';
import { ContinuumError } from '../src/errors.js';
import { startApiRig } from './support/api-rig.js';
import type { ApiRig } from './support/api-rig.js';

// Characters that URL parsing treats specially (dots, slashes, percent escapes, backslash,
// query, fragment, spaces, pipes, non-ASCII) beside plain ones.
const targetChar = fc.constantFrom('/', '/', '.', '%', '2', 'e', 'E', 'a', 'Z', '9', '-', '_', '~', '\\', '?', '#', ' ', '|', '"', '{', 'é', '\t', ':', '@', '+', ';');
const target = fc.array(targetChar, { maxLength: 24 }).map((chars) => `/${chars.join('')}`);

describe('pathOf', () => {
  it('gives the path WHATWG URL parsing gives, for any target', () => {
    fc.assert(fc.property(target, (raw) => {
      let expected: string | undefined;
      try {
        expected = new URL(raw, 'http://api.invalid').pathname;
      } catch {
        // not a URL: pathOf refuses it as a bad request
      }
      if (expected === undefined) expect(() => pathOf(raw)).toThrowError(expect.objectContaining({ code: 'BAD_REQUEST' }));
      else expect(pathOf(raw)).toBe(expected);
    }), { numRuns: 5_000 });
  });

  it('resolves the targets that parsing changes', () => {
    expect(pathOf('/v1/kv/a%2Fb?consistency=stale')).toBe('/v1/kv/a%2Fb');
    expect(pathOf('/v1/../v1/status')).toBe('/v1/status');
    expect(pathOf('/v1/%2e%2e/health')).toBe('/health');
    expect(pathOf('//evil/v1/status')).toBe('/v1/status');
    expect(pathOf('/v1\\status')).toBe('/v1/status');
  });
});

describe('findRoute', () => {
  const handle = (): void => undefined;
  const routes: Route[] = [
    { method: 'GET', path: '/v1/kv/*', auth: true, handle },
    { method: 'PUT', path: '/v1/kv/*', auth: true, handle },
    { method: 'GET', path: '/v1/kv', auth: true, handle },
    { method: 'GET', path: '/health', auth: false, handle },
  ];

  it('matches literal paths and prefixes, the first route in order, HEAD as GET', () => {
    expect(findRoute(routes, 'PUT', '/v1/kv/a/b')).toEqual({ route: routes[1], rest: 'a/b' });
    expect(findRoute(routes, 'GET', '/v1/kv/')).toEqual({ route: routes[0], rest: '' });
    expect(findRoute(routes, 'GET', '/v1/kv')).toEqual({ route: routes[2], rest: '' });
    expect(findRoute(routes, 'HEAD', '/health')).toEqual({ route: routes[3], rest: '' });
  });

  it('answers NOT_FOUND for no path and METHOD_NOT_ALLOWED with the allowed methods', () => {
    const missing = (() => { try { return findRoute(routes, 'GET', '/v1/k'); } catch (error) { return error; } })();
    expect(ContinuumError.is(missing, 'NOT_FOUND')).toBe(true);
    const wrong = (() => { try { return findRoute(routes, 'DELETE', '/v1/kv/a'); } catch (error) { return error; } })();
    expect(wrong).toMatchObject({ code: 'METHOD_NOT_ALLOWED', details: { method: 'DELETE', allowed: ['GET', 'PUT'] } });
  });
});

describe('a client that goes away', () => {
  let rig: ApiRig;
  beforeAll(async () => {
    rig = await startApiRig({ consensusTimeoutMs: 60_000, token: 'test-token-0123456789abcdef' });
  });
  afterAll(async () => {
    await rig.api.close();
  });

  it('aborts the consensus call it was waiting for, long before the deadline', async () => {
    const { consensus, api, token } = rig;
    consensus.quorum = false;
    try {
      const client = httpRequest({ host: '127.0.0.1', port: api.port, method: 'PUT', path: '/v1/kv/left', headers: { authorization: `Bearer ${token}` } });
      client.on('error', () => undefined);
      client.end('value');
      const deadline = Date.now() + 5_000;
      while (consensus.waiting.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
      const signal = consensus.waiting[0];
      expect(signal?.aborted).toBe(false);
      const started = Date.now();
      client.destroy();
      await new Promise((resolve) => signal?.addEventListener('abort', resolve, { once: true }));
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(signal?.reason).toMatchObject({ code: 'UNAVAILABLE', details: { reason: 'client closed' } });
    } finally {
      consensus.quorum = true;
    }
  });
});
