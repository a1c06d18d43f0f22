/**
 * Directives: `GET /v1/directives` (every live directive with the members it targets and
 * each one's acknowledgement: applied, recorded, rejected or pending), `POST /v1/directives`
 * with `{ id, kind, target_territory, body: {...}, expires_at_ms? }` (issued through
 * consensus; 200 once committed).
 */
import { ContinuumError } from '../errors.js';
import type { DirectiveApplier } from '../directives/directive-applier.js';
import { limits } from '../limits.js';
import type { ApiDeps } from './context.js';
import { readBody, sendJson } from './http.js';
import { proposeCommand } from './kv.js';
import type { Route } from './router.js';

function bad(reason: string): ContinuumError<'BAD_REQUEST'> {
  return new ContinuumError('BAD_REQUEST', reason, { reason });
}

export function directivesRoutes(deps: ApiDeps, directives: DirectiveApplier): Route[] {
  return [
    { method: 'GET', path: '/v1/directives', auth: true, handle: ({ response }) => sendJson(response, 200, { directives: directives.status() }) },
    {
      method: 'POST', path: '/v1/directives', auth: true,
      handle: async (route) => {
        const raw = await readBody(route.request, limits.maxJsonBodyBytes + limits.maxDirectiveBodyBytes);
        let input: { id?: unknown; kind?: unknown; target_territory?: unknown; body?: unknown; expires_at_ms?: unknown };
        try {
          input = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw)) as typeof input;
        } catch {
          throw bad('the body must be JSON');
        }
        if (typeof input.id !== 'string' || typeof input.kind !== 'string' || typeof input.target_territory !== 'string') throw bad('id, kind and target_territory are strings');
        if (typeof input.body !== 'object' || input.body === null) throw bad('body is a JSON object');
        const expiresAtMs = input.expires_at_ms ?? 0;
        if (typeof expiresAtMs !== 'number' || !Number.isSafeInteger(expiresAtMs) || expiresAtMs < 0) throw bad('expires_at_ms is a non-negative integer');
        const body = new TextEncoder().encode(JSON.stringify(input.body));
        const { index } = await proposeCommand(deps, route, { issueDirective: { id: input.id, kind: input.kind, targetTerritory: input.target_territory, body, expiresAtMs } });
        sendJson(route.response, 200, { id: input.id, index });
      },
    },
  ];
}
