import { describe, expect, it } from 'vitest';
import { Classifier, decide, FeatureHasher, HashedLexicon, mulberry32, parseCsv, quantise, textView, trainSoftmax, tuneDecisionOffsets } from '../src/index.js';

// A tiny synthetic task: class 0 texts use words a*, class 1 b*, class 2 c*.
function dataset(seed: number, count: number) {
  const random = mulberry32(seed);
  const hasher = new FeatureHasher(10, new HashedLexicon([]));
  const labels: number[] = [];
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    const label = i % 3;
    const prefix = ['alpha', 'bravo', 'charlie'][label] as string;
    texts.push(Array.from({ length: 6 }, () => (random() < 0.7 ? `${prefix}${Math.floor(random() * 5)}` : `noise${Math.floor(random() * 20)}`)).join(' '));
    labels.push(label);
  }
  return { vectors: texts.map((t) => hasher.featurize(textView(t))), labels };
}
const options = { dimensionBits: 10, classCount: 3, epochs: 5, learningRate: 0.1, l2: 1e-5, classWeights: [1, 1, 1], seed: 5 };

describe('training', () => {
  it('is deterministic for a seed and learns a separable task', () => {
    const { vectors, labels } = dataset(1, 300);
    const a = trainSoftmax(vectors, labels, options);
    const b = trainSoftmax(vectors, labels, options);
    expect(a.weights).toEqual(b.weights);
    expect(trainSoftmax(vectors, labels, { ...options, seed: 6 }).weights).not.toEqual(a.weights);
    const q = quantise(a.weights, 3);
    const classifier = new Classifier({ version: 't', dimensionBits: 10, weights: q.weights, scales: q.scales, biases: [...a.biases], decisionOffsets: [0, 0, 0], lexicon: [] });
    const test = dataset(2, 90);
    const predicted = decide(test.vectors.map((v) => [...classifier.classifyVector(v).probabilities]), [0, 0, 0]);
    const accuracy = predicted.filter((p, i) => p === test.labels[i]).length / predicted.length;
    expect(accuracy).toBeGreaterThan(0.9);
  });

  it('quantises within half a step of every weight', () => {
    const weights = Float32Array.from({ length: 30 }, (_, i) => Math.sin(i) * (i % 3 + 1));
    const q = quantise(weights, 3);
    weights.forEach((w, i) => expect(Math.abs((q.weights[i] as number) * (q.scales[i % 3] as number) - w)).toBeLessThanOrEqual((q.scales[i % 3] as number) / 2 + 1e-7));
  });

  it('tunes offsets that favour a class the probabilities under-call', () => {
    const probabilities = [[0.3, 0.7, 0], [0.35, 0.65, 0], [0.1, 0.9, 0], [0.05, 0.95, 0]];
    const offsets = tuneDecisionOffsets(probabilities, [0, 0, 1, 1]);
    expect(decide(probabilities, offsets)).toEqual([0, 0, 1, 1]);
  });

  it('parses RFC 4180 CSV with quotes, commas and newlines in fields', () => {
    expect(parseCsv('a,b\r\n"x, ""y""","line\nbreak"\n')).toEqual([['a', 'b'], ['x, "y"', 'line\nbreak']]);
  });
});

describe('training with soft targets', () => {
  it('equals label training when the targets are one-hot', () => {
    const { vectors, labels } = dataset(3, 60);
    const oneHot = labels.map((l) => [0, 1, 2].map((c) => (c === l ? 1 : 0)));
    expect(trainSoftmax(vectors, labels, options, oneHot).weights).toEqual(trainSoftmax(vectors, labels, options).weights);
  });
});

describe('epoch averaging', () => {
  it('is the plain result for one epoch, and the mean of the per-epoch weights otherwise', () => {
    const { vectors, labels } = dataset(4, 90);
    const one = { ...options, epochs: 1 };
    expect(trainSoftmax(vectors, labels, { ...one, averageEpochs: true }).weights).toEqual(trainSoftmax(vectors, labels, one).weights);
    // Two epochs: the mean of the one-epoch weights and the two-epoch weights (same seed, same shuffles).
    const two = { ...options, epochs: 2 };
    const first = trainSoftmax(vectors, labels, one).weights;
    const last = trainSoftmax(vectors, labels, two).weights;
    const mean = trainSoftmax(vectors, labels, { ...two, averageEpochs: true }).weights;
    mean.forEach((w, i) => expect(w).toBeCloseTo(((first[i] as number) + (last[i] as number)) / 2, 5));
  });
});

describe('optional feature families', () => {
  const lexicon = new HashedLexicon([]);
  const base = { word: 1, bigram: 1, char: 0.2, signal: 4 };
  const text = 'rt @someone look at this https://example.org #one #two words words words';
  const norm = (v: { values: Float32Array }) => Math.hypot(...v.values);

  it('adds word 3-grams and count features only when weighted, and keeps unit norm', () => {
    const plain = new FeatureHasher(14, lexicon, base).featurize(textView(text));
    const withTrigrams = new FeatureHasher(14, lexicon, { ...base, trigram: 0.5 }).featurize(textView(text));
    const withMeta = new FeatureHasher(14, lexicon, { ...base, meta: 0.5 }).featurize(textView(text));
    expect(withTrigrams.indices.length).toBeGreaterThan(plain.indices.length);
    expect(withMeta.indices.length).toBeGreaterThan(plain.indices.length);
    for (const v of [plain, withTrigrams, withMeta]) expect(norm(v)).toBeCloseTo(1, 5);
  });

  it('count features tell texts apart by their mentions, URLs and hashtags', () => {
    const hasher = new FeatureHasher(14, lexicon, { word: 0, bigram: 0, char: 0, signal: 0, meta: 1 });
    // Families weighted 0 may still list their buckets with value 0: compare the non-zero ones.
    const indices = (t: string) => {
      const v = hasher.featurize(textView(t));
      return [...v.indices].filter((_, i) => v.values[i] !== 0).sort((a, b) => a - b);
    };
    expect(indices('plain words here')).not.toEqual(indices('plain words @here'));
    expect(indices('plain words here')).not.toEqual(indices('plain words #here'));
    expect(indices('plain words here')).toEqual(indices('other words there'));
  });

  it('sublinear term frequency damps repeated words', () => {
    const words = { word: 1, bigram: 0, char: 0, signal: 0 };
    const repeated = 'again again again again other';
    const share = (sublinear: boolean) => {
      const hasher = new FeatureHasher(14, lexicon, { ...words, sublinear });
      const v = hasher.featurize(textView(repeated));
      return Math.max(...[...v.values].map(Math.abs));
    };
    expect(share(true)).toBeLessThan(share(false));
  });
});
