import type { Command } from 'commander';
import { createContext, type RegisterCommand } from '../../context.js';
import type { CliIo } from '../../io.js';

const keyPath = (key: string) => `/v1/kv/${encodeURIComponent(key)}`;

export const registerKv: RegisterCommand = (program: Command, io: CliIo) => {
  const kv = program.command('kv').description('the linearizable federation key-value store (through Raft)');
  kv.command('get')
    .argument('<key>')
    .option('--stale', 'read the local replica without a ReadIndex round (may be behind)')
    .description('print the value of a key (exit 1 when absent)')
    .addHelpText('after', '\nExamples:\n  continuum kv get policy/retention\n  continuum kv get policy/retention --stale')
    .action(async (key: string, options: { stale?: boolean }, command: Command) => {
      const context = createContext(io, command);
      const client = await context.client();
      const value = await client.text('GET', keyPath(key), { query: { consistency: options.stale === true ? 'stale' : undefined } });
      context.print({ key, value }, (v) => v.value);
    });
  kv.command('put')
    .argument('<key>')
    .argument('<value>')
    .description('write a value; returns once it is committed')
    .addHelpText('after', '\nExamples:\n  continuum kv put policy/retention 30d')
    .action(async (key: string, value: string, _options: unknown, command: Command) => {
      const context = createContext(io, command);
      const result = await (await context.client()).json<Record<string, unknown>>('PUT', keyPath(key), { body: value, contentType: 'application/octet-stream' });
      context.print(result, (r) => `OK (commit index ${String(r.index ?? r.commitIndex ?? '?')})`);
    });
  kv.command('del')
    .alias('delete')
    .argument('<key>')
    .description('delete a key; returns once it is committed')
    .addHelpText('after', '\nExamples:\n  continuum kv del policy/retention')
    .action(async (key: string, _options: unknown, command: Command) => {
      const context = createContext(io, command);
      const result = await (await context.client()).json<Record<string, unknown>>('DELETE', keyPath(key));
      context.print(result, () => 'OK');
    });
};
