// Laws of the federation state machine, over random command logs (valid and invalid mixed):
// replicas that apply the same log agree byte for byte, and a snapshot taken anywhere
// continues exactly like the state it was taken from. Failures print fast-check's seed
// and path; re-run with `fc.assert(..., { seed, path })` to repeat one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apply, buildJoinRequest, restore, snapshot } from '../src/federation/index.js';
import type { ApplyResult, CommandInput, FederationState } from '../src/federation/index.js';
import { parseTerritoryId } from '../src/territory/territory.js';
import { checkParent } from '../src/territory/tiers.js';
import { bootstrapped, council, fakePeerId } from './support/federation-fixtures.js';

const peers = [council, ...Array.from({ length: 7 }, (_, i) => fakePeerId(i + 1))];
const territories = ['DK', 'DK-AARHUS', 'US-CA', 'US-CA-SF', 'HAIDA-FN-CA', 'HAIDA-FN-CA-MASSETT', 'GLOBAL', 'XX-BAD'];
const tierNames = ['leaf', 'regional', 'national', 'global', 'bogus'];
const keys = ['a', 'b', 'c', ''];
const secret = new Uint8Array(32).fill(7);
const tokenIds = ['00000000000000a1', '00000000000000b2'];

const peer = fc.constantFrom(...peers);
const bytes = fc.uint8Array({ maxLength: 8 });

const body: fc.Arbitrary<CommandInput> = fc.oneof(
  fc.record({ peerId: peer, name: fc.constantFrom('n1', 'n2', 'n3', 'n4'), tier: fc.constantFrom(...tierNames), territory: fc.constantFrom(...territories) })
    .map((member) => ({ addMember: { member } })),
  peer.map((peerId) => ({ removeMember: { peerId } })),
  fc.record({ peerId: peer, status: fc.constantFrom('HEALTHY', 'DEAD', 'JOINING', 'nope') }).map((setMemberStatus) => ({ setMemberStatus })),
  fc.record({ peerId: peer, parent: fc.oneof(peer, fc.constant('')), home: fc.boolean() }).map((setParent) => ({ setParent })),
  fc.record({ peerId: peer, addresses: fc.array(fc.constantFrom('/ip4/127.0.0.1/tcp/1', 'bad'), { maxLength: 3 }) }).map((setAddresses) => ({ setAddresses })),
  fc.constantFrom(...territories).map((id) => ({ addTerritory: { id } })),
  fc.constantFrom(...territories).map((id) => ({ removeTerritory: { id } })),
  fc.record({ name: fc.constantFrom('failback', 'retention', 'Bad'), value: fc.string({ maxLength: 8 }) }).map((setPolicy) => ({ setPolicy })),
  fc.constantFrom('failback', 'retention').map((name) => ({ deletePolicy: { name } })),
  fc.record({ id: fc.constantFrom('d1', 'd2'), kind: fc.constant('watch'), targetTerritory: fc.constantFrom(...territories), body: bytes, expiresAtMs: fc.nat(3000) })
    .map((issueDirective) => ({ issueDirective })),
  fc.constantFrom('d1', 'd2').map((id) => ({ revokeDirective: { id } })),
  fc.record({ tokenId: fc.constantFrom(...tokenIds), expiresAtMs: fc.integer({ min: 0, max: 4000 }) }).map((t) => ({ createToken: { ...t, secret } })),
  fc.record({ peerId: peer, tokenId: fc.constantFrom(...tokenIds), good: fc.boolean(), name: fc.constantFrom('j1', 'j2') }).map((j) => {
    const nonce = new Uint8Array(16).fill(1);
    const token = { federationId: 'fed-test', tokenId: j.tokenId, secret: j.good ? secret : new Uint8Array(32), expiresAtMs: 0, addresses: [] };
    const request = buildJoinRequest(token, { peerId: j.peerId, nonce, name: j.name, tier: 'leaf', territory: 'DK-AARHUS', addresses: [] });
    return { join: { peerId: j.peerId, request } };
  }),
  fc.record({ key: fc.constantFrom(...keys), value: bytes }).map((kvPut) => ({ kvPut })),
  fc.constantFrom(...keys).map((key) => ({ kvDelete: { key } })),
  fc.record({ key: fc.constantFrom(...keys), expectedModRevision: fc.nat(6), value: bytes }).map((kvCas) => ({ kvCas })),
);

const entry = fc.record({ atMs: fc.integer({ min: 1000, max: 4000 }), proposer: fc.oneof({ weight: 5, arbitrary: fc.constant(council) }, { weight: 1, arbitrary: peer }), body })
  .map(({ atMs, proposer, body: kind }): CommandInput => ({ atMs, proposer, ...kind }));
const log = fc.array(entry, { maxLength: 60 });

function replay(state: FederationState, commands: readonly CommandInput[]): ApplyResult[] {
  return commands.map((command) => apply(state, command));
}

function checkInvariants(state: FederationState): void {
  for (const member of state.members.values()) {
    if (member.parent === undefined) continue;
    const parent = state.members.get(member.parent);
    expect(parent, `parent of ${member.name}`).toBeDefined();
    if (parent !== undefined) expect(checkParent(member, parent)).toBeUndefined();
  }
  for (const id of state.territories) {
    const parsed = parseTerritoryId(id);
    expect(parsed.ok).toBe(true);
    if (parsed.ok && parsed.territory.parent !== undefined) expect(state.territories.has(parsed.territory.parent)).toBe(true);
  }
  for (const entryValue of state.kv.values()) expect(entryValue.modRevision).toBeLessThanOrEqual(state.kvRevision);
}

describe('federation state machine laws', () => {
  it('replaying the same log on two replicas gives identical results and snapshots', () => {
    const outcomes = new Set<string>();
    fc.assert(
      fc.property(log, (commands) => {
        const a = bootstrapped();
        const b = bootstrapped();
        const results = replay(a, commands);
        for (const result of results) outcomes.add(result.ok ? 'ok' : result.code);
        expect(replay(b, commands)).toEqual(results);
        expect(snapshot(a)).toEqual(snapshot(b));
        checkInvariants(a);
      }),
      { numRuns: 150 },
    );
    // The logs mix accepted and refused commands, so the law is not tested on no-ops alone.
    expect(outcomes.has('ok')).toBe(true);
    expect(outcomes.size).toBeGreaterThan(8);
  });

  it('snapshot then restore continues exactly like the original', () => {
    fc.assert(
      fc.property(log, log, (before, after) => {
        const original = bootstrapped();
        replay(original, before);
        const restored = restore(snapshot(original));
        expect(snapshot(restored)).toEqual(snapshot(original));
        expect(replay(restored, after)).toEqual(replay(original, after));
        expect(snapshot(restored)).toEqual(snapshot(original));
      }),
      { numRuns: 100 },
    );
  });
});
