/** From a post text to what the classifier reads; the same path in training and inference. */
import { detectLanguage, type DetectedLanguage } from '../features/language.js';
import { hasProfanity } from '../features/profanity.js';
import { decodeHtmlEntities, normalizeForModel, urlPattern, words } from '../text/normalize.js';
import { tokenHashes } from '../text/token-hashes.js';
import type { FeatureInput } from './features.js';

export interface TextView extends FeatureInput {
  readonly language: DetectedLanguage;
}

/** Language, normalised text, tokens and the profanity flag of a text. `langHint`: the platform's tag. */
export function textView(text: string, langHint?: string): TextView {
  const decoded = decodeHtmlEntities(text);
  // Language is detected without URLs, mentions and hashtags, which are not prose.
  const prose = decoded.replace(urlPattern, ' ').replace(/[@#][\p{L}\p{N}_]+/gu, ' ');
  const language = detectLanguage(prose, langHint);
  const normalized = normalizeForModel(text);
  const tokens = words(normalized);
  return { language, normalized, tokens, hashes: tokenHashes(tokens), profane: hasProfanity(normalized, language.language) };
}
