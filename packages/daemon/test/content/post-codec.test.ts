import { decodePostMetadata, type Post } from '@continuum/analyzer';
import * as analyzer from '@continuum/analyzer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeStoredPost, encodePostBody, indexedFields, sealPostBody, storedPostFormat } from '../../src/content/post-codec.js';
import { ContinuumError } from '../../src/errors.js';
import { analyzeLines } from '../../src/ingest/analyze-lines.js';
import { samplePosts } from '../../src/samples/sample-posts.js';

const secret = new Uint8Array(32).fill(9);
const sampleLines = [...samplePosts({ seed: 5, territory: 'US-CA-SF', city: 'San Francisco', count: 60, startMs: Date.UTC(2026, 10, 21), gapMs: 1_000, threatShare: 0.1, campaignShare: 0.1, offensiveShare: 0.2 })]
  .map((s) => JSON.stringify(s.post));

function formatError(run: () => unknown): { key: string; reason: string; format?: number } {
  try {
    run();
  } catch (error) {
    if (ContinuumError.is(error, 'CONTENT_FORMAT')) return error.details;
    throw error;
  }
  throw new Error('expected CONTENT_FORMAT');
}

const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '');
const postArb: fc.Arbitrary<Post> = fc.record({
  id: text, platform: text, author: text, text: fc.string({ maxLength: 200 }), created_at: fc.constant('2026-11-21T10:00:00+01:00'),
  lang: fc.constantFrom('en', 'da', 'es-MX'), territory: fc.constantFrom('US-CA-SF', 'DK'), url: fc.constant('https://example.org/p/1'), reply_to: text,
  media: fc.array(text, { maxLength: 3 }), hashtags: fc.array(fc.stringMatching(/^[a-z0-9_]{1,10}$/), { maxLength: 3 }),
}, { requiredKeys: ['id', 'platform', 'author', 'text', 'created_at'] });

describe('stored post encoding', () => {
  it('round-trips the post, its fields, its metadata and the store time', () => {
    const { items } = analyzeLines(analyzer, sampleLines, 1, { nodeSecret: secret, territory: 'US-CA-SF' });
    expect(items.length).toBe(sampleLines.length);
    for (const [i, item] of items.entries()) {
      const value = sealPostBody(item.body, 1_700_000_000_000 + i);
      expect(value[0]).toBe(storedPostFormat);
      const stored = decodeStoredPost(item.fields.cid, value);
      expect(stored.post).toEqual(JSON.parse(sampleLines[i] as string));
      expect(stored.fields).toEqual(indexedFields(item.metadata));
      expect(decodePostMetadata(stored.metadata)).toEqual(item.metadata);
      expect(stored.storedAtMs).toBe(1_700_000_000_000 + i);
    }
  });

  it('keeps absent and empty optional fields apart (they give different CIDs)', () => {
    fc.assert(fc.property(postArb, fc.nat(2 ** 45), (post, storedAtMs) => {
      const fields = { cid: 'bafy-x', createdAtMs: 5, hashtags: ['a'], authorPseudonym: 'p' };
      const stored = decodeStoredPost('bafy-x', sealPostBody(encodePostBody(post, fields, new Uint8Array([1, 2, 3])), storedAtMs));
      expect(stored.post).toEqual(post);
      expect(analyzer.postCid(stored.post)).toBe(analyzer.postCid(post));
      expect(stored.metadata).toEqual(new Uint8Array([1, 2, 3]));
      expect(stored.storedAtMs).toBe(storedAtMs);
    }));
  });

  it('refuses a value of another format, an empty one, or one stored under another CID', () => {
    const fields = { cid: 'c1', createdAtMs: 1, hashtags: [], authorPseudonym: 'p' };
    const value = sealPostBody(encodePostBody({ id: '1', platform: 'x', author: 'a', text: 't', created_at: '2026-11-21T00:00:00Z' }, fields, new Uint8Array()), 7);
    expect(formatError(() => decodeStoredPost('c1', new TextEncoder().encode('{"post":{}}')))).toMatchObject({ key: 'c1', format: 1 });
    expect(formatError(() => decodeStoredPost('c1', Uint8Array.of(9, ...value.subarray(1))))).toMatchObject({ key: 'c1', format: 9 });
    expect(formatError(() => decodeStoredPost('c1', new Uint8Array()))).toMatchObject({ reason: 'empty value' });
    expect(formatError(() => decodeStoredPost('c2', value)).reason).toContain('holds the post of');
  });

  it('gives CONTENT_FORMAT, never another error, for a damaged value', () => {
    const { items } = analyzeLines(analyzer, sampleLines.slice(0, 1), 1, { nodeSecret: secret, territory: 'US-CA-SF' });
    const item = items[0] as (typeof items)[number];
    const value = sealPostBody(item.body, 3);
    expect(formatError(() => decodeStoredPost(item.fields.cid, value.subarray(0, value.length - 20))).format).toBe(storedPostFormat);
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(value.length - 1), (garbage, at) => {
      for (const bytes of [Uint8Array.of(storedPostFormat, ...garbage), Uint8Array.of(...value.subarray(0, at), ...garbage)]) {
        try {
          expect(decodeStoredPost(item.fields.cid, bytes).fields.cid).toBe(item.fields.cid);
        } catch (error) {
          expect(ContinuumError.is(error, 'CONTENT_FORMAT')).toBe(true);
        }
      }
    }));
  });
});
