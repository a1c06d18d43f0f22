/**
 * Retention (`pruneKeys` and `merge(…, { drop })`): replicas drop keys older than a horizon
 * that only moves forward, each at its own time, and refuse such keys arriving later. The
 * laws: pruning commutes with merging (replicas that prune at different times and exchange
 * deltas and full states in any order end equal once all have pruned at the final horizon,
 * holding exactly what a replica that saw everything holds after that prune); no dot is
 * minted twice, across prunes and restarts; a delta never resends a pruned key to a peer
 * that has it, and never tells that peer to drop it.
 * Longer runs: CRDT_PROPERTY_RUNS=500 npx vitest run --project crdt
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CounterMap, CrdtError, GCounter, GSet, decodeState, encodeState } from '../../src/index.js';
import { canon, runs } from '../support/canon.js';

type Keyed = GSet | CounterMap;
interface Kind {
  readonly name: 'g_set' | 'counter_map';
  make(node: string): Keyed;
  write(crdt: Keyed, key: string): void;
  /** What a replica shows: key → value. */
  view(crdt: Keyed): Map<string, number>;
}

const kinds: readonly Kind[] = [
  {
    name: 'g_set', make: (node) => new GSet(node), write: (crdt, key) => (crdt as GSet).add(key),
    view: (crdt) => new Map((crdt as GSet).values().map((v) => [v, 1])),
  },
  {
    name: 'counter_map', make: (node) => new CounterMap(node), write: (crdt, key) => (crdt as CounterMap).increment(key),
    view: (crdt) => new Map((crdt as CounterMap).values()),
  },
];

const keyOf = (time: number, tag: number): string => `t${time}:${tag}`;
const timeOf = (key: string): number => Number(key.slice(1, key.indexOf(':')));
const olderThan = (horizon: number) => (key: string): boolean => timeOf(key) < horizon;

type Step =
  | { op: 'write'; at: number; time: number; tag: number }
  | { op: 'delta' | 'full'; from: number; to: number }
  | { op: 'advance'; at: number; by: number }
  | { op: 'restart'; at: number };

const replicaCount = 3;
const at = fc.integer({ min: 0, max: replicaCount - 1 });
const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('write' as const), at, time: fc.integer({ min: 0, max: 9 }), tag: fc.integer({ min: 0, max: 2 }) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constantFrom('delta' as const, 'full' as const), from: at, to: at }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('advance' as const), at, by: fc.integer({ min: 0, max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('restart' as const), at }) },
);

class Cluster {
  readonly replicas: Keyed[];
  readonly horizons: number[] = new Array<number>(replicaCount).fill(0);
  /** Every write ever made, key → how many: what a replica that saw everything holds. */
  readonly written = new Map<string, number>();
  /** Each replica's highest own dot so far: a restart or a prune must never go below it. */
  readonly minted: number[] = new Array<number>(replicaCount).fill(0);

  constructor(readonly kind: Kind) {
    this.replicas = Array.from({ length: replicaCount }, (_, i) => kind.make(`n${i}`));
  }

  private replica(i: number): Keyed {
    return this.replicas[i] as Keyed;
  }

  step(step: Step): void {
    switch (step.op) {
      case 'write': {
        const replica = this.replica(step.at);
        const key = keyOf(step.time, step.tag);
        this.kind.write(replica, key);
        // A GSet holds a key once; a replica that pruned it adds it again (it is older than its horizon anyway).
        this.written.set(key, this.kind.name === 'g_set' ? 1 : (this.written.get(key) ?? 0) + 1);
        const own = replica.versionVector().get(replica.node);
        expect(own).toBeGreaterThanOrEqual(this.minted[step.at] as number);
        this.minted[step.at] = own;
        replica.pruneKeys(olderThan(this.horizons[step.at] as number));
        return;
      }
      case 'delta':
      case 'full': {
        const from = this.replica(step.from);
        const to = this.replica(step.to);
        const state = step.op === 'full' ? from.state() : from.deltaSince(to.versionVector());
        to.merge(state as never, { drop: olderThan(this.horizons[step.to] as number) });
        return;
      }
      case 'advance':
        this.horizons[step.at] = (this.horizons[step.at] as number) + step.by;
        this.replica(step.at).pruneKeys(olderThan(this.horizons[step.at] as number));
        return;
      case 'restart': {
        const old = this.replica(step.at);
        const fresh = this.kind.make(old.node);
        fresh.merge(decodeState(this.kind.name as never, encodeState(this.kind.name as never, old.state() as never)) as never);
        expect(fresh.versionVector().get(fresh.node)).toBe(this.minted[step.at]);
        this.replicas[step.at] = fresh;
      }
    }
  }

  /** Liveness: every replica prunes at the final horizon and full states go round twice. */
  settle(): number {
    const final = Math.max(...this.horizons);
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < replicaCount; i++) {
        for (let j = 0; j < replicaCount; j++) if (i !== j) this.replica(j).merge(this.replica(i).state() as never, { drop: olderThan(final) });
      }
    }
    for (const replica of this.replicas) replica.pruneKeys(olderThan(final));
    return final;
  }
}

describe.each(kinds.map((k) => [k.name, k] as const))('retention of %s', (_name, kind) => {
  it('prune commutes with merge: replicas end equal, holding what survives the final horizon', () => {
    fc.assert(
      fc.property(fc.array(stepArbitrary, { maxLength: 60 }), (steps) => {
        const cluster = new Cluster(kind);
        for (const step of steps) cluster.step(step);
        const final = cluster.settle();
        const states = cluster.replicas.map((r) => canon(r.state() as never));
        expect(new Set(states).size).toBe(1);
        const expected = new Map([...cluster.written].filter(([key]) => timeOf(key) >= final).sort());
        for (const replica of cluster.replicas) expect(new Map([...kind.view(replica)].sort())).toEqual(expected);
      }),
      { numRuns: runs(80) },
    );
  });

  it('a full state from a peer that has not pruned yet does not bring pruned keys back', () => {
    const a = kind.make('A');
    const b = kind.make('B');
    kind.write(a, keyOf(1, 0));
    kind.write(a, keyOf(5, 0));
    b.merge(a.state() as never);
    expect(a.pruneKeys(olderThan(3))).toBe(1);
    a.merge(b.state() as never, { drop: olderThan(3) });
    expect([...kind.view(a).keys()]).toEqual([keyOf(5, 0)]);
    // A key this replica never saw, older than its horizon: refused, but its dot counts as seen.
    const c = kind.make('C');
    kind.write(c, keyOf(0, 1));
    const result = a.merge(c.state() as never, { drop: olderThan(3) });
    expect(result.changed).toBe(true);
    expect([...kind.view(a).keys()]).toEqual([keyOf(5, 0)]);
    expect(a.versionVector().get('C')).toBe(1);
    // Once seen, the same key arriving again without a drop filter stays out too.
    a.merge(c.state() as never);
    expect([...kind.view(a).keys()]).toEqual([keyOf(5, 0)]);
  });

  it('a delta never resends a pruned key to a peer that holds it, nor tells it to drop it', () => {
    const a = kind.make('A');
    const b = kind.make('B');
    for (let time = 0; time < 6; time++) kind.write(a, keyOf(time, 0));
    b.merge(a.state() as never);
    a.pruneKeys(olderThan(4));
    kind.write(a, keyOf(7, 0));
    const delta = a.deltaSince(b.versionVector());
    expect(delta.full).toBe(false);
    expect([...(delta.store as { entries: Map<string, unknown> }).entries.keys()]).toEqual([keyOf(7, 0)]);
    b.merge(delta as never);
    // B keeps its old keys until it prunes itself (a delta is not a removal).
    expect(kind.view(b).size).toBe(7);
    b.pruneKeys(olderThan(4));
    expect(canon(b.state() as never)).toBe(canon(a.state() as never));
  });

  it('never mints a dot twice after pruning and a restart from the encoded state', () => {
    const a = kind.make('A');
    for (let time = 0; time < 5; time++) kind.write(a, keyOf(time, 0));
    a.pruneKeys(() => true);
    const restored = kind.make('A');
    restored.merge(decodeState(kind.name as never, encodeState(kind.name as never, a.state() as never)) as never);
    expect(restored.versionVector().get('A')).toBe(5);
    kind.write(restored, keyOf(9, 0));
    expect(restored.versionVector().get('A')).toBe(6);
  });
});

describe('pruneKeys on a CRDT without keys', () => {
  it('is INVALID_ARGUMENT', () => {
    let code: string | undefined;
    try {
      new GCounter('A').pruneKeys(() => true);
    } catch (error) {
      code = error instanceof CrdtError ? error.code : 'other';
    }
    expect(code).toBe('INVALID_ARGUMENT');
  });
});
