// A leaf and its regional parent as real nodes (createNode, libp2p, HTTP on loopback):
// posts ingested at the leaf reach the parent's counts; the parent's data dir and API
// answers never hold the raw text; the query proxy is denied by default and answers once
// the leaf's policy allows it, audited at the leaf.
import { readdir, readFile, rm, mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apply, createFederationState, type CommandInput, type FederationState } from '../../src/federation/index.js';
import { initDataDir, type OpenedDataDir } from '../../src/identity/data-dir.js';
import { createNode, type ContinuumNode } from '../../src/node/index.js';
import { ConsensusTestDouble } from '../support/consensus-double.js';

const dirs: string[] = [];
const nodes: ContinuumNode[] = [];
const states: FederationState[] = [];
let leafDir: OpenedDataDir;
let regionalDir: OpenedDataDir;
let leaf: ContinuumNode;
let regional: ContinuumNode;
const marker = 'zqxmarker7731';
const start = Date.UTC(2026, 10, 21, 8);

async function dataDir(name: string, tier: 'leaf' | 'regional', territory: string): Promise<OpenedDataDir> {
  const dir = await mkdtemp(join(tmpdir(), 'continuum-tree-'));
  dirs.push(dir);
  return initDataDir({
    config: {
      node: { name, tier, territory, data_dir: join(dir, 'data'), listen: ['/ip4/127.0.0.1/tcp/0'], api: '127.0.0.1:7700' },
      federation: { gossip: { sync_interval_seconds: 0.3, gossip_interval_ms: 50 }, discovery: { enabled_methods: [] } },
    },
  });
}

function everywhere(command: Omit<CommandInput, 'atMs' | 'proposer'>): void {
  for (const state of states) {
    const result = apply(state, { atMs: 10, proposer: regionalDir.identity.peerId.toString(), ...command });
    if (!result.ok) throw new Error(result.reason);
  }
}

beforeAll(async () => {
  regionalDir = await dataDir('aarhus-r', 'regional', 'DK-AARHUS');
  leafDir = await dataDir('aarhus-c', 'leaf', 'DK-AARHUS-C');
  const members = [regionalDir, leafDir].map((opened) => ({
    peerId: opened.identity.peerId.toString(), name: opened.config.node.name, tier: opened.config.node.tier, territory: opened.config.node.territory, council: true,
  }));
  const consensusFor = (opened: OpenedDataDir) => () => {
    const state = createFederationState();
    const result = apply(state, { atMs: 1, proposer: opened.identity.peerId.toString(), bootstrap: { federationId: 'fed-tree-test', members } });
    if (!result.ok) throw new Error(result.reason);
    states.push(state);
    return new ConsensusTestDouble(state, opened.identity.peerId.toString());
  };
  regional = createNode(regionalDir.config, { apiPortOverride: 0, consensus: consensusFor(regionalDir) });
  leaf = createNode(leafDir.config, { apiPortOverride: 0, consensus: consensusFor(leafDir) });
  nodes.push(regional, leaf);
  await regional.start();
  await leaf.start();
  everywhere({ setParent: { peerId: leaf.peerId, parent: regional.peerId, home: true } });
  await leaf.host.dial(regional.host.getMultiaddrs());
}, 60_000);

afterAll(async () => {
  for (const node of nodes) await node.stop();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const call = (node: ContinuumNode, opened: OpenedDataDir) => (path: string, init: RequestInit = {}) =>
  fetch(`http://127.0.0.1:${node.api.port}${path}`, { ...init, headers: { authorization: `Bearer ${opened.apiToken}` } });

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function filesContaining(dir: string, needle: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { recursive: true })) {
    const path = join(dir, entry);
    // Files may be replaced while we look (atomic writes go through a temp file).
    const bytes = await stat(path).then((info) => (info.isFile() ? readFile(path) : undefined)).catch(() => undefined);
    if (bytes?.includes(needle) === true) found.push(entry);
  }
  return found;
}

describe('leaf → regional', () => {
  it('counts reach the parent, raw text never does, and the proxy follows the leaf\'s policy', async () => {
    const lines = Array.from({ length: 12 }, (_, i) => JSON.stringify({
      id: `p${i}`, platform: 'test', author: `user${i % 3}`, text: `${marker} meeting at the harbour number ${i}`, created_at: new Date(start + i * 60_000).toISOString(), hashtags: ['#harbour'],
    }));
    const ingest = (await (await call(leaf, leafDir)('/v1/posts', { method: 'POST', body: lines.join('\n') })).json()) as { stored: Array<{ cid: string }> };
    expect(ingest.stored).toHaveLength(12);
    const range = `from=${start}&to=${start + 3_600_000}&bucket=3600000`;
    await until(async () => ((await (await call(regional, regionalDir)(`/v1/query?${range}`)).json()) as { totals: { posts: number } }).totals.posts === 12, 'counts at the regional');
    const answer = await (await call(regional, regionalDir)(`/v1/query?${range}`)).text();
    expect(answer).toContain('DK-AARHUS-C');
    expect(answer).toContain('harbour');
    expect(answer).not.toContain(marker);
    // Nothing of the raw text anywhere in the regional's data dir (LevelDB, metadata state, docs).
    expect(await filesContaining(regionalDir.paths.dataDir, marker)).toEqual([]);
    expect((await filesContaining(leafDir.paths.dataDir, marker)).length).toBeGreaterThan(0);

    const cid = ingest.stored[0]?.cid as string;
    const denied = await call(regional, regionalDir)(`/v1/content/${cid}?via=proxy`);
    expect(denied.status).toBe(403);
    everywhere({ setPolicy: { name: 'proxy_content', value: 'allow' } });
    const allowed = await call(regional, regionalDir)(`/v1/content/${cid}?via=proxy`);
    expect(allowed.status).toBe(200);
    expect(((await allowed.json()) as { post: { text: string }; node: string }).post.text).toContain(marker);
    const audit = (await (await call(leaf, leafDir)('/v1/audit')).json()) as { records: Array<{ action: string; actor: string }>; verification: { ok: boolean } };
    expect(audit.records.map((r) => [r.action, r.actor])).toEqual([['content.proxy.denied', regional.peerId], ['content.proxy.allowed', regional.peerId]]);
    expect(audit.verification.ok).toBe(true);
  }, 60_000);
});
