// Token creation through the API and the join protocol between real nodes on loopback,
// with a consensus test double on the admitting member.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContinuumError } from '../src/errors.js';
import { apply, createFederationState, decodeJoinToken } from '../src/federation/index.js';
import { initDataDir } from '../src/identity/data-dir.js';
import type { OpenedDataDir } from '../src/identity/data-dir.js';
import { requestJoin } from '../src/join/index.js';
import { createNode } from '../src/node/index.js';
import type { ContinuumNode } from '../src/node/index.js';
import { ConsensusTestDouble } from './support/consensus-double.js';

const dirs: string[] = [];
const nodes: ContinuumNode[] = [];
let member: { node: ContinuumNode; opened: OpenedDataDir; consensus: ConsensusTestDouble };
let joiner: { node: ContinuumNode; opened: OpenedDataDir };

async function dataDir(name: string, territory: string): Promise<OpenedDataDir> {
  const dir = await mkdtemp(join(tmpdir(), 'continuum-join-'));
  dirs.push(dir);
  return initDataDir({ config: { node: { name, territory, data_dir: join(dir, 'data'), listen: ['/ip4/127.0.0.1/tcp/0'] } } });
}

function api(node: ContinuumNode, opened: OpenedDataDir) {
  return (path: string, body?: unknown): Promise<Response> =>
    fetch(`http://127.0.0.1:${node.api.port}${path}`, {
      headers: { authorization: `Bearer ${opened.apiToken}` },
      ...(body === undefined ? {} : { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
}

beforeAll(async () => {
  const memberDir = await dataDir('aarhus-1', 'DK-AARHUS');
  let consensus: ConsensusTestDouble | undefined;
  const memberNode = createNode(memberDir.config, {
    apiPortOverride: 0, consensusTimeoutMs: 400,
    consensus: () => {
      const self = memberDir.identity.peerId.toString();
      const state = createFederationState();
      apply(state, { atMs: 1, proposer: self, bootstrap: { federationId: 'fed-join', members: [{ peerId: self, name: 'aarhus-1', tier: 'leaf', territory: 'DK-AARHUS', council: true }] } });
      consensus = new ConsensusTestDouble(state, self);
      return consensus;
    },
  });
  const joinerDir = await dataDir('odense-1', 'DK-ODENSE');
  const joinerNode = createNode(joinerDir.config, { apiPortOverride: 0 });
  nodes.push(memberNode, joinerNode);
  await memberNode.start();
  await joinerNode.start();
  if (consensus === undefined) throw new Error('consensus factory not called');
  member = { node: memberNode, opened: memberDir, consensus };
  joiner = { node: joinerNode, opened: joinerDir };
});

afterAll(async () => {
  for (const node of nodes) await node.stop();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function newToken(ttlSeconds = 600): Promise<string> {
  const response = await api(member.node, member.opened)('/v1/tokens', { ttl_seconds: ttlSeconds });
  expect(response.status).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

describe('join tokens over the API', () => {
  it('POST /v1/tokens registers a token through consensus and answers its string with this node\'s addresses', async () => {
    const token = decodeJoinToken(await newToken());
    expect(token.federationId).toBe('fed-join');
    expect(member.consensus.state.tokens.has(token.tokenId)).toBe(true);
    expect(token.addresses.length).toBeGreaterThan(0);
    expect(token.addresses.every((address) => address.endsWith(`/p2p/${member.node.peerId}`))).toBe(true);
  });

  it('refuses a bad ttl and a body that is not JSON', async () => {
    const call = api(member.node, member.opened);
    expect((await call('/v1/tokens', { ttl_seconds: -1 })).status).toBe(400);
    expect((await call('/v1/tokens', 'not json')).status).toBe(400);
    expect((await call('/v1/join', { token: 'continuum1-garbage' })).status).toBe(400);
  });
});

describe('join protocol', () => {
  it('a node with a valid token is admitted as JOINING through POST /v1/join; its own retry is answered again without a log entry', async () => {
    const token = await newToken();
    const response = await api(joiner.node, joiner.opened)('/v1/join', { token });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { ok: boolean; federation_id: string; council: Array<{ peer_id: string }> };
    expect(body).toMatchObject({ ok: true, federation_id: 'fed-join' });
    expect(body.council.map((entry) => entry.peer_id)).toEqual([member.node.peerId]);
    expect(member.consensus.state.members.get(joiner.node.peerId)).toMatchObject({ name: 'odense-1', territory: 'DK-ODENSE', status: 'JOINING' });

    // The answer of a join that committed can be lost (a timeout under load): the same peer
    // asking again with the same token gets the council, and nothing new is proposed.
    const proposedBefore = member.consensus.proposed.length;
    const again = await api(joiner.node, joiner.opened)('/v1/join', { token });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { council: Array<{ peer_id: string }> }).council.map((entry) => entry.peer_id)).toEqual([member.node.peerId]);
    expect(member.consensus.proposed.length).toBe(proposedBefore);
    expect(member.node.penalties.penalties(joiner.node.peerId)).toBe(0);
    // A forged proof for that used token is still refused.
    const decoded = decodeJoinToken(token);
    const forged = await requestJoin(joiner.node.host, { ...decoded, secret: new Uint8Array(decoded.secret.byteLength) }, { name: 'odense-1', tier: 'leaf', territory: 'DK-ODENSE', addresses: [] }, AbortSignal.timeout(5_000));
    expect(forged).toMatchObject({ ok: false, code: 'TOKEN_USED' });
    // A retry with a fresh token (what `continuum demo` does per attempt): the same join is
    // answered, the fresh token stays unused; a different join by a member is refused.
    const fresh = await newToken();
    const proposedAfterToken = member.consensus.proposed.length;
    const retried = await api(joiner.node, joiner.opened)('/v1/join', { token: fresh });
    expect(retried.status).toBe(200);
    expect(member.consensus.proposed.length).toBe(proposedAfterToken);
    expect(member.consensus.state.tokens.get(decodeJoinToken(fresh).tokenId)?.usedBy).toBeUndefined();
    const other = await requestJoin(joiner.node.host, decodeJoinToken(fresh), { name: 'odense-2', tier: 'leaf', territory: 'DK-ODENSE', addresses: [] }, AbortSignal.timeout(5_000));
    expect(other).toMatchObject({ ok: false, code: 'MEMBER_EXISTS' });
  });

  it('a forged proof makes no log entry and penalises the peer', async () => {
    const token = decodeJoinToken(await newToken());
    const proposedBefore = member.consensus.proposed.length;
    const forged = { ...token, secret: new Uint8Array(token.secret.byteLength) };
    const answer = await requestJoin(joiner.node.host, forged, { name: 'x', tier: 'leaf', territory: 'DK-X', addresses: [] }, AbortSignal.timeout(5_000));
    expect(answer).toMatchObject({ ok: false, code: 'TOKEN_PROOF_INVALID' });
    expect(member.consensus.proposed.length).toBe(proposedBefore);
    expect(member.node.penalties.penalties(joiner.node.peerId)).toBe(1);
  });

  it('without a quorum the joiner hears UNAVAILABLE and the token stays unused', async () => {
    const token = decodeJoinToken(await newToken());
    member.consensus.quorum = false;
    try {
      const attempt = requestJoin(joiner.node.host, token, { name: 'y', tier: 'leaf', territory: 'DK-Y', addresses: [] }, AbortSignal.timeout(20_000));
      await expect(attempt).rejects.toSatisfy((error: unknown) => ContinuumError.is(error, 'UNAVAILABLE'));
    } finally {
      member.consensus.quorum = true;
    }
    expect(member.consensus.state.tokens.get(token.tokenId)?.usedBy).toBeUndefined();
  });

  it('POST /v1/leave removes this node from the federation state', async () => {
    const call = api(member.node, member.opened);
    const before = member.consensus.state.members.size;
    const response = await call('/v1/leave', {});
    expect(response.status).toBe(200);
    expect(member.consensus.state.members.has(member.node.peerId)).toBe(false);
    expect(member.consensus.state.members.size).toBe(before - 1);
  });
});
