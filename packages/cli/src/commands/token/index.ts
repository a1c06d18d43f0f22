import type { Command } from 'commander';
import { usageError } from '../../cli-error.js';
import { createContext, type RegisterCommand } from '../../context.js';
import type { CliIo } from '../../io.js';

export const registerToken: RegisterCommand = (program: Command, io: CliIo) => {
  const token = program.command('token').description('join tokens')
    .addHelpText('after', '\nExamples:\n  continuum token create\n  continuum token create --ttl 3600 --json');
  token.command('create')
    .description('create a join token through consensus and print it')
    .option('--ttl <seconds>', 'validity in seconds (default 24 h)')
    .option('--address <multiaddr>', 'a member address to put in the token, ending in /p2p/<id> (repeatable; default this node\'s)', (v: string, p: string[] = []) => [...p, v])
    .addHelpText('after', '\nExamples:\n  continuum token create\n  continuum token create --ttl 600 --json')
    .action(async (options: { ttl?: string; address?: string[] }, command: Command) => {
      const context = createContext(io, command);
      const ttl = options.ttl === undefined ? undefined : Number(options.ttl);
      if (ttl !== undefined && !(ttl > 0)) throw usageError('--ttl must be a positive number of seconds');
      const body = JSON.stringify({ ...(ttl === undefined ? {} : { ttl_seconds: ttl }), ...(options.address === undefined ? {} : { addresses: options.address }) });
      const result = await (await context.client()).json<{ token: string; token_id: string; expires_at_ms: number }>('POST', '/v1/tokens', { body, contentType: 'application/json' });
      context.print(result, (r) => r.token);
    });
};
