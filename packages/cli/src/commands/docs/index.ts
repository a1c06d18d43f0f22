import type { Command } from 'commander';
import { createContext, type RegisterCommand } from '../../context.js';
import type { CliIo } from '../../io.js';
import { CliError } from '../../cli-error.js';
import { RemoteError } from '../../client/remote-error.js';
import { docText, editInEditor, parseDocText, readTextFile, rescue } from './edit.js';

interface DocAnswer {
  readonly name: string;
  readonly content: Record<string, unknown>;
  readonly version: string;
}

const docPath = (name: string) => `/v1/docs/${encodeURIComponent(name)}`;

export const registerDocs: RegisterCommand = (program: Command, io: CliIo) => {
  const docs = program.command('docs')
    .description('shared documents (Yjs, replicated to every member): watchlists, lexicons, notes')
    .addHelpText('after', '\nExamples:\n  continuum docs list\n  continuum docs get watchlist\n  continuum docs edit watchlist');
  docs.command('list')
    .alias('ls')
    .description('the names of the documents')
    .addHelpText('after', '\nExamples:\n  continuum docs list --json')
    .action(async (_options: unknown, command: Command) => {
      const context = createContext(io, command);
      const answer = await (await context.client()).json<{ docs: string[] }>('GET', '/v1/docs');
      context.print(answer, (a) => (a.docs.length === 0 ? 'no documents' : a.docs.join('\n')));
    });
  docs.command('get')
    .argument('<name>')
    .description("print a document's content as JSON (exit 1 when it does not exist)")
    .addHelpText('after', '\nExamples:\n  continuum docs get watchlist\n  continuum docs get watchlist --json   # name, content, version')
    .action(async (name: string, _options: unknown, command: Command) => {
      const context = createContext(io, command);
      const doc = await (await context.client()).json<DocAnswer>('GET', docPath(name));
      context.print(doc, (d) => docText(d.content).trimEnd());
    });
  docs.command('edit')
    .argument('<name>')
    .option('--set-file <file>', "replace the content with this file's JSON object ('-': standard input) instead of opening an editor")
    .description('edit a document in $VISUAL / $EDITOR (a new name creates it) and save it to the node')
    .addHelpText('after', [
      '', 'The editor shows the content as JSON; save and quit to store it, quit without a change to store nothing.',
      'The content replaces the document\'s keys in one transaction, which gossip carries to every member.',
      'Examples:', '  continuum docs edit watchlist', '  EDITOR=nano continuum docs edit notes',
      '  continuum docs edit watchlist --set-file watchlist.json', '  echo \'{"terms":["x"]}\' | continuum docs edit watchlist --set-file -',
    ].join('\n'))
    .action(async (name: string, options: { setFile?: string }, command: Command) => {
      const context = createContext(io, command);
      const client = await context.client();
      let content: Record<string, unknown>;
      if (options.setFile !== undefined) {
        const source = options.setFile === '-' ? 'standard input' : options.setFile;
        content = parseDocText(await readTextFile(options.setFile), source);
      } else {
        let current: Record<string, unknown> = {};
        try {
          current = (await client.json<DocAnswer>('GET', docPath(name))).content;
        } catch (error) {
          if (!RemoteError.is(error, 'NOT_FOUND')) throw error;
        }
        const before = docText(current);
        const after = await editInEditor(before, name, io.env);
        try {
          content = parseDocText(after, 'the edited text');
        } catch (error) {
          const kept = await rescue(after, name);
          throw new CliError((error as Error).message, 1, `nothing was saved; your text is in ${kept} (continuum docs edit ${name} --set-file ${kept})`);
        }
        if (JSON.stringify(content) === JSON.stringify(current)) {
          context.print({ name, changed: false }, () => `no change to ${name}; nothing saved`);
          return;
        }
      }
      const saved = await client.json<DocAnswer>('PUT', docPath(name), { body: JSON.stringify({ content }), contentType: 'application/json' });
      context.print({ ...saved, changed: true }, (d) => `saved ${d.name} (version ${d.version.slice(-12)})`);
    });
};
