/**
 * One node's metadata state: four delta CRDTs. `counts` (CounterMap: roll-up counters and
 * hashtag counters), `reports` (GSet of campaign signature reports), `alerts` (GSet of
 * high-severity summaries) travel up every tier; `posts` (GSet of per-post records) goes
 * from a leaf to its parent only. A leaf writes under its own id; a parent only merges.
 */
import { CounterMap, GSet, decodeState, encodeState, type MergeResult, type VectorClock } from '@continuum/crdt';
import { workLimits } from '../work-limits.js';
import { alertRecord, alertSeverities, bucketStart, countKey, hashtagKey, parentRecord, recordJson, reportRecord, type MetadataInput } from './records.js';
import { countFloor, expiredCount, expiredRecord } from './retention.js';

export const metadataKinds = ['counts', 'reports', 'alerts', 'posts'] as const;
export type MetadataKind = (typeof metadataKinds)[number];
/** What every tier passes up (per-post records stop at the leaf's parent). */
export const rollupKinds: readonly MetadataKind[] = ['counts', 'reports', 'alerts'];
type RecordKind = Exclude<MetadataKind, 'counts'>;
const recordKinds: readonly RecordKind[] = ['reports', 'alerts', 'posts'];

export interface ReplicaOptions {
  /** Most records each record set keeps (default `workLimits.maxMetadataRecordsCount`). */
  readonly maxRecordsCount?: number;
}

export interface RetentionStats {
  /** Counter keys and records dropped here by retention or the record count limit. */
  pruned: number;
  /** Entries refused in merges (older than what this replica keeps). */
  refused: number;
  /** Posts not recorded because they were older than the horizon. */
  expired: number;
}

export class MetadataReplica {
  readonly counts: CounterMap;
  readonly reports: GSet;
  readonly alerts: GSet;
  readonly posts: GSet;
  /** Counter of local writes and of merges that changed something. */
  writesLocal = 0;
  writesReplicated = 0;
  readonly retention: RetentionStats = { pruned: 0, refused: 0, expired: 0 };
  readonly maxRecordsCount: number;
  /** Retention: counters of buckets ending at or before it, and records created before it, are gone. */
  private horizonMs = Number.NEGATIVE_INFINITY;
  /** Per record set: the count limit's cut (records created before it are gone); only moves forward. */
  private readonly floorsMs = new Map<RecordKind, number>();

  constructor(readonly node: string, readonly bucketMs: number, options: ReplicaOptions = {}) {
    this.counts = new CounterMap(node);
    this.reports = new GSet(node);
    this.alerts = new GSet(node);
    this.posts = new GSet(node);
    this.maxRecordsCount = options.maxRecordsCount ?? workLimits.maxMetadataRecordsCount;
    if (!Number.isSafeInteger(this.maxRecordsCount) || this.maxRecordsCount < 1) throw new RangeError('maxRecordsCount must be a positive integer');
  }

  /** The retention horizon in force (-Infinity before the first `prune`). */
  get retentionHorizonMs(): number {
    return this.horizonMs;
  }

  /**
   * Retention: moves the horizon forward to `horizonMs` (never back), drops every counter of
   * a bucket that ended by then and every record created before it, then cuts each record
   * set to `maxRecordsCount` (oldest first). Returns how many keys and records went.
   */
  prune(horizonMs: number): number {
    this.horizonMs = Math.max(this.horizonMs, horizonMs);
    // Without a horizon (no retention policy) and within the count limit nothing can go:
    // skip the scans, which parse every key and record (this runs every minute).
    let pruned = this.horizonMs === Number.NEGATIVE_INFINITY ? 0 : this.counts.pruneKeys(expiredCount(this.horizonMs, this.bucketMs));
    for (const kind of recordKinds) {
      const set = this.crdt(kind) as GSet;
      const floor = set.size <= this.maxRecordsCount ? Number.NEGATIVE_INFINITY : countFloor(set.values(), this.maxRecordsCount);
      this.floorsMs.set(kind, Math.max(this.floorsMs.get(kind) ?? Number.NEGATIVE_INFINITY, floor));
      const floorMs = this.floorOf(kind);
      if (floorMs !== Number.NEGATIVE_INFINITY) pruned += set.pruneKeys(expiredRecord(floorMs));
    }
    this.retention.pruned += pruned;
    return pruned;
  }

  private floorOf(kind: RecordKind): number {
    return Math.max(this.horizonMs, this.floorsMs.get(kind) ?? Number.NEGATIVE_INFINITY);
  }

  /** What merges of `kind` refuse (counted in `retention.refused`). */
  private dropFilter(kind: MetadataKind): (key: string) => boolean {
    const floorMs = kind === 'counts' ? this.horizonMs : this.floorOf(kind);
    if (floorMs === Number.NEGATIVE_INFINITY) return () => false; // nothing is too old: parse nothing
    const expired = kind === 'counts' ? expiredCount(floorMs, this.bucketMs) : expiredRecord(floorMs);
    return (key) => {
      if (!expired(key)) return false;
      this.retention.refused++;
      return true;
    };
  }

  /**
   * Records a post analysed at this node (a leaf); false (nothing changes) when this post's
   * record is already here, so replaying the content store after a restart counts no post twice.
   */
  record(meta: MetadataInput): boolean {
    // Older than retention (its bucket is gone everywhere): not counted at all.
    if (bucketStart(meta.createdAtMs, this.bucketMs) + this.bucketMs <= this.horizonMs) {
      this.retention.expired++;
      return false;
    }
    const record = recordJson(parentRecord(meta, this.node));
    if (this.posts.has(record)) return false;
    this.counts.increment(countKey(meta, this.bucketMs));
    for (const tag of new Set(meta.hashtags)) this.counts.increment(hashtagKey(tag, meta.createdAtMs, this.bucketMs));
    // A record below its set's cut would be dropped at once: not written.
    const keeps = (kind: RecordKind): boolean => meta.createdAtMs >= this.floorOf(kind);
    if (keeps('reports')) this.reports.add(recordJson(reportRecord(meta, this.node)));
    if (alertSeverities.has(meta.severity) && keeps('alerts')) this.alerts.add(recordJson(alertRecord(meta, this.node)));
    if (keeps('posts')) this.posts.add(record);
    this.writesLocal++;
    return true;
  }

  versionVector(kind: MetadataKind): VectorClock {
    return this.crdt(kind).versionVector();
  }

  /** The encoded delta a peer at version `vv` lacks (the full state when `vv` is undefined). */
  encodeDelta(kind: MetadataKind, vv: VectorClock | undefined): Uint8Array {
    if (kind === 'counts') return encodeState('counter_map', vv === undefined ? this.counts.state() : this.counts.deltaSince(vv));
    const set = this.crdt(kind) as GSet;
    return encodeState('g_set', vv === undefined ? set.state() : set.deltaSince(vv));
  }

  /** Merges an encoded delta or state of one kind; CrdtError on bad bytes (nothing applied). */
  mergeEncoded(kind: MetadataKind, bytes: Uint8Array): MergeResult {
    // A leaf's backlog after days offline is one delta: allow it up to the sync message bound.
    const options = { limits: { maxDeltaBytes: workLimits.maxSyncMessageBytes } };
    const drop = { drop: this.dropFilter(kind) };
    const result = kind === 'counts' ? this.counts.merge(decodeState('counter_map', bytes, options), drop) : (this.crdt(kind) as GSet).merge(decodeState('g_set', bytes, options), drop);
    if (result.changed) this.writesReplicated++;
    return result;
  }

  /** The whole replica for the data dir (`encodeFrames`, one frame per kind; no size bound but memory). */
  encodeAll(): Uint8Array {
    return encodeFrames(this.allFrames());
  }

  /** One frame per kind holding its full state. */
  allFrames(): Frame[] {
    return metadataKinds.map((kind) => ({ tag: metadataKinds.indexOf(kind), bytes: this.encodeDelta(kind, undefined) }));
  }

  /**
   * Frames of what changed since `versions` (per kind; a kind absent there: everything),
   * leaving out kinds with nothing new; undefined when a delta would be the full state
   * (a kill journal that no longer reaches back): write the whole replica instead.
   */
  deltaFrames(versions: ReadonlyMap<MetadataKind, VectorClock>): Frame[] | undefined {
    const frames: Frame[] = [];
    for (const kind of metadataKinds) {
      const vv = versions.get(kind);
      if (vv === undefined) {
        frames.push({ tag: metadataKinds.indexOf(kind), bytes: this.encodeDelta(kind, undefined) });
        continue;
      }
      const delta = kind === 'counts' ? this.counts.deltaSince(vv) : (this.crdt(kind) as GSet).deltaSince(vv);
      if (delta.full) return undefined;
      if (delta.context.isEmpty && delta.store.isEmpty()) continue;
      frames.push({ tag: metadataKinds.indexOf(kind), bytes: kind === 'counts' ? encodeState('counter_map', delta as never) : encodeState('g_set', delta as never) });
    }
    return frames;
  }

  /**
   * Merges what `encodeAll` or `deltaFrames` wrote, in order, and returns the frames whose
   * tag names no kind (the caller's, e.g. a replay cursor). CrdtError or RangeError on a
   * damaged file, or on a delta whose base this replica has not reached (a gap in a log).
   */
  mergeAll(bytes: Uint8Array): Frame[] {
    const other: Frame[] = [];
    for (const frame of decodeFrames(bytes)) {
      const kind = metadataKinds[frame.tag];
      if (kind === undefined) {
        other.push(frame);
        continue;
      }
      const options = { limits: { maxDeltaBytes: frame.bytes.length } };
      const result = kind === 'counts' ? this.counts.merge(decodeState('counter_map', frame.bytes, options)) : (this.crdt(kind) as GSet).merge(decodeState('g_set', frame.bytes, options));
      if (result.needsSync) throw new RangeError(`metadata ${kind}: a delta whose base is missing`);
    }
    return other;
  }

  /** Whether every dot of `kind` here is covered by `vv`. */
  coveredBy(kind: MetadataKind, vv: VectorClock): boolean {
    return this.versionVector(kind).dominatedBy(vv);
  }

  private crdt(kind: MetadataKind): CounterMap | GSet {
    switch (kind) {
      case 'counts': return this.counts;
      case 'reports': return this.reports;
      case 'alerts': return this.alerts;
      case 'posts': return this.posts;
    }
  }
}

/** A tagged piece of a metadata file: a kind's state or delta (tag = index in `metadataKinds`), or the caller's. */
export interface Frame {
  readonly tag: number;
  readonly bytes: Uint8Array;
}

/** `tag u8 | length u32 | bytes` per frame. */
export function encodeFrames(frames: readonly Frame[]): Uint8Array {
  const out = new Uint8Array(frames.reduce((sum, frame) => sum + 5 + frame.bytes.length, 0));
  const view = new DataView(out.buffer);
  let at = 0;
  for (const frame of frames) {
    view.setUint8(at, frame.tag);
    view.setUint32(at + 1, frame.bytes.length);
    out.set(frame.bytes, at + 5);
    at += 5 + frame.bytes.length;
  }
  return out;
}

/** The frames of `encodeFrames` (RangeError when damaged). */
export function decodeFrames(bytes: Uint8Array): Frame[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const frames: Frame[] = [];
  let at = 0;
  while (at < bytes.length) {
    if (at + 5 > bytes.length) throw new RangeError('damaged metadata state');
    const length = view.getUint32(at + 1);
    if (at + 5 + length > bytes.length) throw new RangeError('damaged metadata state');
    frames.push({ tag: view.getUint8(at), bytes: bytes.subarray(at + 5, at + 5 + length) });
    at += 5 + length;
  }
  return frames;
}
