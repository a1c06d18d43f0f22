/**
 * Severity from scores, targets and watchlist hits, with the reasons that raised it. Rules,
 * in order of strength; the highest that applies wins, and a watchlist hit raises the
 * result by one level (never above high on its own).
 */
import type { CategoryScores, Severity } from './metadata.js';
import { severityLevels } from './metadata.js';

export interface SeverityInputs {
  readonly scores: CategoryScores;
  readonly hateDecided: boolean;
  readonly offensiveDecided: boolean;
  readonly groupCount: number;
  readonly targeted: boolean;
  readonly watchlistHitCount: number;
}

export interface SeverityResult {
  readonly severity: Severity;
  readonly reasons: string[];
}

export function assessSeverity(input: SeverityInputs): SeverityResult {
  const { scores } = input;
  const reasons: string[] = [];
  let level = 0;
  const raise = (to: number, reason: string) => {
    reasons.push(reason);
    level = Math.max(level, to);
  };
  if (scores.threat >= 0.8 && (input.targeted || input.groupCount > 0)) raise(3, 'threat>=0.8+target');
  if (scores.threat >= 0.6 && input.hateDecided) raise(3, 'threat>=0.6+hate_speech');
  if (scores.threat >= 0.5) raise(2, 'threat>=0.5');
  if (scores.hateSpeech >= 0.7) raise(2, 'hate_speech>=0.7');
  if (input.hateDecided && input.groupCount > 0) raise(2, 'hate_speech+group');
  if (input.hateDecided) raise(1, 'hate_speech');
  if (scores.harassment >= 0.5) raise(1, 'harassment>=0.5');
  if (input.offensiveDecided && input.targeted) raise(1, 'offensive+target');
  if (input.watchlistHitCount > 0) {
    reasons.push('watchlist');
    level = Math.max(level, Math.min(level + 1, 2));
  }
  return { severity: severityLevels[level] as Severity, reasons };
}
