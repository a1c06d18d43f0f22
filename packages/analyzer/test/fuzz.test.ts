import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, categoryNames, decodePostMetadata, encodePostMetadata, severityLevels, validatePostLine } from '../src/index.js';

const secret = new Uint8Array(16).fill(3);

describe('analyze on arbitrary input', () => {
  it('never throws on a valid post and keeps every score in [0, 1]', () => {
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 400, unit: 'grapheme' }), fc.array(fc.stringMatching(/^[a-z0-9_]{1,12}$/), { maxLength: 5 }), (text, hashtags) => {
      const result = validatePostLine(JSON.stringify({ id: '1', platform: 'p', author: 'a', text, created_at: '2024-01-01T00:00:00Z', hashtags }));
      if (!result.ok) {
        expect(result.error.details.reason).toBe('empty_field');
        return;
      }
      const m = analyze(result.post, { nodeSecret: secret });
      for (const score of Object.values(m.scores)) expect(score >= 0 && score <= 1).toBe(true);
      expect(severityLevels).toContain(m.severity);
      for (const c of m.categories) expect(categoryNames).toContain(c);
      expect(m.signatures.simhash).toMatch(/^[0-9a-f]{16}$/);
      expect(decodePostMetadata(encodePostMetadata(m))).toEqual(m);
    }), { numRuns: 150 });
  });
});
