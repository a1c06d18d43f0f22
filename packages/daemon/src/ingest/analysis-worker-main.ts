/**
 * The body of an analysis worker (node:worker_threads): loads @continuum/analyzer once,
 * then answers chunks of NDJSON lines with their analysis (analyze-lines.ts). Encoded
 * bodies travel back packed in one transferred buffer. The entry file is
 * analysis-worker.ts; tests start workers with hooks of their own.
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as analyzer from '@continuum/analyzer';
import type { Watchlist } from '@continuum/analyzer';
import { analyzeLines } from './analyze-lines.js';
import type { WorkerInit, WorkerRequest, WorkerResponse } from './analysis-protocol.js';

export interface WorkerHooks {
  /** Runs before each chunk (a test fixture uses it to die mid-request). */
  readonly beforeChunk?: (request: WorkerRequest) => void;
}

export function serveAnalysis(hooks: WorkerHooks = {}): void {
  const port = parentPort;
  if (port === null) throw new Error('serveAnalysis runs in a worker thread');
  const init = workerData as WorkerInit;
  let compiled: { version: string; watchlist: Watchlist } | undefined;
  port.on('message', (request: WorkerRequest) => {
    hooks.beforeChunk?.(request);
    let response: WorkerResponse;
    const transfer: ArrayBuffer[] = [];
    try {
      if (request.watchlist !== undefined && compiled?.version !== request.watchlist.version) {
        const input = request.watchlist;
        compiled = { version: input.version, watchlist: new analyzer.Watchlist({ version: input.version, terms: [...input.terms], hashtags: [...input.hashtags] }) };
      }
      const watchlist = request.watchlist === undefined ? undefined : compiled?.watchlist;
      const chunk = analyzeLines(analyzer, request.lines, request.firstLine, {
        nodeSecret: init.nodeSecret, territory: request.territory, ...(watchlist === undefined ? {} : { watchlist }),
      });
      const bodies = new Uint8Array(chunk.items.reduce((sum, item) => sum + item.body.length, 0));
      let at = 0;
      const items = chunk.items.map(({ line, fields, metadata, body }) => {
        bodies.set(body, at);
        at += body.length;
        return { line, fields, metadata, end: at };
      });
      transfer.push(bodies.buffer);
      response = { id: request.id, ok: true, items, rejected: chunk.rejected, bodies };
    } catch (error) {
      response = { id: request.id, ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(response, transfer);
  });
}
