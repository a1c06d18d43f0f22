import type { ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { daemonLib } from '../../daemon-lib.js';
import { freePort, runContinuum, startDaemon, stopProcess } from './processes.js';
import type { DemoNodeSpec } from './topology.js';

export interface DemoNode {
  readonly spec: DemoNodeSpec;
  readonly dataDir: string;
  readonly apiPort: number;
  readonly p2pPort: number;
  peerId: string;
  token: string;
  child: ChildProcess | undefined;
}

export interface MemberView {
  readonly peerId: string;
  readonly name: string;
  readonly tier: string;
  readonly parent: string | null;
  readonly status: string;
}

/** Health rounds every second, so parents are assigned and failures seen within seconds. */
const demoHealthCheckIntervalSeconds = 1;

/** A local federation of `continuum daemon` processes on loopback. */
export class DemoFederation {
  readonly nodes: DemoNode[] = [];
  private readonly ports = new Set<number>();

  constructor(
    private readonly baseDir: string,
    private readonly log: (text: string) => void,
  ) {}

  get council(): DemoNode {
    return this.nodes[0] as DemoNode;
  }

  address(node: DemoNode): string {
    return `/ip4/127.0.0.1/tcp/${node.p2pPort}/p2p/${node.peerId}`;
  }

  /** `continuum init` for every node; the first bootstraps the federation's council. */
  async create(specs: readonly DemoNodeSpec[]): Promise<void> {
    for (const spec of specs) {
      const p2pPort = await freePort(this.ports);
      const apiPort = await freePort(this.ports);
      const dataDir = join(this.baseDir, spec.name);
      const first = this.nodes.length === 0;
      const out = await runContinuum([
        '--json', '--data-dir', dataDir, 'init', '--name', spec.name, '--tier', spec.tier, '--territory', spec.territory,
        '--listen', `/ip4/127.0.0.1/tcp/${p2pPort}`, '--node-api', `127.0.0.1:${apiPort}`, '--discovery', 'bootstrap',
        ...(first ? ['--council', '--federation-id', 'demo'] : ['--bootstrap', this.address(this.council)]),
      ]);
      const peerId = (JSON.parse(out) as { peer_id: string }).peer_id;
      await this.tune(dataDir);
      const token = (await readFile(join(dataDir, 'api-token'), 'utf8')).trim();
      this.nodes.push({ spec, dataDir, apiPort, p2pPort, peerId, token, child: undefined });
    }
  }

  private async tune(dataDir: string): Promise<void> {
    const file = join(dataDir, 'config.yaml');
    const { loadConfigFile, renderConfig } = await daemonLib();
    const config = await loadConfigFile(file);
    const tuned = {
      ...config,
      node: { ...config.node, data_dir: '.' },
      federation: { ...config.federation, coordinator: { ...config.federation.coordinator, health_check_interval: demoHealthCheckIntervalSeconds } },
    };
    await writeFile(file, renderConfig(tuned as typeof config), { mode: 0o600 });
  }

  /** Starts the council node, then every other node. */
  async start(): Promise<void> {
    const [first, ...rest] = this.nodes;
    if (first === undefined) return;
    first.child = await startDaemon(first.dataDir, this.log);
    await Promise.all(rest.map(async (node) => {
      node.child = await startDaemon(node.dataDir, this.log);
    }));
  }

  /**
   * Each node joins with a token the council node made, one tier at a time from the top:
   * the coordinator gives a joining node a healthy parent of the nearest tier above, so a
   * tier joins once the one above is healthy and placed.
   */
  async joinAll(timeoutMs: number): Promise<void> {
    for (const tier of ['national', 'regional', 'leaf'] as const) {
      const joining = this.nodes.filter((node) => node.spec.tier === tier);
      for (const node of joining) await this.join(node);
      const ids = new Set(joining.map((node) => node.peerId));
      await waitUntil(`the ${tier} nodes to be available and placed`, async () => {
        // HEALTHY or DEGRADED: both can serve as a parent (the architecture's available nodes).
        const placed = (await this.members()).filter((m) => ids.has(m.peerId) && (m.status === 'HEALTHY' || m.status === 'DEGRADED') && m.parent !== null);
        return placed.length === ids.size ? placed : undefined;
      }, timeoutMs);
    }
  }

  /** Joins with a fresh token; a failed dial (a connection refused during start-up) is retried. */
  private async join(node: DemoNode, attempts = 4): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const token = await this.api<{ token: string }>(this.council, 'POST', '/v1/tokens', {});
        await this.api(node, 'POST', '/v1/join', { token: token.token, council: false });
        return;
      } catch (error) {
        if (attempt >= attempts) throw error;
        await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
      }
    }
  }

  /** Each node's parent's name, by node name (the hierarchy as Raft agreed it). */
  async parents(): Promise<Map<string, string | null>> {
    const members = await this.members();
    const names = new Map(members.map((m) => [m.peerId, m.name]));
    return new Map(members.map((m) => [m.name, m.parent === null ? null : (names.get(m.parent) ?? m.parent)]));
  }

  async members(): Promise<MemberView[]> {
    return (await this.api<{ members: MemberView[] }>(this.council, 'GET', '/v1/members')).members;
  }

  async api<T>(node: DemoNode, method: string, path: string, body?: string | Record<string, unknown>, contentType = 'application/json'): Promise<T> {
    const response = await fetch(`http://127.0.0.1:${node.apiPort}${path}`, {
      method,
      headers: { authorization: `Bearer ${node.token}`, 'content-type': contentType },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${node.spec.name} ${method} ${path}: HTTP ${response.status} ${text.slice(0, 300)}`);
    return (text === '' ? undefined : JSON.parse(text)) as T;
  }

  /** Stops every daemon (SIGTERM, then SIGKILL), in reverse order of start. */
  async stop(): Promise<void> {
    await Promise.all([...this.nodes].reverse().map(async (node) => {
      if (node.child !== undefined) await stopProcess(node.child);
      node.child = undefined;
    }));
  }
}

export async function waitUntil<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number, everyMs = 250): Promise<T> {
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
  throw new Error(`timed out waiting for ${what}${last instanceof Error ? ` (${last.message})` : ''}`);
}
