/**
 * Typed errors of @continuum/crdt. Every CONTINUUM error has the same shape: a stable
 * `code`, a human message and typed `details`, and it survives JSON unchanged
 * (`toJSON` gives `{ name, code, message, details }`). The class lives here rather than
 * in a shared package because this package imports no other workspace package.
 */

/** Details carried by each code; add a code here before throwing it. */
export interface CrdtErrorDetails {
  /** Bytes that are not a valid encoding of the expected type or version. */
  DECODE_FAILED: { readonly what: string; readonly reason: string };
  /** A remote timestamp is further ahead of the local clock than the accepted drift. */
  CLOCK_DRIFT: { readonly remoteMs: number; readonly localMs: number; readonly maxDriftMs: number };
  /** An argument that no operation accepts (negative increment, unknown strategy...). */
  INVALID_ARGUMENT: { readonly argument: string; readonly reason: string };
  /** A named limit of src/limits.ts would be exceeded. */
  LIMIT_EXCEEDED: { readonly limit: string; readonly max: number; readonly actual: number };
  /** The hybrid logical clock cannot tick: its logical counter is exhausted within one millisecond. */
  CLOCK_OVERFLOW: { readonly wallMs: number; readonly logical: number };
  /** Bytes of a version this build does not read. */
  UNSUPPORTED_VERSION: { readonly what: string; readonly version: number; readonly supported: number };
}

export type CrdtErrorCode = keyof CrdtErrorDetails;

/** The JSON form of any CONTINUUM error. */
export interface ErrorJson<C extends string = string, D = unknown> {
  readonly name: string;
  readonly code: C;
  readonly message: string;
  readonly details: D;
}

export class CrdtError<C extends CrdtErrorCode = CrdtErrorCode> extends Error {
  override readonly name = 'CrdtError';
  readonly code: C;
  readonly details: CrdtErrorDetails[C];

  constructor(code: C, message: string, details: CrdtErrorDetails[C], options?: ErrorOptions) {
    super(message, options);
    this.code = code;
    this.details = details;
  }

  /** Narrows an unknown error to this family, optionally to one code. */
  static is<K extends CrdtErrorCode>(error: unknown, code?: K): error is CrdtError<K> {
    return error instanceof CrdtError && (code === undefined || error.code === code);
  }

  toJSON(): ErrorJson<C, CrdtErrorDetails[C]> {
    return { name: this.name, code: this.code, message: this.message, details: this.details };
  }
}
