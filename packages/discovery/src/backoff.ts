/**
 * Exponential backoff with jitter: attempt 0 waits about `initialMs`, each further attempt
 * doubles, capped at `maxMs`; the wait is drawn from [half, full] of that so that many
 * nodes restarting together do not retry in step. `random` returns [0, 1).
 */
export function backoffDelayMs(attempt: number, initialMs: number, maxMs: number, random: () => number): number {
  const exponent = Math.min(Math.max(0, attempt), 30);
  const ceiling = Math.min(maxMs, initialMs * 2 ** exponent);
  return Math.max(1, Math.round(ceiling / 2 + (ceiling / 2) * random()));
}
