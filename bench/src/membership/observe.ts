// Watching many nodes at once: when did each first show something?
import { quantile } from '../stats.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `check` for every target, one call in flight per target, every `intervalMs`
 * (targets staggered across the interval so requests spread out), until it holds or
 * `timeoutMs` passes. Returns, per target, the epoch ms of the first answer that held
 * (taken when the answer arrived: an upper bound, resolution about one interval), or
 * undefined.
 */
export async function firstSeen<T>(targets: readonly T[], check: (target: T) => Promise<boolean>, intervalMs: number, timeoutMs: number): Promise<(number | undefined)[]> {
  const deadline = Date.now() + timeoutMs;
  return Promise.all(targets.map(async (target, i) => {
    await sleep((i * intervalMs) / Math.max(1, targets.length));
    while (Date.now() < deadline) {
      const started = Date.now();
      if (await check(target).catch(() => false)) return Date.now();
      await sleep(Math.max(0, intervalMs - (Date.now() - started)));
    }
    return undefined;
  }));
}

/** Polls a synchronous reader (e.g. serf's event files) until every value is defined. */
export async function untilAll(read: () => readonly (number | undefined)[], intervalMs: number, timeoutMs: number): Promise<(number | undefined)[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const values = read();
    if (values.every((v) => v !== undefined) || Date.now() > deadline) return [...values];
    await sleep(intervalMs);
  }
}

/** One spread event (a broadcast, a join, a failure): when each node learned of it. */
export interface Spread {
  /** Per node, ms from the cause to the node knowing; undefined = not within the timeout. */
  readonly latenciesMs: readonly (number | undefined)[];
}

export function spread(t0: number, seen: readonly (number | undefined)[]): Spread {
  return { latenciesMs: seen.map((at) => (at === undefined ? undefined : Math.max(0, at - t0))) };
}

/** ms until every node knew (undefined if one never did). */
export function allKnew(s: Spread): number | undefined {
  if (s.latenciesMs.length === 0 || s.latenciesMs.some((v) => v === undefined)) return undefined;
  return Math.max(...(s.latenciesMs as number[]));
}

export interface DeliveryStats {
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  /** Median over spreads of the time until every node knew. */
  readonly allMedian: number;
  readonly allMin: number;
  readonly allMax: number;
  readonly spreads: number;
  /** Deliveries that did not happen within the timeout. */
  readonly missing: number;
}

/** p50/p99/max over every (spread, node) delivery, and the spread of the all-knew times. */
export function deliveryStats(spreads: readonly Spread[]): DeliveryStats {
  const deliveries = spreads.flatMap((s) => s.latenciesMs.filter((v): v is number => v !== undefined)).sort((a, b) => a - b);
  const missing = spreads.reduce((n, s) => n + s.latenciesMs.filter((v) => v === undefined).length, 0);
  const alls = spreads.map(allKnew).filter((v): v is number => v !== undefined).sort((a, b) => a - b);
  return {
    p50: quantile(deliveries, 0.5), p99: quantile(deliveries, 0.99), max: deliveries[deliveries.length - 1] ?? Number.NaN,
    allMedian: quantile(alls, 0.5), allMin: alls[0] ?? Number.NaN, allMax: alls[alls.length - 1] ?? Number.NaN, spreads: spreads.length, missing,
  };
}
