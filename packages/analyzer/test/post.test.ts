import { createHash } from 'node:crypto';
import { CID } from 'multiformats/cid';
import { create as createDigest } from 'multiformats/hashes/digest';
import { describe, expect, it } from 'vitest';
import { AnalyzerError, defaultLimits, encodeCanonicalPost, jsonCodecCode, sha256Code, formatIsoTimestamp, parseIsoTimestamp, postCid, validatePostLine, type Post } from '../src/index.js';

const FROZEN = 'bagaaieraziytkud6vpbtlw3ybpfp7c5vt5titoppuvsmqy6f26nzfwqchdna';
const base: Post = { id: '42', platform: 'mastodon', author: 'alice', text: 'Hello city', created_at: '2024-05-01T10:00:00Z' };
const line = (value: unknown) => JSON.stringify(value);

function reasonOf(text: string): string | undefined {
  const result = validatePostLine(text, 7);
  if (result.ok) return undefined;
  expect(result.error).toBeInstanceOf(AnalyzerError);
  expect(result.error.details.line).toBe(7);
  return result.error.details.reason;
}

describe('post validator', () => {
  it('accepts a full post and keeps every field', () => {
    const full = { ...base, lang: 'en-GB', territory: 'US-CA-SF', url: 'https://ex.org/p/1', reply_to: '41', media: ['ipfs://bafy'], hashtags: ['#news', 'vote'] };
    const result = validatePostLine(line(full), 1);
    expect(result.ok && result.post).toEqual(full);
  });

  const cases: [string, string, string][] = [
    ['line_too_long', 'x'.repeat(defaultLimits.maxPostLineChars + 1), ''],
    ['not_json', '{"id":', ''],
    ['not_object', '[1,2]', ''],
    ['unknown_field', line({ ...base, extra: 1 }), 'extra'],
    ['missing_field', line({ ...base, author: undefined }), 'author'],
    ['wrong_type', line({ ...base, id: 42 }), 'id'],
    ['empty_field', line({ ...base, text: '   ' }), 'text'],
    ['field_too_long', line({ ...base, author: 'a'.repeat(defaultLimits.maxFieldChars + 1) }), 'author'],
    ['text_too_long', line({ ...base, text: 'a'.repeat(defaultLimits.maxTextChars + 1) }), 'text'],
    ['bad_timestamp', line({ ...base, created_at: '2024-02-30T10:00:00Z' }), 'created_at'],
    ['bad_language', line({ ...base, lang: 'english!' }), 'lang'],
    ['bad_territory', line({ ...base, territory: 'us/ca' }), 'territory'],
    ['bad_url', line({ ...base, url: 'ftp://x' }), 'url'],
    ['bad_hashtag', line({ ...base, hashtags: ['#no spaces'] }), 'hashtags'],
    ['too_many_hashtags', line({ ...base, hashtags: Array.from({ length: defaultLimits.maxHashtagsCount + 1 }, (_, i) => `t${i}`) }), 'hashtags'],
    ['too_many_media', line({ ...base, media: Array.from({ length: defaultLimits.maxMediaCount + 1 }, (_, i) => `m${i}`) }), 'media'],
    ['inline_media', line({ ...base, media: ['data:image/png;base64,AAAA'] }), 'media'],
  ];
  it.each(cases)('rejects %s with its reason and field', (reason, text, field) => {
    expect(reasonOf(text)).toBe(reason);
    const result = validatePostLine(text, 7);
    if (!result.ok && field !== '') expect(result.error.details.field).toBe(field);
    if (!result.ok) expect(JSON.parse(JSON.stringify(result.error))).toMatchObject({ code: 'INVALID_POST', details: { reason } });
  });

  it('rejects wrong element types in arrays and a timestamp without zone', () => {
    expect(reasonOf(line({ ...base, media: [1] }))).toBe('wrong_type');
    expect(reasonOf(line({ ...base, hashtags: 'news' }))).toBe('wrong_type');
    expect(reasonOf(line({ ...base, created_at: '2024-05-01T10:00:00' }))).toBe('bad_timestamp');
    expect(reasonOf(line({ ...base, text: null }))).toBe('missing_field');
  });
});

describe('ISO timestamps without Date', () => {
  it('parse zones and format canonically', () => {
    expect(parseIsoTimestamp('2024-05-01T12:00:00+02:00')).toBe(parseIsoTimestamp('2024-05-01T10:00:00Z'));
    expect(formatIsoTimestamp(parseIsoTimestamp('2000-02-29T23:59:59.5-01:00') as number)).toBe('2000-03-01T00:59:59.500Z');
    expect(parseIsoTimestamp('2023-02-29T00:00:00Z')).toBeUndefined();
  });
});

describe('canonical CID', () => {
  it('hashes the canonical JSON with sha2-256 into a CID v1 (checked with node:crypto)', () => {
    const canonical = '{"author":"alice","created_at":"2024-05-01T10:00:00.000Z","id":"42","platform":"mastodon","text":"Hello city"}';
    expect(new TextDecoder().decode(encodeCanonicalPost(base))).toBe(canonical);
    const digest = createHash('sha256').update(canonical).digest();
    const expected = CID.createV1(jsonCodecCode, createDigest(sha256Code, new Uint8Array(digest))).toString();
    expect(postCid(base)).toBe(expected);
    // Frozen: a change of encoding would orphan every stored post.
    expect(postCid(base)).toBe(FROZEN);
  });

  it('does not depend on field order, zone notation or Unicode normal form', () => {
    const reordered = JSON.parse('{"text":"Hello city","created_at":"2024-05-01T12:00:00+02:00","author":"alice","platform":"mastodon","id":"42"}') as Post;
    expect(postCid(reordered)).toBe(postCid(base));
    expect(postCid({ ...base, text: 'Caf\u00e9' })).toBe(postCid({ ...base, text: 'Cafe\u0301' }));
  });

  it('changes with any field', () => {
    const cids = new Set([base, { ...base, text: 'Hello city!' }, { ...base, author: 'bob' }, { ...base, lang: 'en' }, { ...base, hashtags: ['a'] }].map(postCid));
    expect(cids.size).toBe(5);
  });
});
