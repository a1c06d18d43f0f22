/**
 * Bounds every call that waits for consensus: the call gets a signal that aborts after
 * `timeoutMs` or when the client goes away, and the answer is UNAVAILABLE at the deadline
 * (or as soon as the client is gone) even if the call ignores its signal. A write that
 * times out may still commit later; the API never reports it as a success.
 */
import { ContinuumError } from '../errors.js';

function gone(reason: unknown): ContinuumError {
  return reason instanceof ContinuumError ? reason : new ContinuumError('UNAVAILABLE', 'the caller went away', { reason: 'caller aborted' });
}

export async function withDeadline<T>(timeoutMs: number, clientGone: AbortSignal, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
  if (clientGone.aborted) throw gone(clientGone.reason);
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onGone: (() => void) | undefined;
  const stop = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new ContinuumError('UNAVAILABLE', `no quorum within ${timeoutMs} ms; the outcome of a write is unknown`, {
        reason: 'consensus timed out',
      });
      controller.abort(error);
      reject(error);
    }, timeoutMs);
    onGone = () => {
      controller.abort(clientGone.reason);
      reject(gone(clientGone.reason));
    };
    clientGone.addEventListener('abort', onGone, { once: true });
  });
  try {
    return await Promise.race([call(controller.signal), stop]);
  } catch (error) {
    if (error instanceof ContinuumError) throw error;
    throw new ContinuumError('UNAVAILABLE', 'consensus is unavailable', { reason: error instanceof Error ? error.message : 'unknown' }, { cause: error });
  } finally {
    clearTimeout(timer);
    if (onGone !== undefined) clientGone.removeEventListener('abort', onGone);
  }
}
