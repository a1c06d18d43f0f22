/**
 * The metadata replication of one running node: the replica, the sync protocol over the
 * libp2p transport, the gossip flush (every `gossip_interval_ms`, coalesced), the
 * anti-entropy tick (every `sync_interval_seconds`), retention (every
 * `metadataPruneIntervalMs`: counters and records older than `retentionMs()` go) and
 * persistence (persistence.ts: deltas appended to `metadata.log`, the snapshot
 * `metadata.bin` rewritten when the log is full and at stop; restored before any write, so
 * the node never reuses one of its dots).
 */
import { ContinuumError } from '../errors.js';
import type { GossipChannels } from '../host/gossip-channels.js';
import type { ContinuumHost } from '../host/host.js';
import type { PenaliseHook } from '../protocol/penalties.js';
import { workLimits } from '../work-limits.js';
import { Libp2pMetadataTransport, syncProtocol } from './libp2p-transport.js';
import { MetadataFiles, type PersistenceStats, type ReplayCursor } from './persistence.js';
import type { MetadataInput } from './records.js';
import { MetadataReplica } from './replica.js';
import { MetadataSync, upwardKinds } from './sync.js';

export interface MetadataServiceOptions {
  readonly host: ContinuumHost;
  /** The node's gossip topics (the transport opens this node's metadata topic). */
  readonly gossip: GossipChannels;
  readonly dataDir: string;
  readonly tier: string;
  /** The current parent's peer id from the federation state. */
  readonly parent: () => string | undefined;
  readonly isMember: (peer: string) => boolean;
  readonly penalise: PenaliseHook;
  readonly addressesOf: (peer: string) => readonly string[];
  readonly gossipIntervalMs: number;
  readonly syncIntervalMs: number;
  readonly signal: AbortSignal;
  /** Wall clock for retention (default `Date.now`). */
  readonly now?: () => number;
  /** How long metadata is kept (absent: no time limit; the daemon reads policy `metadata_retention_days`). */
  readonly retentionMs?: () => number;
  /** Most records per record set (default `workLimits.maxMetadataRecordsCount`). */
  readonly maxRecordsCount?: number;
}

export { metadataLogFile, metadataStateFile, type ReplayCursor } from './persistence.js';

function asPeerError(peer: string, error: unknown): ContinuumError {
  if (error instanceof ContinuumError) return error;
  const reason = error instanceof Error ? error.message : 'unknown';
  return new ContinuumError('PEER_MESSAGE_INVALID', `bad metadata from ${peer}: ${reason}`, { peer, protocol: syncProtocol, reason });
}

export class MetadataService {
  readonly replica: MetadataReplica;
  readonly sync: MetadataSync;
  readonly transport: Libp2pMetadataTransport;
  readonly files: MetadataFiles;
  /** The last content-store post recorded here (written with the next save). */
  private cursor: ReplayCursor | undefined;
  private timers: Array<ReturnType<typeof setInterval>> = [];
  private saved = -1;
  /** `replica.writesLocal` as of the last replica written to disk (local writes go out only once there). */
  private persistedLocal = 0;
  private saving: Promise<void> = Promise.resolve();

  constructor(private readonly options: MetadataServiceOptions) {
    const self = options.host.peerId.toString();
    this.replica = new MetadataReplica(self, workLimits.rollupBucketMs, options.maxRecordsCount === undefined ? {} : { maxRecordsCount: options.maxRecordsCount });
    this.files = new MetadataFiles(options.dataDir, this.replica);
    this.transport = new Libp2pMetadataTransport({
      host: options.host, gossip: options.gossip, isMember: options.isMember, penalise: options.penalise, addressesOf: options.addressesOf, signal: options.signal,
      receive: (from, message) => this.sync.receive(from, message),
      onSendFailure: () => this.retrySoon(),
    });
    this.sync = new MetadataSync({
      replica: this.replica, upward: upwardKinds(options.tier), parent: options.parent,
      send: (to, message) => this.transport.send(to, message),
      canPush: () => this.replica.writesLocal === this.persistedLocal,
      onInvalid: (peer, error) => options.penalise({ peer, protocol: syncProtocol, error: asPeerError(peer, error) }),
    });
  }

  private retry: ReturnType<typeof setTimeout> | undefined;

  /** After a failed send: an anti-entropy tick after `sendRetryMs` (one pending at a time; while the parent stays unreachable, once per `sendRetryMs`). */
  private retrySoon(): void {
    if (this.retry !== undefined || this.timers.length === 0) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      if (this.timers.length > 0) void this.durably(() => this.sync.tick());
    }, Math.min(workLimits.sendRetryMs, this.options.syncIntervalMs));
    this.retry.unref();
  }

  /** The replay cursor the files held at start (undefined: replay the whole content store). */
  get recoveredCursor(): ReplayCursor | undefined {
    return this.recovered;
  }

  private recovered: ReplayCursor | undefined;

  /** Restores the replica from the data dir and applies retention; the cursor the files held comes back. */
  async start(): Promise<ReplayCursor | undefined> {
    this.recovered = await this.files.load();
    this.cursor = this.recovered;
    this.prune();
    this.saved = this.version();
    await this.transport.start();
    const flush = setInterval(() => void this.durably(() => this.sync.flush()), this.options.gossipIntervalMs);
    const tick = setInterval(() => void this.durably(() => this.sync.tick()), this.options.syncIntervalMs);
    const persist = setInterval(() => void this.persist(), Math.min(workLimits.persistIntervalMs, this.options.syncIntervalMs));
    const prune = setInterval(() => this.prune(), workLimits.metadataPruneIntervalMs);
    for (const timer of [flush, tick, persist, prune]) timer.unref();
    this.timers = [flush, tick, persist, prune];
    return this.recovered;
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    if (this.retry !== undefined) clearTimeout(this.retry);
    await this.transport.stop();
    await this.persist();
    await this.saving;
    await this.files.snapshot(this.cursor).catch(() => undefined);
  }

  /** Retention now: drops what is older than `now - retentionMs()` (and past the record count limit). */
  prune(): number {
    const now = (this.options.now ?? Date.now)();
    const retention = this.options.retentionMs?.() ?? Number.POSITIVE_INFINITY;
    const pruned = this.replica.prune(now - retention);
    // What went needs no save of its own: a pruned key stays pruned after a restart (start prunes again).
    return pruned;
  }

  /** Saves, retention and snapshot counters (for /v1/status and tests). */
  stats(): PersistenceStats & { pruned: number; refused: number; expired: number; horizonMs: number } {
    return { ...this.files.stats, ...this.replica.retention, horizonMs: this.replica.retentionHorizonMs };
  }

  /**
   * Records posts stored at this node and pushes them at the next flush, once written to
   * the data dir. A post recorded before (the content store replayed at start) is skipped.
   */
  record(metadata: readonly MetadataInput[], cursor?: ReplayCursor): number {
    if (cursor !== undefined) this.cursor = cursor;
    let recorded = 0;
    for (const meta of metadata) if (this.replica.record(meta)) recorded++;
    if (recorded > 0) this.sync.markDirty();
    return recorded;
  }

  /** Runs `send` (a flush or an anti-entropy tick) once the local writes so far are on disk. */
  private async durably(send: () => void): Promise<void> {
    if (this.replica.writesLocal !== this.persistedLocal) await this.persist();
    if (this.timers.length > 0) send();
  }

  private version(): number {
    return this.replica.writesLocal + this.replica.writesReplicated;
  }

  /** Saves what changed since the last save (a log append, or the snapshot when the log is full). */
  persist(): Promise<void> {
    const version = this.version();
    if (version === this.saved && this.cursor === this.files.cursor) return this.saving;
    this.saving = this.saving.then(async () => {
      const current = this.version();
      if (current === this.saved && this.cursor === this.files.cursor) return;
      const local = this.replica.writesLocal;
      await this.files.save(this.cursor);
      this.saved = current;
      this.persistedLocal = Math.max(this.persistedLocal, local);
    }).catch(() => undefined);
    return this.saving;
  }
}
