/**
 * Commit notices that wait for the next append. After each commit the leader's core sends
 * every follower an append without entries that only announces the new commit index, and
 * each follower acknowledges it: four of the eight messages of a PUT at concurrency 1.
 * Every append carries the commit index too, so a notice held a few milliseconds
 * (`commitNoticeHoldMs`) is usually superseded by the next append to that peer and never
 * sent; a notice still held then leaves on its own. Dropping a superseded notice is what a
 * lossy network may do to it anyway, so Raft's safety does not depend on it; the cost is
 * that a follower learns a commit up to that long later when no other write follows.
 *
 * One follower cannot wait: the one whose proposal (forwarded by its Raft) the notice
 * commits, because its client is answered from its own apply. The driver tells the hold
 * where each forwarded proposal ends in the log (awaitCommit), and a notice that commits
 * one of them leaves at once. Held notices also leave after the answers this node wrote
 * to its own clients in the same turn, which is what a client at concurrency 1 waits for.
 * Anything else sent to a peer that has a notice held goes after it, so each peer still
 * receives messages in the order Raft produced them.
 */
import { MessageType } from '@continuum/raft';
import type { Message } from '@continuum/raft';

/** An append that carries no entries and no snapshot: only the commit index is news. */
export function isCommitNotice(message: Message): boolean {
  return message.type === MessageType.App && message.entries.length === 0 && message.snapshot === undefined;
}

/** The commit index a follower may take from an append: never beyond the entries it is known to hold. */
function commitConveyed(message: Message): number {
  return Math.min(message.commit, message.index + message.entries.length);
}

export interface NoticeHoldOptions {
  readonly holdMs: number;
  /** Awaited commits kept per peer; the oldest are forgotten beyond it (their notices may then wait holdMs). */
  readonly maxAwaitedPerPeer: number;
}

export interface NoticeHoldStats {
  /** Notices never sent: a later message to the same peer carried their commit index. */
  superseded: number;
  /** Notices sent after waiting the whole hold. */
  expired: number;
}

export class NoticeHold {
  readonly stats: NoticeHoldStats = { superseded: 0, expired: 0 };
  private readonly held = new Map<string, Message>();
  /** Per peer, ascending: log indexes at which its forwarded proposals end. */
  private readonly awaited = new Map<string, number[]>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly send: (messages: readonly Message[]) => void, private readonly options: NoticeHoldOptions) {}

  /** A proposal `peer` forwarded ends at `index` of this leader's log: the notice that commits it is not held. */
  awaitCommit(peer: string, index: number): void {
    let indexes = this.awaited.get(peer);
    if (indexes === undefined) {
      indexes = [];
      this.awaited.set(peer, indexes);
    }
    if (indexes.length > 0 && (indexes.at(-1) as number) >= index) return;
    indexes.push(index);
    if (indexes.length > this.options.maxAwaitedPerPeer) indexes.shift();
  }

  /** Sends `messages`, holding the commit notices no peer waits for. */
  dispatch(messages: readonly Message[]): void {
    let out: Message[] | undefined;
    for (const message of messages) {
      const conveyed = message.type === MessageType.App ? commitConveyed(message) : 0;
      if (isCommitNotice(message) && !this.awaits(message.to, conveyed)) {
        if (this.held.has(message.to)) this.stats.superseded += 1;
        this.held.set(message.to, message);
        continue;
      }
      const prior = this.held.get(message.to);
      if (prior !== undefined) {
        this.held.delete(message.to);
        // A later append carries at least the held commit index (it only grows in a term; an
        // older term's notice is stale anyway); anything else must not overtake the notice.
        if (message.type === MessageType.App) this.stats.superseded += 1;
        else (out ??= []).push(prior);
      }
      if (message.type === MessageType.App) this.release(message.to, conveyed);
      (out ??= []).push(message);
    }
    if (out !== undefined) this.send(out);
    if (this.held.size > 0 && this.timer === undefined) {
      this.timer = setTimeout(() => this.flush(), this.options.holdMs);
    }
  }

  /** Forgets what peers await (the log's indexes change meaning with the leader) and sends what is held. */
  reset(): void {
    this.awaited.clear();
    this.flush();
  }

  /** Drops what is held and stops the timer (the node stops; Raft tolerates the loss). */
  close(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.held.clear();
    this.awaited.clear();
  }

  private flush(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.held.size === 0) return;
    const messages = [...this.held.values()];
    this.held.clear();
    this.stats.expired += messages.length;
    this.send(messages);
  }

  private awaits(peer: string, commit: number): boolean {
    const head = this.awaited.get(peer)?.[0];
    return head !== undefined && head <= commit;
  }

  /** `peer` now knows `commit`: the proposals it awaited up to there are answered. */
  private release(peer: string, commit: number): void {
    const indexes = this.awaited.get(peer);
    if (indexes === undefined) return;
    let done = 0;
    while (done < indexes.length && (indexes[done] as number) <= commit) done += 1;
    if (done === indexes.length) this.awaited.delete(peer);
    else if (done > 0) indexes.splice(0, done);
  }
}
