import { describe, expect, it } from 'vitest';
import { CrdtError, ReplicatedMap, decodeState, encodeState, parseConflictStrategy, type ConflictStrategy } from '../../src/index.js';

function cluster(strategy: ConflictStrategy = 'last_write_wins') {
  const clock = { ms: 0 };
  const make = (node: string) => new ReplicatedMap(node, { strategy, wallClockMs: () => clock.ms });
  return { clock, a: make('A'), b: make('B'), c: make('C'), make };
}

/** Sends what `to` lacks from `from`, through the wire encoding. */
function gossip(from: ReplicatedMap, to: ReplicatedMap) {
  return to.applyDelta(decodeState('replicated_map', encodeState('replicated_map', from.deltaSince(to.versionVector()))));
}

describe('ReplicatedMap: the design\'s example 2 (concurrent writes)', () => {
  for (const order of ['A then B', 'B then A'] as const) {
    it(`C holds light with {A:1, B:1} and counts one conflict (${order})`, () => {
      const { clock, a, b, c } = cluster();
      clock.ms = 1_000_000; // 1000.0 s
      a.put('user_preferences', { theme: 'dark' });
      clock.ms = 1_000_100; // 1000.1 s
      b.put('user_preferences', { theme: 'light' });
      expect(a.get('user_preferences')?.clock.toJSON()).toEqual({ A: 1 });
      expect(b.get('user_preferences')?.clock.toJSON()).toEqual({ B: 1 });
      expect(a.get('user_preferences')?.clock.compare(b.get('user_preferences')!.clock)).toBe('concurrent');
      clock.ms = 1_000_200;
      const [first, second] = order === 'A then B' ? [a, b] : [b, a];
      gossip(first, c);
      gossip(second, c);
      // Receiving either again (gossip duplicates) detects nothing new.
      gossip(first, c);
      c.merge(second.state());
      const entry = c.get('user_preferences');
      expect(entry?.value).toEqual({ theme: 'light' });
      expect(entry?.clock.toJSON()).toEqual({ A: 1, B: 1 });
      expect(entry?.timestamp).toMatchObject({ wallMs: 1_000_100, node: 'B' });
      expect(entry?.siblings).toBe(2);
      expect(c.conflicts).toBe(1);
    });
  }

  it('a later write that saw both resolves the conflict everywhere', () => {
    const { clock, a, b, c } = cluster();
    clock.ms = 1_000_000;
    a.put('k', 'dark');
    b.put('k', 'light');
    gossip(a, c);
    gossip(b, c);
    c.put('k', 'blue');
    gossip(c, a);
    gossip(c, b);
    for (const replica of [a, b, c]) {
      expect(replica.get('k')).toMatchObject({ value: 'blue', siblings: 1 });
      expect(replica.get('k')?.clock.toJSON()).toEqual({ A: 1, B: 1, C: 1 });
    }
  });
});

describe('ReplicatedMap strategies (replication.conflict_resolution)', () => {
  it('last_write_wins picks the later timestamp, then the higher node id on a tie', () => {
    const { clock, a, b } = cluster('last_write_wins');
    clock.ms = 5000;
    a.put('k', 'from A');
    b.put('k', 'from B');
    gossip(a, b);
    expect(b.get('k')?.value).toBe('from B');
  });

  it('highest_node_wins ignores timestamps', () => {
    const { clock, a, b } = cluster('highest_node_wins');
    clock.ms = 9000;
    b.put('k', 'from B');
    clock.ms = 1;
    const z = cluster('highest_node_wins').make('Z');
    z.put('k', 'from Z');
    gossip(b, a);
    gossip(z, a);
    expect(a.get('k')?.value).toBe('from Z');
  });

  it('merge_union unions set values of concurrent writes', () => {
    const { clock, a, b } = cluster('merge_union');
    clock.ms = 10;
    a.put('tags', ['x', 'y']);
    b.put('tags', ['y', 'z']);
    gossip(a, b);
    gossip(b, a);
    expect(b.get('tags')?.value).toEqual(['x', 'y', 'z']);
    expect(a.get('tags')?.value).toEqual(['x', 'y', 'z']);
  });

  it('reads the strategy from config and refuses unknown names', () => {
    expect(parseConflictStrategy('merge_union')).toBe('merge_union');
    expect(() => parseConflictStrategy('first_write_wins')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

describe('ReplicatedMap deletes, values and clock drift', () => {
  it('a delete removes what it saw; a concurrent put survives', () => {
    const { clock, a, b } = cluster();
    clock.ms = 100;
    a.put('k', 1);
    gossip(a, b);
    expect(b.delete('k')).toBe(true);
    a.put('k', 2); // concurrent with B's delete
    gossip(b, a);
    gossip(a, b);
    expect(a.get('k')?.value).toBe(2);
    expect(b.get('k')?.value).toBe(2);
    b.delete('k');
    gossip(b, a);
    expect(a.get('k')).toBeUndefined();
    expect(a.entries()).toEqual([]);
  });

  it('encodes itself: full state, deltas, and bad bytes refused without change', () => {
    const { a, b, c } = cluster();
    a.put('x', 1);
    b.applyEncoded(a.encode());
    a.put('y', 2);
    const delta = a.encodeDeltaSince(b.versionVector());
    expect(delta.length).toBeLessThan(a.encode().length);
    expect(b.applyEncoded(delta)).toEqual({ changed: true, conflicts: 0, needsSync: false });
    expect(b.entries().map(([k, e]) => [k, e.value])).toEqual([['x', 1], ['y', 2]]);
    expect(() => c.applyEncoded(delta.subarray(0, delta.length - 1))).toThrow(CrdtError);
    expect(c.size).toBe(0);
  });

  it('refuses a delta built for a version it has not reached (a lost message) and asks for a sync', () => {
    const { a, b } = cluster();
    a.put('k', 1);
    const lost = a.encodeDeltaSince(b.versionVector());
    const sentUpTo = a.versionVector();
    a.put('k', 2);
    a.delete('k');
    a.put('other', 3);
    void lost; // never delivered
    const next = a.encodeDeltaSince(sentUpTo);
    expect(b.applyEncoded(next)).toEqual({ changed: false, conflicts: 0, needsSync: true });
    expect(b.versionVector().toJSON()).toEqual({});
    // The pull: B's own version vector gets exactly what it lacks.
    expect(b.applyEncoded(a.encodeDeltaSince(b.versionVector())).needsSync).toBe(false);
    expect(b.entries().map(([k, e]) => [k, e.value])).toEqual([['other', 3]]);
    // Once B has the base, the same delta is accepted (and is old news).
    expect(b.applyEncoded(next)).toEqual({ changed: false, conflicts: 0, needsSync: false });
  });

  it('holds bytes and JSON values', () => {
    const { a, b } = cluster();
    a.put('raw', new Uint8Array([1, 2, 3]));
    a.put('json', { nested: [1, 'two', null, true] });
    gossip(a, b);
    expect(b.get('raw')?.value).toEqual(new Uint8Array([1, 2, 3]));
    expect(b.get('json')?.value).toEqual({ nested: [1, 'two', null, true] });
  });

  it('refuses a delta with a timestamp beyond the accepted drift and applies nothing of it', () => {
    const clockA = { ms: 10_000_000 };
    const clockB = { ms: 1_000 };
    const a = new ReplicatedMap('A', { strategy: 'last_write_wins', wallClockMs: () => clockA.ms });
    const b = new ReplicatedMap('B', { strategy: 'last_write_wins', wallClockMs: () => clockB.ms, limits: { maxClockDriftMs: 60_000 } });
    a.put('k', 'future');
    let caught: unknown;
    try {
      gossip(a, b);
    } catch (error) {
      caught = error;
    }
    expect(CrdtError.is(caught, 'CLOCK_DRIFT')).toBe(true);
    expect(b.get('k')).toBeUndefined();
    expect(b.versionVector().toJSON()).toEqual({});
    clockB.ms = 10_000_000;
    gossip(a, b);
    expect(b.get('k')?.value).toBe('future');
  });

  it('moves its own clock past the timestamps it merged', () => {
    const clockA = { ms: 5_000 };
    const clockB = { ms: 1_000 };
    const a = new ReplicatedMap('A', { strategy: 'last_write_wins', wallClockMs: () => clockA.ms });
    const b = new ReplicatedMap('B', { strategy: 'last_write_wins', wallClockMs: () => clockB.ms });
    a.put('k', 'a');
    gossip(a, b);
    const written = b.put('k2', 'b');
    expect(written.wallMs).toBe(5_000);
    expect(written.logical).toBeGreaterThan(0);
  });

  it('an overwrite keeps the key clock: its own dot alone, or with the other writers it saw', () => {
    const { clock, a, b, c } = cluster();
    a.put('k', 1);
    gossip(a, c);
    clock.ms = 10;
    a.put('k', 2);
    a.put('k', 3);
    expect(a.get('k')?.clock.toJSON()).toEqual({ A: 3 });
    // C, one write behind, is sent the last write and learns the overwritten ones are gone.
    gossip(a, c);
    expect(c.get('k')).toMatchObject({ value: 3, siblings: 1 });
    expect(c.get('k')?.clock.toJSON()).toEqual({ A: 3 });
    // A write that saw B's write keeps B in its clock, through the wire and at every replica.
    b.put('k', 'b');
    gossip(b, a);
    expect(a.get('k')?.siblings).toBe(2);
    a.put('k', 4);
    gossip(a, b);
    gossip(a, c);
    for (const replica of [a, b, c]) {
      expect(replica.get('k')).toMatchObject({ value: 4, siblings: 1 });
      expect(replica.get('k')?.clock.toJSON()).toEqual({ A: 4, B: 1 });
    }
    // A later overwrite at A still carries B's part of the history.
    a.put('k', 5);
    expect(a.get('k')?.clock.toJSON()).toEqual({ A: 5, B: 1 });
  });

  it('refuses values over maxValueBytes and keys over maxKeyBytes', () => {
    const m = new ReplicatedMap('A', { strategy: 'last_write_wins', wallClockMs: () => 1, limits: { maxValueBytes: 8, maxKeyBytes: 4 } });
    expect(() => m.put('k', new Uint8Array(9))).toThrow(expect.objectContaining({ code: 'LIMIT_EXCEEDED', details: expect.objectContaining({ limit: 'maxValueBytes' }) }));
    expect(() => m.put('12345', 1)).toThrow(expect.objectContaining({ details: expect.objectContaining({ limit: 'maxKeyBytes' }) }));
    // Bytes, not characters: three two-byte characters are over 4 bytes.
    expect(() => m.put('ééé', 1)).toThrow(expect.objectContaining({ details: expect.objectContaining({ limit: 'maxKeyBytes', actual: 6 }) }));
    expect(m.size).toBe(0);
    m.put('éé', 1);
    expect(m.size).toBe(1);
  });
});
