/**
 * Migration of a format-1 content store (posts as JSON values `{ fields, post, metadata,
 * storedAtMs }`, written before the binary format) to the current format, in synced
 * batches. Values already in the current format (a migration interrupted by a crash) are
 * left as they are; any other value stops the migration with CONTENT_FORMAT, so the store
 * is never half-read. Index entries need no change: their keys are the same in both
 * formats and only keys are read.
 */
import type { Post, PostMetadata } from '@continuum/analyzer';
import { ContinuumError } from '../errors.js';
import { encodePostBody, indexedFields, legacyJsonFirstByte, sealPostBody, storedPostFormat } from './post-codec.js';

interface JsonStoredPost {
  readonly post: Post;
  readonly metadata: PostMetadata;
  readonly storedAtMs: number;
}

/** What the migration needs of the posts sublevel. */
export interface PostsLevel {
  iterator(options: { gt?: string; limit: number }): AsyncIterable<[string, Uint8Array]>;
  batch(operations: Array<{ type: 'put'; key: string; value: Uint8Array }>, options: never): Promise<void>;
}

/** Posts rewritten per synced batch. */
const defaultPageSize = 500;

function upgrade(key: string, value: Uint8Array, encodeMetadata: (metadata: PostMetadata) => Uint8Array): Uint8Array {
  let parsed: JsonStoredPost;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(value)) as JsonStoredPost;
    if (parsed.metadata.cid !== key || typeof parsed.storedAtMs !== 'number') throw new Error('not a stored post of this key');
    return sealPostBody(encodePostBody(parsed.post, indexedFields(parsed.metadata), encodeMetadata(parsed.metadata)), parsed.storedAtMs);
  } catch (error) {
    throw new ContinuumError('CONTENT_FORMAT', `stored post ${key}: a format-1 value that cannot be migrated`, { key, reason: error instanceof Error ? error.message : String(error), format: 1 });
  }
}

/** Rewrites every format-1 value of `posts`; resolves with how many it rewrote. */
export async function migrateJsonPosts(posts: PostsLevel, pageSize = defaultPageSize): Promise<number> {
  let migrated = 0;
  let after: string | undefined;
  // Loaded only when there is something to migrate (the analyzer costs ~170 MB of RSS).
  let encodeMetadata: ((metadata: PostMetadata) => Uint8Array) | undefined;
  for (;;) {
    const page: Array<[string, Uint8Array]> = [];
    for await (const entry of posts.iterator(after === undefined ? { limit: pageSize } : { gt: after, limit: pageSize })) page.push(entry);
    if (page.length === 0) return migrated;
    const ops: Array<{ type: 'put'; key: string; value: Uint8Array }> = [];
    for (const [key, value] of page) {
      if (value[0] === storedPostFormat) continue;
      if (value[0] !== legacyJsonFirstByte) {
        throw new ContinuumError('CONTENT_FORMAT', `stored post ${key}: unknown format ${value[0] ?? 'empty'}`, { key, reason: 'unknown value format', ...(value[0] === undefined ? {} : { format: value[0] }) });
      }
      encodeMetadata ??= (await import('@continuum/analyzer')).encodePostMetadata;
      ops.push({ type: 'put', key, value: upgrade(key, value, encodeMetadata) });
    }
    if (ops.length > 0) await posts.batch(ops, { sync: true } as never);
    migrated += ops.length;
    after = (page.at(-1) as [string, Uint8Array])[0];
  }
}
