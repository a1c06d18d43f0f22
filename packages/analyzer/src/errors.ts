/**
 * Typed errors of @continuum/analyzer. Every CONTINUUM error has the same shape: a stable
 * `code`, a human message and typed `details`, and it survives JSON unchanged
 * (`toJSON` gives `{ name, code, message, details }`). The class lives here rather than
 * in a shared package because this package imports no other workspace package.
 */

/** Why a post line was rejected (one value per validator rule). */
export type PostErrorReason =
  | 'line_too_long'
  | 'not_json'
  | 'not_object'
  | 'unknown_field'
  | 'missing_field'
  | 'wrong_type'
  | 'empty_field'
  | 'field_too_long'
  | 'text_too_long'
  | 'bad_timestamp'
  | 'bad_language'
  | 'bad_territory'
  | 'bad_url'
  | 'bad_hashtag'
  | 'too_many_hashtags'
  | 'too_many_media'
  | 'inline_media';

/** Details carried by each code; add a code here before throwing it. */
export interface AnalyzerErrorDetails {
  /** A post line that is not a valid post; `reason` says why. */
  INVALID_POST: { readonly line?: number; readonly field?: string; readonly reason: PostErrorReason | (string & {}) };
  /** Bytes that are not a valid encoding of analyzer metadata. */
  DECODE_FAILED: { readonly what: string; readonly reason: string };
  /** An argument out of range (window, threshold, size). */
  INVALID_ARGUMENT: { readonly argument: string; readonly reason: string };
  /** A bounded structure is full (roll-up keys, campaign reports). */
  LIMIT_EXCEEDED: { readonly limit: string; readonly value: number };
  /** A model artefact that cannot be loaded (bad size, version, checksum). */
  INVALID_MODEL: { readonly reason: string };
}

export type AnalyzerErrorCode = keyof AnalyzerErrorDetails;

/** The JSON form of any CONTINUUM error. */
export interface ErrorJson<C extends string = string, D = unknown> {
  readonly name: string;
  readonly code: C;
  readonly message: string;
  readonly details: D;
}

export class AnalyzerError<C extends AnalyzerErrorCode = AnalyzerErrorCode> extends Error {
  override readonly name = 'AnalyzerError';
  readonly code: C;
  readonly details: AnalyzerErrorDetails[C];

  constructor(code: C, message: string, details: AnalyzerErrorDetails[C], options?: ErrorOptions) {
    super(message, options);
    this.code = code;
    this.details = details;
  }

  /** Narrows an unknown error to this family, optionally to one code. */
  static is<K extends AnalyzerErrorCode>(error: unknown, code?: K): error is AnalyzerError<K> {
    return error instanceof AnalyzerError && (code === undefined || error.code === code);
  }

  toJSON(): ErrorJson<C, AnalyzerErrorDetails[C]> {
    return { name: this.name, code: this.code, message: this.message, details: this.details };
  }
}

/** Throws INVALID_ARGUMENT unless `ok`. */
export function requireArgument(ok: boolean, argument: string, reason: string): asserts ok {
  if (!ok) throw new AnalyzerError('INVALID_ARGUMENT', `invalid ${argument}: ${reason}`, { argument, reason });
}
