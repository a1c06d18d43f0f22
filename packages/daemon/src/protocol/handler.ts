/**
 * Wraps a federation protocol handler so that (1) a peer that is not a federation member
 * is refused before any byte is read (members-only, every protocol but joining), (2) a
 * typed failure penalises the peer and aborts the stream, never the node, and (3) the
 * handler's side of the stream is always closed (libp2p v3 needs it: see ENVIRONMENT.md).
 */
import type { Connection, Stream, StreamHandler } from '@libp2p/interface';
import { ContinuumError } from '../errors.js';
import type { PenaliseHook } from './penalties.js';

export interface ProtocolCall {
  readonly peer: string;
  readonly protocol: string;
  readonly stream: Stream;
  readonly connection: Connection;
}

export interface FederationHandlerOptions {
  readonly protocol: string;
  /** False only for the join protocol. */
  readonly membersOnly: boolean;
  readonly isMember: (peer: string) => boolean;
  readonly penalise: PenaliseHook;
  readonly handle: (call: ProtocolCall) => Promise<void>;
  /** Unexpected (non-typed) failures: bugs, logged by the caller. */
  readonly onUnexpected?: (error: unknown, call: ProtocolCall) => void;
}

export function federationHandler(options: FederationHandlerOptions): StreamHandler {
  return async (stream, connection) => {
    const call: ProtocolCall = { peer: connection.remotePeer.toString(), protocol: options.protocol, stream, connection };
    try {
      if (options.membersOnly && !options.isMember(call.peer)) {
        throw new ContinuumError('NOT_MEMBER', `${call.peer} is not a federation member`, { peer: call.peer, protocol: options.protocol });
      }
      await options.handle(call);
    } catch (error) {
      if (error instanceof ContinuumError) options.penalise({ peer: call.peer, protocol: options.protocol, error });
      else options.onUnexpected?.(error, call);
      stream.abort(error instanceof Error ? error : new Error('protocol handler failed'));
      return;
    }
    if (stream.status === 'open') {
      await stream.close().catch((error: unknown) => stream.abort(error instanceof Error ? error : new Error('close failed')));
    }
  };
}
