import type { Command } from 'commander';
import { createContext, type RegisterCommand } from '../../context.js';
import type { CliIo } from '../../io.js';

export const registerJoin: RegisterCommand = (program: Command, io: CliIo) => {
  program.command('join')
    .argument('<token>', 'a join token (continuum1-...) from `continuum token create` on a member')
    .option('--council', 'join the council: a Raft learner first, a voter once caught up')
    .description('make the running node (--api) join a federation with a token')
    .addHelpText('after', '\nExamples:\n  continuum join continuum1-... --api 127.0.0.1:7701\n  continuum join continuum1-... --council')
    .action(async (token: string, options: { council?: boolean }, command: Command) => {
      const context = createContext(io, command);
      const body = JSON.stringify({ token, ...(options.council === true ? { council: true } : {}) });
      const result = await (await context.client()).json<{ federation_id: string; index: number }>('POST', '/v1/join', { body, contentType: 'application/json' });
      context.print(result, (r) => `joined ${r.federation_id} (commit index ${r.index})`);
    });
};
