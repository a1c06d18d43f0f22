/**
 * The stored form of a post in the content store: one format byte, then a protobuf
 * `StoredPostRecord` (proto/content.proto) holding the raw post, the indexed fields, the
 * analyzer's PostMetadata in its own wire form (opaque here: reading the store does not
 * load the analyzer) and the time it was stored. The analysis side (`encodePostBody`, run
 * in the analysis workers) encodes the body; the store seals it with the format byte and
 * `stored_at_ms` when it writes the batch.
 * Format 1 was JSON (its values start with `{`); a value of any other format, or one that
 * does not decode, is a CONTENT_FORMAT error, never a misread post.
 */
import type { Post, PostMetadata } from '@continuum/analyzer';
import { ContinuumError } from '../errors.js';
import { continuum } from '../gen/content.js';

const wire = continuum.daemon.v1;

/** The format byte of values written now. */
export const storedPostFormat = 2;
/** The first byte of a format-1 (JSON) value: `{`. */
export const legacyJsonFirstByte = 0x7b;

/** The fields the store indexes a post by (all of them derived from its metadata). */
export interface IndexedFields {
  readonly cid: string;
  readonly createdAtMs: number;
  readonly hashtags: readonly string[];
  readonly authorPseudonym: string;
}

export interface StoredPost {
  readonly fields: IndexedFields;
  /** The raw post: never leaves this node except through the audited query proxy. */
  readonly post: Post;
  /** The PostMetadata as encoded by @continuum/analyzer's `encodePostMetadata` (decode with `decodePostMetadata`). */
  readonly metadata: Uint8Array;
  readonly storedAtMs: number;
}

export function indexedFields(metadata: PostMetadata): IndexedFields {
  return { cid: metadata.cid, createdAtMs: metadata.createdAtMs, hashtags: metadata.hashtags, authorPseudonym: metadata.authorPseudonym };
}

/** Post, fields and encoded metadata as a StoredPostRecord without `stored_at_ms` (what the store seals). */
export function encodePostBody(post: Post, fields: IndexedFields, metadata: Uint8Array): Uint8Array {
  return wire.StoredPostRecord.encode({
    cid: fields.cid, createdAtMs: fields.createdAtMs, hashtags: [...fields.hashtags], authorPseudonym: fields.authorPseudonym,
    post: {
      id: post.id, platform: post.platform, author: post.author, text: post.text, createdAt: post.created_at,
      lang: post.lang ?? '', territory: post.territory ?? '', url: post.url ?? '', replyTo: post.reply_to ?? '',
      media: post.media === undefined ? [] : [...post.media], hasMedia: post.media !== undefined,
      hashtags: post.hashtags === undefined ? [] : [...post.hashtags], hasHashtags: post.hashtags !== undefined,
    },
    metadata,
  }).finish();
}

/** The value the store writes: the format byte, the body, then `stored_at_ms` (field 3, varint). */
export function sealPostBody(body: Uint8Array, storedAtMs: number): Uint8Array {
  const tail = wire.StoredPostRecord.encode({ storedAtMs }).finish();
  const out = new Uint8Array(1 + body.length + tail.length);
  out[0] = storedPostFormat;
  out.set(body, 1);
  out.set(tail, 1 + body.length);
  return out;
}

function formatError(key: string, reason: string, format?: number): ContinuumError<'CONTENT_FORMAT'> {
  return new ContinuumError('CONTENT_FORMAT', `stored post ${key}: ${reason}`, { key, reason, ...(format === undefined ? {} : { format }) });
}

function rawPost(p: continuum.daemon.v1.StoredRawPost): Post {
  const post: Record<string, unknown> = { id: p.id, platform: p.platform, author: p.author, text: p.text, created_at: p.createdAt };
  if (p.lang !== '') post['lang'] = p.lang;
  if (p.territory !== '') post['territory'] = p.territory;
  if (p.url !== '') post['url'] = p.url;
  if (p.replyTo !== '') post['reply_to'] = p.replyTo;
  if (p.hasMedia) post['media'] = p.media;
  if (p.hasHashtags) post['hashtags'] = p.hashtags;
  return post as unknown as Post;
}

/** Decodes a stored value; CONTENT_FORMAT for another format, a damaged value, or one stored under another CID. */
export function decodeStoredPost(key: string, value: Uint8Array): StoredPost {
  const format = value[0];
  if (format === legacyJsonFirstByte) throw formatError(key, 'a format-1 (JSON) value: the store was not migrated', 1);
  if (format !== storedPostFormat) throw formatError(key, format === undefined ? 'empty value' : `unknown format ${format}`, format);
  let record;
  try {
    record = wire.StoredPostRecord.decode(value.subarray(1));
  } catch (error) {
    throw formatError(key, `damaged value: ${error instanceof Error ? error.message : String(error)}`, format);
  }
  if (record.post === null || record.post === undefined || !record.post.id) throw formatError(key, 'damaged value: no post', format);
  if (record.cid !== key) throw formatError(key, `holds the post of ${JSON.stringify(record.cid.slice(0, 80))}`, format);
  const fields = { cid: record.cid, createdAtMs: record.createdAtMs, hashtags: record.hashtags, authorPseudonym: record.authorPseudonym };
  return { fields, post: rawPost(record.post as continuum.daemon.v1.StoredRawPost), metadata: record.metadata, storedAtMs: record.storedAtMs };
}
