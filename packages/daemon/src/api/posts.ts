/**
 * Ingest and raw content: `POST /v1/posts` (NDJSON), `GET /v1/content/{cid}` (this
 * node's own store, audited), `GET /v1/content/{cid}?via=proxy[&node=<leaf peer id>]`
 * (the query proxy: this node asks the leaf holding the CID over /continuum/proxy/1.0.0;
 * the leaf answers only where its `proxy_content` policy allows it, and audits it),
 * `GET /v1/audit` (records and verification).
 */
import { ContinuumError } from '../errors.js';
import { workLimits } from '../work-limits.js';
import type { ApiDeps } from './context.js';
import { readBody, sendJson, tooLarge } from './http.js';
import type { Route, RouteRequest } from './router.js';
import type { WorkDeps } from './work-context.js';

async function readIngestBody(route: RouteRequest): Promise<string> {
  try {
    const bytes = await readBody(route.request, workLimits.maxIngestBodyBytes);
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    if (error instanceof ContinuumError && error.code === 'PAYLOAD_TOO_LARGE') throw tooLarge('maxIngestBodyBytes', workLimits.maxIngestBodyBytes);
    if (error instanceof TypeError) throw new ContinuumError('BAD_REQUEST', 'the body is not UTF-8', { reason: 'not utf-8' });
    throw error;
  }
}

function intParam(route: RouteRequest, name: string, fallback: number): number {
  const raw = route.url.searchParams.get(name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0) throw new ContinuumError('BAD_REQUEST', `${name} must be a non-negative integer`, { reason: `bad ${name}` });
  return value;
}

export function postsRoutes(deps: ApiDeps, work: WorkDeps): Route[] {
  return [
    {
      method: 'POST', path: '/v1/posts', auth: true,
      handle: async (route) => {
        const body = await readIngestBody(route);
        const report = await work.ingest.ingest(body);
        sendJson(route.response, 200, report);
      },
    },
    {
      method: 'GET', path: '/v1/content/*', auth: true,
      handle: async (route) => {
        const cid = decodeURIComponent(route.rest);
        const via = route.url.searchParams.get('via') ?? 'local';
        if (via !== 'local' && via !== 'proxy') throw new ContinuumError('BAD_REQUEST', 'via is local or proxy', { reason: 'bad via' });
        if (via === 'local') {
          const stored = await work.ingest.readContent(cid, { actor: 'api', via: 'api' });
          if (stored === undefined) throw new ContinuumError('NOT_FOUND', `no content ${cid}`, { resource: `content/${cid}` });
          sendJson(route.response, 200, { cid, node: deps.self.peerId, post: stored.post, stored_at_ms: stored.storedAtMs });
          return;
        }
        if (work.proxy === undefined) throw new ContinuumError('UNAVAILABLE', 'the query proxy is not running', { reason: 'no proxy' });
        const leaf = route.url.searchParams.get('node') ?? work.proxy.holderOf(cid);
        if (leaf === undefined) throw new ContinuumError('NOT_FOUND', `no leaf below this node is known to hold ${cid}`, { resource: `content/${cid}` });
        let answer;
        try {
          answer = await work.proxy.request(leaf, cid, route.clientGone);
        } catch (error) {
          if (error instanceof ContinuumError) throw error;
          throw new ContinuumError('UNAVAILABLE', `cannot reach ${leaf}`, { reason: error instanceof Error ? error.message : 'unreachable' });
        }
        if (answer.ok) {
          sendJson(route.response, 200, { cid, node: leaf, post: answer.post, stored_at_ms: answer.stored_at_ms });
          return;
        }
        if (answer.code === 'NOT_FOUND') throw new ContinuumError('NOT_FOUND', answer.reason, { resource: `content/${cid}` });
        throw new ContinuumError('NOT_MEMBER', answer.reason, { peer: leaf, protocol: '/continuum/proxy/1.0.0' });
      },
    },
    {
      method: 'GET', path: '/v1/audit', auth: true,
      handle: async (route) => {
        const from = Math.max(1, intParam(route, 'from', 1));
        const limit = Math.min(intParam(route, 'limit', 100), workLimits.maxAuditPageCount);
        const [records, verification] = await Promise.all([work.ingest.audit(from, limit), work.ingest.verifyAudit()]);
        sendJson(route.response, 200, { records, verification });
      },
    },
  ];
}
