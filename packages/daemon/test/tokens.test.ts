import { describe, expect, it } from 'vitest';
import { ContinuumError } from '../src/errors.js';
import { apply, buildJoinRequest, createJoinToken, decodeJoinToken, encodeJoinToken, joinTokenPrefix } from '../src/federation/index.js';
import type { ApplyResult, JoinTokenData } from '../src/federation/index.js';
import { limits } from '../src/limits.js';
import { bootstrapped, command, fakePeerId } from './support/federation-fixtures.js';

// Deterministic "random" bytes (mulberry32, seed 1) for tests; the daemon passes node:crypto randomBytes.
let seed = 1;
function nextByte(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) & 0xff;
}
const randomBytes = (length: number): Uint8Array => Uint8Array.from({ length }, nextByte);

function rejection(result: ApplyResult): string {
  return result.ok ? 'ok' : result.code;
}

function tokenReason(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (ContinuumError.is(error, 'TOKEN_INVALID')) return error.details.reason;
    throw error;
  }
  throw new Error('expected TOKEN_INVALID');
}

describe('join tokens', () => {
  const created = createJoinToken({ federationId: 'fed-test', addresses: ['/ip4/127.0.0.1/tcp/7000'], nowMs: 1000, ttlMs: 60_000, randomBytes });

  it('encode to a compact prefixed string and decode back', () => {
    expect(created.encoded.startsWith(joinTokenPrefix)).toBe(true);
    expect(created.encoded).toMatch(/^continuum1-[A-Za-z0-9_-]+$/);
    expect(created.encoded.length).toBeLessThan(200);
    expect(decodeJoinToken(created.encoded)).toEqual({ ...created.token, secret: created.token.secret, addresses: ['/ip4/127.0.0.1/tcp/7000'] });
    expect(created.token.expiresAtMs).toBe(61_000);
  });

  it('refuse malformed strings with a typed error', () => {
    expect(tokenReason(() => decodeJoinToken('hello'))).toMatch(/continuum1-/);
    expect(tokenReason(() => decodeJoinToken(`${joinTokenPrefix}!!!`))).toMatch(/encoding/);
    expect(tokenReason(() => decodeJoinToken(`${joinTokenPrefix}${'A'.repeat(limits.maxTokenStringLength)}`))).toMatch(/longer/);
    const short: JoinTokenData = { ...created.token, secret: new Uint8Array(4) };
    expect(tokenReason(() => decodeJoinToken(encodeJoinToken(short)))).toMatch(/secret/);
    expect(tokenReason(() => createJoinToken({ federationId: 'f', addresses: [], nowMs: 0, ttlMs: limits.maxTokenTtlMs + 1, randomBytes }))).toMatch(/ttl/);
  });

  function stateWithToken(atMs = 1000) {
    const state = bootstrapped();
    expect(apply(state, command(atMs, created.command)).ok).toBe(true);
    return state;
  }

  function join(peerId: string, token: JoinTokenData, atMs: number, name = 'aarhus-1') {
    const nonce = randomBytes(limits.joinNonceBytes);
    const request = buildJoinRequest(token, { peerId, nonce, name, tier: 'leaf', territory: 'DK-AARHUS', addresses: ['/ip4/10.0.0.1/tcp/7000'] });
    return command(atMs, { join: { peerId, request } });
  }

  it('admit a node that proves the secret, as JOINING, and record the use', () => {
    const state = stateWithToken();
    const joiner = fakePeerId(50);
    expect(apply(state, join(joiner, created.token, 2000))).toEqual({ ok: true, peerId: joiner });
    expect(state.members.get(joiner)).toMatchObject({ status: 'JOINING', name: 'aarhus-1', territory: 'DK-AARHUS', council: false });
    expect(state.tokens.get(created.token.tokenId)).toMatchObject({ usedBy: joiner, usedAtMs: 2000 });
  });

  it('refuse reuse, expiry, a wrong secret, a proof for another peer and another federation', () => {
    const state = stateWithToken();
    expect(apply(state, join(fakePeerId(50), created.token, 2000)).ok).toBe(true);
    expect(rejection(apply(state, join(fakePeerId(51), created.token, 2001, 'other')))).toBe('TOKEN_USED');

    const fresh = stateWithToken();
    expect(rejection(apply(fresh, join(fakePeerId(50), created.token, 61_000)))).toBe('TOKEN_EXPIRED');
    expect(rejection(apply(fresh, join(fakePeerId(50), { ...created.token, secret: new Uint8Array(32) }, 2000)))).toBe('TOKEN_PROOF_INVALID');
    const stolen = join(fakePeerId(50), created.token, 2000);
    expect(rejection(apply(fresh, { ...stolen, join: { ...stolen.join, peerId: fakePeerId(52) } }))).toBe('TOKEN_PROOF_INVALID');
    expect(rejection(apply(fresh, join(fakePeerId(50), { ...created.token, federationId: 'elsewhere' }, 2000)))).toBe('FEDERATION_MISMATCH');
    expect(rejection(apply(fresh, join(fakePeerId(50), { ...created.token, tokenId: 'ffffffffffffffff' }, 2000)))).toBe('TOKEN_UNKNOWN');
    // None of the refusals used the token up.
    expect(apply(fresh, join(fakePeerId(50), created.token, 2000)).ok).toBe(true);
  });

  it('a refused admission (bad territory) does not use the token', () => {
    const state = stateWithToken();
    const nonce = randomBytes(limits.joinNonceBytes);
    const request = buildJoinRequest(created.token, { peerId: fakePeerId(60), nonce, name: 'x', tier: 'leaf', territory: 'DK', addresses: [] });
    expect(rejection(apply(state, command(2000, { join: { peerId: fakePeerId(60), request } })))).toBe('TERRITORY_INVALID');
    expect(state.tokens.get(created.token.tokenId)?.usedBy).toBeUndefined();
  });

  it('bound the number of live tokens and prune expired ones', () => {
    const state = bootstrapped();
    for (let i = 0; i < limits.maxJoinTokens; i++) {
      const { command: create } = createJoinToken({ federationId: 'fed-test', addresses: [], nowMs: 1000, ttlMs: 1000, randomBytes });
      expect(apply(state, command(1000, create)).ok).toBe(true);
    }
    const extra = createJoinToken({ federationId: 'fed-test', addresses: [], nowMs: 1500, ttlMs: 1000, randomBytes });
    expect(rejection(apply(state, command(1500, extra.command)))).toBe('LIMIT_EXCEEDED');
    const later = createJoinToken({ federationId: 'fed-test', addresses: [], nowMs: 2500, ttlMs: 1000, randomBytes });
    expect(apply(state, command(2500, later.command)).ok).toBe(true);
    expect(state.tokens.size).toBe(1);
  });
});
