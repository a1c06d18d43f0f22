/**
 * Which heartbeats are news. A heartbeat counts only when its sender's timestamp is newer
 * than the last one counted from that sender and not older than `maxHeartbeatAgeMs` by
 * the receiver's clock: a replayed heartbeat (after gossipsub's seen-cache has forgotten
 * it) is therefore never taken as a sign of life. Senders stamp heartbeats monotonically
 * (see `nextStamp`), so a clock stepped backwards does not silence them.
 */
export class HeartbeatFreshness {
  private readonly lastByPeer = new Map<string, number>();

  constructor(
    private readonly maxAgeMs: number,
    private readonly maxPeers: number,
  ) {}

  /** True (and remembered) when `atMs` from `peer` is fresh at `nowMs`. */
  admit(peer: string, atMs: number, nowMs: number): boolean {
    if (!Number.isFinite(atMs) || atMs < nowMs - this.maxAgeMs) return false;
    const last = this.lastByPeer.get(peer);
    if (last !== undefined && atMs <= last) return false;
    // Re-insert so the Map's order is least recently heard first, then bound it.
    this.lastByPeer.delete(peer);
    this.lastByPeer.set(peer, atMs);
    if (this.lastByPeer.size > this.maxPeers) {
      const oldest = this.lastByPeer.keys().next().value;
      if (oldest !== undefined) this.lastByPeer.delete(oldest);
    }
    return true;
  }

  get trackedPeers(): number {
    return this.lastByPeer.size;
  }
}

/** The sender's stamp: its clock, but always past the previous stamp. */
export function nextStamp(previous: number, nowMs: number): number {
  return Math.max(nowMs, previous + 1);
}
