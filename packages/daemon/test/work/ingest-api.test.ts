import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../../src/api/index.js';
import { Coordinator } from '../../src/coordinator/index.js';
import { IngestService } from '../../src/ingest/ingest.js';
import type { MetadataInput } from '../../src/metadata/records.js';
import { MetadataReplica } from '../../src/metadata/replica.js';
import { createMetrics } from '../../src/metrics/registry.js';
import { QueryService } from '../../src/query/query.js';
import { samplePosts } from '../../src/samples/sample-posts.js';
import type { NodeViews } from '../../src/status/types.js';
import { workLimits } from '../../src/work-limits.js';
import { ConsensusTestDouble } from '../support/consensus-double.js';
import { bootstrapped, command, council, fakePeerId } from '../support/federation-fixtures.js';
import { apply } from '../../src/federation/index.js';
import { answerProxy } from '../../src/query/proxy.js';
import { verifyAuditRecords } from '../../src/content/audit-log.js';

const token = 'test-token-0123456789abcdef';
const start = Date.UTC(2026, 10, 20, 10);
const now = () => start + 6 * 3_600_000;
let dir: string;
let api: ApiServer;
let base: string;
const replica = new MetadataReplica('leaf-sf', workLimits.rollupBucketMs);
const storedMetadata: MetadataInput[] = [];
let ingest: IngestService;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'continuum-ingest-'));
  ingest = new IngestService({ dataDir: dir, territory: 'US-CA-SF', now, onStored: (metas) => metas.forEach((meta) => {
    replica.record(meta);
    storedMetadata.push(meta);
  }) });
  await ingest.open();
  const consensus = new ConsensusTestDouble(bootstrapped(), council);
  const coordinator = new Coordinator({ healthCheckIntervalSeconds: 10, unhealthyThreshold: 3, algorithm: 'least_loaded', now });
  const views: NodeViews = {
    peers: () => [], gossip: () => ({ activePeers: 0, messagesSent: 0, messagesReceived: 0, stateVersion: 0 }),
    replication: () => ({ writesLocal: 0, writesReplicated: 0, conflictsTotal: 0, keysStored: 0 }),
  };
  const metrics = createMetrics({ coordinator: () => coordinator.stats(), raft: () => consensus.status(), gossip: views.gossip, replication: views.replication });
  const query = new QueryService({ replica: () => replica, campaignPolicy: () => ({ minNodes: 2, windowMs: 3_600_000 }), now });
  api = await startApiServer({
    apiToken: token, self: { peerId: council, name: 'sf-1', tier: 'leaf', territory: 'US-CA-SF' }, consensus, coordinator, metrics, views, now,
    randomBytes: (n) => new Uint8Array(n), selfAddresses: () => [], work: { ingest, query, now },
  }, { host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${api.port}`;
}, 60_000);
afterAll(async () => {
  await api.close();
  await ingest.close();
  rmSync(dir, { recursive: true, force: true });
});

const call = (path: string, init: RequestInit = {}) => fetch(`${base}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...init.headers } });
const posts = [...samplePosts({ seed: 5, territory: 'US-CA-SF', city: 'San Francisco', count: 60, startMs: start, gapMs: 60_000, threatShare: 0.2, campaignShare: 0.2 })].map((s) => s.post);

describe('POST /v1/posts', () => {
  it('keeps the good lines, reports each bad one by number and reason, and stores a CID once', async () => {
    expect(ingest.analyzerLoaded).toBe(false);
    const lines = posts.map((post) => JSON.stringify(post));
    lines.splice(3, 0, '{not json');
    lines.splice(7, 0, JSON.stringify({ ...posts[0], text: undefined }));
    lines.push(JSON.stringify(posts[1]));
    const response = await call('/v1/posts', { method: 'POST', body: `${lines.join('\n')}\n` });
    expect(response.status).toBe(200);
    const report = (await response.json()) as { lines: number; stored: Array<{ line: number; cid: string }>; duplicates: unknown[]; rejected: Array<{ line: number; reason: string; field: string | null }> };
    expect(report.lines).toBe(63);
    expect(report.rejected).toEqual([
      expect.objectContaining({ line: 4, reason: 'not_json' }),
      expect.objectContaining({ line: 8, reason: 'missing_field', field: 'text' }),
    ]);
    expect(report.stored).toHaveLength(60);
    expect(report.duplicates).toEqual([{ line: 63, cid: report.stored[1]?.cid }]);
    expect(await ingest.count()).toBe(60);
    expect(ingest.analyzerLoaded).toBe(true);
    expect(statSync(join(dir, 'node-secret')).mode & 0o777).toBe(0o600);
    // Sent again: all duplicates, nothing counted twice.
    const again = (await (await call('/v1/posts', { method: 'POST', body: lines.join('\n') })).json()) as { stored: unknown[]; duplicates: unknown[] };
    expect(again.stored).toHaveLength(0);
    expect(again.duplicates).toHaveLength(61);
    expect(replica.counts.values().filter(([key]) => key.startsWith('["c"')).reduce((sum, [, n]) => sum + n, 0)).toBe(60);
  }, 60_000);

  it('refuses a body over maxIngestBodyBytes with 413', async () => {
    const response = await call('/v1/posts', { method: 'POST', body: 'x'.repeat(workLimits.maxIngestBodyBytes + 1) });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { details: { limit: string } } }).error.details.limit).toBe('maxIngestBodyBytes');
  });

  it('refuses more than maxIngestLinesCount lines with 413', async () => {
    const response = await call('/v1/posts', { method: 'POST', body: '\n'.repeat(workLimits.maxIngestLinesCount + 1) });
    expect(response.status).toBe(413);
  });
});

describe('GET /v1/query', () => {
  it('answers the web page shape from the local counters', async () => {
    const response = await call(`/v1/query?from=${start}&to=${start + 2 * 3_600_000}&bucket=1800000`);
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { totals: { posts: number; by_category: Record<string, number>; by_territory: Record<string, number>; by_severity: Record<string, number> }; series: Array<{ bucket_ms: number; posts: number }>; top_hashtags: Array<{ tag: string; count: number }>; campaigns: Array<{ nodes: string[]; volume: number }>; alerts: Array<{ cid: string; node: string }> };
    expect(answer.totals.posts).toBe(60);
    expect(Object.keys(answer.totals.by_category).sort()).toEqual(['harassment', 'hate_speech', 'offensive', 'threat']);
    expect(answer.totals.by_territory).toEqual({ 'US-CA-SF': 60 });
    expect(Object.values(answer.totals.by_severity).reduce((a, b) => a + b, 0)).toBe(60);
    expect(answer.series.map((row) => row.bucket_ms)).toEqual([start, start + 1_800_000]);
    expect(answer.series.reduce((sum, row) => sum + row.posts, 0)).toBe(60);
    const tagged = posts.flatMap((post) => post.hashtags).length;
    expect(answer.top_hashtags.reduce((sum, row) => sum + row.count, 0)).toBeLessThanOrEqual(tagged);
    expect(answer.top_hashtags.length).toBeGreaterThan(0);
    expect(answer.campaigns).toEqual([]);
    for (const alert of answer.alerts) expect(alert.node).toBe('leaf-sf');
    const narrow = (await (await call(`/v1/query?from=${start}&to=${start + 600_000}&bucket=60000`)).json()) as { totals: { posts: number } };
    expect(narrow.totals.posts).toBe(10);
  });

  it('refuses bad ranges and too many buckets', async () => {
    expect((await call('/v1/query?from=10&to=5')).status).toBe(400);
    expect((await call('/v1/query?bucket=1000')).status).toBe(400);
    expect((await call(`/v1/query?from=0&to=${workLimits.rollupBucketMs * (workLimits.maxQueryBucketsCount + 1)}&bucket=60000`)).status).toBe(400);
  });
});

describe('campaigns at a parent', () => {
  it('are detected over two leaves\' reports and name both leaves and territories', async () => {
    const other = new MetadataReplica('leaf-oak', workLimits.rollupBucketMs);
    for (const meta of storedMetadata) other.record({ ...meta, territory: 'US-CA-OAK' });
    const parent = new MetadataReplica('regional-ca', workLimits.rollupBucketMs);
    for (const leaf of [replica, other]) for (const kind of ['counts', 'reports', 'alerts'] as const) parent.mergeEncoded(kind, leaf.encodeDelta(kind, undefined));
    const query = new QueryService({ replica: () => parent, campaignPolicy: () => ({ minNodes: 2, windowMs: 3_600_000 }), now });
    const answer = await query.answer({ fromMs: start, toMs: start + 3 * 3_600_000, bucketMs: 3_600_000 });
    expect(answer.totals.posts).toBe(120);
    expect(answer.totals.by_territory).toEqual({ 'US-CA-SF': 60, 'US-CA-OAK': 60 });
    expect(answer.campaigns.length).toBeGreaterThan(0);
    for (const campaign of answer.campaigns) {
      expect(campaign.nodes).toEqual(['leaf-oak', 'leaf-sf']);
      expect(campaign.territories).toEqual(['US-CA-OAK', 'US-CA-SF']);
    }
  });
});

describe('raw content, the query proxy\'s answering side and the audit log', () => {
  it('audits every read; the proxy answers only ancestors and only when the policy allows; the chain verifies', async () => {
    const analyzer = await import('@continuum/analyzer');
    const post = posts[0] as (typeof posts)[number];
    const target = analyzer.postCid(post as never);
    expect((await call('/v1/content/missing')).status).toBe(404);
    const read = await call(`/v1/content/${target}`);
    expect(read.status).toBe(200);
    expect(((await read.json()) as { post: { text: string } }).post.text).toBe(post.text);
    expect((await call(`/v1/content/${target}?via=proxy`)).status).toBe(503);

    const state = bootstrapped();
    const leaf = fakePeerId(9);
    const regional = fakePeerId(1);
    expect(apply(state, command(2000, { addMember: { member: { peerId: leaf, name: 'sf-1', tier: 'leaf', territory: 'US-CA-SF' } } })).ok).toBe(true);
    expect(apply(state, command(2001, { setParent: { peerId: leaf, parent: regional, home: true } })).ok).toBe(true);
    let allowed = false;
    const options = { ingest, state: () => state, allowed: () => allowed };
    expect(await answerProxy(options, leaf, regional, target)).toMatchObject({ ok: false, code: 'DENIED' });
    expect(await answerProxy(options, leaf, fakePeerId(2), target)).toMatchObject({ ok: false, code: 'NOT_ANCESTOR' });
    allowed = true;
    expect(await answerProxy(options, leaf, regional, target)).toMatchObject({ ok: true, post: { text: post.text } });
    expect(await answerProxy(options, leaf, regional, 'bafy-none')).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const audit = (await (await call('/v1/audit')).json()) as { records: Array<{ action: string; actor: string; subject: string }>; verification: { ok: boolean; records: number } };
    expect(audit.records.map((r) => [r.action, r.actor])).toEqual([
      ['content.read', 'api'], ['content.read', 'api'], ['content.proxy.denied', regional], ['content.proxy.denied', fakePeerId(2)],
      ['content.proxy.allowed', regional], ['content.proxy.allowed', regional],
    ]);
    expect(audit.verification).toMatchObject({ ok: true, records: 6 });
    expect(verifyAuditRecords(audit.records as never).ok).toBe(true);
    const tampered = audit.records.map((r, i) => (i === 2 ? { ...r, actor: 'someone-else' } : r));
    expect(verifyAuditRecords(tampered as never)).toMatchObject({ ok: false, brokenAt: 3 });
  });
});
