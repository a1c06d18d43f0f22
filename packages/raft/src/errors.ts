/**
 * Typed errors of @continuum/raft. Every CONTINUUM error has the same shape: a stable
 * `code`, a human message and typed `details`, and it survives JSON unchanged
 * (`toJSON` gives `{ name, code, message, details }`). The class lives here rather than
 * in a shared package because this package imports no other workspace package.
 */

/** Details carried by each code; add a code here before throwing it. */
export interface RaftErrorDetails {
  /** A proposal arrived while no leader is known, or at a node that refuses to forward it. */
  PROPOSAL_DROPPED: { readonly reason: string; readonly leaderHint?: string };
  /** The requested log range has been compacted into a snapshot. */
  COMPACTED: { readonly index: number; readonly firstIndex: number };
  /** A stored or received value cannot be decoded. */
  DECODE_FAILED: { readonly what: string };
  /** A configuration value is out of range. */
  CONFIG_INVALID: { readonly field: string; readonly reason: string };
  /** The requested entries are beyond the storage's last index. */
  UNAVAILABLE: { readonly index: number; readonly lastIndex: number };
  /** A snapshot or compaction point is older than what the storage already holds. */
  SNAPSHOT_OUT_OF_DATE: { readonly index: number; readonly snapshotIndex: number };
  /**
   * A storage was used after close, failed to open, or found damage (WalStorage names the
   * file and the byte offset of the damage).
   */
  STORAGE_FAILED: { readonly operation: string; readonly reason: string; readonly file?: string; readonly offsetBytes?: number };
  /** A step was attempted that would break the protocol (a bug in the caller or the core). */
  INVARIANT_VIOLATED: { readonly what: string };
  /** A conf change was refused (pending change, would leave no voter, unknown node). */
  CONF_CHANGE_REFUSED: { readonly reason: string; readonly nodeId: string };
  /** A leadership transfer was refused. */
  TRANSFER_REFUSED: { readonly reason: string; readonly to: string };
}

export type RaftErrorCode = keyof RaftErrorDetails;

/** The JSON form of any CONTINUUM error. */
export interface ErrorJson<C extends string = string, D = unknown> {
  readonly name: string;
  readonly code: C;
  readonly message: string;
  readonly details: D;
}

export class RaftError<C extends RaftErrorCode = RaftErrorCode> extends Error {
  override readonly name = 'RaftError';
  readonly code: C;
  readonly details: RaftErrorDetails[C];

  constructor(code: C, message: string, details: RaftErrorDetails[C], options?: ErrorOptions) {
    super(message, options);
    this.code = code;
    this.details = details;
  }

  /** Narrows an unknown error to this family, optionally to one code. */
  static is<K extends RaftErrorCode>(error: unknown, code?: K): error is RaftError<K> {
    return error instanceof RaftError && (code === undefined || error.code === code);
  }

  toJSON(): ErrorJson<C, RaftErrorDetails[C]> {
    return { name: this.name, code: this.code, message: this.message, details: this.details };
  }
}
