import { Inflights } from './inflights.js';

export const ProgressState = { Probe: 'probe', Replicate: 'replicate', Snapshot: 'snapshot' } as const;
export type ProgressState = (typeof ProgressState)[keyof typeof ProgressState];

/**
 * The leader's view of one follower. In Probe the leader sends one append per heartbeat
 * interval until it finds the match; in Replicate it streams optimistically within the
 * inflight window; in Snapshot it waits for a snapshot to be installed.
 */
export class Progress {
  match = 0;
  next: number;
  state: ProgressState = ProgressState.Probe;
  pendingSnapshot = 0;
  /** Set when the follower was heard from since the last CheckQuorum round. */
  recentActive = false;
  /** In Probe: an append is outstanding; wait for a reply or a heartbeat before sending another. */
  probeSent = false;
  readonly inflights: Inflights;
  isLearner: boolean;

  constructor(next: number, maxInflight: number, isLearner: boolean) {
    this.next = next;
    this.inflights = new Inflights(maxInflight);
    this.isLearner = isLearner;
  }

  private resetState(state: ProgressState): void {
    this.probeSent = false;
    this.pendingSnapshot = 0;
    this.state = state;
    this.inflights.reset();
  }

  becomeProbe(): void {
    if (this.state === ProgressState.Snapshot) {
      const pending = this.pendingSnapshot;
      this.resetState(ProgressState.Probe);
      this.next = Math.max(this.match + 1, pending + 1);
    } else {
      this.resetState(ProgressState.Probe);
      this.next = this.match + 1;
    }
  }

  becomeReplicate(): void {
    this.resetState(ProgressState.Replicate);
    this.next = this.match + 1;
  }

  becomeSnapshot(snapshotIndex: number): void {
    this.resetState(ProgressState.Snapshot);
    this.pendingSnapshot = snapshotIndex;
  }

  /** The follower acknowledged up to `index`; returns whether match moved. */
  maybeUpdate(index: number): boolean {
    let updated = false;
    if (this.match < index) {
      this.match = index;
      updated = true;
      this.probeSent = false;
    }
    this.next = Math.max(this.next, index + 1);
    return updated;
  }

  /** Records an append ending at `lastIndex` that was just sent. */
  sentEntries(lastIndex: number, count: number): void {
    if (this.state === ProgressState.Replicate) {
      if (count > 0) {
        this.next = lastIndex + 1;
        this.inflights.add(lastIndex);
      }
    } else if (this.state === ProgressState.Probe) {
      this.probeSent = true;
    }
  }

  /**
   * The follower rejected an append at `rejected`; `matchHint` is where the leader should
   * probe next. Returns false for stale rejections.
   */
  maybeDecrTo(rejected: number, matchHint: number): boolean {
    if (this.state === ProgressState.Replicate) {
      if (rejected <= this.match) return false;
      this.next = this.match + 1;
      return true;
    }
    if (this.next - 1 !== rejected) return false;
    this.next = Math.max(Math.min(rejected, matchHint + 1), 1);
    this.probeSent = false;
    return true;
  }

  isPaused(): boolean {
    switch (this.state) {
      case ProgressState.Probe:
        return this.probeSent;
      case ProgressState.Replicate:
        return this.inflights.full();
      default:
        return true;
    }
  }
}
