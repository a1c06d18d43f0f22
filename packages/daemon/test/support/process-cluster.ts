// Real daemon processes on loopback, driven through the CLI binary (packages/cli/dist/bin.js,
// built by `pnpm test` / `npx tsc -b` before the tests run) and the HTTP API.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfigFile, renderConfig, type ContinuumConfig } from '../../src/config/index.js';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = join(here, '..', '..', '..', '..');
export const cliBin = join(repoRoot, 'packages', 'cli', 'dist', 'continuum.js');

export function cliBuilt(): boolean {
  return existsSync(cliBin);
}

export async function freeTcpPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address !== null ? address.port : 0;
}

export async function runCli(args: readonly string[]): Promise<string> {
  const child = spawn(process.execPath, [cliBin, ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`continuum ${args.join(' ')} exited ${code}: ${err}`);
  return out;
}

export interface ProcNode {
  readonly name: string;
  readonly tier: string;
  readonly territory: string;
  readonly dataDir: string;
  readonly p2pPort: number;
  readonly apiPort: number;
  peerId: string;
  token: string;
  child: ChildProcess | undefined;
  output: string;
}

/** Makes `child` the node's process, collects its output, and resolves once it printed `ready`. */
export async function attachUntilReady(node: ProcNode, child: ChildProcess): Promise<void> {
  node.child = child;
  node.output = '';
  child.stdout?.on('data', (chunk: Buffer) => (node.output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (node.output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const check = setInterval(() => {
      if (node.output.includes('ready ')) {
        clearInterval(check);
        resolve();
      }
    }, 20);
    child.once('exit', (code) => {
      clearInterval(check);
      reject(new Error(`${node.name} exited (${code}): ${node.output}`));
    });
  });
}

/** GET /v1/raft as the tests read it. */
export interface RaftView {
  readonly role: string;
  readonly leaderId?: string;
  readonly term: number;
  readonly commitIndex: number;
  readonly appliedIndex: number;
  /** Entries in this node's Raft log (0 on a member that follows the log). */
  readonly logSize: number;
  readonly voters: string[];
  readonly learners: string[];
  /** The founding digest (hex) and the Raft peers refused as founded apart in the last minute. */
  readonly founding: string;
  readonly foreignPeers: string[];
}

export class ProcessCluster {
  readonly nodes: ProcNode[] = [];
  private base = '';
  private readonly usedPorts = new Set<number>();

  /** A free port never handed out before in this cluster (the OS may return a just-closed one). */
  private async port(): Promise<number> {
    for (;;) {
      const port = await freeTcpPort();
      if (!this.usedPorts.has(port)) {
        this.usedPorts.add(port);
        return port;
      }
    }
  }

  async init(): Promise<void> {
    this.base = await mkdtemp(join(tmpdir(), 'continuum-cluster-'));
  }

  /** `continuum init` (with --council for the first node); returns the node (not started). */
  async add(name: string, extra: readonly string[] = [], placement: { tier: string; territory: string } = { tier: 'leaf', territory: 'DK-AARHUS' }): Promise<ProcNode> {
    const p2pPort = await this.port();
    const apiPort = await this.port();
    const dataDir = join(this.base, name);
    const out = await runCli(['--json', '--data-dir', dataDir, 'init', '--name', name, '--tier', placement.tier, '--territory', placement.territory,
      '--listen', `/ip4/127.0.0.1/tcp/${p2pPort}`, '--node-api', `127.0.0.1:${apiPort}`, ...extra]);
    const parsed = JSON.parse(out) as { peer_id: string };
    const node: ProcNode = {
      name, ...placement, dataDir, p2pPort, apiPort, peerId: parsed.peer_id, token: (await readFile(join(dataDir, 'api-token'), 'utf8')).trim(), child: undefined, output: '',
    };
    this.nodes.push(node);
    return node;
  }

  /** Rewrites a node's config.yaml (before it starts). */
  async configure(node: ProcNode, edit: (config: ContinuumConfig) => ContinuumConfig): Promise<void> {
    const file = join(node.dataDir, 'config.yaml');
    await writeFile(file, renderConfig(edit(await loadConfigFile(file))), { mode: 0o600 });
  }

  address(node: ProcNode): string {
    return `/ip4/127.0.0.1/tcp/${node.p2pPort}/p2p/${node.peerId}`;
  }

  async start(node: ProcNode): Promise<void> {
    const child = spawn(process.execPath, [cliBin, '--data-dir', node.dataDir, 'daemon'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    await attachUntilReady(node, child);
  }

  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process exited. */
  async stopNode(node: ProcNode, graceMs = 5_000): Promise<void> {
    const child = node.child;
    node.child = undefined;
    if (child === undefined || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }

  kill9(node: ProcNode): void {
    node.child?.kill('SIGKILL');
    node.child = undefined;
  }

  async api<T>(node: ProcNode, method: string, path: string, body?: string | Record<string, unknown>, timeoutMs = 15_000): Promise<{ status: number; body: T }> {
    const response = await fetch(`http://127.0.0.1:${node.apiPort}${path}`, {
      method, headers: { authorization: `Bearer ${node.token}`, 'content-type': typeof body === 'string' ? 'application/octet-stream' : 'application/json' },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }), signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // a KV value
    }
    return { status: response.status, body: parsed as T };
  }

  async raft(node: ProcNode): Promise<RaftView> {
    return (await this.api<RaftView>(node, 'GET', '/v1/raft')).body;
  }

  /**
   * A federation of processes: the founder (`init --council`), then the other council
   * members and the members, found through the founder (bootstrap discovery) and joined
   * with tokens; `tune` edits every config before its node starts. Resolves once the
   * council's voters are all in.
   */
  async formFederation(federationId: string, councilNames: readonly string[], memberNames: readonly string[], tune?: (config: ContinuumConfig) => ContinuumConfig): Promise<{ council: ProcNode[]; members: ProcNode[] }> {
    const [founderName, ...councilRest] = councilNames;
    const first = await this.add(founderName ?? 'c1', ['--council', '--federation-id', federationId, '--discovery', 'bootstrap']);
    const boot = ['--bootstrap', this.address(first), '--discovery', 'bootstrap'];
    const others: ProcNode[] = [];
    for (const name of [...councilRest, ...memberNames]) others.push(await this.add(name, boot));
    if (tune !== undefined) for (const node of [first, ...others]) await this.configure(node, tune);
    await this.start(first);
    await Promise.all(others.map((node) => this.start(node)));
    const council = [first, ...others.slice(0, councilRest.length)];
    const members = others.slice(councilRest.length);
    for (const node of council.slice(1)) await this.join(first, node, true);
    await Promise.all(members.map((node) => this.join(first, node, false)));
    await waitFor('every council member a voter', async () => ((await this.raft(first)).voters.length === council.length ? true : undefined), 30_000);
    return { council, members };
  }

  /** The running node among `nodes` that says it leads, if any. */
  async leaderOf(nodes: readonly ProcNode[]): Promise<ProcNode | undefined> {
    for (const node of nodes) {
      if (node.child === undefined) continue;
      if ((await this.raft(node).catch(() => undefined))?.role === 'leader') return node;
    }
    return undefined;
  }

  /** A token from `member`, then `joiner` joins with it. */
  async join(member: ProcNode, joiner: ProcNode, council: boolean): Promise<void> {
    const token = await this.api<{ token: string }>(member, 'POST', '/v1/tokens', {});
    if (token.status !== 200) throw new Error(`token: ${JSON.stringify(token.body)}`);
    const joined = await this.api(joiner, 'POST', '/v1/join', { token: token.body.token, council });
    if (joined.status !== 200) throw new Error(`join ${joiner.name}: ${JSON.stringify(joined.body)}`);
  }

  /** Stops every node (in parallel), then removes the data dirs unless `keepData`. */
  async stop(keepData = false): Promise<void> {
    await Promise.all(this.nodes.map((node) => this.stopNode(node)));
    if (this.base !== '' && !keepData) await rm(this.base, { recursive: true, force: true });
  }

  /** Removes the data dirs (after `stop(true)`). */
  async removeData(): Promise<void> {
    if (this.base !== '') await rm(this.base, { recursive: true, force: true });
  }
}

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`timed out waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
}
