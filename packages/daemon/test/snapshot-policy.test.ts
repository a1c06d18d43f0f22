// When a council member snapshots: never before snapshotEveryEntries, always by
// snapshotMaxEveryEntries, and in between once the log since the last snapshot holds as
// many bytes as the state, which keeps snapshot work proportional to the bytes written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLimits, limits } from '../src/limits.js';
import { freshSnapshotDue, snapshotDue } from '../src/raft-driver/snapshot-policy.js';

const bounds = { snapshotEveryEntries: 10, snapshotMaxEveryEntries: 100 };

/** Applies entries of the given sizes to a state that grows by `growth` of each entry; returns the snapshots taken. */
function simulate(sizes: readonly number[], growth: number): { taken: Array<{ entries: number; logBytes: number; stateBytes: number }>; logBytes: number } {
  let state = 1_000;
  let lastSnapshotBytes = 0;
  let entriesSince = 0;
  let logBytesSince = 0;
  let logBytes = 0;
  const taken: Array<{ entries: number; logBytes: number; stateBytes: number }> = [];
  for (const size of sizes) {
    entriesSince += 1;
    logBytesSince += size;
    logBytes += size;
    state += Math.floor(size * growth);
    if (snapshotDue({ entriesSince, logBytesSince, lastSnapshotBytes }, bounds)) {
      taken.push({ entries: entriesSince, logBytes: logBytesSince, stateBytes: state });
      lastSnapshotBytes = state;
      entriesSince = 0;
      logBytesSince = 0;
    }
  }
  return { taken, logBytes };
}

describe('snapshot policy', () => {
  it('waits for the minimum entries, then for as many log bytes as the last snapshot, and never past the maximum', () => {
    expect(snapshotDue({ entriesSince: 9, logBytesSince: 1e9, lastSnapshotBytes: 0 }, bounds)).toBe(false);
    expect(snapshotDue({ entriesSince: 10, logBytesSince: 0, lastSnapshotBytes: 0 }, bounds)).toBe(true);
    expect(snapshotDue({ entriesSince: 50, logBytesSince: 4_999, lastSnapshotBytes: 5_000 }, bounds)).toBe(false);
    expect(snapshotDue({ entriesSince: 50, logBytesSince: 5_000, lastSnapshotBytes: 5_000 }, bounds)).toBe(true);
    expect(snapshotDue({ entriesSince: 100, logBytesSince: 1, lastSnapshotBytes: 5_000 }, bounds)).toBe(true);
  });

  it('keeps snapshot work within the bytes written, once past the count bounds', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 2_000 }), { minLength: 1, maxLength: 3_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (sizes, growth) => {
      const { taken } = simulate(sizes, growth);
      for (const [i, snapshot] of taken.entries()) {
        expect(snapshot.entries).toBeGreaterThanOrEqual(bounds.snapshotEveryEntries);
        expect(snapshot.entries).toBeLessThanOrEqual(bounds.snapshotMaxEveryEntries);
        // Each snapshot after the first was paid for by at least the previous state's size in log bytes, unless the maximum forced it.
        const previous = taken[i - 1];
        if (previous !== undefined && snapshot.entries < bounds.snapshotMaxEveryEntries) expect(snapshot.logBytes).toBeGreaterThanOrEqual(previous.stateBytes);
      }
    }));
  });

  it('the daemon limits keep the minimum at or below the maximum', () => {
    expect(limits.snapshotEveryEntries).toBeLessThanOrEqual(limits.snapshotMaxEveryEntries);
    expect(checkLimits({ ...limits, snapshotMaxEveryEntries: limits.snapshotEveryEntries - 1 } as unknown as typeof limits)).toEqual(['snapshotEveryEntries <= snapshotMaxEveryEntries']);
  });

  it('a peer far behind gets a new snapshot only when its replay would cost more than one: never under the compaction margin, more readily for a small state', () => {
    const fresh = { compactionMarginEntries: 100, freshSnapshotStateBytesPerEntry: 500 };
    expect(freshSnapshotDue(99, 0, fresh)).toBe(false);
    expect(freshSnapshotDue(100, 0, fresh)).toBe(true);
    // A 13 MB state: 26,000 entries to replay cost about as much as a new snapshot.
    expect(freshSnapshotDue(25_999, 13_000_000, fresh)).toBe(false);
    expect(freshSnapshotDue(26_000, 13_000_000, fresh)).toBe(true);
    fc.assert(fc.property(fc.nat(1e6), fc.nat(1e9), fc.nat(1e6), (behind, bytes, more) => {
      // Monotone: further behind never turns it off, a larger state never turns it on.
      if (freshSnapshotDue(behind, bytes, fresh)) {
        expect(freshSnapshotDue(behind + more, bytes, fresh)).toBe(true);
        expect(freshSnapshotDue(behind, Math.max(0, bytes - more), fresh)).toBe(true);
      }
    }));
  });
});
