import type { Command } from 'commander';
import { createContext, type RegisterCommand } from '../../context.js';
import type { CliIo } from '../../io.js';

export const registerLeave: RegisterCommand = (program: Command, io: CliIo) => {
  program.command('leave')
    .description('make the running node (--api) leave the federation (a RemoveMember through consensus; a council member also leaves Raft)')
    .addHelpText('after', '\nExamples:\n  continuum leave --api 127.0.0.1:7701')
    .action(async (_options: unknown, command: Command) => {
      const context = createContext(io, command);
      const result = await (await context.client()).json<{ index: number; orphans: string[] }>('POST', '/v1/leave', { body: '{}', contentType: 'application/json' });
      context.print(result, (r) => `left (commit index ${r.index}; ${r.orphans.length} children orphaned)`);
    });
};
