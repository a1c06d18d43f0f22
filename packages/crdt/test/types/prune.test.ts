/**
 * Pruning a node that left the federation (as Akka's distributed data does): its
 * entries move to the pruning node, its events are sealed, and the totals seen by
 * everyone stay the same.
 */
import { describe, expect, it } from 'vitest';
import { GCounter, ORSet, PNCounter, ReplicatedMap } from '../../src/index.js';

describe('pruning a removed node', () => {
  it('moves a counter entry into the pruning node without changing the value', () => {
    const gone = new PNCounter('gone');
    const a = new PNCounter('A');
    const b = new PNCounter('B');
    gone.increment(10);
    gone.decrement(3);
    a.increment(1);
    a.merge(gone.state());
    b.merge(gone.state());
    b.merge(a.state());
    a.prune('gone');
    expect(a.value()).toBe(8);
    b.merge(a.deltaSince(b.versionVector()));
    expect(b.value()).toBe(8);
    // Old state of the removed node arriving late cannot add it back.
    b.merge(gone.state());
    a.merge(gone.state());
    expect(b.value()).toBe(8);
    expect(a.value()).toBe(8);
    const state = a.state();
    let goneEntries = 0;
    state.store.forEachDot((d) => { if (d.node === 'gone') goneEntries++; });
    expect(goneEntries).toBe(0);
  });

  it('keeps a removed node\'s set elements and map values, under the pruning node\'s dots', () => {
    const gone = new ORSet('gone');
    const a = new ORSet('A');
    gone.add('x');
    a.merge(gone.state());
    a.prune('gone');
    const b = new ORSet('B');
    b.merge(gone.state());
    b.merge(a.deltaSince(b.versionVector()));
    expect(b.values()).toEqual(['x']);
    b.remove('x');
    a.merge(b.state());
    expect(a.values()).toEqual([]);

    const clock = { ms: 1 };
    const kvGone = new ReplicatedMap('gone', { strategy: 'last_write_wins', wallClockMs: () => clock.ms });
    const kvA = new ReplicatedMap('A', { strategy: 'last_write_wins', wallClockMs: () => clock.ms });
    kvGone.put('k', 'v');
    kvA.merge(kvGone.state());
    kvA.prune('gone');
    expect(kvA.get('k')?.value).toBe('v');
  });

  it('forgets the seal once every replica has it, so clocks do not grow with churn', () => {
    const a = new GCounter('A');
    for (let i = 0; i < 50; i++) {
      const transient = new GCounter(`n${i}`);
      transient.increment(1);
      a.merge(transient.state());
      a.prune(`n${i}`);
      a.forgetPruned(`n${i}`);
    }
    expect(a.value()).toBe(50);
    expect([...a.versionVector().nodes()]).toEqual(['A']);
  });

  it('refuses to prune itself', () => {
    expect(() => new GCounter('A').prune('A')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
