import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { LogRecord } from '@continuum/daemon';
import { daemonLib } from '../../daemon-lib.js';
import { CliError } from '../../cli-error.js';
import { whenInterrupted } from '../../client/interrupt.js';
import { defaultDataDir } from '../../client/target.js';
import { createContext, type RegisterCommand } from '../../context.js';
import type { CliIo } from '../../io.js';
import { followFile, lastRecords, passes, type LogFilter } from './read.js';

interface LogsOptions {
  lines: number;
  level: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';
  component?: string;
  follow?: boolean;
}

const parseLines = (raw: string): number => {
  if (!/^\d{1,7}$/.test(raw)) throw new InvalidArgumentError('a whole number of lines');
  return Number(raw);
};

export const registerLogs: RegisterCommand = (program: Command, io: CliIo) => {
  program.command('logs')
    .description("show the node's log (logs/continuum.log in the data dir; no running node needed)")
    .option('-n, --lines <n>', 'how many of the last records to show', parseLines, 50)
    .addOption(new Option('--level <level>', 'only records at this level or above').choices(['trace', 'debug', 'info', 'warn', 'error', 'fatal']).default('trace'))
    .addOption(new Option('--component <name>', 'only this component\'s records').choices(['node', 'raft', 'coordinator', 'host', 'metadata', 'api']))
    .option('-f, --follow', 'then print new records as the node writes them, until Ctrl-C')
    .addHelpText('after', [
      '', 'The node logs at logging.level (config.yaml; default info). --json prints the records as JSON lines.',
      'Examples:', '  continuum logs --data-dir ./n1', '  continuum logs --level warn --lines 200', '  continuum logs --follow --component raft',
    ].join('\n'))
    .action(async (options: LogsOptions, command: Command) => {
      const context = createContext(io, command);
      const dataDir = context.options.dataDir ?? defaultDataDir(io.env);
      const { formatLogRecord, levelNumber, logDirName, logFileName, logLimits } = await daemonLib();
      const file = join(dataDir, logDirName, logFileName);
      if (!existsSync(file)) {
        throw new CliError(`no log at ${file}`, 1, 'the node writes it once it has run with this data dir (continuum daemon --data-dir DIR); pass --data-dir to choose the node');
      }
      const filter: LogFilter = { minLevel: levelNumber(options.level), ...(options.component === undefined ? {} : { component: options.component }) };
      const print = (record: LogRecord): void => io.out(context.options.json === true ? JSON.stringify(record) : formatLogRecord(record, io.isTty));
      for (const record of await lastRecords(file, logLimits.maxRotatedLogFiles, filter, options.lines)) print(record);
      if (options.follow !== true) return;
      const interrupted = whenInterrupted();
      io.err(`following ${file} (Ctrl-C stops)`);
      try {
        await followFile(file, interrupted.signal, (record) => {
          if (passes(record, filter)) print(record);
        });
      } finally {
        interrupted.dispose();
      }
    });
};
