// Four tiers of real daemon processes on loopback (1 global, 1 national, 2 regional,
// 4 leaves), with the Raft driver, the coordinator and the metadata replication as they
// run in production. Posts ingested at the leaves are counted at every tier, exactly; a
// campaign posted under two regions is detected at the national; marker strings of the
// posts reach no API answer and no file of a non-leaf node; a leaf stopped and fed posts
// while down (a volunteer's node collecting offline) converges after its restart; a
// regional killed with -9 hands its leaves to the national and nothing counts twice.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestService } from '../src/ingest/ingest.js';
import { cliBuilt, waitFor, type ProcNode } from './support/process-cluster.js';
import { scanDataDir } from './support/data-dir-scan.js';
import { fourTiers, TierFederation } from './support/tier-federation.js';

// Health rounds every 2 s: a killed node is DEAD within about 10 s, and a node starved of
// CPU for a moment on a loaded machine is not taken for dead.
const federation = new TierFederation({ healthCheckIntervalSeconds: 2, syncIntervalSeconds: 1 });
const leaves = ['sf', 'la', 'nyc', 'buf'] as const;
const upper = ['global', 'us', 'us-ca', 'us-ny'] as const;
/** Posts stored at each leaf (from the leaves' ingest reports). */
const stored = new Map<string, number>(leaves.map((leaf) => [leaf, 0]));
/** Each leaf's marker strings (in texts and author names) and the CIDs it stored. */
const markers = new Map<string, string[]>(leaves.map((leaf) => [leaf, []]));
/** CIDs stored, by leaf. */
const cids = new Map<string, string[]>(leaves.map((leaf) => [leaf, []]));
const words = ['bus', 'late', 'bakery', 'harbour', 'rain', 'market', 'school', 'bridge', 'concert', 'library', 'traffic', 'garden', 'ferry', 'museum',
  'parade', 'bicycle', 'festival', 'snow', 'river', 'stadium', 'coffee', 'train', 'station', 'park', 'election', 'weather', 'street', 'lunch'];
const baseMs = Math.floor(Date.now() / 60_000) * 60_000 - 3_600_000;
const range = `from=${baseMs - 86_400_000}&to=${baseMs + 2 * 86_400_000}&bucket=3600000`;
let sequence = 0;

interface Totals { totals: { posts: number; by_territory: Record<string, number> }; campaigns: Array<{ nodes: string[]; territories: string[] }> }

const node = (name: string): ProcNode => federation.node(name);

function marker(): string {
  return `zq${randomBytes(6).toString('hex')}x`;
}

/** NDJSON posts for a leaf; each ordinary post carries a fresh marker in its text and author. */
function ordinaryPosts(leaf: string, count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const text = marker();
    const author = marker();
    markers.get(leaf)?.push(text, author);
    // Random words, so ordinary posts are no near-duplicates of each other (no false campaigns).
    const sentence = Array.from({ length: 12 }, () => words[randomBytes(1)[0] as number % words.length]).join(' ');
    lines.push(JSON.stringify({
      id: `${leaf}-${sequence}`, platform: 'test', author: `user ${author}`, created_at: new Date(baseMs + (sequence++ % 3_000) * 1_000).toISOString(),
      text: `${text} ${sentence} ${i}`, hashtags: ['#weather'],
    }));
  }
  return `${lines.join('\n')}\n`;
}

function campaignPosts(leaf: string, count: number): string {
  return `${Array.from({ length: count }, (_, i) => JSON.stringify({
    id: `${leaf}-campaign-${sequence}`, platform: 'test', author: `campaigner ${sequence++}`, created_at: new Date(baseMs + 600_000 + i * 1_000).toISOString(),
    text: `everyone must come to the square tonight and show them who owns this city, bring your friends ${i % 2}`,
  })).join('\n')}\n`;
}

async function ingest(leaf: string, body: string): Promise<void> {
  // Generous: the first ingest at a leaf loads the analyzer (about 200 MB), slow on a loaded machine.
  const answer = await federation.cluster.api<{ stored: Array<{ cid: string }>; rejected: unknown[] }>(node(leaf), 'POST', '/v1/posts', body, 90_000);
  expect(answer.status).toBe(200);
  expect(answer.body.rejected).toEqual([]);
  expect(answer.body.stored).toHaveLength(body.trimEnd().split('\n').length);
  cids.get(leaf)?.push(...answer.body.stored.map((s) => s.cid));
  stored.set(leaf, (stored.get(leaf) ?? 0) + answer.body.stored.length);
}

async function query(name: string): Promise<Totals> {
  const answer = await federation.cluster.api<Totals>(node(name), 'GET', `/v1/query?${range}`);
  if (answer.status !== 200) throw new Error(`${name} /v1/query: HTTP ${answer.status}`);
  return answer.body;
}

const sum = (names: readonly string[]): number => names.reduce((total, name) => total + (stored.get(name) ?? 0), 0);

/** Polls until every listed node counts exactly its expected total; returns the last counts. */
async function converge(expected: Record<string, number>, what: string, timeoutMs = 90_000): Promise<void> {
  let last: Record<string, number> = {};
  try {
    await waitFor(what, async () => {
      last = Object.fromEntries(await Promise.all(Object.keys(expected).map(async (name) => [name, (await query(name)).totals.posts] as const)));
      return Object.entries(expected).every(([name, total]) => last[name] === total) ? true : undefined;
    }, timeoutMs, 200);
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}; expected ${JSON.stringify(expected)}, counted ${JSON.stringify(last)}; ${await diagnose()}`);
  }
}

/** Each running leaf's own view of its parent, and the last lines of its output (for a failure message). */
async function diagnose(): Promise<string> {
  const lines = await Promise.all(leaves.map(async (leaf) => {
    if (node(leaf).child === undefined) return `${leaf}: stopped`;
    const parents = await federation.parents(node(leaf)).catch(() => undefined);
    return `${leaf}: parent ${parents?.get(leaf) ?? '?'}; output: ${node(leaf).output.trim().split('\n').slice(-4).join(' | ').slice(0, 600)}`;
  }));
  return lines.join('\n');
}

describe.skipIf(!cliBuilt())('four tiers of daemon processes', () => {
  beforeAll(async () => {
    await federation.create(fourTiers, 'fed-tiers');
    await federation.start();
    await federation.joinTiers(120_000);
    // An empty ingest loads each leaf's analyzer (about 200 MB, slow on a loaded machine) before anything is measured.
    await Promise.all(leaves.map((leaf) => federation.cluster.api(node(leaf), 'POST', '/v1/posts', '', 120_000)));
  }, 300_000);

  afterAll(async () => {
    await federation.cluster.stop();
  }, 60_000);

  const everyTier = (): Record<string, number> => ({
    global: sum(leaves), us: sum(leaves), 'us-ny': sum(['nyc', 'buf']), ...Object.fromEntries(leaves.map((leaf) => [leaf, sum([leaf])])),
  });

  it('places every node under a parent of the tier above, through Raft', async () => {
    expect(Object.fromEntries(await federation.parents())).toEqual({
      global: null, us: 'global', 'us-ca': 'us', 'us-ny': 'us', sf: 'us-ca', la: 'us-ca', nyc: 'us-ny', buf: 'us-ny',
    });
  });

  it('counts the posts of the leaves at every tier, exactly, and detects a campaign under two regions at the national', async () => {
    for (const [i, leaf] of leaves.entries()) await ingest(leaf, ordinaryPosts(leaf, 8 + i));
    await ingest('sf', campaignPosts('sf', 4));
    await ingest('nyc', campaignPosts('nyc', 4));
    const all = sum(leaves);
    expect(all).toBe(8 + 9 + 10 + 11 + 8);
    await converge({ global: all, us: all, 'us-ca': sum(['sf', 'la']), 'us-ny': sum(['nyc', 'buf']), sf: sum(['sf']), la: sum(['la']), nyc: sum(['nyc']), buf: sum(['buf']) }, 'counts at every tier');
    const national = await query('us');
    expect(national.totals.by_territory).toEqual({ 'US-CA-SF': sum(['sf']), 'US-CA-LA': sum(['la']), 'US-NY-NYC': sum(['nyc']), 'US-NY-BUF': sum(['buf']) });
    const across = national.campaigns.find((c) => c.nodes.includes(node('sf').peerId) && c.nodes.includes(node('nyc').peerId));
    expect(across?.territories).toEqual(['US-CA-SF', 'US-NY-NYC']);
    // Neither regional sees both halves of it.
    for (const regional of ['us-ca', 'us-ny']) {
      expect((await query(regional)).campaigns.some((c) => c.nodes.includes(node('sf').peerId) && c.nodes.includes(node('nyc').peerId))).toBe(false);
    }
  }, 120_000);

  it('answers no API request of a non-leaf node with a marker of the posts', async () => {
    const all = leaves.flatMap((leaf) => markers.get(leaf) ?? []);
    expect(all.length).toBeGreaterThan(0);
    const paths = ['/v1/query', `/v1/query?${range}`, `/v1/query?${range}&bucket=60000`, '/v1/status', '/v1/peers', '/v1/members', '/v1/tree', '/v1/raft',
      '/v1/discovery', '/v1/directives', '/v1/docs', '/v1/audit', '/metrics', '/health', ...leaves.flatMap((leaf) => (cids.get(leaf) ?? []).slice(0, 1)).flatMap((cid) => [`/v1/content/${cid}?via=proxy`, `/v1/content/${cid}`])];
    let answers = 0;
    for (const name of upper) {
      for (const path of paths) {
        const answer = await federation.cluster.api<unknown>(node(name), 'GET', path);
        const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
        expect(all.filter((m) => text.includes(m)), `${name} ${path}`).toEqual([]);
        answers++;
      }
    }
    expect(answers).toBe(upper.length * paths.length);
    // The same probe finds them at a leaf (the leaf may read its own content).
    const own = await federation.cluster.api<{ post: { text: string } }>(node('sf'), 'GET', `/v1/content/${cids.get('sf')?.[0] ?? ''}`);
    expect(own.status).toBe(200);
    expect((markers.get('sf') ?? []).some((m) => own.body.post.text.includes(m))).toBe(true);
  }, 120_000);

  it('a leaf stopped and fed posts while down converges at every tier after its restart', async () => {
    const buf = node('buf');
    await federation.cluster.stopNode(buf);
    // A volunteer's node keeps collecting while its daemon is down: the posts go into its
    // content store through the library (what POST /v1/posts does, without the network).
    const offline = new IngestService({ dataDir: buf.dataDir, territory: buf.territory, now: () => Date.now() });
    await offline.open();
    try {
      const report = await offline.ingest(ordinaryPosts('buf', 7));
      expect(report.stored).toHaveLength(7);
      cids.get('buf')?.push(...report.stored.map((s) => s.cid));
    } finally {
      await offline.close();
    }
    stored.set('buf', sum(['buf']) + 7);
    // Its siblings keep working meanwhile; nobody counts the offline posts yet.
    await ingest('nyc', ordinaryPosts('nyc', 3));
    await converge({ global: sum(leaves) - 7, 'us-ny': sum(['nyc', 'buf']) - 7, nyc: sum(['nyc']) }, 'counts without the offline posts');
    await federation.cluster.start(buf);
    await converge({ ...everyTier(), 'us-ca': sum(['sf', 'la']) }, 'every tier after the leaf came back');
    // And it takes posts again as usual.
    await ingest('buf', ordinaryPosts('buf', 2));
    await converge({ ...everyTier(), 'us-ca': sum(['sf', 'la']) }, 'every tier after posts at the restarted leaf');
  }, 240_000);

  it('a regional killed with -9: its leaves fail over to the national and nothing is counted twice', async () => {
    if (node('buf').child === undefined) await federation.cluster.start(node('buf'));
    federation.cluster.kill9(node('us-ca'));
    // Its leaves keep collecting while the federation notices.
    await ingest('sf', ordinaryPosts('sf', 5));
    const parents = await waitFor('the leaves of us-ca under a new parent', async () => {
      const now = await federation.parents();
      return now.get('sf') !== 'us-ca' && now.get('la') !== 'us-ca' ? now : undefined;
    }, 45_000, 250);
    expect([parents.get('sf'), parents.get('la')]).toEqual(['us', 'us']);
    await ingest('la', ordinaryPosts('la', 6));
    await converge(everyTier(), 'every tier after the failover');
    // More anti-entropy rounds change nothing: still exact, per territory too.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await converge(everyTier(), 'every tier, again', 5_000);
    expect((await query('us')).totals.by_territory).toEqual({ 'US-CA-SF': sum(['sf']), 'US-CA-LA': sum(['la']), 'US-NY-NYC': sum(['nyc']), 'US-NY-BUF': sum(['buf']) });
    expect((await query('global')).totals.by_territory).toEqual((await query('us')).totals.by_territory);
  }, 240_000);

  it('keeps every marker out of every file of the non-leaf nodes, and the same scan finds them at the leaves', async () => {
    await federation.cluster.stop(true);
    const all = leaves.flatMap((leaf) => markers.get(leaf) ?? []);
    for (const name of upper) {
      const scan = await scanDataDir(node(name).dataDir, all);
      expect(scan.files, name).toBeGreaterThan(3);
      expect(scan.databases, name).toBeGreaterThan(0);
      expect(Object.fromEntries(scan.found), name).toEqual({});
    }
    for (const leaf of leaves) {
      const own = markers.get(leaf) ?? [];
      const scan = await scanDataDir(node(leaf).dataDir, own);
      expect(own.filter((m) => !scan.found.has(m)), leaf).toEqual([]);
      // Where: the content store's LevelDB (decoded; its files may be compressed).
      expect([...scan.found.values()].every((places) => places.includes('db:content')), leaf).toBe(true);
    }
  }, 60_000);
});
