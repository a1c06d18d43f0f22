// Four tiers in one process (1 global, 1 national, 2 regional, 4 leaves), each a real
// node (createNode: libp2p, HTTP, LevelDB on loopback) with a consensus TEST DOUBLE whose
// federation state receives the same commands everywhere (the Raft driver is not used
// here; the multi-process version of this test needs it). Posts ingested at the leaves
// reach every tier; a campaign posted at two leaves under different regionals is
// detected at the national; marker strings never reach a non-leaf node; a leaf restarted
// and fed posts while unreachable converges; a killed regional's leaves fail over to the
// national and nothing is counted twice.
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apply, createFederationState, type CommandInput, type FederationState } from '../../src/federation/index.js';
import { initDataDir, type OpenedDataDir } from '../../src/identity/data-dir.js';
import { createNode, type ContinuumNode } from '../../src/node/index.js';
import type { Tier } from '../../src/territory/tiers.js';
import { ConsensusTestDouble } from '../support/consensus-double.js';

interface Member { name: string; tier: Tier; territory: string; parent?: string; opened?: OpenedDataDir; node?: ContinuumNode; state?: FederationState }

const plan: Member[] = [
  { name: 'global', tier: 'global', territory: 'GLOBAL' },
  { name: 'dk', tier: 'national', territory: 'DK', parent: 'global' },
  { name: 'aarhus', tier: 'regional', territory: 'DK-AARHUS', parent: 'dk' },
  { name: 'odense', tier: 'regional', territory: 'DK-ODENSE', parent: 'dk' },
  { name: 'aarhus-c', tier: 'leaf', territory: 'DK-AARHUS-C', parent: 'aarhus' },
  { name: 'aarhus-n', tier: 'leaf', territory: 'DK-AARHUS-N', parent: 'aarhus' },
  { name: 'odense-c', tier: 'leaf', territory: 'DK-ODENSE-C', parent: 'odense' },
  { name: 'odense-s', tier: 'leaf', territory: 'DK-ODENSE-S', parent: 'odense' },
];
const byName = (name: string): Member => plan.find((m) => m.name === name) as Member;
const idOf = (name: string): string => (byName(name).opened as OpenedDataDir).identity.peerId.toString();
const dirs: string[] = [];
const marker = 'qqmarker4417';
const start = Date.UTC(2026, 10, 21, 9);
const range = `from=${start}&to=${start + 86_400_000}&bucket=3600000`;
let postSeq = 0;

function everywhere(command: Omit<CommandInput, 'atMs' | 'proposer'>): void {
  for (const member of plan) {
    if (member.state === undefined) continue;
    const result = apply(member.state, { atMs: 10, proposer: idOf('global'), ...command });
    if (!result.ok) throw new Error(`${member.name}: ${result.reason}`);
  }
}

async function startNode(member: Member): Promise<ContinuumNode> {
  const opened = member.opened as OpenedDataDir;
  const node = createNode(opened.config, { apiPortOverride: 0, consensus: () => new ConsensusTestDouble(member.state as FederationState, opened.identity.peerId.toString()) });
  await node.start();
  member.node = node;
  return node;
}

async function connectAll(): Promise<void> {
  const running = plan.filter((m) => m.node?.state === 'running');
  for (const [i, a] of running.entries()) for (const b of running.slice(i + 1)) await (a.node as ContinuumNode).host.dial((b.node as ContinuumNode).host.getMultiaddrs()).catch(() => undefined);
}

const call = (name: string, path: string, init: RequestInit = {}) => {
  const member = byName(name);
  return fetch(`http://127.0.0.1:${(member.node as ContinuumNode).api.port}${path}`, { ...init, headers: { authorization: `Bearer ${(member.opened as OpenedDataDir).apiToken}` } });
};

async function posts(name: string, count: number, text: (i: number) => string): Promise<number> {
  const lines = Array.from({ length: count }, (_, i) => JSON.stringify({
    id: `p${postSeq++}`, platform: 'test', author: `user${i % 5}`, text: text(i), created_at: new Date(start + (postSeq % 600) * 60_000).toISOString(), hashtags: ['#dk'],
  }));
  const report = (await (await call(name, '/v1/posts', { method: 'POST', body: lines.join('\n') })).json()) as { stored: unknown[] };
  return report.stored.length;
}

const totalAt = async (name: string): Promise<number> => ((await (await call(name, `/v1/query?${range}`)).json()) as { totals: { posts: number } }).totals.posts;

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function filesContaining(dir: string, needle: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { recursive: true })) {
    const path = join(dir, entry);
    const bytes = await stat(path).then((info) => (info.isFile() ? readFile(path) : undefined)).catch(() => undefined);
    if (bytes?.includes(needle) === true) found.push(entry);
  }
  return found;
}

beforeAll(async () => {
  for (const member of plan) {
    const dir = await mkdtemp(join(tmpdir(), `continuum-4t-${member.name}-`));
    dirs.push(dir);
    member.opened = await initDataDir({
      config: {
        node: { name: member.name, tier: member.tier, territory: member.territory, data_dir: join(dir, 'data'), listen: ['/ip4/127.0.0.1/tcp/0'], api: '127.0.0.1:7700', analysis_workers: 0 },
        federation: { gossip: { sync_interval_seconds: 0.3, gossip_interval_ms: 50 }, discovery: { enabled_methods: [] } },
      },
    });
  }
  const members = plan.map((m) => ({ peerId: idOf(m.name), name: m.name, tier: m.tier, territory: m.territory, council: m.tier !== 'leaf' }));
  for (const member of plan) {
    member.state = createFederationState();
    const result = apply(member.state, { atMs: 1, proposer: idOf(member.name), bootstrap: { federationId: 'fed-4t', members } });
    if (!result.ok) throw new Error(result.reason);
  }
  for (const member of plan) if (member.parent !== undefined) everywhere({ setParent: { peerId: idOf(member.name), parent: idOf(member.parent), home: true } });
  for (const member of plan) await startNode(member);
  await connectAll();
}, 120_000);

afterAll(async () => {
  for (const member of plan) await member.node?.stop();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('four tiers in one process', () => {
  it('counts at every tier, a campaign across regions at the national, no raw text above the leaves, offline catch-up and failover without double counting', async () => {
    const leaves = plan.filter((m) => m.tier === 'leaf');
    let total = 0;
    for (const leaf of leaves) total += await posts(leaf.name, 10, (i) => `${marker} ordinary day ${i} at ${leaf.name}, the bus was late again and the bakery sold out early`);
    const campaign = (i: number) => `everyone must come to the square tonight and show them who owns this city, bring your friends ${i % 2}`;
    total += await posts('aarhus-c', 4, campaign);
    total += await posts('odense-c', 4, campaign);
    expect(total).toBe(48);
    await until(async () => (await totalAt('global')) === total, 'counts at the global node');
    expect(await totalAt('dk')).toBe(total);
    expect(await totalAt('aarhus')).toBe(24);
    expect(await totalAt('odense')).toBe(24);
    const national = (await (await call('dk', `/v1/query?${range}`)).json()) as { campaigns: Array<{ nodes: string[]; territories: string[] }> };
    expect(national.campaigns.some((c) => c.nodes.includes(idOf('aarhus-c')) && c.nodes.includes(idOf('odense-c')))).toBe(true);
    for (const name of ['global', 'dk', 'aarhus', 'odense']) {
      expect(await (await call(name, `/v1/query?${range}`)).text()).not.toContain(marker);
      expect(await filesContaining(byName(name).opened?.paths.dataDir as string, marker), name).toEqual([]);
    }

    // A leaf stops, restarts unreachable (no addresses known, not dialled), takes posts, then reconnects.
    const offline = byName('odense-s');
    await offline.node?.stop();
    await startNode(offline);
    total += await posts('odense-s', 7, (i) => `back after a while ${i}, the harbour was closed all week`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await totalAt('global')).toBe(total - 7);
    await connectAll();
    await until(async () => (await totalAt('global')) === total, 'the restarted leaf catching up');

    // A regional dies; its leaves fail over to the national and keep posting.
    await byName('aarhus').node?.stop();
    for (const leaf of ['aarhus-c', 'aarhus-n']) everywhere({ setParent: { peerId: idOf(leaf), parent: idOf('dk'), home: false } });
    total += await posts('aarhus-n', 5, (i) => `failover day ${i}, trains running on time`);
    await until(async () => (await totalAt('global')) === total && (await totalAt('dk')) === total, 'failover');
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await totalAt('dk')).toBe(total);
    expect(await totalAt('global')).toBe(total);
    expect(await totalAt('odense')).toBe(24 + 7);
  }, 120_000);
});
