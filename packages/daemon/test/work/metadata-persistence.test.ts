// The metadata replica on disk: deltas appended to metadata.log (checksummed, fsync'd),
// the snapshot metadata.bin rewritten past maxMetadataLogBytes; recovery after a crash
// (no stop, a torn log tail) loses nothing that was saved and never reuses a dot; a
// restart replays only the content-store posts stored after the last saved cursor.
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync, truncateSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPair } from '@libp2p/crypto/keys';
import { afterAll, describe, expect, it } from 'vitest';
import { GossipChannels } from '../../src/host/gossip-channels.js';
import { createHost, type ContinuumHost } from '../../src/host/host.js';
import { IngestService } from '../../src/ingest/ingest.js';
import { MetadataFiles, metadataLogFile, metadataStateFile } from '../../src/metadata/persistence.js';
import type { MetadataInput } from '../../src/metadata/records.js';
import { MetadataReplica } from '../../src/metadata/replica.js';
import { MetadataService } from '../../src/metadata/service.js';
import { TreeSimulation } from '../../src/metadata/simulation.js';
import { PenaltyBox } from '../../src/protocol/penalties.js';
import { workLimits } from '../../src/work-limits.js';

const dirs: string[] = [];
const hosts: ContinuumHost[] = [];
const controller = new AbortController();
const bucket = workLimits.rollupBucketMs;
const now = Date.UTC(2026, 10, 22);

afterAll(async () => {
  controller.abort();
  await Promise.all(hosts.map((host) => host.stop()));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'continuum-metalog-'));
  dirs.push(dir);
  return dir;
}

function metadata(n: number, tag: string): MetadataInput[] {
  return Array.from({ length: n }, (_, i) => ({
    cid: `bafy-${tag}-${i}`, platform: 'test', createdAtMs: now - 3_600_000 + i * 1000, language: 'en', territory: 'DK', authorPseudonym: `p1:${i}`,
    isReply: false, mediaCount: 0, hashtags: [`t${i % 3}`], urlDomains: [], categories: [], primaryCategory: 'none', severity: 'low',
    signatures: { simhash: i.toString(16).padStart(16, '0'), minhash: [i], bands: [i] },
  }));
}

async function restored(dir: string, node = 'leaf'): Promise<{ replica: MetadataReplica; files: MetadataFiles }> {
  const replica = new MetadataReplica(node, bucket);
  const files = new MetadataFiles(dir, replica);
  await files.load();
  return { replica, files };
}

describe('metadata persistence', () => {
  it('appends deltas, recovers snapshot + log after a crash, and never reuses a dot', async () => {
    const dir = tempDir();
    const replica = new MetadataReplica('leaf', bucket);
    const files = new MetadataFiles(dir, replica);
    await files.load();
    for (let round = 0; round < 5; round++) {
      for (const meta of metadata(20, `r${round}`)) replica.record(meta);
      await files.save(undefined);
    }
    expect(files.stats).toMatchObject({ appends: 5, snapshots: 0 });
    expect(existsSync(join(dir, metadataStateFile))).toBe(false);
    // Later appends carry only the change: the last record is far smaller than the log.
    const logSize = statSync(join(dir, metadataLogFile)).size;
    const before = logSize;
    for (const meta of metadata(1, 'one')) replica.record(meta);
    await files.save(undefined);
    expect(statSync(join(dir, metadataLogFile)).size - before).toBeLessThan(before / 10);
    // Crash (no stop): the files alone give back everything saved.
    const { replica: back } = await restored(dir);
    expect(TreeSimulation.countedPosts(back)).toBe(101);
    expect(back.posts.values()).toEqual(replica.posts.values());
    for (const kind of ['counts', 'posts', 'reports'] as const) expect(back.versionVector(kind).get('leaf')).toBe(replica.versionVector(kind).get('leaf'));
    // Written after the restart: new dots, above every dot before the crash.
    const counter = back.versionVector('posts').get('leaf');
    back.record(metadata(1, 'after')[0] as MetadataInput);
    expect(back.versionVector('posts').get('leaf')).toBe(counter + 1);
  });

  it('a torn tail ends the log: saved records survive, the tail is cut, and appends go on from there', async () => {
    const dir = tempDir();
    const replica = new MetadataReplica('leaf', bucket);
    const files = new MetadataFiles(dir, replica);
    await files.load();
    for (const meta of metadata(10, 'a')) replica.record(meta);
    await files.save(undefined);
    const durable = statSync(join(dir, metadataLogFile)).size;
    // The second append is torn in a crash: its local writes were never on disk, so they
    // were never pushed (canPush), and the dots they took may be minted again.
    for (const meta of metadata(10, 'b')) replica.record(meta);
    await files.save(undefined);
    truncateSync(join(dir, metadataLogFile), statSync(join(dir, metadataLogFile)).size - 3);
    const { replica: back, files: backFiles } = await restored(dir);
    expect(backFiles.stats.tornBytes).toBeGreaterThan(0);
    expect(statSync(join(dir, metadataLogFile)).size).toBe(durable);
    expect(TreeSimulation.countedPosts(back)).toBe(10);
    for (const meta of metadata(5, 'c')) back.record(meta);
    await backFiles.save(undefined);
    const { replica: again } = await restored(dir);
    expect(TreeSimulation.countedPosts(again)).toBe(15);
    expect(again.posts.values()).toEqual(back.posts.values());
  });

  it('rewrites the snapshot once the log passes its bound (maxMetadataLogBytes) and empties the log', async () => {
    const dir = tempDir();
    const replica = new MetadataReplica('leaf', bucket);
    const files = new MetadataFiles(dir, replica, 2_000);
    await files.load();
    for (let round = 0; round < 4; round++) {
      for (const meta of metadata(10, `s${round}`)) replica.record(meta);
      await files.save({ store: 'st', seq: (round + 1) * 10 });
    }
    expect(files.stats.snapshots).toBeGreaterThan(0);
    expect(statSync(join(dir, metadataLogFile)).size).toBeLessThan(2_000 + 8_000);
    const { replica: back, files: backFiles } = await restored(dir);
    expect(TreeSimulation.countedPosts(back)).toBe(40);
    expect(backFiles.cursor).toEqual({ store: 'st', seq: 40 });
    expect(workLimits.maxMetadataLogBytes).toBeGreaterThan(2_000);
  });

  it('restarts from the saved cursor: posts after it are counted once, posts before it are not read again', async () => {
    const dir = tempDir();
    const host = await createHost({ privateKey: await generateKeyPair('Ed25519'), listen: ['/ip4/127.0.0.1/tcp/0'] });
    hosts.push(host);
    const line = (i: number) => JSON.stringify({ id: `p${i}`, platform: 'test', author: `a${i % 7}`, text: `post ${i} about the ferry`, created_at: '2026-11-21T10:00:00Z' });
    const body = (from: number, to: number) => `${Array.from({ length: to - from }, (_, i) => line(from + i)).join('\n')}\n`;
    const start = async (retentionMs?: number) => {
      const service = new MetadataService({
        host, gossip: new GossipChannels({ pubsub: host.services.pubsub, isMember: () => false }), dataDir: dir, tier: 'leaf', parent: () => undefined, isMember: () => false, penalise: new PenaltyBox().penalise, addressesOf: () => [],
        gossipIntervalMs: 1_000_000, syncIntervalMs: 1_000_000, signal: controller.signal, now: () => now,
        ...(retentionMs === undefined ? {} : { retentionMs: () => retentionMs }),
      });
      const replayAfter = await service.start();
      const ingest = new IngestService({
        dataDir: dir, territory: 'DK', now: () => now, analysisWorkers: 0, onStored: (metas, cursor) => service.record(metas, cursor),
        ...(replayAfter === undefined ? {} : { replayAfter }),
      });
      await ingest.open();
      const reads = (ingest as unknown as { store: { replayReads: number } }).store.replayReads;
      return { service, ingest, reads };
    };
    // First life: no metadata files yet, an empty store (a full replay of nothing).
    const first = await start();
    expect((await first.ingest.ingest(body(0, 30))).stored).toHaveLength(30);
    await first.service.persist();
    // Stored after the last save: acknowledged (on disk in the content store), metadata not saved.
    expect((await first.ingest.ingest(body(30, 42))).stored).toHaveLength(12);
    const crash = tempDir();
    const saved = [metadataStateFile, metadataLogFile].filter((name) => existsSync(join(dir, name)));
    for (const name of saved) copyFileSync(join(dir, name), join(crash, name));
    await first.ingest.close();
    await first.service.stop();
    // The crash: the metadata files as they were before the last 12 posts.
    for (const name of [metadataStateFile, metadataLogFile]) if (existsSync(join(dir, name))) unlinkSync(join(dir, name));
    for (const name of saved) copyFileSync(join(crash, name), join(dir, name));
    const second = await start();
    expect(second.reads).toBe(12);
    expect(TreeSimulation.countedPosts(second.service.replica)).toBe(42);
    await second.ingest.trimReplay(second.service.files.cursor ?? { store: '', seq: 0 });
    await second.service.stop();
    await second.ingest.close();
    // A clean stop saved everything: nothing to replay.
    const third = await start();
    expect(third.reads).toBe(0);
    expect(TreeSimulation.countedPosts(third.service.replica)).toBe(42);
    await third.service.stop();
    await third.ingest.close();
    // Without the metadata files (no cursor): the whole store is replayed, each post counted once.
    for (const name of [metadataStateFile, metadataLogFile]) if (existsSync(join(dir, name))) unlinkSync(join(dir, name));
    const fourth = await start();
    expect(fourth.reads).toBe(42);
    expect(TreeSimulation.countedPosts(fourth.service.replica)).toBe(42);
    await fourth.service.stop();
    await fourth.ingest.close();
    // A retention of one hour (the posts are from the day before): the service drops them at start.
    const fifth = await start(3_600_000);
    expect(TreeSimulation.countedPosts(fifth.service.replica)).toBe(0);
    expect(fifth.service.stats()).toMatchObject({ horizonMs: now - 3_600_000 });
    expect(fifth.service.stats().pruned).toBeGreaterThan(0);
    expect(fifth.service.replica.posts.size).toBe(0);
    await fifth.service.stop();
    await fifth.ingest.close();
  }, 30_000);
});
