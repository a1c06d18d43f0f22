import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../../src/api/index.js';
import { Coordinator } from '../../src/coordinator/index.js';
import { DirectiveApplier } from '../../src/directives/directive-applier.js';
import { DocStore } from '../../src/docs/doc-store.js';
import { IngestService } from '../../src/ingest/ingest.js';
import { MapReplication } from '../../src/map/map-replication.js';
import { createMetrics } from '../../src/metrics/registry.js';
import type { NodeViews } from '../../src/status/types.js';
import { ConsensusTestDouble } from '../support/consensus-double.js';
import { bootstrapped, council, fakePeerId } from '../support/federation-fixtures.js';

const token = 'test-token-0123456789abcdef';
const self = fakePeerId(1); // the regional node in US-CA of the fixture
let dir: string;
let api: ApiServer;
let ingest: IngestService;
let directives: DirectiveApplier;
const docs = new DocStore(undefined);
const map = new MapReplication({ node: self, strategy: 'last_write_wins', wallClockMs: () => 5_000, broadcast: () => undefined });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'continuum-directives-'));
  ingest = new IngestService({ dataDir: dir, territory: 'US-CA', now: () => 5_000 });
  await ingest.open();
  const consensus = new ConsensusTestDouble(bootstrapped(), self);
  directives = new DirectiveApplier({ self, territory: 'US-CA', consensus, map, docs, ingest, now: () => 5_000 });
  const coordinator = new Coordinator({ healthCheckIntervalSeconds: 10, unhealthyThreshold: 3, algorithm: 'least_loaded', now: () => 5_000 });
  const views: NodeViews = {
    peers: () => [], gossip: () => ({ activePeers: 0, messagesSent: 0, messagesReceived: 0, stateVersion: 0 }),
    replication: () => map.stats(),
  };
  const metrics = createMetrics({ coordinator: () => coordinator.stats(), raft: () => consensus.status(), gossip: views.gossip, replication: views.replication });
  api = await startApiServer({
    apiToken: token, self: { peerId: self, name: 'us-ca', tier: 'regional', territory: 'US-CA' }, consensus, coordinator, metrics, views, now: () => 5_000,
    randomBytes: (n) => new Uint8Array(n), selfAddresses: () => [], work: { ingest, now: () => 5_000, directives, docs, map },
  }, { host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await api.close();
  await ingest.close();
  rmSync(dir, { recursive: true, force: true });
});

const call = (path: string, init: RequestInit = {}) => fetch(`http://127.0.0.1:${api.port}${path}`, { ...init, headers: { authorization: `Bearer ${token}` } });
const issue = (body: unknown) => call('/v1/directives', { method: 'POST', body: JSON.stringify(body) });

interface StatusView { id: string; nodes: Array<{ peer_id: string; status: string; detail: string | null }> }

describe('directives down', () => {
  it('applies the directives aimed at this node once, acknowledges them in the map and audits them', async () => {
    expect((await issue({ id: 'w1', kind: 'watchlist', target_territory: 'US', body: { terms: ['storm the hall'], hashtags: ['#hall'] } })).status).toBe(200);
    expect((await issue({ id: 'r1', kind: 'retention', target_territory: 'GLOBAL', body: { days: 30 } })).status).toBe(200);
    expect((await issue({ id: 'dk', kind: 'watchlist', target_territory: 'DK', body: { terms: ['x'] } })).status).toBe(200);
    expect((await issue({ id: 'odd', kind: 'teleport', target_territory: 'US-CA', body: {} })).status).toBe(200);
    expect((await issue({ id: 'w1', kind: 'watchlist', target_territory: 'US', body: {} })).status).toBe(409);
    expect((await issue({ id: 'x', kind: 'watchlist', target_territory: 'US', body: 'nope' })).status).toBe(400);

    expect(await directives.poll()).toBe(3);
    expect(await directives.poll()).toBe(0);
    expect(docs.content('watchlist')).toEqual({ terms: ['storm the hall'], hashtags: ['#hall'] });
    expect(directives.settings.retentionDays).toBe(30);

    const status = ((await (await call('/v1/directives')).json()) as { directives: StatusView[] }).directives;
    const of = (id: string) => status.find((d) => d.id === id)?.nodes.map((n) => [n.peer_id, n.status]);
    expect(of('w1')).toEqual([[self, 'applied']]);
    expect(of('r1')?.sort()).toEqual([[council, 'pending'], [self, 'applied'], [fakePeerId(2), 'pending']].sort());
    expect(of('dk')).toEqual([[council, 'pending']]);
    expect(of('odd')).toEqual([[self, 'rejected']]);
    const audit = await ingest.audit(1, 100);
    expect(audit.map((r) => [r.action, r.subject])).toEqual([['directive.applied', 'odd'], ['directive.applied', 'r1'], ['directive.applied', 'w1']]);
    expect((await ingest.verifyAudit()).ok).toBe(true);
  });
});
