/**
 * Bounds every call that waits for consensus: the call gets a signal that aborts after
 * `timeoutMs` or when the client goes away, and the answer is UNAVAILABLE at the deadline
 * even if the call ignores its signal. A write that times out may still commit later;
 * the API never reports it as a success.
 */
import { ContinuumError } from '../errors.js';

export async function withDeadline<T>(timeoutMs: number, clientGone: AbortSignal, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onGone = (): void => controller.abort(clientGone.reason);
  if (clientGone.aborted) onGone();
  else clientGone.addEventListener('abort', onGone, { once: true });
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new ContinuumError('UNAVAILABLE', `no quorum within ${timeoutMs} ms; the outcome of a write is unknown`, {
        reason: 'consensus timed out',
      });
      controller.abort(error);
      reject(error);
    }, timeoutMs);
  });
  try {
    return await Promise.race([call(controller.signal), deadline]);
  } catch (error) {
    if (error instanceof ContinuumError) throw error;
    throw new ContinuumError('UNAVAILABLE', 'consensus is unavailable', { reason: error instanceof Error ? error.message : 'unknown' }, { cause: error });
  } finally {
    clearTimeout(timer);
    clientGone.removeEventListener('abort', onGone);
  }
}
