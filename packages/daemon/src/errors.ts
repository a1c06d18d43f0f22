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
  /**
   * A Raft peer holds another founding digest than this node (digests in hex): the two were
   * founded apart (different council lists or federation ids) and must not share a log.
   */
  FOREIGN_FEDERATION: { readonly peer: string; readonly protocol: string; readonly ours: string; readonly theirs: string };
  /** A peer that is not a federation member used a members-only protocol. */
  NOT_MEMBER: { readonly peer: string; readonly protocol: string };
  /** The data dir, its private key or its api-token file is missing, unreadable or corrupt. */
  IDENTITY_INVALID: { readonly path: string; readonly reason: string };
  /** A federation command that cannot be decoded. */
  COMMAND_INVALID: { readonly reason: string };
  /** A join token string that cannot be decoded. */
  TOKEN_INVALID: { readonly reason: string };
  /** An API call without a valid bearer token. */
  UNAUTHORIZED: { readonly reason: string };
  /** An API route or resource that does not exist. */
  NOT_FOUND: { readonly resource: string };
  /** An API route called with a method it does not serve. */
  METHOD_NOT_ALLOWED: { readonly method: string; readonly allowed: readonly string[] };
  /** A request body, header or URL over its limit. */
  PAYLOAD_TOO_LARGE: { readonly limit: string; readonly maxBytes: number };
  /** A federation command that was committed but refused by the state machine. */
  COMMAND_REJECTED: { readonly rejection: string; readonly reason: string; readonly index: number };
  /** A bounded collection is full. */
  LIMIT_EXCEEDED: { readonly limit: string; readonly max: number };
  /** A node start/stop called in the wrong state. */
  LIFECYCLE: { readonly state: string; readonly operation: string };
  /** An unexpected failure inside the node (a bug); details say where. */
  INTERNAL: { readonly reason: string };
  /** A content store value or data dir in a format this version cannot read, or damaged; `key` names the stored key. */
  CONTENT_FORMAT: { readonly key: string; readonly reason: string; readonly format?: number };
  /** The analysis of an ingest request failed (an analysis worker died or threw): nothing of the request was stored. */
  ANALYSIS_FAILED: { readonly reason: string; readonly exitCode?: number };
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
