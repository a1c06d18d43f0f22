/**
 * MinHash sketch over word 1- and 2-shingles and its LSH
 * bands. 64 hash functions in 16 bands of 4 rows: two texts become candidates with
 * probability 1 − (1 − J⁴)¹⁶ (J = 0.75 → 0.998, J = 0.5 → 0.64, J = 0.2 → 0.03).
 */
import { mix32 } from '../text/hash.js';
import { tokenHashes, type TokenHashes } from '../text/token-hashes.js';

export const minhashSize = 64;
export const lshBandCount = 16;
export const lshRowsPerBand = minhashSize / lshBandCount;
const emptySlot = 0xffffffff;

/** Per-function salts, fixed: part of the signature format. */
const salts = Uint32Array.from({ length: minhashSize }, (_, i) => mix32(0x9e3779b9 + Math.imul(i + 1, 0x85ebca6b)));

/**
 * Shingle hashes: words and word pairs, deduplicated. Words keep copies with a few words
 * swapped similar; pairs keep unrelated texts that share common words apart.
 */
function shingleHashes(hashes: TokenHashes): Set<number> {
  const set = new Set<number>(hashes.unigrams);
  for (const h of hashes.bigrams) set.add(h);
  return set;
}

/** The MinHash sketch (64 unsigned 32-bit minima). An empty text gives all 0xffffffff. */
export function minhashOfHashes(hashes: TokenHashes): Uint32Array {
  const sketch = new Uint32Array(minhashSize).fill(emptySlot);
  for (const base of shingleHashes(hashes)) {
    for (let i = 0; i < minhashSize; i++) {
      const h = mix32(base ^ (salts[i] as number));
      if (h < (sketch[i] as number)) sketch[i] = h;
    }
  }
  return sketch;
}

/** The MinHash sketch of tokens. */
export function minhash(tokens: readonly string[]): Uint32Array {
  return minhashOfHashes(tokenHashes(tokens));
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
