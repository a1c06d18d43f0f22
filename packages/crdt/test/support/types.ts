/**
 * Every CRDT type under test, described the same way: how to make a replica, which
 * random operations it takes, how to read it, and its codec kind. The law and
 * convergence suites run over this list.
 */
import fc from 'fast-check';
import {
  CounterMap, GCounter, GSet, LWWMap, LWWRegister, MVRegister, ORMap, ORSet, PNCounter, ReplicatedMap,
  emptySet, mapShape, setAdd, setRemove, setValues, shapeOf,
  type CausalCrdt, type CrdtKind, type DotStore, type Shape, type SetStore,
} from '../../src/index.js';

export interface Op {
  readonly kind: number;
  readonly key: string;
  readonly amount: number;
}

export const opArbitrary: fc.Arbitrary<Op> = fc.record({
  kind: fc.nat(3),
  key: fc.constantFrom('a', 'b', 'c', 'd'),
  amount: fc.integer({ min: 1, max: 5 }),
});

export interface Clock {
  ms: number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCrdt = CausalCrdt<any>;

export interface TypeUnderTest {
  readonly name: string;
  readonly kind: CrdtKind;
  readonly shape?: Shape;
  make(node: string, clock: Clock): AnyCrdt;
  apply(replica: AnyCrdt, op: Op, clock: Clock): void;
  /** What a user reads (must match across converged replicas). */
  read(replica: AnyCrdt): unknown;
}

const setsInMap = mapShape(shapeOf.orSet);

export const typesUnderTest: readonly TypeUnderTest[] = [
  {
    name: 'GCounter', kind: 'g_counter',
    make: (n) => new GCounter(n),
    apply: (r, op) => (r as GCounter).increment(op.amount),
    read: (r) => (r as GCounter).value(),
  },
  {
    name: 'PNCounter', kind: 'pn_counter',
    make: (n) => new PNCounter(n),
    apply: (r, op) => (op.kind % 2 === 0 ? (r as PNCounter).increment(op.amount) : (r as PNCounter).decrement(op.amount)),
    read: (r) => (r as PNCounter).value(),
  },
  {
    name: 'LWWRegister', kind: 'lww_register',
    make: (n) => new LWWRegister(n),
    apply: (r, op, clock) => (r as LWWRegister).set({ [op.key]: op.amount }, clock.ms),
    read: (r) => (r as LWWRegister).get() ?? null,
  },
  {
    name: 'MVRegister', kind: 'mv_register',
    make: (n) => new MVRegister(n),
    apply: (r, op) => (r as MVRegister).set(op.kind === 3 ? new Uint8Array([op.amount]) : op.key + op.amount),
    read: (r) => (r as MVRegister).values().map((v) => (v instanceof Uint8Array ? [...v] : v)),
  },
  {
    name: 'GSet', kind: 'g_set',
    make: (n) => new GSet(n),
    apply: (r, op) => (r as GSet).add(op.key + op.amount),
    read: (r) => (r as GSet).values(),
  },
  {
    name: 'ORSet', kind: 'or_set',
    make: (n) => new ORSet(n),
    apply: (r, op) => (op.kind < 2 ? (r as ORSet).add(op.key) : (r as ORSet).remove(op.key)),
    read: (r) => (r as ORSet).values(),
  },
  {
    name: 'CounterMap', kind: 'counter_map',
    make: (n) => new CounterMap(n),
    apply: (r, op) => {
      const m = r as CounterMap;
      if (op.kind === 0) m.remove(op.key);
      else if (op.kind === 1) m.decrement(op.key, op.amount);
      else m.increment(op.key, op.amount);
    },
    read: (r) => (r as CounterMap).values(),
  },
  {
    name: 'LWWMap', kind: 'lww_map',
    make: (n) => new LWWMap(n),
    apply: (r, op, clock) => (op.kind === 0 ? (r as LWWMap).remove(op.key) : (r as LWWMap).set(op.key, op.amount, clock.ms)),
    read: (r) => (r as LWWMap).keys().map((k) => [k, (r as LWWMap).value(k)]),
  },
  {
    name: 'ORMap<ORSet>', kind: 'or_map', shape: setsInMap,
    make: (n) => new ORMap<SetStore>(n, emptySet),
    apply: (r, op) => {
      const m = r as ORMap<SetStore>;
      const element = String(op.amount % 3);
      if (op.kind === 0) m.remove(op.key);
      else if (op.kind === 1) m.update(op.key, (s) => setRemove(s, element));
      else m.update(op.key, (s, d) => setAdd(s, element, d));
    },
    read: (r) => (r as ORMap<SetStore>).keys().map((k) => [k, setValues((r as ORMap<SetStore>).at(k) as SetStore)]),
  },
  {
    // Tiny journal and index: evictions, full-state fallbacks and scans on every few writes.
    name: 'ORSet(tiny journal and index)', kind: 'or_set',
    make: (n) => new ORSet(n, { limits: { maxJournalRecords: 3, maxIndexedDotsPerNode: 2 } }),
    apply: (r, op) => (op.kind < 2 ? (r as ORSet).add(op.key) : (r as ORSet).remove(op.key)),
    read: (r) => (r as ORSet).values(),
  },
  {
    name: 'ReplicatedMap(tiny journal and index)', kind: 'replicated_map',
    make: (n, clock) => new ReplicatedMap(n, { strategy: 'last_write_wins', wallClockMs: () => clock.ms, limits: { maxJournalRecords: 2, maxIndexedDotsPerNode: 3 } }),
    apply: (r, op) => (op.kind === 0 ? (r as ReplicatedMap).delete(op.key) : (r as ReplicatedMap).put(op.key, op.amount)),
    read: (r) => (r as ReplicatedMap).entries().map(([k, e]) => [k, e.value, e.clock.toJSON(), e.siblings]),
  },
  ...(['last_write_wins', 'highest_node_wins', 'merge_union'] as const).map((strategy): TypeUnderTest => ({
    name: `ReplicatedMap(${strategy})`, kind: 'replicated_map',
    make: (n, clock) => new ReplicatedMap(n, { strategy, wallClockMs: () => clock.ms }),
    apply: (r, op) => {
      const m = r as ReplicatedMap;
      if (op.kind === 0) m.delete(op.key);
      else m.put(op.key, strategy === 'merge_union' ? [op.amount, op.kind] : op.amount);
    },
    read: (r) => (r as ReplicatedMap).entries().map(([k, e]) => [k, e.value, e.clock.toJSON(), e.siblings]),
  })),
];

export type { DotStore };
