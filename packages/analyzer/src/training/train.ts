/**
 * Training of the softmax classifier: AdaGrad over sparse unit-norm vectors, L2 on the
 * touched weights, class weights against imbalance, a seeded shuffle each epoch (same
 * seed and data, same model). Then int8 quantisation, and decision offsets tuned on a
 * held-out part of the training data.
 */
import type { SparseVector } from '../model/features.js';
import { mulberry32 } from '../text/hash.js';
import { qualityReport } from './metrics.js';

export interface TrainOptions {
  readonly dimensionBits: number;
  readonly classCount: number;
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  /** Weight of each class's examples in the loss. */
  readonly classWeights: readonly number[];
  readonly seed: number;
  /** Return the mean of the weights at the end of each epoch (Polyak-style averaging) instead of the last. */
  readonly averageEpochs?: boolean;
}

export interface TrainedWeights {
  readonly weights: Float32Array;
  readonly biases: Float32Array;
}

function shuffled(count: number, random: () => number): Int32Array {
  const order = Int32Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i] as number;
    order[i] = order[j] as number;
    order[j] = t;
  }
  return order;
}

/**
 * `targets` (optional): a distribution over classes per example (e.g. the coders' vote
 * shares) to learn instead of the one-hot label; class weights still follow the label.
 */
export function trainSoftmax(vectors: readonly SparseVector[], labels: readonly number[], options: TrainOptions, targets?: readonly (readonly number[])[]): TrainedWeights {
  const k = options.classCount;
  const weights = new Float32Array(2 ** options.dimensionBits * k);
  const squares = new Float32Array(weights.length).fill(1e-6);
  const biases = new Float32Array(k);
  const biasSquares = new Float32Array(k).fill(1e-6);
  const random = mulberry32(options.seed);
  const logits = new Float64Array(k);
  const averaged = options.averageEpochs === true ? { weights: new Float32Array(weights.length), biases: new Float32Array(k) } : undefined;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const n of shuffled(vectors.length, random)) {
      const { indices, values } = vectors[n] as SparseVector;
      const label = labels[n] as number;
      const classWeight = options.classWeights[label] ?? 1;
      for (let c = 0; c < k; c++) logits[c] = biases[c] as number;
      for (let i = 0; i < indices.length; i++) {
        const base = (indices[i] as number) * k;
        for (let c = 0; c < k; c++) logits[c] = (logits[c] as number) + (weights[base + c] as number) * (values[i] as number);
      }
      let max = -Infinity;
      for (let c = 0; c < k; c++) max = Math.max(max, logits[c] as number);
      let sum = 0;
      for (let c = 0; c < k; c++) {
        logits[c] = Math.exp((logits[c] as number) - max);
        sum += logits[c] as number;
      }
      for (let c = 0; c < k; c++) {
        const target = targets === undefined ? (c === label ? 1 : 0) : ((targets[n] as readonly number[])[c] as number);
        const gradient = classWeight * ((logits[c] as number) / sum - target);
        biasSquares[c] = (biasSquares[c] as number) + gradient * gradient;
        biases[c] = (biases[c] as number) - (options.learningRate * gradient) / Math.sqrt(biasSquares[c] as number);
        for (let i = 0; i < indices.length; i++) {
          const w = (indices[i] as number) * k + c;
          const g = gradient * (values[i] as number) + options.l2 * (weights[w] as number);
          squares[w] = (squares[w] as number) + g * g;
          weights[w] = (weights[w] as number) - (options.learningRate * g) / Math.sqrt(squares[w] as number);
        }
      }
    }
    if (averaged !== undefined) {
      for (let i = 0; i < weights.length; i++) averaged.weights[i] = (averaged.weights[i] as number) + (weights[i] as number) / options.epochs;
      for (let c = 0; c < k; c++) averaged.biases[c] = (averaged.biases[c] as number) + (biases[c] as number) / options.epochs;
    }
  }
  return averaged ?? { weights, biases };
}

export interface QuantisedWeights {
  readonly weights: Int8Array;
  readonly scales: number[];
}

/** int8 per class: weight ≈ q × scale, scale = max |weight| / 127. */
export function quantise(weights: Float32Array, classCount: number): QuantisedWeights {
  const scales = new Array<number>(classCount).fill(0);
  for (let i = 0; i < weights.length; i++) {
    const c = i % classCount;
    scales[c] = Math.max(scales[c] as number, Math.abs(weights[i] as number));
  }
  for (let c = 0; c < classCount; c++) scales[c] = (scales[c] as number) / 127 || 1;
  const out = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) out[i] = Math.round((weights[i] as number) / (scales[i % classCount] as number));
  return { weights: out, scales };
}

/** The argmax of log p + offset, per example. */
export function decide(probabilities: readonly (readonly number[])[], offsets: readonly number[]): number[] {
  return probabilities.map((p) => {
    let best = 0;
    for (let c = 1; c < p.length; c++) {
      if (Math.log(p[c] as number) + (offsets[c] as number) > Math.log(p[best] as number) + (offsets[best] as number)) best = c;
    }
    return best;
  });
}

/**
 * Offsets for the hate-speech and offensive classes (neither stays 0), chosen on a grid to
 * maximise hate-speech F1 plus weighted F1: the two aims of the issue, equally weighted.
 */
export function tuneDecisionOffsets(probabilities: readonly (readonly number[])[], labels: readonly number[]): number[] {
  let best = [0, 0, 0];
  let bestScore = -Infinity;
  for (let hate = -1; hate <= 2.5001; hate += 0.1) {
    for (let offensive = -1; offensive <= 1.0001; offensive += 0.1) {
      const offsets = [hate, offensive, 0];
      const report = qualityReport(labels, decide(probabilities, offsets), 3);
      const score = (report.perClass[0]?.f1 ?? 0) + report.weightedF1;
      if (score > bestScore + 1e-9) {
        bestScore = score;
        best = offsets.map((o) => Math.round(o * 100) / 100);
      }
    }
  }
  return best;
}
