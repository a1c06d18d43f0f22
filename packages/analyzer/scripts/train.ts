/**
 * Trains the content classifier on labeled_train.csv and writes the committed artefact
 * (src/model/artefact/davidson-lr.ts, model/davidson-lr.json). Deterministic: the same
 * data and seed give the same weights. Prints only aggregated metrics, never a text.
 *
 *   npx tsx --conditions continuum-source packages/analyzer/scripts/train.ts [--dry-run]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  Classifier, FeatureHasher, HashedLexicon, classNames, decide, inHeldOutPart, quantise, qualityReport,
  splitForValidation, textView, trainSoftmax, tuneDecisionOffsets,
  type LabelledText, type ModelArtefact, type QualityReport, type SparseVector, type TrainOptions, type FeatureWeights,
} from '../src/index.js';
import { loadDataset } from './dataset.js';
import { artefactMetadata, artefactModule } from './paths.js';

export const modelVersion = 'davidson-lr-1';
const numberArg = (name: string, fallback: number) => {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  return found === undefined ? fallback : Number(found.split('=')[1]);
};
const options: TrainOptions = {
  dimensionBits: numberArg('bits', 17),
  classCount: 3,
  epochs: numberArg('epochs', 6),
  learningRate: numberArg('lr', 0.1),
  l2: numberArg('l2', 1e-5),
  classWeights: [numberArg('hate-weight', 3), 1, numberArg('neither-weight', 1.5)],
  seed: 20170301,
};
const featureWeights: FeatureWeights = {
  word: numberArg('w-word', 1), bigram: numberArg('w-bigram', 1), char: numberArg('w-char', 0.35), signal: numberArg('w-signal', 4),
};
const tuneSalt = 0x7a11;

function vectorsOf(rows: readonly LabelledText[], hasher: FeatureHasher): SparseVector[] {
  return rows.map((row) => hasher.featurize(textView(row.text)));
}

function probabilitiesOf(classifier: Classifier, vectors: readonly SparseVector[]): number[][] {
  return vectors.map((v) => [...classifier.classifyVector(v).probabilities]);
}

function artefactOf(vectors: SparseVector[], labels: number[], lexicon: [number, number][], offsets: number[]): ModelArtefact {
  const trained = trainSoftmax(vectors, labels, options);
  const { weights, scales } = quantise(trained.weights, 3);
  return { version: modelVersion, dimensionBits: options.dimensionBits, featureWeights, weights, scales, biases: [...trained.biases], decisionOffsets: offsets, lexicon };
}

function describe(report: QualityReport): string {
  const rows = classNames.map((name, c) => {
    const m = report.perClass[c];
    return `${name}: P ${m?.precision.toFixed(3)} R ${m?.recall.toFixed(3)} F1 ${m?.f1.toFixed(3)} (n=${m?.support})`;
  });
  return `${rows.join('\n')}\nmacro-F1 ${report.macroF1.toFixed(3)} weighted-F1 ${report.weightedF1.toFixed(3)} accuracy ${report.accuracy.toFixed(3)}`;
}

function main(): void {
  const dataset = loadDataset();
  if (dataset === undefined) throw new Error('dataset not found: expected <repo>/../shared/data/davidson2017/labeled_train.csv');
  const hasher = new FeatureHasher(options.dimensionBits, new HashedLexicon(dataset.lexicon), featureWeights);
  const { train, validation } = splitForValidation(dataset.rows);
  const fit = train.filter((r) => !inHeldOutPart(r.id, 15, tuneSalt));
  const tune = train.filter((r) => inHeldOutPart(r.id, 15, tuneSalt));
  console.log(`rows ${dataset.rows.length}: train ${train.length} (fit ${fit.length}, tune ${tune.length}), validation ${validation.length}`);

  // 1. Decision offsets, chosen on the tuning part with a model that never saw it.
  const fitModel = new Classifier(artefactOf(vectorsOf(fit, hasher), fit.map((r) => r.label), dataset.lexicon, [0, 0, 0]));
  const offsets = tuneDecisionOffsets(probabilitiesOf(fitModel, vectorsOf(tune, hasher)), tune.map((r) => r.label));
  console.log(`decision offsets ${JSON.stringify(offsets)}`);

  // 2. The final model on all training rows; quality on the validation part it never saw.
  const artefact = artefactOf(vectorsOf(train, hasher), train.map((r) => r.label), dataset.lexicon, offsets);
  const classifier = new Classifier(artefact);
  const validationLabels = validation.map((r) => r.label);
  const report = qualityReport(validationLabels, decide(probabilitiesOf(classifier, vectorsOf(validation, hasher)), offsets), 3);
  console.log(describe(report));
  if (process.argv.includes('--dry-run')) return;
  writeArtefact(artefact, report, { train: train.length, validation: validation.length });
}

function writeArtefact(artefact: ModelArtefact, report: QualityReport, sizes: { train: number; validation: number }): void {
  const metadata = {
    version: artefact.version,
    trainedAt: new Date().toISOString(),
    algorithm: 'multinomial logistic regression (AdaGrad), int8 per-class quantised weights',
    features: 'signed hashing of word 1-2-grams, char 2-5-grams within words, hashed refined n-gram lexicon, profanity by language; unit L2 norm',
    dimensionBits: artefact.dimensionBits,
    featureWeights,
    classes: classNames,
    options,
    scales: artefact.scales,
    biases: artefact.biases.map((b) => Math.round(b * 1e6) / 1e6),
    decisionOffsets: artefact.decisionOffsets,
    lexiconEntries: artefact.lexicon.length,
    data: { source: 'Davidson et al. 2017, labeled_train.csv', split: 'validation = fnv1a32(id, 0x5eed) % 100 < 15', ...sizes },
    validation: {
      perClass: Object.fromEntries(classNames.map((name, c) => [name, report.perClass[c]])),
      macroF1: report.macroF1,
      weightedF1: report.weightedF1,
      accuracy: report.accuracy,
    },
  };
  const base64 = Buffer.from(artefact.weights.buffer, artefact.weights.byteOffset, artefact.weights.byteLength).toString('base64');
  const { trainedAt: _trainedAt, ...stable } = metadata;
  const module = [
    '// Generated by packages/analyzer/scripts/train.ts: do not edit. The weights of the content classifier,',
    '// int8, base64; the lexicon as (FNV-1a hash of the n-gram, prophate) pairs, no words.',
    `export const metadata = ${JSON.stringify(stable)} as const;`,
    `export const lexicon: readonly (readonly [number, number])[] = ${JSON.stringify(artefact.lexicon)};`,
    `export const weightsBase64 = '${base64}';`,
    '',
  ].join('\n');
  mkdirSync(dirname(artefactModule), { recursive: true });
  mkdirSync(dirname(artefactMetadata), { recursive: true });
  writeFileSync(artefactModule, module);
  writeFileSync(artefactMetadata, `${JSON.stringify(metadata, null, 2)}\n`);
  console.log(`wrote ${artefactModule} (${module.length} bytes) and ${artefactMetadata}`);
}

main();
