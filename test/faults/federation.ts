// The federation every cluster fault run starts from: three council members (Raft
// voters c1..c3) and one member (m1, a learner), each a fault-daemon process on loopback.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { waitFor, type ProcNode } from '../../packages/daemon/test/support/process-cluster.js';
import { FaultCluster, initPrivate } from './cluster.js';

export interface Federation {
  readonly cluster: FaultCluster;
  readonly nodes: readonly ProcNode[];
  readonly voters: readonly ProcNode[];
}

/** Anti-entropy every second (the default 30 s would make every convergence check wait). */
async function quickSync(node: ProcNode): Promise<void> {
  const file = join(node.dataDir, 'config.yaml');
  const text = await readFile(file, 'utf8');
  if (!/sync_interval_seconds: \d+/.test(text)) throw new Error(`no sync_interval_seconds in ${file}`);
  await writeFile(file, text.replace(/sync_interval_seconds: \d+/, 'sync_interval_seconds: 1'));
}

export async function startFederation(): Promise<Federation> {
  const cluster = new FaultCluster();
  await initPrivate(cluster);
  const first = await cluster.add('c1', ['--council', '--federation-id', 'fed-faults', '--discovery', 'bootstrap']);
  const boot = ['--bootstrap', cluster.address(first), '--discovery', 'bootstrap'];
  const [c2, c3, m1] = [await cluster.add('c2', boot), await cluster.add('c3', boot), await cluster.add('m1', boot)] as [ProcNode, ProcNode, ProcNode];
  for (const node of [first, c2, c3, m1]) await quickSync(node);
  await Promise.all([first, c2, c3, m1].map((node) => cluster.start(node)));
  await cluster.join(first, c2, true);
  await cluster.join(first, c3, true);
  await cluster.join(first, m1, false);
  await waitFor('three voters', async () => ((await cluster.raft(first)).voters.length === 3 ? true : undefined), 60_000);
  return { cluster, nodes: [first, c2, c3, m1], voters: [first, c2, c3] };
}

/** The node that says it leads (undefined: none reachable says so). */
export async function leaderOf(federation: Federation): Promise<ProcNode | undefined> {
  for (const node of federation.nodes) {
    if (node.child === undefined) continue;
    const raft = await federation.cluster.raft(node).catch(() => undefined);
    if (raft?.role === 'leader') return node;
  }
  return undefined;
}

/** Waits until some running node says it leads. */
export async function settle(federation: Federation, timeoutMs = 30_000): Promise<ProcNode> {
  try {
    return await waitFor('a leader after the faults', () => leaderOf(federation), timeoutMs, 200);
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${await describeNodes(federation)}`);
  }
}

/** Each node's Raft view, blocked peers and last output lines (for a failed run's report). */
export async function describeNodes(federation: Federation): Promise<string> {
  const lines: string[] = [];
  for (const node of federation.nodes) {
    const raft = await federation.cluster.raft(node).then((r) => JSON.stringify(r), (error: unknown) => String(error));
    const connected = await federation.cluster.connected(node).then((peers) => peers.map((p) => federation.nodes.find((n) => n.peerId === p)?.name ?? p).join(','), () => '?');
    const penalties = await federation.cluster.penalties(node, federation.nodes.filter((n) => n !== node))
      .then((list) => list.map((p) => `${p.peer}: ${p.count}${p.blocked ? ' blocked' : ''}`).join(', '), () => '?');
    lines.push(`${node.name} (${node.child === undefined ? 'down' : `pid ${String(node.child.pid)}`}): raft ${raft}; connected [${connected}]; `
      + `blocked by the harness ${federation.cluster.blockedBy(node).size}; penalties {${penalties}}; clock ${federation.cluster.clockOffsetMs(node)}ms`);
    lines.push(`  output: ${node.output.slice(-600).replace(/\n/g, '\n  ')}`);
  }
  return lines.join('\n');
}
