// CONTINUUM daemons as real processes for the bench (the CLI binary, built by `npx tsc -b`):
// a council bootstrapped by `init --council`, more voters joined with tokens, leaves.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfigFile, renderConfig, type ContinuumConfig } from '@continuum/daemon';

const cliBin = join(import.meta.dirname, '..', '..', '..', 'packages', 'cli', 'dist', 'continuum.js');

export function continuumBuilt(): boolean {
  return existsSync(cliBin);
}

export interface ContinuumProc {
  readonly name: string;
  readonly api: string;
  readonly dataDir: string;
  child: ChildProcess | undefined;
  peerId: string;
  startupMs: number;
}

/** Where a node sits (default: a leaf in DK-AARHUS), and a config change applied before it starts. */
export interface AddOptions {
  readonly tier?: 'leaf' | 'regional' | 'national' | 'global';
  readonly territory?: string;
  readonly tune?: (config: ContinuumConfig) => ContinuumConfig;
}

export class ContinuumCluster {
  readonly nodes: ContinuumProc[] = [];
  token = '';

  /** `bin`: the executable to run; another build of it for an A/B beside this one. */
  constructor(private readonly baseDir: string, private readonly basePort: number, private readonly bin = cliBin) {
    rmSync(baseDir, { recursive: true, force: true });
  }

  async add(name: string, council: boolean, options: AddOptions = {}): Promise<ContinuumProc> {
    const i = this.nodes.length;
    const p2p = this.basePort + 2 * i;
    const api = `127.0.0.1:${this.basePort + 2 * i + 1}`;
    const dataDir = join(this.baseDir, name);
    const first = i === 0;
    const args = ['--json', '--data-dir', dataDir, 'init', '--name', name, '--tier', options.tier ?? 'leaf', '--territory', options.territory ?? 'DK-AARHUS', '--listen', `/ip4/127.0.0.1/tcp/${p2p}`,
      '--node-api', api, '--discovery', 'bootstrap', ...(first ? ['--council', '--federation-id', 'fed-bench'] : ['--bootstrap', `/ip4/127.0.0.1/tcp/${this.basePort}/p2p/${this.nodes[0]?.peerId ?? ''}`])];
    const init = spawnSync(process.execPath, [this.bin, ...args], { encoding: 'utf8' });
    if (init.status !== 0) throw new Error(`init ${name}: ${init.stderr}`);
    const peerId = (JSON.parse(init.stdout) as { peer_id: string }).peer_id;
    // One API token for the whole bench cluster, so the shared load generator sends one header.
    if (first) this.token = readFileSync(join(dataDir, 'api-token'), 'utf8').trim();
    else writeFileSync(join(dataDir, 'api-token'), `${this.token}\n`, { mode: 0o600 });
    // Taken before the first await, so nodes added concurrently get distinct ports.
    const node: ContinuumProc = { name, api, dataDir, child: undefined, peerId, startupMs: 0 };
    this.nodes.push(node);
    if (options.tune !== undefined) {
      const file = join(dataDir, 'config.yaml');
      writeFileSync(file, renderConfig(options.tune(await loadConfigFile(file))), { mode: 0o600 });
    }
    await this.start(node);
    if (!first) await this.join(node, council);
    return node;
  }

  /** Starts a node that was killed again, from its data dir; resolves once it is ready. */
  async restart(index: number): Promise<void> {
    const node = this.nodes[index];
    if (node === undefined || node.child !== undefined) throw new Error(`node ${index} is not stopped`);
    await this.start(node);
  }

  private async start(node: ContinuumProc): Promise<void> {
    const t0 = performance.now();
    // BENCH_NODE_ARGS: extra node flags for the daemons, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
    const nodeArgs = process.env.BENCH_NODE_ARGS?.split(' ').filter((arg) => arg !== '') ?? [];
    const child = spawn(process.execPath, [...nodeArgs, this.bin, '--data-dir', node.dataDir, 'daemon'], { stdio: ['ignore', 'pipe', 'pipe'] });
    node.child = child;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('ready ')) resolve();
      });
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => reject(new Error(`${node.name} exited ${code}: ${output}`)));
    });
    node.startupMs = performance.now() - t0;
  }

  async request(node: ContinuumProc, method: string, path: string, body?: string, timeoutMs = 10_000): Promise<{ status: number; text: string }> {
    const response = await fetch(`http://${node.api}${path}`, {
      method, headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' }, ...(body === undefined ? {} : { body }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    return { status: response.status, text: await response.text() };
  }

  /**
   * Joins with a fresh token; retried when consensus was busy (UNAVAILABLE) or a request
   * timed out on a loaded machine, and done once the node is a member (an attempt that
   * timed out may have succeeded).
   */
  private async join(node: ContinuumProc, council: boolean, attempts = 5): Promise<void> {
    const first = this.nodes[0] as ContinuumProc;
    for (let attempt = 1; ; attempt++) {
      let failure: string;
      try {
        const token = await this.request(first, 'POST', '/v1/tokens', '{}', 30_000);
        // Creating a token is a write too: busy consensus answers 503, retried below.
        if (token.status !== 200) throw new Error(`token: HTTP ${token.status} ${token.text}`);
        const joined = await this.request(node, 'POST', '/v1/join', JSON.stringify({ token: (JSON.parse(token.text) as { token: string }).token, council }), 30_000);
        if (joined.status === 200 || joined.text.includes('MEMBER_EXISTS')) return;
        failure = joined.text;
        if (!joined.text.includes('UNAVAILABLE')) throw new Error(`join ${node.name}: ${failure}`);
      } catch (error) {
        if (error instanceof Error && error.message.startsWith('join ')) throw error;
        failure = error instanceof Error ? error.message : String(error);
      }
      const members = await this.request(first, 'GET', '/v1/members', undefined, 30_000).catch(() => undefined);
      if (members?.text.includes(node.peerId) === true) return;
      if (attempt >= attempts) throw new Error(`join ${node.name}: ${failure}`);
      await new Promise((resolve) => setTimeout(resolve, 1_000 * attempt));
    }
  }

  async raft(node: ContinuumProc): Promise<{ role: string; voters: string[]; commitIndex: number; appliedIndex: number; logSize: number } | undefined> {
    try {
      const answer = await this.request(node, 'GET', '/v1/raft');
      return JSON.parse(answer.text) as { role: string; voters: string[]; commitIndex: number; appliedIndex: number; logSize: number };
    } catch {
      return undefined;
    }
  }

  async waitVoters(count: number, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (((await this.raft(this.nodes[0] as ContinuumProc))?.voters.length ?? 0) >= count) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`fewer than ${count} voters after ${timeoutMs} ms`);
  }

  async leader(): Promise<number> {
    for (const [i, node] of this.nodes.entries()) {
      if (node.child === undefined) continue;
      if ((await this.raft(node))?.role === 'leader') return i;
    }
    return -1;
  }

  kill(index: number): void {
    this.nodes[index]?.child?.kill('SIGKILL');
    const node = this.nodes[index];
    if (node !== undefined) node.child = undefined;
  }

  rssKb(node: ContinuumProc): number {
    const pid = node.child?.pid;
    if (pid === undefined) return 0;
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  }

  async stop(): Promise<void> {
    for (const node of this.nodes) node.child?.kill('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 200));
    rmSync(this.baseDir, { recursive: true, force: true });
  }
}
