// Snapshots encoded over several turns of the event loop: the same bytes as the one-piece
// snapshot for any state, a round trip through restore, and the state as it was when the
// snapshot was taken, however it changes between the steps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apply, restore, snapshot } from '../src/federation/index.js';
import { snapshotInSteps } from '../src/federation/snapshot.js';
import type { FederationState } from '../src/federation/index.js';
import { bootstrapped, command } from './support/federation-fixtures.js';

const text = (value: string): Uint8Array => new TextEncoder().encode(value);

function put(state: FederationState, key: string, value: string, at: number): void {
  expect(apply(state, command(at, { kvPut: { key, value: text(value) } })).ok).toBe(true);
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('snapshots in steps', () => {
  it('give the same bytes as one-piece snapshots, and restore to the same state', async () => {
    const op = fc.record({ key: fc.string({ minLength: 1, maxLength: 6 }), value: fc.string({ maxLength: 5 }), del: fc.boolean() });
    await fc.assert(fc.asyncProperty(fc.array(op, { maxLength: 60 }), async (ops) => {
      const state = bootstrapped();
      ops.forEach((one, i) => {
        const at = i + 10;
        if (one.del) apply(state, command(at, { kvDelete: { key: one.key } }));
        else put(state, one.key, one.value, at);
      });
      const whole = snapshot(state);
      expect(await snapshotInSteps(state, nextTurn)).toEqual(whole);
      expect(snapshot(restore(whole))).toEqual(whole);
    }), { numRuns: 60 });
  });

  it('hold the state of the moment they were taken while it changes between steps', async () => {
    const state = bootstrapped();
    for (let i = 0; i < 7_000; i += 1) put(state, `k${String(i).padStart(5, '0')}`, `v${i}`, 10 + i);
    const before = snapshot(state);
    let at = 100_000;
    let steps = 0;
    const changing = async (): Promise<void> => {
      steps += 1;
      put(state, `k${String(steps).padStart(5, '0')}`, 'changed', at++);
      put(state, `new${steps}`, 'added', at++);
      expect(apply(state, command(at++, { kvDelete: { key: `k${String(6_000 + steps).padStart(5, '0')}` } })).ok).toBe(true);
      await nextTurn();
    };
    const stepped = await snapshotInSteps(state, changing);
    expect(steps).toBeGreaterThan(3);
    expect(stepped).toEqual(before);
    expect(snapshot(state)).not.toEqual(before);
  });
});
