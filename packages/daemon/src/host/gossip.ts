/**
 * The ONE module that imports the gossipsub implementation (@libp2p/gossipsub 17 for
 * libp2p 3; swap back to @chainsafe/libp2p-gossipsub here once its v3 port ships).
 * Strict signing; no IP-colocation penalty (loopback tests and NAT put many peers on
 * one IP); publishing with no subscribed peer is not an error.
 */
import './node20.js';
import { gossipsub, TopicValidatorResult } from '@libp2p/gossipsub';
import type { GossipSub, GossipsubOpts, Message } from '@libp2p/gossipsub';
import { limits } from '../limits.js';

export type { GossipSub, Message as GossipMessage };

export type GossipOverrides = Partial<Omit<GossipsubOpts, 'globalSignaturePolicy'>>;

export function gossipService(overrides: GossipOverrides = {}): ReturnType<typeof gossipsub> {
  return gossipsub({
    emitSelf: false,
    allowPublishToZeroTopicPeers: true,
    maxInboundDataLength: limits.maxGossipMessageBytes,
    ...overrides,
    globalSignaturePolicy: 'StrictSign',
    scoreParams: { IPColocationFactorWeight: 0, ...overrides.scoreParams },
  });
}

/**
 * A topic validator that accepts only signed messages from federation members (the
 * members-only rule for gossip) whose data passes `check`, and rejects the rest, which
 * lowers the forwarding peer's gossipsub score.
 */
export function membersOnlyValidator(isMember: (peerId: string) => boolean, check: (data: Uint8Array) => boolean = () => true) {
  return (_forwarder: unknown, message: Message): TopicValidatorResult =>
    message.type === 'signed' && isMember(message.from.toString()) && check(message.data) ? TopicValidatorResult.Accept : TopicValidatorResult.Reject;
}
