import type { PlantedBug } from './planted-bugs.js';
import { emptyCounters, runSeed, type SimCounters, type SimResult } from './simulator.js';

export interface BatchOptions {
  readonly from: number;
  readonly to: number;
  readonly safetyTicks?: number;
  readonly livenessTicks?: number;
  readonly plantedBug?: PlantedBug;
  /** Stop at the first failure (default true). */
  readonly stopAtFirstFailure?: boolean;
}

export interface BatchResult {
  readonly seedsRun: number;
  /** Totals over every seed run. */
  readonly counters: SimCounters;
  readonly failures: readonly SimResult[];
}

/** Runs seeds from..to inclusive. */
export function runSeeds(options: BatchOptions): BatchResult {
  const failures: SimResult[] = [];
  const counters = emptyCounters();
  let seedsRun = 0;
  for (let seed = options.from; seed <= options.to; seed++) {
    const result = runSeed({
      seed,
      ...(options.safetyTicks !== undefined ? { safetyTicks: options.safetyTicks } : {}),
      ...(options.livenessTicks !== undefined ? { livenessTicks: options.livenessTicks } : {}),
      ...(options.plantedBug ? { plantedBug: options.plantedBug } : {}),
    });
    seedsRun++;
    for (const key of Object.keys(counters) as (keyof SimCounters)[]) counters[key] += result.counters[key];
    if (!result.ok) {
      failures.push(result);
      if (options.stopAtFirstFailure ?? true) break;
    }
  }
  return { seedsRun, counters, failures };
}

/** The command that repeats one seed. */
export function repeatCommand(seed: number, plantedBug?: PlantedBug, safetyTicks?: number): string {
  return `pnpm --filter @continuum/raft sim --seeds ${seed}..${seed}${plantedBug ? ` --planted-bug ${plantedBug}` : ''}` +
    `${safetyTicks !== undefined ? ` --safety-ticks ${safetyTicks}` : ''}`;
}

/** A failure report: seed, the command that repeats it, and the last events. */
export function formatFailure(result: SimResult, plantedBug?: PlantedBug, safetyTicks?: number): string {
  return [
    `FAILED seed ${result.seed} (${result.nodeCount} nodes) at tick ${result.ticks}: ${result.failure ?? '?'}: ${result.message ?? ''}`,
    `repeat with: ${repeatCommand(result.seed, plantedBug, safetyTicks)}`,
    'last events:',
    ...result.trace.map((line) => `  ${line}`),
  ].join('\n');
}
