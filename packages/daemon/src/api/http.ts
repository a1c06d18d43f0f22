/** Request and response helpers over node:http: bounded bodies, JSON answers, bearer tokens. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ContinuumError } from '../errors.js';
import { tokenMatches } from '../identity/keys.js';
import { asContinuumError, httpStatusOf } from './errors.js';

export function tooLarge(limit: string, maxBytes: number): ContinuumError<'PAYLOAD_TOO_LARGE'> {
  return new ContinuumError('PAYLOAD_TOO_LARGE', `over the ${limit} limit of ${maxBytes} bytes`, { limit, maxBytes });
}

/** Reads the whole body, refusing more than `maxBytes` (by Content-Length up front, or while reading). */
export function readBody(request: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > maxBytes) return Promise.reject(tooLarge('maxRequestBodyBytes', maxBytes));
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    const onData = (chunk: Uint8Array): void => {
      total += chunk.byteLength;
      if (total > maxBytes) {
        request.off('data', onData);
        request.resume();
        reject(tooLarge('maxRequestBodyBytes', maxBytes));
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.once('end', () => {
      const body = new Uint8Array(total);
      let offset = 0;
      for (const chunk of chunks) {
        body.set(chunk, offset);
        offset += chunk.byteLength;
      }
      resolve(body);
    });
    request.once('error', reject);
  });
}

export function sendJson(response: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

export function sendBytes(response: ServerResponse, status: number, body: Uint8Array, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/octet-stream', 'content-length': body.byteLength, ...headers });
  response.end(body);
}

export function sendError(response: ServerResponse, error: unknown): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const typed = asContinuumError(error);
  const status = httpStatusOf(typed);
  if (status === 401) response.setHeader('www-authenticate', 'Bearer');
  if (status === 413 || status === 414) response.setHeader('connection', 'close');
  sendJson(response, status, { error: typed.toJSON() });
}

/** Throws UNAUTHORIZED unless the request carries `Authorization: Bearer <token>`. */
export function requireBearer(request: IncomingMessage, token: string): void {
  const header = request.headers.authorization;
  if (header === undefined) throw new ContinuumError('UNAUTHORIZED', 'missing bearer token', { reason: 'no Authorization header' });
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (match === null || !tokenMatches(token, match[1] ?? '')) {
    throw new ContinuumError('UNAUTHORIZED', 'invalid bearer token', { reason: 'the token does not match the api-token file' });
  }
}
