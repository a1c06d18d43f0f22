/**
 * The metadata replication over libp2p. Every node subscribes to its own gossipsub topic
 * `continuum/meta/1/<peer id>` (members-only validator; the signed sender must be the
 * message's `from`); a message for a peer is published on that peer's topic when the
 * peer is subscribed and the message fits a gossip message, and otherwise sent on the
 * anti-entropy protocol `/continuum/sync/1.0.0` (one stream per message, length-prefixed
 * frames bounded by `maxSyncMessageBytes`, members-only before the first byte).
 */
import { peerIdFromString } from '@libp2p/peer-id';
import { multiaddr } from '@multiformats/multiaddr';
import { ContinuumError } from '../errors.js';
import type { GossipChannel, GossipChannels } from '../host/gossip-channels.js';
import type { ContinuumHost } from '../host/host.js';
import { limits } from '../limits.js';
import { readFrames, writeFrame } from '../protocol/framing.js';
import { federationHandler } from '../protocol/handler.js';
import type { PenaliseHook } from '../protocol/penalties.js';
import { workLimits } from '../work-limits.js';
import type { SyncMessage } from './wire.js';
import { decodeSyncMessage, encodeSyncMessage } from './wire.js';

export const syncProtocol = '/continuum/sync/1.0.0';
export const metadataTopic = (peer: string): string => `continuum/meta/1/${peer}`;

export interface TransportOptions {
  readonly host: ContinuumHost;
  /** The node's gossip topics: this node's `continuum/meta/1/<peer id>` is opened here. */
  readonly gossip: GossipChannels;
  readonly isMember: (peer: string) => boolean;
  readonly penalise: PenaliseHook;
  /** Dialable addresses of a member (federation state), tried when no connection exists. */
  readonly addressesOf: (peer: string) => readonly string[];
  readonly receive: (from: string, message: SyncMessage) => void;
  /** A send failed (peer unreachable, refused): the caller retries soon rather than at the next anti-entropy tick. */
  readonly onSendFailure?: (to: string) => void;
  readonly signal: AbortSignal;
}

export interface TransportStats {
  gossipSent: number;
  streamSent: number;
  received: number;
  bytesSent: number;
  failures: number;
}

function decodeChecked(bytes: Uint8Array, sender: string): SyncMessage | undefined {
  try {
    const message = decodeSyncMessage(bytes);
    return message.from === sender ? message : undefined;
  } catch {
    return undefined;
  }
}

export class Libp2pMetadataTransport {
  readonly stats: TransportStats = { gossipSent: 0, streamSent: 0, received: 0, bytesSent: 0, failures: 0 };
  private readonly self: string;
  private readonly topic: string;
  private channel: GossipChannel | undefined;
  private readonly onMessage = (data: Uint8Array, from: string): void => {
    const decoded = decodeChecked(data, from);
    if (decoded === undefined) return;
    this.stats.received++;
    this.options.receive(decoded.from, decoded);
  };

  constructor(private readonly options: TransportOptions) {
    this.self = options.host.peerId.toString();
    this.topic = metadataTopic(this.self);
  }

  async start(): Promise<void> {
    const { host } = this.options;
    this.channel ??= this.options.gossip.channel({
      topic: this.topic, decode: (data) => (data.byteLength <= workLimits.maxSyncMessageBytes ? data : undefined), receive: this.onMessage,
    });
    await host.handle(syncProtocol, federationHandler({
      protocol: syncProtocol, membersOnly: true, isMember: this.options.isMember, penalise: this.options.penalise,
      handle: async ({ stream, peer }) => {
        const context = { peer, protocol: syncProtocol };
        const invalid = (reason: string) => new ContinuumError('PEER_MESSAGE_INVALID', `${syncProtocol} from ${peer}: ${reason}`, { peer, protocol: syncProtocol, reason });
        // One message per stream, in frames of `u8 more | chunk`, at most maxSyncMessageBytes in all.
        const chunks: Uint8Array[] = [];
        let total = 0;
        let complete = false;
        const maxFrames = Math.ceil(workLimits.maxSyncMessageBytes / workLimits.syncChunkBytes) + 1;
        for await (const frame of readFrames(stream, context, { maxFrameBytes: workLimits.syncChunkBytes + 1, maxFrames })) {
          if (complete) throw invalid('frames after the last one');
          total += frame.length - 1;
          if (total > workLimits.maxSyncMessageBytes) throw invalid('message over maxSyncMessageBytes');
          chunks.push(frame.subarray(1));
          complete = frame[0] === 0;
        }
        if (!complete) throw invalid('truncated message');
        const bytes = new Uint8Array(total);
        let at = 0;
        for (const chunk of chunks) {
          bytes.set(chunk, at);
          at += chunk.length;
        }
        const message = decodeChecked(bytes, peer);
        if (message === undefined) throw invalid('undecodable or sender mismatch');
        this.stats.received++;
        this.options.receive(peer, message);
      },
    }));
  }

  async stop(): Promise<void> {
    const { host } = this.options;
    this.channel?.close();
    this.channel = undefined;
    await host.unhandle(syncProtocol).catch(() => undefined);
  }

  /** Sends without waiting; failures are counted (the next anti-entropy round repairs them). */
  send(to: string, message: SyncMessage): void {
    void this.deliver(to, message).catch(() => {
      this.stats.failures++;
      this.options.onSendFailure?.(to);
    });
  }

  async deliver(to: string, message: SyncMessage): Promise<void> {
    const bytes = encodeSyncMessage(message);
    this.stats.bytesSent += bytes.byteLength;
    const publisher = this.options.gossip.publisher(metadataTopic(to));
    if (bytes.byteLength <= limits.maxGossipMessageBytes && publisher.subscribers().includes(to)) {
      if (await publisher.publish(bytes) > 0) {
        this.stats.gossipSent++;
        return;
      }
    }
    await this.stream(to, bytes);
    this.stats.streamSent++;
  }

  private async stream(to: string, bytes: Uint8Array): Promise<void> {
    const { host, signal } = this.options;
    const timeout = AbortSignal.any([signal, AbortSignal.timeout(limits.dialTimeoutMs)]);
    let stream;
    try {
      stream = await host.dialProtocol(peerIdFromString(to), syncProtocol, { signal: timeout });
    } catch (error) {
      const addresses = this.options.addressesOf(to);
      if (addresses.length === 0) throw error;
      stream = await this.dialAddresses(to, addresses, timeout);
    }
    try {
      const size = workLimits.syncChunkBytes;
      for (let at = 0; at === 0 || at < bytes.length; at += size) {
        const chunk = bytes.subarray(at, at + size);
        const frame = new Uint8Array(chunk.length + 1);
        frame[0] = at + size < bytes.length ? 1 : 0;
        frame.set(chunk, 1);
        await writeFrame(stream, frame, timeout);
      }
    } finally {
      await stream.close().catch(() => stream.abort(new Error('close failed')));
    }
  }

  private async dialAddresses(to: string, addresses: readonly string[], signal: AbortSignal) {
    let last: unknown;
    for (const address of addresses) {
      try {
        const full = address.includes('/p2p/') ? address : `${address}/p2p/${to}`;
        return await this.options.host.dialProtocol(multiaddr(full), syncProtocol, { signal });
      } catch (error) {
        last = error;
      }
    }
    throw last instanceof Error ? last : new Error(`cannot reach ${to}`);
  }
}
