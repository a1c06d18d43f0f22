// The federation KV: PUT throughput and p50/p99 on a 3-voter CONTINUUM cluster (real
// daemon processes, LevelDB storage, loopback libp2p) beside a 3-member etcd cluster
// (Debian's etcd-server) driven by the same closed-loop load generator; leader failover
// (kill -9 of the leader: time until a write succeeds again) for both; the idle RSS and
// start-up time of a leaf daemon.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent } from 'node:http';
import { etcdAvailable, etcdPut, startEtcdCluster } from '../anchors/etcd.js';
import { ContinuumCluster, continuumBuilt } from '../anchors/continuum-cluster.js';
import { runLoad, send } from '../load/http-load.js';
import type { LoadRequest, LoadResult } from '../load/http-load.js';
import { loadPlots, type LoadPoint } from '../plot/presets.js';
import type { BenchSuite } from '../suite.js';

const VALUE = 'v'.repeat(100);
const key = (sequence: number) => `bench/${String(sequence % 100_000).padStart(10, '0')}`;
const RSS_AIM_MB = 150;
const STARTUP_AIM_MS = 2_000;
const WARM_UP_MS = 5_000;
const WARM_UP_CONCURRENCY = 16;

async function failover(kill: () => Promise<string>, put: (target: string) => Promise<boolean>, survivors: () => string[]): Promise<number> {
  await kill();
  const t0 = performance.now();
  while (performance.now() - t0 < 30_000) {
    for (const target of survivors()) if (await put(target).catch(() => false)) return performance.now() - t0;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return Number.NaN;
}

export const suite: BenchSuite = {
  name: 'kv',
  title: 'Federation KV (Raft over libp2p) vs etcd',
  async run({ quick }) {
    if (!continuumBuilt()) return { markdown: 'SKIPPED: packages/cli/dist/bin.js is missing (run `npx tsc -b`).' };
    const concurrencies = quick ? [4] : [1, 16, 64, 256];
    const durationMs = quick ? 1_000 : 5_000;
    const base = join(tmpdir(), `continuum-bench-kv-${process.pid}`);
    const cluster = new ContinuumCluster(join(base, 'continuum'), 27_100);
    const rows: string[] = [];
    const points: LoadPoint[] = [];
    let met = true;
    let failoverOurs = Number.NaN;
    let failoverEtcd = Number.NaN;
    let rssMb = 0;
    let startupMs = 0;
    const agent = new Agent({ keepAlive: false });
    try {
      await cluster.add('c1', true);
      if (!quick) {
        await cluster.add('c2', true);
        await cluster.add('c3', true);
        await cluster.waitVoters(3);
      }
      // A leaf joining the fresh federation: start-up time and idle RSS after start-up. It
      // then leaves, so the load below runs on the 3 voters alone and the leaf's replica
      // is not measured holding the keys the load writes.
      const leaf = await cluster.add('leaf1', false);
      startupMs = leaf.startupMs;
      await new Promise((resolve) => setTimeout(resolve, quick ? 500 : 3_000));
      rssMb = cluster.rssKb(leaf) / 1024;
      const left = await cluster.request(leaf, 'POST', '/v1/leave');
      if (left.status !== 200) throw new Error(`leaf1 could not leave: ${left.status} ${left.text}`);
      cluster.kill(cluster.nodes.indexOf(leaf));
      const ours = cluster.nodes.filter((node) => node !== leaf).map((node) => node.api);
      const continuumPut = (sequence: number): LoadRequest => ({
        method: 'PUT', path: `/v1/kv/${encodeURIComponent(key(sequence))}`, body: VALUE,
        headers: { authorization: `Bearer ${cluster.token}`, 'content-type': 'application/octet-stream' },
      });
      const etcd = !quick && etcdAvailable() ? await startEtcdCluster(join(base, 'etcd'), 27_300) : undefined;
      try {
        // A daemon runs for days: V8 compiles its hot paths during the first seconds of load,
        // which would otherwise land in whichever concurrency runs first. Both systems get
        // the same uncounted warm-up.
        if (!quick) {
          const warmUp = { concurrency: WARM_UP_CONCURRENCY, durationMs: WARM_UP_MS, maxRequests: 1_000_000, timeoutMs: 10_000 };
          await runLoad({ ...warmUp, targets: ours, makeRequest: continuumPut });
          if (etcd !== undefined) await runLoad({ ...warmUp, targets: etcd.clientAddresses, makeRequest: (s) => etcdPut(key(s), VALUE) });
        }
        for (const concurrency of concurrencies) {
          const load = { concurrency, durationMs, maxRequests: 1_000_000, timeoutMs: 10_000 };
          const a: LoadResult = await runLoad({ ...load, targets: ours, makeRequest: continuumPut });
          const b: LoadResult | undefined = etcd === undefined ? undefined : await runLoad({ ...load, targets: etcd.clientAddresses, makeRequest: (s) => etcdPut(key(s), VALUE) });
          const ok = b === undefined || a.throughputPerSecond >= b.throughputPerSecond;
          met &&= ok;
          const f = (x: number) => x.toFixed(0);
          points.push({ system: 'CONTINUUM', concurrency, throughput: a.throughputPerSecond, p50Ms: a.p50Ms, p99Ms: a.p99Ms });
          if (b !== undefined) points.push({ system: 'etcd', concurrency, throughput: b.throughputPerSecond, p50Ms: b.p50Ms, p99Ms: b.p99Ms });
          rows.push(`| ${concurrency} | ${f(a.throughputPerSecond)} | ${a.p50Ms.toFixed(1)} / ${a.p99Ms.toFixed(1)} | ${a.errors} | ${b === undefined ? '—' : f(b.throughputPerSecond)} | ${b === undefined ? '—' : `${b.p50Ms.toFixed(1)} / ${b.p99Ms.toFixed(1)}`} | ${b === undefined ? '—' : (a.throughputPerSecond / b.throughputPerSecond).toFixed(2)} |`);
        }
        if (!quick) {
          const voters = cluster.nodes.slice(0, 3);
          failoverOurs = await failover(async () => {
            const leader = await cluster.leader();
            cluster.kill(leader);
            return String(leader);
          }, async (target) => (await send(agent, target, continuumPut(1), 1_000)).status === 200, () => voters.filter((node) => node.child !== undefined).map((node) => node.api));
          if (etcd !== undefined) {
            const alive = new Set(etcd.clientAddresses);
            failoverEtcd = await failover(async () => {
              const leader = await etcd.leader();
              etcd.kill(leader);
              alive.delete(etcd.clientAddresses[leader] as string);
              return String(leader);
            }, async (target) => (await send(agent, target, etcdPut('failover', VALUE), 1_000)).status === 200, () => [...alive]);
          }
        }
      } finally {
        await etcd?.stop();
      }
    } finally {
      agent.destroy();
      await cluster.stop();
    }
    const markdown = [
      quick ? 'Quick mode: one council node, concurrency 4 for 1 s, no etcd; figures not meaningful.' : '',
      `PUT of 100-byte values under 16-byte keys, closed loop, ${durationMs / 1000} s per concurrency, clients spread over the 3 members' APIs`,
      ...(quick ? [] : [`after an uncounted warm-up of ${WARM_UP_MS / 1000} s at concurrency ${WARM_UP_CONCURRENCY} for each system (V8 compiles the daemon's hot paths in its first seconds of load)`]),
      '(CONTINUUM: `PUT /v1/kv/{key}`, answered once committed and applied; etcd 3.4: `POST /v3/kv/put`). Same machine, same run, same load generator.',
      '',
      '| concurrency | CONTINUUM puts/s | p50 / p99 ms | errors | etcd puts/s | etcd p50 / p99 ms | ratio |',
      '|---:|---:|---:|---:|---:|---:|---:|',
      ...rows,
      '',
      `Aim: at least etcd's throughput at every concurrency: **${met ? 'met' : 'not met'}**.`,
      ...(met ? [] : [
        'Why behind where it is (CPU per PUT from /proc and CPU profiles under the same load, strace, timestamps along one PUT):',
        'the three servers and the load generator share 2 cores, so from concurrency 64 on throughput follows CPU per PUT:',
        'at concurrency 256 etcd\'s members spend about 180 µs per PUT between them, CONTINUUM\'s about 280 µs (noise, yamux',
        'and libp2p\'s stream events per Raft message, the HTTP server, protobuf, GC). At concurrency 1-16 a PUT is a chain of',
        'about eight messages between processes (client to a member, appends to two followers and their acknowledgements, commit',
        'notices and theirs, the answer), each waking another process, and each costs more CPU in Node than in Go. Already done:',
        'libp2p patched where it wasted messages and syscalls (patches/README.md: 21 → 7 write syscalls per PUT at the leader),',
        'the WAL flushed on the thread pool instead of blocking the event loop, preallocated WAL segments, commit notices held',
        'behind the local answers, snapshots paced by the state\'s size, Raft frames read from stream events. Next: no',
        'acknowledgement of a commit-only append, fewer allocations per HTTP request.',
      ]),
      '',
      `Leader failover (kill -9 of the leader, time until a write succeeds on a survivor): CONTINUUM ${failoverOurs.toFixed(0)} ms, etcd ${failoverEtcd.toFixed(0)} ms.`,
      `Leaf daemon: start-up (spawn to "ready") ${startupMs.toFixed(0)} ms (aim < ${STARTUP_AIM_MS}: **${startupMs < STARTUP_AIM_MS ? 'met' : 'not met'}**),`,
      `idle RSS after joining ${rssMb.toFixed(0)} MB (aim < ${RSS_AIM_MB}: **${rssMb < RSS_AIM_MB ? 'met' : 'not met'}**).`,
      '',
      'The load average at the end of the run is in the command line above.',
    ].filter((line, i) => i > 0 || line !== '').join('\n');
    return { markdown, plots: loadPlots('put', 'puts/s', points) };
  },
};
