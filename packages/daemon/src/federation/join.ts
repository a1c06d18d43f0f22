/** Token commands of the state machine: CreateToken and Join. */
import { limits } from '../limits.js';
import { copyBytes } from './checks.js';
import type { continuum } from '../gen/federation.js';
import { admit, prepareMember } from './members.js';
import type { ApplyContext } from './members.js';
import type { ApplyResult, Rejected } from './result.js';
import { applied, reject } from './result.js';
import type { FederationState } from './state.js';
import { verifyJoinProof } from './tokens.js';

function pruneExpired(state: FederationState, atMs: number): void {
  for (const [id, token] of state.tokens) if (token.expiresAtMs <= atMs) state.tokens.delete(id);
}

export function applyCreateToken(state: FederationState, command: continuum.daemon.v1.CreateToken, context: ApplyContext): ApplyResult {
  if (!/^[0-9a-f]{16,64}$/.test(command.tokenId)) return reject('INVALID_ARGUMENT', 'token id must be 16-64 hex digits');
  if (command.secret.byteLength !== limits.joinSecretBytes) return reject('INVALID_ARGUMENT', `secret must be ${limits.joinSecretBytes} bytes`);
  if (command.expiresAtMs <= context.atMs || command.expiresAtMs > context.atMs + limits.maxTokenTtlMs) {
    return reject('INVALID_ARGUMENT', `expiry must be within ${limits.maxTokenTtlMs} ms after the command`);
  }
  if (state.tokens.has(command.tokenId)) return reject('ALREADY_EXISTS', `token ${command.tokenId} exists`);
  pruneExpired(state, context.atMs);
  if (state.tokens.size >= limits.maxJoinTokens) return reject('LIMIT_EXCEEDED', `${limits.maxJoinTokens} join tokens are live`);
  state.tokens.set(command.tokenId, {
    tokenId: command.tokenId, secret: copyBytes(command.secret), expiresAtMs: command.expiresAtMs, createdBy: context.proposer,
    usedBy: undefined, usedAtMs: undefined,
  });
  return applied;
}

/**
 * The token checks of a join: federation, token known, unused, unexpired, proof. Used by
 * the state machine, and by the member that receives a join request before it proposes
 * anything (so only token holders can make log entries).
 */
/** `ignoreUse`/`ignoreExpiry`: check only the proof, for a member retrying its own join. */
export interface JoinTokenCheckOptions {
  readonly ignoreUse?: boolean;
  readonly ignoreExpiry?: boolean;
}

export function checkJoinToken(state: FederationState, peerId: string, request: continuum.daemon.v1.JoinRequest.$Properties, atMs: number, options: JoinTokenCheckOptions = {}): Rejected | undefined {
  if (request.federationId !== state.federationId) return reject('FEDERATION_MISMATCH', `token is for federation ${request.federationId ?? ''}`);
  const token = state.tokens.get(request.tokenId ?? '');
  if (token === undefined) return reject('TOKEN_UNKNOWN', 'no such join token (never created, or expired and pruned)');
  if (token.usedBy !== undefined && options.ignoreUse !== true) return reject('TOKEN_USED', `token was used by ${token.usedBy}`);
  if (token.expiresAtMs <= atMs && options.ignoreExpiry !== true) return reject('TOKEN_EXPIRED', `token expired at ${token.expiresAtMs}`);
  const nonce = request.nonce ?? new Uint8Array();
  if (nonce.byteLength !== limits.joinNonceBytes) return reject('INVALID_ARGUMENT', `nonce must be ${limits.joinNonceBytes} bytes`);
  if (!verifyJoinProof(token.secret, peerId, nonce, request.proof ?? new Uint8Array())) {
    return reject('TOKEN_PROOF_INVALID', 'the proof does not match the token secret and peer id');
  }
  return undefined;
}

export function applyJoin(state: FederationState, command: continuum.daemon.v1.Join, context: ApplyContext): ApplyResult {
  const request = command.request;
  if (request === null || request === undefined) return reject('MALFORMED', 'join without a request');
  const problem = checkJoinToken(state, command.peerId, request, context.atMs);
  if (problem !== undefined) return problem;
  const spec = { peerId: command.peerId, name: request.name ?? '', tier: request.tier ?? '', territory: request.territory ?? '', addresses: request.addresses ?? [], council: request.council === true };
  const member = prepareMember(state, spec, 'JOINING', context.atMs);
  if ('ok' in member) return member;
  const result = admit(state, member);
  if (result.ok) {
    const token = state.tokens.get(request.tokenId ?? '');
    if (token !== undefined) {
      token.usedBy = command.peerId;
      token.usedAtMs = context.atMs;
    }
  }
  return result;
}
