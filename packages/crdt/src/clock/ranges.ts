/**
 * Sets of positive integers as sorted, disjoint, non-adjacent inclusive ranges,
 * flattened: [lo1, hi1, lo2, hi2, ...]. The building block of causal contexts: a node's
 * seen events are usually one range [1, n], with a few gaps after out-of-order delivery.
 */
export type Ranges = number[];

export function rangesHas(ranges: Ranges, value: number): boolean {
  // Most lookups hit the first (usually only) range.
  if (ranges.length === 2) return value >= (ranges[0] as number) && value <= (ranges[1] as number);
  let low = 0;
  let high = ranges.length / 2 - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const lo = ranges[2 * mid] as number;
    const hi = ranges[2 * mid + 1] as number;
    if (value < lo) high = mid - 1;
    else if (value > hi) low = mid + 1;
    else return true;
  }
  return false;
}

/** Union of two range lists (neither is modified). */
export function rangesUnion(a: Ranges, b: Ranges): Ranges {
  if (a.length === 0) return b.slice();
  if (b.length === 0) return a.slice();
  const out: Ranges = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    let lo: number;
    let hi: number;
    if (j >= b.length || (i < a.length && (a[i] as number) <= (b[j] as number))) {
      lo = a[i] as number; hi = a[i + 1] as number; i += 2;
    } else {
      lo = b[j] as number; hi = b[j + 1] as number; j += 2;
    }
    const last = out.length - 1;
    if (last > 0 && lo <= (out[last] as number) + 1) {
      if (hi > (out[last] as number)) out[last] = hi;
    } else {
      out.push(lo, hi);
    }
  }
  return out;
}

/** Adds one value in place; returns the (possibly same) array. */
export function rangesAdd(ranges: Ranges, value: number): Ranges {
  const last = ranges.length - 1;
  if (last < 0) { ranges.push(value, value); return ranges; }
  const top = ranges[last] as number;
  if (value === top + 1) {
    // Extending the top range; it may now touch nothing else because ranges are sorted.
    ranges[last] = value;
    return ranges;
  }
  if (value > top + 1) { ranges.push(value, value); return ranges; }
  if (rangesHas(ranges, value)) return ranges;
  return rangesUnion(ranges, [value, value]);
}

/** Values of `a` not in `b`. */
export function rangesSubtract(a: Ranges, b: Ranges): Ranges {
  if (b.length === 0) return a.slice();
  const out: Ranges = [];
  let j = 0;
  for (let i = 0; i < a.length; i += 2) {
    let lo = a[i] as number;
    const hi = a[i + 1] as number;
    while (j < b.length && (b[j + 1] as number) < lo) j += 2;
    let k = j;
    while (lo <= hi && k < b.length && (b[k] as number) <= hi) {
      const blo = b[k] as number;
      const bhi = b[k + 1] as number;
      if (blo > lo) out.push(lo, blo - 1);
      lo = Math.max(lo, bhi + 1);
      k += 2;
    }
    if (lo <= hi) out.push(lo, hi);
  }
  return out;
}

/** Values of `ranges` greater than `floor`. */
export function rangesAbove(ranges: Ranges, floor: number): Ranges {
  const out: Ranges = [];
  for (let i = 0; i < ranges.length; i += 2) {
    const hi = ranges[i + 1] as number;
    if (hi <= floor) continue;
    out.push(Math.max(ranges[i] as number, floor + 1), hi);
  }
  return out;
}

export function rangesCount(ranges: Ranges): number {
  let count = 0;
  for (let i = 0; i < ranges.length; i += 2) count += (ranges[i + 1] as number) - (ranges[i] as number) + 1;
  return count;
}

/** True when `ranges` is a valid normalized list (used by decoders). */
export function rangesValid(ranges: readonly number[]): boolean {
  if (ranges.length % 2 !== 0) return false;
  let previous = -1;
  for (let i = 0; i < ranges.length; i += 2) {
    const lo = ranges[i] as number;
    const hi = ranges[i + 1] as number;
    if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi) || lo < 1 || hi < lo || lo <= previous + 1) return false;
    previous = hi;
  }
  return true;
}
