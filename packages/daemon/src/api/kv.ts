/**
 * The federation KV over HTTP. PUT (body = value bytes) and DELETE go through consensus
 * and answer only after the write committed; GET is linearizable (ReadIndex) unless
 * `?consistency=stale`, and answers the raw value bytes with its revisions in headers.
 */
import { ContinuumError } from '../errors.js';
import type { CommandInput } from '../federation/command.js';
import { checkKvKey } from '../federation/kv.js';
import { limits } from '../limits.js';
import { watchLimits } from '../events/watch-limits.js';
import type { ApiDeps } from './context.js';
import { withDeadline } from '../consensus/deadline.js';
import { readBody, sendBytes, sendJson, tooLarge } from './http.js';
import { serveKvWatch } from './kv-watch.js';
import type { Route, RouteRequest } from './router.js';

function badRequest(reason: string): ContinuumError<'BAD_REQUEST'> {
  return new ContinuumError('BAD_REQUEST', reason, { reason });
}

function keyOf(rest: string): string {
  let key: string;
  try {
    key = decodeURIComponent(rest);
  } catch {
    throw badRequest('the key is not valid percent-encoding');
  }
  const problem = checkKvKey(key);
  if (problem?.code === 'LIMIT_EXCEEDED') throw tooLarge('maxKvKeyBytes', limits.maxKvKeyBytes);
  if (problem !== undefined) throw badRequest(problem.reason);
  return key;
}

/** Proposes a command stamped with this node's clock and id; a refused command is COMMAND_REJECTED. */
export async function proposeCommand(deps: ApiDeps, route: RouteRequest, body: CommandInput) {
  const timeoutMs = deps.consensusTimeoutMs ?? limits.consensusTimeoutMs;
  const command: CommandInput = { ...body, atMs: deps.now(), proposer: deps.self.peerId };
  const proposal = await withDeadline(timeoutMs, route.caller, (signal) => deps.consensus.propose(command, { signal }));
  if (!proposal.result.ok) {
    const { code, reason } = proposal.result;
    throw new ContinuumError('COMMAND_REJECTED', reason, { rejection: code, reason, index: proposal.index });
  }
  return { index: proposal.index, result: proposal.result };
}

function isWatch(url: URL): boolean {
  const watch = url.searchParams.get('watch');
  if (watch !== null && watch !== 'true' && watch !== 'false') throw badRequest('watch is true or false');
  return watch === 'true';
}

async function getKey(deps: ApiDeps, route: RouteRequest): Promise<void> {
  const key = keyOf(route.rest);
  if (isWatch(route.url)) return serveKvWatch(deps.kvWatch, route, { key });
  const consistency = route.url.searchParams.get('consistency') ?? 'linearizable';
  if (consistency !== 'linearizable' && consistency !== 'stale') throw badRequest('consistency is linearizable or stale');
  if (consistency === 'linearizable') {
    const timeoutMs = deps.consensusTimeoutMs ?? limits.consensusTimeoutMs;
    await withDeadline(timeoutMs, route.caller, (signal) => deps.consensus.readIndex({ signal }));
  }
  const entry = deps.consensus.state.kv.get(key);
  if (entry === undefined) throw new ContinuumError('NOT_FOUND', `no key ${key}`, { resource: `kv/${key}` });
  sendBytes(route.response, 200, entry.value, {
    'x-continuum-mod-revision': String(entry.modRevision), 'x-continuum-create-revision': String(entry.createRevision),
    'x-continuum-version': String(entry.version), 'x-continuum-consistency': consistency,
  });
}

/** `GET /v1/kv?prefix=P`: the keys starting with P (stale read of the local replica); with `watch=true`, a watch of them. */
async function listKeys(deps: ApiDeps, route: RouteRequest): Promise<void> {
  const prefix = route.url.searchParams.get('prefix') ?? '';
  if (isWatch(route.url)) return serveKvWatch(deps.kvWatch, route, { prefix });
  const keys = [...deps.consensus.state.kv].filter(([key]) => key.startsWith(prefix)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, watchLimits.maxKvListCount)
    .map(([key, entry]) => ({ key, mod_revision: entry.modRevision, create_revision: entry.createRevision, version: entry.version, bytes: entry.value.byteLength }));
  sendJson(route.response, 200, { revision: deps.consensus.state.kvRevision, prefix, keys });
}

export function kvRoutes(deps: ApiDeps): Route[] {
  return [
    { method: 'GET', path: '/v1/kv', auth: true, handle: (route) => listKeys(deps, route) },
    { method: 'GET', path: '/v1/kv/*', auth: true, handle: (route) => getKey(deps, route) },
    {
      method: 'PUT', path: '/v1/kv/*', auth: true,
      handle: async (route) => {
        const key = keyOf(route.rest);
        const value = await readBody(route.request, Math.min(limits.maxRequestBodyBytes, limits.maxKvValueBytes));
        const { index, result } = await proposeCommand(deps, route, { kvPut: { key, value } });
        sendJson(route.response, 200, { key, index, revision: result.revision });
      },
    },
    {
      method: 'DELETE', path: '/v1/kv/*', auth: true,
      handle: async (route) => {
        const key = keyOf(route.rest);
        const { index, result } = await proposeCommand(deps, route, { kvDelete: { key } });
        if (result.deleted === false) throw new ContinuumError('NOT_FOUND', `no key ${key}`, { resource: `kv/${key}` });
        sendJson(route.response, 200, { key, index, revision: result.revision });
      },
    },
  ];
}
