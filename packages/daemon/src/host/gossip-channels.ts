/**
 * The one door to gossip: `GossipChannels` is built once per node over the gossipsub
 * service, and every service that gossips opens its topic(s) through it instead of
 * touching `libp2p.services.pubsub`. The factory owns the rules every topic shares:
 *
 * - the members-only check (membersOnlyValidator): an unsigned message is rejected, a
 *   message whose author is not an allowed author is ignored (not scored), one whose data
 *   does not decode is rejected (scored: the topic is scored before it is subscribed);
 * - the outsider rate limit: a non-member's message that it published itself takes a token
 *   from its PenaltyBox bucket (`admitOutsider`), so an ignored flood still costs;
 * - hold-until-admitted: nothing this node publishes goes out before it is a member in its
 *   own replica (what it would have said before is stale once it belongs; nothing queued);
 * - a receiver that refuses a decoded message (throws) penalises its author through the
 *   PenaltyBox hook, with a typed error; a bug of the receiver itself (a TypeError, a
 *   ReferenceError, an INTERNAL error) is reported to `onReceiverBug` instead, so a local
 *   bug cannot graylist honest members across the federation.
 */
import { ContinuumError } from '../errors.js';
import type { PenaliseHook } from '../protocol/penalties.js';
import type { GossipMessage, GossipSub } from './gossip.js';
import { gossipScore, membersOnlyValidator, scoreTopic, TopicValidatorResult } from './gossip.js';

export interface GossipChannelsOptions {
  readonly pubsub: GossipSub;
  /** Federation members in this node's replica (the applied state). */
  readonly isMember: (peer: string) => boolean;
  /** Whether this node may publish yet; default: always (a bare host in tests). */
  readonly admitted?: () => boolean;
  /** Takes one token from an outsider's bucket (PenaltyBox.admitStream); absent: outsiders' gossip is not rate-limited. */
  readonly admitOutsider?: (peer: string, protocol: string) => boolean;
  /** Where a receiver's refusal of a member's message goes (PenaltyBox.penalise); absent: dropped. */
  readonly penalise?: PenaliseHook;
  /** A receiver's own bug (not the sender's fault): logged by the node; absent: dropped. */
  readonly onReceiverBug?: (topic: string, error: unknown) => void;
}

export interface ChannelSpec<T> {
  readonly topic: string;
  /** Who may author messages on the topic (default: members; the fedlog: the council). */
  readonly authors?: (peer: string) => boolean;
  /** The message's value; throwing or returning undefined rejects the message (the forwarder's score drops). */
  readonly decode: (data: Uint8Array) => T | undefined;
  /** An accepted message; throwing penalises `from` (a ContinuumError as is, anything else as PEER_MESSAGE_INVALID), except a receiver bug (see onReceiverBug). */
  readonly receive: (value: T, from: string) => void;
}

/** Publishes on one topic (whether or not this node subscribes to it). */
export interface GossipPublisher {
  readonly topic: string;
  /** Resolves to the number of peers the message was sent to (0 while held back, or alone). */
  publish(data: Uint8Array): Promise<number>;
  /** The peers subscribed to the topic, as this node knows them. */
  subscribers(): string[];
}

/** A subscribed, validated topic. */
export interface GossipChannel extends GossipPublisher {
  /** Unsubscribes and removes the validator (idempotent). */
  close(): void;
}

interface Open {
  readonly decoded: WeakMap<GossipMessage, unknown>;
  readonly spec: ChannelSpec<unknown>;
}

function decodeOrUndefined<T>(decode: (data: Uint8Array) => T | undefined, data: Uint8Array): T | undefined {
  try {
    return decode(data);
  } catch {
    return undefined;
  }
}

export class GossipChannels {
  private readonly open = new Map<string, Open>();
  private readonly onMessage = (event: CustomEvent<GossipMessage>): void => this.deliver(event.detail);

  constructor(private readonly options: GossipChannelsOptions) {}

  /** Subscribes to `spec.topic` (scored) with the members-only validator and delivers its decoded messages. */
  channel<T>(spec: ChannelSpec<T>): GossipChannel {
    const { pubsub } = this.options;
    const { topic } = spec;
    if (this.open.has(topic)) throw new ContinuumError('INTERNAL', `gossip topic ${topic} is already open`, { reason: `topic ${topic} opened twice` });
    const entry: Open = { decoded: new WeakMap(), spec: spec as ChannelSpec<unknown> };
    const check = membersOnlyValidator(spec.authors ?? this.options.isMember);
    pubsub.topicValidators.set(topic, (forwarder, message) => {
      let verdict = check(forwarder, message);
      if (verdict === TopicValidatorResult.Accept) {
        const value = decodeOrUndefined(spec.decode, message.data);
        if (value === undefined) verdict = TopicValidatorResult.Reject;
        else entry.decoded.set(message, value);
      }
      if (verdict === TopicValidatorResult.Ignore) this.limitOutsider(forwarder.toString(), message, topic);
      return verdict;
    });
    if (this.open.size === 0) pubsub.addEventListener('message', this.onMessage);
    this.open.set(topic, entry);
    scoreTopic(pubsub, topic);
    pubsub.subscribe(topic);
    let closed = false;
    return {
      ...this.publisher(topic),
      close: () => {
        if (closed) return;
        closed = true;
        this.open.delete(topic);
        if (this.open.size === 0) pubsub.removeEventListener('message', this.onMessage);
        pubsub.topicValidators.delete(topic);
        pubsub.unsubscribe(topic);
      },
    };
  }

  /** A publisher for a topic this node need not subscribe to (the metadata transport's per-peer topics). */
  publisher(topic: string): GossipPublisher {
    const { pubsub } = this.options;
    return {
      topic,
      publish: async (data) => (this.options.admitted?.() === false ? 0 : (await pubsub.publish(topic, data)).recipients.length),
      subscribers: () => pubsub.getSubscribers(topic).map((peer) => peer.toString()),
    };
  }

  /** Peers this node exchanges gossip with (any topic). */
  peerCount(): number {
    return this.options.pubsub.getPeers().length;
  }

  /** The peer's gossipsub score as this node sees it. */
  score(peer: string): number {
    return gossipScore(this.options.pubsub, peer);
  }

  /** Topics open now. */
  topics(): string[] {
    return [...this.open.keys()];
  }

  /** An ignored message that a non-member published itself takes a token from its bucket. */
  private limitOutsider(sender: string, message: GossipMessage, topic: string): void {
    if (message.type !== 'signed' || message.from.toString() !== sender || this.options.isMember(sender)) return;
    this.options.admitOutsider?.(sender, `gossip ${topic}`);
  }

  private deliver(message: GossipMessage): void {
    const entry = this.open.get(message.topic);
    if (entry === undefined || message.type !== 'signed') return;
    const value = entry.decoded.get(message) ?? decodeOrUndefined(entry.spec.decode, message.data);
    if (value === undefined) return;
    entry.decoded.delete(message);
    const from = message.from.toString();
    try {
      entry.spec.receive(value, from);
    } catch (error) {
      if (isReceiverBug(error)) {
        this.options.onReceiverBug?.(message.topic, error);
        return;
      }
      const reason = error instanceof Error ? error.message : 'refused';
      const typed = error instanceof ContinuumError ? error : new ContinuumError('PEER_MESSAGE_INVALID', `${message.topic} from ${from}: ${reason}`, { peer: from, protocol: message.topic, reason });
      this.options.penalise?.({ peer: from, protocol: message.topic, error: typed });
    }
  }
}

/** Errors that say the receiving code is wrong, whatever the message: never the sender's fault. */
function isReceiverBug(error: unknown): boolean {
  return error instanceof TypeError || error instanceof ReferenceError || (error instanceof ContinuumError && error.code === 'INTERNAL');
}
