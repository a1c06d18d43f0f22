/**
 * A node's typed error, as the API sent it (`{ error: { name, code, message, details } }`):
 * the CLI reports it as `continuum: <message> [<CODE>]`, exit 1. Kept apart from the daemon
 * library's ContinuumError so API commands do not load the library.
 */
export class RemoteError extends Error {
  override readonly name = 'ContinuumError';
  constructor(readonly code: string, message: string, readonly details: unknown) {
    super(message);
  }

  static is(error: unknown, code?: string): error is RemoteError {
    return error instanceof RemoteError && (code === undefined || error.code === code);
  }
}

/** The error JSON shape (the daemon's `isErrorJson`). */
export function remoteErrorOf(value: unknown): RemoteError | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (typeof record.name !== 'string' || typeof record.code !== 'string' || typeof record.message !== 'string' || !('details' in record)) return undefined;
  return new RemoteError(record.code, record.message, record.details);
}

/** A typed error of the daemon library or of a node: `{ name: 'ContinuumError', code }` (duck-typed, so main need not load the library). */
export function typedErrorOf(error: unknown): { readonly code: string; readonly message: string } | undefined {
  if (!(error instanceof Error) || error.name !== 'ContinuumError') return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? { code, message: error.message } : undefined;
}
