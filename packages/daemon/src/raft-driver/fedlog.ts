/**
 * Follow-the-log: how members that are not Raft peers follow the committed federation
 * state without being peers of the leader.
 *
 * - The council leader publishes every batch of entries it applied on the members-only
 *   gossip topic `continuum/fedlog/1` (only council members may publish there), so the
 *   gossipsub mesh — not the leader — fans them out to every member.
 * - Any member serves catch-up (`/continuum/fedlog/1.0.0`, members only): "what came after
 *   index N?" is answered with up to `limits.fedlogMaxEntriesPerResponse` entries (and
 *   `limits.fedlogMaxResponseBytes`) from the last `limits.fedlogRetainedEntries` it applied,
 *   or with a snapshot of its state when it no longer holds them; the snapshot follows the
 *   answer in chunks, so a state larger than one frame still reaches the follower.
 * - A follower applies gossiped entries in index order; an entry after a gap is buffered
 *   (bounded) and the gap is fetched from the publisher or another member. A follower that
 *   heard nothing for `limits.fedlogPollIntervalMs` asks a member, so a lost message or a
 *   leader change costs at most one poll interval while the log moves. When a member
 *   answers that nothing is new, the wait doubles up to `limits.fedlogIdlePollMaxMs`: at
 *   100 idle followers a fixed 2 s poll was 50 streams a second at the council. Any gossip
 *   batch carries the commit index, so a gap is seen at the next change whatever the wait.
 * - Every member's signed heartbeat carries the index it applied (`heard`). A follower
 *   that hears of an index it has still not reached `limits.fedlogBehindGraceMs` later
 *   fetches it from that member, so a lost last batch costs about that long even while
 *   it backs off, instead of up to `fedlogIdlePollMaxMs`. Gossip delivers within the grace
 *   normally, so a follower that keeps up never fetches for it.
 *
 * This module is the follower's logic; the wire (gossip, the protocol) is injected, so a
 * simulation can run hundreds of followers in one process.
 */
import { limits } from '../limits.js';
import type { Applier, LogEntry } from './applier.js';

export interface FedlogAnswer {
  readonly snapshot?: Uint8Array;
  readonly snapshotIndex?: number;
  readonly entries: readonly LogEntry[];
  readonly commitIndex: number;
}

export interface FedlogSources {
  /** Asks `peer` for what came after `afterIndex`. */
  fetch(peer: string, afterIndex: number, signal: AbortSignal): Promise<FedlogAnswer>;
  /** Members to fetch from, best first (parent, council, connected members). */
  sources(): readonly string[];
}

/**
 * The serving side: what a member answers to "after index N": up to `maxEntries` (and
 * limits.fedlogMaxResponseBytes) entries, or, when it no longer holds them, its state as a
 * snapshot (encoded over several loop turns, once for concurrent requests).
 */
export async function answerFedlog(applier: Applier, afterIndex: number, maxEntries: number): Promise<FedlogAnswer> {
  const max = Math.max(1, Math.min(maxEntries, limits.fedlogMaxEntriesPerResponse));
  const entries = applier.entriesAfter(afterIndex, max, limits.fedlogMaxResponseBytes);
  if (entries !== undefined) return { entries, commitIndex: applier.appliedIndex };
  const encoded = applier.encodedSnapshot();
  return { snapshot: await encoded.data, snapshotIndex: encoded.index, entries: [], commitIndex: encoded.index };
}

interface Claim {
  readonly peer: string;
  readonly index: number;
  readonly at: number;
}

export interface FollowerStats {
  gossipBatches: number;
  fetches: number;
  snapshotsInstalled: number;
  buffered: number;
}

export class FedlogFollower {
  readonly stats: FollowerStats = { gossipBatches: 0, fetches: 0, snapshotsInstalled: 0, buffered: 0 };
  private readonly buffer = new Map<number, LogEntry>();
  private running: Promise<void> | undefined;
  private again: readonly string[] | undefined;
  private lastProgressAt = 0;
  private lastApplied = -1;
  /** How long without progress before the next poll: doubles while members say nothing is new. */
  private idleWaitMs: number = limits.fedlogPollIntervalMs;
  /** Whether the last fetch loop got an answer from some member. */
  private reachedSource = false;
  /** The oldest index a member's heartbeat announced that this follower has not applied yet. */
  private claim: Claim | undefined;
  /** The newest index announced since `claim` (it takes over once `claim` is met). */
  private newestClaim: Claim | undefined;

  constructor(
    private readonly applier: Applier,
    private readonly wire: FedlogSources,
    private readonly active: () => boolean,
    private readonly signal: AbortSignal,
    private readonly now: () => number = Date.now,
  ) {}

  /** Entries from gossip (the topic validator already checked the publisher). */
  receive(entries: readonly LogEntry[], commitIndex: number, from: string): void {
    if (!this.active()) return;
    this.stats.gossipBatches += 1;
    for (const entry of entries) {
      if (entry.index <= this.applier.appliedIndex || this.buffer.size >= limits.maxFollowerBufferedEntries) continue;
      this.buffer.set(entry.index, entry);
    }
    this.drain();
    if (this.buffer.size > 0 || commitIndex > this.applier.appliedIndex) void this.catchUp([from]);
  }

  /** A member's heartbeat says it applied up to `index`. */
  heard(peer: string, index: number): void {
    if (!this.active() || index <= this.applier.appliedIndex) return;
    const claim = { peer, index, at: this.now() };
    if (this.claim === undefined) this.claim = claim;
    else if (index > this.claim.index && (this.newestClaim === undefined || index > this.newestClaim.index)) this.newestClaim = claim;
  }

  /**
   * Periodic check: no progress for a poll interval means ask a member. The first check
   * (the node started, or began to follow the log) asks at once: a follower that was down
   * does not know how far behind it is, and waiting a poll interval to find out was most of
   * a restarted follower's catch-up (2.7 s of 2.8 s after 21,000 writes).
   */
  poll(): void {
    if (!this.active()) return;
    const applied = this.applier.appliedIndex;
    const now = this.now();
    if (this.lastApplied === -1) {
      this.lastApplied = applied;
      this.lastProgressAt = now;
      void this.catchUp([]);
      return;
    }
    if (this.fetchClaimed(applied, now)) return;
    if (applied !== this.lastApplied) {
      this.lastApplied = applied;
      this.lastProgressAt = now;
      this.idleWaitMs = limits.fedlogPollIntervalMs;
      return;
    }
    if (now - this.lastProgressAt >= this.idleWaitMs) {
      this.lastProgressAt = now;
      void this.catchUp([]).then(() => {
        // Nothing new from a member that answered: wait longer. No member answered: keep asking often.
        const idle = this.reachedSource && this.applier.appliedIndex === applied;
        this.idleWaitMs = idle ? Math.min(this.idleWaitMs * 2, limits.fedlogIdlePollMaxMs) : limits.fedlogPollIntervalMs;
      });
    }
  }

  /** Fetches from the member that announced an index not applied within the grace; true when it did. */
  private fetchClaimed(applied: number, now: number): boolean {
    if (this.claim !== undefined && this.claim.index <= applied) {
      this.claim = this.newestClaim !== undefined && this.newestClaim.index > applied ? this.newestClaim : undefined;
      this.newestClaim = undefined;
    }
    const claim = this.claim;
    if (claim === undefined || now - claim.at < limits.fedlogBehindGraceMs) return false;
    this.claim = undefined;
    this.newestClaim = undefined;
    this.lastProgressAt = now;
    void this.catchUp([claim.peer]);
    return true;
  }

  /** Fetches until caught up with a source; one fetch loop at a time. */
  catchUp(preferred: readonly string[]): Promise<void> {
    if (this.running !== undefined) {
      this.again = preferred;
      return this.running;
    }
    this.running = this.fetchLoop(preferred).finally(() => {
      this.running = undefined;
      const next = this.again;
      this.again = undefined;
      if (next !== undefined && !this.signal.aborted) void this.catchUp(next);
    });
    return this.running;
  }

  private drain(): void {
    for (const index of [...this.buffer.keys()]) if (index <= this.applier.appliedIndex) this.buffer.delete(index);
    const next: LogEntry[] = [];
    let index = this.applier.appliedIndex + 1;
    for (let entry = this.buffer.get(index); entry !== undefined; entry = this.buffer.get(index)) {
      next.push(entry);
      this.buffer.delete(index);
      index += 1;
    }
    if (next.length > 0) this.applier.applyEntries(next);
    this.stats.buffered = this.buffer.size;
  }

  private async fetchLoop(preferred: readonly string[]): Promise<void> {
    const candidates = [...new Set([...preferred, ...this.wire.sources()])];
    this.reachedSource = false;
    for (const peer of candidates) {
      if (this.signal.aborted) return;
      try {
        for (let round = 0; round < 1_000; round += 1) {
          const before = this.applier.appliedIndex;
          this.stats.fetches += 1;
          const answer = await this.wire.fetch(peer, before, this.signal);
          this.reachedSource = true;
          if (answer.snapshot !== undefined && (answer.snapshotIndex ?? 0) > this.applier.appliedIndex) {
            this.applier.restore(answer.snapshot, answer.snapshotIndex ?? 0);
            this.stats.snapshotsInstalled += 1;
          }
          const first = answer.entries[0];
          if (first !== undefined && first.index <= this.applier.appliedIndex + 1) this.applier.applyEntries(answer.entries);
          this.drain();
          if (this.applier.appliedIndex >= answer.commitIndex || this.applier.appliedIndex === before) break;
        }
        if (this.buffer.size === 0) return;
      } catch {
        // this source failed: try the next one
      }
    }
  }
}
