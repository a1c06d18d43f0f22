// Axis scales for the SVG charts: "nice" linear ticks (1, 2, 5 × 10^k) or decades on a log axis.

export interface Scale {
  readonly min: number;
  readonly max: number;
  readonly ticks: readonly number[];
  readonly log: boolean;
  /** Maps a data value to [0, 1] along the axis (0 = min). */
  at(value: number): number;
}

function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}

/** A linear scale that starts at 0 (or below, for negative data) and ends at a nice tick ≥ the largest value. */
export function linearScale(values: readonly number[], tickCount = 5, includeZero = true): Scale {
  const finite = values.filter(Number.isFinite);
  let lo = finite.length > 0 ? Math.min(...finite) : 0;
  let hi = finite.length > 0 ? Math.max(...finite) : 1;
  if (includeZero) {
    lo = Math.min(0, lo);
    hi = Math.max(0, hi);
  }
  if (hi - lo < 1e-12) hi = lo + 1; // one value (or denormal noise): a unit axis
  const step = niceStep(hi - lo, tickCount);
  // A relative tolerance, so float noise (5.000000001 steps) does not add an empty tick.
  const min = Math.floor(lo / step + 1e-9) * step;
  const max = Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let t = min; t <= max + step / 2; t += step) ticks.push(Number(t.toPrecision(12)));
  return { min, max, ticks, log: false, at: (v) => (v - min) / (max - min) };
}

/** A log10 scale over whole decades that contain every positive value. */
export function logScale(values: readonly number[]): Scale {
  const positive = values.filter((v) => Number.isFinite(v) && v > 0);
  const lo = Math.floor(Math.log10(positive.length > 0 ? Math.min(...positive) : 1));
  let hi = Math.ceil(Math.log10(positive.length > 0 ? Math.max(...positive) : 10));
  if (hi === lo) hi = lo + 1;
  const ticks: number[] = [];
  for (let e = lo; e <= hi; e++) ticks.push(10 ** e);
  return { min: 10 ** lo, max: 10 ** hi, ticks, log: true, at: (v) => (Math.log10(Math.max(v, 10 ** lo)) - lo) / (hi - lo) };
}

/** Tick label: 1,500 → "1.5k", 2,000,000 → "2M", 0.25 → "0.25". */
export function formatTick(value: number): string {
  const abs = Math.abs(value);
  const trim = (n: number) => Number(n.toPrecision(3)).toString();
  if (abs >= 1e6) return `${trim(value / 1e6)}M`;
  if (abs >= 1e4) return `${trim(value / 1e3)}k`;
  return trim(value);
}
