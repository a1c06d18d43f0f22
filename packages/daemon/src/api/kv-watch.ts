/**
 * KV watches over HTTP, as NDJSON streams (one JSON object a line, `application/x-ndjson`):
 * `GET /v1/kv/{key}?watch=true` watches one key, `GET /v1/kv?watch=true&prefix=P` every key
 * starting with P (no prefix: every key). The first line is
 * `{type: 'watching', revision, applied_index}`; then one line per committed change, in log
 * order: `{type: 'put'|'delete', key, value, value_base64, revision, create_revision,
 * version, index}`; `{type: 'progress', revision}` every `kvWatchProgressIntervalMs` while
 * nothing changes. `start_revision=R` first replays the held changes with revision ≥ R
 * (404 when R is older than the history kept). The stream ends when the client goes away
 * or the node stops; a client that stops reading is cut off.
 */
import type { ServerResponse } from 'node:http';
import { ContinuumError } from '../errors.js';
import type { KvChange, KvWatchFilter, KvWatchHub } from '../events/kv-watch.js';
import { watchLimits } from '../events/watch-limits.js';
import type { RouteRequest } from './router.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

function valueText(value: Uint8Array): string | null {
  try {
    return utf8.decode(value);
  } catch {
    return null;
  }
}

export function changeView(change: KvChange): Record<string, unknown> {
  const { value, ...rest } = change;
  return value === undefined ? rest : { ...rest, value: valueText(value), value_base64: Buffer.from(value).toString('base64') };
}

function startRevisionOf(url: URL): number | undefined {
  const raw = url.searchParams.get('start_revision');
  if (raw === null) return undefined;
  const value = Number(raw);
  if (!/^\d{1,15}$/.test(raw) || !Number.isSafeInteger(value)) {
    throw new ContinuumError('BAD_REQUEST', 'start_revision must be a non-negative integer', { reason: 'bad start_revision' });
  }
  return value;
}

function writeLine(response: ServerResponse, value: unknown): void {
  if (response.destroyed) return;
  if (response.writableLength > watchLimits.maxKvWatchBufferedBytes) {
    response.destroy();
    return;
  }
  response.write(`${JSON.stringify(value)}\n`);
}

/** Serves one watch until the client goes away (or the node stops). */
export function serveKvWatch(hub: KvWatchHub | undefined, route: RouteRequest, filter: KvWatchFilter): Promise<void> {
  if (hub === undefined) throw new ContinuumError('UNAVAILABLE', 'KV watches need the Raft driver on this node', { reason: 'no applied log to watch' });
  if (hub.watchers >= watchLimits.maxKvWatchersCount) {
    throw new ContinuumError('LIMIT_EXCEEDED', `${watchLimits.maxKvWatchersCount} watches are open on this node`, { limit: 'maxKvWatchersCount', max: watchLimits.maxKvWatchersCount });
  }
  const start = startRevisionOf(route.url);
  const backlog = start === undefined ? [] : hub.since(Math.max(0, start - 1), filter);
  if (backlog === undefined) {
    throw new ContinuumError('NOT_FOUND', `revision ${String(start)} is older than the changes this node holds (from ${hub.oldestRevision + 1})`, { resource: `kv/revision/${String(start)}` });
  }
  const { response } = route;
  response.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  writeLine(response, { type: 'watching', revision: hub.revision, applied_index: hub.appliedIndex, ...filter });
  for (const change of backlog) writeLine(response, changeView(change));
  const unsubscribe = hub.subscribe(filter, (change) => writeLine(response, changeView(change)));
  const progress = setInterval(() => writeLine(response, { type: 'progress', revision: hub.revision }), watchLimits.kvWatchProgressIntervalMs);
  progress.unref();
  return new Promise<void>((resolve) => {
    response.once('close', () => {
      clearInterval(progress);
      unsubscribe();
      resolve();
    });
  });
}
