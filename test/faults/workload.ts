// What a fault-run workload is given: the cluster, its keys, how many concurrent clients,
// the clock, when to stop, and the run's seeded randomness.
import type { ProcNode } from '../../packages/daemon/test/support/process-cluster.js';

export interface WorkloadOptions {
  readonly nodes: readonly ProcNode[];
  readonly keys: readonly string[];
  readonly clients: number;
  readonly now: () => number;
  readonly until: () => boolean;
  readonly random: () => number;
}
