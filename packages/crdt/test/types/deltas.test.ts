/**
 * Deltas stay proportional to the change, and the bounded kill journal degrades to
 * sending the full state (never to a wrong delta) once a peer is too far behind.
 */
import { describe, expect, it } from 'vitest';
import { ORSet, ReplicatedMap, encodeState, resolveLimits } from '../../src/index.js';

describe('deltaSince', () => {
  it('carries the changed keys only, whatever the size of the map', () => {
    const clock = { ms: 1 };
    const a = new ReplicatedMap('A', { strategy: 'last_write_wins', wallClockMs: () => clock.ms });
    const b = new ReplicatedMap('B', { strategy: 'last_write_wins', wallClockMs: () => clock.ms });
    for (let i = 0; i < 5000; i++) a.put(`key-${i}`, i);
    b.merge(a.state());
    for (let i = 0; i < 10; i++) a.put(`key-${i * 400}`, -i);
    const delta = a.deltaSince(b.versionVector());
    expect(delta.full).toBe(false);
    expect(delta.store.size).toBe(10);
    expect(encodeState('replicated_map', delta).length).toBeLessThan(encodeState('replicated_map', a.state()).length / 100);
    b.merge(delta);
    expect(b.get('key-400')?.value).toBe(-1);
    expect(b.get('key-400')?.siblings).toBe(1);
  });

  it('falls back to the full state when the journal no longer reaches back to the peer', () => {
    const a = new ORSet('A', { limits: { maxJournalRecords: 4 } });
    const b = new ORSet('B');
    for (const e of ['p', 'q', 'r', 's', 't', 'u']) a.add(e);
    b.merge(a.state());
    for (const e of ['p', 'q', 'r', 's', 't', 'u']) a.remove(e);
    const delta = a.deltaSince(b.versionVector());
    expect(delta.full).toBe(true);
    b.merge(delta);
    expect(b.values()).toEqual([]);
    // A peer that already saw the dropped records still gets a small delta.
    a.add('v');
    expect(a.deltaSince(b.versionVector()).full).toBe(false);
  });

  it('keeps at most maxIndexedDotsPerNode indexed dots and still builds exact deltas past it', () => {
    const clock = { ms: 1 };
    const a = new ReplicatedMap('A', { strategy: 'last_write_wins', wallClockMs: () => clock.ms, limits: { maxIndexedDotsPerNode: 8 } });
    const b = new ReplicatedMap('B', { strategy: 'last_write_wins', wallClockMs: () => clock.ms });
    const old = b.versionVector();
    for (let i = 0; i < 30; i++) a.put(`k${i % 12}`, i);
    const index = (a as unknown as { index: { size(node: string): number } }).index;
    expect(index.size('A')).toBeLessThanOrEqual(8);
    // A peer behind the evicted part is served by a scan; one close behind by the index.
    const far = a.deltaSince(old);
    expect(far.store.size).toBe(12);
    b.merge(far);
    a.put('k3', 'new');
    const near = a.deltaSince(b.versionVector());
    expect([...near.store.entries.keys()]).toEqual(['k3']);
    b.merge(near);
    expect(b.entries().map(([k, e]) => [k, e.value])).toEqual(a.entries().map(([k, e]) => [k, e.value]));
  });

  it('validates the limits it is given', () => {
    expect(() => resolveLimits({ maxJournalRecords: 0 })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => new ORSet('A', { limits: { maxDeltaBytes: 1.5 } })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => new ORSet('N'.repeat(257))).toThrow(expect.objectContaining({ code: 'LIMIT_EXCEEDED', details: expect.objectContaining({ limit: 'maxNodeIdBytes' }) }));
  });
});
