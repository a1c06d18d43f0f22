/** Decoding helpers: every failure becomes DECODE_FAILED, whatever protobufjs threw. */
import { AnalyzerError } from '../errors.js';
import type { AnalyzerLimits } from '../limits.js';
import { severityLevels, type Severity } from '../metadata.js';

/** A structural problem found after protobuf decoding. */
export class DecodeProblem extends Error {}

export function decodeGuarded<T>(what: string, bytes: Uint8Array, limits: AnalyzerLimits, decode: (bytes: Uint8Array) => T): T {
  if (!(bytes instanceof Uint8Array)) throw new AnalyzerError('DECODE_FAILED', `${what}: input is not bytes`, { what, reason: 'not_bytes' });
  if (bytes.length > limits.maxEncodedBytes) {
    throw new AnalyzerError('DECODE_FAILED', `${what}: ${bytes.length} bytes is more than ${limits.maxEncodedBytes}`, { what, reason: 'too_large' });
  }
  try {
    return decode(bytes);
  } catch (error) {
    if (AnalyzerError.is(error, 'DECODE_FAILED')) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new AnalyzerError('DECODE_FAILED', `${what}: ${reason}`, { what, reason }, { cause: error });
  }
}

export function severityFrom(value: string | null | undefined): Severity {
  if (!severityLevels.includes(value as Severity)) throw new DecodeProblem(`unknown severity ${JSON.stringify(value)}`);
  return value as Severity;
}

export function safeNumber(value: number | null | undefined, name: string): number {
  const n = value ?? 0;
  if (!Number.isSafeInteger(n) || n < 0) throw new DecodeProblem(`${name} is not a non-negative safe integer`);
  return n;
}
