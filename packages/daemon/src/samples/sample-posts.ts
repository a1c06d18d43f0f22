import { campaignTemplate, everydayPhrases, hashtagsByTopic, offensivePhrases, threatPhrases } from './phrases.js';
import { createPrng, type Prng } from './prng.js';

/** A post in the NDJSON ingest format (see @continuum/analyzer). */
export interface SamplePost {
  readonly id: string;
  readonly platform: string;
  readonly author: string;
  readonly text: string;
  readonly created_at: string;
  readonly lang: string;
  readonly territory: string;
  readonly hashtags: readonly string[];
  readonly url?: string;
}

export type SampleKind = 'everyday' | 'offensive' | 'threat' | 'campaign';

export interface SampleOptions {
  readonly seed: number;
  /** The leaf's territory id, e.g. US-CA-SF. */
  readonly territory: string;
  /** A readable city name for the texts. */
  readonly city: string;
  readonly count: number;
  /** Time of the first post (ms since the epoch) and the average gap between posts. */
  readonly startMs: number;
  readonly gapMs: number;
  /** Shares of the stream (the rest is everyday talk). */
  readonly offensiveShare?: number;
  readonly threatShare?: number;
  readonly campaignShare?: number;
}

const platforms = ['mastodon', 'bluesky', 'forum', 'telegram'] as const;
const places = ['Main Street', 'Harbor Road', 'Elm Park', 'Station Square'];
const lines = ['4', '12', 'N', 'B'];

function fill(template: string, prng: Prng, city: string): string {
  return template
    .replaceAll('{place}', prng.pick(places))
    .replaceAll('{line}', prng.pick(lines))
    .replaceAll('{city}', city)
    .replaceAll('{cityTag}', city.replace(/[^A-Za-z]/g, ''));
}

/** Small edits that campaign operators make so copies are not byte-identical. */
function perturb(text: string, prng: Prng): string {
  const edits = [(t: string) => t.replace('everything', 'it all'), (t: string) => `${t}!!`, (t: string) => t.replace('wake up', 'WAKE UP'), (t: string) => t];
  return prng.pick(edits)(text);
}

function kindOf(prng: Prng, options: SampleOptions): SampleKind {
  const roll = prng.next();
  const threat = options.threatShare ?? 0.02;
  const offensive = options.offensiveShare ?? 0.08;
  const campaign = options.campaignShare ?? 0.05;
  if (roll < threat) return 'threat';
  if (roll < threat + offensive) return 'offensive';
  if (roll < threat + offensive + campaign) return 'campaign';
  return 'everyday';
}

function textFor(kind: SampleKind, prng: Prng, city: string): { text: string; lang: string } {
  switch (kind) {
    case 'threat':
      return { text: fill(prng.pick(threatPhrases), prng, city), lang: 'en' };
    case 'offensive':
      return { text: fill(prng.pick(offensivePhrases), prng, city), lang: 'en' };
    case 'campaign':
      return { text: perturb(fill(campaignTemplate, prng, city), prng), lang: 'en' };
    case 'everyday': {
      const lang = prng.next() < 0.5 ? 'en' : prng.pick(Object.keys(everydayPhrases));
      const phrases = everydayPhrases[lang] ?? everydayPhrases.en ?? [];
      return { text: `${fill(prng.pick(phrases), prng, city)} ${prng.pick(hashtagsByTopic)}`, lang };
    }
  }
}

/** A deterministic stream of realistic posts for one leaf, with the kind of each. */
export function* samplePosts(options: SampleOptions): Generator<{ post: SamplePost; kind: SampleKind }> {
  const prng = createPrng(options.seed);
  for (let i = 0; i < options.count; i++) {
    const kind = kindOf(prng, options);
    const { text, lang } = textFor(kind, prng, options.city);
    const createdMs = options.startMs + i * options.gapMs + prng.int(Math.max(1, options.gapMs));
    const hashtags = [...text.matchAll(/#(\p{L}[\p{L}\p{N}_]*)/gu)].map((m) => (m[1] ?? '').toLowerCase());
    const post: SamplePost = {
      id: `${options.territory.toLowerCase()}-${options.seed}-${i}`,
      platform: prng.pick(platforms),
      author: `user${prng.int(kind === 'campaign' ? 20 : 5_000)}@${options.city.toLowerCase().replace(/[^a-z]/g, '')}`,
      text,
      created_at: new Date(createdMs).toISOString(),
      lang,
      territory: options.territory,
      hashtags,
    };
    yield { post, kind };
  }
}
