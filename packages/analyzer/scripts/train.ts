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
  Classifier, FeatureHasher, HashedLexicon, classNames, decide, fnv1a32, quantise, qualityReport,
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
  epochs: numberArg('epochs', 10),
  learningRate: numberArg('lr', 0.05),
  l2: numberArg('l2', 1e-5),
  classWeights: [numberArg('hate-weight', 3), 1, numberArg('neither-weight', 1.5)],
  seed: 20170301,
};
const featureWeights: FeatureWeights = {
  word: numberArg('w-word', 1), bigram: numberArg('w-bigram', 1), char: numberArg('w-char', 0.2), signal: numberArg('w-signal', 4),
};
const tuneSalt = 0x7a11;

function vectorsOf(rows: readonly LabelledText[], hasher: FeatureHasher): SparseVector[] {
  return rows.map((row) => hasher.featurize(textView(row.text)));
}

function probabilitiesOf(classifier: Classifier, vectors: readonly SparseVector[]): number[][] {
  return vectors.map((v) => [...classifier.classifyVector(v).probabilities]);
}

/** Weights averaged over `seeds` trainings (shuffle orders): lower variance, and the same averaging federated nodes would do. */
const softLabels = process.argv.includes('--soft');
/** With --soft, the coders' vote shares mixed half and half with the majority label. */
function targetsOf(rows: readonly LabelledText[]): number[][] | undefined {
  if (!softLabels) return undefined;
  return rows.map((r) => {
    const votes = r.votes ?? [0, 0, 0];
    const total = votes[0] + votes[1] + votes[2];
    return [0, 1, 2].map((c) => 0.5 * (c === r.label ? 1 : 0) + 0.5 * (total > 0 ? (votes[c] as number) / total : c === r.label ? 1 : 0));
  });
}

function averagedArtefact(vectors: SparseVector[], labels: number[], lexicon: [number, number][], offsets: number[], seeds: readonly number[], targets?: number[][]): ModelArtefact {
  let sum: Float32Array | undefined;
  const biases = [0, 0, 0];
  for (const seed of seeds) {
    const trained = trainSoftmax(vectors, labels, { ...options, seed }, targets);
    if (sum === undefined) sum = trained.weights.slice();
    else for (let i = 0; i < sum.length; i++) sum[i] = (sum[i] as number) + (trained.weights[i] as number);
    trained.biases.forEach((b, c) => (biases[c] = (biases[c] as number) + b));
  }
  const mean = (sum as Float32Array).map((w) => w / seeds.length);
  const { weights, scales } = quantise(mean, 3);
  return {
    version: modelVersion, dimensionBits: options.dimensionBits, featureWeights, weights, scales,
    biases: biases.map((b) => b / seeds.length), decisionOffsets: offsets, lexicon,
  };
}

const foldCount = 5;
const ensembleSeeds = process.argv.includes("--ensemble") ? [options.seed, options.seed + 1, options.seed + 2] : [options.seed];

/** Out-of-fold probabilities for every training row (each from a model that never saw it). */
function outOfFoldProbabilities(train: readonly LabelledText[], vectors: SparseVector[], lexicon: [number, number][]): number[][] {
  const fold = train.map((r) => fnv1a32(r.id, tuneSalt) % foldCount);
  const out: number[][] = new Array<number[]>(train.length);
  for (let k = 0; k < foldCount; k++) {
    const inside = train.map((_, i) => i).filter((i) => fold[i] !== k);
    const rows = inside.map((i) => train[i] as LabelledText);
    const model = new Classifier(averagedArtefact(inside.map((i) => vectors[i] as SparseVector), rows.map((r) => r.label), lexicon, [0, 0, 0], [options.seed], targetsOf(rows)));
    train.forEach((_, i) => {
      if (fold[i] === k) out[i] = [...model.classifyVector(vectors[i] as SparseVector).probabilities];
    });
  }
  return out;
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
  console.log(`rows ${dataset.rows.length}: train ${train.length}, validation ${validation.length}`);
  const trainVectors = vectorsOf(train, hasher);
  const trainLabels = train.map((r) => r.label);

  // 1. Decision offsets, chosen on out-of-fold probabilities (5 folds of the training part).
  const outOfFold = outOfFoldProbabilities(train, trainVectors, dataset.lexicon);
  const offsets = tuneDecisionOffsets(outOfFold, trainLabels);
  const oof = qualityReport(trainLabels, decide(outOfFold, offsets), 3);
  console.log(`decision offsets ${JSON.stringify(offsets)}; out-of-fold hate F1 ${oof.perClass[0]?.f1.toFixed(3)} weighted F1 ${oof.weightedF1.toFixed(3)} (model selection uses these, never validation)`);

  // 2. The final model on all training rows (3 seeds averaged); quality on the validation part it never saw.
  const artefact = averagedArtefact(trainVectors, trainLabels, dataset.lexicon, offsets, ensembleSeeds, targetsOf(train));
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
    ensembleSeeds,
    selection: 'final hyper-parameters chosen by the out-of-fold score on the training part (hate F1 + weighted F1); an earlier exploratory sweep (feature-space size, signal weight) looked at validation scores',
    offsetTuning: `${foldCount}-fold out-of-fold probabilities on the training part, grid maximising hate F1 + weighted F1`,
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
