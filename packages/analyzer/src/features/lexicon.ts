/**
 * The refined n-gram lexicon of Davidson et al. (1–4-grams with `prophate`, the share of
 * tweets holding the n-gram that coders judged hate speech), kept hashed: the artefact
 * stores FNV-1a hashes of the n-grams, never the words, so no slur is written out.
 */
import { fnv1a32 } from '../text/hash.js';

/** Seed of the n-gram hash, part of the lexicon's format. */
export const lexiconHashSeed = 0x1e7;

export interface LexiconMatch {
  /** Number of lexicon n-grams found. */
  readonly count: number;
  /** Highest `prophate` among them (0 when none). */
  readonly maxHateShare: number;
  /** Sum of their `prophate`. */
  readonly sumHateShare: number;
}

export class HashedLexicon {
  private readonly entries: Map<number, number>;

  /** `entries`: pairs of (hash of the n-gram, prophate). */
  constructor(entries: Iterable<readonly [number, number]>) {
    this.entries = new Map(entries);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Hash of an n-gram as the lexicon keys it (words joined by one space). */
  static key(ngram: string): number {
    return fnv1a32(ngram, lexiconHashSeed);
  }

  /** Finds every 1–4-gram of `tokens` that is in the lexicon. */
  match(tokens: readonly string[]): LexiconMatch {
    let count = 0;
    let maxHateShare = 0;
    let sumHateShare = 0;
    for (let i = 0; i < tokens.length; i++) {
      let gram = '';
      for (let n = 0; n < 4 && i + n < tokens.length; n++) {
        gram = n === 0 ? (tokens[i] as string) : `${gram} ${tokens[i + n] as string}`;
        const share = this.entries.get(HashedLexicon.key(gram));
        if (share === undefined) continue;
        count++;
        sumHateShare += share;
        if (share > maxHateShare) maxHateShare = share;
      }
    }
    return { count, maxHateShare, sumHateShare };
  }
}
