import { AnalyzerError } from '@continuum/analyzer';
import { CrdtError } from '@continuum/crdt';
import { ContinuumError } from '@continuum/daemon';
import { DiscoveryError } from '@continuum/discovery';
import { RaftError } from '@continuum/raft';
import { describe, expect, it } from 'vitest';

describe('the shared error shape', () => {
  const errors = [
    new RaftError('PROPOSAL_DROPPED', 'no leader', { reason: 'no leader', leaderHint: 'n2' }),
    new CrdtError('DECODE_FAILED', 'truncated', { what: 'VectorClock', reason: 'truncated' }),
    new AnalyzerError('INVALID_POST', 'missing text', { line: 3, field: 'text', reason: 'missing' }),
    new DiscoveryError('RESOLVE_FAILED', 'timeout', { name: '_continuum._tcp.x', reason: 'timeout' }),
    new ContinuumError('UNAVAILABLE', 'no quorum', { reason: 'no quorum' }),
  ];

  it.each(errors)('$name survives JSON with code and typed details', (error) => {
    const json = JSON.parse(JSON.stringify(error)) as Record<string, unknown>;
    expect(json).toEqual({ name: error.name, code: error.code, message: error.message, details: error.details });
    expect(error).toBeInstanceOf(Error);
  });

  it('narrows by family and code', () => {
    const error: unknown = errors[0];
    expect(RaftError.is(error, 'PROPOSAL_DROPPED')).toBe(true);
    expect(RaftError.is(error, 'COMPACTED')).toBe(false);
    expect(CrdtError.is(error)).toBe(false);
  });

  it('revives an API error from its JSON', () => {
    const revived = ContinuumError.fromJSON(JSON.parse(JSON.stringify(errors[4])));
    expect(revived).toBeInstanceOf(ContinuumError);
    expect(revived.code).toBe('UNAVAILABLE');
    expect(revived.details).toEqual({ reason: 'no quorum' });
  });
});
