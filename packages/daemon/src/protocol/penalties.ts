/**
 * Peer penalties: every malformed or late frame, every members-only refusal and every
 * stream over a peer's rate penalises the peer; after limits.maxPeerPenalties the peer is
 * blocked for limits.peerBlockMs: its connections are closed (by the caller's hook) and
 * the connection gater refuses new ones. A peer with no penalty for
 * limits.peerPenaltyForgetMs starts again from zero, so rare mishaps of an honest peer
 * (a timeout on a bad network, a retried join) never add up to a block. The box also rate-limits the inbound federation streams of each peer
 * (a token bucket: limits.inboundStreamsPerPeerPerSecond, burst inboundStreamBurstPerPeer).
 */
import type { ConnectionGater, PeerId } from '@libp2p/interface';
import { ContinuumError } from '../errors.js';
import { limits } from '../limits.js';

export interface Penalty {
  readonly peer: string;
  readonly protocol: string;
  readonly error: ContinuumError;
}

/**
 * The hook every federation protocol calls on a misbehaving peer. The PenaltyBox's hook
 * also carries `admitStream`, which `federationHandler` asks before serving a stream.
 */
export interface PenaliseHook {
  (penalty: Penalty): void;
  /** False when the peer opened more streams than its rate allows (the stream is refused). */
  readonly admitStream?: (peer: string, protocol: string) => boolean;
}

export interface StreamRate {
  readonly perSecond: number;
  readonly burst: number;
  readonly penaltyWindowMs: number;
}

interface Bucket {
  tokens: number;
  at: number;
  penalisedAt: number;
}

function rateError(peer: string, protocol: string, perSecond: number): ContinuumError<'LIMIT_EXCEEDED'> {
  return new ContinuumError('LIMIT_EXCEEDED', `${peer} opened more than ${perSecond} ${protocol} streams per second`, { limit: 'inboundStreamsPerPeerPerSecond', max: perSecond });
}

export class PenaltyBox {
  private readonly counts = new Map<string, { count: number; at: number }>();
  /** Blocked peers and when their block ends. */
  private readonly blocked = new Map<string, number>();
  private readonly buckets = new Map<string, Bucket>();
  /** Streams refused for their peer's rate, in all. */
  refusedStreams = 0;
  /** The latest penalties (at most limits.penaltyLogEntries), oldest first: what an operator or a test inspects. */
  readonly recent: Penalty[] = [];

  constructor(
    private readonly onBlock: (peer: string) => void = () => undefined,
    private readonly maxPenalties: number = limits.maxPeerPenalties,
    private readonly rate: StreamRate = { perSecond: limits.inboundStreamsPerPeerPerSecond, burst: limits.inboundStreamBurstPerPeer, penaltyWindowMs: limits.streamRatePenaltyWindowMs },
    private readonly now: () => number = () => Date.now(),
  ) {}

  readonly penalise: PenaliseHook = Object.assign((penalty: Penalty): void => {
    this.recent.push(penalty);
    if (this.recent.length > limits.penaltyLogEntries) this.recent.shift();
    const now = this.now();
    const count = this.penalties(penalty.peer) + 1;
    this.counts.delete(penalty.peer);
    this.counts.set(penalty.peer, { count, at: now });
    if (this.counts.size > limits.maxPenalisedPeers) {
      const oldest = this.counts.keys().next().value;
      if (oldest !== undefined) this.counts.delete(oldest);
    }
    if (count >= this.maxPenalties && !this.isBlocked(penalty.peer)) {
      this.blocked.set(penalty.peer, now + limits.peerBlockMs);
      if (this.blocked.size > limits.maxPenalisedPeers) {
        const oldest = this.blocked.keys().next().value;
        if (oldest !== undefined) this.blocked.delete(oldest);
      }
      this.onBlock(penalty.peer);
    }
  }, { admitStream: (peer: string, protocol: string): boolean => this.admitStream(peer, protocol) });

  /**
   * Takes one token from the peer's bucket. A peer with none left is refused, and
   * penalised once per penalty window, so a flood that lasts gets it blocked while a
   * short burst costs one penalty.
   */
  admitStream(peer: string, protocol: string): boolean {
    const now = this.now();
    let bucket = this.buckets.get(peer);
    if (bucket === undefined) {
      bucket = { tokens: this.rate.burst, at: now, penalisedAt: -Infinity };
      this.buckets.set(peer, bucket);
      if (this.buckets.size > limits.maxPenalisedPeers) {
        const oldest = this.buckets.keys().next().value;
        if (oldest !== undefined) this.buckets.delete(oldest);
      }
    }
    bucket.tokens = Math.min(this.rate.burst, bucket.tokens + ((now - bucket.at) * this.rate.perSecond) / 1000);
    bucket.at = now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return true;
    }
    this.refusedStreams += 1;
    if (now - bucket.penalisedAt >= this.rate.penaltyWindowMs) {
      bucket.penalisedAt = now;
      this.penalise({ peer, protocol, error: rateError(peer, protocol, this.rate.perSecond) });
    }
    return false;
  }

  /** The peer's penalties, 0 once limits.peerPenaltyForgetMs passed without one. */
  penalties(peer: string): number {
    const entry = this.counts.get(peer);
    if (entry === undefined) return 0;
    if (this.now() - entry.at >= limits.peerPenaltyForgetMs) {
      this.counts.delete(peer);
      return 0;
    }
    return entry.count;
  }

  /** Whether the peer is blocked now (a block ends after limits.peerBlockMs, its penalties forgotten). */
  isBlocked(peer: string): boolean {
    const until = this.blocked.get(peer);
    if (until === undefined) return false;
    if (this.now() < until) return true;
    this.unblock(peer);
    return false;
  }

  unblock(peer: string): void {
    this.blocked.delete(peer);
    this.counts.delete(peer);
    this.buckets.delete(peer);
  }

  /** A libp2p connection gater that refuses blocked peers. */
  gater(): ConnectionGater {
    const denied = (peerId: PeerId): boolean => this.isBlocked(peerId.toString());
    return { denyDialPeer: denied, denyInboundEncryptedConnection: denied, denyOutboundEncryptedConnection: denied };
  }
}
