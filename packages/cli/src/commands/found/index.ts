import type { Command } from 'commander';
import { usageError } from '../../cli-error.js';
import { defaultDataDir } from '../../client/target.js';
import { createContext, type RegisterCommand } from '../../context.js';
import type { CliIo } from '../../io.js';
import { daemonLib } from '../../daemon-lib.js';

interface FoundOptions {
  federationId: string;
  councilPeer?: string[];
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export const registerFound: RegisterCommand = (program: Command, io: CliIo) => {
  program.command('found')
    .description('found a federation with several council voters at once: run on every founder (each made by init) with the same list and id')
    .requiredOption('--federation-id <id>', 'id of the new federation (the same on every founder)')
    .requiredOption('--council-peer <multiaddr>', 'a founding voter as a multiaddr ending in /p2p/<peer id>, this node included (repeatable; the same list on every founder)', collect)
    .addHelpText('after', [
      '',
      'Every founder writes the same founding state, derived from the list alone; the founders',
      'then elect a leader and each states its own name, tier and territory through Raft.',
      'Compare the printed digest across founders: equal digests found one federation.',
      '',
      'Examples:',
      '  # on each founder, after init (its peer id: continuum id)',
      '  continuum found --data-dir ./c1 --federation-id fed-eu \\',
      '    --council-peer /ip4/10.0.0.1/tcp/7000/p2p/12D3KooW... --council-peer /ip4/10.0.0.2/tcp/7000/p2p/12D3KooW... \\',
      '    --council-peer /ip4/10.0.0.3/tcp/7000/p2p/12D3KooW...',
    ].join('\n'))
    .action(async (options: FoundOptions, command: Command) => {
      const context = createContext(io, command);
      const dataDir = context.options.dataDir ?? defaultDataDir(io.env);
      const council = options.councilPeer ?? [];
      const notMultiaddr = council.find((entry) => !entry.startsWith('/') || !entry.includes('/p2p/'));
      if (notMultiaddr !== undefined) throw usageError(`--council-peer ${notMultiaddr}: not a multiaddr ending in /p2p/<peer id>`, 'other founders dial the addresses listed');
      const { foundFromDataDir } = await daemonLib();
      const founded = await foundFromDataDir(dataDir, council, options.federationId, Date.now());
      context.print({ data_dir: dataDir, federation_id: founded.federationId, voters: founded.voters, digest: founded.digest }, (v) =>
        [`federation: ${v.federation_id}`, `voters: ${v.voters.join(', ')}`, `founding digest: ${v.digest} (must be equal on every founder)`, 'next: continuum daemon on every founder'].join('\n'));
    });
};
