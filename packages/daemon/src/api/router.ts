/** A small method + path router. Paths are literal, or a prefix ending in `*` whose rest is passed on. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Caller } from '../consensus/deadline.js';
import { ContinuumError } from '../errors.js';

export interface RouteRequest {
  readonly request: IncomingMessage;
  readonly response: ServerResponse;
  readonly url: URL;
  /** The part of the path after a `*` prefix, still percent-encoded. */
  readonly rest: string;
  /** The client, which may go away before the answer (for withDeadline). */
  readonly caller: Caller;
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

const STAR = 0x2a;

/** The rest of `path` after the route's prefix ('' for a literal match), or undefined; compared in place. */
function matches(route: Route, path: string): string | undefined {
  const pattern = route.path;
  const prefixLength = pattern.length - 1;
  if (pattern.charCodeAt(prefixLength) !== STAR) return pattern === path ? '' : undefined;
  if (path.length < prefixLength) return undefined;
  for (let i = 0; i < prefixLength; i += 1) if (path.charCodeAt(i) !== pattern.charCodeAt(i)) return undefined;
  return path.slice(prefixLength);
}

/**
 * The route for a method and path: the first in order whose path and method match;
 * NOT_FOUND or METHOD_NOT_ALLOWED when there is none. Runs on every request, so it
 * allocates nothing until it has an answer.
 */
export function findRoute(routes: readonly Route[], method: string, path: string): Match {
  let pathMatched = false;
  for (const route of routes) {
    const rest = matches(route, path);
    if (rest === undefined) continue;
    if (route.method === method || (method === 'HEAD' && route.method === 'GET')) return { route, rest };
    pathMatched = true;
  }
  if (!pathMatched) throw new ContinuumError('NOT_FOUND', `no route ${path}`, { resource: path });
  const allowed = routes.filter((route) => matches(route, path) !== undefined).map((route) => route.method);
  throw new ContinuumError('METHOD_NOT_ALLOWED', `${method} is not allowed on ${path}`, { method, allowed });
}

// The path of a request target as WHATWG URL parsing gives it (dot segments resolved,
// backslashes turned, some characters percent-encoded, `//` read as a host). A target made
// only of characters that parsing leaves alone, without dot segments, is its own path: that
// saves a URL parse on every request (about 1.5% of the leader's CPU per KV write).
const plainPath = /^\/(?!\/)[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*$/;
const dotSegment = /\/\.|%2e/i;

export function pathOf(target: string): string {
  const query = target.indexOf('?');
  const path = query < 0 ? target : target.slice(0, query);
  if (plainPath.test(path) && !dotSegment.test(path)) return path;
  return parseTarget(target).pathname;
}

/** The request target as a URL; BAD_REQUEST when it is not one (`//`, say, names no host). */
export function parseTarget(target: string): URL {
  try {
    return new URL(target, 'http://api.invalid');
  } catch {
    throw new ContinuumError('BAD_REQUEST', 'the request target is not a valid URL', { reason: 'invalid request target' });
  }
}
