/**
 * Typed errors of @continuum/daemon. Every CONTINUUM error has the same shape: a stable
 * `code`, a human message and typed `details`, and it survives JSON unchanged
 * (`toJSON` gives `{ name, code, message, details }`). Errors of the other packages
 * (RaftError, CrdtError, ...) have the same JSON form; API clients revive any of them
 * with `ContinuumError.fromJSON`.
 */

/** Details carried by each code; add a code here before throwing it. */
export interface ContinuumErrorDetails {
  /** A config file or option that is not valid; `path` names the key. */
  CONFIG_INVALID: { readonly path: string; readonly reason: string };
  /** An API request that is malformed. */
  BAD_REQUEST: { readonly reason: string };
  /** The operation needs a quorum or a leader that is not reachable now. */
  UNAVAILABLE: { readonly reason: string; readonly leaderHint?: string };
  /** A message from a peer that cannot be decoded or is not allowed. */
  PEER_MESSAGE_INVALID: { readonly peer: string; readonly protocol: string; readonly reason: string };
}

export type ContinuumErrorCode = keyof ContinuumErrorDetails;

/** The JSON form of any CONTINUUM error. */
export interface ErrorJson<C extends string = string, D = unknown> {
  readonly name: string;
  readonly code: C;
  readonly message: string;
  readonly details: D;
}

export class ContinuumError<C extends ContinuumErrorCode = ContinuumErrorCode> extends Error {
  override readonly name = 'ContinuumError';
  readonly code: C;
  readonly details: ContinuumErrorDetails[C];

  constructor(code: C, message: string, details: ContinuumErrorDetails[C], options?: ErrorOptions) {
    super(message, options);
    this.code = code;
    this.details = details;
  }

  /** Narrows an unknown error to this family, optionally to one code. */
  static is<K extends ContinuumErrorCode>(error: unknown, code?: K): error is ContinuumError<K> {
    return error instanceof ContinuumError && (code === undefined || error.code === code);
  }

  /**
   * Revives an error received as JSON (from the API or a peer). The code is kept as sent,
   * even when it belongs to another package's family.
   */
  static fromJSON(json: unknown): ContinuumError {
    if (!isErrorJson(json)) {
      return new ContinuumError('BAD_REQUEST', 'not an error object', { reason: 'malformed error JSON' });
    }
    const error = new ContinuumError(json.code as ContinuumErrorCode, json.message, json.details as never);
    Object.defineProperty(error, 'name', { value: json.name });
    return error;
  }

  toJSON(): ErrorJson<C, ContinuumErrorDetails[C]> {
    return { name: this.name, code: this.code, message: this.message, details: this.details };
  }
}

/** True for a value of the shared error JSON shape. */
export function isErrorJson(value: unknown): value is ErrorJson {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.name === 'string' && typeof record.code === 'string' && typeof record.message === 'string' && 'details' in record;
}
