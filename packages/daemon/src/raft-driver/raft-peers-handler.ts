/**
 * The admission rule of the Raft protocols (`/continuum/raft/1.0.0` and its snapshots):
 * only Raft peers of the current configuration (and council members) may speak. A peer
 * that is not a member at all is refused by federationHandler's members-only guard, which
 * penalises it; a member that is not a Raft peer (a voter replaced while it was away still
 * thinks it is one) is refused without a penalty: it is not hostile, and blocking it would
 * keep it from following the log, which is how it finds out.
 */
import type { StreamHandler } from '@libp2p/interface';
import { federationHandler } from '../protocol/handler.js';
import type { ProtocolCall } from '../protocol/handler.js';
import type { PenaliseHook } from '../protocol/penalties.js';

export interface RaftPeersHandlerOptions {
  readonly protocol: string;
  readonly isRaftPeer: (peer: string) => boolean;
  readonly isMember: (peer: string) => boolean;
  readonly penalise: PenaliseHook;
  readonly handle: (call: ProtocolCall) => Promise<void>;
}

export function raftPeersHandler(options: RaftPeersHandlerOptions): StreamHandler {
  return federationHandler({
    protocol: options.protocol, membersOnly: true, penalise: options.penalise,
    isMember: (peer) => options.isRaftPeer(peer) || options.isMember(peer),
    handle: async (call) => {
      if (!options.isRaftPeer(call.peer)) {
        call.stream.abort(new Error('not a Raft peer of this configuration'));
        return;
      }
      await options.handle(call);
    },
  });
}
