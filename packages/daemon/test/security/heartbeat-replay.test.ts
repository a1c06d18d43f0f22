// A captured heartbeat replayed later must not make a dead member look alive; a sender whose
// clock steps backwards must still be heard.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { limits } from '../../src/limits.js';
import { HeartbeatFreshness, nextStamp } from '../../src/node/heartbeat-freshness.js';

describe('heartbeat freshness', () => {
  it('admits each sender only newer stamps: a replay of any earlier heartbeat is dropped', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 50 }), fc.nat({ max: 49 }), (stamps, pick) => {
        const freshness = new HeartbeatFreshness(limits.maxHeartbeatAgeMs, 100);
        const now = limits.maxHeartbeatAgeMs; // every stamp is within the age bound
        let best = -Infinity;
        for (const at of stamps) {
          expect(freshness.admit('p', at, now)).toBe(at > best);
          best = Math.max(best, at);
        }
        const replayed = stamps[pick % stamps.length]!;
        expect(freshness.admit('p', replayed, now)).toBe(false);
      }),
    );
  });

  it('drops a heartbeat older than maxHeartbeatAgeMs even from a peer it never heard (a receiver that restarted)', () => {
    const freshness = new HeartbeatFreshness(limits.maxHeartbeatAgeMs, 100);
    const now = 50_000_000;
    expect(freshness.admit('p', now - limits.maxHeartbeatAgeMs - 1, now)).toBe(false);
    expect(freshness.admit('p', now - limits.maxHeartbeatAgeMs, now)).toBe(true);
    expect(freshness.admit('q', Number.NaN, now)).toBe(false);
  });

  it('keeps senders apart and bounds what it remembers', () => {
    const freshness = new HeartbeatFreshness(limits.maxHeartbeatAgeMs, 3);
    for (const peer of ['a', 'b', 'c', 'd']) expect(freshness.admit(peer, 10, 10)).toBe(true);
    expect(freshness.trackedPeers).toBe(3);
    // 'a' was forgotten first (least recently heard); 'd' is still remembered.
    expect(freshness.admit('a', 10, 10)).toBe(true);
    expect(freshness.admit('d', 10, 10)).toBe(false);
  });

  it('stamps grow strictly even when the sender clock steps backwards', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 100 }), (clock) => {
        const freshness = new HeartbeatFreshness(Number.MAX_SAFE_INTEGER, 10);
        let stamp = 0;
        for (const now of clock) {
          stamp = nextStamp(stamp, now);
          expect(freshness.admit('sender', stamp, now)).toBe(true);
        }
      }),
    );
  });
});
