import type { RaftConfig } from '../core/config.js';
import { createPrng } from '../core/prng.js';
import type { Raft } from '../core/raft.js';
import { RawNode } from '../core/raw-node.js';
import type { Ready } from '../core/ready.js';
import type { ConfState, HardState, NodeId } from '../core/types.js';
import { EMPTY_HARD_STATE, EntryType } from '../core/types.js';
import { MemoryStorage } from '../storage/memory-storage.js';
import { hashBytes, mix } from './hash.js';
import { LogFingerprint } from './checker.js';

export type NodeTuning = Omit<RaftConfig, 'id' | 'storage' | 'prng' | 'appliedIndex'>;

export function encodeAppState(fingerprint: number): Uint8Array {
  return new Uint8Array([fingerprint >>> 24, (fingerprint >>> 16) & 255, (fingerprint >>> 8) & 255, fingerprint & 255]);
}

export function decodeAppState(data: Uint8Array): number {
  if (data.length < 4) return 0;
  return (((data[0] as number) << 24) | ((data[1] as number) << 16) | ((data[2] as number) << 8) | (data[3] as number)) >>> 0;
}

/**
 * One simulated server: durable storage that survives crashes, a RawNode that does not,
 * and a toy state machine whose state is a fingerprint of everything applied.
 */
export class SimNode {
  raw: RawNode | undefined;
  readonly storage: MemoryStorage;
  readonly log = new LogFingerprint();
  /** The hard state as of the last synced write: what a crash falls back to. */
  private syncedHardState: HardState = EMPTY_HARD_STATE;
  appFingerprint = 0;
  appliedIndex = 0;
  removed = false;
  restarts = 0;
  /** Commit index already checked against the cluster. */
  checkedCommit = 0;
  /** Async storage writes: Readies advanced whose writes have not completed, with the tick each completes at. */
  writes: Array<{ readonly rd: Ready; readonly due: number }> = [];

  constructor(
    readonly id: NodeId,
    private readonly seed: number,
    private readonly tuning: NodeTuning,
    initial: ConfState | undefined,
    private readonly createRaft: ((config: RaftConfig) => Raft) | undefined,
  ) {
    this.storage = initial ? MemoryStorage.bootstrap(initial) : new MemoryStorage();
    const snap = this.storage.snapshot();
    this.log.installSnapshot(snap.metadata.index, 0);
    this.appliedIndex = snap.metadata.index;
    this.start();
  }

  get alive(): boolean {
    return this.raw !== undefined;
  }

  start(): void {
    const snap = this.storage.snapshot();
    this.appFingerprint = decodeAppState(snap.data);
    this.appliedIndex = snap.metadata.index;
    this.checkedCommit = Math.max(this.checkedCommit, 0);
    const config: RaftConfig = {
      ...this.tuning, id: this.id, storage: this.storage,
      prng: createPrng((this.seed * 7919 + this.restarts * 104729 + hashBytes(new TextEncoder().encode(this.id))) >>> 0),
      appliedIndex: snap.metadata.index,
    };
    this.raw = new RawNode(config, this.createRaft ? { createRaft: this.createRaft } : {});
  }

  /** Loses everything not synced: the RawNode, the state machine, unsynced hard state. */
  crash(): void {
    this.raw = undefined;
    this.writes = [];
    this.storage.saveSync({ hardState: this.syncedHardState, sync: true });
    this.restarts++;
  }

  /** Persists a ready the way a careful caller does: snapshot, entries, hard state, honouring mustSync. */
  persist(rd: Ready): void {
    this.storage.saveSync({
      ...(rd.snapshot ? { snapshot: rd.snapshot } : {}),
      entries: rd.entries,
      ...(rd.hardState ? { hardState: rd.hardState } : {}),
      sync: rd.mustSync,
    });
    if (rd.snapshot) this.log.installSnapshot(rd.snapshot.metadata.index, -1);
    if (rd.entries.length > 0) this.log.append(rd.entries);
    if (rd.mustSync) this.syncedHardState = this.storage.hardState();
  }

  /** Queues an async write completing at `due` or later (never before an earlier one). */
  queueWrite(rd: Ready, due: number): void {
    const last = this.writes[this.writes.length - 1];
    this.writes.push({ rd, due: Math.max(due, last?.due ?? due) });
  }

  /** The oldest async write if it is due at `now`. */
  dueWrite(now: number): Ready | undefined {
    const head = this.writes[0];
    if (!head || head.due > now) return undefined;
    this.writes.shift();
    return head.rd;
  }

  /** Applies a snapshot (unless `withSnapshot` is false) and committed entries to the toy state machine. */
  apply(rd: Ready, onApplied: (index: number, fingerprint: number) => void, withSnapshot = true): void {
    if (rd.snapshot && withSnapshot) {
      this.appFingerprint = decodeAppState(rd.snapshot.data);
      this.appliedIndex = rd.snapshot.metadata.index;
    }
    for (const e of rd.committedEntries) {
      if (e.index <= this.appliedIndex) continue;
      if (e.type === EntryType.Normal && e.data.length > 0) this.appFingerprint = mix(this.appFingerprint, hashBytes(e.data));
      this.appliedIndex = e.index;
      onApplied(e.index, this.appFingerprint);
    }
  }

  /** Takes a snapshot of the state machine at its applied index and compacts the log behind it. */
  snapshotAndCompact(keepEntries: number): boolean {
    const raw = this.raw;
    if (!raw || this.appliedIndex <= this.storage.snapshot().metadata.index) return false;
    if (this.appliedIndex > this.storage.lastIndex()) return false;
    // Like a daemon's ordered write queue: the snapshot is written after the log writes in flight.
    if (this.writes.length > 0) return false;
    this.storage.createSnapshotSync(this.appliedIndex, raw.confState(), encodeAppState(this.appFingerprint));
    const compactTo = this.appliedIndex - keepEntries;
    if (compactTo >= this.storage.firstIndex()) this.storage.compactSync(compactTo);
    return true;
  }
}
