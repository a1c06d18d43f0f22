/**
 * Heartbeats over gossip: every member publishes a signed Heartbeat on one topic each
 * health-check interval; members record the heartbeats of members in their coordinator.
 * Each carries the sender's applied log index, which a follower of the log uses to notice
 * that it missed a batch, and whether the sender leads the council's Raft (and in which
 * term), which tells members that are not Raft peers who the leader is (`onHeard`:
 * RaftDriver.peerHeard). A heartbeat from a member founded apart (raft-driver/founding.ts)
 * is not heard: the coordinator sees that member DEAD, and council repair replaces it.
 * The channel (GossipChannels) ignores non-members' messages and rejects oversized or
 * undecodable ones (which penalises the forwarder in gossipsub's score).
 */
import type { Coordinator } from '../coordinator/coordinator.js';
import { continuum } from '../gen/federation.js';
import type { GossipChannel, GossipChannels } from '../host/gossip-channels.js';
import { limits } from '../limits.js';
import { reportedForeign } from '../raft-driver/founding.js';
import type { FoundingHooks } from '../raft-driver/founding.js';
import type { GossipStats } from '../status/types.js';
import { HeartbeatFreshness, nextStamp } from './heartbeat-freshness.js';

const { Heartbeat } = continuum.daemon.v1;
export const heartbeatTopic = 'continuum/heartbeat/1';

export interface HeartbeatBody {
  readonly loadScore: number;
  readonly degraded: boolean;
  readonly appliedIndex: number;
  readonly raftLeader?: boolean;
  readonly raftTerm?: number;
}

/** What a member's heartbeat tells the Raft driver. */
export interface HeardBeat {
  readonly appliedIndex: number;
  readonly raftLeader: boolean;
  readonly raftTerm: number;
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
  private channel: GossipChannel | undefined;

  constructor(
    private readonly gossip: GossipChannels,
    private readonly coordinator: Coordinator,
    private readonly commitIndex: () => number,
    private readonly now: () => number,
    private readonly onHeard: (peer: string, beat: HeardBeat) => void = () => undefined,
    /** This node's founding digest; a heartbeat from a member founded apart is not heard. Absent: none checked. */
    private readonly founding?: FoundingHooks,
  ) {}

  start(): void {
    this.channel ??= this.gossip.channel({ topic: heartbeatTopic, decode: decodeHeartbeat, receive: (beat, peer) => this.receive(beat, peer) });
  }

  stop(): void {
    this.channel?.close();
    this.channel = undefined;
  }

  async publish(body: HeartbeatBody): Promise<void> {
    this.lastStamp = nextStamp(this.lastStamp, this.now());
    const data = Heartbeat.encode({
      atMs: this.lastStamp, loadScore: body.loadScore, degraded: body.degraded, appliedIndex: body.appliedIndex,
      raftLeader: body.raftLeader === true, raftTerm: body.raftTerm ?? 0, founding: this.founding?.founding() ?? new Uint8Array(),
    }).finish();
    await this.gossip.publisher(heartbeatTopic).publish(data);
    this.sent += 1;
  }

  private receive(beat: continuum.daemon.v1.Heartbeat, peer: string): void {
    this.received += 1;
    if (this.founding !== undefined && reportedForeign(this.founding, beat.founding, { peer, protocol: heartbeatTopic })) return;
    if (!this.freshness.admit(peer, beat.atMs, this.now())) {
      this.replaysDropped += 1;
      return;
    }
    this.coordinator.heartbeat(peer, { loadScore: beat.loadScore, degraded: beat.degraded });
    if (beat.appliedIndex + limits.catchUpLagEntries >= this.commitIndex()) this.coordinator.markCaughtUp(peer);
    this.onHeard(peer, { appliedIndex: beat.appliedIndex, raftLeader: beat.raftLeader, raftTerm: Number(beat.raftTerm) });
  }

  /** Heartbeats dropped as stale or replayed (not newer than the sender's last one). */
  get droppedAsReplayed(): number {
    return this.replaysDropped;
  }

  stats(): GossipStats {
    return { activePeers: this.gossip.peerCount(), messagesSent: this.sent, messagesReceived: this.received, stateVersion: 0 };
  }
}
