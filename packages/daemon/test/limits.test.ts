// Each limit of limits.ts that the other test files do not already reach is hit here,
// at its exact value where that is cheap.
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../src/config/index.js';
import { ContinuumError } from '../src/errors.js';
import { apply, decodeJoinToken, encodeJoinToken } from '../src/federation/index.js';
import type { ApplyResult, Member } from '../src/federation/index.js';
import { checkLimits, limits } from '../src/limits.js';
import { decodeHeartbeat } from '../src/node/heartbeats.js';
import { continuum } from '../src/gen/federation.js';
import { PenaltyBox } from '../src/protocol/penalties.js';
import { parseSwarmKey } from '../src/host/pnet.js';
import { createFederationState } from '../src/federation/index.js';
import { bootstrapped, command, fakePeerId } from './support/federation-fixtures.js';

function code(result: ApplyResult): string {
  return result.ok ? 'ok' : result.code;
}

function configPath(input: unknown): string {
  try {
    validateConfig(input);
  } catch (error) {
    if (ContinuumError.is(error, 'CONFIG_INVALID')) return error.details.path;
    throw error;
  }
  return 'valid';
}

const node = { name: 'n', territory: 'DK-A' };

describe('limits', () => {
  it('are consistent with each other', () => {
    expect(checkLimits()).toEqual([]);
    expect(checkLimits({ ...limits, maxFrameBytes: limits.maxCommandBytes - 1 })).toContain('maxFrameBytes >= maxCommandBytes');
    expect(checkLimits({ ...limits, compactionMarginEntries: limits.snapshotEveryEntries } as unknown as typeof limits)).toEqual(['compactionMarginEntries < snapshotEveryEntries']);
  });

  it('config: listen addresses, bootstrap nodes, DNS servers', () => {
    const listen = (n: number) => Array.from({ length: n }, (_, i) => `/ip4/127.0.0.1/tcp/${7000 + i}`);
    expect(configPath({ node: { ...node, listen: listen(limits.maxListenAddresses) } })).toBe('valid');
    expect(configPath({ node: { ...node, listen: listen(limits.maxListenAddresses + 1) } })).toBe('node.listen');
    const hosts = (n: number) => Array.from({ length: n }, (_, i) => `h${i}:7000`);
    expect(configPath({ node, federation: { discovery: { bootstrap_nodes: hosts(limits.maxBootstrapNodes) } } })).toBe('valid');
    expect(configPath({ node, federation: { discovery: { bootstrap_nodes: hosts(limits.maxBootstrapNodes + 1) } } })).toBe('federation.discovery.bootstrap_nodes');
    expect(configPath({ node, federation: { discovery: { dns_servers: hosts(limits.maxDnsServers + 1) } } })).toBe('federation.discovery.dns_servers');
    expect(configPath({ node: { ...node, name: 'n'.repeat(limits.maxNodeNameLength) } })).toBe('valid');
    expect(configPath({ node: { ...node, name: 'n'.repeat(limits.maxNodeNameLength + 1) } })).toBe('node.name');
  });

  it('federation state: members, territories, KV keys (filled up directly)', () => {
    const state = bootstrapped();
    const filler = state.members.get(fakePeerId(0)) as Member;
    for (let i = state.members.size; i < limits.maxMembers; i++) state.members.set(`filler-${i}`, { ...filler, peerId: `filler-${i}`, name: `filler-${i}` });
    expect(code(apply(state, command(2, { addMember: { member: { peerId: fakePeerId(999), name: 'x', tier: 'leaf', territory: 'DK-A' } } })))).toBe('LIMIT_EXCEEDED');

    const tree = bootstrapped();
    for (let i = tree.territories.size; i < limits.maxTerritories; i++) tree.territories.add(`DK-T${i}`);
    expect(code(apply(tree, command(2, { addTerritory: { id: 'SE-STOCKHOLM' } })))).toBe('LIMIT_EXCEEDED');
    expect(code(apply(tree, command(2, { addTerritory: { id: 'DK-T5' } })))).toBe('ok'); // already there

    const kv = bootstrapped();
    const entry = { value: new Uint8Array(), createRevision: 1, modRevision: 1, version: 1 };
    for (let i = 0; i < limits.maxKvKeys; i++) kv.kv.set(`k${i}`, entry);
    expect(code(apply(kv, command(2, { kvPut: { key: 'new', value: new Uint8Array([1]) } })))).toBe('LIMIT_EXCEEDED');
    expect(code(apply(kv, command(2, { kvPut: { key: 'k1', value: new Uint8Array([1]) } })))).toBe('ok');
  });

  it('federation state: names, addresses, policies, directive bodies', () => {
    const state = bootstrapped();
    const add = (name: string, addresses: string[] = []) =>
      code(apply(state, command(2, { addMember: { member: { peerId: fakePeerId(500 + name.length), name, tier: 'leaf', territory: 'DK-A', addresses } } })));
    expect(add('n'.repeat(limits.maxNodeNameLength + 1))).toBe('INVALID_ARGUMENT');
    expect(add('a', [`/${'x'.repeat(limits.maxAddressLength)}`])).toBe('INVALID_ARGUMENT');
    expect(add('b', [`/${'x'.repeat(limits.maxAddressLength - 1)}`])).toBe('ok');
    expect(code(apply(state, command(2, { setPolicy: { name: 'p'.repeat(limits.maxPolicyNameLength + 1), value: '' } })))).toBe('INVALID_ARGUMENT');
    for (let i = 0; i < limits.maxPolicies; i++) expect(code(apply(state, command(2, { setPolicy: { name: `p${i}`, value: '' } })))).toBe('ok');
    expect(code(apply(state, command(2, { setPolicy: { name: 'one-more', value: '' } })))).toBe('LIMIT_EXCEEDED');
    expect(code(apply(state, command(2, { setPolicy: { name: 'p0', value: 'updated' } })))).toBe('ok');
    const directive = (bytes: number) =>
      code(apply(state, command(2, { issueDirective: { id: `d${bytes}`, kind: 'k', targetTerritory: 'DK', body: new Uint8Array(bytes) } })));
    expect(directive(limits.maxDirectiveBodyBytes + 1)).toBe('LIMIT_EXCEEDED');
    expect(directive(limits.maxDirectiveBodyBytes)).toBe('ok');
  });

  it('join tokens: addresses carried', () => {
    const token = { federationId: 'f', tokenId: 'abcdefabcdefabcd', secret: new Uint8Array(limits.joinSecretBytes), expiresAtMs: 1, addresses: [] as string[] };
    const many = Array.from({ length: limits.maxTokenAddresses + 1 }, (_, i) => `/ip4/127.0.0.1/tcp/${i}`);
    expect(() => decodeJoinToken(encodeJoinToken({ ...token, addresses: many }))).toThrow(ContinuumError);
    expect(decodeJoinToken(encodeJoinToken({ ...token, addresses: many.slice(1) })).addresses).toHaveLength(limits.maxTokenAddresses);
  });

  it('penalties: remembers at most maxPenalisedPeers, forgetting the oldest', () => {
    const box = new PenaltyBox();
    const error = new ContinuumError('NOT_MEMBER', 'x', { peer: 'p', protocol: 'q' });
    for (let i = 0; i <= limits.maxPenalisedPeers; i++) box.penalise({ peer: `p${i}`, protocol: 'q', error });
    expect(box.penalties('p0')).toBe(0);
    expect(box.penalties('p1')).toBe(1);
    expect(box.penalties(`p${limits.maxPenalisedPeers}`)).toBe(1);
  });

  it('heartbeats: oversized or undecodable gossip is dropped', () => {
    const beat = continuum.daemon.v1.Heartbeat.encode({ atMs: 5, loadScore: 0.5, degraded: false, appliedIndex: 9 }).finish();
    expect(decodeHeartbeat(beat)?.appliedIndex).toBe(9);
    const padded = new Uint8Array(limits.maxHeartbeatBytes + 1);
    padded.set(beat);
    expect(decodeHeartbeat(padded)).toBeUndefined();
    expect(decodeHeartbeat(new Uint8Array([0xff, 0xff]))).toBeUndefined();
  });

  it('federation id, directive id, swarm key file', () => {
    const bootstrap = (federationId: string) => {
      const state = createFederationState();
      const peerId = fakePeerId(0);
      return code(apply(state, { atMs: 1, proposer: peerId, bootstrap: { federationId, members: [{ peerId, name: 'n', tier: 'national', territory: 'DK' }] } }));
    };
    expect(bootstrap('f'.repeat(limits.maxFederationIdLength))).toBe('ok');
    expect(bootstrap('f'.repeat(limits.maxFederationIdLength + 1))).toBe('INVALID_ARGUMENT');
    const state = bootstrapped();
    const issue = (id: string) => code(apply(state, command(2, { issueDirective: { id, kind: 'k', targetTerritory: 'DK' } })));
    expect(issue('d'.repeat(limits.maxDirectiveIdLength))).toBe('ok');
    expect(issue('e'.repeat(limits.maxDirectiveIdLength + 1))).toBe('INVALID_ARGUMENT');
    expect(() => parseSwarmKey(new Uint8Array(limits.maxSwarmKeyFileBytes + 1))).toThrow(/larger/);
  });
});
