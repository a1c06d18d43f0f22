export { createNodeLogger, type NodeLogger, type NodeLoggerOptions } from './create.js';
export { formatLogLine, formatLogRecord, levelName, levelNumber, parseLogLine, type LogRecord } from './format.js';
export { logDirName, logFileName, logLimits } from './log-limits.js';
export { componentLoggers, isLogLevel, logComponents, logLevelNumbers, logLevels, silentLogger, type ComponentLoggers, type LogComponent, type LogFields, type Logger, type LogLevel } from './logger.js';
export { RotatingFile } from './rotating-file.js';
