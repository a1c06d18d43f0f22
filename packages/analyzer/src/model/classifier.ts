/**
 * The content classifier: multinomial logistic regression over hashed features
 * (model/features.ts), weights quantised to int8 with one scale per class. Three classes,
 * as in Davidson et al. (2017): hate speech, offensive language, neither. Its plain linear
 * form is what lets federated nodes average models later.
 */
import { AnalyzerError } from '../errors.js';
import { HashedLexicon } from '../features/lexicon.js';
import { FeatureHasher, defaultFeatureWeights, type FeatureInput, type FeatureWeights, type SparseVector } from './features.js';

export const classNames = ['hate_speech', 'offensive', 'neither'] as const;
export type ClassName = (typeof classNames)[number];
export const classCount = classNames.length;

/** What a model artefact holds (see model/artefact/). */
export interface ModelArtefact {
  readonly version: string;
  readonly dimensionBits: number;
  readonly featureWeights?: FeatureWeights;
  /** Row-major int8 weights: bucket × class. */
  readonly weights: Int8Array;
  /** Per-class dequantisation scale: weight = int8 × scale. */
  readonly scales: readonly number[];
  readonly biases: readonly number[];
  /** Added to each class's log-probability before the argmax (tuned on held-out training data). */
  readonly decisionOffsets: readonly number[];
  /** The hashed lexicon: (hash, prophate) pairs. */
  readonly lexicon: readonly (readonly [number, number])[];
}

export interface Classification {
  /** Probabilities in class order (hate speech, offensive, neither); they sum to 1. */
  readonly probabilities: readonly [number, number, number];
  /** The decided class (argmax after the decision offsets). */
  readonly decided: ClassName;
}

export class Classifier {
  readonly version: string;
  readonly lexicon: HashedLexicon;
  private readonly hasher: FeatureHasher;
  private readonly weights: Float32Array;

  constructor(private readonly artefact: ModelArtefact) {
    const expected = 2 ** artefact.dimensionBits * classCount;
    if (artefact.weights.length !== expected) {
      throw new AnalyzerError('INVALID_MODEL', `model ${artefact.version} has ${artefact.weights.length} weights, expected ${expected}`, { reason: 'weight_count' });
    }
    if (artefact.scales.length !== classCount || artefact.biases.length !== classCount || artefact.decisionOffsets.length !== classCount) {
      throw new AnalyzerError('INVALID_MODEL', `model ${artefact.version} has per-class arrays of the wrong length`, { reason: 'class_count' });
    }
    this.version = artefact.version;
    this.lexicon = new HashedLexicon(artefact.lexicon);
    this.hasher = new FeatureHasher(artefact.dimensionBits, this.lexicon, artefact.featureWeights ?? defaultFeatureWeights);
    // Dequantised once: a float multiply-add per feature beats int8 + scale in the hot loop.
    this.weights = new Float32Array(expected);
    for (let i = 0; i < expected; i++) this.weights[i] = (artefact.weights[i] as number) * (artefact.scales[i % classCount] as number);
  }

  featurize(input: FeatureInput): SparseVector {
    return this.hasher.featurize(input);
  }

  /** Class probabilities and the decided class of one feature vector. */
  classifyVector(vector: SparseVector): Classification {
    const logits = [...this.artefact.biases];
    const { indices, values } = vector;
    for (let i = 0; i < indices.length; i++) {
      const base = (indices[i] as number) * classCount;
      const value = values[i] as number;
      logits[0] = (logits[0] as number) + (this.weights[base] as number) * value;
      logits[1] = (logits[1] as number) + (this.weights[base + 1] as number) * value;
      logits[2] = (logits[2] as number) + (this.weights[base + 2] as number) * value;
    }
    const probabilities = softmax(logits);
    let best = 0;
    for (let c = 1; c < classCount; c++) {
      const score = Math.log(probabilities[c] as number) + (this.artefact.decisionOffsets[c] as number);
      if (score > Math.log(probabilities[best] as number) + (this.artefact.decisionOffsets[best] as number)) best = c;
    }
    return { probabilities, decided: classNames[best] as ClassName };
  }

  classify(input: FeatureInput): Classification {
    return this.classifyVector(this.featurize(input));
  }
}

export function softmax(logits: readonly number[]): [number, number, number] {
  const max = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return [(exps[0] as number) / sum, (exps[1] as number) / sum, (exps[2] as number) / sum];
}
