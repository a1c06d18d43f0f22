/** Classifier quality on the held-out validation split, beside a Davidson-style baseline trained in the same run. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Classifier, FeatureHasher, HashedLexicon, classNames, defaultClassifier, inHeldOutPart, parseCsv, parseDavidsonCsv, qualityReport,
  quantise, splitForValidation, textView, trainSoftmax, tuneDecisionOffsets,
  type LabelledText, type QualityReport, type SparseVector,
} from '@continuum/analyzer';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function datasetDir(): string | undefined {
  return [join(repoRoot, '..', 'shared', 'data', 'davidson2017'), join(repoRoot, '..', '..', 'shared', 'data', 'davidson2017')]
    .find((dir) => existsSync(join(dir, 'labeled_train.csv')));
}

export interface QualityResult {
  readonly shipped: QualityReport;
  readonly baseline?: QualityReport;
  readonly validationSize: number;
}

function lexiconOf(dir: string): [number, number][] {
  return parseCsv(readFileSync(join(dir, 'refined_ngram_dict.csv'), 'utf8')).slice(1)
    .filter((row) => (row[0] ?? '').trim() !== '')
    .map((row) => [HashedLexicon.key((row[0] as string).trim().toLowerCase()), Number(row[1])]);
}

/**
 * The anchor measured here: a model in the manner of Davidson et al. (logistic regression
 * over word n-grams, class-weighted; no character n-grams, lexicon or profanity signals),
 * trained on the same training split with the same offset tuning.
 */
function trainBaseline(train: readonly LabelledText[], lexicon: [number, number][]): Classifier {
  const weights = { word: 1, bigram: 1, char: 0, signal: 0 };
  const hasher = new FeatureHasher(17, new HashedLexicon(lexicon), weights);
  const vectorsOf = (rows: readonly LabelledText[]): SparseVector[] => rows.map((r) => hasher.featurize(textView(r.text)));
  const options = { dimensionBits: 17, classCount: 3, epochs: 6, learningRate: 0.1, l2: 1e-5, classWeights: [3, 1, 1.5], seed: 1 };
  const build = (rows: readonly LabelledText[], offsets: number[]) => {
    const trained = trainSoftmax(vectorsOf(rows), rows.map((r) => r.label), options);
    const q = quantise(trained.weights, 3);
    return new Classifier({ version: 'baseline', dimensionBits: 17, featureWeights: weights, weights: q.weights, scales: q.scales, biases: [...trained.biases], decisionOffsets: offsets, lexicon });
  };
  const fit = train.filter((r) => !inHeldOutPart(r.id, 15, 0x7a11));
  const tune = train.filter((r) => inHeldOutPart(r.id, 15, 0x7a11));
  const first = build(fit, [0, 0, 0]);
  const offsets = tuneDecisionOffsets(tune.map((r) => [...first.classify(textView(r.text)).probabilities]), tune.map((r) => r.label));
  return build(train, offsets);
}

function evaluate(classifier: Classifier, rows: readonly LabelledText[]): QualityReport {
  const decided = rows.map((r) => classNames.indexOf(classifier.classify(textView(r.text)).decided));
  return qualityReport(rows.map((r) => r.label), decided, classNames.length);
}

/** Undefined when the dataset is not beside the repository. */
export function measureQuality(withBaseline: boolean, quick = false): QualityResult | undefined {
  const dir = datasetDir();
  if (dir === undefined) return undefined;
  const rows = parseDavidsonCsv(readFileSync(join(dir, 'labeled_train.csv'), 'utf8'));
  const split = splitForValidation(rows);
  const train = split.train;
  // Quick mode (smoke test) checks the path on a slice; figures are not recorded then.
  const validation = quick ? split.validation.slice(0, 300) : split.validation;
  const shipped = evaluate(defaultClassifier(), validation);
  if (!withBaseline) return { shipped, validationSize: validation.length };
  const baselineModel = trainBaseline(train, lexiconOf(dir));
  const baseline = evaluate(baselineModel, validation);
  return { shipped, baseline, validationSize: validation.length };
}
