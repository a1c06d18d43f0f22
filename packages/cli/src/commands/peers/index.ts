import type { Command } from 'commander';
import { createContext, type RegisterCommand } from '../../context.js';
import type { CliIo } from '../../io.js';
import { renderObjects } from '../../output/table.js';

export const registerPeers: RegisterCommand = (program: Command, io: CliIo) => {
  program
    .command('peers')
    .description('list the libp2p peers this node is connected to')
    .addHelpText('after', '\nExamples:\n  continuum peers\n  continuum peers --json')
    .action(async (_options: unknown, command: Command) => {
      const context = createContext(io, command);
      const peers = await (await context.client()).json<{ peers: Array<Record<string, unknown>> }>('GET', '/v1/peers');
      context.print(peers, (p) => (p.peers.length === 0 ? 'no peers connected' : renderObjects(p.peers)));
    });
};
