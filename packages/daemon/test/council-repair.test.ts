// Council repair: a council member DEAD for council_replace_after is replaced, promote
// first (the best HEALTHY member), remove once enough live members are voters; nothing
// without a candidate, nothing before the grace, nothing while a promoted one catches up.
// The steps, applied in turn, end with a council of live voters only.
import { describe, expect, it } from 'vitest';
import { apply } from '../src/federation/apply.js';
import type { CommandInput } from '../src/federation/command.js';
import type { FederationState } from '../src/federation/state.js';
import { councilRepair } from '../src/node/council-repair.js';
import { bootstrapped, command, council, fakePeerId } from './support/federation-fixtures.js';

const dead = fakePeerId(2);
const grace = 60_000;

function federation(): FederationState {
  const state = bootstrapped();
  const add = (n: number, name: string, tier: string, territory: string, status = 'HEALTHY'): void => {
    expect(apply(state, command(10 + n, { addMember: { member: { peerId: fakePeerId(n), name, tier, territory } } })).ok).toBe(true);
    expect(apply(state, command(20 + n, { setMemberStatus: { peerId: fakePeerId(n), status } })).ok).toBe(true);
  };
  add(10, 'aarhus', 'leaf', 'DK-AARHUS');
  add(11, 'se', 'national', 'SE');
  add(12, 'no', 'national', 'NO', 'DEAD');
  add(13, 'fi', 'national', 'FI');
  expect(apply(state, command(30, { setMemberStatus: { peerId: dead, status: 'DEAD' } })).ok).toBe(true);
  return state;
}

function step(state: FederationState, voters: readonly string[], now: number, size = 3): CommandInput | undefined {
  return councilRepair({
    state, voters, now, lastHeardMs: (peer) => (peer === dead ? 1_000 : now), healthOf: (peer) => state.members.get(peer)?.status,
    councilSize: size, replaceAfterMs: grace,
  });
}

describe('council repair', () => {
  it('waits out the grace, promotes the best healthy member, waits for it to become a voter, then removes the dead one', () => {
    const state = federation();
    const voters = [council, fakePeerId(1), dead];
    expect(step(state, voters, 1_000 + grace - 1)).toBeUndefined();
    const later = 1_000 + grace;
    // The national that joined first beats the later national and the leaf; the DEAD one is never a candidate.
    const promote = step(state, voters, later);
    expect(promote).toEqual({ setCouncil: { peerId: fakePeerId(11), council: true } });
    expect(apply(state, command(40, promote ?? {})).ok).toBe(true);
    // Promoted but still a learner: nothing more yet.
    expect(step(state, voters, later)).toBeUndefined();
    const withNew = [...voters, fakePeerId(11)];
    const remove = step(state, withNew, later);
    expect(remove).toEqual({ setCouncil: { peerId: dead, council: false } });
    expect(apply(state, command(41, remove ?? {})).ok).toBe(true);
    expect(step(state, withNew.filter((peer) => peer !== dead), later)).toBeUndefined();
    expect([...state.members.values()].filter((member) => member.council).map((member) => member.peerId).sort()).toEqual([council, fakePeerId(1), fakePeerId(11)].sort());
  });

  it('removes at once when enough live members are voters already, and does nothing without a candidate or when disabled', () => {
    const state = federation();
    expect(step(state, [council, fakePeerId(1), dead], 1_000 + grace, 2)).toEqual({ setCouncil: { peerId: dead, council: false } });
    for (const n of [10, 11, 13]) apply(state, command(50, { setMemberStatus: { peerId: fakePeerId(n), status: 'UNHEALTHY' } }));
    expect(step(state, [council, fakePeerId(1), dead], 1_000 + grace)).toBeUndefined();
    // Committed as alive but not HEALTHY now (the coordinator's view) is no candidate either; HEALTHY now is.
    const degraded = federation();
    const now = (peer: string): 'HEALTHY' | 'DEGRADED' => (peer === fakePeerId(13) ? 'HEALTHY' : 'DEGRADED');
    expect(councilRepair({ state: degraded, voters: [council, fakePeerId(1), dead], now: 1_000 + grace, lastHeardMs: (peer) => (peer === dead ? 1_000 : 1e9), healthOf: now, councilSize: 3, replaceAfterMs: grace }))
      .toEqual({ setCouncil: { peerId: fakePeerId(13), council: true } });
    expect(councilRepair({ state: federation(), voters: [council, fakePeerId(1), dead], now: 1e9, lastHeardMs: () => 0, healthOf: () => 'HEALTHY', councilSize: 3, replaceAfterMs: 0 })).toBeUndefined();
  });

  it('a DEAD member cannot be made a council member', () => {
    const state = federation();
    expect(apply(state, command(60, { setCouncil: { peerId: fakePeerId(12), council: true } }))).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
    expect(apply(state, command(60, { setCouncil: { peerId: fakePeerId(99), council: true } }))).toMatchObject({ ok: false, code: 'MEMBER_UNKNOWN' });
  });
});
