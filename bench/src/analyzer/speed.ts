/** Posts per second of the full analysis on one core, with a breakdown by stage, and memory. */
import {
  analyze, defaultClassifier, detectLanguage, formatIsoTimestamp, lshBands, minhash, mulberry32, postCid, simhash64, textView,
  validatePostLine, Watchlist, type Post,
} from '@continuum/analyzer';
import { summarize, type Summary } from '../stats.js';

/** Synthetic, varied English-like posts (no dataset text), with hashtags, mentions, URLs. */
export function syntheticPosts(count: number, seed: number): Post[] {
  const random = mulberry32(seed);
  const words = ('the city council meeting tomorrow about housing policy we need more buses great game last night people said '
    + 'women and immigrants refugees community garden library school weather rain sunny traffic bridge closed police report '
    + 'fire station market prices rent festival music park children teachers hospital nurses vote election mayor').split(' ');
  const pick = () => words[Math.floor(random() * words.length)] as string;
  return Array.from({ length: count }, (_, i) => {
    const tokens = Array.from({ length: 8 + Math.floor(random() * 20) }, pick);
    if (random() < 0.3) tokens.push(`#tag${Math.floor(random() * 50)}`);
    if (random() < 0.3) tokens.unshift(`@user${Math.floor(random() * 500)}`);
    if (random() < 0.15) tokens.push(`https://news${Math.floor(random() * 9)}.example.org/a/${i}`);
    return { id: `b${i}`, platform: 'bench', author: `a${Math.floor(random() * 1000)}`, text: tokens.join(' '), created_at: formatIsoTimestamp(1_700_000_000_000 + i * 1000) };
  });
}

export interface Rate {
  /** Items per wall-clock second. */
  readonly wall: Summary;
  /** Items per second of this process's CPU time (user + system): what one core gives when others load the machine. */
  readonly cpu: Summary;
}

/** Items per second of `fn` over `items`, repeated `runs` times after a warm-up pass. */
function rate<T>(items: readonly T[], runs: number, fn: (item: T) => unknown): Rate {
  for (const item of items) fn(item);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    for (const item of items) fn(item);
    const used = process.cpuUsage(cpuStarted);
    wall.push(items.length / ((performance.now() - started) / 1000));
    cpu.push(items.length / ((used.user + used.system) / 1e6));
  }
  return { wall: summarize(wall), cpu: summarize(cpu) };
}

export interface SpeedResult {
  readonly stages: { readonly name: string; readonly perSecond: Rate }[];
  readonly full: Rate;
  readonly fullWithValidation: Rate;
  readonly heapUsedMb: number;
  readonly rssMb: number;
}

export function measureSpeed(quick: boolean): SpeedResult {
  const posts = syntheticPosts(quick ? 300 : 5000, 3);
  const lines = posts.map((p) => JSON.stringify(p));
  const runs = quick ? 1 : 5;
  const context = { nodeSecret: new Uint8Array(32).fill(9), territory: 'US-CA-SF', watchlist: new Watchlist({ version: 'b', terms: ['bridge closed'], hashtags: ['tag7'] }) };
  const classifier = defaultClassifier();
  const stages = [
    { name: 'language (eld)', perSecond: rate(posts, runs, (p) => detectLanguage(p.text)) },
    { name: 'text view (language, normalise, profanity)', perSecond: rate(posts, runs, (p) => textView(p.text)) },
    { name: 'classifier (features + LR)', perSecond: rate(posts.map((p) => textView(p.text)), runs, (v) => classifier.classify(v)) },
    { name: 'CID (canonical JSON + sha2-256)', perSecond: rate(posts, runs, postCid) },
    { name: 'signatures (SimHash + MinHash + LSH)', perSecond: rate(posts.map((p) => textView(p.text).tokens), runs, (t) => [simhash64(t), lshBands(minhash(t))]) },
  ];
  const full = rate(posts, runs, (p) => analyze(p, context));
  const fullWithValidation = rate(lines, runs, (line) => {
    const result = validatePostLine(line);
    if (result.ok) analyze(result.post, context);
  });
  const memory = process.memoryUsage();
  return { stages, full, fullWithValidation, heapUsedMb: memory.heapUsed / 2 ** 20, rssMb: memory.rss / 2 ** 20 };
}
