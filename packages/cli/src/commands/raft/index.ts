import type { Command } from 'commander';
import { createContext, type RegisterCommand } from '../../context.js';
import type { CliIo } from '../../io.js';
import { renderKeyValues } from '../../output/table.js';

export const registerRaft: RegisterCommand = (program: Command, io: CliIo) => {
  const raft = program.command('raft').description('inspect the federation Raft group');
  raft
    .command('status')
    .description("this node's Raft role, term, commit and applied index, leader and voters")
    .addHelpText('after', '\nExamples:\n  continuum raft status')
    .action(async (_options: unknown, command: Command) => {
      const context = createContext(io, command);
      const status = await (await context.client()).json<Record<string, unknown>>('GET', '/v1/raft');
      context.print(status, (s) => renderKeyValues(s));
    });
};
