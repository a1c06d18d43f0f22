import { execFileSync, spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer } from '../src/api/index.js';
import type { ApiServer } from '../src/api/index.js';
import { Coordinator } from '../src/coordinator/index.js';
import { limits } from '../src/limits.js';
import { createMetrics, metricNames } from '../src/metrics/registry.js';
import type { NodeViews } from '../src/status/types.js';
import { ConsensusTestDouble } from './support/consensus-double.js';
import { bootstrapped, council } from './support/federation-fixtures.js';

const token = 'test-token-0123456789abcdef';
const consensus = new ConsensusTestDouble(bootstrapped(), council);
const coordinator = new Coordinator({ healthCheckIntervalSeconds: 10, unhealthyThreshold: 3, algorithm: 'least_loaded', now: () => 0 });
coordinator.register({ peerId: council, tier: 'national', territory: 'DK' });
coordinator.checkHealth();
const views: NodeViews = {
  peers: () => [{ peerId: 'peer-b', addresses: ['/ip4/127.0.0.1/tcp/7001'], direction: 'outbound' }],
  gossip: () => ({ activePeers: 1, messagesSent: 5, messagesReceived: 7, stateVersion: 2 }),
  replication: () => ({ writesLocal: 0, writesReplicated: 0, conflictsTotal: 0, keysStored: 0 }),
};
const metrics = createMetrics({ coordinator: () => coordinator.stats(), raft: () => consensus.status(), gossip: views.gossip, replication: views.replication });

let api: ApiServer;
let base: string;

beforeAll(async () => {
  api = await startApiServer(
    { apiToken: token, self: { peerId: council, name: 'dk-national', tier: 'national', territory: 'DK' }, consensus, coordinator, metrics, views, now: () => 5000, consensusTimeoutMs: 300,
      randomBytes: (length) => new Uint8Array(length).map((_, i) => (i * 31 + 7) & 0xff), selfAddresses: () => [`/ip4/127.0.0.1/tcp/7000/p2p/${council}`] },
    { host: '127.0.0.1', port: 0 },
  );
  base = `http://127.0.0.1:${api.port}`;
});
afterAll(async () => {
  await api.close();
});

function call(path: string, init: RequestInit = {}, auth = true): Promise<Response> {
  const headers = new Headers(init.headers);
  if (auth) headers.set('authorization', `Bearer ${token}`);
  return fetch(`${base}${path}`, { ...init, headers });
}

async function errorOf(response: Response): Promise<{ name: string; code: string; message: string; details: Record<string, unknown> }> {
  const body = (await response.json()) as { error: { name: string; code: string; message: string; details: Record<string, unknown> } };
  expect(Object.keys(body.error).sort()).toEqual(['code', 'details', 'message', 'name']);
  return body.error;
}

describe('API authentication and errors', () => {
  it('requires the bearer token on /v1 routes, not on health and metrics', async () => {
    const missing = await call('/v1/status', {}, false);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    expect((await errorOf(missing)).code).toBe('UNAUTHORIZED');
    const wrong = await call('/v1/status', { headers: { authorization: 'Bearer nope' } }, false);
    expect(wrong.status).toBe(401);
    for (const path of ['/health', '/health/live', '/health/ready', '/metrics']) expect((await call(path, {}, false)).status, path).toBe(200);
  });

  it('answers unknown routes, wrong methods and oversized URLs with typed errors', async () => {
    const unknown = await call('/v1/nothing');
    expect(unknown.status).toBe(404);
    expect(await errorOf(unknown)).toMatchObject({ name: 'ContinuumError', code: 'NOT_FOUND' });
    const method = await call('/v1/status', { method: 'DELETE' });
    expect(method.status).toBe(405);
    expect((await errorOf(method)).details).toMatchObject({ method: 'DELETE', allowed: ['GET'] });
    const long = await call(`/v1/kv/${'k'.repeat(limits.maxUrlLength)}`);
    expect(long.status).toBe(414);
    const headers = await call('/v1/status', { headers: { 'x-padding': 'p'.repeat(limits.maxHeaderBytes) } });
    expect(headers.status).toBe(431);
    const json = await call('/v1/tokens', { method: 'POST', body: JSON.stringify({ pad: 'p'.repeat(limits.maxJsonBodyBytes) }) });
    expect(json.status).toBe(413);
  });
});

describe('API health, status and federation views', () => {
  it('GET /health has the federation architecture shape', async () => {
    const response = await call('/health', {}, false);
    expect(await response.json()).toEqual({
      healthy: true,
      components: {
        coordinator: { healthy: true, healthy_nodes: 1 },
        raft: { healthy: true, role: 'leader', leader_id: council, term: 3 },
        replication: { healthy: true, keys: 0 },
        gossip: { healthy: true, active_peers: 1 },
      },
    });
  });

  it('serves status, peers, members, tree and raft', async () => {
    const status = (await (await call('/v1/status')).json()) as Record<string, unknown>;
    expect(status).toMatchObject({ peer_id: council, name: 'dk-national', federation_id: 'fed-test', members: 3 });
    expect(((await (await call('/v1/peers')).json()) as { peers: unknown[] }).peers).toHaveLength(1);
    const members = (await (await call('/v1/members')).json()) as { members: Array<{ name: string }> };
    expect(members.members.map((member) => member.name)).toEqual(['dk-national', 'global-1', 'us-ca']);
    const tree = (await (await call('/v1/tree')).json()) as { tree: { id: string; children: Array<{ id: string }> } };
    expect(tree.tree.id).toBe('GLOBAL');
    expect(tree.tree.children.map((child) => child.id)).toEqual(['DK', 'US']);
    expect(await (await call('/v1/raft')).json()).toMatchObject({ role: 'leader', term: 3 });
  });
});

describe('API KV', () => {
  it('PUT commits and answers the index; GET returns the bytes; DELETE removes', async () => {
    const put = await call('/v1/kv/config%2Fcolour', { method: 'PUT', body: 'blue' });
    expect(put.status).toBe(200);
    const written = (await put.json()) as { key: string; index: number; revision: number };
    expect(written).toMatchObject({ key: 'config/colour', revision: 1 });
    expect(consensus.proposed.at(-1)).toMatchObject({ atMs: 5000, proposer: council });
    const get = await call('/v1/kv/config%2Fcolour');
    expect(get.status).toBe(200);
    expect(await get.text()).toBe('blue');
    expect(get.headers.get('x-continuum-mod-revision')).toBe('1');
    expect(get.headers.get('x-continuum-consistency')).toBe('linearizable');
    expect((await call('/v1/kv/config%2Fcolour', { method: 'DELETE' })).status).toBe(200);
    const gone = await call('/v1/kv/config%2Fcolour');
    expect(gone.status).toBe(404);
    expect((await errorOf(gone)).code).toBe('NOT_FOUND');
    expect((await call('/v1/kv/config%2Fcolour', { method: 'DELETE' })).status).toBe(404);
  });

  it('refuses bad keys, bad consistency and bodies over the limit', async () => {
    expect((await call('/v1/kv/%E0%A4%A', { method: 'PUT', body: 'x' })).status).toBe(400);
    expect((await call('/v1/kv/a?consistency=eventual')).status).toBe(400);
    const big = await call('/v1/kv/big', { method: 'PUT', body: new Uint8Array(limits.maxKvValueBytes + 1) });
    expect(big.status).toBe(413);
    expect((await errorOf(big)).details).toMatchObject({ limit: 'maxRequestBodyBytes' });
    expect((await call('/v1/kv/fits', { method: 'PUT', body: new Uint8Array(limits.maxKvValueBytes) })).status).toBe(200);
  });

  it('without a quorum: 503 UNAVAILABLE, no write applied, stale reads still served', async () => {
    await call('/v1/kv/kept', { method: 'PUT', body: 'v1' });
    consensus.quorum = false;
    try {
      const revision = consensus.state.kvRevision;
      const put = await call('/v1/kv/kept', { method: 'PUT', body: 'v2' });
      expect(put.status).toBe(503);
      expect((await errorOf(put)).code).toBe('UNAVAILABLE');
      expect(consensus.state.kvRevision).toBe(revision);
      expect((await call('/v1/kv/kept')).status).toBe(503);
      expect((await call('/v1/kv/kept', { method: 'DELETE' })).status).toBe(503);
      const stale = await call('/v1/kv/kept?consistency=stale');
      expect(stale.status).toBe(200);
      expect(await stale.text()).toBe('v1');
      const health = await call('/health', {}, false);
      expect(health.status).toBe(503);
      expect(((await health.json()) as { components: { raft: { healthy: boolean } } }).components.raft.healthy).toBe(false);
      expect((await call('/health/ready', {}, false)).status).toBe(503);
    } finally {
      consensus.quorum = true;
    }
  });

  it('bounds the wait even when consensus ignores its abort signal', async () => {
    consensus.quorum = false;
    consensus.ignoreSignal = true;
    try {
      const put = await call('/v1/kv/hung', { method: 'PUT', body: 'x' });
      expect(put.status).toBe(503);
      expect((await errorOf(put)).details).toMatchObject({ reason: 'consensus timed out' });
      expect((await call('/v1/kv/hung')).status).toBe(503);
    } finally {
      consensus.quorum = true;
      consensus.ignoreSignal = false;
    }
  });

  it('maps a committed but refused command to a 4xx with its rejection', async () => {
    const response = await call(`/v1/kv/${'k'.repeat(limits.maxKvKeyBytes + 1)}`, { method: 'PUT', body: 'x' });
    expect(response.status).toBe(413);
  });
});

describe('API metrics', () => {
  it('exposes every metric name of the federation architecture, and nothing else', async () => {
    const text = await (await call('/metrics', {}, false)).text();
    const families = [...text.matchAll(/^# TYPE (\S+) (\S+)$/gm)].map((match) => match[1]);
    expect(families.sort()).toEqual([...metricNames].sort());
    expect(text).toMatch(/^continuum_coordinator_nodes_total\{status="healthy"\} 1$/m);
    expect(text).toMatch(/^continuum_raft_role\{role="leader"\} 1$/m);
    expect(text).toMatch(/^continuum_gossip_messages_received 7$/m);
  });

  it('passes promtool check metrics', async (context) => {
    if (spawnSync('promtool', ['--version']).status !== 0) {
      console.warn('SKIPPED: promtool not installed (apt-get install prometheus; see scripts/test-prereqs.sh)');
      context.skip();
      return;
    }
    const text = await (await call('/metrics', {}, false)).text();
    expect(text.length).toBeGreaterThan(0); // promtool passes empty input too
    expect(() => execFileSync('promtool', ['check', 'metrics'], { input: text, stdio: ['pipe', 'pipe', 'pipe'] })).not.toThrow();
    expect(() => execFileSync('promtool', ['check', 'metrics'], { input: 'bad_counter 1\n# TYPE bad_counter counter\n', stdio: ['pipe', 'pipe', 'pipe'] }))
      .toThrow();
  });
});
