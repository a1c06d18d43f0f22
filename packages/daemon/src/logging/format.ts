/**
 * One JSON log line (pino's shape: `level` number, `time` ms, `msg`, `component`, fields)
 * as one human line: `2026-11-22T01:40:00.123Z INFO  raft: leader changed leader=… term=3`.
 * Used for the daemon's output on a terminal and by `continuum logs`.
 */
import { logLevelNumbers, type LogLevel } from './logger.js';

export interface LogRecord {
  readonly level: number;
  readonly time: number;
  readonly msg: string;
  readonly component?: string;
  readonly [field: string]: unknown;
}

const names = new Map(Object.entries(logLevelNumbers).map(([name, number]) => [number, name]));
const colours: Readonly<Record<string, string>> = { trace: '90', debug: '36', info: '32', warn: '33', error: '31', fatal: '35' };
const hidden = new Set(['level', 'time', 'msg', 'component', 'node', 'pid', 'hostname']);

/** Parses a JSON log line; undefined when it is not one (a cut or foreign line). */
export function parseLogLine(line: string): LogRecord | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    const value = JSON.parse(line) as Partial<LogRecord> | null;
    if (value === null || typeof value.level !== 'number' || typeof value.time !== 'number') return undefined;
    return { ...value, level: value.level, time: value.time, msg: typeof value.msg === 'string' ? value.msg : '' };
  } catch {
    return undefined;
  }
}

export function levelName(level: number): string {
  return names.get(level) ?? String(level);
}

/** The level number of a name (for `--level`): a record passes when its level is at least this. */
export function levelNumber(level: Exclude<LogLevel, 'silent'>): number {
  return logLevelNumbers[level];
}

function fieldText(value: unknown): string {
  if (typeof value === 'string') return /[\s"=]/.test(value) || value === '' ? JSON.stringify(value) : value;
  if (value !== null && typeof value === 'object' && 'message' in value && typeof (value as { message: unknown }).message === 'string') {
    return JSON.stringify((value as { message: string }).message);
  }
  return JSON.stringify(value) ?? String(value);
}

export function formatLogRecord(record: LogRecord, colour: boolean): string {
  const name = levelName(record.level);
  const label = name.toUpperCase().padEnd(5);
  const fields = Object.entries(record).filter(([key]) => !hidden.has(key)).map(([key, value]) => `${key}=${fieldText(value)}`);
  const component = record.component === undefined ? '' : `${record.component}: `;
  const time = new Date(record.time).toISOString();
  const head = colour ? `\u001b[${colours[name] ?? '0'}m${label}\u001b[0m` : label;
  return [`${time} ${head} ${component}${record.msg}`, ...fields].join(' ');
}

/** A JSON line as a human line; a line that is not JSON passes unchanged. */
export function formatLogLine(line: string, colour: boolean): string {
  const record = parseLogLine(line.trimEnd());
  return record === undefined ? line.trimEnd() : formatLogRecord(record, colour);
}
