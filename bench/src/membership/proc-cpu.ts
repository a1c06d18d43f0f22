// CPU a set of processes used while nothing was asked of them: utime + stime from
// /proc/<pid>/stat before and after a window, as milliseconds of CPU per second of wall
// time, per process. The kernel counts in clock ticks (USER_HZ, 100 on Linux).
import { existsSync, readFileSync } from 'node:fs';

const msPerTick = 10;

/** The quiet window over which idle CPU is measured: one default health interval (a heartbeat from every node). */
export const IDLE_WINDOW_MS = 10_000;

function cpuTicks(pid: number): number | undefined {
  const file = `/proc/${pid}/stat`;
  if (!existsSync(file)) return undefined;
  // Fields after the command name (which may hold spaces) start after the last ')'.
  const stat = readFileSync(file, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

export async function idleCpuMsPerSecond(pids: readonly number[], windowMs: number): Promise<number[]> {
  const before = pids.map(cpuTicks);
  const t0 = performance.now();
  await new Promise((resolve) => setTimeout(resolve, windowMs));
  const seconds = (performance.now() - t0) / 1000;
  return pids.flatMap((pid, i) => {
    const a = before[i];
    const b = cpuTicks(pid);
    return a === undefined || b === undefined ? [] : [((b - a) * msPerTick) / seconds];
  });
}
