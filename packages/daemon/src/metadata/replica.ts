/**
 * One node's metadata state: four delta CRDTs. `counts` (CounterMap: roll-up counters and
 * hashtag counters), `reports` (GSet of campaign signature reports), `alerts` (GSet of
 * high-severity summaries) travel up every tier; `posts` (GSet of per-post records) goes
 * from a leaf to its parent only. A leaf writes under its own id; a parent only merges.
 */
import { CounterMap, GSet, decodeState, encodeState, type MergeResult, type VectorClock } from '@continuum/crdt';
import { workLimits } from '../work-limits.js';
import { alertRecord, alertSeverities, countKey, hashtagKey, parentRecord, recordJson, reportRecord, type MetadataInput } from './records.js';

export const metadataKinds = ['counts', 'reports', 'alerts', 'posts'] as const;
export type MetadataKind = (typeof metadataKinds)[number];
/** What every tier passes up (per-post records stop at the leaf's parent). */
export const rollupKinds: readonly MetadataKind[] = ['counts', 'reports', 'alerts'];

export class MetadataReplica {
  readonly counts: CounterMap;
  readonly reports: GSet;
  readonly alerts: GSet;
  readonly posts: GSet;
  /** Counter of local writes and of merges that changed something. */
  writesLocal = 0;
  writesReplicated = 0;

  constructor(readonly node: string, readonly bucketMs: number) {
    this.counts = new CounterMap(node);
    this.reports = new GSet(node);
    this.alerts = new GSet(node);
    this.posts = new GSet(node);
  }

  /**
   * Records a post analysed at this node (a leaf); false (nothing changes) when this post's
   * record is already here, so replaying the content store after a restart counts no post twice.
   */
  record(meta: MetadataInput): boolean {
    const record = recordJson(parentRecord(meta, this.node));
    if (this.posts.has(record)) return false;
    this.counts.increment(countKey(meta, this.bucketMs));
    for (const tag of new Set(meta.hashtags)) this.counts.increment(hashtagKey(tag, meta.createdAtMs, this.bucketMs));
    this.reports.add(recordJson(reportRecord(meta, this.node)));
    if (alertSeverities.has(meta.severity)) this.alerts.add(recordJson(alertRecord(meta, this.node)));
    this.posts.add(record);
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
    const result = kind === 'counts' ? this.counts.merge(decodeState('counter_map', bytes, options)) : (this.crdt(kind) as GSet).merge(decodeState('g_set', bytes, options));
    if (result.changed) this.writesReplicated++;
    return result;
  }

  /** The whole replica for the data dir: `kind u8 | length u32 | state` per kind (no size bound but memory). */
  encodeAll(): Uint8Array {
    const parts = metadataKinds.map((kind) => ({ index: metadataKinds.indexOf(kind), bytes: this.encodeDelta(kind, undefined) }));
    const out = new Uint8Array(parts.reduce((sum, part) => sum + 5 + part.bytes.length, 0));
    const view = new DataView(out.buffer);
    let at = 0;
    for (const part of parts) {
      view.setUint8(at, part.index);
      view.setUint32(at + 1, part.bytes.length);
      out.set(part.bytes, at + 5);
      at += 5 + part.bytes.length;
    }
    return out;
  }

  /** Merges what `encodeAll` wrote (CrdtError or RangeError on a damaged file). */
  mergeAll(bytes: Uint8Array): void {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let at = 0;
    while (at < bytes.length) {
      const kind = metadataKinds[view.getUint8(at)];
      const length = view.getUint32(at + 1);
      if (kind === undefined || at + 5 + length > bytes.length) throw new RangeError('damaged metadata state');
      const state = bytes.subarray(at + 5, at + 5 + length);
      if (kind === 'counts') this.counts.merge(decodeState('counter_map', state, { limits: { maxDeltaBytes: state.length } }));
      else (this.crdt(kind) as GSet).merge(decodeState('g_set', state, { limits: { maxDeltaBytes: state.length } }));
      at += 5 + length;
    }
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
