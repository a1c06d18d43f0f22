// Two real nodes (createNode, libp2p, HTTP and WebSockets on loopback): shared documents
// through /v1/docs and gossip, live editing by an ordinary Yjs client (y-websocket's
// WebsocketProvider), and the /v1/events stream.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { apply, createFederationState } from '../../src/federation/index.js';
import type { FederationState } from '../../src/federation/index.js';
import { initDataDir, type OpenedDataDir } from '../../src/identity/data-dir.js';
import { createNode, type ContinuumNode } from '../../src/node/index.js';
import { ConsensusTestDouble } from '../support/consensus-double.js';
import { fakePeerId } from '../support/federation-fixtures.js';

const dirs: string[] = [];
const nodes: ContinuumNode[] = [];
let a: OpenedDataDir;
let b: OpenedDataDir;
let nodeA: ContinuumNode;
let nodeB: ContinuumNode;
const states = new Map<string, FederationState>();

async function dataDir(name: string, territory: string): Promise<OpenedDataDir> {
  const dir = await mkdtemp(join(tmpdir(), 'continuum-docs-'));
  dirs.push(dir);
  return initDataDir({
    config: {
      node: { name, tier: 'leaf', territory, data_dir: join(dir, 'data'), listen: ['/ip4/127.0.0.1/tcp/0'], api: '127.0.0.1:7700' },
      federation: { gossip: { sync_interval_seconds: 0.3, gossip_interval_ms: 50 }, discovery: { enabled_methods: [] } },
    },
  });
}

beforeAll(async () => {
  a = await dataDir('a-1', 'DK-AARHUS');
  b = await dataDir('b-1', 'DK-ODENSE');
  const members = [a, b].map((opened) => ({ peerId: opened.identity.peerId.toString(), name: opened.config.node.name, tier: 'leaf', territory: opened.config.node.territory, council: true }));
  const consensusFor = (opened: OpenedDataDir) => () => {
    const state = createFederationState();
    const result = apply(state, { atMs: 1, proposer: opened.identity.peerId.toString(), bootstrap: { federationId: 'fed-docs-test', members } });
    if (!result.ok) throw new Error(result.reason);
    states.set(opened.identity.peerId.toString(), state);
    return new ConsensusTestDouble(state, opened.identity.peerId.toString());
  };
  nodeA = createNode(a.config, { apiPortOverride: 0, consensus: consensusFor(a) });
  nodeB = createNode(b.config, { apiPortOverride: 0, consensus: consensusFor(b) });
  nodes.push(nodeA, nodeB);
  await nodeA.start();
  await nodeB.start();
  await nodeA.host.dial(nodeB.host.getMultiaddrs());
}, 60_000);

afterAll(async () => {
  for (const node of nodes) await node.stop();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const call = (node: ContinuumNode, opened: OpenedDataDir) => (path: string, init: RequestInit = {}) =>
  fetch(`http://127.0.0.1:${node.api.port}${path}`, { ...init, headers: { authorization: `Bearer ${opened.apiToken}` } });

async function until(check: () => Promise<boolean> | boolean, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

interface DocView { content: { terms?: string[]; hashtags?: string[] }; version: string }

describe('shared documents', () => {
  it('PUT at one node reaches the other by gossip; a Yjs client edits live over the sync WebSocket', async () => {
    const callA = call(nodeA, a);
    const callB = call(nodeB, b);
    expect((await callA('/v1/docs/watchlist')).status).toBe(404);
    await until(() => nodeA.host.services.pubsub.getSubscribers('continuum/docs/1').length > 0, 'docs topic');
    const put = await callA('/v1/docs/watchlist', { method: 'PUT', body: JSON.stringify({ content: { terms: ['burn it down'], hashtags: ['#riot'] } }) });
    expect(put.status).toBe(200);
    await until(async () => (await callB('/v1/docs/watchlist')).status === 200, 'gossip of the doc');
    expect(((await (await callB('/v1/docs/watchlist')).json()) as DocView).content).toEqual({ terms: ['burn it down'], hashtags: ['#riot'] });

    const doc = new Y.Doc();
    const provider = new WebsocketProvider(`ws://127.0.0.1:${nodeB.api.port}/v1/docs`, 'watchlist/sync', doc, {
      WebSocketPolyfill: WebSocket as never, params: { token: b.apiToken }, disableBc: true,
    });
    try {
      await until(() => provider.synced, 'y-websocket sync');
      expect(doc.getMap('content').get('terms')).toEqual(['burn it down']);
      doc.getMap('content').set('terms', ['burn it down', 'storm the hall']);
      await until(async () => ((await (await callA('/v1/docs/watchlist')).json()) as DocView).content.terms?.length === 2, 'client edit reaching node A');
      // An edit at A reaches the live client through B.
      await callA('/v1/docs/watchlist', { method: 'PUT', body: JSON.stringify({ content: { terms: ['burn it down', 'storm the hall'], hashtags: ['#riot', '#hall'] } }) });
      await until(() => (doc.getMap('content').get('hashtags') as string[] | undefined)?.length === 2, 'edit reaching the client');
    } finally {
      provider.destroy();
      doc.destroy();
    }
    expect(((await (await callA('/v1/docs')).json()) as { docs: string[] }).docs).toEqual(['watchlist']);
    expect((await callA('/v1/docs/Bad Name')).status).toBe(400);
    expect((await callA('/v1/docs/x', { method: 'PUT', body: '{"content": 3}' })).status).toBe(400);
  }, 60_000);
});

describe('/v1/events', () => {
  it('refuses a WebSocket without the token and streams member changes with the token', async () => {
    const refused = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${nodeA.api.port}/v1/events`);
      ws.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      ws.on('error', () => resolve(-1));
    });
    expect(refused).toBe(401);
    const ws = new WebSocket(`ws://127.0.0.1:${nodeA.api.port}/v1/events?token=${a.apiToken}`);
    const events: Array<{ type: string; at_ms: number; data: { peer_id?: string; change?: string } }> = [];
    ws.on('message', (data) => events.push(JSON.parse(String(data)) as never));
    await new Promise((resolve) => ws.once('open', resolve));
    // Wait for a poll to have primed the stream, then a member joins the federation.
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    const state = states.get(a.identity.peerId.toString()) as FederationState;
    const newcomer = fakePeerId(77);
    const result = apply(state, { atMs: 2, proposer: a.identity.peerId.toString(), addMember: { member: { peerId: newcomer, name: 'c-1', tier: 'leaf', territory: 'DK-VEJLE' } } });
    expect(result.ok, result.ok ? '' : result.reason).toBe(true);
    await until(() => events.some((event) => event.type === 'member' && event.data.peer_id === newcomer), 'member event');
    const event = events.find((e) => e.data.peer_id === newcomer);
    expect(event?.data.change).toBe('added');
    expect(typeof event?.at_ms).toBe('number');
    ws.close();
  }, 30_000);
});
