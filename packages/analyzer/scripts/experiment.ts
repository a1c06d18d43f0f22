/**
 * Model selection for the content classifier: for each configuration in a JSON file, the
 * 5-fold out-of-fold score on the TRAINING part only (the validation split is never
 * loaded here). Prints aggregated metrics only, never a text.
 *
 *   npx tsx --conditions continuum-source packages/analyzer/scripts/experiment.ts configs.json
 */
import { appendFileSync, readFileSync } from 'node:fs';
import {
  Classifier, FeatureHasher, HashedLexicon, decide, fnv1a32, quantise, qualityReport, splitForValidation, textView, trainSoftmax,
  tuneDecisionOffsets, type FeatureInput, type FeatureWeights, type LabelledText, type SparseVector, type TrainOptions,
} from '../src/index.js';
import { loadDataset } from './dataset.js';

export interface ExperimentConfig {
  readonly name: string;
  readonly featureWeights: FeatureWeights;
  readonly options: Partial<TrainOptions>;
  /** Mix the coders' vote shares half and half with the majority label. */
  readonly soft?: number;
  /** Seeds whose weights are averaged (default one). */
  readonly seeds?: number;
}

export const baseOptions: TrainOptions = { dimensionBits: 17, classCount: 3, epochs: 10, learningRate: 0.05, l2: 1e-5, classWeights: [3, 1, 1.5], seed: 20170301 };
export const foldCount = 5;
export const foldSalt = 0x7a11;

export function softTargets(rows: readonly LabelledText[], mix: number): number[][] {
  return rows.map((r) => {
    const votes = r.votes ?? [0, 0, 0];
    const total = votes[0] + votes[1] + votes[2];
    return [0, 1, 2].map((c) => (1 - mix) * (c === r.label ? 1 : 0) + mix * (total > 0 ? (votes[c] as number) / total : c === r.label ? 1 : 0));
  });
}

/** Mean float weights and biases over `seeds` trainings. */
export function averagedWeights(vectors: SparseVector[], labels: number[], options: TrainOptions, seeds: number, targets?: number[][]): { weights: Float32Array; biases: number[] } {
  let sum: Float32Array | undefined;
  const biases = [0, 0, 0];
  for (let s = 0; s < seeds; s++) {
    const trained = trainSoftmax(vectors, labels, { ...options, seed: options.seed + s }, targets);
    if (sum === undefined) sum = trained.weights;
    else for (let i = 0; i < sum.length; i++) sum[i] = (sum[i] as number) + (trained.weights[i] as number);
    trained.biases.forEach((b, c) => (biases[c] = (biases[c] as number) + b));
  }
  const weights = (sum as Float32Array).map((w) => w / seeds);
  return { weights, biases: biases.map((b) => b / seeds) };
}

/** Out-of-fold probabilities (quantised models, as shipped) for every training row. */
export function outOfFold(train: readonly LabelledText[], vectors: SparseVector[], lexicon: [number, number][], config: ExperimentConfig, options: TrainOptions): number[][] {
  const fold = train.map((r) => fnv1a32(r.id, foldSalt) % foldCount);
  const out = new Array<number[]>(train.length);
  for (let k = 0; k < foldCount; k++) {
    const inside = train.map((_, i) => i).filter((i) => fold[i] !== k);
    const rows = inside.map((i) => train[i] as LabelledText);
    const targets = config.soft === undefined ? undefined : softTargets(rows, config.soft);
    const { weights, biases } = averagedWeights(inside.map((i) => vectors[i] as SparseVector), rows.map((r) => r.label), options, config.seeds ?? 1, targets);
    const q = quantise(weights, 3);
    const model = new Classifier({ version: 'oof', dimensionBits: options.dimensionBits, featureWeights: config.featureWeights, weights: q.weights, scales: q.scales, biases, decisionOffsets: [0, 0, 0], lexicon });
    train.forEach((_, i) => {
      if (fold[i] === k) out[i] = [...model.classifyVector(vectors[i] as SparseVector).probabilities];
    });
  }
  return out;
}

/** The offsets (grid of 0.05) with the highest hate F1 among those keeping weighted F1 at or above `floor`. */
export function constrainedOffsets(probabilities: readonly (readonly number[])[], labels: readonly number[], floor: number): { offsets: number[]; hateF1: number; weightedF1: number } {
  let best = { offsets: [0, 0, 0], hateF1: -1, weightedF1: 0 };
  for (let hate = -1; hate <= 2.5001; hate += 0.05) {
    for (let offensive = -1; offensive <= 1.0001; offensive += 0.05) {
      const offsets = [Math.round(hate * 100) / 100, Math.round(offensive * 100) / 100, 0];
      const report = qualityReport(labels, decide(probabilities, offsets), 3);
      const hateF1 = report.perClass[0]?.f1 ?? 0;
      if (report.weightedF1 >= floor && hateF1 > best.hateF1 + 1e-9) best = { offsets, hateF1, weightedF1: report.weightedF1 };
    }
  }
  return best;
}

function main(): void {
  const configs = JSON.parse(readFileSync(process.argv[2] as string, 'utf8')) as ExperimentConfig[];
  const log = process.argv[3];
  const dataset = loadDataset();
  if (dataset === undefined) throw new Error('dataset not found');
  const { train } = splitForValidation(dataset.rows);
  const inputs: FeatureInput[] = train.map((r) => textView(r.text));
  const labels = train.map((r) => r.label);
  for (const config of configs) {
    const started = Date.now();
    const options = { ...baseOptions, ...config.options };
    const hasher = new FeatureHasher(options.dimensionBits, new HashedLexicon(dataset.lexicon), config.featureWeights);
    const vectors = inputs.map((input) => hasher.featurize(input));
    const probabilities = outOfFold(train, vectors, dataset.lexicon, config, options);
    const offsets = tuneDecisionOffsets(probabilities, labels);
    const r = qualityReport(labels, decide(probabilities, offsets), 3);
    const hate = r.perClass[0];
    const summary = `${config.name}\toof hate P ${hate?.precision.toFixed(3)} R ${hate?.recall.toFixed(3)} F1 ${hate?.f1.toFixed(4)}\twF1 ${r.weightedF1.toFixed(4)}\tsum ${((hate?.f1 ?? 0) + r.weightedF1).toFixed(4)}\toffsets ${JSON.stringify(offsets)}\t${((Date.now() - started) / 1000).toFixed(0)}s`;
    const frontier = [0.9, 0.905].map((floor) => {
      const best = constrainedOffsets(probabilities, labels, floor);
      return `hateF1|wF1>=${floor} ${best.hateF1.toFixed(4)} (wF1 ${best.weightedF1.toFixed(4)} ${JSON.stringify(best.offsets)})`;
    }).join('  ');
    const line = `${summary}\t${frontier}`;
    console.log(line);
    if (log !== undefined) appendFileSync(log, `${line}\n`);
  }
}

if (process.argv[1]?.endsWith('experiment.ts') === true) main();
