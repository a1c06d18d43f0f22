// The fault-injection run over real daemon processes on loopback: concurrent clients do
// linearizable KV reads and writes against random nodes while a nemesis kills (-9) and
// restarts nodes and pauses them (SIGSTOP/SIGCONT). The history is written to a file and
// checked for linearizability per key. FAULTS_SECONDS sets the length (CI: a short run).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessCluster, cliBuilt, repoRoot, waitFor, type ProcNode } from '../../packages/daemon/test/support/process-cluster.js';
import type { HistoryEvent } from './history.js';
import { toOperations } from './history.js';
import { checkHistory } from './linearizability.js';

const seconds = Number(process.env.FAULTS_SECONDS ?? 15);
const clientCount = Number(process.env.FAULTS_CLIENTS ?? 6);
const keys = ['k0', 'k1', 'k2', 'k3'];
const requestTimeoutMs = 3_000;

const cluster = new ProcessCluster();
let nodes: ProcNode[] = [];
const paused = new Set<ProcNode>();

/** One KV call; the outcome as the history records it. */
async function call(node: ProcNode, method: 'GET' | 'PUT', key: string, value?: string): Promise<{ type: 'ok' | 'info'; value?: string | null }> {
  try {
    const response = await fetch(`http://127.0.0.1:${node.apiPort}/v1/kv/${key}`, {
      method, headers: { authorization: `Bearer ${node.token}` }, ...(value === undefined ? {} : { body: value }), signal: AbortSignal.timeout(requestTimeoutMs),
    });
    const text = await response.text();
    if (method === 'PUT') return response.status === 200 ? { type: 'ok' } : { type: 'info' };
    if (response.status === 200) return { type: 'ok', value: text };
    if (response.status === 404) return { type: 'ok', value: null };
    return { type: 'info' };
  } catch {
    // A timeout or a refused connection: the write may or may not have happened.
    return { type: 'info' };
  }
}

describe.skipIf(!cliBuilt())('KV under faults (kill -9, pause)', () => {
  beforeAll(async () => {
    await cluster.init();
    const first = await cluster.add('c1', ['--council', '--federation-id', 'fed-faults', '--discovery', 'bootstrap']);
    await cluster.start(first);
    const boot = ['--bootstrap', cluster.address(first), '--discovery', 'bootstrap'];
    const rest = [await cluster.add('c2', boot), await cluster.add('c3', boot), await cluster.add('m1', boot)];
    await Promise.all(rest.map((node) => cluster.start(node)));
    await cluster.join(first, rest[0] as ProcNode, true);
    await cluster.join(first, rest[1] as ProcNode, true);
    await cluster.join(first, rest[2] as ProcNode, false);
    nodes = [first, ...rest];
    await waitFor('three voters', async () => ((await cluster.raft(first)).voters.length === 3 ? true : undefined), 60_000);
  }, 180_000);

  afterAll(async () => {
    for (const node of paused) node.child?.kill('SIGCONT');
    await cluster.stop();
  }, 60_000);

  it('stays linearizable per key while nodes are killed, restarted and paused', async () => {
    const events: HistoryEvent[] = [];
    const t0 = performance.now();
    const now = () => performance.now() - t0;
    const deadline = t0 + seconds * 1000;
    let nextId = 0;
    const faults: string[] = [];

    const client = async (process: number) => {
      for (let seq = 0; performance.now() < deadline; seq++) {
        const node = nodes[Math.floor(Math.random() * nodes.length)] as ProcNode;
        if (node.child === undefined) continue;
        const key = keys[Math.floor(Math.random() * keys.length)] as string;
        const id = nextId++;
        if (Math.random() < 0.5) {
          const value = `p${process}-${seq}`;
          events.push({ type: 'invoke', id, process, kind: 'put', key, value, timeMs: now() });
          const result = await call(node, 'PUT', key, value);
          events.push({ type: result.type, id, timeMs: now() });
        } else {
          events.push({ type: 'invoke', id, process, kind: 'get', key, timeMs: now() });
          const result = await call(node, 'GET', key);
          events.push(result.type === 'ok' ? { type: 'ok', id, value: result.value ?? null, timeMs: now() } : { type: 'info', id, timeMs: now() });
        }
      }
    };

    // One fault at a time, so a quorum of the three voters is always reachable again after it.
    const nemesis = async () => {
      while (performance.now() < deadline - 2_000) {
        await new Promise((resolve) => setTimeout(resolve, 1_000 + Math.random() * 1_500));
        const victim = nodes[Math.floor(Math.random() * nodes.length)] as ProcNode;
        if (Math.random() < 0.5) {
          faults.push(`kill -9 ${victim.name} @${now().toFixed(0)}ms`);
          cluster.kill9(victim);
          await new Promise((resolve) => setTimeout(resolve, 500 + Math.random() * 1_000));
          await cluster.start(victim);
        } else if (victim.child !== undefined) {
          faults.push(`pause ${victim.name} @${now().toFixed(0)}ms`);
          paused.add(victim);
          victim.child.kill('SIGSTOP');
          await new Promise((resolve) => setTimeout(resolve, 500 + Math.random() * 1_500));
          victim.child?.kill('SIGCONT');
          paused.delete(victim);
        }
      }
    };

    await Promise.all([nemesis(), ...Array.from({ length: clientCount }, (_, i) => client(i))]);

    // Healed: every key read once more through ReadIndex, so late effects are observed.
    await waitFor('a leader after the faults', async () => {
      for (const node of nodes) if ((await cluster.raft(node).catch(() => undefined))?.role === 'leader') return node;
      return undefined;
    }, 30_000);
    for (const key of keys) {
      const id = nextId++;
      events.push({ type: 'invoke', id, process: 999, kind: 'get', key, timeMs: now() });
      const result = await call(nodes[0] as ProcNode, 'GET', key);
      events.push(result.type === 'ok' ? { type: 'ok', id, value: result.value ?? null, timeMs: now() } : { type: 'info', id, timeMs: now() });
    }

    const dir = join(repoRoot, '.test-output', 'faults');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `kv-history-${Date.now()}.jsonl`);
    writeFileSync(file, `${events.map((e) => JSON.stringify(e)).join('\n')}\n`);
    const operations = toOperations(events);
    const verdict = checkHistory(operations);
    const completed = events.filter((e) => e.type === 'ok').length;
    const indeterminate = events.filter((e) => e.type === 'info').length;
    console.log(`FAULTS ${seconds}s: ${nextId} operations (${completed} ok, ${indeterminate} indeterminate), ${faults.length} faults [${faults.join('; ')}]; verdict ${String(verdict.linearizable)}; history ${file}`);
    expect(completed).toBeGreaterThan(20);
    expect(faults.length).toBeGreaterThan(0);
    expect(verdict.keys.filter((k) => k.linearizable === false)).toEqual([]);
    expect(verdict.linearizable).toBe(true);
  }, (seconds + 120) * 1000);
});
