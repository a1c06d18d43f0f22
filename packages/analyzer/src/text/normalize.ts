/**
 * Text normalisation shared by extraction, the classifier (training and inference) and
 * the signatures, so that every node sees the same tokens for the same text.
 */

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the HTML entities platforms leave in post text (`&amp;`, `&#8220;`, `&#x1F600;`). */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,6});/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return namedEntities[body.toLowerCase()] ?? whole;
  });
}

export const urlPattern = /\bhttps?:\/\/[^\s<>"']+|\bwww\.[^\s<>"']+/gi;
export const mentionPattern = /(^|[^\p{L}\p{N}_@])@([\p{L}\p{N}_]{1,64})/gu;
export const hashtagInTextPattern = /(^|[^\p{L}\p{N}_&#])#([\p{L}\p{N}_]{1,139})/gu;

/**
 * The classifier's view of a text: entities decoded, lower case, URLs and mentions replaced
 * by placeholder words (as Davidson et al. did), whitespace collapsed.
 */
export function normalizeForModel(text: string): string {
  return decodeHtmlEntities(text)
    .normalize('NFC')
    .replace(urlPattern, ' urlhere ')
    .replace(mentionPattern, '$1 mentionhere ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const wordPattern = /[\p{L}\p{N}_]+(?:'[\p{L}]+)?/gu;

/** Word tokens of a normalised text (letters, digits, `_`, inner apostrophes). */
export function words(normalized: string): string[] {
  return normalized.match(wordPattern) ?? [];
}
