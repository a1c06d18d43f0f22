/**
 * Shared documents: `GET /v1/docs` (names), `GET /v1/docs/{name}` and
 * `PUT /v1/docs/{name}` with `{ content: { ... } }` (the document's `content` map; PUT
 * replaces its keys in one Yjs transaction, which gossip carries to every member).
 * Live editing: the WebSocket `/v1/docs/{name}/sync` (y-protocols).
 */
import { ContinuumError } from '../errors.js';
import { limits } from '../limits.js';
import type { DocStore } from '../docs/doc-store.js';
import { checkDocName } from '../docs/doc-store.js';
import { readBody, sendJson } from './http.js';
import type { Route } from './router.js';

export function docsRoutes(docs: DocStore): Route[] {
  return [
    { method: 'GET', path: '/v1/docs', auth: true, handle: ({ response }) => sendJson(response, 200, { docs: docs.names() }) },
    {
      method: 'GET', path: '/v1/docs/*', auth: true,
      handle: ({ response, rest }) => {
        const name = decodeURIComponent(rest);
        checkDocName(name);
        const content = docs.content(name);
        if (content === undefined) throw new ContinuumError('NOT_FOUND', `no document ${name}`, { resource: `docs/${name}` });
        sendJson(response, 200, { name, content, version: docs.version(name) });
      },
    },
    {
      method: 'PUT', path: '/v1/docs/*', auth: true,
      handle: async ({ request, response, rest }) => {
        const name = decodeURIComponent(rest);
        checkDocName(name);
        const body = await readBody(request, limits.maxRequestBodyBytes);
        let parsed: unknown;
        try {
          parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
        } catch {
          throw new ContinuumError('BAD_REQUEST', 'the body must be JSON', { reason: 'not json' });
        }
        const content = (parsed as { content?: unknown } | null)?.content;
        if (typeof content !== 'object' || content === null || Array.isArray(content)) {
          throw new ContinuumError('BAD_REQUEST', 'the body must be { "content": { ... } }', { reason: 'no content object' });
        }
        const stored = docs.put(name, content as Record<string, unknown>);
        sendJson(response, 200, { name, content: stored, version: docs.version(name) });
      },
    },
  ];
}
