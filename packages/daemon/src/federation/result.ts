/**
 * What applying one command gives back. A refused command leaves the state unchanged
 * and says why; it never throws. Every replica computes the same result for the same
 * log entry, so a node that forwarded a proposal can read the result from its own apply.
 */
import type { KvEntry } from './state.js';

export const rejectionCodes = [
  'MALFORMED',
  'NOT_BOOTSTRAPPED',
  'ALREADY_BOOTSTRAPPED',
  'NOT_A_MEMBER',
  'FEDERATION_MISMATCH',
  'INVALID_ARGUMENT',
  'TERRITORY_INVALID',
  'TERRITORY_IN_USE',
  'MEMBER_EXISTS',
  'MEMBER_UNKNOWN',
  'NAME_TAKEN',
  'PARENT_INVALID',
  'TOKEN_UNKNOWN',
  'TOKEN_EXPIRED',
  'TOKEN_USED',
  'TOKEN_PROOF_INVALID',
  'NOT_FOUND',
  'ALREADY_EXISTS',
  'CAS_CONFLICT',
  'LIMIT_EXCEEDED',
] as const;
export type RejectionCode = (typeof rejectionCodes)[number];

export interface Applied {
  readonly ok: true;
  /** The federation KV revision after a KV write. */
  readonly revision?: number;
  /** The KV entry a put, delete or cas replaced. */
  readonly previous?: KvEntry;
  /** False for a delete of an absent key. */
  readonly deleted?: boolean;
  /** The admitted member of a join or add. */
  readonly peerId?: string;
  /** Members whose parent was removed with a RemoveMember. */
  readonly orphans?: readonly string[];
}

export interface Rejected {
  readonly ok: false;
  readonly code: RejectionCode;
  readonly reason: string;
}

export type ApplyResult = Applied | Rejected;

export const applied: Applied = { ok: true };

export function reject(code: RejectionCode, reason: string): Rejected {
  return { ok: false, code, reason };
}
