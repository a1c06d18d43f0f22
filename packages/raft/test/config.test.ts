import { describe, expect, it } from 'vitest';
import { validateConfig, type RaftConfig } from '../src/core/config.js';
import { createPrng } from '../src/core/prng.js';
import { RaftError } from '../src/errors.js';
import { maxElectionTicks, maxInflightMessagesLimit, maxSizePerMessageBytesLimit, minElectionTicks } from '../src/limits.js';
import { MemoryStorage } from '../src/storage/memory-storage.js';

const base: RaftConfig = { id: 'a', electionTicks: 10, heartbeatTicks: 1, storage: new MemoryStorage(), prng: createPrng(1) };

function invalidField(config: Partial<RaftConfig>): string | undefined {
  try {
    validateConfig({ ...base, ...config });
    return undefined;
  } catch (error) {
    if (RaftError.is(error, 'CONFIG_INVALID')) return error.details.field;
    throw error;
  }
}

describe('validateConfig', () => {
  it('fills in defaults for a valid config', () => {
    const resolved = validateConfig(base);
    expect(resolved.maxInflightMessages).toBeGreaterThan(0);
    expect(resolved.preVote).toBe(false);
  });

  it('rejects each out-of-range field with CONFIG_INVALID naming it', () => {
    expect(invalidField({ id: '' })).toBe('id');
    expect(invalidField({ heartbeatTicks: 0 })).toBe('heartbeatTicks');
    expect(invalidField({ electionTicks: minElectionTicks - 1 })).toBe('electionTicks');
    expect(invalidField({ electionTicks: maxElectionTicks + 1 })).toBe('electionTicks');
    expect(invalidField({ electionTicks: 3, heartbeatTicks: 3 })).toBe('electionTicks');
    expect(invalidField({ maxSizePerMessageBytes: maxSizePerMessageBytesLimit + 1 })).toBe('maxSizePerMessageBytes');
    expect(invalidField({ maxSizePerMessageBytes: 0 })).toBe('maxSizePerMessageBytes');
    expect(invalidField({ maxInflightMessages: maxInflightMessagesLimit + 1 })).toBe('maxInflightMessages');
    expect(invalidField({ maxInflightMessages: 0.5 })).toBe('maxInflightMessages');
    expect(invalidField({ maxUncommittedEntriesBytes: 0 })).toBe('maxUncommittedEntriesBytes');
    expect(invalidField({ maxCommittedSizePerReadyBytes: -1 })).toBe('maxCommittedSizePerReadyBytes');
    expect(invalidField({ appliedIndex: -1 })).toBe('appliedIndex');
  });

  it('accepts the limits themselves', () => {
    expect(invalidField({ maxSizePerMessageBytes: maxSizePerMessageBytesLimit, maxInflightMessages: maxInflightMessagesLimit, electionTicks: maxElectionTicks })).toBeUndefined();
  });

  it('errors survive JSON', () => {
    try {
      validateConfig({ ...base, id: '' });
    } catch (error) {
      expect(JSON.parse(JSON.stringify(error))).toEqual({ name: 'RaftError', code: 'CONFIG_INVALID', message: expect.any(String), details: { field: 'id', reason: expect.any(String) } });
    }
  });
});
