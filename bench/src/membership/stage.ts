// What one system measured at one node count.
import type { Spread } from './observe.js';

export type System = 'serf' | 'continuum';

export interface StagePlan {
  /** Live processes measured at. */
  readonly nodes: number;
  readonly events: number;
  readonly joins: number;
  readonly kill: boolean;
  /** Quiet window for the idle CPU figure (ms). */
  readonly idleWindowMs: number;
}

export interface StageResult {
  readonly system: System;
  readonly nodes: number;
  /** Wall time to bring the cluster to `nodes` processes (from the previous stage). */
  readonly bringUpMs: number;
  /** Per process, spawn until ready (CONTINUUM only: serf's agents are ready in milliseconds). */
  readonly startupMs: readonly number[];
  /** Per broadcast kind ('event', 'kv', 'map'), one spread per broadcast. */
  readonly broadcasts: ReadonlyMap<string, readonly Spread[]>;
  /** One spread per new member: from its process spawn. */
  readonly joinsFromSpawn: readonly Spread[];
  /** CONTINUUM: from the POST /v1/join. */
  readonly joinsFromRequest: readonly Spread[];
  /** Kill -9 of one member: until each other node sees it failed / DEAD. */
  readonly kill: Spread | undefined;
  readonly rssKiB: readonly number[];
  /** Per process, CPU used over a quiet window after settling (ms of CPU per second). */
  readonly idleCpuMsPerS: readonly number[];
  /** Requests that failed during the measurements (a write without quorum, a join): counted, not fatal. */
  readonly errors: readonly string[];
}
