/**
 * The ONE module that imports the gossipsub implementation (@libp2p/gossipsub 17 for
 * libp2p 3; swap back to @chainsafe/libp2p-gossipsub here once its v3 port ships).
 * Strict signing; no IP-colocation penalty (loopback tests and NAT put many peers on
 * one IP); publishing with no subscribed peer is not an error.
 *
 * Peer scoring: every topic opened through GossipChannels is scored (scoreTopic), so a message
 * a topic validator rejects (a non-member's, a malformed one) lowers the score of the
 * peer that sent it by the square of its rejected count (limits.gossipInvalidMessageWeight);
 * below limits.gossipGraylistThreshold every RPC of that peer is ignored. Misbehaviour
 * (GRAFT floods, broken IWANT promises) costs limits.gossipBehaviourPenaltyWeight.
 */
import './node20.js';
import { gossipsub, TopicValidatorResult } from '@libp2p/gossipsub';
import type { GossipSub, GossipsubOpts, Message } from '@libp2p/gossipsub';
import { createTopicScoreParams } from '@libp2p/gossipsub/score';
import type { PeerScoreParams, PeerScoreThresholds, TopicScoreParams } from '@libp2p/gossipsub/score';
import { fastMessageId } from './fast-message-id.js';
import { limits } from '../limits.js';

export type { GossipSub, Message as GossipMessage };
export { TopicValidatorResult };

export type GossipOverrides = Partial<Omit<GossipsubOpts, 'globalSignaturePolicy'>>;

/** The scoring thresholds every node uses (gossipsub validates their order). */
export const gossipThresholds: Partial<PeerScoreThresholds> = {
  gossipThreshold: limits.gossipGossipThreshold,
  publishThreshold: limits.gossipPublishThreshold,
  graylistThreshold: limits.gossipGraylistThreshold,
};

/**
 * The score of one topic: a little for time in the mesh and first deliveries (capped),
 * nothing for missing deliveries (federation topics are sparse: fedlog is quiet when
 * nothing commits), and a quadratic penalty for rejected messages.
 */
export const topicScore: Partial<TopicScoreParams> = {
  topicWeight: 1,
  timeInMeshWeight: 0.001,
  timeInMeshQuantum: 1_000,
  timeInMeshCap: 3_600,
  firstMessageDeliveriesWeight: 0.1,
  firstMessageDeliveriesDecay: 0.5,
  firstMessageDeliveriesCap: 100,
  meshMessageDeliveriesWeight: 0,
  meshFailurePenaltyWeight: 0,
  invalidMessageDeliveriesWeight: limits.gossipInvalidMessageWeight,
  invalidMessageDeliveriesDecay: limits.gossipInvalidMessageDecay,
};

export function gossipService(overrides: GossipOverrides = {}): ReturnType<typeof gossipsub> {
  return gossipsub({
    emitSelf: false,
    allowPublishToZeroTopicPeers: true,
    maxInboundDataLength: limits.maxGossipMessageBytes,
    fastMsgIdFn: fastMessageId,
    ...overrides,
    globalSignaturePolicy: 'StrictSign',
    scoreParams: { IPColocationFactorWeight: 0, behaviourPenaltyWeight: limits.gossipBehaviourPenaltyWeight, ...overrides.scoreParams },
    scoreThresholds: { ...gossipThresholds, ...overrides.scoreThresholds },
  });
}

/** What the runtime gossipsub object has beyond its public interface (read here only). */
interface ScoredGossip {
  readonly score: { readonly params: PeerScoreParams; score(peer: string): number };
}

function scored(pubsub: GossipSub): ScoredGossip['score'] {
  const score = (pubsub as unknown as Partial<ScoredGossip>).score;
  if (score?.params?.topics === undefined) throw new Error('this gossipsub build has no peer score');
  return score;
}

/** Scores `topic` with `topicScore` (once; keeps parameters already set). */
export function scoreTopic(pubsub: GossipSub, topic: string): void {
  const { topics } = scored(pubsub).params;
  topics[topic] ??= createTopicScoreParams(topicScore);
}

/** The peer's current gossipsub score as this node sees it. */
export function gossipScore(pubsub: GossipSub, peer: string): number {
  return scored(pubsub).score(peer);
}

/** The topic parameters in force for `topic` (undefined: not scored). */
export function topicScoreOf(pubsub: GossipSub, topic: string): TopicScoreParams | undefined {
  return scored(pubsub).params.topics[topic];
}

/** The peer-score parameters in force (read-only use: tests, diagnostics). */
export function scoreParamsOf(pubsub: GossipSub): Readonly<PeerScoreParams> {
  return scored(pubsub).params;
}

/**
 * A topic validator that accepts only signed messages from federation members (the
 * members-only rule for gossip) whose data passes `check`. An unsigned message, or a
 * member's message that fails `check`, is rejected, which lowers the forwarding peer's
 * gossipsub score (the topic is scored). A message whose author this node does not know
 * as a member is ignored: dropped and not forwarded, but not scored. Membership reaches
 * nodes at different times (a newcomer knows nobody until it has followed the log; others
 * apply its admission a little later), and scoring those messages graylisted honest
 * members in both directions (the demo showed a leaf stuck UNHEALTHY). Non-members are
 * held back by the PenaltyBox rate limit instead (GossipChannels: gossip-channels.ts).
 */
export function membersOnlyValidator(isMember: (peerId: string) => boolean, check: (data: Uint8Array) => boolean = () => true) {
  return (_forwarder: unknown, message: Message): TopicValidatorResult => {
    if (message.type !== 'signed') return TopicValidatorResult.Reject;
    if (!isMember(message.from.toString())) return TopicValidatorResult.Ignore;
    return check(message.data) ? TopicValidatorResult.Accept : TopicValidatorResult.Reject;
  };
}
