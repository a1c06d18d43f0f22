import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CrdtError, HybridLogicalClock, compareTimestamps, type HlcTimestamp } from '../../src/index.js';
import { runs } from '../support/canon.js';

describe('HybridLogicalClock', () => {
  it('never goes backwards, whatever the wall clock does', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ wallMs: fc.integer({ min: 0, max: 10_000 }), remote: fc.option(fc.integer({ min: 0, max: 10_000 })) }), { maxLength: 200 }), (events) => {
        const clock = new HybridLogicalClock('A', { maxClockDriftMs: 20_000 });
        let last: HlcTimestamp = clock.last();
        for (const e of events) {
          const next = e.remote === null ? clock.now(e.wallMs) : clock.receive({ wallMs: e.remote, logical: 3, node: 'B' }, e.wallMs);
          expect(compareTimestamps(next, last)).toBeGreaterThan(0);
          expect(next.wallMs).toBeGreaterThanOrEqual(e.wallMs);
          if (e.remote !== null) expect(compareTimestamps(next, { wallMs: e.remote, logical: 3, node: 'B' })).toBeGreaterThan(0);
          last = next;
        }
      }),
      { numRuns: runs(100) },
    );
  });

  it('follows the wall clock forward and counts logically when it stalls or jumps back', () => {
    const clock = new HybridLogicalClock('A');
    expect(clock.now(1000)).toEqual({ wallMs: 1000, logical: 0, node: 'A' });
    expect(clock.now(1000)).toEqual({ wallMs: 1000, logical: 1, node: 'A' });
    expect(clock.now(400)).toEqual({ wallMs: 1000, logical: 2, node: 'A' });
    expect(clock.now(1500)).toEqual({ wallMs: 1500, logical: 0, node: 'A' });
  });

  it('refuses a remote timestamp beyond the accepted drift with a typed CLOCK_DRIFT', () => {
    const clock = new HybridLogicalClock('A', { maxClockDriftMs: 1000 });
    clock.receive({ wallMs: 2000, logical: 0, node: 'B' }, 1000);
    const error = (() => {
      try {
        clock.receive({ wallMs: 2001 + 1000, logical: 0, node: 'B' }, 2000);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(CrdtError.is(error, 'CLOCK_DRIFT')).toBe(true);
    expect((error as CrdtError<'CLOCK_DRIFT'>).details).toEqual({ remoteMs: 3001, localMs: 2000, maxDriftMs: 1000 });
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name: 'CrdtError', code: 'CLOCK_DRIFT' });
  });

  it('refuses to tick past maxHlcLogical within one millisecond', () => {
    const clock = new HybridLogicalClock('A', { maxHlcLogical: 3 });
    clock.now(5);
    clock.now(5);
    clock.now(5);
    clock.now(5);
    expect(() => clock.now(5)).toThrow(expect.objectContaining({ code: 'CLOCK_OVERFLOW' }));
    expect(clock.now(6).logical).toBe(0);
  });

  it('breaks timestamp ties by node id', () => {
    expect(compareTimestamps({ wallMs: 1, logical: 0, node: 'A' }, { wallMs: 1, logical: 0, node: 'B' })).toBeLessThan(0);
  });
});
