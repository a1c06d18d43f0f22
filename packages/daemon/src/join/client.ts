/**
 * The join protocol, joining side: prove the token's secret to a member listed in the
 * token and read its answer. Members are tried in order; a member that is unreachable or
 * has no quorum is skipped. The token's addresses must end in /p2p/<peer id> so the noise
 * handshake authenticates the member.
 */
import { randomBytes } from 'node:crypto';
import { multiaddr } from '@multiformats/multiaddr';
import type { PeerId } from '@libp2p/interface';
import { ContinuumError } from '../errors.js';
import { buildJoinRequest } from '../federation/tokens.js';
import type { JoinTokenData } from '../federation/tokens.js';
import { continuum } from '../gen/federation.js';
import type { ContinuumHost } from '../host/host.js';
import { limits } from '../limits.js';
import { decodeFrame, readFrames, writeFrame } from '../protocol/framing.js';
import { joinProtocol } from './server.js';

const { JoinResponse } = continuum.daemon.v1;

export interface JoinAs {
  readonly name: string;
  readonly tier: string;
  readonly territory: string;
  readonly addresses: readonly string[];
  /** Ask to join the council (Raft learner, then voter). */
  readonly council?: boolean;
}

export type JoinAnswer = continuum.daemon.v1.JoinResponse;

async function askMember(host: ContinuumHost, address: string | PeerId, token: JoinTokenData, as: JoinAs, signal: AbortSignal): Promise<JoinAnswer> {
  const nonce = new Uint8Array(randomBytes(limits.joinNonceBytes));
  const request = buildJoinRequest(token, { peerId: host.peerId.toString(), nonce, ...as });
  const stream = await host.dialProtocol(typeof address === 'string' ? multiaddr(address) : address, joinProtocol, { signal });
  try {
    await writeFrame(stream, continuum.daemon.v1.JoinRequest.encode(request).finish(), signal);
    const context = { peer: address.toString(), protocol: joinProtocol };
    for await (const frame of readFrames(stream, context, { maxFrames: 1 })) return decodeFrame((bytes) => JoinResponse.decode(bytes), frame, context);
    throw new ContinuumError('UNAVAILABLE', `${address} closed the join stream without an answer`, { reason: 'no answer' });
  } finally {
    await stream.close().catch(() => stream.abort(new Error('close failed')));
  }
}

/**
 * Asks the token's members in turn, then (a token without reachable addresses) the peers
 * this node is connected to — e.g. found through DNS SRV or bootstrap discovery; resolves
 * with the first definite answer (admitted or refused).
 */
export async function requestJoin(host: ContinuumHost, token: JoinTokenData, as: JoinAs, signal: AbortSignal): Promise<JoinAnswer> {
  let lastReason = 'the token lists no addresses and no peer is connected';
  const connected = [...new Map(host.getConnections().map((connection) => [connection.remotePeer.toString(), connection.remotePeer])).values()];
  for (const address of [...token.addresses, ...connected]) {
    try {
      const answer = await askMember(host, address, token, as, signal);
      if (answer.ok || answer.code !== 'UNAVAILABLE') return answer;
      lastReason = `${address.toString()}: ${answer.reason}`;
    } catch (error) {
      if (signal.aborted) throw error;
      lastReason = `${address.toString()}: ${error instanceof Error ? error.message : 'failed'}`;
    }
  }
  throw new ContinuumError('UNAVAILABLE', `no member could admit this node (${lastReason})`, { reason: lastReason });
}
