import { describe, expect, it } from 'vitest';
import { callerOfSignal, withDeadline } from '../src/consensus/deadline.js';
import { ContinuumError } from '../src/errors.js';

function hangUntilAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));
}

function hangForever(): Promise<never> {
  return new Promise(() => undefined);
}

describe('withDeadline', () => {
  it('passes a result through', async () => {
    await expect(withDeadline(1000, callerOfSignal(new AbortController().signal), () => Promise.resolve(7))).resolves.toBe(7);
  });

  it('aborts the call and answers UNAVAILABLE at the deadline', async () => {
    let seen: AbortSignal | undefined;
    const error = await withDeadline(20, callerOfSignal(new AbortController().signal), (signal) => {
      seen = signal;
      return hangUntilAborted(signal);
    }).catch((caught: unknown) => caught);
    expect(ContinuumError.is(error, 'UNAVAILABLE')).toBe(true);
    expect(seen?.aborted).toBe(true);
  });

  it('answers at once for a client that is already gone, without calling', async () => {
    const gone = new AbortController();
    gone.abort(new ContinuumError('UNAVAILABLE', 'client went away', { reason: 'client closed' }));
    let called = false;
    const error = await withDeadline(60_000, callerOfSignal(gone.signal), () => {
      called = true;
      return hangForever();
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'UNAVAILABLE', details: { reason: 'client closed' } });
    expect(called).toBe(false);
  });

  it('answers when the client goes away during a call that ignores its signal', async () => {
    const gone = new AbortController();
    const pending = withDeadline(60_000, callerOfSignal(gone.signal), hangForever).catch((caught: unknown) => caught);
    gone.abort();
    expect(await pending).toMatchObject({ code: 'UNAVAILABLE', details: { reason: 'caller aborted' } });
  });

  it('turns an untyped failure into UNAVAILABLE', async () => {
    const error = await withDeadline(1000, callerOfSignal(new AbortController().signal), () => Promise.reject(new Error('socket reset'))).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'UNAVAILABLE', details: { reason: 'socket reset' } });
  });
});
