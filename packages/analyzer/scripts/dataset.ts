/** Loads the dataset and the lexicon from disk (texts are never printed). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HashedLexicon, parseCsv, parseDavidsonCsv, type LabelledText } from '../src/index.js';
import { datasetDir } from './paths.js';

export interface Dataset {
  readonly rows: LabelledText[];
  /** (hash, prophate) pairs of the refined n-gram lexicon. */
  readonly lexicon: [number, number][];
}

export function loadDataset(): Dataset | undefined {
  const dir = datasetDir();
  if (dir === undefined) return undefined;
  const rows = parseDavidsonCsv(readFileSync(join(dir, 'labeled_train.csv'), 'utf8'));
  const lexiconRows = parseCsv(readFileSync(join(dir, 'refined_ngram_dict.csv'), 'utf8')).slice(1);
  const lexicon: [number, number][] = [];
  for (const [ngram, share] of lexiconRows) {
    if (ngram === undefined || share === undefined || ngram.trim() === '') continue;
    lexicon.push([HashedLexicon.key(ngram.trim().toLowerCase()), Math.round(Number(share) * 1e4) / 1e4]);
  }
  lexicon.sort((a, b) => a[0] - b[0]);
  return { rows, lexicon };
}
