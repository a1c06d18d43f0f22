/** The classifier shipped in the package (trained by scripts/train.ts), loaded once on first use. */
import { base64 } from 'multiformats/bases/base64';
import { lexicon, metadata, weightsBase64 } from './artefact/davidson-lr.js';
import { Classifier, type ModelArtefact } from './classifier.js';

let shipped: Classifier | undefined;

/** The shipped model's artefact (weights decoded from the module). */
export function shippedArtefact(): ModelArtefact {
  const bytes = base64.baseDecode(weightsBase64);
  return {
    version: metadata.version,
    dimensionBits: metadata.dimensionBits,
    featureWeights: metadata.featureWeights,
    weights: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    scales: metadata.scales,
    biases: metadata.biases,
    decisionOffsets: metadata.decisionOffsets,
    lexicon,
  };
}

/** The shipped classifier. */
export function defaultClassifier(): Classifier {
  return (shipped ??= new Classifier(shippedArtefact()));
}

/** Validation quality recorded when the shipped model was trained. */
export const shippedModelMetadata = metadata;
