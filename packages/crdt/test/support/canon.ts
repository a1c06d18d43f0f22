import type { CausalState } from '../../src/index.js';
import { DotFun, DotMap } from '../../src/index.js';

/** A canonical, order-free JSON form of a state: equal iff the states are equal. */
export function canon(state: CausalState<unknown>): string {
  const context = [...state.context.entries()].map(([node, ranges]) => [node, [...ranges]]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  return JSON.stringify({ store: canonStore(state.store), context }, replacer);
}

function canonStore(store: unknown): unknown {
  if (store instanceof DotFun) {
    return (store.entries as { node: string; counter: number; value: unknown }[])
      .map((e) => [e.node, e.counter, e.value])
      .sort((a, b) => (a[0] === b[0] ? (a[1] as number) - (b[1] as number) : String(a[0]) < String(b[0]) ? -1 : 1));
  }
  if (store instanceof DotMap) {
    return [...(store.entries as Map<string, unknown>).entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, v]) => [k, canonStore(v)]);
  }
  throw new Error('unknown store');
}

function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Uint8Array) return { bytes: [...value] };
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) sorted[k] = (value as Record<string, unknown>)[k];
    return sorted;
  }
  return value;
}

/** Number of property runs: CRDT_PROPERTY_RUNS overrides the default for longer runs. */
export function runs(defaultRuns: number): number {
  const fromEnv = Number(process.env.CRDT_PROPERTY_RUNS);
  return Number.isSafeInteger(fromEnv) && fromEnv > 0 ? fromEnv : defaultRuns;
}
