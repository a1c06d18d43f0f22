/**
 * Every bound of @continuum/crdt, in one place. A value past a limit is refused with a
 * typed `CrdtError` (`LIMIT_EXCEEDED` when building state, `DECODE_FAILED` when
 * decoding bytes), never silently truncated.
 */
import { CrdtError } from './errors.js';

export interface CrdtLimits {
  /** Distinct node ids one clock, version vector or causal context may name. */
  readonly maxNodesPerClock: number;
  /** Disjoint dot ranges one node may have in a causal context (gaps from out-of-order delivery). */
  readonly maxRangesPerNode: number;
  /** Bytes of one encoded delta accepted by a decoder. */
  readonly maxDeltaBytes: number;
  /** Bytes of one encoded full state accepted by a decoder. */
  readonly maxStateBytes: number;
  /** Nesting depth of maps inside maps (and of JSON values) accepted by a decoder. */
  readonly maxDecodeDepth: number;
  /** UTF-8 bytes of a node id. */
  readonly maxNodeIdBytes: number;
  /** UTF-8 bytes of a map key or set element. */
  readonly maxKeyBytes: number;
  /** Bytes of one value (a Uint8Array, or the JSON text of a JSON-like value). */
  readonly maxValueBytes: number;
  /** Kill records kept to build deltas; past it the oldest go and lagging peers get full state. */
  readonly maxJournalRecords: number;
  /** Recent dots per node indexed by key, so deltas do not scan the whole map. */
  readonly maxIndexedDotsPerNode: number;
  /** How far (ms) a remote HLC timestamp may be ahead of the local wall clock. */
  readonly maxClockDriftMs: number;
  /** Logical counter of an HLC within one millisecond before it refuses to tick. */
  readonly maxHlcLogical: number;
}

export const defaultLimits: CrdtLimits = Object.freeze({
  maxNodesPerClock: 4096,
  maxRangesPerNode: 1024,
  maxDeltaBytes: 4 * 1024 * 1024,
  maxStateBytes: 256 * 1024 * 1024,
  maxDecodeDepth: 16,
  maxNodeIdBytes: 256,
  maxKeyBytes: 4096,
  maxValueBytes: 1024 * 1024,
  maxJournalRecords: 65_536,
  maxIndexedDotsPerNode: 65_536,
  maxClockDriftMs: 60_000,
  maxHlcLogical: 0xffff,
});

/** Merges overrides into the defaults and checks every field is a positive integer. */
export function resolveLimits(overrides: Partial<CrdtLimits> = {}): CrdtLimits {
  const limits: CrdtLimits = { ...defaultLimits, ...overrides };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isSafeInteger(value) || (value as number) <= 0) {
      throw new CrdtError('INVALID_ARGUMENT', `limit ${name} must be a positive integer`, { argument: name, reason: `got ${String(value)}` });
    }
  }
  return Object.freeze(limits);
}

/** Throws LIMIT_EXCEEDED when `actual` is above `limits[limit]`. */
export function checkLimit(limits: CrdtLimits, limit: keyof CrdtLimits, actual: number): void {
  const max = limits[limit];
  if (actual > max) {
    throw new CrdtError('LIMIT_EXCEEDED', `${limit} exceeded: ${actual} > ${max}`, { limit, max, actual });
  }
}

const utf8 = new TextEncoder();

/** UTF-8 length without allocating for ASCII strings. */
export function utf8Bytes(text: string): number {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) { ascii = false; break; }
  }
  return ascii ? text.length : utf8.encode(text).length;
}
