import type { Command } from 'commander';
import { createContext, type RegisterCommand } from '../../context.js';
import type { CliIo } from '../../io.js';
import { renderKeyValues } from '../../output/table.js';

export const registerStatus: RegisterCommand = (program: Command, io: CliIo) => {
  program
    .command('status')
    .description("show the node's identity, tier, Raft role and health")
    .addHelpText('after', '\nExamples:\n  continuum status\n  continuum status --json --api 127.0.0.1:7701')
    .action(async (_options: unknown, command: Command) => {
      const context = createContext(io, command);
      const status = await (await context.client()).json<Record<string, unknown>>('GET', '/v1/status');
      context.print(status, (s) => renderKeyValues(s));
    });
};
