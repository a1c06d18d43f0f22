/** Classification quality: per-class precision, recall and F1, macro and weighted F1. */

export interface ClassMetrics {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

export interface QualityReport {
  readonly perClass: readonly ClassMetrics[];
  readonly macroF1: number;
  readonly weightedF1: number;
  readonly accuracy: number;
  /** confusion[actual][predicted] */
  readonly confusion: readonly (readonly number[])[];
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function qualityReport(actual: readonly number[], predicted: readonly number[], classCount: number): QualityReport {
  const confusion = Array.from({ length: classCount }, () => new Array<number>(classCount).fill(0));
  for (let i = 0; i < actual.length; i++) {
    const row = confusion[actual[i] as number];
    if (row) row[predicted[i] as number] = (row[predicted[i] as number] ?? 0) + 1;
  }
  const perClass: ClassMetrics[] = [];
  let correct = 0;
  for (let c = 0; c < classCount; c++) {
    const truePositive = confusion[c]?.[c] ?? 0;
    correct += truePositive;
    const support = (confusion[c] ?? []).reduce((a, b) => a + b, 0);
    const predictedCount = confusion.reduce((a, row) => a + (row[c] ?? 0), 0);
    const precision = ratio(truePositive, predictedCount);
    const recall = ratio(truePositive, support);
    perClass.push({ precision, recall, f1: ratio(2 * precision * recall, precision + recall), support });
  }
  const total = actual.length;
  return {
    perClass,
    macroF1: perClass.reduce((a, m) => a + m.f1, 0) / classCount,
    weightedF1: ratio(perClass.reduce((a, m) => a + m.f1 * m.support, 0), total),
    accuracy: ratio(correct, total),
    confusion,
  };
}
