import { CliError } from '../cli-error.js';
import { remoteErrorOf } from './remote-error.js';
import type { Target } from './target.js';

/** Requests to a node's HTTP API never wait longer than this unless a command asks. */
export const requestTimeoutMs = 15_000;

export interface RequestOptions {
  readonly body?: string | Uint8Array;
  readonly contentType?: string;
  readonly timeoutMs?: number;
  readonly query?: Readonly<Record<string, string | undefined>>;
  /** A long-lived answer (a stream): no time bound; ends when this aborts. */
  readonly stream?: AbortSignal;
}

/** A thin client of the node API: JSON in and out, typed errors, one clear line when no node answers. */
export class ApiClient {
  constructor(readonly target: Target) {}

  async json<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const response = await this.request(method, path, options);
    return (await response.json()) as T;
  }

  async text(method: string, path: string, options: RequestOptions = {}): Promise<string> {
    return (await this.request(method, path, options)).text();
  }

  /** Sends a request; throws RemoteError for a JSON error answer, CliError when no node answers. */
  async request(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
    const url = new URL(path, this.target.baseUrl);
    for (const [key, value] of Object.entries(options.query ?? {})) if (value !== undefined) url.searchParams.set(key, value);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.target.token !== undefined) headers.authorization = `Bearer ${this.target.token}`;
    if (options.contentType !== undefined) headers['content-type'] = options.contentType;
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers,
        ...(options.body !== undefined ? { body: options.body } : {}),
        signal: options.stream ?? AbortSignal.timeout(options.timeoutMs ?? requestTimeoutMs),
      });
    } catch (error) {
      throw this.unreachable(error);
    }
    if (response.ok) return response;
    const body = await response.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      parsed = undefined;
    }
    const payload = (parsed as { error?: unknown } | undefined)?.error ?? parsed;
    const remote = remoteErrorOf(payload);
    if (remote !== undefined) throw remote;
    throw new CliError(`${method} ${url.pathname} failed: HTTP ${response.status} ${body.slice(0, 200)}`.trim());
  }

  /** The WebSocket URL of a path (the token goes in a header, not the URL). */
  webSocketUrl(path: string): string {
    return new URL(path, this.target.baseUrl.replace(/^http/, 'ws')).toString();
  }

  private unreachable(error: unknown): CliError {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    const where = this.target.baseUrl.replace(/^https?:\/\//, '');
    if (cause === 'TimeoutError' || cause === 'UND_ERR_CONNECT_TIMEOUT') {
      return new CliError(`the node at ${where} did not answer in time`);
    }
    return new CliError(
      `no CONTINUUM node answers at ${where} (${cause})`,
      1,
      `start one with: continuum daemon --data-dir ${this.target.dataDir}   (or continuum demo for a local federation)`,
    );
  }
}
