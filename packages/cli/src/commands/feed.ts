import type { Command } from 'commander';
import type { QueryAnswer } from '@continuum/daemon';
import { followEvents } from '../client/events.js';
import { whenInterrupted } from '../client/interrupt.js';
import { createContext } from '../context.js';
import type { CliIo } from '../io.js';
import { renderTable } from '../output/table.js';
import { windowOptions, type WindowOptions } from './query/index.js';

export interface FeedView<T> {
  /** The command, and the key of the list in --json output. */
  readonly name: 'alerts' | 'campaigns';
  readonly description: string;
  readonly examples: readonly string[];
  /** The `/v1/events` type that announces a new one. */
  readonly eventType: 'alert' | 'campaign';
  readonly select: (answer: QueryAnswer) => T[];
  readonly columns: readonly string[];
  readonly row: (item: T) => string[];
  /** Identity for de-duplication (a campaign that grows is shown again). */
  readonly key: (item: T) => string;
}

const dayMs = 86_400_000;
const minuteMs = 60_000;

/** One bucket over the whole window (the node's defaults are the last 24 h). */
function windowQuery(options: WindowOptions): Record<string, string> {
  const to = options.to ?? Date.now() + 1;
  const from = options.from ?? to - dayMs;
  return { from: String(from), to: String(to), bucket: String(Math.max(minuteMs, Math.ceil((to - from) / minuteMs) * minuteMs)) };
}

/** `alerts` and `campaigns`: a table from /v1/query; with --follow, new ones from /v1/events until Ctrl-C. */
export function addFeed<T>(program: Command, io: CliIo, view: FeedView<T>): Command {
  const command = program.command(view.name)
    .description(view.description)
    .option('-f, --follow', 'then print new ones as they arrive (from /v1/events) until Ctrl-C')
    .addHelpText('after', `\n--json: one document {"${view.name}": [...]}; with --follow one JSON object a line instead.\nExamples:\n${view.examples.map((example) => `  ${example}`).join('\n')}`);
  return windowOptions(command, false).action(async (options: WindowOptions & { follow?: boolean }, cmd: Command) => {
    const context = createContext(io, cmd);
    const client = await context.client();
    const json = context.options.json === true;
    const initial = async (): Promise<T[]> => view.select(await client.json<QueryAnswer>('GET', '/v1/query', { query: windowQuery(options) }));
    if (options.follow !== true) {
      const items = await initial();
      context.print({ [view.name]: items }, () => (items.length === 0 ? `no ${view.name} in this window` : renderTable(view.columns, items.map(view.row))));
      return;
    }
    const seen = new Set<string>();
    const show = (item: T): void => {
      const key = view.key(item);
      if (seen.has(key)) return;
      seen.add(key);
      io.out(json ? JSON.stringify(item) : view.row(item).join('  '));
    };
    let buffered: T[] | undefined = [];
    const interrupted = whenInterrupted();
    try {
      await followEvents(client, interrupted.signal, (event) => {
        if (event.type !== view.eventType) return;
        if (buffered === undefined) show(event.data as T);
        else buffered.push(event.data as T);
      }, () => {
        // Subscribed first, then read what exists, so nothing falls between the two.
        void initial().then((items) => {
          for (const item of items) seen.add(view.key(item));
          if (json) for (const item of items) io.out(JSON.stringify(item));
          else io.out(items.length === 0 ? view.columns.map((c) => c.toUpperCase()).join('  ') : renderTable(view.columns, items.map(view.row)));
          for (const item of buffered ?? []) show(item);
          buffered = undefined;
          io.err(`following new ${view.name} (Ctrl-C stops)`);
        }, (error: unknown) => {
          io.err(`continuum: ${(error as Error).message}`);
          buffered = undefined;
        });
      });
    } finally {
      interrupted.dispose();
    }
  });
}
