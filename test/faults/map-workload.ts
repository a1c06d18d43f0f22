// The eventual map workload (/v1/map, a CRDT): clients put and delete keys at random nodes
// during the faults; after healing, `checkConvergence` reads every key at every node.
//
// The property checked, per key, once the faults have healed and replication is quiet:
//   1. convergence: every node answers the same thing (404, or the same set of sibling
//      values and the same chosen value);
//   2. no phantoms: every value held was written by some put sent during the run;
//   3. no lost last write: an acknowledged (200) put p such that every other put or delete
//      of that key (at any node) was answered before p was invoked — except a DELETE answered
//      404, which certainly did nothing — is among the key's final values. Each write took
//      effect somewhere between its invocation and its answer (an unanswered one: at any
//      time after its invocation), so every other write took effect before p and none can
//      have seen p; and the map is add-wins (a delete or put removes only the writes it saw),
//      so nothing else may remove p. Nothing stronger holds without the writes' vector clocks.
//      An unanswered write took effect, if at all, before the next kill of its node (a dead
//      process applies nothing); a refused one (ECONNREFUSED) did nothing.
// A node answers a map write once it has saved map.bin. Losses where the acknowledging
// node was killed within `lossWindowMs` of the answer are still reported apart
// (`lostToKills`, so a regression is easy to read); the run fails on both kinds.
import type { ProcNode } from '../../packages/daemon/test/support/process-cluster.js';
import type { WorkloadOptions } from './workload.js';

export interface MapOp {
  readonly kind: 'put' | 'delete';
  readonly key: string;
  readonly value: string | undefined;
  readonly node: string;
  readonly invokeMs: number;
  outcome: 'ok' | 'fail' | 'info' | 'pending';
  /** When the answer came (undefined while pending). */
  ackMs?: number;
}

/** A kill -9 of a node at a time of the run clock. */
export interface Kill {
  readonly node: string;
  readonly atMs: number;
}

/** Long enough that a paused (≤ 2 s) or starved node still answers: fewer unknown outcomes. */
const requestTimeoutMs = 10_000;

async function mapCall(node: ProcNode, method: 'GET' | 'PUT' | 'DELETE', key: string, value?: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`http://127.0.0.1:${node.apiPort}/v1/map/${key}`, {
    method, headers: { authorization: `Bearer ${node.token}`, 'content-type': 'application/json' },
    ...(value === undefined ? {} : { body: JSON.stringify(value) }), signal: AbortSignal.timeout(requestTimeoutMs),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text) as unknown };
}

export class MapWorkload {
  readonly ops: MapOp[] = [];

  constructor(private readonly options: WorkloadOptions) {}

  async run(): Promise<void> {
    await Promise.all(Array.from({ length: this.options.clients }, (_, i) => this.client(i)));
  }

  private async client(process: number): Promise<void> {
    const { nodes, keys, random, until, now, clients } = this.options;
    // The first half of the keys is shared by every client (concurrent writes, siblings);
    // each key of the second half has one client, whose writes never overlap, so its last
    // acknowledged put is always one the check requires.
    const half = Math.ceil(keys.length / 2);
    const shared = keys.slice(0, half);
    const owned = keys.slice(half).filter((_, i) => i % clients === process);
    for (let seq = 0; !until(); seq++) {
      const node = nodes[Math.floor(random() * nodes.length)] as ProcNode;
      if (node.child === undefined) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        continue;
      }
      const pool = owned.length > 0 && random() < 0.5 ? owned : shared;
      const key = pool[Math.floor(random() * pool.length)] as string;
      const put = random() < 0.8;
      const op: MapOp = { kind: put ? 'put' : 'delete', key, value: put ? `m${process}-${seq}` : undefined, node: node.name, invokeMs: now(), outcome: 'pending' };
      this.ops.push(op);
      try {
        const answer = await mapCall(node, put ? 'PUT' : 'DELETE', key, op.value);
        // A delete of a key absent here (404) did nothing; any other non-200 is unknown.
        op.outcome = answer.status === 200 ? 'ok' : answer.status === 404 && !put ? 'fail' : 'info';
      } catch (error) {
        // Refused (the node is down): it certainly did nothing. A timeout: unknown.
        const code = ((error as { cause?: { code?: unknown } }).cause)?.code;
        op.outcome = code === 'ECONNREFUSED' ? 'fail' : 'info';
      }
      op.ackMs = now();
    }
  }
}

/** What one node holds for a key: undefined for absent, else sorted sibling values and the chosen one. */
export type KeyView = { readonly values: readonly string[]; readonly value: string } | undefined;

export async function readKey(node: ProcNode, key: string): Promise<KeyView> {
  const answer = await mapCall(node, 'GET', key);
  if (answer.status === 404) return undefined;
  if (answer.status !== 200) throw new Error(`GET /v1/map/${key} at ${node.name}: ${answer.status}`);
  const body = answer.body as { value: string; values: string[] };
  return { values: [...body.values].sort(), value: body.value };
}

export type MapState = Map<string, KeyView>;

export async function readState(node: ProcNode, keys: readonly string[]): Promise<MapState> {
  const state: MapState = new Map();
  for (const key of keys) state.set(key, await readKey(node, key));
  return state;
}

export function sameState(a: MapState, b: MapState): boolean {
  return JSON.stringify([...a]) === JSON.stringify([...b]);
}

export interface MapVerdict {
  readonly converged: boolean;
  readonly phantoms: readonly string[];
  /** Acknowledged last writes missing from the converged state (no kill explains them). */
  readonly lost: readonly string[];
  /** Acknowledged last writes missing, whose node was killed within lossWindowMs of the answer. */
  readonly lostToKills: readonly string[];
  /** How many acknowledged last writes the check required (and found or not). */
  readonly required: number;
}

/** Checks properties 2 and 3 against one converged state (property 1 is the caller's waitFor). */
export function checkMap(ops: readonly MapOp[], state: MapState, converged: boolean, kills: readonly Kill[] = [], lossWindowMs = 0): MapVerdict {
  const written = new Set(ops.filter((op) => op.kind === 'put').map((op) => op.value));
  const phantoms: string[] = [];
  for (const [key, view] of state) for (const value of view?.values ?? []) if (!written.has(value)) phantoms.push(`${key}=${value}`);
  const lost: string[] = [];
  const lostToKills: string[] = [];
  let required = 0;
  for (const key of state.keys()) {
    const writes = ops.filter((op) => op.key === key && op.outcome !== 'fail');
    // An unanswered write takes effect, if ever, before the process that got it dies.
    const effectBy = (op: MapOp): number => (op.outcome === 'ok'
      ? (op.ackMs ?? Number.POSITIVE_INFINITY)
      : Math.min(...kills.filter((k) => k.node === op.node && k.atMs >= op.invokeMs).map((k) => k.atMs), Number.POSITIVE_INFINITY));
    for (const op of writes) {
      if (op.kind !== 'put' || op.outcome !== 'ok') continue;
      if (writes.some((other) => other !== op && effectBy(other) >= op.invokeMs)) continue;
      required += 1;
      if ((state.get(key)?.values ?? []).includes(op.value ?? '')) continue;
      const acked = op.ackMs ?? op.invokeMs;
      const kill = kills.find((k) => k.node === op.node && k.atMs >= op.invokeMs && k.atMs <= acked + lossWindowMs);
      const entry = `${key}=${op.value ?? ''}@${op.node} (answered ${acked.toFixed(0)}ms${kill === undefined ? '' : `, killed ${kill.atMs.toFixed(0)}ms`})`;
      (kill === undefined ? lost : lostToKills).push(entry);
    }
  }
  return { converged, phantoms, lost, lostToKills, required };
}
