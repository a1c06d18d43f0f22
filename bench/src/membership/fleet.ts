// Many CONTINUUM daemons as real processes, started in parallel batches: a council
// (the first node bootstraps it with `init --council`, more voters join with
// `council: true`) and members that join with a token and follow the committed log.
// bench/src/anchors/continuum-cluster.ts starts one node at a time; this one is for
// tens to hundreds of processes.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { freemem } from 'node:os';
import { join } from 'node:path';
import { bootstrapCouncil, initDataDir } from '@continuum/daemon';

const cliBin = join(import.meta.dirname, '..', '..', '..', 'packages', 'cli', 'dist', 'continuum.js');

const minFreeBytes = Number(process.env.BENCH_MIN_FREE_MIB ?? 1536) * 2 ** 20;

export function fleetBuilt(): boolean {
  return existsSync(cliBin);
}

export interface FleetOptions {
  readonly baseDir: string;
  readonly basePort: number;
  /** federation.coordinator.health_check_interval (seconds): heartbeats and health rounds. */
  readonly healthIntervalSeconds: number;
  /** federation.coordinator.unhealthy_threshold: late rounds until DEAD. */
  readonly unhealthyThreshold: number;
}

export interface FleetNode {
  readonly name: string;
  readonly index: number;
  readonly api: string;
  readonly dataDir: string;
  peerId: string;
  child: ChildProcess | undefined;
  /** Spawn of `continuum daemon` until it printed "ready" (ms). */
  startupMs: number;
  /** Epoch ms of the spawn and of the POST /v1/join. */
  spawnedAt: number;
  joinSentAt: number;
}

export class ContinuumFleet {
  readonly nodes: FleetNode[] = [];
  /** Daemons that did not join during growth (killed, so they hold nothing up): what went wrong. */
  readonly failures: string[] = [];
  private token = '';

  constructor(private readonly options: FleetOptions) {
    rmSync(options.baseDir, { recursive: true, force: true });
  }

  get live(): FleetNode[] {
    return this.nodes.filter((n) => n.child !== undefined);
  }

  /** Process ids of the live daemons. */
  pids(): number[] {
    return this.live.flatMap((n) => (n.child?.pid === undefined ? [] : [n.child.pid]));
  }

  get founder(): FleetNode {
    return this.nodes[0] as FleetNode;
  }

  /** `continuum init` for a new node (the first one founds the federation), config patched. */
  private reserve(name: string): FleetNode {
    const index = this.nodes.length;
    const port = this.options.basePort + 2 * index;
    const node: FleetNode = { name, index, api: `127.0.0.1:${port + 1}`, dataDir: join(this.options.baseDir, name), peerId: '', child: undefined, startupMs: 0, spawnedAt: 0, joinSentAt: 0 };
    this.nodes.push(node);
    return node;
  }

  /**
   * Initialised in this process with the functions `continuum init` calls (`initDataDir`,
   * and `bootstrapCouncil` for the founder, as `init --council` does): one Node start-up
   * less per daemon. The daemons themselves run the CLI (`continuum daemon`).
   */
  private async init(node: FleetNode): Promise<void> {
    const { name, index } = node;
    const port = this.options.basePort + 2 * index;
    const first = index === 0;
    const opened = await initDataDir({
      config: {
        node: { name, tier: 'leaf', territory: 'DK-AARHUS', data_dir: node.dataDir, listen: [`/ip4/127.0.0.1/tcp/${port}`], api: node.api },
        federation: {
          coordinator: { health_check_interval: this.options.healthIntervalSeconds, unhealthy_threshold: this.options.unhealthyThreshold },
          discovery: { enabled_methods: ['bootstrap'], bootstrap_nodes: first ? [] : [`/ip4/127.0.0.1/tcp/${this.options.basePort}/p2p/${this.founder.peerId}`], dns_servers: [] },
        },
      } as never,
    });
    node.peerId = opened.identity.peerId.toString();
    const tokenFile = join(node.dataDir, 'api-token');
    if (first) {
      await bootstrapCouncil(opened.config, node.peerId, [`/ip4/127.0.0.1/tcp/${port}/p2p/${node.peerId}`], 'fed-membership', Date.now());
      // One API token for the whole fleet, so the observer sends one header.
      this.token = readFileSync(tokenFile, 'utf8').trim();
    } else {
      writeFileSync(tokenFile, `${this.token}\n`, { mode: 0o600 });
    }
  }

  private async start(node: FleetNode): Promise<void> {
    const nodeArgs = process.env.BENCH_NODE_ARGS?.split(' ').filter((arg) => arg !== '') ?? [];
    node.spawnedAt = Date.now();
    const t0 = performance.now();
    const child = spawn(process.execPath, [...nodeArgs, cliBin, '--data-dir', node.dataDir, 'daemon'], { stdio: ['ignore', 'pipe', 'pipe'] });
    node.child = child;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer): void => {
        output += chunk.toString();
        if (output.includes('ready ')) {
          child.stdout.off('data', onData);
          resolve();
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', (chunk: Buffer) => (output = `${output}${chunk.toString()}`.slice(-4000)));
      child.once('exit', (code) => reject(new Error(`${node.name} exited ${code}: ${output}`)));
    });
    // Keep draining the pipes so a chatty daemon never blocks on a full pipe.
    child.stdout.resume();
    child.stderr.resume();
    node.startupMs = performance.now() - t0;
  }

  async request(node: FleetNode, method: string, path: string, body?: string, timeoutMs = 10_000): Promise<{ status: number; text: string }> {
    const response = await fetch(`http://${node.api}${path}`, {
      method, headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' }, ...(body === undefined ? {} : { body }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    return { status: response.status, text: await response.text() };
  }

  /**
   * Token, then join. A 503 or a timeout (no quorum in time: an election under load) is
   * retried with a new token, up to 4 times, a second apart.
   */
  private async join(node: FleetNode, council: boolean): Promise<void> {
    const attempts = 4;
    let last = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
      if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, 1000));
      const minted = await this.request(this.founder, 'POST', '/v1/tokens', '{}', 30_000).catch((error: unknown) => ({ status: 0, text: String(error) }));
      if (minted.status !== 200) {
        last = `token: ${minted.status} ${minted.text}`;
        if (minted.status === 503 || minted.status === 0) continue;
        break;
      }
      node.joinSentAt = Date.now();
      const joined = await this.request(node, 'POST', '/v1/join', JSON.stringify({ token: (JSON.parse(minted.text) as { token: string }).token, council }), 30_000)
        .catch((error: unknown) => ({ status: 0, text: String(error) }));
      if (joined.status === 200) return;
      last = `join: ${joined.status} ${joined.text}`;
      // A join that timed out may have committed: the retry is then refused (MEMBER_EXISTS) and
      // this daemon never starts following the log (it follows only after a successful answer).
      if (joined.text.includes('MEMBER_EXISTS')) break;
      if (joined.status !== 503 && joined.status !== 0) break;
    }
    throw new Error(`${node.name} did not join: ${last.slice(0, 300)}`);
  }

  /** Founds the federation: the first node, alone in its council. */
  async found(name: string): Promise<FleetNode> {
    const node = this.reserve(name);
    await this.init(node);
    await this.start(node);
    await this.waitFor(async () => (await this.request(node, 'GET', '/health/ready')).status === 200, 30_000, 'founder ready');
    return node;
  }

  /** `continuum init` for new nodes in parallel (identity, config): nothing runs yet. */
  async prepare(names: readonly string[]): Promise<FleetNode[]> {
    const nodes = names.map((name) => this.reserve(name));
    await Promise.all(nodes.map((n) => this.init(n)));
    return nodes;
  }

  /** Starts prepared nodes in parallel, then every one joins with its own token. */
  async launch(nodes: readonly FleetNode[], council = false): Promise<void> {
    await Promise.all(nodes.map((n) => this.start(n)));
    if (council) for (const n of nodes) await this.join(n, true); // one membership change at a time
    else await Promise.all(nodes.map((n) => this.join(n, false)));
  }

  async addBatch(names: readonly string[], council = false): Promise<FleetNode[]> {
    const nodes = await this.prepare(names);
    await this.launch(nodes, council);
    return nodes;
  }

  /** Like addBatch for members, but a daemon that fails to join is killed and listed in `failures`. */
  private async addMembers(names: readonly string[]): Promise<FleetNode[]> {
    const nodes = await this.prepare(names);
    await Promise.all(nodes.map((n) => this.start(n)));
    await Promise.all(nodes.map((n) => this.join(n, false).catch((error: unknown) => {
      this.kill(n);
      this.failures.push(error instanceof Error ? error.message : String(error));
    })));
    return nodes.filter((n) => n.child !== undefined);
  }

  /** Grows to `total` live processes in batches of `batch`. */
  async growTo(total: number, batch: number, prefix = 'm'): Promise<FleetNode[]> {
    const added: FleetNode[] = [];
    while (this.live.length < total) {
      // ~125 MB per daemon: stop before the machine runs short (other helpers share it).
      if (freemem() < minFreeBytes) throw new Error(`only ${(freemem() / 2 ** 20).toFixed(0)} MiB free with ${this.live.length} daemons: not starting more`);
      const count = Math.min(batch, total - this.live.length);
      const names = Array.from({ length: count }, (_, k) => `${prefix}${this.nodes.length + k}`);
      if (this.failures.length > 20) throw new Error(`${this.failures.length} daemons failed to join; last: ${this.failures.at(-1) ?? ''}`);
      added.push(...(await this.addMembers(names)));
    }
    return added;
  }

  async raft(node: FleetNode): Promise<{ role: string; voters: string[]; learners: string[] } | undefined> {
    try {
      const answer = await this.request(node, 'GET', '/v1/raft');
      return JSON.parse(answer.text) as { role: string; voters: string[]; learners: string[] };
    } catch {
      return undefined;
    }
  }

  async leader(): Promise<FleetNode | undefined> {
    for (const node of this.live) if ((await this.raft(node))?.role === 'leader') return node;
    return undefined;
  }

  async waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await check().catch(() => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
  }

  kill(node: FleetNode): number {
    node.child?.kill('SIGKILL');
    node.child = undefined;
    return Date.now();
  }

  rssKiB(node: FleetNode): number {
    const pid = node.child?.pid;
    const file = `/proc/${pid}/status`;
    if (pid === undefined || !existsSync(file)) return Number.NaN;
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(file, 'utf8'))?.[1] ?? Number.NaN);
  }

  async stop(): Promise<void> {
    for (const node of this.nodes) this.kill(node);
    await new Promise((resolve) => setTimeout(resolve, 300));
    rmSync(this.options.baseDir, { recursive: true, force: true });
  }
}
