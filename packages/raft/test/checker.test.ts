import { describe, expect, it } from 'vitest';
import { Checker, LogFingerprint, SafetyViolation } from '../src/sim/checker.js';
import { entry } from './helpers/raft.js';

function violation(fn: () => void): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    if (error instanceof SafetyViolation) return error.property;
    throw error;
  }
}

function log(entries: [number, number, string][]): LogFingerprint {
  const fp = new LogFingerprint();
  fp.installSnapshot(1, 0);
  fp.append(entries.map(([i, t, d]) => entry(i, t, d)));
  return fp;
}

describe('simulator checker', () => {
  it('Election Safety: two leaders in one term', () => {
    const c = new Checker();
    c.electedLeader(3, 'a');
    expect(violation(() => c.electedLeader(3, 'a'))).toBeUndefined();
    expect(violation(() => c.electedLeader(3, 'b'))).toBe('Election Safety');
  });

  it('Leader Append-Only: a leader overwriting its log', () => {
    const c = new Checker();
    expect(violation(() => c.leaderAppend('a', 2, 5, [entry(6, 2)], undefined))).toBeUndefined();
    expect(violation(() => c.leaderAppend('a', 2, 5, [entry(5, 2)], undefined))).toBe('Leader Append-Only');
  });

  it('Log Matching: same index and term with different prefixes', () => {
    const c = new Checker();
    const a = log([[2, 1, 'x'], [3, 2, 'y']]);
    const b = log([[2, 1, 'z'], [3, 2, 'y']]);
    c.logEntries('a', a, [entry(2, 1, 'x'), entry(3, 2, 'y')]);
    expect(violation(() => c.logEntries('b', b, [entry(3, 2, 'y')]))).toBe('Log Matching');
  });

  it('State Machine Safety and Leader Completeness: different committed entries, a leader missing one', () => {
    const c = new Checker();
    const a = log([[2, 1, 'x']]);
    const b = log([[2, 2, 'other']]);
    c.committedRange('a', a, 1, 2);
    expect(violation(() => c.leaderCompleteness('b', 3, log([[2, 1, 'x'], [3, 3, '']])))).toBeUndefined();
    expect(violation(() => c.leaderCompleteness('b', 3, b))).toBe('Leader Completeness');
    expect(violation(() => c.committedRange('b', b, 1, 2))).toBe('State Machine Safety');
    c.appliedState('a', 2, 77);
    expect(violation(() => c.appliedState('b', 2, 78))).toBe('State Machine Safety');
  });

  it('linearizable reads: a read older than what was committed when it was issued', () => {
    const c = new Checker();
    expect(violation(() => c.readServed('a', 'r', 10, 10))).toBeUndefined();
    expect(violation(() => c.readServed('a', 'r', 9, 10))).toBe('Linearizable reads');
  });
});
