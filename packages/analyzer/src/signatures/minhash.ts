/**
 * MinHash sketch over word 2-shingles (1-shingles for texts under two words) and its LSH
 * bands. 64 hash functions in 16 bands of 4 rows: two texts become candidates with
 * probability 1 − (1 − J⁴)¹⁶ (J = 0.75 → 0.998, J = 0.5 → 0.64, J = 0.2 → 0.03).
 */
import { fnv1a32, mix32 } from '../text/hash.js';

export const minhashSize = 64;
export const lshBandCount = 16;
export const lshRowsPerBand = minhashSize / lshBandCount;
const emptySlot = 0xffffffff;

/** Per-function salts, fixed: part of the signature format. */
const salts = Uint32Array.from({ length: minhashSize }, (_, i) => mix32(0x9e3779b9 + Math.imul(i + 1, 0x85ebca6b)));

/** Word shingles of tokens: 2-grams, or the single word of a one-word text. */
export function shingles(tokens: readonly string[]): string[] {
  if (tokens.length < 2) return [...tokens];
  const out: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) out.push(`${tokens[i] as string} ${tokens[i + 1] as string}`);
  return out;
}

/** The MinHash sketch (64 unsigned 32-bit minima). An empty text gives all 0xffffffff. */
export function minhash(tokens: readonly string[]): Uint32Array {
  const sketch = new Uint32Array(minhashSize).fill(emptySlot);
  for (const shingle of new Set(shingles(tokens))) {
    const base = fnv1a32(shingle, 0x3141);
    for (let i = 0; i < minhashSize; i++) {
      const h = mix32(base ^ (salts[i] as number));
      if (h < (sketch[i] as number)) sketch[i] = h;
    }
  }
  return sketch;
}

/** Estimated Jaccard similarity of the shingle sets behind two sketches. */
export function estimatedJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let same = 0;
  for (let i = 0; i < minhashSize; i++) if (a[i] === b[i] && a[i] !== emptySlot) same++;
  return same / minhashSize;
}

/** LSH band keys: one 32-bit hash of each band's rows, salted by the band's index. */
export function lshBands(sketch: ArrayLike<number>): number[] {
  const bands: number[] = [];
  for (let band = 0; band < lshBandCount; band++) {
    let h = mix32(0xb5297a4d ^ band);
    for (let row = 0; row < lshRowsPerBand; row++) h = mix32(h ^ (sketch[band * lshRowsPerBand + row] as number));
    bands.push(h);
  }
  return bands;
}
