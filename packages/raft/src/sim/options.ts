import { createPrng } from '../core/prng.js';
import type { PlantedBug } from './planted-bugs.js';
import type { NodeTuning } from './sim-node.js';

export interface SimOptions {
  readonly seed: number;
  /** Ticks of the safety phase (faults on). */
  readonly safetyTicks: number;
  /** Ticks the liveness phase may take (faults off) before the run fails. */
  readonly livenessTicks: number;
  /** TEST-ONLY: run a deliberately broken core. */
  readonly plantedBug?: PlantedBug;
}

/** Everything a seed decides about a run: cluster size, tuning and fault rates. */
export interface Scenario {
  readonly nodeCount: number;
  readonly tuning: NodeTuning;
  readonly dropRate: number;
  readonly duplicateRate: number;
  readonly maxDelayTicks: number;
  readonly crashRate: number;
  /** Probability that a leader crashes right after it is elected or advances its commit index. */
  readonly leaderCrashRate: number;
  readonly restartRate: number;
  readonly partitionRate: number;
  readonly healRate: number;
  readonly proposeRate: number;
  readonly readRate: number;
  readonly confChangeRate: number;
  readonly snapshotRate: number;
  readonly transferRate: number;
  /**
   * With `tuning.asyncStorageWrites`: a write completes (in order) up to this many ticks
   * after its Ready was taken; writes still in flight are lost when the node crashes.
   */
  readonly writeDelayTicks: number;
}

export function scenarioFor(seed: number): Scenario {
  const base = baseScenario(seed);
  // Drawn from their own stream, so the rest of a seed's scenario is what it always was.
  const writes = createPrng(seed ^ 0xa57c);
  if (writes.nextInt(2) === 0) return base;
  // Writes far slower than an election timeout would only test endless split votes.
  const writeDelayTicks = Math.min([0, 1, 3][writes.nextInt(3)] as number, Math.floor(base.tuning.electionTicks / 4));
  const applyUnstableEntries = writes.nextInt(2) === 0;
  return { ...base, tuning: { ...base.tuning, asyncStorageWrites: true, applyUnstableEntries }, writeDelayTicks };
}

function baseScenario(seed: number): Scenario {
  const prng = createPrng(seed ^ 0x5eed);
  const pick = <T>(values: readonly T[]): T => values[prng.nextInt(values.length)] as T;
  const electionTicks = pick([6, 10, 16]);
  // One seed in three is a storm: frequent crashes and partitions, tiny messages, a window of one.
  if (prng.nextInt(3) === 0) return storm(prng, pick, pick([3, 4, 6]));
  return {
    writeDelayTicks: 0,
    nodeCount: pick([3, 5, 7]),
    tuning: {
      electionTicks,
      heartbeatTicks: pick([1, 2]),
      preVote: prng.nextInt(2) === 0,
      checkQuorum: prng.nextInt(2) === 0,
      // Tiny messages force one entry per append, which exposes commit-rule bugs.
      maxSizePerMessageBytes: pick([1, 64, 4096, 1024 * 1024]),
      maxInflightMessages: pick([1, 4, 256]),
      maxUncommittedEntriesBytes: pick([256, 1024 * 1024]),
      disableProposalForwarding: prng.nextInt(4) === 0,
    },
    dropRate: pick([0, 0.02, 0.1, 0.2]),
    duplicateRate: pick([0, 0.02, 0.1]),
    maxDelayTicks: pick([1, 2, 4]),
    crashRate: pick([0, 0.002, 0.01]),
    leaderCrashRate: pick([0, 0, 0.01]),
    restartRate: pick([0.02, 0.1]),
    partitionRate: pick([0, 0.005, 0.02]),
    healRate: pick([0.02, 0.05]),
    proposeRate: pick([0.1, 0.3, 0.8]),
    readRate: pick([0.02, 0.1]),
    confChangeRate: pick([0, 0.005, 0.02]),
    snapshotRate: pick([0, 0.005, 0.03]),
    transferRate: pick([0, 0.003]),
  };
}

export const defaultSimOptions = { safetyTicks: 600, livenessTicks: 400 } as const;

function storm(prng: ReturnType<typeof createPrng>, pick: <T>(values: readonly T[]) => T, electionTicks: number): Scenario {
  return {
    writeDelayTicks: 0,
    nodeCount: pick([3, 5, 5, 7]),
    tuning: {
      electionTicks,
      heartbeatTicks: 1,
      preVote: prng.nextInt(4) === 0,
      checkQuorum: prng.nextInt(4) === 0,
      maxSizePerMessageBytes: 1,
      maxInflightMessages: pick([1, 2]),
      maxUncommittedEntriesBytes: pick([512, 1024 * 1024]),
      disableProposalForwarding: false,
    },
    dropRate: pick([0.05, 0.15]),
    duplicateRate: pick([0, 0.05]),
    maxDelayTicks: pick([1, 3, 6]),
    crashRate: pick([0.01, 0.03, 0.06]),
    leaderCrashRate: pick([0.1, 0.25, 0.5]),
    restartRate: pick([0.05, 0.2]),
    partitionRate: pick([0.02, 0.06, 0.1]),
    healRate: pick([0.05, 0.15]),
    proposeRate: pick([0.5, 1]),
    readRate: 0.05,
    confChangeRate: pick([0, 0.01]),
    snapshotRate: pick([0, 0.01]),
    transferRate: 0.005,
  };
}
