/**
 * One test per rule of each type, in the words of the rule.
 */
import { describe, expect, it } from 'vitest';
import {
  CounterMap, GSet, HybridLogicalClock, LWWMap, LWWRegister, MVRegister, ORMap, ORSet, PNCounter,
  emptySet, setAdd, setValues, type SetStore,
} from '../../src/index.js';

describe('ORSet', () => {
  it('add wins over a concurrent remove', () => {
    const a = new ORSet('A');
    const b = new ORSet('B');
    a.add('x');
    b.merge(a.state());
    b.remove('x'); // saw A's add
    a.add('x'); // concurrent re-add
    a.merge(b.state());
    b.merge(a.state());
    expect(a.values()).toEqual(['x']);
    expect(b.values()).toEqual(['x']);
  });

  it('keeps nothing of a removed element but the context', () => {
    const a = new ORSet('A');
    for (let i = 0; i < 100; i++) a.add(`e${i}`);
    for (let i = 0; i < 100; i++) a.remove(`e${i}`);
    let live = 0;
    a.state().store.forEachDot(() => live++);
    expect(live).toBe(0);
    expect([...a.state().context.entries()]).toEqual([['A', [1, 200]]]);
  });

  it('GSet only grows and ignores re-adds', () => {
    const a = new GSet('A');
    a.add('x');
    a.add('x');
    expect(a.versionVector().toJSON()).toEqual({ A: 1 });
    expect(a.has('x')).toBe(true);
  });
});

describe('registers', () => {
  it('MVRegister keeps concurrent values visible until a write that saw them', () => {
    const a = new MVRegister('A');
    const b = new MVRegister('B');
    a.set('left');
    b.set('right');
    a.merge(b.state());
    expect(a.values()).toEqual(['left', 'right']);
    expect(a.conflicted).toBe(true);
    a.set('both seen');
    b.merge(a.state());
    expect(b.values()).toEqual(['both seen']);
  });

  it('LWWRegister reads the latest HLC timestamp, node id breaking ties', () => {
    const a = new LWWRegister('A');
    const b = new LWWRegister('B');
    a.set('from A', 1000);
    b.set('from B', 1000); // same wall time and logical: B > A
    a.merge(b.state());
    expect(a.get()).toBe('from B');
    const c = new LWWRegister('C', { clock: new HybridLogicalClock('C') });
    c.set('later', 2000);
    a.merge(c.state());
    expect(a.get()).toBe('later');
    expect(a.timestamp()).toEqual({ wallMs: 2000, logical: 0, node: 'C' });
  });
});

describe('maps of nested CRDTs', () => {
  it('LWWMap resolves each key by timestamp and drops removed keys', () => {
    const a = new LWWMap('A');
    const b = new LWWMap('B');
    a.set('k', 'old', 10);
    b.set('k', 'new', 20);
    a.set('gone', 1, 10);
    a.merge(b.state());
    a.remove('gone');
    b.merge(a.state());
    expect(b.value('k')).toBe('new');
    expect(b.keys()).toEqual(['k']);
  });

  it('ORMap of ORSets merges the nested sets key by key', () => {
    const a = new ORMap<SetStore>('A', emptySet);
    const b = new ORMap<SetStore>('B', emptySet);
    a.update('#topic', (s, d) => setAdd(s, 'US-CA-SF', d));
    b.update('#topic', (s, d) => setAdd(s, 'DK-COPENHAGEN', d));
    b.update('#other', (s, d) => setAdd(s, 'DK', d));
    a.merge(b.state());
    expect(a.keys()).toEqual(['#other', '#topic']);
    expect(setValues(a.at('#topic') as SetStore)).toEqual(['DK-COPENHAGEN', 'US-CA-SF']);
  });

  it('a counter removed at one replica and incremented at another keeps the incrementer\'s total', () => {
    const a = new CounterMap('A');
    const b = new CounterMap('B');
    a.increment('k', 5);
    b.merge(a.state());
    b.increment('k', 2);
    a.remove('k');
    a.merge(b.state());
    b.merge(a.state());
    expect(a.value('k')).toBe(2);
    expect(b.value('k')).toBe(2);
  });

  it('PNCounter counts down as well as up', () => {
    const a = new PNCounter('A');
    const b = new PNCounter('B');
    a.increment(5);
    b.decrement(7);
    a.merge(b.deltaSince(a.versionVector()));
    expect(a.value()).toBe(-2);
    expect(() => a.increment(-1)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
