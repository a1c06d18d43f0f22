// CONTINUUM at one node count: the fleet grows to `plan.nodes` daemons, then the same
// measurements as serf's, each observed over every daemon's HTTP API.
import type { ContinuumFleet, FleetNode } from './fleet.js';
import { firstSeen, spread, type Spread } from './observe.js';
import { idleCpuMsPerSecond } from './proc-cpu.js';
import type { StagePlan, StageResult } from './stage.js';

export interface ContinuumStageOptions {
  /** Processes started (and joined) at once. */
  readonly batch: number;
  /** Poll interval per daemon for broadcasts and joins (ms). */
  readonly pollMs: number;
  readonly healthIntervalSeconds: number;
  readonly unhealthyThreshold: number;
  /** Council members are never killed. */
  readonly councilSize: number;
}

interface MemberView {
  readonly peerId: string;
  readonly status: string;
}

async function members(fleet: ContinuumFleet, node: FleetNode): Promise<MemberView[]> {
  const answer = await fleet.request(node, 'GET', '/v1/members', undefined, 5_000);
  return (JSON.parse(answer.text) as { members: MemberView[] }).members;
}

/** A broadcast whose write failed still records what the observers saw (a timed-out write may commit later). */
async function broadcast(fleet: ContinuumFleet, kind: 'kv' | 'map', key: string, pollMs: number, errors: string[]): Promise<Spread> {
  const observers = fleet.live;
  const t0 = Date.now();
  const write = kind === 'kv'
    ? fleet.request(fleet.founder, 'PUT', `/v1/kv/${key}`, '0123456789abcdef', 15_000)
    : fleet.request(fleet.founder, 'PUT', `/v1/map/${key}`, '{"v":"0123456789abcdef"}', 15_000);
  const read = kind === 'kv' ? `/v1/kv/${key}?consistency=stale` : `/v1/map/${key}`;
  const [seen, written] = await Promise.all([
    firstSeen(observers, async (n) => (await fleet.request(n, 'GET', read, undefined, 5_000)).status === 200, pollMs, 10_000),
    write.catch((error: unknown) => ({ status: 0, text: String(error) })),
  ]);
  if (written.status !== 200) errors.push(`${kind} put ${key}: ${written.status} ${written.text.slice(0, 200)}`);
  return spread(t0, seen);
}

export async function continuumStage(fleet: ContinuumFleet, plan: StagePlan, options: ContinuumStageOptions): Promise<StageResult> {
  const started = Date.now();
  const failuresBefore = fleet.failures.length;
  await fleet.growTo(plan.nodes, options.batch);
  const bringUpMs = Date.now() - started;
  // Settled: every daemon's replica lists every live daemon.
  await fleet.waitFor(async () => {
    const live = fleet.live;
    const lists = await Promise.all(live.map(async (n) => new Set((await members(fleet, n)).map((m) => m.peerId))));
    return lists.every((list) => live.every((n) => list.has(n.peerId)));
  }, 120_000, `all ${plan.nodes} daemons to list each other`);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const rssKiB = fleet.live.map((n) => fleet.rssKiB(n));
  const idleCpuMsPerS = await idleCpuMsPerSecond(fleet.pids(), plan.idleWindowMs);
  const startupMs = fleet.live.map((n) => n.startupMs);

  const errors: string[] = fleet.failures.slice(failuresBefore).map((f) => `growing: ${f}`);
  const broadcasts = new Map<string, Spread[]>([['kv', []], ['map', []]]);
  for (let k = 0; k < plan.events; k++) {
    broadcasts.get('kv')?.push(await broadcast(fleet, 'kv', `bench-kv-${plan.nodes}-${k}`, options.pollMs, errors));
    broadcasts.get('map')?.push(await broadcast(fleet, 'map', `bench-map-${plan.nodes}-${k}`, options.pollMs, errors));
  }

  const joinsFromSpawn: Spread[] = [];
  const joinsFromRequest: Spread[] = [];
  for (let k = 0; k < plan.joins; k++) {
    const observers = fleet.live;
    const [node] = await fleet.prepare([`j${plan.nodes}-${k}`]);
    if (node === undefined) throw new Error('prepare gave no node');
    let failed = false;
    const [seen] = await Promise.all([
      firstSeen(observers, async (n) => (await fleet.request(n, 'GET', '/v1/members', undefined, 5_000)).text.includes(node.peerId), options.pollMs, 60_000),
      fleet.launch([node]).catch((error: unknown) => {
        failed = true;
        fleet.kill(node); // not a member: it must not hold up the next stage's settling
        errors.push(`join ${node.name}: ${String(error).slice(0, 200)}`);
      }),
    ]);
    if (failed) continue;
    joinsFromSpawn.push(spread(node.spawnedAt, seen));
    joinsFromRequest.push(spread(node.joinSentAt, seen));
  }

  let kill: Spread | undefined;
  if (plan.kill) {
    const victim = [...fleet.live].reverse().find((n) => n.index >= options.councilSize);
    if (victim === undefined) throw new Error('no member outside the council to kill');
    const observers = fleet.live.filter((n) => n !== victim);
    const t0 = fleet.kill(victim);
    const floorMs = (options.unhealthyThreshold + 2) * options.healthIntervalSeconds * 1000;
    const seen = await firstSeen(observers, async (n) => (await members(fleet, n)).some((m) => m.peerId === victim.peerId && m.status === 'DEAD'), Math.max(100, options.pollMs), floorMs + 30_000);
    kill = spread(t0, seen);
  }
  return { system: 'continuum', nodes: plan.nodes, bringUpMs, startupMs, broadcasts, joinsFromSpawn, joinsFromRequest, kill, rssKiB, idleCpuMsPerS, errors };
}
