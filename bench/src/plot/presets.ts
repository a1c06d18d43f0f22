// Ready-made plots for figures several suites share.
import type { LineSeries, Plot } from './chart.js';

/** One measured point of a load test: a system at one concurrency. */
export interface LoadPoint {
  readonly system: string;
  readonly concurrency: number;
  readonly throughput: number;
  readonly p50Ms?: number;
  readonly p99Ms?: number;
}

function bySystem(points: readonly LoadPoint[], pick: (p: LoadPoint) => number | undefined, suffix = ''): LineSeries[] {
  const systems = [...new Set(points.map((p) => p.system))];
  return systems.map((system) => ({
    name: `${system}${suffix}`,
    points: points.filter((p) => p.system === system && pick(p) !== undefined)
      .map((p) => ({ x: p.concurrency, y: pick(p) as number }))
      .sort((a, b) => a.x - b.x),
  })).filter((s) => s.points.length > 0);
}

/**
 * Throughput and latency against concurrency for each system (e.g. CONTINUUM beside etcd):
 * `<stem>-throughput` and `<stem>-latency` (p50 solid, p99 dashed), concurrency on a log axis.
 */
export function loadPlots(stem: string, unit: string, points: readonly LoadPoint[]): Plot[] {
  const latency = [...bySystem(points, (p) => p.p50Ms, ' p50'), ...bySystem(points, (p) => p.p99Ms, ' p99').map((s) => ({ ...s, dashed: true }))];
  return [
    { name: `${stem}-throughput`, chart: { kind: 'line', title: `Throughput vs concurrency`, xLabel: 'concurrent clients', yLabel: unit, logX: true, series: bySystem(points, (p) => p.throughput) } },
    { name: `${stem}-latency`, chart: { kind: 'line', title: 'Latency vs concurrency', xLabel: 'concurrent clients', yLabel: 'ms', logX: true, logY: true, series: latency } },
  ];
}
