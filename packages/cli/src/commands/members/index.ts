import type { Command } from 'commander';
import { createContext, type RegisterCommand } from '../../context.js';
import type { CliIo } from '../../io.js';
import { renderObjects } from '../../output/table.js';

export const registerMembers: RegisterCommand = (program: Command, io: CliIo) => {
  program
    .command('members')
    .description('list the members of the federation, as agreed through Raft')
    .addHelpText('after', '\nExamples:\n  continuum members\n  continuum members --json | jq ".members[].name"')
    .action(async (_options: unknown, command: Command) => {
      const context = createContext(io, command);
      const members = await (await context.client()).json<{ members: Array<Record<string, unknown>> }>('GET', '/v1/members');
      context.print(members, (m) => (m.members.length === 0 ? 'no members yet' : renderObjects(m.members)));
    });
};
