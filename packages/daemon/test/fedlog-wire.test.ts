// The fedlog catch-up protocol over real libp2p hosts on loopback: a member that no longer
// holds the entries a follower asks for answers with its state, which follows the answer
// in chunks, so a state larger than one frame (maxFrameBytes) still reaches the follower.
import { afterEach, describe, expect, it } from 'vitest';
import type { ContinuumError } from '../src/errors.js';
import { apply, createFederationState } from '../src/federation/index.js';
import { snapshot } from '../src/federation/snapshot.js';
import { GossipChannels } from '../src/host/gossip-channels.js';
import type { ContinuumHost } from '../src/host/host.js';
import { limits } from '../src/limits.js';
import { Applier } from '../src/raft-driver/applier.js';
import { FedlogFollower } from '../src/raft-driver/fedlog.js';
import { FedlogWire } from '../src/raft-driver/fedlog-wire.js';
import { bootstrapped, command, council } from './support/federation-fixtures.js';
import { LoopbackHosts } from './support/loopback-hosts.js';

const hosts = new LoopbackHosts();
const wires: FedlogWire[] = [];

afterEach(async () => {
  for (const wire of wires.splice(0)) await wire.stop();
  await hosts.stopAll();
});

/** `founding` overrides the digest the wire checks against (a member that does not check: empty). */
function wireOn(host: ContinuumHost, applier: Applier, foreign: Array<ContinuumError<'FOREIGN_FEDERATION'>> = [], founding?: Uint8Array): FedlogWire {
  const gossip = new GossipChannels({ pubsub: host.services.pubsub, isMember: () => true });
  const wire = new FedlogWire({
    host, gossip, applier, isMember: () => true, isCouncil: () => true, penalise: () => { throw new Error('penalised'); }, receive: () => undefined,
    founding: () => founding ?? applier.state.founding, foreign: (error) => foreign.push(error),
  });
  wires.push(wire);
  return wire;
}

/** An applier holding a federation founded with `federationId`. */
function foundedAs(federationId: string): Applier {
  const state = createFederationState();
  expect(apply(state, command(1_000, { bootstrap: { federationId, members: [{ peerId: council, name: 'n', tier: 'national', territory: 'DK', council: true }] } })).ok).toBe(true);
  const applier = new Applier();
  applier.restore(snapshot(state), 1);
  return applier;
}

describe('fedlog catch-up', () => {
  it('brings a follower a state larger than a frame, in chunks after the answer', async () => {
    const state = bootstrapped();
    const value = new Uint8Array(200 * 1024).fill(3);
    for (let i = 0; state.kv.size * value.byteLength < limits.maxFrameBytes * 1.5; i += 1) {
      const result = apply(state, command(2_000 + i, { kvPut: { key: `big/${i}`, value: value.map((byte) => byte + i) } }));
      expect(result.ok).toBe(true);
    }
    const bytes = snapshot(state);
    expect(bytes.byteLength).toBeGreaterThan(limits.maxFrameBytes);

    const [serverHost, followerHost] = [await hosts.create(), await hosts.create()];
    const member = new Applier();
    member.restore(bytes, 5_000);
    await wireOn(serverHost, member).start();

    const follower = new Applier();
    const controller = new AbortController();
    const wire = wireOn(followerHost, follower);
    await followerHost.dial(serverHost.getMultiaddrs());
    const server = serverHost.peerId.toString();
    const answer = await wire.fetch(server, 0, controller.signal);
    expect(answer.snapshotIndex).toBe(5_000);
    expect(answer.commitIndex).toBe(5_000);
    expect(Buffer.compare(answer.snapshot ?? new Uint8Array(), bytes)).toBe(0);

    // The follower's loop installs it.
    const following = new FedlogFollower(follower, { fetch: (peer, after, signal) => wire.fetch(peer, after, signal), sources: () => [server] }, () => true, controller.signal);
    await following.catchUp([server]);
    expect(follower.appliedIndex).toBe(5_000);
    expect(following.stats.snapshotsInstalled).toBe(1);
    expect(Buffer.compare(follower.snapshot(), bytes)).toBe(0);
    controller.abort();
  }, 60_000);

  it('members founded apart refuse each other: the member refuses the request, and the follower refuses an answer when the member did not check', async () => {
    const [serverHost, followerHost] = [await hosts.create(), await hosts.create()];
    const server = serverHost.peerId.toString();
    const [memberForeign, followerForeign] = [[] as Array<ContinuumError<'FOREIGN_FEDERATION'>>, [] as Array<ContinuumError<'FOREIGN_FEDERATION'>>];
    await wireOn(serverHost, foundedAs('fed-one'), memberForeign).start();
    const follower = foundedAs('fed-two');
    const wire = wireOn(followerHost, follower, followerForeign);
    await followerHost.dial(serverHost.getMultiaddrs());
    await expect(wire.fetch(server, 1, AbortSignal.timeout(10_000))).rejects.toThrow();
    expect(memberForeign.map((error) => error.details.peer)).toEqual([followerHost.peerId.toString()]);

    // A member that does not check (no digest of its own to compare) still names its own in the answer.
    await wires.shift()?.stop();
    const unchecked = foundedAs('fed-one');
    await wireOn(serverHost, unchecked, memberForeign, new Uint8Array()).start();
    await expect(wire.fetch(server, 0, AbortSignal.timeout(10_000))).rejects.toMatchObject({ code: 'FOREIGN_FEDERATION', details: { peer: server } });
    expect(followerForeign).toHaveLength(1);
    expect(follower.appliedIndex).toBe(1);

    // A follower without a digest yet (it joined and has no state) is answered.
    const fresh = wireOn(followerHost, new Applier());
    const answer = await fresh.fetch(server, 0, AbortSignal.timeout(10_000));
    expect(answer.snapshotIndex).toBe(1);
  }, 60_000);
});
