/**
 * Membership routes: `POST /v1/tokens` creates a join token through consensus and answers
 * its string; `POST /v1/join` makes this node join a federation with a token.
 */
import { tokenDefaults } from '../config/defaults.js';
import { ContinuumError } from '../errors.js';
import { createJoinToken, decodeJoinToken } from '../federation/tokens.js';
import { limits } from '../limits.js';
import type { ApiDeps } from './context.js';
import { withDeadline } from '../consensus/deadline.js';
import { readBody, sendJson } from './http.js';
import { proposeCommand } from './kv.js';
import type { Route, RouteRequest } from './router.js';

function badRequest(reason: string): ContinuumError<'BAD_REQUEST'> {
  return new ContinuumError('BAD_REQUEST', reason, { reason });
}

async function readJsonObject(route: RouteRequest): Promise<Record<string, unknown>> {
  const bytes = await readBody(route.request, limits.maxJsonBodyBytes);
  if (bytes.byteLength === 0) return {};
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw badRequest('the body is not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badRequest('the body is not a JSON object');
  return value as Record<string, unknown>;
}

async function createToken(deps: ApiDeps, route: RouteRequest): Promise<void> {
  const body = await readJsonObject(route);
  const ttlSeconds = body.ttl_seconds ?? tokenDefaults.ttl_seconds;
  if (typeof ttlSeconds !== 'number' || !(ttlSeconds > 0) || ttlSeconds * 1000 > limits.maxTokenTtlMs) {
    throw badRequest(`ttl_seconds must be a number in (0, ${limits.maxTokenTtlMs / 1000}]`);
  }
  const addresses = body.addresses ?? deps.selfAddresses().slice(0, tokenDefaults.addresses);
  if (!Array.isArray(addresses) || addresses.length > limits.maxTokenAddresses || !addresses.every((a) => typeof a === 'string' && a.startsWith('/'))) {
    throw badRequest(`addresses must be at most ${limits.maxTokenAddresses} multiaddr strings`);
  }
  const created = createJoinToken({
    federationId: deps.consensus.state.federationId, addresses: addresses as string[], nowMs: deps.now(), ttlMs: Math.round(ttlSeconds * 1000),
    randomBytes: deps.randomBytes,
  });
  const { index } = await proposeCommand(deps, route, created.command);
  sendJson(route.response, 200, { token: created.encoded, token_id: created.token.tokenId, expires_at_ms: created.token.expiresAtMs, index });
}

async function join(deps: ApiDeps, route: RouteRequest): Promise<void> {
  const body = await readJsonObject(route);
  if (typeof body.token !== 'string') throw badRequest('token is required');
  const token = decodeJoinToken(body.token);
  if (deps.join === undefined) throw new ContinuumError('UNAVAILABLE', 'this node cannot join (no host)', { reason: 'join not wired' });
  if (body.council !== undefined && typeof body.council !== 'boolean') throw badRequest('council must be a boolean');
  const joinFn = deps.join;
  const council = body.council === true;
  const answer = await withDeadline(deps.consensusTimeoutMs ?? limits.consensusTimeoutMs, route.caller, (signal) => joinFn(token, signal, { council }));
  if (!answer.ok) {
    if (answer.code === 'UNAVAILABLE') throw new ContinuumError('UNAVAILABLE', answer.reason, { reason: answer.reason });
    throw new ContinuumError('COMMAND_REJECTED', answer.reason, { rejection: answer.code, reason: answer.reason, index: answer.index });
  }
  sendJson(route.response, 200, {
    ok: true, index: answer.index, federation_id: answer.federationId,
    council: answer.council.map((member) => ({ peer_id: member.peerId, name: member.name, addresses: member.addresses })),
  });
}

/** This node leaves the federation: a RemoveMember of itself, through consensus. */
async function leave(deps: ApiDeps, route: RouteRequest): Promise<void> {
  const { index, result } = await proposeCommand(deps, route, { removeMember: { peerId: deps.self.peerId } });
  sendJson(route.response, 200, { ok: true, index, orphans: result.orphans ?? [] });
}

export function membershipRoutes(deps: ApiDeps): Route[] {
  return [
    { method: 'POST', path: '/v1/leave', auth: true, handle: (route) => leave(deps, route) },
    { method: 'POST', path: '/v1/tokens', auth: true, handle: (route) => createToken(deps, route) },
    { method: 'POST', path: '/v1/join', auth: true, handle: (route) => join(deps, route) },
  ];
}
