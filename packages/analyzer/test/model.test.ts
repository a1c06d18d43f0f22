import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  AnalyzerError, Classifier, classNames, decide, defaultClassifier, parseDavidsonCsv, qualityReport, shippedArtefact,
  shippedModelMetadata, splitForValidation, textView,
} from '../src/index.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const datasetFile = [join(repoRoot, '..', 'shared', 'data', 'davidson2017', 'labeled_train.csv'), join(repoRoot, '..', '..', 'shared', 'data', 'davidson2017', 'labeled_train.csv')].find(existsSync);
if (datasetFile === undefined) {
  console.warn('\n!!! SKIPPING the validation-quality test: the Davidson et al. dataset is not at <repo>/../shared/data/davidson2017 !!!\n');
}

/**
 * Floors for the committed model on the validation split (davidson-lr-2 reached the figures in
 * model/davidson-lr-2.json; the floors sit a standard error or so below: 180 hate tweets).
 */
const floors = { macroF1: 0.72, hateF1: 0.47, weightedF1: 0.88 };

describe('shipped classifier', () => {
  it('loads the committed, compact artefact', () => {
    const artefact = shippedArtefact();
    expect(artefact.weights.length).toBe(2 ** artefact.dimensionBits * 3);
    expect(artefact.weights.byteLength).toBeLessThan(2 * 1024 * 1024);
    expect(artefact.lexicon.length).toBeGreaterThan(100);
    expect(defaultClassifier().version).toBe(shippedModelMetadata.version);
  });

  it('gives probabilities that sum to one and calls friendly, hand-written posts neither hate nor threat', () => {
    const friendly = [
      'thank you to everyone who came to the community garden today',
      'the library opens late on thursdays, see you there',
      'congratulations to the school team on winning the regional final',
    ];
    for (const text of friendly) {
      const { probabilities, decided } = defaultClassifier().classify(textView(text));
      expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
      expect(probabilities[0]).toBeLessThan(0.3);
      expect(decided).not.toBe('hate_speech');
    }
  });

  it('rejects an artefact of the wrong size', () => {
    const artefact = shippedArtefact();
    expect(() => new Classifier({ ...artefact, weights: artefact.weights.subarray(1) })).toThrow(AnalyzerError);
    expect(() => new Classifier({ ...artefact, biases: [0] })).toThrow(/per-class/);
  });

  it.skipIf(datasetFile === undefined)('keeps validation hate-speech, weighted and macro F1 above their floors on the held-out split', () => {
    const rows = parseDavidsonCsv(readFileSync(datasetFile as string, 'utf8'));
    const { validation } = splitForValidation(rows);
    const classifier = defaultClassifier();
    const probabilities = validation.map((row) => [...classifier.classify(textView(row.text)).probabilities]);
    const report = qualityReport(validation.map((r) => r.label), decide(probabilities, shippedModelMetadata.decisionOffsets), classNames.length);
    expect(report.macroF1).toBeGreaterThan(floors.macroF1);
    expect(report.perClass[0]?.f1).toBeGreaterThan(floors.hateF1);
    expect(report.weightedF1).toBeGreaterThan(floors.weightedF1);
    // The recorded figures are what this artefact gives (no drift between training and inference).
    expect(report.macroF1).toBeCloseTo(shippedModelMetadata.validation.macroF1, 3);
    expect(report.perClass[0]?.f1).toBeCloseTo(shippedModelMetadata.validation.perClass.hate_speech.f1, 3);
  });
});
