import type { Command } from 'commander';
import { createContext, type RegisterCommand } from '../../context.js';
import type { CliIo } from '../../io.js';
import { renderObjects } from '../../output/table.js';
import { addKvWatch } from './watch.js';

const keyPath = (key: string) => `/v1/kv/${encodeURIComponent(key)}`;

export const registerKv: RegisterCommand = (program: Command, io: CliIo) => {
  const kv = program.command('kv').description('the linearizable federation key-value store (through Raft)')
    .addHelpText('after', '\nExamples:\n  continuum kv put policy/retention 30d\n  continuum kv get policy/retention\n  continuum kv watch --prefix policy/');
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
  kv.command('list')
    .alias('ls')
    .option('--prefix <prefix>', 'only keys that start with this', '')
    .description("list the keys (this node's replica; a stale read)")
    .addHelpText('after', '\nExamples:\n  continuum kv list\n  continuum kv list --prefix policy/ --json')
    .action(async (options: { prefix: string }, command: Command) => {
      const context = createContext(io, command);
      const answer = await (await context.client()).json<{ revision: number; keys: Array<Record<string, unknown>> }>('GET', '/v1/kv', { query: { prefix: options.prefix } });
      context.print(answer, (a) => (a.keys.length === 0 ? `no keys (revision ${a.revision})` : renderObjects(a.keys, ['key', 'mod_revision', 'version', 'bytes'])));
    });
  addKvWatch(kv, io);
};
