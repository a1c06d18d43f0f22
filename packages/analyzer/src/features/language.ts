/**
 * Language identification with eld (its "small" n-gram model ships inside the package,
 * 60 languages, ~90k texts/s here). Gives an ISO 639-1 code or `und`.
 */
import { eld } from 'eld/small';

export interface DetectedLanguage {
  /** ISO 639-1 code, or `und` when nothing was detected. */
  readonly language: string;
  /** Whether eld judged the result reliable (enough n-grams, clear margin). */
  readonly reliable: boolean;
}

/** Languages the detector can return. */
export const detectableLanguages: readonly string[] = Object.freeze(Object.values(eld.info().Languages));

/**
 * Detects the language of `text`. When detection is unreliable and the platform supplied a
 * tag (`hint`), the hint's primary subtag wins.
 */
export function detectLanguage(text: string, hint?: string): DetectedLanguage {
  const result = eld.detect(text);
  const reliable = result.language !== '' && result.isReliable();
  if (!reliable && hint !== undefined) {
    return { language: hint.split('-')[0]?.toLowerCase() ?? 'und', reliable: false };
  }
  return { language: result.language === '' ? 'und' : result.language, reliable };
}
