/** Summary statistics over repeated measurements. */
export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly p99: number;
  readonly runs: number;
}

/** The value at quantile q (0..1) of already sorted numbers, nearest-rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    p99: quantile(sorted, 0.99),
    runs: sorted.length,
  };
}

/** "12,345 (11,900–12,800)": a median with its spread, for RESULTS.md tables. */
export function formatSummary(summary: Summary, digits = 0): string {
  const f = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  return summary.runs > 1 ? `${f(summary.median)} (${f(summary.min)}–${f(summary.max)})` : f(summary.median);
}
