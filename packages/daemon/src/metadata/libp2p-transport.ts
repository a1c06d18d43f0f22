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
import type { GossipMessage } from '../host/gossip.js';
import { membersOnlyValidator } from '../host/gossip.js';
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
  readonly isMember: (peer: string) => boolean;
  readonly penalise: PenaliseHook;
  /** Dialable addresses of a member (federation state), tried when no connection exists. */
  readonly addressesOf: (peer: string) => readonly string[];
  readonly receive: (from: string, message: SyncMessage) => void;
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
  private readonly onMessage = (event: CustomEvent<GossipMessage>): void => {
    const message = event.detail;
    if (message.topic !== this.topic || message.type !== 'signed') return;
    const decoded = decodeChecked(message.data, message.from.toString());
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
    const pubsub = host.services.pubsub;
    pubsub.topicValidators.set(this.topic, membersOnlyValidator(this.options.isMember, (data) => data.byteLength <= workLimits.maxSyncMessageBytes));
    pubsub.addEventListener('message', this.onMessage);
    pubsub.subscribe(this.topic);
    await host.handle(syncProtocol, federationHandler({
      protocol: syncProtocol, membersOnly: true, isMember: this.options.isMember, penalise: this.options.penalise,
      handle: async ({ stream, peer }) => {
        const context = { peer, protocol: syncProtocol };
        for await (const frame of readFrames(stream, context, { maxFrameBytes: workLimits.maxSyncMessageBytes, maxFrames: limits.maxFramesPerStream })) {
          const message = decodeChecked(frame, peer);
          if (message === undefined) throw new ContinuumError('PEER_MESSAGE_INVALID', `${syncProtocol} from ${peer}: bad message`, { peer, protocol: syncProtocol, reason: 'undecodable or sender mismatch' });
          this.stats.received++;
          this.options.receive(peer, message);
        }
      },
    }));
  }

  async stop(): Promise<void> {
    const { host } = this.options;
    host.services.pubsub.removeEventListener('message', this.onMessage);
    host.services.pubsub.topicValidators.delete(this.topic);
    host.services.pubsub.unsubscribe(this.topic);
    await host.unhandle(syncProtocol).catch(() => undefined);
  }

  /** Sends without waiting; failures are counted (the next anti-entropy round repairs them). */
  send(to: string, message: SyncMessage): void {
    void this.deliver(to, message).catch(() => {
      this.stats.failures++;
    });
  }

  async deliver(to: string, message: SyncMessage): Promise<void> {
    const bytes = encodeSyncMessage(message);
    this.stats.bytesSent += bytes.byteLength;
    const pubsub = this.options.host.services.pubsub;
    const topic = metadataTopic(to);
    if (bytes.byteLength <= limits.maxGossipMessageBytes && pubsub.getSubscribers(topic).some((peer) => peer.toString() === to)) {
      const result = await pubsub.publish(topic, bytes);
      if (result.recipients.length > 0) {
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
      await writeFrame(stream, bytes, timeout);
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
