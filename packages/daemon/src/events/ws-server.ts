/**
 * WebSockets on the API's HTTP server (ws package): `/v1/events` streams the node's events
 * as JSON text messages; `/v1/docs/{name}/sync` speaks the y-protocols sync protocol
 * (y-websocket's framing: varuint message type 0 = sync, 1 = awareness, relayed) so an
 * ordinary Yjs client can edit a shared document live. Browsers cannot set headers on a
 * WebSocket, so the API token may come as `?token=`; an `Authorization: Bearer` header
 * works too. Refusals are plain HTTP answers before the upgrade (401, 404, 503).
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocketServer, type WebSocket } from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import type { DocStore } from '../docs/doc-store.js';
import { docNamePattern } from '../docs/doc-store.js';
import { tokenMatches } from '../identity/keys.js';
import { workLimits } from '../work-limits.js';
import type { EventBus } from './event-bus.js';

export interface WebSocketDeps {
  readonly apiToken: string;
  readonly bus: EventBus;
  readonly docs: DocStore;
}

const messageSync = 0;
const messageAwareness = 1;

function refuse(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
}

function authorised(request: IncomingMessage, url: URL, token: string): boolean {
  const presented = url.searchParams.get('token') ?? /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  return presented !== undefined && tokenMatches(token, presented);
}

function serveEvents(ws: WebSocket, bus: EventBus): void {
  const unsubscribe = bus.subscribe((event) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(event));
  });
  ws.on('close', unsubscribe);
  ws.on('message', () => undefined);
}

function serveDoc(ws: WebSocket, name: string, docs: DocStore, peers: Map<string, Set<WebSocket>>): void {
  const shared = docs.get(name, true);
  const doc = shared.doc;
  const room = peers.get(name) ?? new Set<WebSocket>();
  peers.set(name, room);
  room.add(ws);
  const send = (bytes: Uint8Array): void => {
    if (ws.readyState === ws.OPEN) ws.send(bytes);
  };
  const onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === ws) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, messageSync);
    syncProtocol.writeUpdate(encoder, update);
    send(encoding.toUint8Array(encoder));
  };
  doc.on('update', onUpdate);
  ws.on('close', () => {
    doc.off('update', onUpdate);
    room.delete(ws);
  });
  ws.on('message', (data: Buffer, isBinary: boolean) => {
    if (!isBinary) return;
    try {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      const type = decoding.readVarUint(decoder);
      if (type === messageSync) {
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, messageSync);
        syncProtocol.readSyncMessage(decoder, encoder, doc, ws);
        if (encoding.length(encoder) > 1) send(encoding.toUint8Array(encoder));
      } else if (type === messageAwareness) {
        for (const other of room) if (other !== ws && other.readyState === other.OPEN) other.send(data);
      }
    } catch {
      ws.close(1003, 'bad message');
    }
  });
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  syncProtocol.writeSyncStep1(encoder, doc);
  send(encoding.toUint8Array(encoder));
}

export function attachWebSockets(server: Server, deps: WebSocketDeps): { close(): void } {
  const wss = new WebSocketServer({ noServer: true, maxPayload: workLimits.maxWebSocketMessageBytes });
  const peers = new Map<string, Set<WebSocket>>();
  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const url = new URL(request.url ?? '/', 'http://api.invalid');
    const doc = /^\/v1\/docs\/([^/]+)\/sync$/.exec(url.pathname)?.[1];
    if (url.pathname !== '/v1/events' && doc === undefined) return refuse(socket, '404 Not Found');
    if (!authorised(request, url, deps.apiToken)) return refuse(socket, '401 Unauthorized');
    if (doc !== undefined && !docNamePattern.test(doc)) return refuse(socket, '400 Bad Request');
    if (wss.clients.size >= workLimits.maxWebSocketsCount) return refuse(socket, '503 Service Unavailable');
    wss.handleUpgrade(request, socket, head, (ws) => {
      try {
        if (doc === undefined) serveEvents(ws, deps.bus);
        else serveDoc(ws, doc, deps.docs, peers);
      } catch {
        ws.close(1013, 'cannot serve');
      }
    });
  };
  server.on('upgrade', onUpgrade);
  return {
    close() {
      server.off('upgrade', onUpgrade);
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}
