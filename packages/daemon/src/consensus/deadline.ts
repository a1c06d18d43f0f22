/**
 * Bounds every call that waits for consensus: the call gets a signal that aborts after
 * `timeoutMs` or when the caller goes away, and the answer is UNAVAILABLE at the deadline
 * (or as soon as the caller is gone) even if the call ignores its signal. A write that
 * times out may still commit later; the API never reports it as a success.
 */
import { ContinuumError } from '../errors.js';

/**
 * Whoever waits for the answer, and may go away first (an HTTP client). Not an AbortSignal:
 * the API builds one per request, and a signal with a listener costs several µs, a few
 * per cent of a KV write's time on the leader (api/server.ts has the cheap one).
 */
export interface Caller {
  /** Whether the caller is already gone. */
  readonly gone: boolean;
  /** Why it went away, once gone. */
  readonly reason: unknown;
  /** Calls `listener` once when the caller goes away; returns what stops listening. */
  onGone(listener: (reason: unknown) => void): () => void;
}

/** A caller that is gone once `signal` aborts. */
export function callerOfSignal(signal: AbortSignal): Caller {
  return {
    get gone() {
      return signal.aborted;
    },
    get reason() {
      return signal.reason;
    },
    onGone(listener) {
      const onAbort = (): void => listener(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      return () => signal.removeEventListener('abort', onAbort);
    },
  };
}

function gone(reason: unknown): ContinuumError {
  return reason instanceof ContinuumError ? reason : new ContinuumError('UNAVAILABLE', 'the caller went away', { reason: 'caller aborted' });
}

export async function withDeadline<T>(timeoutMs: number, caller: Caller, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
  if (caller.gone) throw gone(caller.reason);
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopListening: (() => void) | undefined;
  const stop = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new ContinuumError('UNAVAILABLE', `no quorum within ${timeoutMs} ms; the outcome of a write is unknown`, {
        reason: 'consensus timed out',
      });
      controller.abort(error);
      reject(error);
    }, timeoutMs);
    stopListening = caller.onGone((reason) => {
      const error = gone(reason);
      controller.abort(error);
      reject(error);
    });
  });
  try {
    return await Promise.race([call(controller.signal), stop]);
  } catch (error) {
    if (error instanceof ContinuumError) throw error;
    throw new ContinuumError('UNAVAILABLE', 'consensus is unavailable', { reason: error instanceof Error ? error.message : 'unknown' }, { cause: error });
  } finally {
    clearTimeout(timer);
    stopListening?.();
  }
}
