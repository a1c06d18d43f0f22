/**
 * The post format (NDJSON, one object a line) and its validator. A valid line gives a
 * `Post`; a bad one gives an INVALID_POST error whose details name the line, the field
 * and the rule it broke. The validator is strict (unknown fields are rejected) so that the
 * canonical encoding, and so the CID, is defined for every accepted post.
 */
import { AnalyzerError, type PostErrorReason } from '../errors.js';
import { defaultLimits, validateLimits, type AnalyzerLimits } from '../limits.js';
import { parseIsoTimestamp } from './time.js';

export interface Post {
  readonly id: string;
  readonly platform: string;
  readonly author: string;
  readonly text: string;
  /** ISO 8601 date-time with a zone. */
  readonly created_at: string;
  /** BCP 47 language tag claimed by the platform (the analyzer detects its own). */
  readonly lang?: string;
  /** Territory id (e.g. `US-CA-SF`, `HAIDA-FN-CA`). */
  readonly territory?: string;
  readonly url?: string;
  /** Id of the post this one answers. */
  readonly reply_to?: string;
  /** References to media (URLs or content ids), never inline data. */
  readonly media?: readonly string[];
  readonly hashtags?: readonly string[];
}

export type PostResult = { readonly ok: true; readonly post: Post } | { readonly ok: false; readonly error: AnalyzerError<'INVALID_POST'> };

const requiredStrings = ['id', 'platform', 'author', 'text', 'created_at'] as const;
const optionalStrings = ['lang', 'territory', 'url', 'reply_to'] as const;
const knownFields = new Set<string>([...requiredStrings, ...optionalStrings, 'media', 'hashtags']);
const languagePattern = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
/** Countries, First Nations, and communities nested below either. */
export const territoryPattern = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/;
const urlPattern = /^https?:\/\/[^\s/?#]+[^\s]*$/i;
const hashtagPattern = /^#?[\p{L}\p{N}_]+$/u;

class Invalid extends Error {
  constructor(readonly reason: PostErrorReason, readonly field: string | undefined, message: string) {
    super(message);
  }
}

function fail(reason: PostErrorReason, field: string | undefined, message: string): never {
  throw new Invalid(reason, field, message);
}

function checkString(record: Record<string, unknown>, field: string, limits: AnalyzerLimits): string {
  const value = record[field];
  if (typeof value !== 'string') fail('wrong_type', field, `${field} must be a string`);
  if (value.trim().length === 0) fail('empty_field', field, `${field} is empty`);
  if (field === 'text') {
    if (value.length > limits.maxTextChars) fail('text_too_long', field, `text is longer than ${limits.maxTextChars} characters`);
  } else if (value.length > limits.maxFieldChars) {
    fail('field_too_long', field, `${field} is longer than ${limits.maxFieldChars} characters`);
  }
  return value;
}

function checkStringArray(record: Record<string, unknown>, field: string, limits: AnalyzerLimits): string[] {
  const value = record[field];
  if (!Array.isArray(value)) fail('wrong_type', field, `${field} must be an array of strings`);
  const max = field === 'media' ? limits.maxMediaCount : limits.maxHashtagsCount;
  if (value.length > max) fail(field === 'media' ? 'too_many_media' : 'too_many_hashtags', field, `${field} has more than ${max} entries`);
  for (const item of value) {
    if (typeof item !== 'string') fail('wrong_type', field, `${field} must be an array of strings`);
    if (item.length === 0) fail('empty_field', field, `${field} has an empty entry`);
    if (item.length > limits.maxFieldChars) fail('field_too_long', field, `an entry of ${field} is too long`);
  }
  return value as string[];
}

function checkOptional(record: Record<string, unknown>, post: Record<string, unknown>, limits: AnalyzerLimits): void {
  for (const field of optionalStrings) {
    if (record[field] === undefined) continue;
    const value = checkString(record, field, limits);
    if (field === 'lang' && !languagePattern.test(value)) fail('bad_language', field, 'lang is not a BCP 47 language tag');
    if (field === 'territory' && !territoryPattern.test(value)) fail('bad_territory', field, 'territory is not a territory id (e.g. US-CA-SF)');
    if (field === 'url' && !urlPattern.test(value)) fail('bad_url', field, 'url is not an http(s) URL');
    post[field] = value;
  }
  if (record['media'] !== undefined) {
    const media = checkStringArray(record, 'media', limits);
    if (media.some((m) => /^data:/i.test(m))) fail('inline_media', 'media', 'media must be references, not inline data');
    post['media'] = media;
  }
  if (record['hashtags'] !== undefined) {
    const hashtags = checkStringArray(record, 'hashtags', limits);
    if (!hashtags.every((h) => hashtagPattern.test(h))) fail('bad_hashtag', 'hashtags', 'a hashtag has characters other than letters, digits and _');
    post['hashtags'] = hashtags;
  }
}

/** Checks a decoded JSON value against the post schema; throws INVALID_POST. */
export function validatePost(value: unknown, line?: number, limits: AnalyzerLimits = defaultLimits): Post {
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('not_object', undefined, 'a post must be a JSON object');
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!knownFields.has(key)) fail('unknown_field', key, `unknown field ${JSON.stringify(key.slice(0, 64))}`);
    }
    const post: Record<string, unknown> = {};
    for (const field of requiredStrings) {
      if (record[field] === undefined || record[field] === null) fail('missing_field', field, `${field} is required`);
      post[field] = checkString(record, field, limits);
    }
    if (parseIsoTimestamp(post['created_at'] as string) === undefined) fail('bad_timestamp', 'created_at', 'created_at is not an ISO 8601 date-time with a zone');
    checkOptional(record, post, limits);
    return post as unknown as Post;
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    const where = line === undefined ? '' : `line ${line}: `;
    const details = { reason: error.reason, ...(line === undefined ? {} : { line }), ...(error.field === undefined ? {} : { field: error.field }) };
    throw new AnalyzerError('INVALID_POST', `${where}${error.message}`, details);
  }
}

/** Parses and validates one NDJSON line. Never throws for bad input: gives the error instead. */
export function validatePostLine(line: string, lineNumber?: number, limits: AnalyzerLimits = defaultLimits): PostResult {
  validateLimits(limits);
  const at = lineNumber === undefined ? {} : { line: lineNumber };
  const where = lineNumber === undefined ? '' : `line ${lineNumber}: `;
  if (line.length > limits.maxPostLineChars) {
    return { ok: false, error: new AnalyzerError('INVALID_POST', `${where}line is longer than ${limits.maxPostLineChars} characters`, { ...at, reason: 'line_too_long' }) };
  }
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, error: new AnalyzerError('INVALID_POST', `${where}line is not JSON`, { ...at, reason: 'not_json' }) };
  }
  try {
    return { ok: true, post: validatePost(value, lineNumber, limits) };
  } catch (error) {
    if (AnalyzerError.is(error, 'INVALID_POST')) return { ok: false, error };
    throw error;
  }
}
