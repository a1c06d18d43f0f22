/** `GET /v1/query?from=&to=&bucket=` (ms since the epoch or ISO dates; bucket in ms). */
import { ContinuumError } from '../errors.js';
import { parseQueryParams } from '../query/query.js';
import { sendJson } from './http.js';
import type { Route } from './router.js';
import type { WorkDeps } from './work-context.js';

export function queryRoutes(work: WorkDeps): Route[] {
  return [
    {
      method: 'GET', path: '/v1/query', auth: true,
      handle: async (route) => {
        if (work.query === undefined) throw new ContinuumError('UNAVAILABLE', 'queries are not running on this node', { reason: 'no query service' });
        const answer = await work.query.answer(parseQueryParams(route.url.searchParams, work.now()));
        sendJson(route.response, 200, answer);
      },
    },
  ];
}
