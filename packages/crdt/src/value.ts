/**
 * Values held by registers and the KV map: raw bytes (Uint8Array) or a JSON-like value
 * (null, booleans, finite numbers, strings, arrays, plain objects). Values are treated as
 * immutable once written; the map never copies them.
 */
import { CrdtError } from './errors.js';
import { checkLimit, type CrdtLimits } from './limits.js';

export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };
export type Value = Uint8Array | JsonValue;

/** JSON text with object keys sorted, so equal values have equal text. */
export function canonicalJson(value: JsonValue, depth = 0, maxDepth = 64): string {
  if (depth > maxDepth) throw new CrdtError('LIMIT_EXCEEDED', 'maxDecodeDepth exceeded', { limit: 'maxDecodeDepth', max: maxDepth, actual: depth });
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new CrdtError('INVALID_ARGUMENT', 'JSON numbers must be finite', { argument: 'value', reason: String(value) });
    }
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v: JsonValue) => canonicalJson(v, depth + 1, maxDepth)).join(',')}]`;
  const record = value as { readonly [key: string]: JsonValue };
  const keys = Object.keys(record).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k] as JsonValue, depth + 1, maxDepth)}`).join(',')}}`;
}

/** A stable text form of any value: bytes as `b:` + hex, JSON as `j:` + canonical JSON. */
export function valueKey(value: Value): string {
  if (value instanceof Uint8Array) {
    let hex = '';
    for (const byte of value) hex += byte.toString(16).padStart(2, '0');
    return `b:${hex}`;
  }
  return `j:${canonicalJson(value)}`;
}

/** Checks a value against maxValueBytes and maxDecodeDepth; returns its encoded size. */
export function checkValue(value: Value, limits: CrdtLimits): number {
  // Fast paths for scalars, the common case of a KV write.
  switch (typeof value) {
    case 'number':
      if (!Number.isFinite(value)) throw new CrdtError('INVALID_ARGUMENT', 'JSON numbers must be finite', { argument: 'value', reason: String(value) });
      return 8;
    case 'boolean':
      return 5;
    case 'string':
      if (value.length * 3 + 2 <= limits.maxValueBytes) return value.length;
      break;
    default:
      if (value === null) return 4;
  }
  const size = value instanceof Uint8Array ? value.length : canonicalJson(value, 0, limits.maxDecodeDepth).length;
  checkLimit(limits, 'maxValueBytes', size);
  return size;
}

/** Parses JSON text into a value, refusing nesting deeper than `maxDepth`. */
export function parseJsonValue(text: string, maxDepth: number): JsonValue {
  const parsed = JSON.parse(text) as unknown;
  checkDepth(parsed, 0, maxDepth);
  return parsed as JsonValue;
}

function checkDepth(value: unknown, depth: number, maxDepth: number): void {
  if (value === null || typeof value !== 'object') return;
  if (depth >= maxDepth) throw new CrdtError('LIMIT_EXCEEDED', 'maxDecodeDepth exceeded', { limit: 'maxDecodeDepth', max: maxDepth, actual: depth + 1 });
  for (const inner of Object.values(value as object)) checkDepth(inner, depth + 1, maxDepth);
}

export function valuesEqual(a: Value, b: Value): boolean {
  return valueKey(a) === valueKey(b);
}
