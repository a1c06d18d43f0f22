/**
 * ReadIndex requests waiting on one node: queued until the loop issues one Raft ReadIndex
 * for all of them (one context per batch), answered by the matching ReadState, re-queued
 * when the leader changes (a read sent to a leader that is gone is never answered), and
 * refused beyond `limits.maxPendingReads`.
 */
import { limits } from '../limits.js';
import { unavailable } from './applier.js';

interface QueuedRead {
  readonly resolve: (index: number) => void;
  readonly reject: (error: unknown) => void;
  readonly signal: AbortSignal;
}

const key = (context: Uint8Array): string => Buffer.from(context).toString('hex');

export class ReadQueue {
  private queued: QueuedRead[] = [];
  private readonly inFlight = new Map<string, QueuedRead[]>();
  private sequence = 0;

  /** Resolves with the read index once Raft answers (the caller then waits for its apply). */
  enqueue(signal: AbortSignal): Promise<number> {
    if (this.queued.length >= limits.maxPendingReads) return Promise.reject(unavailable(`${limits.maxPendingReads} reads are queued`));
    return new Promise<number>((resolve, reject) => {
      this.queued.push({ resolve, reject, signal });
      signal.addEventListener('abort', () => reject(signal.reason instanceof Error ? signal.reason : unavailable('the read did not complete in time')), { once: true });
    });
  }

  /** The context of one ReadIndex for every queued read, or undefined when none waits. */
  takeBatch(): Uint8Array | undefined {
    this.queued = this.queued.filter((read) => !read.signal.aborted);
    if (this.queued.length === 0) return undefined;
    this.sequence += 1;
    const context = new Uint8Array(8);
    new DataView(context.buffer).setFloat64(0, this.sequence);
    this.inFlight.set(key(context), this.queued);
    this.queued = [];
    return context;
  }

  answer(context: Uint8Array, index: number): void {
    const waiting = this.inFlight.get(key(context));
    this.inFlight.delete(key(context));
    for (const read of waiting ?? []) read.resolve(index);
  }

  requeue(): void {
    for (const reads of this.inFlight.values()) this.queued.push(...reads);
    this.inFlight.clear();
  }

  rejectAll(error: unknown): void {
    for (const read of [...this.queued, ...[...this.inFlight.values()].flat()]) read.reject(error);
    this.queued = [];
    this.inFlight.clear();
  }
}
