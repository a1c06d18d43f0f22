/** From the classifier's output and the rule scores to categories, primary category and severity. */
import { ruleScores } from './features/categories.js';
import type { GroupMention } from './features/groups.js';
import type { Category, CategoryScores, PrimaryCategory, Severity } from './metadata.js';
import type { Classification } from './model/classifier.js';
import type { TextView } from './model/input.js';
import { assessSeverity } from './severity.js';

/** A rule score at or above this puts the post in that category. */
export const ruleCategoryThreshold = 0.5;

export interface CategorizeInputs {
  readonly classification: Classification;
  readonly view: TextView;
  readonly groups: readonly GroupMention[];
  readonly watchlistHitCount: number;
  readonly mentionCount: number;
  readonly isReply: boolean;
}

export interface Judgement {
  readonly scores: CategoryScores;
  readonly categories: Category[];
  readonly primaryCategory: PrimaryCategory;
  readonly severity: Severity;
  readonly severityReasons: string[];
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

export function categorize(input: CategorizeInputs): Judgement {
  const [hate, offensive, neither] = input.classification.probabilities;
  const rules = ruleScores({
    tokens: input.view.tokens, abuseProbability: 1 - neither, profane: input.view.profane,
    mentionCount: input.mentionCount, groupCount: input.groups.length, isReply: input.isReply,
  });
  const scores: CategoryScores = { hateSpeech: round(hate), offensive: round(offensive), threat: rules.threat, harassment: rules.harassment };
  const hateDecided = input.classification.decided === 'hate_speech';
  const offensiveDecided = input.classification.decided === 'offensive';
  const categories: Category[] = [];
  if (hateDecided) categories.push('hate_speech');
  if (offensiveDecided) categories.push('offensive');
  if (rules.threat >= ruleCategoryThreshold) categories.push('threat');
  if (rules.harassment >= ruleCategoryThreshold) categories.push('harassment');
  // Counted once, under the gravest category that applies.
  const primaryCategory: PrimaryCategory = (['threat', 'hate_speech', 'harassment', 'offensive'] as const).find((c) => categories.includes(c)) ?? 'none';
  const { severity, reasons } = assessSeverity({
    scores, hateDecided, offensiveDecided, groupCount: input.groups.length,
    targeted: rules.addressesSomeone || input.mentionCount > 0 || input.isReply, watchlistHitCount: input.watchlistHitCount,
  });
  return { scores, categories, primaryCategory, severity, severityReasons: reasons };
}
