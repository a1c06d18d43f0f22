/**
 * A seeded generator of post streams at several simulated leaves, with planted campaigns
 * (near-copies of one template posted at K or more leaves within a window) and decoys
 * that must not be reported (near-copies at fewer than K leaves; near-copies at K leaves
 * spread far wider than the window). Same seed, same stream. Synthetic words only.
 */
import type { Post } from '../post/schema.js';
import { formatIsoTimestamp } from '../post/time.js';
import { mulberry32 } from '../text/hash.js';

export interface StreamOptions {
  readonly seed: number;
  readonly leaves: number;
  readonly backgroundPostsPerLeaf: number;
  readonly startMs: number;
  readonly durationMs: number;
  /** Planted campaigns, each at `campaignLeaves` leaves within `campaignSpanMs`. */
  readonly campaigns: number;
  readonly campaignLeaves: number;
  readonly campaignPostsPerLeaf: number;
  readonly campaignSpanMs: number;
  /** Near-copy clusters at `campaignLeaves − 1` leaves (below K). */
  readonly localDecoys: number;
  /** Near-copy clusters at `campaignLeaves` leaves spread over `slowSpanMs` (beyond W). */
  readonly slowDecoys: number;
  readonly slowSpanMs: number;
  /** Words a near-copy changes: 1 to this many (default 2). */
  readonly maxEdits?: number;
  /** Length range of campaign templates in words (default 14–22). */
  readonly templateWords?: readonly [number, number];
}

export interface StreamPost {
  readonly leaf: string;
  readonly post: Post;
  /** Index of the planted campaign, or undefined (background and decoys). */
  readonly campaign?: number;
}

const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'ze', 'pa', 'qui', 'dor', 'len', 'mar', 'tis', 'bel', 'fon', 'gra', 'hul', 'jex'];

function vocabulary(random: () => number, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const length = 1 + Math.floor(random() * 3);
    let word = '';
    for (let i = 0; i < length; i++) word += syllables[Math.floor(random() * syllables.length)];
    words.add(word);
  }
  return [...words];
}

export function generateStream(options: StreamOptions): StreamPost[] {
  const random = mulberry32(options.seed);
  const vocab = vocabulary(random, 3000);
  // Zipf-like choice: common words are common, as in real text.
  const word = () => vocab[Math.floor(vocab.length * random() ** 2.5)] as string;
  const sentence = (min: number, max: number) => Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, word);
  const leaves = Array.from({ length: options.leaves }, (_, i) => `leaf-${String(i).padStart(3, '0')}`);
  const out: StreamPost[] = [];
  let serial = 0;
  const emit = (leaf: string, text: string, atMs: number, campaign?: number) => {
    const post: Post = { id: `p${serial++}`, platform: 'sim', author: `u${Math.floor(random() * 5000)}`, text, created_at: formatIsoTimestamp(Math.floor(atMs)) };
    out.push(campaign === undefined ? { leaf, post } : { leaf, post, campaign });
  };
  const nearCopy = (template: readonly string[]) => {
    const copy = [...template];
    const edits = 1 + Math.floor(random() * (options.maxEdits ?? 2));
    for (let e = 0; e < edits; e++) copy[Math.floor(random() * copy.length)] = word();
    if (random() < 0.5) copy.push(`@u${Math.floor(random() * 5000)}`);
    return copy.join(' ');
  };
  const pickLeaves = (count: number) => [...leaves].sort(() => random() - 0.5).slice(0, count);
  const [shortest, longest] = options.templateWords ?? [14, 22];
  const cluster = (leafCount: number, spanMs: number, campaign?: number) => {
    const template = sentence(shortest, longest);
    const start = options.startMs + random() * Math.max(0, options.durationMs - spanMs);
    for (const leaf of pickLeaves(leafCount)) {
      for (let i = 0; i < options.campaignPostsPerLeaf; i++) emit(leaf, nearCopy(template), start + random() * spanMs, campaign);
    }
  };
  for (const leaf of leaves) {
    for (let i = 0; i < options.backgroundPostsPerLeaf; i++) emit(leaf, sentence(6, 24).join(' '), options.startMs + random() * options.durationMs);
  }
  for (let c = 0; c < options.campaigns; c++) cluster(options.campaignLeaves, options.campaignSpanMs, c);
  for (let d = 0; d < options.localDecoys; d++) cluster(options.campaignLeaves - 1, options.campaignSpanMs);
  for (let d = 0; d < options.slowDecoys; d++) {
    // One leaf at a time, each far apart: never K leaves inside one window.
    const template = sentence(shortest, longest);
    pickLeaves(options.campaignLeaves).forEach((leaf, k) => {
      for (let i = 0; i < options.campaignPostsPerLeaf; i++) emit(leaf, nearCopy(template), options.startMs + k * options.slowSpanMs + random() * 1000);
    });
  }
  return out.sort((a, b) => (a.post.created_at < b.post.created_at ? -1 : a.post.created_at > b.post.created_at ? 1 : 0));
}
