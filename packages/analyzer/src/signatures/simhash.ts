/**
 * 64-bit SimHash (Charikar) over word 1- and 2-grams: near-copies differ in few bits,
 * unrelated texts in about half of the 64. Kept as 16 lower-case hex digits.
 */
import { mix32 } from '../text/hash.js';
import { tokenHashes, type TokenHashes } from '../text/token-hashes.js';

function addFeature(counts: Int32Array, feature: number): void {
  const high = mix32(feature ^ 0x5151a3a3);
  const low = mix32(feature ^ 0xa3a35151);
  for (let bit = 0; bit < 32; bit++) {
    counts[bit] = (counts[bit] as number) + (((high >>> bit) & 1) << 1) - 1;
    counts[32 + bit] = (counts[32 + bit] as number) + (((low >>> bit) & 1) << 1) - 1;
  }
}

/** SimHash of a text's word hashes, as 16 hex digits (high word first). */
export function simhashOfHashes(hashes: TokenHashes): string {
  const counts = new Int32Array(64);
  for (const h of hashes.unigrams) addFeature(counts, h);
  for (const h of hashes.bigrams) addFeature(counts, h);
  let high = 0;
  let low = 0;
  for (let bit = 0; bit < 32; bit++) {
    if ((counts[bit] as number) > 0) high |= 1 << bit;
    if ((counts[32 + bit] as number) > 0) low |= 1 << bit;
  }
  return (high >>> 0).toString(16).padStart(8, '0') + (low >>> 0).toString(16).padStart(8, '0');
}

/** SimHash of tokens. */
export function simhash64(tokens: readonly string[]): string {
  return simhashOfHashes(tokenHashes(tokens));
}

function popcount32(value: number): number {
  let v = value >>> 0;
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** Number of differing bits between two SimHashes (0–64). */
export function hammingDistance64(a: string, b: string): number {
  const ah = Number.parseInt(a.slice(0, 8), 16);
  const al = Number.parseInt(a.slice(8, 16), 16);
  const bh = Number.parseInt(b.slice(0, 8), 16);
  const bl = Number.parseInt(b.slice(8, 16), 16);
  return popcount32(ah ^ bh) + popcount32(al ^ bl);
}
