/**
 * Wraps a federation protocol handler so that (0) a peer over its stream rate (the
 * PenaltyBox's `admitStream`) is refused and penalised, (1) a peer that is not a federation member
 * is refused before any byte is read (members-only, every protocol but joining), (2) a
 * typed failure (a ContinuumError, or another package's typed error such as a CrdtError
 * from decoding the peer's bytes), except those in `unpenalised`, penalises the peer and aborts the stream, never the node, and (3) the
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

/**
 * A typed error of another CONTINUUM package (RaftError, CrdtError: `code` and `details`)
 * thrown while a handler decodes a peer's bytes: the peer's fault, as a PEER_MESSAGE_INVALID.
 */
function peerFault(error: unknown, call: ProtocolCall): ContinuumError | undefined {
  if (error instanceof ContinuumError) return error;
  const code: unknown = (error as { code?: unknown } | undefined)?.code;
  if (!(error instanceof Error) || typeof code !== 'string' || !('details' in error)) return undefined;
  return new ContinuumError('PEER_MESSAGE_INVALID', `${call.protocol} from ${call.peer}: ${error.message}`, { peer: call.peer, protocol: call.protocol, reason: `${error.name} ${code}` }, { cause: error });
}

/**
 * Typed failures that are not misbehaviour: UNAVAILABLE is a state of the moment (a stream
 * reset, no quorum); FOREIGN_FEDERATION is a founder configured apart, refused but not an attacker.
 */
const unpenalised: ReadonlySet<string> = new Set(['UNAVAILABLE', 'FOREIGN_FEDERATION']);

export function federationHandler(options: FederationHandlerOptions): StreamHandler {
  return async (stream, connection) => {
    const call: ProtocolCall = { peer: connection.remotePeer.toString(), protocol: options.protocol, stream, connection };
    try {
      if (options.penalise.admitStream?.(call.peer, options.protocol) === false) {
        stream.abort(new Error(`${call.peer} is over its stream rate`));
        return;
      }
      if (options.membersOnly && !options.isMember(call.peer)) {
        throw new ContinuumError('NOT_MEMBER', `${call.peer} is not a federation member`, { peer: call.peer, protocol: options.protocol });
      }
      await options.handle(call);
    } catch (error) {
      const fault = peerFault(error, call);
      if (fault !== undefined && !unpenalised.has(fault.code)) options.penalise({ peer: call.peer, protocol: options.protocol, error: fault });
      else if (fault === undefined) options.onUnexpected?.(error, call);
      stream.abort(error instanceof Error ? error : new Error('protocol handler failed'));
      return;
    }
    if (stream.status === 'open') {
      await stream.close().catch((error: unknown) => stream.abort(error instanceof Error ? error : new Error('close failed')));
    }
  };
}
