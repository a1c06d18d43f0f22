/** The bounds of the node's log file (`<data_dir>/logs/continuum.log`). */
export const logLimits = {
  /** A log file is rotated (renamed to `.1`, older ones shifted) once it would grow past this. */
  maxLogFileBytes: 8 * 1024 * 1024,
  /** Rotated files kept besides the current one (`continuum.log.1` … `.N`); older ones are deleted. */
  maxRotatedLogFiles: 2,
  /** A single line longer than this is cut (and marked) before it is written. */
  maxLogLineBytes: 64 * 1024,
} as const;

/** Where the log file lives inside the data dir. */
export const logDirName = 'logs';
export const logFileName = 'continuum.log';
