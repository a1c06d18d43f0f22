import type { Command } from 'commander';
import { usageError } from '../../cli-error.js';
import { CliError } from '../../cli-error.js';
import { whenInterrupted } from '../../client/interrupt.js';
import { readNdjson } from '../../client/ndjson.js';
import { createContext } from '../../context.js';
import type { CliIo } from '../../io.js';

interface WatchLine {
  readonly type: string;
  readonly key?: string;
  readonly value?: string | null;
  readonly value_base64?: string;
  readonly revision?: number;
  readonly resync?: boolean;
}

function human(line: WatchLine): string {
  const revision = `(revision ${String(line.revision)}${line.resync === true ? ', resync' : ''})`;
  if (line.type === 'delete') return `DELETE ${line.key ?? ''} ${revision}`;
  const value = line.value ?? `base64:${line.value_base64 ?? ''}`;
  return `PUT ${line.key ?? ''} = ${value} ${revision}`;
}

function parseRevision(raw: string): number {
  if (!/^\d{1,15}$/.test(raw)) throw usageError(`--rev '${raw}' is not a revision (a whole number)`);
  return Number(raw);
}

export function addKvWatch(kv: Command, io: CliIo): void {
  kv.command('watch')
    .argument('[key]', 'the key to watch (or --prefix)')
    .option('--prefix <prefix>', "watch every key that starts with this ('' for all keys)")
    .option('--rev <revision>', 'first replay the changes from this revision on (if the node still holds them)', parseRevision)
    .description('stream the committed changes of a key or a prefix, in log order, until Ctrl-C')
    .addHelpText('after', [
      '', 'Every node applies the same Raft log, so every node\'s watch shows the same changes in the same order.',
      'Human output: "PUT key = value (revision N)" / "DELETE key (revision N)". --json: one JSON object a line',
      '(the first is {"type":"watching",...}; then {"type":"put"|"delete", key, value, value_base64, revision, ...}).',
      'Exit 0 on Ctrl-C; 1 when the node ends the stream or cannot be reached.',
      'Examples:', '  continuum kv watch policy/retention', '  continuum kv watch --prefix config/ --json', '  continuum kv watch --prefix "" --rev 1',
    ].join('\n'))
    .action(async (key: string | undefined, options: { prefix?: string; rev?: number }, command: Command) => {
      if ((key === undefined) === (options.prefix === undefined)) throw usageError('give a key or --prefix P (not both)');
      const context = createContext(io, command);
      const client = await context.client();
      const interrupted = whenInterrupted();
      try {
        const path = key === undefined ? '/v1/kv' : `/v1/kv/${encodeURIComponent(key)}`;
        const response = await client.request('GET', path, {
          stream: interrupted.signal,
          query: { watch: 'true', ...(options.prefix === undefined ? {} : { prefix: options.prefix }), ...(options.rev === undefined ? {} : { start_revision: String(options.rev) }) },
        });
        const ended = await readNdjson(response, interrupted.signal, (value) => {
          const line = value as WatchLine;
          if (line.type === 'progress') return;
          if (context.options.json === true) io.out(JSON.stringify(line));
          else if (line.type === 'watching') io.err(`watching ${key ?? `prefix '${options.prefix ?? ''}'`} from revision ${String(line.revision)} (Ctrl-C stops)`);
          else io.out(human(line));
        });
        if (ended === 'ended') throw new CliError('the node ended the watch (it stopped?)');
      } finally {
        interrupted.dispose();
      }
    });
}
