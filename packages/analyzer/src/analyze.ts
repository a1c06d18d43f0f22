/**
 * `analyze(post, context)`: one post to its metadata, pure and deterministic for a given
 * model, lexicon and watchlist version. Only metadata comes out: no text, no media, no
 * real account ids (authors and mentions are keyed hashes).
 */
import { requireArgument } from './errors.js';
import { categorize } from './categorize.js';
import { findGroups, groupLexiconVersion } from './features/groups.js';
import { Pseudonymizer } from './features/pseudonym.js';
import { Watchlist, type WatchlistInput } from './features/watchlist.js';
import { defaultLimits, validateLimits, type AnalyzerLimits } from './limits.js';
import type { PostMetadata } from './metadata.js';
import type { Classifier } from './model/classifier.js';
import { defaultClassifier } from './model/default-model.js';
import { textView } from './model/input.js';
import { postCid } from './post/canonical.js';
import { territoryPattern, type Post } from './post/schema.js';
import { parseIsoTimestamp } from './post/time.js';
import { lshBands, minhashOfHashes } from './signatures/minhash.js';
import { simhashOfHashes } from './signatures/simhash.js';
import { extractHashtags, extractMentions, extractUrlDomains } from './text/extract.js';

export interface AnalyzeContext {
  /** The node's secret for pseudonymous ids (at least `minNodeSecretBytes`). */
  readonly nodeSecret: Uint8Array;
  /** The current watchlist: compiled (`new Watchlist(...)`, best) or as plain input. */
  readonly watchlist?: Watchlist | WatchlistInput;
  /** Territory for posts that carry none (the node's own). */
  readonly territory?: string;
  /** Defaults to the shipped classifier. */
  readonly classifier?: Classifier;
  readonly limits?: AnalyzerLimits;
}

const pseudonymizers = new WeakMap<Uint8Array, Pseudonymizer>();
const compiledWatchlists = new WeakMap<WatchlistInput, Watchlist>();
const emptyWatchlist = new Watchlist({});

function pseudonymizerFor(secret: Uint8Array, limits: AnalyzerLimits): Pseudonymizer {
  let found = pseudonymizers.get(secret);
  if (found === undefined) {
    found = new Pseudonymizer(secret, limits.minNodeSecretBytes);
    pseudonymizers.set(secret, found);
  }
  return found;
}

function watchlistFor(input: Watchlist | WatchlistInput | undefined, limits: AnalyzerLimits): Watchlist {
  if (input === undefined) return emptyWatchlist;
  if (input instanceof Watchlist) return input;
  let found = compiledWatchlists.get(input);
  if (found === undefined) {
    found = new Watchlist(input, limits);
    compiledWatchlists.set(input, found);
  }
  return found;
}

export function analyze(post: Post, context: AnalyzeContext): PostMetadata {
  const limits = validateLimits(context.limits ?? defaultLimits);
  const max = limits.maxExtractedCount;
  const territory = post.territory ?? context.territory ?? 'UNKNOWN';
  requireArgument(territoryPattern.test(territory), 'territory', 'not a territory id');
  const createdAtMs = parseIsoTimestamp(post.created_at);
  requireArgument(createdAtMs !== undefined, 'post.created_at', 'not an ISO 8601 date-time (validate posts first)');
  const pseudonymizer = pseudonymizerFor(context.nodeSecret, limits);
  const watchlist = watchlistFor(context.watchlist, limits);
  const classifier = context.classifier ?? defaultClassifier();

  const view = textView(post.text, post.lang);
  const hashtags = extractHashtags(post.text, post.hashtags, limits.maxHashtagsCount);
  const mentionHandles = extractMentions(post.text, max);
  const groups = findGroups(view.tokens, max);
  const classification = classifier.classify(view);
  const watchlistHits = watchlist.match(view.tokens, hashtags, max);
  const judged = categorize({
    classification, view, groups, watchlistHitCount: watchlistHits.length, mentionCount: mentionHandles.length, isReply: post.reply_to !== undefined,
  });
  const sketch = minhashOfHashes(view.hashes);
  return {
    cid: postCid(post),
    platform: post.platform.toLowerCase(),
    createdAtMs,
    language: view.language.language,
    territory,
    authorPseudonym: pseudonymizer.pseudonym('author', post.platform, post.author),
    isReply: post.reply_to !== undefined,
    mediaCount: post.media?.length ?? 0,
    hashtags,
    mentions: mentionHandles.map((handle) => pseudonymizer.pseudonym('mention', post.platform, handle)).sort(),
    urlDomains: extractUrlDomains(post.text, max),
    ...judged,
    groups,
    signatures: { simhash: simhashOfHashes(view.hashes), minhash: [...sketch], bands: lshBands(sketch) },
    watchlistHits,
    provenance: { model: classifier.version, lexicon: groupLexiconVersion, watchlist: watchlist.version },
  };
}
