/**
 * The canonical encoding of a post and its CID. Two nodes that hold the same post compute
 * the same CID whatever the field order, whitespace or time-zone notation of the line it
 * came in: the encoding is JSON with keys sorted, text in Unicode NFC, `created_at` in the
 * canonical UTC form, absent optional fields omitted. CID v1, codec json (0x0200),
 * multihash sha2-256 (computed with @noble/hashes), base32 text form.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { CID } from 'multiformats/cid';
import { create as createDigest } from 'multiformats/hashes/digest';
import type { Post } from './schema.js';
import { formatIsoTimestamp, parseIsoTimestamp } from './time.js';

/** Multicodec code of JSON, the codec of the canonical encoding. */
export const jsonCodecCode = 0x0200;
/** Multihash code of sha2-256. */
export const sha256Code = 0x12;

const encoder = new TextEncoder();

/** The canonical form: what is hashed. Keys in code-point order, NFC strings, UTC time. */
export function canonicalPost(post: Post): Record<string, unknown> {
  const nfc = (s: string) => s.normalize('NFC');
  const out: Record<string, unknown> = {};
  const createdAtMs = parseIsoTimestamp(post.created_at);
  const fields: Record<string, unknown> = {
    author: nfc(post.author),
    created_at: createdAtMs === undefined ? nfc(post.created_at) : formatIsoTimestamp(createdAtMs),
    hashtags: post.hashtags?.map(nfc),
    id: nfc(post.id),
    lang: post.lang,
    media: post.media?.map(nfc),
    platform: nfc(post.platform),
    reply_to: post.reply_to === undefined ? undefined : nfc(post.reply_to),
    territory: post.territory,
    text: nfc(post.text),
    url: post.url,
  };
  for (const key of Object.keys(fields).sort()) {
    if (fields[key] !== undefined) out[key] = fields[key];
  }
  return out;
}

/** The bytes of the canonical encoding (UTF-8 JSON, no whitespace). */
export function encodeCanonicalPost(post: Post): Uint8Array {
  return encoder.encode(JSON.stringify(canonicalPost(post)));
}

/** The post's CID as a string (CID v1, json codec, sha2-256, base32). */
export function postCid(post: Post): string {
  const digest = createDigest(sha256Code, sha256(encodeCanonicalPost(post)));
  return CID.createV1(jsonCodecCode, digest).toString();
}
