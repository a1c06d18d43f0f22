import { describe, expect, it } from 'vitest';
import { continuum } from '../src/gen/analyzer.js';

const { PostMetadata } = continuum.analyzer.v1;

describe('analyzer wire contract', () => {
  it('round-trips post metadata', () => {
    const metadata = {
      cid: 'bafkreia', platform: 'mastodon', language: 'da', createdAtMs: 1_700_000_000_000,
      authorPseudonym: 'p:1', territory: 'DK-COPENHAGEN', severity: 'high', hashtags: ['a', 'b'],
      scores: { hateSpeech: 0.5, offensive: 0.25, threat: 0, harassment: 1 },
      simhash: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]),
    };
    const decoded = PostMetadata.toObject(PostMetadata.decode(PostMetadata.encode(metadata).finish()), { defaults: true, bytes: Array });
    expect(decoded).toEqual({ ...metadata, simhash: [1, 2, 3, 4, 5, 6, 7, 8] });
  });
});
