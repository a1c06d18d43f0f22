/**
 * The Davidson et al. (2017) labelled tweets as training examples, and the deterministic
 * split of them into training and validation parts (by a hash of the row id).
 */
import { AnalyzerError } from '../errors.js';
import { fnv1a32 } from '../text/hash.js';
import { parseCsv } from './csv.js';

export interface LabelledText {
  readonly id: string;
  /** 0 hate speech, 1 offensive language, 2 neither. */
  readonly label: number;
  readonly text: string;
  /** Coders' votes (hate speech, offensive, neither), when the file has them. */
  readonly votes?: readonly [number, number, number];
}

/** Parses `labeled_train.csv` (unnamed id column, count, votes, class, tweet). */
export function parseDavidsonCsv(csv: string): LabelledText[] {
  const rows = parseCsv(csv);
  const header = rows[0];
  const classColumn = header?.indexOf('class') ?? -1;
  const tweetColumn = header?.indexOf('tweet') ?? -1;
  const voteColumns = ['hate_speech', 'offensive_language', 'neither'].map((name) => header?.indexOf(name) ?? -1);
  if (classColumn < 0 || tweetColumn < 0) throw new AnalyzerError('INVALID_ARGUMENT', 'not the Davidson CSV: no class or tweet column', { argument: 'csv', reason: 'missing_columns' });
  const out: LabelledText[] = [];
  for (const row of rows.slice(1)) {
    const label = Number(row[classColumn]);
    const text = row[tweetColumn];
    if (text === undefined || !(label === 0 || label === 1 || label === 2)) continue;
    const votes = voteColumns.map((c) => Number(row[c])) as [number, number, number];
    const hasVotes = voteColumns.every((c) => c >= 0) && votes.every((v) => Number.isFinite(v) && v >= 0) && votes.some((v) => v > 0);
    out.push(hasVotes ? { id: row[0] ?? '', label, text, votes } : { id: row[0] ?? '', label, text });
  }
  return out;
}

/** Whether a row belongs to a held-out part: `percent`% of ids, chosen by hash with `salt`. */
export function inHeldOutPart(id: string, percent: number, salt: number): boolean {
  return fnv1a32(id, salt) % 100 < percent;
}

/** Seed of the validation split; the held-out rows are the same on every run. */
export const validationSalt = 0x5eed;
export const validationPercent = 15;

/** Splits into training and validation parts (15% validation, by id hash). */
export function splitForValidation<T extends { readonly id: string }>(rows: readonly T[]): { train: T[]; validation: T[] } {
  const train: T[] = [];
  const validation: T[] = [];
  for (const row of rows) (inHeldOutPart(row.id, validationPercent, validationSalt) ? validation : train).push(row);
  return { train, validation };
}
