// Public API of @continuum/analyzer. Pure: no I/O, clock or ambient randomness.

// Errors and limits
export * from './errors.js';
export * from './limits.js';

// Posts: format, validation, canonical CID
export { validatePost, validatePostLine, territoryPattern, type Post, type PostResult } from './post/schema.js';
export { canonicalPost, encodeCanonicalPost, postCid, jsonCodecCode, sha256Code } from './post/canonical.js';
export { parseIsoTimestamp, formatIsoTimestamp } from './post/time.js';

// Analysis
export { analyze, type AnalyzeContext } from './analyze.js';
export * from './metadata.js';
export { Watchlist, type WatchlistInput, type WatchlistHit } from './features/watchlist.js';
export { Pseudonymizer, type PseudonymKind } from './features/pseudonym.js';
export { detectLanguage, detectableLanguages, type DetectedLanguage } from './features/language.js';
export { hasProfanity, profanityLanguages } from './features/profanity.js';
export { findGroups, groupLexiconVersion, type GroupCategory, type GroupMention } from './features/groups.js';
export { HashedLexicon, type LexiconMatch } from './features/lexicon.js';
export { assessSeverity, type SeverityInputs, type SeverityResult } from './severity.js';

// Model
export { Classifier, classNames, classCount, softmax, type ClassName, type Classification, type ModelArtefact } from './model/classifier.js';
export { FeatureHasher, defaultFeatureWeights, type FeatureInput, type FeatureWeights, type SparseVector } from './model/features.js';
export { textView, type TextView } from './model/input.js';
export { defaultClassifier, shippedArtefact, shippedModelMetadata } from './model/default-model.js';

// Signatures
export { simhash64, simhashOfHashes, hammingDistance64 } from './signatures/simhash.js';
export { minhash, minhashOfHashes, lshBands, estimatedJaccard, minhashSize, lshBandCount } from './signatures/minhash.js';
export { tokenHashes, pairHash, type TokenHashes } from './text/token-hashes.js';
export { normalizeForModel, words, decodeHtmlEntities } from './text/normalize.js';
export { fnv1a32, mix32, mulberry32, toHex, fromHex } from './text/hash.js';

// Aggregations above the leaf
export { Rollup, sumRollups, type RollupKey, type RollupRow, type RollupDimension } from './aggregate/rollup.js';
export { HashtagSketch, sumHashtagSketches, trendingHashtags, defaultHashtagSketchShape, type HashtagSketchShape, type HashtagCount, type TrendingHashtag } from './aggregate/hashtags.js';
export { ReportSet, reportFromMetadata, type SignatureReport } from './aggregate/reports.js';
export { detectCampaigns, campaignToReport, validateCampaignPolicy, type Campaign, type CampaignPolicy } from './aggregate/campaigns.js';

// Wire codecs
export { encodePostMetadata, decodePostMetadata } from './codec/metadata.js';
export {
  encodeRollup, decodeRollup, encodeHashtagSketch, decodeHashtagSketch, encodeSignatureReports, decodeSignatureReports,
  encodeCampaigns, decodeCampaigns,
} from './codec/aggregates.js';

// Training (pure parts; scripts/train.ts does the I/O)
export { parseCsv } from './training/csv.js';
export { parseDavidsonCsv, splitForValidation, inHeldOutPart, validationPercent, validationSalt, type LabelledText } from './training/dataset.js';
export { qualityReport, type ClassMetrics, type QualityReport } from './training/metrics.js';
export { trainSoftmax, quantise, decide, tuneDecisionOffsets, type TrainOptions, type TrainedWeights, type QuantisedWeights } from './training/train.js';

// Simulation (tests and benchmarks)
export { generateStream, type StreamOptions, type StreamPost } from './sim/stream.js';
export { scoreDetection, type DetectionScore } from './sim/score.js';
