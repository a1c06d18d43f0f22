/**
 * The eventual replicated KV map: `PUT /v1/map/{key}` (body: a JSON value), `GET`,
 * `DELETE`, `GET /v1/map?prefix=P` (the keys starting with P, in key order). Writes are local and immediate (never wait for peers); concurrent writes at
 * different nodes are all kept and the configured `replication.conflict_resolution`
 * chooses what GET reads (`siblings` > 1 while the conflict stands). A PUT or DELETE is
 * answered once the write is on disk (`flush`); when saving fails it answers 500 and the
 * write, already applied in memory, is saved by a later round or lost in a crash (never
 * acknowledged).
 */
import { CrdtError, type KvEntry, type Value } from '@continuum/crdt';
import { ContinuumError } from '../errors.js';
import { limits } from '../limits.js';
import { watchLimits } from '../events/watch-limits.js';
import type { MapReplication } from '../map/map-replication.js';
import { readBody, sendJson, tooLarge } from './http.js';
import type { Route, RouteRequest } from './router.js';

function keyOf(route: RouteRequest): string {
  let key: string;
  try {
    key = decodeURIComponent(route.rest);
  } catch {
    throw new ContinuumError('BAD_REQUEST', 'the key is not valid percent-encoding', { reason: 'bad key' });
  }
  if (key.length === 0) throw new ContinuumError('BAD_REQUEST', 'empty key', { reason: 'empty key' });
  if (new TextEncoder().encode(key).length > limits.maxKvKeyBytes) throw tooLarge('maxKvKeyBytes', limits.maxKvKeyBytes);
  return key;
}

function view(key: string, entry: KvEntry, strategy: string): unknown {
  return {
    key, value: entry.value, values: entry.values, siblings: entry.siblings, strategy,
    clock: entry.clock.toJSON(), timestamp: { wall_ms: entry.timestamp.wallMs, logical: entry.timestamp.logical, node: entry.timestamp.node },
  };
}

export function mapRoutes(map: MapReplication, flush: () => Promise<void>): Route[] {
  const strategy = map.map.strategy;
  return [
    {
      method: 'GET', path: '/v1/map', auth: true,
      handle: (route) => {
        const prefix = route.url.searchParams.get('prefix') ?? '';
        const entries = map.map.entries().filter(([key]) => key.startsWith(prefix)).slice(0, watchLimits.maxKvListCount);
        sendJson(route.response, 200, { strategy, prefix, conflicts: entries.filter(([, entry]) => entry.siblings > 1).length, keys: entries.map(([key, entry]) => view(key, entry, strategy)) });
      },
    },
    {
      method: 'GET', path: '/v1/map/*', auth: true,
      handle: (route) => {
        const key = keyOf(route);
        const entry = map.get(key);
        if (entry === undefined) throw new ContinuumError('NOT_FOUND', `no key ${key}`, { resource: `map/${key}` });
        sendJson(route.response, 200, view(key, entry, strategy));
      },
    },
    {
      method: 'PUT', path: '/v1/map/*', auth: true,
      handle: async (route) => {
        const key = keyOf(route);
        const body = await readBody(route.request, limits.maxKvValueBytes);
        let value: Value;
        try {
          value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body)) as Value;
        } catch {
          throw new ContinuumError('BAD_REQUEST', 'the body must be a JSON value', { reason: 'not json' });
        }
        let entry: KvEntry;
        try {
          entry = map.put(key, value);
        } catch (error) {
          if (error instanceof CrdtError) throw new ContinuumError('BAD_REQUEST', error.message, { reason: error.code });
          throw error;
        }
        await flush();
        sendJson(route.response, 200, view(key, entry, strategy));
      },
    },
    {
      method: 'DELETE', path: '/v1/map/*', auth: true,
      handle: async (route) => {
        const key = keyOf(route);
        if (!map.delete(key)) throw new ContinuumError('NOT_FOUND', `no key ${key}`, { resource: `map/${key}` });
        await flush();
        sendJson(route.response, 200, { key, deleted: true });
      },
    },
  ];
}
