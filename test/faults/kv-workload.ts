// The linearizable KV workload: clients doing GET/PUT /v1/kv/{key} against random nodes,
// each call recorded as invoke + ok/info in a history (history.ts).
import type { ProcNode } from '../../packages/daemon/test/support/process-cluster.js';
import type { WorkloadOptions } from './workload.js';
import type { HistoryEvent } from './history.js';

export const kvRequestTimeoutMs = 3_000;

/** One KV call; the outcome as the history records it (info: timed out or refused, unknown). */
export async function kvCall(node: ProcNode, method: 'GET' | 'PUT', key: string, value?: string): Promise<{ type: 'ok' | 'info'; value?: string | null }> {
  try {
    const response = await fetch(`http://127.0.0.1:${node.apiPort}/v1/kv/${key}`, {
      method, headers: { authorization: `Bearer ${node.token}` }, ...(value === undefined ? {} : { body: value }), signal: AbortSignal.timeout(kvRequestTimeoutMs),
    });
    const text = await response.text();
    if (method === 'PUT') return response.status === 200 ? { type: 'ok' } : { type: 'info' };
    if (response.status === 200) return { type: 'ok', value: text };
    if (response.status === 404) return { type: 'ok', value: null };
    return { type: 'info' };
  } catch {
    return { type: 'info' };
  }
}

export class KvWorkload {
  readonly events: HistoryEvent[] = [];
  private nextId = 0;

  constructor(private readonly options: WorkloadOptions) {}

  get operations(): number {
    return this.nextId;
  }

  async run(): Promise<void> {
    await Promise.all(Array.from({ length: this.options.clients }, (_, i) => this.client(i)));
  }

  async once(process: number, node: ProcNode, kind: 'get' | 'put', key: string, value?: string): Promise<void> {
    const { now } = this.options;
    const id = this.nextId++;
    if (kind === 'put') {
      this.events.push({ type: 'invoke', id, process, kind, key, value: value ?? '', node: node.name, timeMs: now() });
      const result = await kvCall(node, 'PUT', key, value ?? '');
      this.events.push({ type: result.type, id, timeMs: now() });
      return;
    }
    this.events.push({ type: 'invoke', id, process, kind, key, node: node.name, timeMs: now() });
    const result = await kvCall(node, 'GET', key);
    this.events.push(result.type === 'ok' ? { type: 'ok', id, value: result.value ?? null, timeMs: now() } : { type: 'info', id, timeMs: now() });
  }

  private async client(process: number): Promise<void> {
    const { nodes, keys, random, until } = this.options;
    for (let seq = 0; !until(); seq++) {
      const node = nodes[Math.floor(random() * nodes.length)] as ProcNode;
      if (node.child === undefined) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        continue;
      }
      const key = keys[Math.floor(random() * keys.length)] as string;
      await (random() < 0.5 ? this.once(process, node, 'put', key, `p${process}-${seq}`) : this.once(process, node, 'get', key));
    }
  }
}
