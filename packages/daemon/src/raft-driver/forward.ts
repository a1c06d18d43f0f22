/**
 * Forwarding from members that are not Raft peers to the council:
 * `/continuum/fedprop/1.0.0` (members only; one ForwardRequest in, one ForwardResponse
 * out). A council member proposes the envelope (or runs ReadIndex) through its own driver
 * and answers with the commit index; the asking member then waits until its own replica
 * has applied that index and takes the result from its own apply, matched by proposal id.
 * A member proposes only in its own name: an envelope whose command names another
 * proposer (or is not a command) is refused as PEER_MESSAGE_INVALID, which penalises the
 * sender, since the state machine trusts the proposer field (DescribeMember, the
 * members-only rule of every command).
 */
import { ContinuumError } from '../errors.js';
import { continuum } from '../gen/federation.js';
import type { ContinuumHost } from '../host/host.js';
import { limits } from '../limits.js';
import { decodeCommand } from '../federation/command.js';
import { decodeFrame, invalidFrame, readFrames, writeFrame } from '../protocol/framing.js';
import type { FrameContext } from '../protocol/framing.js';
import { federationHandler } from '../protocol/handler.js';
import type { PenaliseHook } from '../protocol/penalties.js';
import { dialMember } from './dial.js';
import { decodeEnvelope } from './envelope.js';

const { ForwardRequest, ForwardResponse } = continuum.daemon.v1;
export const forwardProtocol = '/continuum/fedprop/1.0.0';

export interface ForwardServerOptions {
  readonly host: ContinuumHost;
  readonly isMember: (peer: string) => boolean;
  readonly penalise: PenaliseHook;
  /** Proposes an envelope through this node's Raft; resolves with the commit index. */
  readonly propose: (envelope: Uint8Array, signal: AbortSignal) => Promise<number>;
  readonly readIndex: (signal: AbortSignal) => Promise<number>;
  readonly signal: AbortSignal;
}

/** Refuses an envelope that is not a command proposed by `peer`, the member that sent it. */
function checkProposer(envelope: Uint8Array, peer: string, context: FrameContext): void {
  const command = decodeEnvelope(envelope)?.command;
  if (command === undefined) throw invalidFrame(context, 'not a proposal envelope');
  let proposer: string;
  try {
    proposer = decodeCommand(command).proposer;
  } catch (error) {
    throw invalidFrame(context, 'not a federation command', error);
  }
  if (proposer !== peer) throw invalidFrame(context, `a command proposed as ${proposer.slice(0, 64)}`);
}

export async function serveForward(options: ForwardServerOptions): Promise<void> {
  await options.host.handle(forwardProtocol, federationHandler({
    protocol: forwardProtocol, membersOnly: true, isMember: options.isMember, penalise: options.penalise,
    handle: async ({ stream, peer }) => {
      const context = { peer, protocol: forwardProtocol };
      for await (const frame of readFrames(stream, context, { maxFrameBytes: limits.maxCommandBytes + 1024, maxFrames: 1 })) {
        const request = decodeFrame((bytes) => ForwardRequest.decode(bytes), frame, context);
        if (!request.readIndex) checkProposer(request.envelope, peer, context);
        const signal = AbortSignal.any([options.signal, AbortSignal.timeout(limits.consensusTimeoutMs)]);
        let response: continuum.daemon.v1.ForwardResponse.$Properties;
        try {
          const index = request.readIndex ? await options.readIndex(signal) : await options.propose(request.envelope, signal);
          response = { ok: true, index };
        } catch (error) {
          const typed = error instanceof ContinuumError ? error : undefined;
          response = { ok: false, code: typed?.code ?? 'UNAVAILABLE', reason: typed?.message ?? 'forwarding failed' };
        }
        await writeFrame(stream, ForwardResponse.encode(response).finish());
        return;
      }
    },
  }));
}

/** Asks council members in turn (the last one that answered first); resolves with the index and the member that gave it. */
export class ForwardClient {
  private preferred: string | undefined;

  constructor(
    private readonly host: ContinuumHost,
    private readonly council: () => readonly string[],
    private readonly addressesOf: (peer: string) => readonly string[],
  ) {}

  async call(request: continuum.daemon.v1.ForwardRequest.$Properties, signal: AbortSignal): Promise<{ readonly index: number; readonly peer: string }> {
    const peers = this.council();
    const order = this.preferred !== undefined && peers.includes(this.preferred) ? [this.preferred, ...peers.filter((peer) => peer !== this.preferred)] : [...peers];
    let lastReason = 'no council member is known';
    for (const peer of order) {
      if (signal.aborted) break;
      try {
        const response = await this.ask(peer, request, signal);
        if (response.ok) {
          this.preferred = peer;
          return { index: Number(response.index), peer };
        }
        lastReason = `${peer}: ${response.reason}`;
      } catch (error) {
        lastReason = `${peer}: ${error instanceof Error ? error.message : 'failed'}`;
      }
    }
    throw new ContinuumError('UNAVAILABLE', `no council member took the request (${lastReason})`, { reason: lastReason });
  }

  private async ask(peer: string, request: continuum.daemon.v1.ForwardRequest.$Properties, signal: AbortSignal): Promise<continuum.daemon.v1.ForwardResponse> {
    const stream = await dialMember(this.host, peer, this.addressesOf(peer), forwardProtocol, signal);
    try {
      await writeFrame(stream, ForwardRequest.encode(request).finish(), signal);
      const context = { peer, protocol: forwardProtocol };
      for await (const frame of readFrames(stream, context, { maxFrames: 1 })) return decodeFrame((bytes) => ForwardResponse.decode(bytes), frame, context);
      throw new ContinuumError('UNAVAILABLE', `${peer} closed the stream without an answer`, { reason: 'no answer' });
    } finally {
      await stream.close().catch(() => stream.abort(new Error('close failed')));
    }
  }
}
