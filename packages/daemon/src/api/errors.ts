/** How errors become HTTP answers: `{ error: { name, code, message, details } }` with a 4xx/5xx status. */
import { ContinuumError } from '../errors.js';
import type { ContinuumErrorCode } from '../errors.js';
import type { RejectionCode } from '../federation/result.js';

const statusByCode: Partial<Record<ContinuumErrorCode, number>> = {
  BAD_REQUEST: 400, CONFIG_INVALID: 400, COMMAND_INVALID: 400, TOKEN_INVALID: 400, UNAUTHORIZED: 401, NOT_MEMBER: 403,
  NOT_FOUND: 404, METHOD_NOT_ALLOWED: 405, PAYLOAD_TOO_LARGE: 413, LIMIT_EXCEEDED: 429, UNAVAILABLE: 503,
};

const statusByRejection: Partial<Record<RejectionCode, number>> = {
  NOT_FOUND: 404, MEMBER_UNKNOWN: 404, TOKEN_UNKNOWN: 404, CAS_CONFLICT: 409, MEMBER_EXISTS: 409, NAME_TAKEN: 409, ALREADY_EXISTS: 409,
  ALREADY_BOOTSTRAPPED: 409, TERRITORY_IN_USE: 409, TOKEN_USED: 409, TOKEN_EXPIRED: 410, LIMIT_EXCEEDED: 413, NOT_A_MEMBER: 403,
  TOKEN_PROOF_INVALID: 403, NOT_BOOTSTRAPPED: 503,
};

export function httpStatusOf(error: ContinuumError): number {
  if (ContinuumError.is(error, 'COMMAND_REJECTED')) return statusByRejection[error.details.rejection as RejectionCode] ?? 400;
  if (ContinuumError.is(error, 'PAYLOAD_TOO_LARGE') && error.details.limit === 'maxUrlLength') return 414;
  return statusByCode[error.code] ?? 500;
}

/** Any thrown value as a ContinuumError; unknown failures become INTERNAL without leaking their text. */
export function asContinuumError(error: unknown): ContinuumError {
  if (error instanceof ContinuumError) return error;
  return new ContinuumError('INTERNAL', 'internal error', { reason: 'unexpected failure while serving the request' }, { cause: error });
}
