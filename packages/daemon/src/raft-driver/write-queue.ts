/**
 * The Raft driver's storage writes, in order: the loop queues each Ready's update and goes
 * on stepping; one write is in flight at a time, and everything queued meanwhile goes to
 * the disk as one write (one WAL append), synced if any of it must be (group commit). A write's callbacks run in queue order once it is durable, so a callback knows
 * every earlier write is durable too. A hard state that only moves the commit index costs
 * no write of its own: it rides with the next one (and is flushed by drain()). Other storage work (snapshots, compaction) runs
 * alone between writes. The first failure stops the queue: it is reported once and
 * every later task is dropped.
 */
import type { HardState, StorageUpdate } from '@continuum/raft';

export interface WriteTarget {
  saveAll(updates: readonly StorageUpdate[]): Promise<void>;
}

type Task =
  | { readonly kind: 'save'; readonly update: StorageUpdate | undefined; readonly durable: () => void }
  | { readonly kind: 'exclusive'; readonly run: () => Promise<void>; readonly settle: (done: boolean) => void };

export interface WriteQueueStats {
  /** Disk writes issued (each one batch). */
  batches: number;
  /** Ready updates written (several per batch under load). */
  updates: number;
}

export class WriteQueue {
  readonly stats: WriteQueueStats = { batches: 0, updates: 0 };
  private tasks: Task[] = [];
  /** A run is scheduled or in flight. */
  private active = false;
  /** Scheduled to start after the caller's turn, not started yet. */
  private scheduled = false;
  private current: Promise<void> = Promise.resolve();
  private failed = false;
  /** A commit-index-only hard state: written with the next update, or alone once the queue is idle. */
  private lazyHardState: HardState | undefined;

  constructor(private readonly target: WriteTarget, private readonly onFailure: (error: unknown) => void) {}

  /**
   * Starts the queued writes now, inside the caller's turn, rather than after it: for a
   * caller that has queued everything of its turn and has other work to do while the disk
   * flushes. The first write (or an exclusive task at the head) begins here; callbacks
   * still run only after the caller's turn.
   */
  startNow(): void {
    this.begin();
  }

  /** Tasks queued or in flight. */
  get pending(): number {
    return this.tasks.length + (this.active ? 1 : 0);
  }

  /** Queues an update (none: only wait for the earlier writes); `durable` runs once it and all before it are on disk. */
  save(update: StorageUpdate | undefined, durable: () => void): void {
    this.push({ kind: 'save', update, durable });
  }

  /**
   * A hard state whose only news is the commit index, which Raft keeps volatile: it rides
   * with the next write instead of costing one, and `durable` waits only for the earlier
   * writes. After a crash the commit index may lag; the node learns it again from the leader.
   */
  saveCommitIndex(hardState: HardState, durable: () => void): void {
    this.lazyHardState = hardState;
    this.push({ kind: 'save', update: undefined, durable });
  }

  /**
   * Runs `run` alone, after the writes queued before it. Resolves true once it ran, false
   * when it did not (it failed, which stops the queue, or the queue had stopped); never rejects.
   */
  exclusive(run: () => Promise<void>): Promise<boolean> {
    return new Promise((settle) => {
      if (this.failed) settle(false);
      else this.push({ kind: 'exclusive', run, settle });
    });
  }

  /** Resolves once everything queued so far is done and the lazy hard state is written (or the queue failed). */
  async drain(): Promise<void> {
    this.begin();
    while (this.active) await this.current;
    const lazy = this.lazyHardState;
    if (lazy === undefined || this.failed) return;
    this.lazyHardState = undefined;
    await this.target.saveAll([{ hardState: lazy, sync: false }]).catch((error: unknown) => this.onFailure(error));
  }

  private push(task: Task): void {
    if (this.failed) return;
    this.tasks.push(task);
    if (this.active) return;
    this.active = true;
    this.scheduled = true;
    // By default the run starts after the caller's turn, so every write of the turn goes to the disk as one.
    queueMicrotask(() => this.begin());
  }

  private begin(): void {
    if (!this.scheduled) return;
    this.scheduled = false;
    this.current = this.run();
  }

  private async run(): Promise<void> {
    try {
      await this.runTasks();
    } finally {
      this.active = false;
    }
  }

  private async runTasks(): Promise<void> {
    while (this.tasks.length > 0 && !this.failed) {
      const head = this.tasks[0] as Task;
      try {
        if (head.kind === 'exclusive') {
          this.tasks.shift();
          try {
            await head.run();
          } catch (error) {
            head.settle(false);
            throw error;
          }
          head.settle(true);
          continue;
        }
        const saves = this.takeSaves();
        const updates = saves.flatMap((task) => (task.update === undefined ? [] : [task.update]));
        const lazy = this.lazyHardState;
        if (lazy !== undefined && updates.length > 0) {
          // First in the batch: any hard state of the updates after it supersedes it.
          updates.unshift({ hardState: lazy, sync: false });
          this.lazyHardState = undefined;
        }
        if (updates.length > 0) {
          this.stats.batches += 1;
          this.stats.updates += updates.length;
          await this.target.saveAll(updates);
        } else {
          // Callbacks always run after the caller's turn, never inside save() or startNow().
          await Promise.resolve();
        }
        for (const task of saves) task.durable();
      } catch (error) {
        this.failed = true;
        for (const task of this.tasks) if (task.kind === 'exclusive') task.settle(false);
        this.tasks = [];
        this.onFailure(error);
      }
    }
  }

  private takeSaves(): Array<Extract<Task, { kind: 'save' }>> {
    let count = 0;
    while (count < this.tasks.length && this.tasks[count]?.kind === 'save') count += 1;
    return this.tasks.splice(0, count) as Array<Extract<Task, { kind: 'save' }>>;
  }
}
