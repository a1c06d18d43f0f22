import type { Command } from 'commander';
import { createContext } from '../context.js';
import type { CliIo } from '../io.js';

export interface ApiView<T> {
  readonly name: string;
  readonly description: string;
  /** The GET route that answers it. */
  readonly path: string;
  readonly examples: readonly string[];
  /** The human form; --json prints the answer as it came. */
  readonly render: (answer: T, io: CliIo) => string;
}

/** A command that GETs one API route and prints it: status, peers, members, tree, raft status. */
export function addApiView<T>(parent: Command, io: CliIo, view: ApiView<T>): Command {
  return parent
    .command(view.name)
    .description(view.description)
    .addHelpText('after', `\nExamples:\n${view.examples.map((example) => `  ${example}`).join('\n')}`)
    .action(async (_options: unknown, command: Command) => {
      const context = createContext(io, command);
      const answer = await (await context.client()).json<T>('GET', view.path);
      context.print(answer, (a) => view.render(a, io));
    });
}
