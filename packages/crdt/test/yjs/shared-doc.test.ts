import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CrdtError, SharedDoc } from '../../src/index.js';
import { runs } from '../support/canon.js';

describe('SharedDoc (Yjs adapter)', () => {
  it('exchanges updates since a state vector; replicas converge in any order', () => {
    const a = new SharedDoc({ clientId: 1 });
    const b = new SharedDoc({ clientId: 2 });
    a.map<string>('watchlist').set('#topic', 'high');
    b.map<string>('watchlist').set('#other', 'low');
    b.text('report').insert(0, 'draft');
    const fromA = a.encodeUpdateSince(b.stateVector());
    const fromB = b.encodeUpdateSince(a.stateVector());
    b.applyRemoteUpdate(fromA);
    b.applyRemoteUpdate(fromA);
    a.applyRemoteUpdate(fromB);
    expect(a.map('watchlist').toJSON()).toEqual({ '#topic': 'high', '#other': 'low' });
    expect(b.map('watchlist').toJSON()).toEqual(a.map('watchlist').toJSON());
    expect(a.text('report').toString()).toBe('draft');
    // Nothing left to send once both have everything.
    expect(a.encodeUpdateSince(b.stateVector()).length).toBeLessThan(5);
  });

  it('reports local and remote changes to observers, and stops when unsubscribed', () => {
    const a = new SharedDoc({ clientId: 1 });
    const b = new SharedDoc({ clientId: 2 });
    const seen: string[] = [];
    const stop = b.observe((_update, origin) => seen.push(origin));
    const gossip: Uint8Array[] = [];
    a.observe((update, origin) => { if (origin === 'local') gossip.push(update); });
    a.transact(() => {
      a.array<string>('lexicon').push(['one', 'two']);
      a.map<number>('m').set('k', 1);
    });
    expect(gossip).toHaveLength(1);
    b.applyRemoteUpdate(gossip[0] as Uint8Array);
    b.map<number>('m').set('k', 2);
    expect(seen).toEqual(['remote', 'local']);
    stop();
    b.map<number>('m').set('k', 3);
    expect(seen).toHaveLength(2);
  });

  it('random and truncated updates give DECODE_FAILED and leave the doc unchanged', () => {
    const source = new SharedDoc({ clientId: 7 });
    source.text('t').insert(0, 'hello world');
    const update = source.encodeUpdateSince();
    const target = new SharedDoc({ clientId: 8 });
    target.map<string>('m').set('keep', 'me');
    const before = target.encodeUpdateSince();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.nat(update.length - 1), (garbage, cut) => {
        for (const bytes of [garbage, update.subarray(0, cut)]) {
          try {
            target.applyRemoteUpdate(bytes);
          } catch (error) {
            expect(CrdtError.is(error, 'DECODE_FAILED')).toBe(true);
          }
        }
      }),
      { numRuns: runs(200) },
    );
    expect(target.map('m').toJSON()).toEqual({ keep: 'me' });
    expect(() => target.encodeUpdateSince(new Uint8Array([0xff, 0xff, 0xff]))).toThrow(CrdtError);
    expect(before.length).toBeGreaterThan(0);
  });

  it('refuses updates over maxDeltaBytes', () => {
    const doc = new SharedDoc({ limits: { maxDeltaBytes: 16 } });
    expect(() => doc.applyRemoteUpdate(new Uint8Array(17))).toThrow(expect.objectContaining({ code: 'LIMIT_EXCEEDED' }));
  });
});
