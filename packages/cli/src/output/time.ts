import { InvalidArgumentError } from 'commander';

const units: Readonly<Record<string, number>> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** "90s", "15m", "1h", "7d", "2w" or plain milliseconds → ms. */
export function parseDurationMs(raw: string): number {
  const match = /^(\d{1,12})(ms|s|m|h|d|w)?$/.exec(raw.trim());
  if (match === null) throw new InvalidArgumentError('a duration like 15m, 1h, 7d (or milliseconds)');
  return Number(match[1]) * (units[match[2] ?? 'ms'] ?? 1);
}

/** An ISO date, ms since the epoch, or a duration meaning that long ago ("24h") → ms since the epoch. */
export function parseWhenMs(raw: string, nowMs: number = Date.now()): number {
  if (/^\d{1,12}(ms|s|m|h|d|w)$/.test(raw.trim())) return nowMs - parseDurationMs(raw);
  if (/^\d{13,}$/.test(raw.trim())) return Number(raw);
  const parsed = Date.parse(raw);
  if (Number.isNaN(parsed)) throw new InvalidArgumentError('an ISO date (2026-11-21T10:00:00Z), ms since the epoch, or how long ago (24h, 7d)');
  return parsed;
}

/** A time for a table cell: ISO to the second, in UTC. */
export function shortTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
