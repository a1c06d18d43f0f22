import { describe, expect, it } from 'vitest';
import { samplePosts } from '../src/samples/sample-posts.js';

const base = { territory: 'US-CA-SF', city: 'San Francisco', count: 2_000, startMs: Date.UTC(2026, 10, 1), gapMs: 1_000 };

describe('sample posts', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const a = [...samplePosts({ ...base, seed: 1 })].map((s) => s.post);
    const b = [...samplePosts({ ...base, seed: 1 })].map((s) => s.post);
    const c = [...samplePosts({ ...base, seed: 2 })].map((s) => s.post);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('mixes languages and kinds in roughly the asked shares', () => {
    const all = [...samplePosts({ ...base, seed: 7, threatShare: 0.05, campaignShare: 0.1 })];
    const count = (kind: string) => all.filter((s) => s.kind === kind).length;
    expect(count('threat') / all.length).toBeGreaterThan(0.03);
    expect(count('threat') / all.length).toBeLessThan(0.07);
    expect(count('campaign') / all.length).toBeGreaterThan(0.07);
    expect(new Set(all.map((s) => s.post.lang)).size).toBeGreaterThanOrEqual(5);
  });

  it('gives posts the ingest format with ordered ISO times and territory', () => {
    const posts = [...samplePosts({ ...base, seed: 3, count: 50 })].map((s) => s.post);
    for (const post of posts) {
      expect(new Date(post.created_at).toISOString()).toBe(post.created_at);
      expect(post.territory).toBe('US-CA-SF');
      expect(post.text.length).toBeGreaterThan(10);
    }
    expect(new Set(posts.map((p) => p.id)).size).toBe(posts.length);
  });
});
