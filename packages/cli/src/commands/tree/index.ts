import type { Command } from 'commander';
import { createContext, type RegisterCommand } from '../../context.js';
import type { CliIo } from '../../io.js';
import { renderTree, type TreeMember } from './render.js';

export const registerTree: RegisterCommand = (program: Command, io: CliIo) => {
  program
    .command('tree')
    .description('draw the hierarchy (global → national → regional → leaf) as Raft agreed it, with each node\'s health')
    .addHelpText('after', '\nExamples:\n  continuum tree\n  continuum tree --json')
    .action(async (_options: unknown, command: Command) => {
      const context = createContext(io, command);
      const { members } = await (await context.client()).json<{ members: TreeMember[] }>('GET', '/v1/members');
      context.print({ members }, (m) => renderTree(m.members, io.isTty));
    });
};
