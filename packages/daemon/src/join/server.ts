/**
 * The join protocol, member side: `/continuum/join/1.0.0`, the one federation protocol
 * open to non-members. One JoinRequest frame in, one JoinResponse frame out. The member
 * checks the token and proof against its own replica first, so a peer without a valid
 * token cannot make a log entry; then it proposes the Join command (with the peer id the
 * noise handshake authenticated) and answers with the committed result. A wrong proof or
 * a token for another federation, an unknown or expired token, or one used by another peer penalises the peer
 * (after limits.maxPeerPenalties it is blocked); the request must arrive within
 * limits.frameTimeoutMs (readFrames).
 */
import { callerOfSignal, withDeadline } from '../consensus/deadline.js';
import type { Consensus } from '../consensus/consensus.js';
import { ContinuumError } from '../errors.js';
import { checkJoinToken } from '../federation/join.js';
import { continuum } from '../gen/federation.js';
import { limits } from '../limits.js';
import { decodeFrame, readFrames, writeFrame } from '../protocol/framing.js';
import { federationHandler } from '../protocol/handler.js';
import type { PenaliseHook } from '../protocol/penalties.js';
import type { StreamHandler } from '@libp2p/interface';

const { JoinRequest, JoinResponse } = continuum.daemon.v1;
export const joinProtocol = '/continuum/join/1.0.0';
/** Refusals of the request itself (not of the moment: UNAVAILABLE is not here); each penalises the peer. */
const penalisedRejections = new Set(['TOKEN_PROOF_INVALID', 'FEDERATION_MISMATCH', 'TOKEN_UNKNOWN', 'TOKEN_USED', 'TOKEN_EXPIRED', 'INVALID_ARGUMENT']);

export interface JoinServerOptions {
  readonly consensus: Consensus;
  readonly selfPeerId: string;
  readonly now: () => number;
  readonly penalise: PenaliseHook;
  readonly timeoutMs?: number;
  readonly signal: AbortSignal;
}

type Response = continuum.daemon.v1.JoinResponse.$Properties;

function council(consensus: Consensus): continuum.daemon.v1.MemberSpec.$Properties[] {
  return [...consensus.state.members.values()]
    .filter((member) => member.council)
    .map((member) => ({ peerId: member.peerId, name: member.name, tier: member.tier, territory: member.territory, addresses: [...member.addresses], council: true }));
}

/**
 * A peer that is already a member asking to join again: its earlier join committed but
 * the answer was lost (it timed out under load, or the connection dropped), and it retries
 * with the token it used or with a fresh valid one (the CLI's demo and retries make a new
 * token per attempt). When the request is the same join (name, tier, territory, council)
 * the peer gets the council again and nothing is proposed or used up. A different request
 * from a member is still refused (MEMBER_EXISTS): a join never changes an existing member.
 */
function alreadyJoined(consensus: Consensus, peer: string, request: continuum.daemon.v1.JoinRequest, atMs: number): boolean {
  const state = consensus.state;
  const member = state.members.get(peer);
  if (member === undefined) return false;
  const token = state.tokens.get(request.tokenId ?? '');
  if (token?.usedBy === peer) return checkJoinToken(state, peer, request, atMs, { ignoreUse: true, ignoreExpiry: true }) === undefined;
  const sameJoin = member.name === request.name && member.tier === request.tier && member.territory === request.territory && member.council === (request.council === true);
  return sameJoin && checkJoinToken(state, peer, request, atMs) === undefined;
}

async function answer(options: JoinServerOptions, peer: string, request: continuum.daemon.v1.JoinRequest): Promise<Response> {
  const { consensus } = options;
  if (alreadyJoined(consensus, peer, request, options.now())) {
    return { ok: true, index: consensus.status().appliedIndex, federationId: consensus.state.federationId, council: council(consensus) };
  }
  const problem = checkJoinToken(consensus.state, peer, request, options.now());
  if (problem !== undefined) return { ok: false, code: problem.code, reason: problem.reason };
  const command = { atMs: options.now(), proposer: options.selfPeerId, join: { peerId: peer, request } };
  try {
    const proposal = await withDeadline(options.timeoutMs ?? limits.consensusTimeoutMs, callerOfSignal(options.signal), (signal) => consensus.propose(command, { signal }));
    if (!proposal.result.ok) return { ok: false, code: proposal.result.code, reason: proposal.result.reason, index: proposal.index };
    return { ok: true, index: proposal.index, federationId: consensus.state.federationId, council: council(consensus) };
  } catch (error) {
    const typed = error instanceof ContinuumError ? error : undefined;
    return { ok: false, code: typed?.code ?? 'UNAVAILABLE', reason: typed?.message ?? 'consensus failed' };
  }
}

export function joinHandler(options: JoinServerOptions): StreamHandler {
  return federationHandler({
    protocol: joinProtocol, membersOnly: false, isMember: () => true, penalise: options.penalise,
    handle: async ({ stream, peer }) => {
      const context = { peer, protocol: joinProtocol };
      for await (const frame of readFrames(stream, context, { maxFrameBytes: limits.maxJoinRequestBytes, maxFrames: 1 })) {
        const request = decodeFrame((bytes) => JoinRequest.decode(bytes), frame, context);
        const response = await answer(options, peer, request);
        await writeFrame(stream, JoinResponse.encode(response).finish());
        // A retry by the peer that used the token (its answer was lost) is not penalised; a replay by another is.
        const ownRetry = response.code === 'TOKEN_USED' && options.consensus.state.tokens.get(request.tokenId)?.usedBy === peer;
        if (!response.ok && penalisedRejections.has(response.code ?? '') && !ownRetry) {
          options.penalise({ peer, protocol: joinProtocol, error: new ContinuumError('PEER_MESSAGE_INVALID', response.reason ?? '', { peer, protocol: joinProtocol, reason: response.code ?? '' }) });
        }
        return;
      }
    },
  });
}
