/**
 * The HTTP API server (node:http). JSON answers, a bearer token on every route but the
 * health and metrics ones, bounded URLs, headers and bodies, and errors as
 * `{ error: { name, code, message, details } }`. A handler failure never takes the
 * server down: it becomes an error answer.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Caller } from '../consensus/deadline.js';
import { ContinuumError } from '../errors.js';
import { limits } from '../limits.js';
import type { ApiDeps } from './context.js';
import { asContinuumError } from './errors.js';
import { requireBearer, sendError, tooLarge } from './http.js';
import { findRoute, parseTarget, pathOf } from './router.js';
import type { Route, RouteRequest } from './router.js';
import { apiRoutes } from './routes.js';

export interface ApiServer {
  readonly server: Server;
  /** The bound address (port 0 in the options picks a free port). */
  readonly host: string;
  readonly port: number;
  close(): Promise<void>;
}

export interface ApiListenOptions {
  readonly host: string;
  readonly port: number;
}

/**
 * The client of one request, as withDeadline sees it: gone when the connection closes
 * before the answer is written. Costs one EventEmitter listener while a call waits, where
 * an AbortSignal per request cost several µs on every KV write.
 */
class ResponseCaller implements Caller {
  constructor(private readonly response: ServerResponse) {}

  get gone(): boolean {
    return this.response.destroyed && !this.response.writableFinished;
  }

  get reason(): unknown {
    return this.gone ? clientClosed() : undefined;
  }

  onGone(listener: (reason: unknown) => void): () => void {
    const response = this.response;
    const onClose = (): void => {
      if (!response.writableFinished) listener(clientClosed());
    };
    response.once('close', onClose);
    return () => response.off('close', onClose);
  }
}

function clientClosed(): ContinuumError {
  return new ContinuumError('UNAVAILABLE', 'client went away', { reason: 'client closed' });
}

/** What a handler gets; the URL and the AbortSignal are made only for handlers that ask. */
class ApiRequest implements RouteRequest {
  readonly caller: Caller;
  private parsedUrl: URL | undefined;
  private signal: AbortSignal | undefined;

  constructor(readonly request: IncomingMessage, readonly response: ServerResponse, private readonly target: string, readonly rest: string) {
    this.caller = new ResponseCaller(response);
  }

  get url(): URL {
    this.parsedUrl ??= parseTarget(this.target);
    return this.parsedUrl;
  }

  get clientGone(): AbortSignal {
    if (this.signal === undefined) {
      const controller = new AbortController();
      if (this.caller.gone) controller.abort(this.caller.reason);
      else this.caller.onGone((reason) => controller.abort(reason));
      this.signal = controller.signal;
    }
    return this.signal;
  }
}

async function serve(routes: readonly Route[], deps: ApiDeps, request: IncomingMessage, response: ServerResponse): Promise<void> {
  try {
    const target = request.url ?? '/';
    if (target.length > limits.maxUrlLength) throw tooLarge('maxUrlLength', limits.maxUrlLength);
    const { route, rest } = findRoute(routes, request.method ?? 'GET', pathOf(target));
    if (route.auth) requireBearer(request, deps.apiToken);
    await route.handle(new ApiRequest(request, response, target, rest));
  } catch (error) {
    logFailure(deps, request, error);
    sendError(response, error);
  }
}

/** Internal failures at error, unavailability at debug; refusals of bad requests are the client's business. */
function logFailure(deps: ApiDeps, request: IncomingMessage, error: unknown): void {
  const typed = asContinuumError(error);
  const fields = { method: request.method, path: (request.url ?? '/').split('?')[0], code: typed.code };
  if (typed.code === 'INTERNAL') deps.logger?.error('request failed', { ...fields, err: error });
  else if (typed.code === 'UNAVAILABLE') deps.logger?.debug('request unavailable', { ...fields, reason: typed.message });
}

export function startApiServer(deps: ApiDeps, options: ApiListenOptions): Promise<ApiServer> {
  const routes = apiRoutes(deps);
  const server = createServer({ maxHeaderSize: limits.maxHeaderBytes, requestTimeout: limits.apiRequestTimeoutMs, headersTimeout: limits.apiHeadersTimeoutMs }, (request, response) => {
    void serve(routes, deps, request, response);
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nconnection: close\r\n\r\n`);
    else socket.destroy();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      resolve({
        server, host: address.address, port: address.port,
        close: () => new Promise<void>((done) => {
          server.close(() => done());
          server.closeAllConnections();
        }),
      });
    });
  });
}
