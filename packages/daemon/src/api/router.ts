/** A small method + path router. Paths are literal, or a prefix ending in `*` whose rest is passed on. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ContinuumError } from '../errors.js';

export interface RouteRequest {
  readonly request: IncomingMessage;
  readonly response: ServerResponse;
  readonly url: URL;
  /** The part of the path after a `*` prefix, still percent-encoded. */
  readonly rest: string;
  /** Aborts when the client goes away before the answer. */
  readonly clientGone: AbortSignal;
}

export interface Route {
  readonly method: 'GET' | 'PUT' | 'DELETE' | 'POST';
  readonly path: string;
  /** False only for health and metrics. */
  readonly auth: boolean;
  readonly handle: (route: RouteRequest) => Promise<void> | void;
}

export interface Match {
  readonly route: Route;
  readonly rest: string;
}

function matches(route: Route, path: string): string | undefined {
  if (route.path.endsWith('*')) {
    const prefix = route.path.slice(0, -1);
    return path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
  }
  return route.path === path ? '' : undefined;
}

/** The route for a method and path; NOT_FOUND or METHOD_NOT_ALLOWED when there is none. */
export function findRoute(routes: readonly Route[], method: string, path: string): Match {
  const forPath = routes.flatMap((route) => {
    const rest = matches(route, path);
    return rest === undefined ? [] : [{ route, rest }];
  });
  if (forPath.length === 0) throw new ContinuumError('NOT_FOUND', `no route ${path}`, { resource: path });
  const match = forPath.find((candidate) => candidate.route.method === method || (method === 'HEAD' && candidate.route.method === 'GET'));
  if (match === undefined) {
    const allowed = forPath.map((candidate) => candidate.route.method);
    throw new ContinuumError('METHOD_NOT_ALLOWED', `${method} is not allowed on ${path}`, { method, allowed });
  }
  return match;
}
