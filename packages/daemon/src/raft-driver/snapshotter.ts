/**
 * A council member's snapshots and log compaction. A snapshot is taken when
 * snapshot-policy.ts says so (`maybeSnapshot`, after each loop turn) and for a peer far
 * behind (`fresh`). The state is taken at the applied index and encoded over several loop
 * turns (a large one took 150 ms in one piece) while the loop and the log writes go on;
 * it is written, and the log compacted behind it, between log writes (WriteQueue.exclusive),
 * so the disk never holds a state ahead of its log.
 */
import type { ConfState, Entry, Message, Storage } from '@continuum/raft';
import { limits } from '../limits.js';
import type { Logger } from '../logging/logger.js';
import type { Applier } from './applier.js';
import { freshSnapshotDue, snapshotDue } from './snapshot-policy.js';
import type { WriteQueue } from './write-queue.js';

export interface SnapshotterParts {
  readonly applier: Applier;
  readonly storage: Storage;
  readonly writes: WriteQueue;
  /** The Raft node's configuration now (undefined before the node exists). */
  readonly confState: () => ConfState | undefined;
  readonly signal: AbortSignal;
  readonly logger?: Logger;
}

export class Snapshotter {
  private lastIndex = 0;
  /** Size of the last snapshot's state, and bytes of the entries applied since (snapshot-policy.ts). */
  private lastBytes = 0;
  private logBytesSince = 0;
  /** The snapshot being taken, until it is written or given up. */
  private taking: Promise<void> | undefined;

  constructor(private readonly parts: SnapshotterParts) {}

  /** The state in the storage is now this snapshot (at start, or one installed from the leader). */
  installed(index: number, bytes: number): void {
    this.lastIndex = index;
    this.lastBytes = bytes;
    this.logBytesSince = 0;
  }

  /** Committed entries were applied. */
  applied(entries: readonly Entry[]): void {
    for (const entry of entries) this.logBytesSince += entry.data.byteLength;
  }

  maybeSnapshot(): void {
    if (this.taking !== undefined) return;
    const entriesSince = this.parts.applier.appliedIndex - this.lastIndex;
    if (snapshotDue({ entriesSince, logBytesSince: this.logBytesSince, lastSnapshotBytes: this.lastBytes })) void this.take();
  }

  /**
   * A snapshot about to go to a peer behind the compacted log. Raft picks the storage's
   * newest, which may be tens of thousands of entries old (snapshots are paced by the
   * state's size), and the peer would then replay all of those. When that replay would
   * cost more than a new snapshot (freshSnapshotDue), a new one is taken first and sent
   * instead: any snapshot of committed state answers Raft's MsgSnap, and the peer's
   * acknowledgement of the newer index moves Raft's progress for it past that index.
   */
  async fresh(message: Message): Promise<Message> {
    const sent = message.snapshot;
    if (sent === undefined) return message;
    if (!freshSnapshotDue(this.parts.applier.appliedIndex - sent.metadata.index, sent.data.byteLength)) return message;
    await this.take();
    const latest = this.parts.storage.snapshot();
    return latest.metadata.index > sent.metadata.index ? { ...message, snapshot: latest } : message;
  }

  /** A snapshot of the applied state (or the one already being taken); resolves once it is written, or given up. */
  private take(): Promise<void> {
    if (this.taking !== undefined) return this.taking;
    const { applier, storage, writes } = this.parts;
    const applied = applier.appliedIndex;
    const confState = this.parts.confState();
    // With asynchronous writes the state may be applied ahead of this node's own log: a later turn takes it.
    if (confState === undefined || applied > storage.lastIndex()) return Promise.resolve();
    const logBytes = this.logBytesSince;
    const taken = applier.encodedSnapshot().data.then(
      (data) => this.write(writes, storage, applied, confState, data, logBytes),
      (error: unknown) => this.parts.logger?.error('encoding a snapshot failed', { err: error }),
    );
    this.taking = taken.finally(() => {
      this.taking = undefined;
    });
    return this.taking;
  }

  private async write(writes: WriteQueue, storage: Storage, applied: number, confState: ConfState, data: Uint8Array, logBytes: number): Promise<void> {
    if (this.parts.signal.aborted) return;
    await writes.exclusive(async () => {
      if (applied <= this.lastIndex || applied > storage.lastIndex()) return;
      await storage.createSnapshot(applied, confState, data);
      this.lastIndex = applied;
      this.lastBytes = data.byteLength;
      this.logBytesSince -= logBytes;
      const compactTo = applied - limits.compactionMarginEntries;
      if (compactTo > storage.firstIndex()) await storage.compact(compactTo);
    });
  }
}
