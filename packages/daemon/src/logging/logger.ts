/**
 * The logger every component is given (js-libp2p and Lodestar style: passed in, one child
 * per component). Messages first, structured fields second. The node's implementation is
 * pino (create.ts); tests pass `silentLogger` or a recording one.
 */
import { logLevelValues } from '../config/defaults.js';

export const logLevels = logLevelValues;
export type LogLevel = (typeof logLevels)[number];

/** pino's numbers for the levels (what the JSON lines carry in `level`). */
export const logLevelNumbers: Readonly<Record<Exclude<LogLevel, 'silent'>, number>> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 };

export function isLogLevel(value: string): value is LogLevel {
  return (logLevels as readonly string[]).includes(value);
}

export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  trace(message: string, fields?: LogFields): void;
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  fatal(message: string, fields?: LogFields): void;
  /** A logger whose lines also carry `bindings` (e.g. `{ component: 'raft' }`). */
  child(bindings: LogFields): Logger;
}

const nothing = (): void => undefined;

/** Drops everything. */
export const silentLogger: Logger = {
  trace: nothing, debug: nothing, info: nothing, warn: nothing, error: nothing, fatal: nothing,
  child: () => silentLogger,
};

/** The components that get a child logger of their own. */
export const logComponents = ['node', 'raft', 'coordinator', 'host', 'metadata', 'api'] as const;
export type LogComponent = (typeof logComponents)[number];

export type ComponentLoggers = Readonly<Record<LogComponent, Logger>>;

export function componentLoggers(root: Logger): ComponentLoggers {
  return Object.fromEntries(logComponents.map((component) => [component, root.child({ component })])) as unknown as ComponentLoggers;
}
