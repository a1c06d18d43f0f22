/** Precision and recall of campaign detection against the campaigns planted in a stream. */
import type { Campaign } from '../aggregate/campaigns.js';

export interface DetectionScore {
  readonly planted: number;
  readonly detected: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/**
 * A detected campaign is a true positive when its representative belongs to a planted
 * campaign not matched before; anything else is a false positive.
 * `plantedOf`: report id (post CID) → planted campaign index, for planted posts only.
 */
export function scoreDetection(detected: readonly Campaign[], plantedOf: ReadonlyMap<string, number>, plantedCount: number): DetectionScore {
  const matched = new Set<number>();
  let falsePositives = 0;
  for (const campaign of detected) {
    const planted = plantedOf.get(campaign.representative);
    if (planted === undefined || matched.has(planted)) falsePositives++;
    else matched.add(planted);
  }
  const truePositives = matched.size;
  const precision = detected.length === 0 ? (plantedCount === 0 ? 1 : 0) : truePositives / detected.length;
  const recall = plantedCount === 0 ? 1 : truePositives / plantedCount;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { planted: plantedCount, detected: detected.length, truePositives, falsePositives, precision, recall, f1 };
}
