/**
 * Metadata roll-ups: leaves count posts by (territory, bucket, category, language,
 * severity) in a CounterMap; the parent merges what children send, however often they
 * re-send it, and counts every post once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CounterMap, decodeState, encodeState, parseRollupKey, rollupKey } from '../../src/index.js';
import { runs } from '../support/canon.js';

const key = (territory: string, severity: string) => rollupKey([territory, '2026-11-21T22', 'hate', 'da', severity]);

describe('roll-up counters at a parent', () => {
  it('re-delivery of the same delta or state never double counts', () => {
    const leaf = new CounterMap('US-CA-SF-1');
    const parent = new CounterMap('US-CA');
    leaf.increment(key('US-CA-SF', 'high'), 3);
    leaf.increment(key('US-CA-SF', 'low'));
    const delta = decodeState('counter_map', encodeState('counter_map', leaf.deltaSince(parent.versionVector())));
    parent.merge(delta);
    parent.merge(delta);
    parent.merge(leaf.state());
    expect(parent.value(key('US-CA-SF', 'high'))).toBe(3);
    expect(parent.value(key('US-CA-SF', 'low'))).toBe(1);
    // The leaf keeps counting; an old delta arriving late changes nothing.
    leaf.increment(key('US-CA-SF', 'high'), 2);
    parent.merge(leaf.deltaSince(parent.versionVector()));
    parent.merge(delta);
    expect(parent.value(key('US-CA-SF', 'high'))).toBe(5);
    expect(parseRollupKey(parent.keys()[0] as string)).toEqual(['US-CA-SF', '2026-11-21T22', 'hate', 'da', 'high']);
  });

  it('the parent total equals the sum of the children whatever the delivery', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ child: fc.nat(2), severity: fc.constantFrom('low', 'high'), amount: fc.integer({ min: 1, max: 9 }) }), { maxLength: 40 }),
        fc.array(fc.record({ child: fc.nat(2), full: fc.boolean(), late: fc.boolean() }), { maxLength: 30 }),
        (posts, sends) => {
          const children = ['SF', 'LA', 'SD'].map((t) => new CounterMap(`US-CA-${t}`));
          const parent = new CounterMap('US-CA');
          const late: Uint8Array[] = [];
          const expected = new Map<string, number>();
          posts.forEach((post, i) => {
            const child = children[post.child] as CounterMap;
            const k = key(child.node, post.severity);
            child.increment(k, post.amount);
            expected.set(k, (expected.get(k) ?? 0) + post.amount);
            const send = sends[i % Math.max(1, sends.length)];
            if (send === undefined) return;
            const from = children[send.child] as CounterMap;
            const bytes = encodeState('counter_map', send.full ? from.state() : from.deltaSince(parent.versionVector()));
            if (send.late) late.push(bytes);
            else parent.merge(decodeState('counter_map', bytes));
          });
          for (const bytes of late) parent.merge(decodeState('counter_map', bytes));
          for (const child of children) parent.merge(child.deltaSince(parent.versionVector()));
          for (const bytes of late) parent.merge(decodeState('counter_map', bytes));
          expect(parent.values()).toEqual([...expected.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
        },
      ),
      { numRuns: runs(60) },
    );
  });

  it('a region re-aggregates to the nation: merged maps merge again without double counting', () => {
    const leaf = new CounterMap('DK-COPENHAGEN-1');
    const region = new CounterMap('DK-HOVEDSTADEN');
    const nation = new CounterMap('DK');
    leaf.increment(key('DK-COPENHAGEN', 'high'), 4);
    region.merge(leaf.state());
    nation.merge(region.state());
    nation.merge(leaf.state());
    nation.merge(region.deltaSince(new CounterMap('x').versionVector()));
    expect(nation.value(key('DK-COPENHAGEN', 'high'))).toBe(4);
  });
});
