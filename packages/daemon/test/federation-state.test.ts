import { describe, expect, it } from 'vitest';
import { apply, applyBytes, createFederationState, encodeCommand, listMembers, restore, snapshot, territoryTree } from '../src/federation/index.js';
import type { ApplyResult, FederationState } from '../src/federation/index.js';
import { limits } from '../src/limits.js';
import { bootstrapped, command, council, fakePeerId } from './support/federation-fixtures.js';

function rejection(result: ApplyResult): string {
  return result.ok ? 'ok' : result.code;
}

describe('federation state machine: bootstrap and proposers', () => {
  it('refuses everything but bootstrap before the federation exists', () => {
    const state = createFederationState();
    expect(rejection(apply(state, command(1, { kvPut: { key: 'a', value: new Uint8Array([1]) } })))).toBe('NOT_BOOTSTRAPPED');
    expect(snapshot(state)).toEqual(snapshot(createFederationState()));
  });

  it('bootstraps once, with the proposer among the members', () => {
    const state = createFederationState();
    const members = [{ peerId: council, name: 'n', tier: 'national', territory: 'DK' }];
    expect(rejection(apply(state, command(1, { bootstrap: { federationId: 'f', members } }, fakePeerId(9))))).toBe('NOT_A_MEMBER');
    expect(apply(state, command(1, { bootstrap: { federationId: 'f', members } })).ok).toBe(true);
    expect(rejection(apply(state, command(2, { bootstrap: { federationId: 'g', members } })))).toBe('ALREADY_BOOTSTRAPPED');
    expect(state.federationId).toBe('f');
    expect(state.members.get(council)?.status).toBe('HEALTHY');
  });

  it('records the founding digest of its bootstrap: equal for one command, kept by snapshots, different for another id or member list', () => {
    const members = [{ peerId: council, name: 'n', tier: 'national', territory: 'DK' }];
    const founded = (federationId: string, list = members, atMs = 1): FederationState => {
      const state = createFederationState();
      expect(apply(state, command(atMs, { bootstrap: { federationId, members: list } })).ok).toBe(true);
      return state;
    };
    expect(createFederationState().founding).toHaveLength(0);
    const state = founded('f');
    expect(state.founding).toHaveLength(32);
    expect(founded('f', members, 99).founding).toEqual(state.founding);
    expect(restore(snapshot(state)).founding).toEqual(state.founding);
    expect(founded('g').founding).not.toEqual(state.founding);
    expect(founded('f', [...members, { peerId: fakePeerId(3), name: 'm', tier: 'national', territory: 'SE' }]).founding).not.toEqual(state.founding);
  });

  it('a bad member in a bootstrap changes nothing', () => {
    const state = createFederationState();
    const members = [
      { peerId: council, name: 'n', tier: 'national', territory: 'DK' },
      { peerId: fakePeerId(1), name: 'm', tier: 'leaf', territory: 'DK' },
    ];
    expect(rejection(apply(state, command(1, { bootstrap: { federationId: 'f', members } })))).toBe('TERRITORY_INVALID');
    expect(snapshot(state)).toEqual(snapshot(createFederationState()));
  });

  it('refuses commands from non-members and undecodable entries, without throwing', () => {
    const state = bootstrapped();
    const before = snapshot(state);
    expect(rejection(apply(state, command(2, { kvPut: { key: 'k' } }, fakePeerId(77))))).toBe('NOT_A_MEMBER');
    expect(rejection(applyBytes(state, new Uint8Array([0xff, 0xff, 0xff])))).toBe('MALFORMED');
    expect(rejection(applyBytes(state, encodeCommand({ atMs: 1, proposer: council })))).toBe('MALFORMED');
    expect(rejection(applyBytes(state, new Uint8Array(limits.maxCommandBytes + 1)))).toBe('MALFORMED');
    expect(snapshot(state)).toEqual(before);
  });
});

describe('federation state machine: members, hierarchy, territories', () => {
  it('adds a member as JOINING and its territory with every ancestor', () => {
    const state = bootstrapped();
    const leaf = fakePeerId(10);
    const result = apply(state, command(5, { addMember: { member: { peerId: leaf, name: 'sf-1', tier: 'leaf', territory: 'US-CA-SF' } } }));
    expect(result).toEqual({ ok: true, peerId: leaf });
    expect(state.members.get(leaf)).toMatchObject({ status: 'JOINING', joinedAtMs: 5, council: false, parent: undefined });
    expect([...state.territories].sort()).toEqual(['DK', 'US', 'US-CA', 'US-CA-SF']);
    expect(territoryTree(state).children.map((child) => child.id)).toEqual(['DK', 'US']);
    expect(listMembers(state).map((member) => member.name)).toEqual(['dk-national', 'global-1', 'sf-1', 'us-ca']);
  });

  it('refuses duplicates, taken names, bad territories and bad tiers', () => {
    const state = bootstrapped();
    const add = (peerId: string, name: string, tier: string, territory: string): string =>
      rejection(apply(state, command(5, { addMember: { member: { peerId, name, tier, territory } } })));
    expect(add(council, 'x', 'leaf', 'DK-AARHUS')).toBe('MEMBER_EXISTS');
    expect(add(fakePeerId(11), 'us-ca', 'leaf', 'DK-AARHUS')).toBe('NAME_TAKEN');
    expect(add(fakePeerId(11), 'x', 'leaf', 'XX-AARHUS')).toBe('TERRITORY_INVALID');
    expect(add(fakePeerId(11), 'x', 'leaf', 'DK')).toBe('TERRITORY_INVALID');
    expect(add(fakePeerId(11), 'x', 'mayor', 'DK-AARHUS')).toBe('INVALID_ARGUMENT');
    expect(add('not-a-peer-id', 'x', 'leaf', 'DK-AARHUS')).toBe('INVALID_ARGUMENT');
    const addresses = Array.from({ length: limits.maxAddressesPerMember + 1 }, (_, i) => `/ip4/127.0.0.1/tcp/${i}`);
    expect(rejection(apply(state, command(5, { addMember: { member: { peerId: fakePeerId(11), name: 'x', tier: 'leaf', territory: 'DK-A', addresses } } }))))
      .toBe('LIMIT_EXCEEDED');
  });

  it('assigns parents only of a higher tier whose territory contains the child', () => {
    const state = bootstrapped();
    const leaf = fakePeerId(10);
    apply(state, command(5, { addMember: { member: { peerId: leaf, name: 'sf-1', tier: 'leaf', territory: 'US-CA-SF' } } }));
    expect(rejection(apply(state, command(6, { setParent: { peerId: leaf, parent: council } })))).toBe('PARENT_INVALID');
    expect(apply(state, command(6, { setParent: { peerId: leaf, parent: fakePeerId(1), home: true } })).ok).toBe(true);
    expect(state.members.get(leaf)).toMatchObject({ parent: fakePeerId(1), homeParent: fakePeerId(1) });
    apply(state, command(7, { setMemberStatus: { peerId: fakePeerId(2), status: 'DEAD' } }));
    expect(rejection(apply(state, command(8, { setParent: { peerId: leaf, parent: fakePeerId(2) } })))).toBe('PARENT_INVALID');
    expect(rejection(apply(state, command(8, { setMemberStatus: { peerId: leaf, status: 'ASLEEP' } })))).toBe('INVALID_ARGUMENT');
  });

  it('removing a parent orphans its children and frees its territory', () => {
    const state = bootstrapped();
    const leaf = fakePeerId(10);
    apply(state, command(5, { addMember: { member: { peerId: leaf, name: 'sf-1', tier: 'leaf', territory: 'US-CA-SF' } } }));
    apply(state, command(6, { setParent: { peerId: leaf, parent: fakePeerId(1), home: true } }));
    expect(rejection(apply(state, command(7, { removeTerritory: { id: 'US-CA-SF' } })))).toBe('TERRITORY_IN_USE');
    expect(apply(state, command(7, { removeMember: { peerId: fakePeerId(1) } }))).toEqual({ ok: true, peerId: fakePeerId(1), orphans: [leaf] });
    expect(state.members.get(leaf)).toMatchObject({ parent: undefined, homeParent: undefined });
    expect(rejection(apply(state, command(8, { removeTerritory: { id: 'US-CA' } })))).toBe('TERRITORY_IN_USE');
    apply(state, command(8, { removeMember: { peerId: leaf } }));
    expect(apply(state, command(9, { removeTerritory: { id: 'US-CA-SF' } })).ok).toBe(true);
    expect(rejection(apply(state, command(9, { removeTerritory: { id: 'US-CA-SF' } })))).toBe('NOT_FOUND');
    expect(apply(state, command(10, { addTerritory: { id: 'HAIDA-FN-CA-MASSETT' } })).ok).toBe(true);
    expect(state.territories.has('HAIDA-FN-CA')).toBe(true);
    expect(state.territories.has('CA')).toBe(false);
    expect(rejection(apply(state, command(10, { addTerritory: { id: 'GLOBAL' } })))).toBe('TERRITORY_INVALID');
  });

  it('a member describes itself: a new name keeps its links; a new place orphans its children and drops its own parents', () => {
    const state = bootstrapped();
    const usCa = fakePeerId(1);
    const leaf = fakePeerId(10);
    apply(state, command(5, { addMember: { member: { peerId: leaf, name: 'sf-1', tier: 'leaf', territory: 'US-CA-SF' } } }));
    apply(state, command(6, { setParent: { peerId: leaf, parent: usCa, home: true } }));
    apply(state, command(6, { setParent: { peerId: usCa, parent: fakePeerId(2), home: true } }));
    const describe = (name: string, tier: string, territory: string, proposer = usCa): ApplyResult => apply(state, command(7, { describeMember: { name, tier, territory } }, proposer));
    // The proposer's own record only; its name must be free, its place valid.
    expect(rejection(describe('dk-national', 'regional', 'US-CA'))).toBe('NAME_TAKEN');
    expect(rejection(describe('x', 'regional', 'XX-CA'))).toBe('TERRITORY_INVALID');
    expect(rejection(describe('x', 'mayor', 'US-CA'))).toBe('INVALID_ARGUMENT');
    expect(rejection(describe('bad name!', 'regional', 'US-CA'))).toBe('INVALID_ARGUMENT');
    expect(rejection(describe('x', 'leaf', 'DK-A', fakePeerId(99)))).toBe('NOT_A_MEMBER');
    expect(state.members.get(usCa)).toMatchObject({ name: 'us-ca', tier: 'regional', territory: 'US-CA', parent: fakePeerId(2) });
    // Same place, new name: links stay.
    expect(describe('us-ca-1', 'regional', 'US-CA')).toEqual({ ok: true, peerId: usCa, orphans: [] });
    expect(state.members.get(usCa)).toMatchObject({ name: 'us-ca-1', parent: fakePeerId(2), homeParent: fakePeerId(2) });
    expect(state.members.get(leaf)).toMatchObject({ parent: usCa });
    // A new place: the territory joins the tree, the member loses its parents, its children theirs.
    expect(describe('us-ny', 'regional', 'US-NY')).toEqual({ ok: true, peerId: usCa, orphans: [leaf] });
    expect(state.members.get(usCa)).toMatchObject({ name: 'us-ny', tier: 'regional', territory: 'US-NY', parent: undefined, homeParent: undefined });
    expect(state.members.get(leaf)).toMatchObject({ parent: undefined, homeParent: undefined });
    expect(state.territories.has('US-NY')).toBe(true);
    // A snapshot carries the description.
    expect(restore(snapshot(state)).members.get(usCa)).toMatchObject({ name: 'us-ny', tier: 'regional', territory: 'US-NY' });
  });
});

describe('federation state machine: policies and directives', () => {
  it('sets and deletes policies with a revision', () => {
    const state = bootstrapped();
    expect(apply(state, command(2, { setPolicy: { name: 'failback', value: 'return' } })).ok).toBe(true);
    expect(apply(state, command(3, { setPolicy: { name: 'failback', value: 'stay' } })).ok).toBe(true);
    expect(state.policies.get('failback')).toEqual({ name: 'failback', value: 'stay', revision: 2 });
    expect(rejection(apply(state, command(4, { setPolicy: { name: 'Bad Name', value: '' } })))).toBe('INVALID_ARGUMENT');
    expect(rejection(apply(state, command(4, { setPolicy: { name: 'big', value: 'x'.repeat(limits.maxPolicyValueBytes + 1) } })))).toBe('LIMIT_EXCEEDED');
    expect(apply(state, command(5, { deletePolicy: { name: 'failback' } })).ok).toBe(true);
    expect(rejection(apply(state, command(6, { deletePolicy: { name: 'failback' } })))).toBe('NOT_FOUND');
  });

  it('issues directives, prunes expired ones and bounds their number', () => {
    const state = bootstrapped();
    const issue = (at: number, id: string, expiresAtMs: number): string =>
      rejection(apply(state, command(at, { issueDirective: { id, kind: 'watch', targetTerritory: 'DK', body: new Uint8Array([1]), expiresAtMs } })));
    expect(issue(10, 'd1', 20)).toBe('ok');
    expect(issue(10, 'd1', 20)).toBe('ALREADY_EXISTS');
    expect(issue(10, 'd2', 5)).toBe('INVALID_ARGUMENT');
    expect(issue(30, 'd3', 0)).toBe('ok');
    expect([...state.directives.keys()]).toEqual(['d3']);
    for (let i = 0; i < limits.maxDirectives - 1; i++) expect(issue(31, `x${i}`, 0)).toBe('ok');
    expect(issue(31, 'one-too-many', 0)).toBe('LIMIT_EXCEEDED');
    expect(apply(state, command(32, { revokeDirective: { id: 'd3' } })).ok).toBe(true);
    expect(issue(33, 'one-too-many', 0)).toBe('ok');
  });
});

describe('federation state machine: KV', () => {
  const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

  it('puts, overwrites and deletes with revisions and versions', () => {
    const state = bootstrapped();
    expect(apply(state, command(2, { kvPut: { key: 'a', value: bytes('1') } }))).toEqual({ ok: true, revision: 1 });
    expect(apply(state, command(2, { kvPut: { key: 'b', value: bytes('2') } }))).toEqual({ ok: true, revision: 2 });
    const overwrite = apply(state, command(2, { kvPut: { key: 'a', value: bytes('3') } }));
    expect(overwrite).toMatchObject({ ok: true, revision: 3, previous: { createRevision: 1, modRevision: 1, version: 1 } });
    expect(state.kv.get('a')).toEqual({ value: bytes('3'), createRevision: 1, modRevision: 3, version: 2 });
    expect(apply(state, command(2, { kvDelete: { key: 'a' } }))).toMatchObject({ ok: true, revision: 4, deleted: true });
    expect(apply(state, command(2, { kvDelete: { key: 'a' } }))).toEqual({ ok: true, revision: 4, deleted: false });
    expect(state.kv.has('a')).toBe(false);
  });

  it('compare-and-swap succeeds only at the expected revision', () => {
    const state = bootstrapped();
    expect(apply(state, command(2, { kvCas: { key: 'k', expectedModRevision: 0, value: bytes('x') } })).ok).toBe(true);
    expect(rejection(apply(state, command(2, { kvCas: { key: 'k', expectedModRevision: 0, value: bytes('y') } })))).toBe('CAS_CONFLICT');
    expect(apply(state, command(2, { kvCas: { key: 'k', expectedModRevision: 1, value: bytes('y') } })).ok).toBe(true);
    expect(new TextDecoder().decode(state.kv.get('k')?.value)).toBe('y');
  });

  it('enforces key and value limits', () => {
    const state = bootstrapped();
    expect(rejection(apply(state, command(2, { kvPut: { key: '', value: bytes('x') } })))).toBe('INVALID_ARGUMENT');
    expect(rejection(apply(state, command(2, { kvPut: { key: 'k'.repeat(limits.maxKvKeyBytes + 1), value: bytes('x') } })))).toBe('LIMIT_EXCEEDED');
    expect(apply(state, command(2, { kvPut: { key: 'k'.repeat(limits.maxKvKeyBytes), value: bytes('x') } })).ok).toBe(true);
    expect(rejection(apply(state, command(2, { kvPut: { key: 'v', value: new Uint8Array(limits.maxKvValueBytes + 1) } })))).toBe('LIMIT_EXCEEDED');
    expect(apply(state, command(2, { kvPut: { key: 'v', value: new Uint8Array(limits.maxKvValueBytes) } })).ok).toBe(true);
  });
});
