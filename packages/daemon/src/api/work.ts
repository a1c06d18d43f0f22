/** The federation's work routes, mounted when the node runs them (`ApiDeps.work`). */
import type { ApiDeps } from './context.js';
import { directivesRoutes } from './directives.js';
import { docsRoutes } from './docs.js';
import { mapRoutes } from './map.js';
import { postsRoutes } from './posts.js';
import { queryRoutes } from './query.js';
import type { Route } from './router.js';

export function workRoutes(deps: ApiDeps): Route[] {
  const work = deps.work;
  if (work === undefined) return [];
  return [...postsRoutes(deps, work), ...queryRoutes(work), ...(work.map === undefined ? [] : mapRoutes(work.map, work.mapFlush ?? (() => Promise.resolve()))), ...(work.docs === undefined ? [] : docsRoutes(work.docs)),
    ...(work.directives === undefined ? [] : directivesRoutes(deps, work.directives))];
}
