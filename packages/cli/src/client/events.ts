import { WebSocket } from 'ws';
import { CliError } from '../cli-error.js';
import type { ApiClient } from './api-client.js';

export interface NodeEvent {
  readonly type: string;
  readonly at_ms: number;
  readonly data: unknown;
}

/**
 * Follows the node's `/v1/events` WebSocket, calling `onEvent` for each event, until
 * `signal` aborts (resolves) or the node closes the stream (rejects with one line).
 * `onOpen` runs once the stream is established.
 */
export function followEvents(client: ApiClient, signal: AbortSignal, onEvent: (event: NodeEvent) => void, onOpen: () => void = () => undefined): Promise<void> {
  const where = client.target.baseUrl.replace(/^https?:\/\//, '');
  const headers: Record<string, string> = client.target.token === undefined ? {} : { authorization: `Bearer ${client.target.token}` };
  const ws = new WebSocket(client.webSocketUrl('/v1/events'), { headers, handshakeTimeout: 15_000 });
  return new Promise<void>((resolve, reject) => {
    const onAbort = (): void => {
      ws.terminate();
      resolve();
    };
    signal.addEventListener('abort', onAbort, { once: true });
    ws.once('open', onOpen);
    ws.on('message', (data: Buffer) => {
      try {
        onEvent(JSON.parse(data.toString('utf8')) as NodeEvent);
      } catch {
        // not an event: ignore
      }
    });
    ws.once('unexpected-response', (_request, response) => {
      signal.removeEventListener('abort', onAbort);
      reject(new CliError(`the node at ${where} refused the event stream: HTTP ${response.statusCode ?? '?'}${response.statusCode === 401 ? ' (wrong or missing API token)' : ''}`));
      ws.terminate();
    });
    ws.once('error', (error: NodeJS.ErrnoException) => {
      signal.removeEventListener('abort', onAbort);
      reject(new CliError(`no CONTINUUM node answers at ${where} (${error.code ?? error.message})`, 1, `start one with: continuum daemon --data-dir ${client.target.dataDir}`));
    });
    ws.once('close', () => {
      signal.removeEventListener('abort', onAbort);
      if (signal.aborted) resolve();
      else reject(new CliError(`the node at ${where} closed the event stream`));
    });
  });
}
