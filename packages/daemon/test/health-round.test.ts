// The node's coordinator round against a test double of consensus: what the leader
// commits (DEAD, rejoin, failover, failback by policy) and that followers commit nothing.
import { describe, expect, it } from 'vitest';
import { Coordinator } from '../src/coordinator/index.js';
import { apply } from '../src/federation/index.js';
import { runHealthRound } from '../src/node/health-round.js';
import type { HealthRoundContext } from '../src/node/health-round.js';
import { ConsensusTestDouble } from './support/consensus-double.js';
import { bootstrapped, command, council, fakePeerId } from './support/federation-fixtures.js';

const leaf = fakePeerId(10);
const regionalB = fakePeerId(11);
const regionalA = fakePeerId(1); // us-ca in the fixture

function setup() {
  const state = bootstrapped();
  const add = (peerId: string, name: string, tier: string, territory: string): void => {
    const result = apply(state, command(10, { addMember: { member: { peerId, name, tier, territory } } }));
    if (!result.ok) throw new Error(result.reason);
  };
  add(leaf, 'sf-1', 'leaf', 'US-CA-SF');
  add(regionalB, 'us-ca-b', 'regional', 'US-CA');
  apply(state, command(11, { setParent: { peerId: leaf, parent: regionalA, home: true } }));
  const consensus = new ConsensusTestDouble(state, council);
  const clock = { ms: 0 };
  const coordinator = new Coordinator({ healthCheckIntervalSeconds: 10, unhealthyThreshold: 3, algorithm: 'least_loaded', now: () => clock.ms });
  const context: HealthRoundContext = {
    coordinator, consensus, now: () => clock.ms, signal: new AbortController().signal, selfHeartbeat: () => ({ loadScore: 0 }),
    self: { peerId: council, tier: 'national', territory: 'DK' },
  };
  return { state, consensus, clock, coordinator, context };
}

/** Runs rounds at the given times, with heartbeats (and catch-up) from everyone but `silent`. */
async function rounds(setupValue: ReturnType<typeof setup>, times: number[], silent: string[]) {
  const outcomes = [];
  for (const ms of times) {
    setupValue.clock.ms = ms;
    for (const peerId of setupValue.state.members.keys()) {
      if (silent.includes(peerId) || setupValue.coordinator.node(peerId) === undefined) continue;
      setupValue.coordinator.heartbeat(peerId);
      setupValue.coordinator.markCaughtUp(peerId);
    }
    outcomes.push(await runHealthRound(setupValue.context));
  }
  return outcomes;
}

describe('coordinator round on the leader', () => {
  it('gives every orphan a parent, commits JOINING members as alive once caught up, then is quiet', async () => {
    const s = setup();
    const [first, second, third] = await rounds(s, [0, 5_000, 10_000], []);
    // Round one: the new members are still JOINING (not caught up); orphans get parents.
    expect(first?.proposed.filter((c) => c.setMemberStatus !== undefined)).toEqual([]);
    expect(second?.proposed.map((c) => c.setMemberStatus?.peerId).filter(Boolean).sort()).toEqual([leaf, regionalB].sort());
    expect(s.state.members.get(leaf)?.status).toBe('HEALTHY');
    for (const member of s.state.members.values()) {
      if (member.tier === 'global') expect(member.parent).toBeUndefined();
      else expect(member.parent, member.name).toBeDefined();
    }
    expect(s.state.members.get(regionalB)?.parent).toBe(fakePeerId(2)); // the global node
    expect(s.state.members.get(leaf)?.parent).toBe(regionalA); // unchanged
    expect(third?.proposed).toEqual([]);
  });

  it('commits DEAD for a silent parent and fails its child over to a healthy node of its tier', async () => {
    const s = setup();
    await rounds(s, [0, 5_000], []);
    await rounds(s, [20_000, 30_000, 40_000, 50_000], [regionalA]); // a round every interval
    expect(s.state.members.get(regionalA)?.status).toBe('DEAD');
    expect(s.state.members.get(leaf)).toMatchObject({ parent: regionalB, homeParent: regionalA });
    expect(s.consensus.proposed.every((c) => c.proposer === council)).toBe(true);
  });

  it('rejoin: the dead parent comes back as JOINING, then alive; failback follows the policy', async () => {
    const s = setup();
    await rounds(s, [0, 5_000], []);
    await rounds(s, [20_000, 30_000, 40_000, 50_000], [regionalA]); // a round every interval
    s.clock.ms = 52_000;
    expect(s.coordinator.heartbeat(regionalA)).toEqual({ peerId: regionalA, from: 'DEAD', to: 'JOINING' });
    await runHealthRound(s.context);
    expect(s.state.members.get(regionalA)?.status).toBe('JOINING');
    await rounds(s, [55_000], []);
    expect(s.state.members.get(regionalA)?.status).toBe('HEALTHY');
    expect(s.state.members.get(leaf)?.parent).toBe(regionalB); // default policy: stay
    apply(s.state, command(56_000, { setPolicy: { name: 'failback', value: 'return' } }));
    await rounds(s, [60_000], []);
    expect(s.state.members.get(leaf)?.parent).toBe(regionalA);
  });

  it('a follower proposes nothing, and a new leader does not revive a committed DEAD member', async () => {
    const s = setup();
    apply(s.state, command(12, { setMemberStatus: { peerId: regionalA, status: 'DEAD' } }));
    s.consensus.quorum = false; // not leader
    const [followerRound] = await rounds(s, [0], [regionalA]);
    expect(followerRound?.proposed).toEqual([]);
    s.consensus.quorum = true; // leader now, with a fresh coordinator view
    const outcomes = await rounds(s, [5_000, 10_000], [regionalA]);
    expect(outcomes.flatMap((o) => o.proposed).filter((c) => c.setMemberStatus?.peerId === regionalA)).toEqual([]);
    expect(s.state.members.get(regionalA)?.status).toBe('DEAD');
    expect(s.state.members.get(leaf)?.parent).toBe(regionalB);
  });
});
