// Real daemon processes for the fault runs: the daemon's process cluster, but each node
// runs the test-only entry packages/daemon/test/fixtures/fault-daemon.ts, whose loopback
// control endpoint partitions it (a connection gater over peer ids) and skews its clock.
// The harness keeps each node's faults here and hands them to a restarted process.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ProcessCluster, attachUntilReady, freeTcpPort, repoRoot, type ProcNode } from '../../packages/daemon/test/support/process-cluster.js';

const entry = join(repoRoot, 'packages', 'daemon', 'test', 'fixtures', 'fault-daemon.ts');

/**
 * `cluster.init()` with the data dirs under .test-output/faults/clusters instead of the
 * shared /tmp: a long run's data dirs must outlive any cleaner of old /tmp directories
 * (a 180 s run lost a node's data dir mid-run to one).
 */
export async function initPrivate(cluster: ProcessCluster): Promise<void> {
  const dir = join(repoRoot, '.test-output', 'faults', 'clusters');
  mkdirSync(dir, { recursive: true });
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  try {
    await cluster.init();
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
}

export interface NodeFaults {
  controlPort: number;
  blocked: Set<string>;
  clockOffsetMs: number;
}

export class FaultCluster extends ProcessCluster {
  private readonly faults = new Map<ProcNode, NodeFaults>();

  private faultsOf(node: ProcNode): NodeFaults {
    const found = this.faults.get(node);
    if (found === undefined) throw new Error(`${node.name} has not been started`);
    return found;
  }

  override async start(node: ProcNode): Promise<void> {
    const faults = this.faults.get(node) ?? { controlPort: await freeTcpPort(), blocked: new Set<string>(), clockOffsetMs: 0 };
    this.faults.set(node, faults);
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions', 'continuum-source', entry, node.dataDir, String(faults.controlPort)], {
      cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, CONTINUUM_FAULT_BLOCKED: JSON.stringify([...faults.blocked]), CONTINUUM_FAULT_CLOCK_OFFSET_MS: String(faults.clockOffsetMs) },
    });
    await attachUntilReady(node, child);
    // A change made while the process was starting (after its environment was fixed).
    await this.push(node, { blocked: [...faults.blocked], clockOffsetMs: faults.clockOffsetMs });
  }

  /** Sends a node's fault state to its process (a no-op while it is down: start() passes it on). */
  private async push(node: ProcNode, update: { blocked?: string[]; clockOffsetMs?: number }): Promise<void> {
    if (node.child === undefined) return;
    await fetch(`http://127.0.0.1:${this.faultsOf(node).controlPort}/faults`, { method: 'POST', body: JSON.stringify(update), signal: AbortSignal.timeout(5_000) })
      .catch(() => undefined); // a paused or dying process: its state is re-sent on restart
  }

  /**
   * Who can reach whom: `reach(a, b)` false blocks a↔b on both ends. Every pair is set, so
   * this replaces the previous partition.
   */
  async partition(nodes: readonly ProcNode[], reach: (a: ProcNode, b: ProcNode) => boolean): Promise<void> {
    await Promise.all(nodes.map(async (node) => {
      const faults = this.faultsOf(node);
      faults.blocked = new Set(nodes.filter((other) => other !== node && (!reach(node, other) || !reach(other, node))).map((other) => other.peerId));
      await this.push(node, { blocked: [...faults.blocked] });
    }));
  }

  async heal(nodes: readonly ProcNode[]): Promise<void> {
    await this.partition(nodes, () => true);
  }

  async skew(node: ProcNode, clockOffsetMs: number): Promise<void> {
    this.faultsOf(node).clockOffsetMs = clockOffsetMs;
    await this.push(node, { clockOffsetMs });
  }

  blockedBy(node: ProcNode): ReadonlySet<string> {
    return this.faultsOf(node).blocked;
  }

  clockOffsetMs(node: ProcNode): number {
    return this.faultsOf(node).clockOffsetMs;
  }

  /** The penalty box's view of `peers` in a node's process. */
  async penalties(node: ProcNode, peers: readonly ProcNode[]): Promise<Array<{ peer: string; count: number; blocked: boolean }>> {
    const response = await fetch(`http://127.0.0.1:${this.faultsOf(node).controlPort}/faults?peers=${peers.map((p) => p.peerId).join(',')}`, { signal: AbortSignal.timeout(5_000) });
    const body = (await response.json()) as { penalties: Record<string, { count: number; blocked: boolean }> };
    return peers.map((peer) => ({ peer: peer.name, count: body.penalties[peer.peerId]?.count ?? 0, blocked: body.penalties[peer.peerId]?.blocked === true }));
  }

  /** The peers a node's process holds connections to (its control endpoint). */
  async connected(node: ProcNode): Promise<string[]> {
    const response = await fetch(`http://127.0.0.1:${this.faultsOf(node).controlPort}/faults`, { signal: AbortSignal.timeout(5_000) });
    return ((await response.json()) as { connected: string[] }).connected;
  }
}

export type { ProcNode };
