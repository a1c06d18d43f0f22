/**
 * The laws every CRDT here must keep, checked with fast-check over random histories:
 * merge is commutative, associative and idempotent; replicas given random operations
 * and random delivery (reordered, duplicated, delayed, deltas and full states mixed)
 * end identical; a delta applied twice changes nothing; encoding round-trips.
 * Longer runs: CRDT_PROPERTY_RUNS=500 npx vitest run --project crdt
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canon, runs } from '../support/canon.js';
import { Network, scenarioArbitrary } from '../support/sim.js';
import { typesUnderTest, type AnyCrdt, type TypeUnderTest } from '../support/types.js';
import type { CausalState } from '../../src/index.js';

function join(type: TypeUnderTest, network: Network, ...states: CausalState<unknown>[]): CausalState<unknown> {
  const fresh: AnyCrdt = type.make('M', network.clock);
  for (const s of states) fresh.merge(s);
  return fresh.state();
}

describe.each(typesUnderTest.map((t) => [t.name, t] as const))('%s', (_name, type) => {
  it('merge is commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (steps) => {
        const network = new Network(type);
        network.run(steps);
        const [x, y, z] = network.replicas.map((r) => r.state()) as [CausalState<unknown>, CausalState<unknown>, CausalState<unknown>];
        expect(canon(join(type, network, x, y))).toBe(canon(join(type, network, y, x)));
        expect(canon(join(type, network, join(type, network, x, y), z))).toBe(canon(join(type, network, x, join(type, network, y, z))));
        expect(canon(join(type, network, x, x))).toBe(canon(x));
      }),
      { numRuns: runs(60) },
    );
  });

  it('replicas converge under random delivery of deltas and full states', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (steps) => {
        const network = new Network(type);
        network.run(steps);
        network.settle();
        const [first, ...rest] = network.replicas as [AnyCrdt, ...AnyCrdt[]];
        for (const other of rest) {
          expect(canon(other.state())).toBe(canon(first.state()));
          expect(type.read(other)).toEqual(type.read(first));
          expect(other.versionVector().toJSON()).toEqual(first.versionVector().toJSON());
        }
      }),
      { numRuns: runs(100) },
    );
  });

  it('a delta for a replica equals the full state for it, and applying it twice changes nothing', () => {
    fc.assert(
      fc.property(scenarioArbitrary, fc.nat(2), fc.nat(2), (steps, from, to) => {
        const network = new Network(type);
        network.run(steps);
        const sender = network.replica(from);
        const receiver = network.replica(to);
        const base = receiver.state();
        const delta = network.decode(network.encode(sender.deltaSince(receiver.versionVector())));
        const viaDelta: AnyCrdt = type.make('M', network.clock);
        viaDelta.merge(base);
        viaDelta.merge(delta);
        const viaFull: AnyCrdt = type.make('M', network.clock);
        viaFull.merge(base);
        viaFull.merge(sender.state());
        expect(canon(viaDelta.state())).toBe(canon(viaFull.state()));
        const before = canon(viaDelta.state());
        expect(viaDelta.merge(delta).changed).toBe(false);
        expect(canon(viaDelta.state())).toBe(before);
      }),
      { numRuns: runs(60) },
    );
  });

  it('encoding round-trips full states and deltas', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (steps) => {
        const network = new Network(type);
        network.run(steps);
        for (const replica of network.replicas) {
          const state = replica.state();
          expect(canon(network.decode(network.encode(state)))).toBe(canon(state));
          const delta = replica.deltaSince(network.replica(1).versionVector());
          const decoded = network.decode(network.encode(delta));
          expect(canon(decoded)).toBe(canon(delta));
          expect(decoded.full).toBe(delta.full);
        }
      }),
      { numRuns: runs(30) },
    );
  });
});
