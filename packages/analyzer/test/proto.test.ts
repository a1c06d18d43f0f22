import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { continuum } from '../src/gen/analyzer.js';
import {
  AnalyzerError, analyze, decodeCampaigns, decodeHashtagSketch, decodePostMetadata, decodeRollup, decodeSignatureReports,
  defaultLimits, encodePostMetadata,
} from '../src/index.js';

const { PostMetadata } = continuum.analyzer.v1;
const decoders = { decodePostMetadata, decodeRollup, decodeHashtagSketch, decodeSignatureReports, decodeCampaigns };

describe('analyzer wire contract', () => {
  it('keeps the field numbers of version 1 (frozen bytes decode)', () => {
    // cid=1 "c", platform=2 "p", created_at_ms=4 5, severity=8 "low", hashtags=9 "a".
    const frozen = new Uint8Array([0x0a, 0x01, 0x63, 0x12, 0x01, 0x70, 0x20, 0x05, 0x42, 0x03, 0x6c, 0x6f, 0x77, 0x4a, 0x01, 0x61]);
    const decoded = PostMetadata.decode(frozen);
    expect(decoded).toMatchObject({ cid: 'c', platform: 'p', createdAtMs: 5, severity: 'low', hashtags: ['a'] });
  });

  it('turns every malformed input into DECODE_FAILED, never another error', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      for (const decode of Object.values(decoders)) {
        try {
          decode(bytes);
        } catch (error) {
          expect(AnalyzerError.is(error, 'DECODE_FAILED')).toBe(true);
        }
      }
    }), { numRuns: 300 });
  });

  it('rejects metadata with bad signatures or severity, and oversized input', () => {
    const m = analyze({ id: '1', platform: 'x', author: 'a', text: 'hello there friends', created_at: '2024-01-01T00:00:00Z' }, { nodeSecret: new Uint8Array(16) });
    const good = PostMetadata.decode(encodePostMetadata(m));
    const bad = (patch: object) => PostMetadata.encode({ ...good, ...patch }).finish();
    expect(() => decodePostMetadata(bad({ severity: 'apocalyptic' }))).toThrow(/severity/);
    expect(() => decodePostMetadata(bad({ signatures: { ...good.signatures, simhash: new Uint8Array(3) } }))).toThrow(/simhash/);
    expect(() => decodePostMetadata(bad({ signatures: { ...good.signatures, minhash: [1, 2] } }))).toThrow(/minhash/);
    expect(() => decodePostMetadata(new Uint8Array(10), { ...defaultLimits, maxEncodedBytes: 5 })).toThrow(/more than 5/);
  });
});
