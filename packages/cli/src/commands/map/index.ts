import type { Command } from 'commander';
import { usageError } from '../../cli-error.js';
import { createContext, type RegisterCommand } from '../../context.js';
import type { CliIo } from '../../io.js';
import { renderTable } from '../../output/table.js';

/** `GET /v1/map/{key}` and the entries of `GET /v1/map`. */
export interface MapEntry {
  readonly key: string;
  readonly value: unknown;
  /** Every concurrent value kept (more than one while a conflict stands). */
  readonly values: unknown[];
  readonly siblings: number;
  readonly strategy: string;
  readonly clock: Record<string, number>;
  readonly timestamp: { readonly wall_ms: number; readonly logical: number; readonly node: string };
}

const keyPath = (key: string) => `/v1/map/${encodeURIComponent(key)}`;
const compact = (value: unknown) => JSON.stringify(value);

/** The human form of one entry: its value, then the siblings when writes conflicted. */
export function renderMapEntry(entry: MapEntry): string {
  if (entry.siblings <= 1) return compact(entry.value);
  return [
    compact(entry.value),
    `conflict: ${entry.siblings} concurrent values; ${entry.strategy} reads the first:`,
    ...entry.values.map((value, i) => `  ${i + 1}. ${compact(value)}`),
  ].join('\n');
}

/** A JSON value from the command line; a word that is not JSON is a string (`--string` forces a string). */
function parseValue(raw: string, asString: boolean): unknown {
  if (asString) return raw;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    if (/^\s*[[{"]/.test(raw)) throw usageError(`the value is not valid JSON: ${raw.slice(0, 60)} (use --string to store it as text)`);
    return raw;
  }
}

export const registerMap: RegisterCommand = (program: Command, io: CliIo) => {
  const map = program.command('map')
    .description('the eventual replicated KV map (writes are local and immediate; concurrent writes are resolved by the conflict strategy)')
    .addHelpText('after', '\nExamples:\n  continuum map put ui/theme \'{"mode":"dark"}\'\n  continuum map get ui/theme\n  continuum map list --prefix ui/');
  map.command('get')
    .argument('<key>')
    .description('print the value of a key (and its siblings while a conflict stands; exit 1 when absent)')
    .addHelpText('after', '\nExamples:\n  continuum map get ui/theme\n  continuum map get ui/theme --json   # value, values, siblings, strategy, clock, timestamp')
    .action(async (key: string, _options: unknown, command: Command) => {
      const context = createContext(io, command);
      const entry = await (await context.client()).json<MapEntry>('GET', keyPath(key));
      context.print(entry, renderMapEntry);
    });
  map.command('put')
    .argument('<key>')
    .argument('<value>', 'a JSON value (a bare word is stored as a string)')
    .option('--string', 'store the value as a string even if it looks like JSON')
    .description('write a value at this node (replicated to every member by gossip)')
    .addHelpText('after', '\nExamples:\n  continuum map put ui/theme dark\n  continuum map put limits \'{"max": 10}\'\n  continuum map put note 42 --string')
    .action(async (key: string, raw: string, options: { string?: boolean }, command: Command) => {
      const context = createContext(io, command);
      const value = parseValue(raw, options.string === true);
      const entry = await (await context.client()).json<MapEntry>('PUT', keyPath(key), { body: JSON.stringify(value), contentType: 'application/json' });
      context.print(entry, (e) => (e.siblings > 1 ? `OK\n${renderMapEntry(e)}` : 'OK'));
    });
  map.command('del')
    .alias('delete')
    .argument('<key>')
    .description('delete a key (exit 1 when absent)')
    .addHelpText('after', '\nExamples:\n  continuum map del ui/theme')
    .action(async (key: string, _options: unknown, command: Command) => {
      const context = createContext(io, command);
      const answer = await (await context.client()).json<{ key: string; deleted: boolean }>('DELETE', keyPath(key));
      context.print(answer, () => 'OK');
    });
  map.command('list')
    .alias('ls')
    .option('--prefix <prefix>', 'only keys that start with this', '')
    .description('list the keys with their values; CONFLICT shows how many concurrent values a key holds')
    .addHelpText('after', '\nExamples:\n  continuum map list\n  continuum map list --prefix directives/ --json')
    .action(async (options: { prefix: string }, command: Command) => {
      const context = createContext(io, command);
      const answer = await (await context.client()).json<{ strategy: string; conflicts: number; keys: MapEntry[] }>('GET', '/v1/map', { query: { prefix: options.prefix } });
      context.print(answer, (a) => {
        if (a.keys.length === 0) return 'no keys';
        const table = renderTable(['key', 'value', 'conflict', 'writer', 'written'], a.keys.map((entry) => [
          entry.key, compact(entry.value).slice(0, 60), entry.siblings > 1 ? `${entry.siblings} values` : '-', entry.timestamp.node.slice(-8), new Date(entry.timestamp.wall_ms).toISOString(),
        ]));
        return a.conflicts > 0 ? `${table}\n${a.conflicts} key(s) in conflict (strategy ${a.strategy}); continuum map get KEY shows the values` : table;
      });
    });
};
