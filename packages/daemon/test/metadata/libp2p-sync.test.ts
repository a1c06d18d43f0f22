// Real libp2p hosts on 127.0.0.1: the metadata replication over gossipsub and
// /continuum/sync/1.0.0, from a leaf through a regional to a national, a failover to
// another regional, a restart from the persisted state, and the members-only guard.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPair } from '@libp2p/crypto/keys';
import { afterAll, describe, expect, it } from 'vitest';
import { GossipChannels } from '../../src/host/gossip-channels.js';
import { createHost, type ContinuumHost } from '../../src/host/host.js';
import { syncProtocol } from '../../src/metadata/libp2p-transport.js';
import type { MetadataInput } from '../../src/metadata/records.js';
import { MetadataService } from '../../src/metadata/service.js';
import { TreeSimulation } from '../../src/metadata/simulation.js';
import { writeFrame } from '../../src/protocol/framing.js';
import { PenaltyBox } from '../../src/protocol/penalties.js';
import { encodeSyncMessage } from '../../src/metadata/wire.js';

const dirs: string[] = [];
const hosts: ContinuumHost[] = [];
const services: MetadataService[] = [];
const controller = new AbortController();
const members = new Set<string>();
const parents = new Map<string, string>();
const penalties = new PenaltyBox();

afterAll(async () => {
  controller.abort();
  await Promise.all(services.map((service) => service.stop().catch(() => undefined)));
  await Promise.all(hosts.map((host) => host.stop()));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function node(tier: string, dataDir?: string, key?: Awaited<ReturnType<typeof generateKeyPair>>) {
  const privateKey = key ?? await generateKeyPair('Ed25519');
  const host = await createHost({ privateKey, listen: ['/ip4/127.0.0.1/tcp/0'] });
  hosts.push(host);
  const id = host.peerId.toString();
  members.add(id);
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'continuum-meta-'));
  if (dataDir === undefined) dirs.push(dir);
  const service = new MetadataService({
    host, gossip: new GossipChannels({ pubsub: host.services.pubsub, isMember: (peer) => members.has(peer), penalise: penalties.penalise }),
    dataDir: dir, tier, parent: () => parents.get(id), isMember: (peer) => members.has(peer), penalise: penalties.penalise,
    addressesOf: (peer) => hosts.find((h) => h.peerId.toString() === peer)?.getMultiaddrs().map((a) => a.toString()) ?? [],
    gossipIntervalMs: 30, syncIntervalMs: 300, signal: controller.signal,
  });
  await service.start();
  services.push(service);
  return { host, id, service, dir, privateKey };
}

function metadata(n: number, tag: string): MetadataInput[] {
  return Array.from({ length: n }, (_, i) => ({
    cid: `bafy-${tag}-${i}`, platform: 'test', createdAtMs: Date.UTC(2026, 10, 21) + i * 1000, language: 'en', territory: 'US-CA-SF',
    authorPseudonym: `p1:${i}`, isReply: false, mediaCount: 0, hashtags: ['sf'], urlDomains: [], categories: ['threat'], primaryCategory: 'threat',
    severity: i % 2 === 0 ? 'high' : 'low', signatures: { simhash: i.toString(16).padStart(16, '0'), minhash: [i], bands: [i] },
  }));
}

async function until(condition: () => boolean, what: string, attempts = 400): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('metadata replication over libp2p', () => {
  it('carries a leaf\'s metadata to its regional and roll-ups to the national, survives a failover and a restart without double counting', async () => {
    const national = await node('national');
    const regionalA = await node('regional');
    const regionalB = await node('regional');
    const leaf = await node('leaf');
    parents.set(regionalA.id, national.id);
    parents.set(regionalB.id, national.id);
    parents.set(leaf.id, regionalA.id);
    for (const other of [national, regionalA, regionalB]) await leaf.host.dial(other.host.getMultiaddrs());
    for (const other of [national, regionalB]) await regionalA.host.dial(other.host.getMultiaddrs());
    await regionalB.host.dial(national.host.getMultiaddrs());

    leaf.service.record(metadata(10, 'a'));
    await until(() => TreeSimulation.countedPosts(national.service.replica) === 10, 'national counts');
    expect(TreeSimulation.countedPosts(regionalA.service.replica)).toBe(10);
    expect(regionalA.service.replica.posts.size).toBe(10);
    expect(national.service.replica.posts.size).toBe(0);
    expect(national.service.replica.alerts.size).toBe(5);

    // Failover: the leaf's parent becomes regional B; regional A stops.
    await regionalA.service.stop();
    await regionalA.host.stop();
    parents.set(leaf.id, regionalB.id);
    leaf.service.record(metadata(5, 'b'));
    await until(() => TreeSimulation.countedPosts(national.service.replica) === 15 && TreeSimulation.countedPosts(regionalB.service.replica) === 15, 'failover');
    expect(national.service.replica.reports.size).toBe(15);

    // The leaf restarts from its persisted state and records more: no dot is reused.
    await leaf.service.stop();
    await leaf.host.stop();
    const again = await node('leaf', leaf.dir, leaf.privateKey);
    expect(TreeSimulation.countedPosts(again.service.replica)).toBe(15);
    await again.host.dial(regionalB.host.getMultiaddrs());
    again.service.record(metadata(3, 'c'));
    await until(() => TreeSimulation.countedPosts(national.service.replica) === 18, 'after restart');
    expect(TreeSimulation.countedPosts(regionalB.service.replica)).toBe(18);
    const sent = again.service.transport.stats;
    expect(sent.gossipSent + sent.streamSent).toBeGreaterThan(0);
  }, 60_000);

  it('a leaf back with a backlog over 4 MiB catches up in one chunked message', async () => {
    const regional = await node('regional');
    const leaf = await node('leaf');
    await leaf.host.dial(regional.host.getMultiaddrs());
    const backlog = metadata(6_000, 'offline').map((meta, i) => ({ ...meta, signatures: { ...meta.signatures, minhash: Array.from({ length: 64 }, (_, k) => (i * 7919 + k * 104_729) >>> 0) } }));
    leaf.service.record(backlog);
    const size = leaf.service.replica.encodeDelta('reports', undefined).length + leaf.service.replica.encodeDelta('posts', undefined).length;
    expect(size).toBeGreaterThan(4 * 1024 * 1024);
    parents.set(leaf.id, regional.id);
    await until(() => TreeSimulation.countedPosts(regional.service.replica) === 6_000 && regional.service.replica.reports.size === 6_000, 'backlog', 1_200);
    expect(leaf.service.transport.stats.streamSent).toBeGreaterThan(0);
  }, 60_000);

  it('refuses sync streams from non-members before reading them', async () => {
    const member = await node('regional');
    const stranger = await createHost({ privateKey: await generateKeyPair('Ed25519'), listen: ['/ip4/127.0.0.1/tcp/0'] });
    hosts.push(stranger);
    const before = TreeSimulation.countedPosts(member.service.replica);
    const stream = await stranger.dialProtocol(member.host.getMultiaddrs(), syncProtocol);
    const fake = metadata(1, 'x');
    const { MetadataReplica } = await import('../../src/metadata/replica.js');
    const replica = new MetadataReplica(stranger.peerId.toString(), 60_000);
    replica.record(fake[0] as MetadataInput);
    await writeFrame(stream, encodeSyncMessage({ type: 'push', from: stranger.peerId.toString(), parts: [{ kind: 'counts', bytes: replica.encodeDelta('counts', undefined) }] })).catch(() => undefined);
    await stream.close().catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(TreeSimulation.countedPosts(member.service.replica)).toBe(before);
  }, 30_000);
});
