import type { Command } from 'commander';
import { createContext, type RegisterCommand } from '../../context.js';
import type { CliIo } from '../../io.js';

export const registerMetrics: RegisterCommand = (program: Command, io: CliIo) => {
  program
    .command('metrics')
    .description("print the node's Prometheus metrics (optionally only names containing a filter)")
    .argument('[filter]')
    .addHelpText('after', '\nExamples:\n  continuum metrics\n  continuum metrics raft_')
    .action(async (filter: string | undefined, _options: unknown, command: Command) => {
      const context = createContext(io, command);
      const text = await (await context.client()).text('GET', '/metrics');
      const lines = text.split('\n').filter((line) => line !== '' && (filter === undefined || line.includes(filter)));
      context.print({ lines }, (m) => m.lines.join('\n'));
    });
};
