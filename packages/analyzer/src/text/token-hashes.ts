/**
 * 32-bit hashes of a text's words and adjacent word pairs, computed once per post and
 * shared by the classifier's features and both signatures (pairs are combined from the
 * word hashes, so no pair string is ever built).
 */
import { fnv1a32, mix32 } from './hash.js';

export interface TokenHashes {
  readonly unigrams: Uint32Array;
  /** unigrams.length − 1 entries (0 for fewer than two words). */
  readonly bigrams: Uint32Array;
}

/** Hash of the ordered pair (a, b) of word hashes. */
export function pairHash(a: number, b: number): number {
  return mix32((Math.imul(a ^ 0x2545f491, 0x9e3779b1) + b) >>> 0);
}

export function tokenHashes(tokens: readonly string[]): TokenHashes {
  const unigrams = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) unigrams[i] = fnv1a32(tokens[i] as string);
  const bigrams = new Uint32Array(Math.max(0, tokens.length - 1));
  for (let i = 0; i < bigrams.length; i++) bigrams[i] = pairHash(unigrams[i] as number, unigrams[i + 1] as number);
  return { unigrams, bigrams };
}
