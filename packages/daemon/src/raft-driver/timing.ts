/**
 * From `federation.raft` to Raft ticks. One tick is `heartbeat_interval_ms`; the leader
 * heartbeats every tick (heartbeatTicks = 1); electionTicks = round(min / tick), at least 2.
 * The Raft core draws each election timeout uniformly from [electionTicks, 2 × electionTicks)
 * ticks, so the effective range is [min, 2 × min) ms: with the defaults
 * ([150, 300] ms, 50 ms) that is 3 ticks, 150–300 ms, exactly the configured range.
 * A configured max other than 2 × min is reported by `electionRangeMs` as the range used.
 */
export interface RaftTiming {
  readonly tickMs: number;
  readonly heartbeatTicks: number;
  readonly electionTicks: number;
  /** The election timeout range the core uses, in ms. */
  readonly electionRangeMs: readonly [number, number];
}

export function raftTiming(raft: { readonly election_timeout_ms: readonly [number, number]; readonly heartbeat_interval_ms: number }): RaftTiming {
  const tickMs = Math.max(1, Math.round(raft.heartbeat_interval_ms));
  const electionTicks = Math.max(2, Math.round(raft.election_timeout_ms[0] / tickMs));
  return { tickMs, heartbeatTicks: 1, electionTicks, electionRangeMs: [electionTicks * tickMs, 2 * electionTicks * tickMs] };
}
