/**
 * Raft snapshots over their own protocol, `/continuum/raft-snap/1.0.0` (members that are
 * Raft peers only), one stream per snapshot:
 *   header frame: RaftSnapshotHeader { the MsgSnap message without its data, the data's length,
 *                 the sender's founding digest (founding.ts: a receiver founded apart refuses it) }
 *   body: the data in frames of at most limits.snapshotChunkBytes (protocol/chunked-body.ts)
 *   answer: RaftSnapshotAck, once the receiver handed the whole message to Raft.
 * A state larger than one frame (maxFrameBytes) thereby still reaches a lagging peer, and a
 * snapshot of many megabytes does not hold up the heartbeats and appends that share the
 * raft stream. The receiver checks the header as the raft stream checks a message (from
 * the authenticated sender, of type Snap) and the length against limits.maxSnapshotBytes.
 */
import type { Stream } from '@libp2p/interface';
import { MessageType, RaftError, decodeMessage, encodeMessage } from '@continuum/raft';
import type { Message } from '@continuum/raft';
import { continuum } from '../gen/federation.js';
import type { ContinuumHost } from '../host/host.js';
import { limits } from '../limits.js';
import { bodyTimeoutMs, readBody, writeBody } from '../protocol/chunked-body.js';
import { decodeFrame, invalidFrame, readFrames, writeFrame } from '../protocol/framing.js';
import type { FrameContext } from '../protocol/framing.js';
import type { PenaliseHook } from '../protocol/penalties.js';
import { dialMember } from './dial.js';
import { admitFounding } from './founding.js';
import type { FoundingHooks } from './founding.js';
import { raftPeersHandler } from './raft-peers-handler.js';

const { RaftSnapshotAck, RaftSnapshotHeader } = continuum.daemon.v1;
export const raftSnapshotProtocol = '/continuum/raft-snap/1.0.0';

/** Largest header: a message without entries or data (its conf state names at most a council). */
const maxHeaderBytes = 64 * 1024;

export interface SnapshotServeOptions extends FoundingHooks {
  readonly host: ContinuumHost;
  readonly isRaftPeer: (peer: string) => boolean;
  /** A member that is not a Raft peer is refused without a penalty (raft-peers-handler.ts). */
  readonly isMember: (peer: string) => boolean;
  readonly penalise: PenaliseHook;
  readonly deliver: (message: Message) => void;
}

function readHeader(frame: Uint8Array, peer: string, context: FrameContext, hooks: FoundingHooks): { readonly message: Message; readonly dataBytes: number } {
  const header = decodeFrame((bytes) => RaftSnapshotHeader.decode(bytes), frame, context);
  admitFounding(hooks, header.founding, context);
  let message: Message;
  try {
    message = decodeMessage(header.message);
  } catch (error) {
    throw invalidFrame(context, RaftError.is(error) ? error.message : 'bad raft message', error);
  }
  if (message.from !== peer || message.type !== MessageType.Snap || message.snapshot === undefined) {
    throw invalidFrame(context, `a message from ${message.from} of type ${message.type} on ${peer}'s snapshot stream`);
  }
  return { message, dataBytes: Number(header.dataBytes) };
}

/** Serves the protocol: each whole snapshot is delivered to Raft, then acknowledged. */
export async function serveSnapshots(options: SnapshotServeOptions): Promise<void> {
  await options.host.handle(raftSnapshotProtocol, raftPeersHandler({
    protocol: raftSnapshotProtocol, isRaftPeer: options.isRaftPeer, isMember: options.isMember, penalise: options.penalise,
    handle: async ({ stream, peer }) => {
      const context = { peer, protocol: raftSnapshotProtocol };
      const frames = readFrames(stream, context, { maxFrameBytes: Math.max(maxHeaderBytes, limits.snapshotChunkBytes) });
      const first = await frames.next();
      if (first.done === true) return;
      const { message, dataBytes } = readHeader(first.value, peer, context, options);
      const data = await readBody(frames, dataBytes, limits.maxSnapshotBytes, context);
      const snapshot = message.snapshot;
      if (snapshot === undefined) return;
      options.deliver({ ...message, snapshot: { metadata: snapshot.metadata, data } });
      await writeFrame(stream, RaftSnapshotAck.encode({ delivered: true }).finish());
    },
  }), { maxInboundStreams: 4, runOnLimitedConnection: false });
}

/**
 * Sends one MsgSnap to its peer and waits for the acknowledgement. Rejects when the dial,
 * a write or the answer fails, or the whole exchange takes longer than the body may.
 */
export async function sendSnapshot(host: ContinuumHost, addresses: readonly string[], message: Message, founding: Uint8Array, signal: AbortSignal): Promise<void> {
  const snapshot = message.snapshot;
  if (snapshot === undefined) throw new Error('sendSnapshot needs a message with a snapshot');
  const data = snapshot.data;
  const header = RaftSnapshotHeader.encode({
    message: encodeMessage({ ...message, snapshot: { metadata: snapshot.metadata, data: new Uint8Array() } }),
    dataBytes: data.byteLength,
    founding,
  }).finish();
  const deadline = AbortSignal.any([signal, AbortSignal.timeout(limits.dialTimeoutMs + bodyTimeoutMs(data.byteLength))]);
  const stream: Stream = await dialMember(host, message.to, addresses, raftSnapshotProtocol, deadline);
  const context = { peer: message.to, protocol: raftSnapshotProtocol };
  const onAbort = (): void => stream.abort(new Error('the snapshot transfer ran out of time'));
  deadline.addEventListener('abort', onAbort, { once: true });
  try {
    await writeFrame(stream, header, deadline);
    await writeBody(stream, data, deadline);
    for await (const frame of readFrames(stream, context, { maxFrameBytes: 64, maxFrames: 1 })) {
      if (decodeFrame((bytes) => RaftSnapshotAck.decode(bytes), frame, context).delivered) return;
    }
    throw new Error(`${message.to} did not acknowledge the snapshot`);
  } catch (error) {
    stream.abort(error instanceof Error ? error : new Error('snapshot transfer failed'));
    throw error;
  } finally {
    deadline.removeEventListener('abort', onAbort);
    if (stream.status === 'open') await stream.close().catch(() => undefined);
  }
}
