// A real node in-process (createNode with the Raft driver, bootstrapped as the only
// voter of its federation: every federation protocol and gossip topic is served), bare
// libp2p hosts as honest or hostile peers, and helpers to join them with real tokens.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPair } from '@libp2p/crypto/keys';
import type { Stream } from '@libp2p/interface';
import { decodeJoinToken } from '../../src/federation/index.js';
import type { JoinTokenData } from '../../src/federation/index.js';
import { createHost } from '../../src/host/host.js';
import type { ContinuumHost } from '../../src/host/host.js';
import { initDataDir } from '../../src/identity/data-dir.js';
import type { OpenedDataDir } from '../../src/identity/data-dir.js';
import { requestJoin } from '../../src/join/index.js';
import type { JoinAnswer } from '../../src/join/index.js';
import { createNode } from '../../src/node/index.js';
import type { ContinuumNode } from '../../src/node/index.js';
import { bootstrapCouncil } from '../../src/raft-driver/bootstrap.js';
import { until } from '../support/until.js';

export interface Federation {
  readonly node: ContinuumNode;
  readonly opened: OpenedDataDir;
  /** Milliseconds added to the node's wall clock (token expiry tests). */
  skewMs: number;
  readonly hosts: ContinuumHost[];
  readonly dirs: string[];
}

export async function startFederation(name = 'sec-1'): Promise<Federation> {
  const dir = await mkdtemp(join(tmpdir(), 'continuum-sec-'));
  const opened = await initDataDir({ config: { node: { name, tier: 'leaf', territory: 'DK-AARHUS', data_dir: join(dir, 'data'), listen: ['/ip4/127.0.0.1/tcp/0'] } } });
  await bootstrapCouncil(opened.config, opened.identity.peerId.toString(), [], 'fed-sec', Date.now());
  const federation: Federation = { node: undefined as unknown as ContinuumNode, opened, skewMs: 0, hosts: [], dirs: [dir] };
  const node = createNode(opened.config, { apiPortOverride: 0, now: () => Date.now() + federation.skewMs });
  (federation as { node: ContinuumNode }).node = node;
  await node.start();
  await until(async () => node.consensus.status().role === 'leader', 'the only voter to lead');
  return federation;
}

export async function stopFederation(federation: Federation): Promise<void> {
  await Promise.all(federation.hosts.splice(0).map(async (host) => { await host.stop(); }));
  await federation.node.stop();
  for (const dir of federation.dirs) await rm(dir, { recursive: true, force: true });
}

export async function bareHost(federation: Federation): Promise<ContinuumHost> {
  const host = await createHost({ privateKey: await generateKeyPair('Ed25519'), listen: ['/ip4/127.0.0.1/tcp/0'] });
  federation.hosts.push(host);
  return host;
}

export function api(federation: Federation, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`http://127.0.0.1:${federation.node.api.port}${path}`, { ...init, headers: { authorization: `Bearer ${federation.opened.apiToken}` } });
}

export async function newToken(federation: Federation, ttlSeconds = 600): Promise<JoinTokenData> {
  const response = await api(federation, '/v1/tokens', { method: 'POST', body: JSON.stringify({ ttl_seconds: ttlSeconds }) });
  if (response.status !== 200) throw new Error(`token: ${response.status} ${await response.text()}`);
  return decodeJoinToken(((await response.json()) as { token: string }).token);
}

export function joinWith(host: ContinuumHost, token: JoinTokenData, name = 'peer'): Promise<JoinAnswer> {
  return requestJoin(host, token, { name, tier: 'leaf', territory: 'DK-ODENSE', addresses: host.getMultiaddrs().map((a) => a.toString()) }, AbortSignal.timeout(10_000));
}

/** A bare host admitted as a member with a fresh token. */
export async function memberHost(federation: Federation, name = 'member'): Promise<ContinuumHost> {
  const host = await bareHost(federation);
  const answer = await joinWith(host, await newToken(federation), name);
  if (!answer.ok) throw new Error(`join: ${answer.code ?? ''} ${answer.reason ?? ''}`);
  await until(async () => federation.node.consensus.state.members.has(host.peerId.toString()), 'the member to be applied');
  return host;
}

export { until };

/** How a stream ended from the sender's side: 'closed' (the remote closed it) or 'reset'. */
export async function streamEnd(stream: Stream, timeoutMs = 10_000): Promise<'closed' | 'reset' | 'open'> {
  const end = Date.now() + timeoutMs;
  const reading = (async () => {
    try {
      for await (const chunk of stream) void chunk;
      return 'closed' as const;
    } catch {
      return 'reset' as const;
    }
  })();
  const timer = new Promise<'open'>((resolve) => setTimeout(() => resolve('open'), Math.max(0, end - Date.now())));
  return Promise.race([reading, timer]);
}
