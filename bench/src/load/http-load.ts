import { Agent, request } from 'node:http';
import { quantile } from '../stats.js';

/** One request of a load run; the same generator drives CONTINUUM and the anchor. */
export interface LoadRequest {
  readonly method: string;
  readonly path: string;
  readonly body?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface LoadOptions {
  /** host:port of each target; client i talks to targets[i % targets.length]. */
  readonly targets: readonly string[];
  readonly concurrency: number;
  readonly durationMs: number;
  /** Bounds the run whatever the duration. */
  readonly maxRequests: number;
  readonly makeRequest: (sequence: number) => LoadRequest;
  /** Per-request timeout; a timed-out request counts as an error. */
  readonly timeoutMs?: number;
}

export interface LoadResult {
  readonly requests: number;
  readonly errors: number;
  readonly seconds: number;
  readonly throughputPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

interface Response {
  readonly status: number;
  readonly body: string;
}

export function send(agent: Agent, target: string, load: LoadRequest, timeoutMs: number): Promise<Response> {
  const [host, port] = target.split(':');
  return new Promise((resolve, reject) => {
    const req = request({ agent, host, port: Number(port), method: load.method, path: load.path, headers: { ...load.headers, ...(load.body !== undefined ? { 'content-length': Buffer.byteLength(load.body) } : {}) }, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(load.body);
  });
}

/** Closed-loop load: `concurrency` clients each send the next request when the last answers. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies: number[] = [];
  let errors = 0;
  let sequence = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;
  const client = async (index: number) => {
    const target = options.targets[index % options.targets.length] as string;
    while (performance.now() < deadline && sequence < options.maxRequests) {
      const load = options.makeRequest(sequence++);
      const t0 = performance.now();
      try {
        const response = await send(agent, target, load, options.timeoutMs ?? 5_000);
        if (response.status >= 200 && response.status < 300) latencies.push(performance.now() - t0);
        else errors++;
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, (_, i) => client(i)));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds,
    throughputPerSecond: latencies.length / seconds,
    p50Ms: quantile(latencies, 0.5),
    p99Ms: quantile(latencies, 0.99),
  };
}
