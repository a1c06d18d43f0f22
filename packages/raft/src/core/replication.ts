import { RaftError } from '../errors.js';
import { ProgressState } from './progress.js';
import type { Raft } from './raft.js';
import { MessageType, message, type Entry, type NodeId } from './types.js';

/**
 * Sends the follower the next append (or a snapshot when its next entry is compacted).
 * Returns whether a message was sent. With `sendIfEmpty` false an append without
 * entries is not worth sending.
 */
export function maybeSendAppend(r: Raft, to: NodeId, sendIfEmpty: boolean): boolean {
  const pr = r.tracker.progress.get(to);
  if (!pr || pr.isPaused()) return false;
  const prevIndex = pr.next - 1;
  const prevTerm = r.log.maybeTerm(prevIndex);
  let entries: Entry[] | undefined;
  if (prevTerm !== undefined) {
    try {
      entries = r.log.entriesFrom(pr.next, r.config.maxSizePerMessageBytes);
    } catch (error) {
      if (!RaftError.is(error, 'COMPACTED')) throw error;
    }
  }
  if (prevTerm === undefined || entries === undefined) return sendSnapshot(r, to);
  if (entries.length === 0 && !sendIfEmpty) return false;
  r.send(message({ type: MessageType.App, to, index: prevIndex, logTerm: prevTerm, entries, commit: r.log.committed }));
  const last = entries[entries.length - 1];
  pr.sentEntries(last ? last.index : prevIndex, entries.length);
  return true;
}

/** The follower is behind the compaction point: send the latest snapshot (§7). */
function sendSnapshot(r: Raft, to: NodeId): boolean {
  const pr = r.tracker.progress.get(to);
  // Snapshots are large: only send one to a follower that answers.
  if (!pr || !pr.recentActive) return false;
  const snapshot = r.log.snapshot();
  if (snapshot.metadata.index === 0) return false;
  r.send(message({ type: MessageType.Snap, to, snapshot }));
  pr.becomeSnapshot(snapshot.metadata.index);
  return true;
}

export function sendAppend(r: Raft, to: NodeId): void {
  maybeSendAppend(r, to, true);
}

/** Streams appends to one follower until its window is full or it has everything. */
export function sendAppendsWhilePossible(r: Raft, to: NodeId): void {
  const pr = r.tracker.progress.get(to);
  if (!pr) return;
  // Bounded: each send advances `next` or pauses the follower, at most window + log length times.
  for (let i = 0; i <= r.config.maxInflightMessages && maybeSendAppend(r, to, false); i++) {
    if (pr.state !== ProgressState.Replicate) break;
  }
}

/** Sends outstanding entries to every follower: the batched broadcast after proposals. */
export function bcastAppendPending(r: Raft): void {
  for (const id of r.tracker.progress.keys()) {
    if (id !== r.id) sendAppendsWhilePossible(r, id);
  }
}

/** An append to every follower, even an empty one (used after winning an election and after commits). */
export function bcastAppend(r: Raft): void {
  for (const id of r.tracker.progress.keys()) {
    if (id !== r.id) sendAppend(r, id);
  }
}

export function sendHeartbeat(r: Raft, to: NodeId, context: Uint8Array | undefined): void {
  const pr = r.tracker.progress.get(to);
  // Never tell a follower to commit beyond what it is known to hold.
  const commit = Math.min(pr?.match ?? 0, r.log.committed);
  r.send(message({ type: MessageType.Heartbeat, to, commit, ...(context ? { context } : {}) }));
}

export function bcastHeartbeat(r: Raft, context?: Uint8Array): void {
  const ctx = context ?? r.readOnly.lastPendingContext();
  for (const id of r.tracker.progress.keys()) {
    if (id !== r.id) sendHeartbeat(r, id, ctx);
  }
}

export function sendTimeoutNow(r: Raft, to: NodeId): void {
  r.send(message({ type: MessageType.TimeoutNow, to }));
}
