/**
 * Join tokens. A member creates one (`token create`): a token id, a random secret and an
 * expiry, registered in the federation state by a CreateToken command, and handed to an
 * operator as a compact string `continuum1-<base64url protobuf JoinToken>` that also
 * carries the federation id and a few member addresses to dial. The joining node proves
 * it holds the secret with HMAC-SHA256(secret, "continuum-join-v1" 0 peerId 0 nonce), so
 * the secret itself never travels in a join request; the state machine checks the proof,
 * the expiry and that the token was not used before (tokens are single-use).
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { base64url } from 'multiformats/bases/base64';
import { ContinuumError } from '../errors.js';
import { continuum } from '../gen/federation.js';
import { limits } from '../limits.js';
import type { CommandInput } from './command.js';

const { JoinToken } = continuum.daemon.v1;

export const joinTokenPrefix = 'continuum1-';
const proofLabel = new TextEncoder().encode('continuum-join-v1');

export interface JoinTokenData {
  readonly federationId: string;
  readonly tokenId: string;
  readonly secret: Uint8Array;
  readonly expiresAtMs: number;
  readonly addresses: readonly string[];
}

function invalid(reason: string, cause?: unknown): ContinuumError<'TOKEN_INVALID'> {
  return new ContinuumError('TOKEN_INVALID', `join token: ${reason}`, { reason }, cause === undefined ? undefined : { cause });
}

export function encodeJoinToken(token: JoinTokenData): string {
  const bytes = JoinToken.encode({ ...token, addresses: [...token.addresses] }).finish();
  // multiformats' base64url puts a one-letter multibase prefix first; drop it.
  return joinTokenPrefix + base64url.encode(bytes).slice(1);
}

export function decodeJoinToken(text: string): JoinTokenData {
  const trimmed = text.trim();
  if (trimmed.length > limits.maxTokenStringLength) throw invalid(`longer than ${limits.maxTokenStringLength} characters`);
  if (!trimmed.startsWith(joinTokenPrefix)) throw invalid(`must start with ${joinTokenPrefix}`);
  let token: continuum.daemon.v1.JoinToken;
  try {
    token = JoinToken.decode(base64url.decode(`u${trimmed.slice(joinTokenPrefix.length)}`));
  } catch (error) {
    throw invalid('not a valid token encoding', error);
  }
  if (token.secret.byteLength !== limits.joinSecretBytes) throw invalid(`secret must be ${limits.joinSecretBytes} bytes`);
  if (token.federationId === '' || token.tokenId === '') throw invalid('missing federation id or token id');
  if (token.addresses.length > limits.maxTokenAddresses) throw invalid(`more than ${limits.maxTokenAddresses} addresses`);
  return { federationId: token.federationId, tokenId: token.tokenId, secret: token.secret, expiresAtMs: token.expiresAtMs, addresses: token.addresses };
}

export interface CreateJoinTokenOptions {
  readonly federationId: string;
  readonly addresses: readonly string[];
  readonly nowMs: number;
  readonly ttlMs: number;
  /** A source of cryptographically random bytes (node:crypto randomBytes in the daemon). */
  readonly randomBytes: (length: number) => Uint8Array;
}

/** Makes a new token and the CreateToken command (minus at_ms/proposer) that registers it. */
export function createJoinToken(options: CreateJoinTokenOptions): { token: JoinTokenData; encoded: string; command: CommandInput } {
  if (!(options.ttlMs > 0 && options.ttlMs <= limits.maxTokenTtlMs)) throw invalid(`ttl must be 1..${limits.maxTokenTtlMs} ms`);
  const token: JoinTokenData = {
    federationId: options.federationId,
    tokenId: toHex(options.randomBytes(8)),
    secret: options.randomBytes(limits.joinSecretBytes),
    expiresAtMs: options.nowMs + options.ttlMs,
    addresses: options.addresses.slice(0, limits.maxTokenAddresses),
  };
  const command: CommandInput = { createToken: { tokenId: token.tokenId, secret: token.secret, expiresAtMs: token.expiresAtMs } };
  return { token, encoded: encodeJoinToken(token), command };
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** HMAC-SHA256(secret, "continuum-join-v1" 0 peerId 0 nonce). */
export function joinProof(secret: Uint8Array, peerId: string, nonce: Uint8Array): Uint8Array {
  const id = new TextEncoder().encode(peerId);
  const message = new Uint8Array(proofLabel.byteLength + 1 + id.byteLength + 1 + nonce.byteLength);
  message.set(proofLabel, 0);
  message.set(id, proofLabel.byteLength + 1);
  message.set(nonce, proofLabel.byteLength + 2 + id.byteLength);
  return hmac(sha256, secret, message);
}

/** Constant-time check of a join proof. */
export function verifyJoinProof(secret: Uint8Array, peerId: string, nonce: Uint8Array, proof: Uint8Array): boolean {
  const expected = joinProof(secret, peerId, nonce);
  if (expected.byteLength !== proof.byteLength) return false;
  let difference = 0;
  for (let i = 0; i < expected.byteLength; i++) difference |= (expected[i] ?? 0) ^ (proof[i] ?? 0);
  return difference === 0;
}

export interface JoinRequestOptions {
  readonly peerId: string;
  readonly nonce: Uint8Array;
  readonly name: string;
  readonly tier: string;
  readonly territory: string;
  readonly addresses: readonly string[];
  readonly council?: boolean;
}

/** The JoinRequest a new node sends to a member, proving it holds the token's secret. */
export function buildJoinRequest(token: JoinTokenData, options: JoinRequestOptions): continuum.daemon.v1.JoinRequest.$Properties {
  return {
    federationId: token.federationId, tokenId: token.tokenId, proof: joinProof(token.secret, options.peerId, options.nonce),
    nonce: options.nonce, name: options.name, tier: options.tier, territory: options.territory, addresses: [...options.addresses],
    ...(options.council === true ? { council: true } : {}),
  };
}
