/**
 * The classifier's features, shared by training and inference: hashed word 1–2-grams,
 * hashed character 2–5-grams within words (with boundary marks), lexicon and profanity
 * signals, with the signed hashing trick, then scaled to unit L2 norm.
 */
import type { HashedLexicon } from '../features/lexicon.js';
import { fnv1a32, mix32 } from '../text/hash.js';
import { pairHash, type TokenHashes } from '../text/token-hashes.js';

export interface SparseVector {
  readonly indices: Int32Array;
  readonly values: Float32Array;
}

export interface FeatureInput {
  /** Text after `normalizeForModel`. */
  readonly normalized: string;
  /** `words(normalized)`. */
  readonly tokens: readonly string[];
  /** Whether the language-chosen profanity list matched. */
  readonly profane: boolean;
  /** `tokenHashes(tokens)`. */
  readonly hashes: TokenHashes;
}

/** Relative weight of each feature family (character n-grams are many, so weigh less). */
export interface FeatureWeights {
  readonly word: number;
  readonly bigram: number;
  readonly char: number;
  readonly signal: number;
  /** Word 3-grams (absent: none). */
  readonly trigram?: number;
  /** Davidson-style counts (mentions, URLs, hashtags, words, characters, retweet mark) as bucketed indicators (absent: none). */
  readonly meta?: number;
  /** Sublinear term frequency: each bucket's sum v becomes sign(v)·log(1 + |v|) before the L2 norm. */
  readonly sublinear?: boolean;
}

export const defaultFeatureWeights: FeatureWeights = Object.freeze({ word: 1, bigram: 1, char: 0.35, signal: 2 });

const signalHashes = {
  lexiconMax: fnv1a32('signal:lexicon-max', 3),
  lexiconSum: fnv1a32('signal:lexicon-sum', 3),
  lexiconCount: [0, 1, 2, 3].map((n) => fnv1a32(`signal:lexicon-count:${n}`, 3)),
  profane: fnv1a32('signal:profane:true', 3),
  clean: fnv1a32('signal:profane:false', 3),
  bias: fnv1a32('signal:bias', 3),
};

/** Bucket of a count: 0, 1, 2, 3–4, 5–8, 9–16, … (log scale). */
function countBucket(n: number): number {
  return n <= 2 ? n : 1 + Math.ceil(Math.log2(n));
}

/** Hashes of the Davidson-style count features of one text (mentions, URLs, hashtags, words, characters, retweet mark). */
function metaHashes(input: FeatureInput): number[] {
  let mentions = 0;
  let urls = 0;
  let retweet = 0;
  for (const token of input.tokens) {
    if (token === 'mentionhere') mentions++;
    else if (token === 'urlhere') urls++;
    else if (token === 'rt') retweet = 1;
  }
  let hashtags = 0;
  for (let i = 0; i < input.normalized.length; i++) if (input.normalized.charCodeAt(i) === 35) hashtags++;
  const counts = [mentions, urls, hashtags, input.tokens.length, Math.floor(input.normalized.length / 8), retweet];
  return counts.map((n, kind) => mix32(Math.imul(kind + 1, 0x9e3779b1) ^ (countBucket(n) * 0x85ebca6b) ^ 0x3e7a));
}

export class FeatureHasher {
  private readonly accumulator: Float64Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private readonly mask: number;

  /** `dimensionBits`: the feature space has 2^bits buckets. */
  constructor(readonly dimensionBits: number, private readonly lexicon: HashedLexicon, private readonly weights: FeatureWeights = defaultFeatureWeights) {
    const dimensions = 2 ** dimensionBits;
    this.accumulator = new Float64Array(dimensions);
    this.touched = new Int32Array(dimensions);
    this.mask = dimensions - 1;
  }

  private add(hash: number, value: number): void {
    const index = hash & this.mask;
    const signed = (hash & 0x80000000) === 0 ? value : -value;
    if (this.accumulator[index] === 0) this.touched[this.touchedCount++] = index;
    this.accumulator[index] = (this.accumulator[index] as number) + signed;
    // A sum that returns to exactly 0 stays listed; harmless (it contributes nothing).
  }

  private addCharGrams(token: string): void {
    const marked = ` ${token} `;
    for (let start = 0; start < marked.length - 1; start++) {
      let hash = 0x811c9dc5;
      for (let length = 1; length <= 5 && start + length <= marked.length; length++) {
        hash ^= marked.charCodeAt(start + length - 1);
        hash = Math.imul(hash, 0x01000193);
        if (length >= 2) this.add(mix32(hash ^ Math.imul(length, 0x9e3779b1)), this.weights.char);
      }
    }
  }

  /** The unit-norm feature vector of one text. */
  featurize(input: FeatureInput): SparseVector {
    const { tokens, hashes } = input;
    for (let i = 0; i < tokens.length; i++) {
      this.add(mix32((hashes.unigrams[i] as number) ^ 0x77a1), this.weights.word);
      if (i < hashes.bigrams.length && this.weights.bigram > 0) this.add(mix32((hashes.bigrams[i] as number) ^ 0x77a2), this.weights.bigram);
      if (this.weights.char > 0) this.addCharGrams(tokens[i] as string);
    }
    const trigram = this.weights.trigram ?? 0;
    if (trigram > 0) {
      for (let i = 0; i + 1 < hashes.bigrams.length; i++) this.add(pairHash(hashes.bigrams[i] as number, hashes.unigrams[i + 2] as number) ^ 0x77a3, trigram);
    }
    const meta = this.weights.meta ?? 0;
    if (meta > 0) for (const hash of metaHashes(input)) this.add(hash, meta);
    const lexicon = this.lexicon.match(tokens);
    this.add(signalHashes.lexiconMax, this.weights.signal * lexicon.maxHateShare);
    this.add(signalHashes.lexiconSum, this.weights.signal * Math.min(1, lexicon.sumHateShare));
    this.add(signalHashes.lexiconCount[Math.min(lexicon.count, 3)] as number, this.weights.signal * 0.5);
    this.add(input.profane ? signalHashes.profane : signalHashes.clean, this.weights.signal * 0.5);
    this.add(signalHashes.bias, 1);
    return this.flush();
  }

  private flush(): SparseVector {
    if (this.weights.sublinear === true) {
      for (let i = 0; i < this.touchedCount; i++) {
        const index = this.touched[i] as number;
        const v = this.accumulator[index] as number;
        this.accumulator[index] = v >= 0 ? Math.log1p(v) : -Math.log1p(-v);
      }
    }
    let norm = 0;
    for (let i = 0; i < this.touchedCount; i++) norm += (this.accumulator[this.touched[i] as number] as number) ** 2;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    const indices = new Int32Array(this.touchedCount);
    const values = new Float32Array(this.touchedCount);
    for (let i = 0; i < this.touchedCount; i++) {
      const index = this.touched[i] as number;
      indices[i] = index;
      values[i] = (this.accumulator[index] as number) * scale;
      this.accumulator[index] = 0;
    }
    this.touchedCount = 0;
    return { indices, values };
  }
}
