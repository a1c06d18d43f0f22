/**
 * The node's logger: pino, at the configured level (`logging.level`), written to two
 * places: the bounded rotating file `<data_dir>/logs/continuum.log` (JSON lines, always;
 * `continuum logs` reads it) and, when asked (`console`), standard error — as
 * human-readable lines on a terminal, as JSON lines when piped. No worker threads or
 * transports: both destinations are synchronous, so start-up stays cheap and a crash
 * loses no line already logged.
 */
import { join } from 'node:path';
import { multistream, pino, type DestinationStream, type Logger as PinoLogger, type StreamEntry } from 'pino';
import { formatLogLine } from './format.js';
import { logDirName, logFileName, logLimits } from './log-limits.js';
import type { LogFields, Logger, LogLevel } from './logger.js';
import { RotatingFile } from './rotating-file.js';

export interface NodeLoggerOptions {
  readonly level: LogLevel;
  /** The data dir: the log file goes to `<dataDir>/logs/continuum.log`. Absent: no file. */
  readonly dataDir?: string;
  /** Also write to standard error (the daemon process does; an embedded node does not). */
  readonly console?: boolean;
  /** Pretty lines instead of JSON on the console (default: when stderr is a terminal). */
  readonly pretty?: boolean;
  /** Fields on every line (e.g. the node's name). */
  readonly base?: LogFields;
}

export interface NodeLogger {
  readonly logger: Logger;
  /** The log file's path, when there is one. */
  readonly file: string | undefined;
  close(): void;
}

class PinoAdapter implements Logger {
  constructor(private readonly inner: PinoLogger) {}
  trace(message: string, fields?: LogFields): void { this.inner.trace(fields ?? {}, message); }
  debug(message: string, fields?: LogFields): void { this.inner.debug(fields ?? {}, message); }
  info(message: string, fields?: LogFields): void { this.inner.info(fields ?? {}, message); }
  warn(message: string, fields?: LogFields): void { this.inner.warn(fields ?? {}, message); }
  error(message: string, fields?: LogFields): void { this.inner.error(fields ?? {}, message); }
  fatal(message: string, fields?: LogFields): void { this.inner.fatal(fields ?? {}, message); }
  child(bindings: LogFields): Logger { return new PinoAdapter(this.inner.child(bindings)); }
}

function consoleStream(pretty: boolean): DestinationStream {
  if (!pretty) return pino.destination({ fd: 2, sync: true });
  return { write: (line: string) => void process.stderr.write(`${formatLogLine(line, true)}\n`) };
}

export function createNodeLogger(options: NodeLoggerOptions): NodeLogger {
  const file = options.dataDir === undefined ? undefined : join(options.dataDir, logDirName, logFileName);
  const rotating = file === undefined || options.level === 'silent'
    ? undefined
    : new RotatingFile({ path: file, maxBytes: logLimits.maxLogFileBytes, keep: logLimits.maxRotatedLogFiles, maxLineBytes: logLimits.maxLogLineBytes });
  const streams: StreamEntry[] = [];
  if (rotating !== undefined) streams.push({ level: options.level as pino.Level, stream: rotating });
  if (options.console === true && options.level !== 'silent') streams.push({ level: options.level as pino.Level, stream: consoleStream(options.pretty ?? process.stderr.isTTY === true) });
  const inner = pino({ level: options.level, base: options.base ?? null, serializers: { err: pino.stdSerializers.err } }, multistream(streams));
  return { logger: new PinoAdapter(inner), file: rotating === undefined ? undefined : file, close: () => rotating?.close() };
}
