// Real daemon processes on loopback (the CLI binary): a council of 3 plus 6 members found
// through bootstrap; kill -9 of the leader; acknowledged writes survive; the killed node
// catches up after a restart; a non-member's Raft messages and gossip are refused.
import { generateKeyPair } from '@libp2p/crypto/keys';
import { multiaddr } from '@multiformats/multiaddr';
import { peerIdFromString } from '@libp2p/peer-id';
import { MessageType, encodeMessageBatch } from '@continuum/raft';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCommand } from '../src/federation/command.js';
import { continuum } from '../src/gen/federation.js';
import { createHost } from '../src/host/host.js';
import type { ContinuumHost } from '../src/host/host.js';
import { limits } from '../src/limits.js';
import { encodeFrame } from '../src/protocol/framing.js';
import { encodeEnvelope, newProposalId } from '../src/raft-driver/envelope.js';
import { fedlogTopic } from '../src/raft-driver/fedlog-wire.js';
import { raftProtocol } from '../src/raft-driver/transport.js';
import { ProcessCluster, cliBuilt, waitFor } from './support/process-cluster.js';
import type { ProcNode } from './support/process-cluster.js';

const cluster = new ProcessCluster();
const acked = new Map<string, string>();
let council: ProcNode[] = [];
let leaves: ProcNode[] = [];

async function put(node: ProcNode, key: string, value: string): Promise<boolean> {
  const response = await cluster.api<{ index: number }>(node, 'PUT', `/v1/kv/${encodeURIComponent(key)}`, value).catch(() => ({ status: 0, body: undefined }));
  if (response.status === 200) acked.set(key, value);
  return response.status === 200;
}

const leaderOf = (nodes: readonly ProcNode[]): Promise<ProcNode | undefined> => cluster.leaderOf(nodes);

describe.skipIf(!cliBuilt())('a federation of daemon processes', () => {
  beforeAll(async () => {
    await cluster.init();
    ({ council, members: leaves } = await cluster.formFederation('fed-proc', ['c1', 'c2', 'c3'], ['m1', 'm2', 'm3', 'm4', 'm5', 'm6']));
  }, 150_000);

  afterAll(async () => {
    await cluster.stop();
  }, 60_000);

  it('has 9 members, 3 voters, and every node serves the KV', async () => {
    const members = await cluster.api<{ members: unknown[] }>(leaves[5] as ProcNode, 'GET', '/v1/members');
    expect(members.body.members).toHaveLength(9);
    for (const [i, node] of [...council, ...leaves].entries()) expect(await put(node, `k/${i}`, `v${i}`)).toBe(true);
    const read = await cluster.api<string>(leaves[0] as ProcNode, 'GET', `/v1/kv/${encodeURIComponent('k/2')}`);
    expect(read).toEqual({ status: 200, body: 'v2' });
    // Every member found the first council node through bootstrap discovery.
    const discovery = await cluster.api<{ peers: Array<{ peerId: string; methods: string[] }> }>(leaves[3] as ProcNode, 'GET', '/v1/discovery');
    expect(discovery.status).toBe(200);
    expect(discovery.body.peers.find((peer) => peer.peerId === council[0]?.peerId)?.methods).toContain('bootstrap');
  }, 60_000);

  it('elects a new leader after kill -9 of the leader; acknowledged writes survive; the node catches up on restart', async () => {
    const leader = await waitFor('a leader', () => leaderOf(council));
    // A follower (not a Raft peer) crashes too: it must come back from its saved state.
    const crashedLeaf = leaves[4] as ProcNode;
    cluster.kill9(crashedLeaf);
    const writer = (async () => {
      for (let i = 0; i < 40; i += 1) await put(leaves[i % leaves.length] as ProcNode, `w/${i}`, `x${i}`);
    })();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const killedAt = performance.now();
    cluster.kill9(leader);
    const survivors = council.filter((node) => node !== leader);
    const next = await waitFor('a new leader', () => leaderOf(survivors), 20_000, 10);
    const failoverMs = performance.now() - killedAt;
    console.log(`FAILOVER_MS ${failoverMs.toFixed(0)} (new leader ${next.name})`);
    expect(next).not.toBe(leader);
    expect(failoverMs).toBeLessThan(5_000);
    await writer;
    expect(await put(next, 'after/failover', 'yes')).toBe(true);
    for (const [key, value] of acked) {
      const read = await cluster.api<string>(leaves[1] as ProcNode, 'GET', `/v1/kv/${encodeURIComponent(key)}`);
      expect(read, key).toEqual({ status: 200, body: value });
    }
    await cluster.start(leader);
    const target = (await cluster.raft(next)).commitIndex;
    await waitFor('the restarted node to catch up', async () => ((await cluster.raft(leader)).appliedIndex >= target ? true : undefined), 30_000);
    for (const [key, value] of acked) {
      const read = await cluster.api<string>(leader, 'GET', `/v1/kv/${encodeURIComponent(key)}?consistency=stale`);
      expect(read, key).toEqual({ status: 200, body: value });
    }
    await cluster.start(crashedLeaf);
    await waitFor('the crashed follower to catch up', async () => ((await cluster.raft(crashedLeaf)).appliedIndex >= target ? true : undefined), 30_000);
    for (const [key, value] of acked) {
      const read = await cluster.api<string>(crashedLeaf, 'GET', `/v1/kv/${encodeURIComponent(key)}?consistency=stale`);
      expect(read, key).toEqual({ status: 200, body: value });
    }
  }, 120_000);

  it('a voter and a follower that were down while the state outgrew a frame and the log was compacted catch up from snapshots', async () => {
    const leader = await waitFor('a leader', () => leaderOf(council));
    const voter = council.find((node) => node !== leader) as ProcNode;
    const follower = leaves[2] as ProcNode;
    const before = (await cluster.raft(leader)).commitIndex;
    cluster.kill9(voter);
    cluster.kill9(follower);
    // More entries than a snapshot interval (the leader compacts its log) and than the
    // fedlog keeps (members answer with their state); a state larger than one frame.
    const count = 2 * limits.fedlogRetainedEntries + 1_000;
    const filler = 'x'.repeat(700);
    const valueOf = (i: number): string => `${i}:${filler}`;
    expect(count * filler.length).toBeGreaterThan(2 * limits.maxFrameBytes);
    try {
      let next = 0;
      await Promise.all(Array.from({ length: 32 }, async () => {
        for (let i = next++; i < count; i = next++) {
          const response = await cluster.api(leader, 'PUT', `/v1/kv/big%2F${i}`, valueOf(i));
          if (response.status !== 200) throw new Error(`PUT big/${i}: ${response.status} ${JSON.stringify(response.body)}`);
        }
      }));
      // The leader's log no longer holds what the voter lacks: it can only catch up from a snapshot.
      await waitFor('the leader to compact its log past the voter', async () => {
        const status = await cluster.raft(leader);
        return status.logSize < status.commitIndex - before ? true : undefined;
      }, 30_000);
    } finally {
      await Promise.all([cluster.start(voter), cluster.start(follower)]);
    }
    const target = (await cluster.raft(leader)).commitIndex;
    const restartedAt = performance.now();
    for (const node of [voter, follower]) {
      await waitFor(`${node.name} to catch up`, async () => ((await cluster.raft(node)).appliedIndex >= target ? true : undefined), 60_000);
      console.log(`CATCH_UP_MS ${node.name} ${(performance.now() - restartedAt).toFixed(0)} (${count} writes since it stopped)`);
    }
    // The voter got a snapshot, not the log: its own log starts after the compaction point.
    expect((await cluster.raft(voter)).logSize).toBeLessThan(count);
    for (const i of [0, 1, count >> 1, count - 2, count - 1]) {
      for (const node of [voter, follower]) {
        const read = await cluster.api<string>(node, 'GET', `/v1/kv/big%2F${i}?consistency=stale`);
        expect(read, `${node.name} big/${i}`).toEqual({ status: 200, body: valueOf(i) });
      }
    }
  }, 180_000);

  it('a member and the leader leave cleanly: out of the state, the leader out of Raft', async () => {
    const leaf = leaves[5] as ProcNode;
    expect((await cluster.api(leaf, 'POST', '/v1/leave', {})).status).toBe(200);
    const leader = await waitFor('a leader', () => leaderOf(council));
    expect((await cluster.api(leader, 'POST', '/v1/leave', {})).status).toBe(200);
    const rest = council.filter((node) => node !== leader);
    const next = await waitFor('a leader without the one that left', async () => {
      const candidate = await leaderOf(rest);
      if (candidate === undefined) return undefined;
      const status = await cluster.raft(candidate);
      return status.voters.length === 2 && !status.voters.includes(leader.peerId) ? candidate : undefined;
    }, 30_000, 100);
    const members = await cluster.api<{ members: Array<{ peer_id?: string; peerId?: string }> }>(next, 'GET', '/v1/members');
    expect(members.body.members).toHaveLength(7);
    expect(await put(leaves[0] as ProcNode, 'after/leave', 'ok')).toBe(true);
  }, 60_000);

  it('refuses Raft messages and fedlog gossip from a non-member', async () => {
    const host: ContinuumHost = await createHost({ privateKey: await generateKeyPair('Ed25519'), listen: ['/ip4/127.0.0.1/tcp/0'] });
    try {
      const leader = await waitFor('a leader', () => leaderOf(council));
      const before = await cluster.raft(leader);
      const heartbeat = {
        type: MessageType.Heartbeat, to: leader.peerId, from: host.peerId.toString(), term: before.term + 100, logTerm: 0, index: 0,
        entries: [], commit: 0, reject: false, rejectHint: 0, context: new Uint8Array(),
      };
      const stream = await host.dialProtocol(multiaddr(cluster.address(leader)), raftProtocol);
      // The members-only guard aborts the stream before reading a byte: the write fails or goes nowhere.
      try {
        stream.send(encodeFrame(encodeMessageBatch([heartbeat])));
      } catch {
        // already reset by the leader
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(stream.status).not.toBe('open');
      const after = await cluster.raft(leader);
      expect(after.term).toBe(before.term);
      expect(after.role).toBe('leader');

      // Forged fedlog gossip to a follower: the next entry, a KV put "proposed" by a member.
      const leaf = leaves[2] as ProcNode;
      await host.dial(peerIdFromString(leaf.peerId), { signal: AbortSignal.timeout(5_000) }).catch(() => host.dial(multiaddr(cluster.address(leaf))));
      host.services.pubsub.subscribe(fedlogTopic);
      const status = await cluster.raft(leaf);
      const command = encodeCommand({ atMs: Date.now(), proposer: council[0]?.peerId ?? '', kvPut: { key: 'forged', value: new TextEncoder().encode('x') } });
      const batch = continuum.daemon.v1.FedlogBatch.encode({
        entries: [{ index: status.appliedIndex + 1, term: status.term, type: 0, data: encodeEnvelope(newProposalId(), command) }], commitIndex: status.appliedIndex + 1,
      }).finish();
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await host.services.pubsub.publish(fedlogTopic, batch);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const forged = await cluster.api(leaf, 'GET', '/v1/kv/forged?consistency=stale');
      expect(forged.status).toBe(404);
    } finally {
      await host.stop();
    }
  }, 60_000);

  it('the remaining members leave one by one, the last one that is not a voter too', async () => {
    // Once the last non-voter is out the leader no longer gossips the log to followers:
    // the entry that removes it must still reach it, or its leave waits until it times out.
    for (const leaf of leaves.slice(0, 5)) {
      const left = await cluster.api<{ ok: boolean }>(leaf, 'POST', '/v1/leave', {});
      expect(left.status, leaf.peerId).toBe(200);
    }
    const leader = await waitFor('a leader', () => leaderOf(council));
    const members = await cluster.api<{ members: unknown[] }>(leader, 'GET', '/v1/members');
    expect(members.body.members).toHaveLength(2);
  }, 60_000);
});
