// Follow-the-log at 120 members, in one process over a simulated overlay (no libp2p):
// the leader publishes each applied batch to ONE relay; gossip flows down a random tree
// of followers (each relays to its children, as a gossipsub mesh does) and each hop
// loses 15% of messages; followers fetch gaps from their parent or two random members,
// never from the leader except the first relay. Every follower must end with the
// leader's state byte for byte, and the leader must serve a small share of the fetches.
import { describe, expect, it } from 'vitest';
import { apply } from '../src/federation/apply.js';
import { encodeCommand } from '../src/federation/command.js';
import { snapshot } from '../src/federation/snapshot.js';
import { createFederationState } from '../src/federation/state.js';
import { limits } from '../src/limits.js';
import { fakePeerId } from './support/federation-fixtures.js';
import { Applier } from '../src/raft-driver/applier.js';
import type { LogEntry } from '../src/raft-driver/applier.js';
import { encodeEnvelope, newProposalId } from '../src/raft-driver/envelope.js';
import { FedlogFollower, answerFedlog } from '../src/raft-driver/fedlog.js';

const followers = 120;
const member = fakePeerId(0);

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const flush = async (): Promise<void> => {
  for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setImmediate(resolve));
};

/**
 * One follower of a bootstrapped leader on a manual clock: `runFor` advances the clock in
 * poll steps and polls; every fetch is recorded, and answered while `reachable`.
 */
function clockedFollower(federationId: string) {
  const leader = new Applier();
  const boot = createFederationState();
  expect(apply(boot, { atMs: 1, proposer: member, bootstrap: { federationId, members: [{ peerId: member, name: 'leader', tier: 'leaf', territory: 'DK-AARHUS', council: true }] } }).ok).toBe(true);
  leader.restore(snapshot(boot), 1);
  const follower = new Applier();
  const rig = { leader, follower, now: 0, reachable: true, fetched: [] as Array<{ at: number; peer: string }>, step: limits.fedlogPollIntervalMs / 4 };
  const node = new FedlogFollower(follower, {
    fetch: (peer, afterIndex) => {
      rig.fetched.push({ at: rig.now, peer });
      return rig.reachable ? Promise.resolve(answerFedlog(leader, afterIndex, limits.fedlogMaxEntriesPerResponse)) : Promise.reject(new Error('unreachable'));
    },
    sources: () => [member],
  }, () => true, new AbortController().signal, () => rig.now);
  const runFor = async (ms: number): Promise<void> => {
    for (let t = 0; t < ms; t += rig.step) {
      rig.now += rig.step;
      node.poll();
      await flush();
    }
  };
  /** The leader commits and applies one KV put. */
  const commit = (): LogEntry => {
    const command = encodeCommand({ atMs: rig.now, proposer: member, kvPut: { key: 'k', value: new TextEncoder().encode(String(rig.now)) } });
    const entry: LogEntry = { index: leader.appliedIndex + 1, term: 2, type: 0, data: encodeEnvelope(newProposalId(), command) };
    leader.applyEntries([entry]);
    return entry;
  };
  return { rig, node, runFor, commit };
}

describe('follow-the-log at 120 members (simulated overlay)', () => {
  it('every follower converges on the leader state through relays and gap fetches', async () => {
    const random = prng(7);
    const boot = createFederationState();
    expect(apply(boot, { atMs: 1, proposer: member, bootstrap: { federationId: 'fed-sim', members: [{ peerId: member, name: 'leader', tier: 'leaf', territory: 'DK-AARHUS', council: true }] } }).ok).toBe(true);
    const leader = new Applier();
    leader.restore(snapshot(boot), 1);
    const appliers = Array.from({ length: followers }, () => new Applier());
    const served = new Map<string, number>();
    const names = appliers.map((_, i) => `f${i}`);
    const byName = new Map<string, Applier>([[member, leader], ...names.map((name, i) => [name, appliers[i] as Applier] as const)]);
    const parent = (i: number): string => (i === 0 ? member : `f${Math.floor((i - 1) / 4)}`);
    const children = (i: number): number[] => [1, 2, 3, 4].map((k) => i * 4 + k).filter((c) => c < followers);
    let now = 0;
    const controller = new AbortController();
    const nodes = appliers.map((applier, i) => new FedlogFollower(applier, {
      fetch: (peer, afterIndex) => {
        served.set(peer, (served.get(peer) ?? 0) + 1);
        const source = byName.get(peer);
        if (source === undefined) return Promise.reject(new Error('unknown'));
        return Promise.resolve(answerFedlog(source, afterIndex, limits.fedlogMaxEntriesPerResponse));
      },
      sources: () => [parent(i), `f${Math.floor(random() * followers)}`, `f${Math.floor(random() * followers)}`].filter((name) => name !== `f${i}`),
    }, () => true, controller.signal, () => now));

    const deliver = (i: number, entries: readonly LogEntry[], commit: number, from: string): void => {
      if (random() < 0.15) return; // lost on this hop
      nodes[i]?.receive(entries, commit, from);
      for (const child of children(i)) deliver(child, entries, commit, `f${i}`);
    };

    // A late joiner starts from nothing and gets a snapshot (the leader keeps no entries before its restore).
    let index = 1;
    for (let batch = 0; batch < 60; batch += 1) {
      const entries: LogEntry[] = [];
      for (let k = 0; k < 5; k += 1) {
        index += 1;
        const command = encodeCommand({ atMs: 10 + index, proposer: member, kvPut: { key: `k${index % 37}`, value: new TextEncoder().encode(`v${index}`) } });
        entries.push({ index, term: 2, type: 0, data: encodeEnvelope(newProposalId(), command) });
      }
      leader.applyEntries(entries);
      deliver(0, entries, index, member);
      await flush();
      now += 250;
      for (const node of nodes) node.poll();
      await flush();
    }
    for (let round = 0; round < 20; round += 1) {
      now += limits.fedlogIdlePollMaxMs;
      for (const node of nodes) node.poll();
      await flush();
    }
    const expected = snapshot(leader.state);
    const behind = appliers.filter((applier) => applier.appliedIndex !== leader.appliedIndex).length;
    expect(behind).toBe(0);
    for (const applier of appliers) expect(Buffer.from(snapshot(applier.state)).equals(Buffer.from(expected))).toBe(true);
    const totalFetches = [...served.values()].reduce((a, b) => a + b, 0);
    const snapshotsInstalled = nodes.reduce((sum, node) => sum + node.stats.snapshotsInstalled, 0);
    expect(snapshotsInstalled).toBeGreaterThan(0); // the first fetches after the leader's restore are snapshots
    expect(totalFetches).toBeGreaterThan(0);
    // The leader is a direct source of only a few members; the overlay carries the rest.
    expect(served.get(member) ?? 0).toBeLessThan(totalFetches / 4);
  }, 60_000);

  it('asks a member at its first poll (a restart), not after a poll interval without progress', async () => {
    const { rig, runFor, commit } = clockedFollower('fed-restart');
    for (let i = 0; i < 5; i += 1) commit();
    await runFor(rig.step);
    expect(rig.fetched.map((one) => one.at)).toEqual([rig.step]);
    expect(rig.follower.appliedIndex).toBe(rig.leader.appliedIndex);
  });

  it('an idle follower backs off to fedlogIdlePollMaxMs, and polls often again once the log moves or no member answers', async () => {
    const { rig, node, runFor, commit } = clockedFollower('fed-idle');
    const fetchedAt = (): number[] => rig.fetched.map((one) => one.at);
    const step = rig.step;
    await runFor(10 * 60_000);
    const at = fetchedAt();
    const gaps = at.slice(1).map((one, i) => one - (at[i] as number));
    // The first fetch installs the snapshot; after that the waits double up to the cap.
    expect(Math.max(...gaps)).toBeLessThanOrEqual(limits.fedlogIdlePollMaxMs + step);
    expect(gaps.at(-1)).toBeGreaterThanOrEqual(limits.fedlogIdlePollMaxMs);
    expect(at.length).toBeLessThan((10 * 60_000) / limits.fedlogIdlePollMaxMs + 8);

    // The log moves (entries from gossip): polling is frequent again.
    const entry = commit();
    node.receive([entry], entry.index, member);
    await flush();
    expect(rig.follower.appliedIndex).toBe(rig.leader.appliedIndex);
    rig.fetched.length = 0;
    await runFor(3 * limits.fedlogPollIntervalMs);
    expect(fetchedAt().length).toBeGreaterThanOrEqual(1);
    expect((fetchedAt()[0] as number) - (rig.now - 3 * limits.fedlogPollIntervalMs)).toBeLessThanOrEqual(limits.fedlogPollIntervalMs + step);

    // No member answers: it keeps asking at the base interval instead of backing off.
    rig.reachable = false;
    await runFor(2 * limits.fedlogIdlePollMaxMs);
    rig.fetched.length = 0;
    await runFor(limits.fedlogIdlePollMaxMs);
    expect(fetchedAt().length).toBeGreaterThanOrEqual(Math.floor(limits.fedlogIdlePollMaxMs / limits.fedlogPollIntervalMs) - 1);
  });

  it('a backed-off follower that missed the last batch fetches it from the member whose heartbeat announced it, after the grace only', async () => {
    const { rig, node, runFor, commit } = clockedFollower('fed-heard');
    const { leader, follower, fetched, step } = rig;
    await runFor(10 * 60_000); // idle: the wait between polls is at its cap
    expect(follower.appliedIndex).toBe(leader.appliedIndex);

    // The batch is lost; a member's heartbeat announces it. Nothing is fetched within the grace, then from that member.
    commit();
    fetched.length = 0;
    node.heard('f7', leader.appliedIndex);
    await runFor(limits.fedlogBehindGraceMs - step);
    expect(fetched).toEqual([]);
    await runFor(2 * step);
    expect(fetched.map((one) => one.peer)).toEqual(['f7']);
    expect(follower.appliedIndex).toBe(leader.appliedIndex);

    // Gossip brings each batch within the grace while heartbeats keep announcing newer ones: no fetch.
    fetched.length = 0;
    for (let i = 0; i < 20; i += 1) {
      const entry = commit();
      node.heard('f7', entry.index);
      await runFor(step);
      node.receive([entry], entry.index, member);
      await flush();
    }
    expect(fetched).toEqual([]);
    // Once the log stops, only the regular idle poll asks, and not the announcing member.
    await runFor(4 * limits.fedlogBehindGraceMs);
    expect(fetched.filter((one) => one.peer === 'f7')).toEqual([]);
    expect(follower.appliedIndex).toBe(leader.appliedIndex);
  });
});
