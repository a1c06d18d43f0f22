// Retention of the metadata replica: counters of buckets past the horizon and records
// created before it go at every tier, and stay gone when a peer that has not pruned yet
// sends its full state; each record set keeps at most maxRecordsCount records (oldest
// dropped first) even without a policy.
import { describe, expect, it } from 'vitest';
import { apply, createFederationState } from '../../src/federation/index.js';
import { metadataRetentionMs } from '../../src/node/work.js';
import { bucketOfKey, countFloor, createdAtOf } from '../../src/metadata/retention.js';
import type { MetadataInput } from '../../src/metadata/records.js';
import { MetadataReplica } from '../../src/metadata/replica.js';
import { TreeSimulation } from '../../src/metadata/simulation.js';
import { workLimits } from '../../src/work-limits.js';
import { ConsensusTestDouble } from '../support/consensus-double.js';
import { fakePeerId } from '../support/federation-fixtures.js';

const day = 86_400_000;
const bucket = workLimits.rollupBucketMs;
const start = Date.UTC(2026, 10, 1);

function post(i: number, createdAtMs: number, severity: MetadataInput['severity'] = 'high'): MetadataInput {
  return {
    cid: `bafy-r-${i}`, platform: 'test', createdAtMs, language: 'en', territory: 'DK', authorPseudonym: `p1:${i}`, isReply: false, mediaCount: 0,
    hashtags: ['ferry'], urlDomains: [], categories: [], primaryCategory: 'none', severity, signatures: { simhash: '0'.repeat(16), minhash: [i], bands: [i] },
  };
}

/** Posts one a day from `start`, `days` of them. */
const daily = (days: number, offset = 0) => Array.from({ length: days }, (_, i) => post(offset + i, start + i * day));

function keysWithBucket(replica: MetadataReplica): number[] {
  return replica.counts.keys().map((key) => bucketOfKey(key) as number);
}

describe('metadata retention', () => {
  it('drops counters and records older than the horizon, at the leaf and at its parent alike', () => {
    const leaf = new MetadataReplica('leaf', bucket);
    const parent = new MetadataReplica('regional', bucket);
    for (const meta of daily(10)) leaf.record(meta);
    parent.mergeEncoded('counts', leaf.encodeDelta('counts', undefined));
    parent.mergeEncoded('posts', leaf.encodeDelta('posts', undefined));
    const horizon = start + 4 * day;
    const prunedLeaf = leaf.prune(horizon);
    parent.prune(horizon);
    // Per post: a count key and a hashtag key (its own bucket), a report, an alert and a per-post record.
    expect(prunedLeaf).toBe(4 * 5);
    expect(leaf.retention.pruned).toBe(20);
    for (const replica of [leaf, parent]) {
      expect(TreeSimulation.countedPosts(replica)).toBe(6);
      expect(Math.min(...keysWithBucket(replica))).toBe(horizon);
      expect(Math.min(...replica.posts.values().map((r) => createdAtOf(r) as number))).toBe(horizon);
    }
    // A bucket that ends exactly at the horizon goes; one that contains it stays.
    const edge = new MetadataReplica('edge', bucket);
    edge.record(post(1, horizon - 1));
    edge.record(post(2, horizon));
    edge.prune(horizon);
    expect(TreeSimulation.countedPosts(edge)).toBe(1);
  });

  it('refuses old entries in a full state from a peer that has not pruned, without a failure; a post older than retention is not counted', () => {
    const leaf = new MetadataReplica('leaf', bucket);
    for (const meta of daily(10)) leaf.record(meta);
    const parent = new MetadataReplica('regional', bucket);
    parent.prune(start + 5 * day);
    for (const kind of ['counts', 'posts', 'reports', 'alerts'] as const) {
      const result = parent.mergeEncoded(kind, leaf.encodeDelta(kind, undefined));
      expect(result.needsSync).toBe(false);
    }
    expect(TreeSimulation.countedPosts(parent)).toBe(5);
    expect(parent.posts.size).toBe(5);
    expect(parent.retention.refused).toBe(5 * 5);
    // The leaf prunes later; it never sends the pruned records again, and the parent stays exact.
    leaf.prune(start + 5 * day);
    for (const meta of daily(2, 100).map((m) => ({ ...m, createdAtMs: m.createdAtMs + 20 * day }))) leaf.record(meta);
    const delta = leaf.encodeDelta('posts', parent.versionVector('posts'));
    parent.mergeEncoded('posts', delta);
    parent.mergeEncoded('counts', leaf.encodeDelta('counts', parent.versionVector('counts')));
    expect(parent.posts.values()).toEqual(leaf.posts.values());
    expect(TreeSimulation.countedPosts(parent)).toBe(7);
    expect(leaf.record(post(999, start))).toBe(false);
    expect(leaf.retention.expired).toBe(1);
  });

  it('keeps at most maxRecordsCount records per set, the newest, and refuses older ones arriving later', () => {
    const max = 4;
    const parent = new MetadataReplica('regional', bucket, { maxRecordsCount: max });
    const leaf = new MetadataReplica('leaf', bucket);
    for (const meta of daily(10)) leaf.record(meta);
    parent.mergeEncoded('posts', leaf.encodeDelta('posts', undefined));
    expect(parent.posts.size).toBe(10);
    parent.prune(Number.NEGATIVE_INFINITY);
    expect(parent.posts.size).toBe(max);
    expect(parent.posts.values().map((r) => createdAtOf(r) as number).sort((a, b) => a - b)).toEqual([6, 7, 8, 9].map((i) => start + i * day));
    // A late older record from another leaf is refused; a newer one is kept.
    const other = new MetadataReplica('leaf2', bucket);
    other.record(post(50, start + 2 * day));
    other.record(post(51, start + 12 * day));
    parent.mergeEncoded('posts', other.encodeDelta('posts', undefined));
    expect(parent.posts.values().map((r) => createdAtOf(r))).toContain(start + 12 * day);
    expect(parent.posts.values().map((r) => createdAtOf(r))).not.toContain(start + 2 * day);
    expect(countFloor(['{"created_at_ms":5}', '{"created_at_ms":5}', '{"created_at_ms":7}'], 2)).toBe(6);
    expect(countFloor(['{"created_at_ms":5}'], 2)).toBe(Number.NEGATIVE_INFINITY);
    expect(() => new MetadataReplica('x', bucket, { maxRecordsCount: 0 })).toThrow(RangeError);
    expect(workLimits.maxMetadataRecordsCount).toBeGreaterThan(0);
    expect(new MetadataReplica('x', bucket).maxRecordsCount).toBe(workLimits.maxMetadataRecordsCount);
  });

  it('the horizon only moves forward', () => {
    const replica = new MetadataReplica('leaf', bucket);
    replica.prune(start + 3 * day);
    replica.prune(start);
    expect(replica.retentionHorizonMs).toBe(start + 3 * day);
    expect(replica.record(post(1, start + day))).toBe(false);
  });
});

describe('the metadata_retention_days policy', () => {
  it('sets the retention when it is a positive number, no time limit otherwise', () => {
    const peer = fakePeerId(1);
    const state = createFederationState();
    const members = [{ peerId: peer, name: 'a', tier: 'leaf', territory: 'DK-AARHUS-C', council: true }];
    const step = (command: object) => {
      const result = apply(state, { atMs: 1, proposer: peer, ...command } as never);
      if (!result.ok) throw new Error(result.reason);
    };
    step({ bootstrap: { federationId: 'fed-retention', members } });
    const consensus = new ConsensusTestDouble(state, peer);
    expect(metadataRetentionMs(consensus)).toBe(Number.POSITIVE_INFINITY);
    step({ setPolicy: { name: 'metadata_retention_days', value: '7' } });
    expect(metadataRetentionMs(consensus)).toBe(7 * day);
    step({ setPolicy: { name: 'metadata_retention_days', value: '-1' } });
    expect(metadataRetentionMs(consensus)).toBe(Number.POSITIVE_INFINITY);
  });
});
