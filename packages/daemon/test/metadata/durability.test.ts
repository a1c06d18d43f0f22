// The metadata replication across restarts and crashes: a post is counted once however
// often it is recorded; posts stored while the daemon was down are replayed from the
// content store; a leaf sends no local write before it is on disk (so a crash cannot make
// it hand out a dot its parent already holds for another post); a parent that comes back
// with less than it acknowledged is sent the rest.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPair } from '@libp2p/crypto/keys';
import { afterAll, describe, expect, it } from 'vitest';
import { GossipChannels } from '../../src/host/gossip-channels.js';
import { createHost, type ContinuumHost } from '../../src/host/host.js';
import { IngestService } from '../../src/ingest/ingest.js';
import type { MetadataInput } from '../../src/metadata/records.js';
import { MetadataReplica } from '../../src/metadata/replica.js';
import { MetadataFiles } from '../../src/metadata/persistence.js';
import { MetadataService } from '../../src/metadata/service.js';
import { TreeSimulation } from '../../src/metadata/simulation.js';
import { MetadataSync, upwardKinds } from '../../src/metadata/sync.js';
import type { SyncMessage } from '../../src/metadata/wire.js';
import { decodeSyncMessage, encodeSyncMessage } from '../../src/metadata/wire.js';
import { PenaltyBox } from '../../src/protocol/penalties.js';

const dirs: string[] = [];
const hosts: ContinuumHost[] = [];
const services: MetadataService[] = [];
const controller = new AbortController();

afterAll(async () => {
  controller.abort();
  await Promise.all(services.map((service) => service.stop().catch(() => undefined)));
  await Promise.all(hosts.map((host) => host.stop()));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'continuum-durable-'));
  dirs.push(dir);
  return dir;
}

function metadata(n: number, tag: string): MetadataInput[] {
  return Array.from({ length: n }, (_, i) => ({
    cid: `bafy-${tag}-${i}`, platform: 'test', createdAtMs: Date.UTC(2026, 10, 21) + i * 1000, language: 'en', territory: 'US-CA-SF',
    authorPseudonym: `p1:${i}`, isReply: false, mediaCount: 0, hashtags: ['sf'], urlDomains: [], categories: [], primaryCategory: 'none',
    severity: 'low', signatures: { simhash: i.toString(16).padStart(16, '0'), minhash: [i], bands: [i] },
  }));
}

/** A child and a parent wired through a queue of encoded messages, delivered by `settle`. */
function pair(canPush?: () => boolean) {
  const queue: Array<{ to: 'child' | 'parent'; from: string; bytes: Uint8Array }> = [];
  const child = new MetadataReplica('leaf', 60_000);
  const parent = { replica: new MetadataReplica('regional', 60_000), sync: undefined as unknown as MetadataSync };
  const makeParentSync = () => new MetadataSync({
    replica: parent.replica, upward: upwardKinds('regional'), parent: () => undefined,
    send: (_to, message) => queue.push({ to: 'child', from: 'regional', bytes: encodeSyncMessage(message) }),
  });
  parent.sync = makeParentSync();
  const childSync = new MetadataSync({
    replica: child, upward: upwardKinds('leaf'), parent: () => 'regional', ...(canPush === undefined ? {} : { canPush }),
    send: (_to, message: SyncMessage) => queue.push({ to: 'parent', from: 'leaf', bytes: encodeSyncMessage(message) }),
  });
  const settle = () => {
    for (let i = 0; i < 100 && queue.length > 0; i++) {
      const next = queue.shift();
      if (next === undefined) break;
      if (next.to === 'parent') parent.sync.receive(next.from, decodeSyncMessage(next.bytes));
      else childSync.receive(next.from, decodeSyncMessage(next.bytes));
    }
  };
  /** The parent restarts from an empty state (it crashed before it saved anything). */
  const restartParent = () => {
    parent.replica = new MetadataReplica('regional', 60_000);
    parent.sync = makeParentSync();
  };
  return { child, childSync, parent, settle, restartParent };
}

describe('metadata durability', () => {
  it('counts a post once however often it is recorded', () => {
    const replica = new MetadataReplica('leaf', 60_000);
    const posts = metadata(5, 'once');
    expect(posts.map((meta) => replica.record(meta))).toEqual([true, true, true, true, true]);
    expect(posts.map((meta) => replica.record(meta))).toEqual([false, false, false, false, false]);
    expect(TreeSimulation.countedPosts(replica)).toBe(5);
    expect(replica.writesLocal).toBe(5);
  });

  it('sends again to a parent that acknowledges less than it did before (restarted from an older state)', () => {
    const { child, childSync, parent, settle, restartParent } = pair();
    for (const meta of metadata(6, 'lost')) child.record(meta);
    childSync.flush();
    settle();
    expect(TreeSimulation.countedPosts(parent.replica)).toBe(6);
    expect(childSync.caughtUp()).toBe(true);
    restartParent();
    expect(TreeSimulation.countedPosts(parent.replica)).toBe(0);
    // The next anti-entropy round asks for the parent's vectors; its smaller answer is believed.
    childSync.tick();
    settle();
    expect(TreeSimulation.countedPosts(parent.replica)).toBe(6);
    expect(parent.replica.posts.size).toBe(6);
  });

  it('holds local writes back while canPush says no, and sends them once it says yes', () => {
    let durable = false;
    const { child, childSync, parent, settle } = pair(() => durable);
    for (const meta of metadata(4, 'held')) child.record(meta);
    childSync.flush();
    settle();
    childSync.tick();
    settle();
    expect(TreeSimulation.countedPosts(parent.replica)).toBe(0);
    expect(childSync.caughtUp()).toBe(false);
    durable = true;
    childSync.flush();
    settle();
    expect(TreeSimulation.countedPosts(parent.replica)).toBe(4);
  });

  it('replays the content store at open: posts stored while the daemon was down are recorded, none twice', async () => {
    const dir = tempDir();
    const line = (i: number) => JSON.stringify({ id: `o${i}`, platform: 'test', author: `a${i}`, text: `offline post ${i} about the ferry`, created_at: '2026-11-21T10:00:00Z' });
    const offline = new IngestService({ dataDir: dir, territory: 'US-CA-SF', now: () => Date.UTC(2026, 10, 21, 12) });
    await offline.open();
    expect((await offline.ingest(`${[0, 1, 2].map(line).join('\n')}\n`)).stored).toHaveLength(3);
    await offline.close();
    const replica = new MetadataReplica('leaf', 60_000);
    const recorded: boolean[] = [];
    const reopen = async () => {
      const ingest = new IngestService({ dataDir: dir, territory: 'US-CA-SF', now: () => Date.UTC(2026, 10, 21, 12), onStored: (metas) => recorded.push(...metas.map((m) => replica.record(m))) });
      await ingest.open();
      return ingest;
    };
    const first = await reopen();
    expect(recorded).toEqual([true, true, true]);
    expect((await first.ingest(`${line(3)}\n`)).stored).toHaveLength(1);
    await first.close();
    recorded.length = 0;
    await (await reopen()).close();
    expect(recorded).toEqual([false, false, false, false]);
    expect(TreeSimulation.countedPosts(replica)).toBe(4);
  });

  it('a leaf\'s data dir holds every local write its parent has counted (nothing sent before it is saved)', async () => {
    const members = new Set<string>();
    const made: Array<{ host: ContinuumHost; id: string; service: MetadataService; dir: string }> = [];
    const parentOf = new Map<string, string>();
    for (const tier of ['regional', 'leaf']) {
      const host = await createHost({ privateKey: await generateKeyPair('Ed25519'), listen: ['/ip4/127.0.0.1/tcp/0'] });
      hosts.push(host);
      const id = host.peerId.toString();
      members.add(id);
      const dir = tempDir();
      const service = new MetadataService({
        host, gossip: new GossipChannels({ pubsub: host.services.pubsub, isMember: (peer) => members.has(peer) }),
        dataDir: dir, tier, parent: () => parentOf.get(id), isMember: (peer) => members.has(peer), penalise: new PenaltyBox().penalise,
        addressesOf: (peer) => made.find((m) => m.id === peer)?.host.getMultiaddrs().map((a) => a.toString()) ?? [],
        gossipIntervalMs: 20, syncIntervalMs: 10_000, signal: controller.signal,
      });
      await service.start();
      services.push(service);
      made.push({ host, id, service, dir });
    }
    const [regional, leaf] = made as [typeof made[number], typeof made[number]];
    parentOf.set(leaf.id, regional.id);
    await leaf.host.dial(regional.host.getMultiaddrs());
    for (let round = 1; round <= 5; round++) {
      leaf.service.record(metadata(10, `round${round}`));
      for (let i = 0; i < 400 && TreeSimulation.countedPosts(regional.service.replica) < round * 10; i++) {
        // The moment the parent counts them, the leaf's file must hold them too.
        const counted = TreeSimulation.countedPosts(regional.service.replica);
        const onDisk = new MetadataReplica(leaf.id, 60_000);
        // Read while the leaf writes: nothing is cut (a record may be half written at this moment).
        await new MetadataFiles(leaf.dir, onDisk).load({ repairTornTail: false });
        expect(TreeSimulation.countedPosts(onDisk)).toBeGreaterThanOrEqual(counted);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      expect(TreeSimulation.countedPosts(regional.service.replica)).toBe(round * 10);
    }
  }, 30_000);
});
