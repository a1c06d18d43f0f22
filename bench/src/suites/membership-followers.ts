/**
 * membership-followers (opt-in): 3 Raft voters and BENCH_FOLLOWERS (default 120) daemons
 * that follow the committed federation log without being Raft peers of the leader; time
 * for a committed KV put to be readable at every one of them. About 125 MB RSS per daemon:
 * growth stops when less than BENCH_MIN_FREE_MIB (default 1536) is free.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fleetBuilt } from '../membership/fleet.js';
import { followersMarkdown, followersRun } from '../membership/followers.js';
import { IDLE_WINDOW_MS } from '../membership/proc-cpu.js';
import type { BenchSuite } from '../suite.js';
import { envNumber } from './membership.js';

export const suite: BenchSuite = {
  name: 'membership-followers',
  title: 'Follow-the-log: 100+ daemons that are not Raft peers follow the committed federation state',
  optIn: true,
  async run({ quick }) {
    if (!fleetBuilt()) return { markdown: 'Not measured: packages/cli/dist is missing; run `npx tsc -b` first.' };
    const followers = quick ? 4 : envNumber('BENCH_FOLLOWERS', 120);
    const result = await followersRun({
      baseDir: join(tmpdir(), `bench-followers-${process.pid}`), basePort: 25_600, followers, batch: envNumber('BENCH_START_BATCH', 5), puts: quick ? 2 : 5, pollMs: 250, idleWindowMs: quick ? 1_000 : IDLE_WINDOW_MS,
    });
    return {
      markdown: [
        ...followersMarkdown(result),
        '',
        'Every daemon starts with the default `health_check_interval` (10 s); daemons start in parallel batches and join with tokens.',
      ].join('\n'),
    };
  },
};
