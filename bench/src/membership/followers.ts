// Opt-in (BENCH_FOLLOWERS=N): a council of 3 voters and N members as real daemon
// processes. The members are not Raft peers of the leader: they follow the committed
// federation log (fedlog: the leader gossips applied batches, members fetch gaps). Measured:
// time for a committed KV put to be readable at every member, and who the leader talks to.
import { summarize } from '../stats.js';
import { ContinuumFleet, type FleetNode } from './fleet.js';
import { idleCpuMsPerSecond } from './proc-cpu.js';
import { allKnew, deliveryStats, firstSeen, spread, type Spread } from './observe.js';

export interface FollowersOptions {
  readonly baseDir: string;
  readonly basePort: number;
  readonly followers: number;
  readonly batch: number;
  readonly puts: number;
  readonly pollMs: number;
  /** Quiet window for the idle CPU figure (ms). */
  readonly idleWindowMs: number;
}

export interface FollowersResult {
  readonly followers: number;
  readonly bringUpMs: number;
  readonly startupMs: readonly number[];
  readonly rssKiB: readonly number[];
  /** Per daemon, ms of CPU per second over a quiet window after bring-up. */
  readonly idleCpuMsPerS: readonly number[];
  readonly members: number;
  /** Daemons killed and replaced because their join did not answer in time. */
  readonly failedJoins: number;
  readonly voters: number;
  readonly learners: number;
  readonly leaderConnections: number;
  readonly puts: readonly Spread[];
  /** Writes that did not answer 200 (their deliveries are still measured). */
  readonly errors: readonly string[];
  readonly pollMs: number;
}

export async function followersRun(options: FollowersOptions): Promise<FollowersResult> {
  // Default health interval (10 s): nothing here waits for failure detection.
  const fleet = new ContinuumFleet({ baseDir: options.baseDir, basePort: options.basePort, healthIntervalSeconds: 10, unhealthyThreshold: 3 });
  try {
    const started = Date.now();
    await fleet.found('c0');
    await fleet.addBatch(['c1', 'c2'], true);
    await fleet.waitFor(async () => ((await fleet.raft(fleet.founder))?.voters.length ?? 0) >= 3, 60_000, '3 voters');
    await fleet.growTo(3 + options.followers, options.batch, 'f');
    // A daemon whose join failed under load was killed and replaced; its join may still have
    // committed, so the federation can list more members than there are live daemons. The
    // target is what the founder lists once growth stopped.
    const membersAt = async (n: FleetNode): Promise<number> => (JSON.parse((await fleet.request(n, 'GET', '/v1/status')).text) as { members: number }).members;
    const expected = Math.max(fleet.live.length, await membersAt(fleet.founder));
    await fleet.waitFor(async () => (await Promise.all(fleet.live.map(async (n) => (await membersAt(n)) >= expected))).every(Boolean),
      600_000, `${fleet.live.length} daemons to list all ${expected} members`);
    const bringUpMs = Date.now() - started;
    const idleCpuMsPerS = await idleCpuMsPerSecond(fleet.pids(), options.idleWindowMs);
    const leader = (await fleet.leader()) ?? fleet.founder;
    const raft = await fleet.raft(leader);
    const peers = JSON.parse((await fleet.request(leader, 'GET', '/v1/peers')).text) as { peers: unknown[] };
    const followers = fleet.live.filter((n) => n.index >= 3);
    const puts: Spread[] = [];
    const errors: string[] = [];
    for (let k = 0; k < options.puts; k++) {
      const key = `bench-followers-${k}`;
      const t0 = Date.now();
      const [seen, written] = await Promise.all([
        firstSeen(followers, async (n) => (await fleet.request(n, 'GET', `/v1/kv/${key}?consistency=stale`, undefined, 10_000)).status === 200, options.pollMs, 60_000),
        fleet.request(leader, 'PUT', `/v1/kv/${key}`, '0123456789abcdef', 30_000).catch((error: unknown) => ({ status: 0, text: String(error) })),
      ]);
      // A write that timed out (an election while 100+ daemons share 2 cores) may still commit:
      // what the members saw is recorded either way, and the failure is listed.
      if (written.status !== 200) errors.push(`put ${key}: ${written.status} ${written.text.slice(0, 200)}`);
      puts.push(spread(t0, seen));
    }
    return {
      followers: followers.length, bringUpMs, startupMs: fleet.live.map((n) => n.startupMs), rssKiB: fleet.live.map((n) => fleet.rssKiB(n)), idleCpuMsPerS,
      members: expected, failedJoins: fleet.failures.length, voters: raft?.voters.length ?? 0, learners: raft?.learners.length ?? 0, leaderConnections: peers.peers.length, puts, errors, pollMs: options.pollMs,
    };
  } finally {
    await fleet.stop();
  }
}

export function followersMarkdown(r: FollowersResult): string[] {
  const d = deliveryStats(r.puts);
  const alls = summarize(r.puts.map(allKnew).filter((v): v is number => v !== undefined));
  const rss = summarize(r.rssKiB);
  const startup = summarize(r.startupMs);
  const cpu = summarize(r.idleCpuMsPerS);
  const f = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–');
  return [
    `${r.followers + 3} real daemon processes on loopback (${r.members} members listed): a council of 3 (the leader's Raft configuration: ${r.voters} voters, ${r.learners} learners) and`,
    `${r.followers} members that follow the committed federation log without being Raft peers. The leader had ${r.leaderConnections} libp2p`,
    `connections. ${r.failedJoins} daemons whose join did not answer in time were killed and replaced during growth (their committed joins stay listed).`,
    'A KV put committed by the council reached the members through the fedlog gossip topic and gap fetches:',
    '',
    '| puts | per member p50 (ms) | p99 | max | all members: median (min–max) | missing | RSS per daemon median / max (MiB) | idle CPU per daemon median / max (ms/s) | start-up median / max (ms) | bring-up (s) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    `| ${d.spreads} | ${f(d.p50)} | ${f(d.p99)} | ${f(d.max)} | ${f(alls.median)} (${f(alls.min)}–${f(alls.max)}) | ${d.missing} | ${(rss.median / 1024).toFixed(0)} / ${(rss.max / 1024).toFixed(0)} | ${cpu.median.toFixed(1)} / ${cpu.max.toFixed(1)} | ${f(startup.median)} / ${f(startup.max)} | ${(r.bringUpMs / 1000).toFixed(0)} |`,
    '',
    ...(r.errors.length === 0 ? [] : ['', `Writes that did not answer 200 (${r.errors.length}):`, '', ...r.errors.map((e) => `- ${e.replace(/\|/g, '/')}`), '']),
    `Observed by polling each member's \`GET /v1/kv/{key}?consistency=stale\` every ${r.pollMs} ms (one request in flight per member).`,
  ];
}
