/**
 * A pool of analysis workers (node:worker_threads). Each worker loads the analyzer once
 * (about 170-200 MB of RSS each), so the workers start together on the first chunk, never
 * at node start. Chunks queue in FIFO order and each resolves with its own results, so a caller
 * that awaits its chunks in order gets its lines in order. A worker that dies (or throws)
 * fails the chunk it held with ANALYSIS_FAILED; the next chunk starts a fresh worker.
 */
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ContinuumError } from '../errors.js';
import { daemonPackageUrl } from '../package-url.js';
import { workLimits } from '../work-limits.js';
import type { AnalysedChunk } from './analyze-lines.js';
import type { WatchlistInput, WorkerInit, WorkerRequest, WorkerResponse } from './analysis-protocol.js';

/**
 * Workers when the config leaves `node.analysis_workers` unset: one per core but one (the
 * event loop keeps a core for the store, the API and the federation), at least 1, at most 4.
 */
export function defaultAnalysisWorkers(parallelism = availableParallelism()): number {
  return Math.max(1, Math.min(4, parallelism - 1));
}

export interface AnalysisPoolOptions {
  /** Workers (at least 1, at most `maxAnalysisWorkersCount`). */
  readonly size: number;
  readonly nodeSecret: Uint8Array;
  /** The worker entry (tests give a fixture); defaults to analysis-worker.js beside this file. */
  readonly workerUrl?: URL;
}

export interface ChunkInput {
  readonly lines: readonly string[];
  readonly firstLine: number;
  readonly territory: string;
  readonly watchlist?: WatchlistInput;
}

interface Task {
  readonly request: WorkerRequest;
  readonly resolve: (chunk: AnalysedChunk) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  task: Task | undefined;
  /** Set once the worker exited: it takes no more tasks. */
  gone: boolean;
}

function failed(reason: string, exitCode?: number): ContinuumError<'ANALYSIS_FAILED'> {
  return new ContinuumError('ANALYSIS_FAILED', `analysis failed: ${reason}`, { reason, ...(exitCode === undefined ? {} : { exitCode }) });
}

/**
 * Starts a worker from `url`. From TypeScript sources (tests, benches run with tsx), the
 * entry is a .ts file: Node 20 does not apply module hooks to a worker's entry, so a
 * small bootstrap imports it through tsx, with the workspace's source condition.
 */
function startWorker(url: URL, init: WorkerInit): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData: init });
  const tsxDir = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = pathToFileURL(join(tsxDir, 'dist/esm/api/index.mjs')).href;
  const code = `import(${JSON.stringify(api)}).then((tsx) => tsx.tsImport(${JSON.stringify(url.href)}, ${JSON.stringify(url.href)}))`;
  return new Worker(code, { eval: true, workerData: init, execArgv: ['--conditions', 'continuum-source'] });
}

/** The worker's entry: beside this file when running from sources, else in the package's dist (also from the bundle). */
const defaultWorkerUrl = (): URL => import.meta.url.endsWith('.ts')
  ? new URL('./analysis-worker.ts', import.meta.url)
  : new URL('dist/ingest/analysis-worker.js', daemonPackageUrl);

export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;
  /** Workers started so far (a replaced worker counts again). */
  started = 0;

  constructor(private readonly options: AnalysisPoolOptions) {
    if (!Number.isSafeInteger(options.size) || options.size < 1 || options.size > workLimits.maxAnalysisWorkersCount) {
      throw new ContinuumError('LIMIT_EXCEEDED', `an analysis pool has 1 to ${workLimits.maxAnalysisWorkersCount} workers`, { limit: 'maxAnalysisWorkersCount', max: workLimits.maxAnalysisWorkersCount });
    }
  }

  get size(): number {
    return this.options.size;
  }

  /** Analyses one chunk of lines on the next free worker. */
  analyze(input: ChunkInput): Promise<AnalysedChunk> {
    if (this.closed) return Promise.reject(new ContinuumError('LIFECYCLE', 'the analysis pool is closed', { state: 'closed', operation: 'analyze' }));
    return new Promise<AnalysedChunk>((resolve, reject) => {
      const request: WorkerRequest = { id: this.nextId++, ...input };
      this.queue.push({ request, resolve, reject });
      this.dispatch();
    });
  }

  /** Resolves once every worker has started and loaded the analyzer (an empty chunk each). */
  async warmUp(): Promise<void> {
    await Promise.all(Array.from({ length: this.options.size }, () => this.analyze({ lines: [], firstLine: 1, territory: 'UNKNOWN' })));
  }

  /** Stops every worker; chunks still queued or running fail with LIFECYCLE. */
  async close(): Promise<void> {
    this.closed = true;
    const error = new ContinuumError('LIFECYCLE', 'the analysis pool closed', { state: 'closed', operation: 'analyze' });
    for (const task of this.queue.splice(0)) task.reject(error);
    const slots = this.slots.splice(0);
    for (const slot of slots) {
      slot.gone = true;
      slot.task?.reject(error);
      slot.task = undefined;
    }
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    if (this.queue.length === 0) return;
    // Every worker starts with the first chunk (and a lost one with the next), so none pays its start-up mid-request.
    while (this.slots.length < this.options.size) this.spawn();
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => s.task === undefined);
      if (slot === undefined) return;
      const task = this.queue.shift() as Task;
      slot.task = task;
      // A busy worker keeps the process alive (its caller awaits it); an idle one does not.
      slot.worker.ref();
      slot.worker.postMessage(task.request);
    }
  }

  private spawn(): void {
    const worker = startWorker(this.options.workerUrl ?? defaultWorkerUrl(), { nodeSecret: this.options.nodeSecret });
    worker.unref();
    this.started++;
    const slot: Slot = { worker, task: undefined, gone: false };
    this.slots.push(slot);
    worker.on('message', (response: WorkerResponse) => this.answer(slot, response));
    worker.on('error', (error) => this.lose(slot, failed(`an analysis worker threw: ${error.message}`)));
    worker.on('exit', (code) => this.lose(slot, failed(`an analysis worker exited with code ${code}`, code)));
  }

  private answer(slot: Slot, response: WorkerResponse): void {
    const task = slot.task;
    if (task === undefined || task.request.id !== response.id) return;
    slot.task = undefined;
    slot.worker.unref();
    if (response.ok) {
      let start = 0;
      const items = response.items.map(({ line, fields, metadata, end }) => {
        const body = response.bodies.subarray(start, end);
        start = end;
        return { line, fields, metadata, body };
      });
      task.resolve({ items, rejected: [...response.rejected] });
    } else {
      task.reject(failed(response.reason));
    }
    this.dispatch();
  }

  /** A worker that errored or exited: fail its chunk, forget it, and let the queue start another. */
  private lose(slot: Slot, error: ContinuumError<'ANALYSIS_FAILED'>): void {
    if (slot.gone) return;
    slot.gone = true;
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    slot.task?.reject(error);
    slot.task = undefined;
    void slot.worker.terminate();
    if (!this.closed) this.dispatch();
  }
}
