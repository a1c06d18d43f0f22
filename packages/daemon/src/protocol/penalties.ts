/**
 * Peer penalties: every malformed frame and every members-only refusal penalises the
 * peer; after limits.maxPeerPenalties the peer is blocked: its connections are closed
 * (by the caller's hook) and the connection gater refuses new ones.
 */
import type { ConnectionGater, PeerId } from '@libp2p/interface';
import type { ContinuumError } from '../errors.js';
import { limits } from '../limits.js';

export interface Penalty {
  readonly peer: string;
  readonly protocol: string;
  readonly error: ContinuumError;
}

/** The hook every federation protocol calls on a misbehaving peer. */
export type PenaliseHook = (penalty: Penalty) => void;

export class PenaltyBox {
  private readonly counts = new Map<string, number>();
  private readonly blocked = new Set<string>();

  constructor(private readonly onBlock: (peer: string) => void = () => undefined, private readonly maxPenalties: number = limits.maxPeerPenalties) {}

  readonly penalise: PenaliseHook = (penalty) => {
    const count = (this.counts.get(penalty.peer) ?? 0) + 1;
    this.counts.delete(penalty.peer);
    this.counts.set(penalty.peer, count);
    if (this.counts.size > limits.maxPenalisedPeers) {
      const oldest = this.counts.keys().next().value;
      if (oldest !== undefined) this.counts.delete(oldest);
    }
    if (count >= this.maxPenalties && !this.blocked.has(penalty.peer)) {
      this.blocked.add(penalty.peer);
      this.onBlock(penalty.peer);
    }
  };

  penalties(peer: string): number {
    return this.counts.get(peer) ?? 0;
  }

  isBlocked(peer: string): boolean {
    return this.blocked.has(peer);
  }

  unblock(peer: string): void {
    this.blocked.delete(peer);
    this.counts.delete(peer);
  }

  /** A libp2p connection gater that refuses blocked peers. */
  gater(): ConnectionGater {
    const denied = (peerId: PeerId): boolean => this.blocked.has(peerId.toString());
    return { denyDialPeer: denied, denyInboundEncryptedConnection: denied, denyOutboundEncryptedConnection: denied };
  }
}
