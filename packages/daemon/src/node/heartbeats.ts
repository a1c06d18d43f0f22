/**
 * Heartbeats over gossip: every member publishes a signed Heartbeat on one topic each
 * health-check interval; members record the heartbeats of members in their coordinator.
 * Messages from non-members, oversized or undecodable ones are rejected by the topic
 * validator (and penalise the forwarder in gossipsub's score).
 */
import type { Coordinator } from '../coordinator/coordinator.js';
import { continuum } from '../gen/federation.js';
import type { GossipMessage, GossipSub } from '../host/gossip.js';
import { membersOnlyValidator } from '../host/gossip.js';
import { limits } from '../limits.js';
import type { GossipStats } from '../status/types.js';
import { HeartbeatFreshness, nextStamp } from './heartbeat-freshness.js';

const { Heartbeat } = continuum.daemon.v1;
export const heartbeatTopic = 'continuum/heartbeat/1';

export interface HeartbeatBody {
  readonly loadScore: number;
  readonly degraded: boolean;
  readonly appliedIndex: number;
}

export function decodeHeartbeat(data: Uint8Array): continuum.daemon.v1.Heartbeat | undefined {
  if (data.byteLength > limits.maxHeartbeatBytes) return undefined;
  try {
    return Heartbeat.decode(data);
  } catch {
    return undefined;
  }
}

export class HeartbeatGossip {
  private sent = 0;
  private received = 0;
  private replaysDropped = 0;
  private lastStamp = 0;
  private readonly freshness = new HeartbeatFreshness(limits.maxHeartbeatAgeMs, limits.maxMembers);
  private readonly onMessage = (event: CustomEvent<GossipMessage>): void => this.receive(event.detail);

  constructor(
    private readonly pubsub: GossipSub,
    private readonly coordinator: Coordinator,
    private readonly isMember: (peerId: string) => boolean,
    private readonly commitIndex: () => number,
    private readonly now: () => number,
  ) {}

  start(): void {
    this.pubsub.topicValidators.set(heartbeatTopic, membersOnlyValidator(this.isMember, (data) => decodeHeartbeat(data) !== undefined));
    this.pubsub.addEventListener('message', this.onMessage);
    this.pubsub.subscribe(heartbeatTopic);
  }

  stop(): void {
    this.pubsub.removeEventListener('message', this.onMessage);
    this.pubsub.topicValidators.delete(heartbeatTopic);
    this.pubsub.unsubscribe(heartbeatTopic);
  }

  async publish(body: HeartbeatBody): Promise<void> {
    this.lastStamp = nextStamp(this.lastStamp, this.now());
    const data = Heartbeat.encode({ atMs: this.lastStamp, loadScore: body.loadScore, degraded: body.degraded, appliedIndex: body.appliedIndex }).finish();
    await this.pubsub.publish(heartbeatTopic, data);
    this.sent += 1;
  }

  private receive(message: GossipMessage): void {
    if (message.topic !== heartbeatTopic || message.type !== 'signed') return;
    const beat = decodeHeartbeat(message.data);
    if (beat === undefined) return;
    this.received += 1;
    const peer = message.from.toString();
    if (!this.freshness.admit(peer, beat.atMs, this.now())) {
      this.replaysDropped += 1;
      return;
    }
    this.coordinator.heartbeat(peer, { loadScore: beat.loadScore, degraded: beat.degraded });
    if (beat.appliedIndex + limits.catchUpLagEntries >= this.commitIndex()) this.coordinator.markCaughtUp(peer);
  }

  /** Heartbeats dropped as stale or replayed (not newer than the sender's last one). */
  get droppedAsReplayed(): number {
    return this.replaysDropped;
  }

  stats(): GossipStats {
    return { activePeers: this.pubsub.getPeers().length, messagesSent: this.sent, messagesReceived: this.received, stateVersion: 0 };
  }
}
