// The anchor: HashiCorp Serf agents on loopback, measured from their event handlers'
// timestamps (bench/src/anchors/serf.ts), at the same node counts as CONTINUUM.
import { join } from 'node:path';
import { startSerfCluster } from '../anchors/serf.js';
import { spread, untilAll, type Spread } from './observe.js';
import { idleCpuMsPerSecond } from './proc-cpu.js';
import type { StagePlan, StageResult } from './stage.js';

const POLL_MS = 20;

export async function serfStage(baseDir: string, basePort: number, plan: StagePlan): Promise<StageResult> {
  const started = Date.now();
  const cluster = await startSerfCluster(join(baseDir, `serf-${plan.nodes}`), basePort, plan.nodes);
  const bringUpMs = Date.now() - started;
  const names = Array.from({ length: plan.nodes }, (_, i) => `serf${i}`);
  try {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const rssKiB = cluster.rssKiB();
    const idleCpuMsPerS = await idleCpuMsPerSecond(cluster.pids(), plan.idleWindowMs);
    const events: Spread[] = [];
    for (let k = 0; k < plan.events; k++) {
      const payload = `e${k}`;
      const t0 = cluster.sendEvent(payload);
      const seen = await untilAll(() => [...cluster.seenAt('user', `bench:${payload}`).values()], POLL_MS, 10_000);
      events.push(spread(t0, seen));
    }
    const joins: Spread[] = [];
    for (let k = 0; k < plan.joins; k++) {
      const name = `serfj${k}`;
      const t0 = cluster.addAgent(name);
      const seen = await untilAll(() => names.map((n) => cluster.seenAt('member-join', name).get(n)), POLL_MS, 30_000);
      joins.push(spread(t0, seen));
      names.push(name);
    }
    let kill: Spread | undefined;
    if (plan.kill) {
      const victim = names.splice(1, 1)[0] as string; // never serf0: events are sent through its RPC
      const t0 = cluster.kill(victim);
      const seen = await untilAll(() => names.map((n) => cluster.seenAt('member-failed', victim).get(n)), 100, 90_000);
      kill = spread(t0, seen);
    }
    return { system: 'serf', nodes: plan.nodes, bringUpMs, startupMs: [], broadcasts: new Map([['event', events]]), joinsFromSpawn: joins, joinsFromRequest: [], kill, rssKiB, idleCpuMsPerS, errors: [] };
  } finally {
    cluster.stop();
  }
}
