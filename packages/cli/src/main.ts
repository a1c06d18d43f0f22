import { Command, CommanderError } from 'commander';
import { CliError } from './cli-error.js';
import { commands } from './commands/index.js';
import { ExitCode } from './exit-codes.js';
import { typedErrorOf } from './client/remote-error.js';
import { processIo, type CliIo } from './io.js';

function buildProgram(io: CliIo): Command {
  const program = new Command('continuum')
    .description('CONTINUUM: run and operate a node of the federation')
    .option('--json', 'machine-readable JSON output')
    .option('--api <host:port>', 'the node API to talk to (env CONTINUUM_API; default 127.0.0.1:7700)')
    .option('--data-dir <dir>', 'the node data directory, for the API token (env CONTINUUM_DATA_DIR; default ~/.continuum)')
    .showSuggestionAfterError(true)
    .addHelpText('after', '\nExit codes: 0 ok, 1 failure, 2 usage error.\nExamples:\n  continuum demo\n  continuum status --api 127.0.0.1:7701\n  continuum kv put greeting hello')
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.out(text.trimEnd()), writeErr: (text) => io.err(text.trimEnd()) });
  for (const register of commands) register(program, io);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/** Runs the CLI and returns its exit code; errors become one line on stderr. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const program = buildProgram(io);
  if (argv.length === 0) {
    program.outputHelp({ error: true });
    return ExitCode.usage;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return ExitCode.ok;
  } catch (error) {
    return report(error, io);
  }
}

function report(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) {
    // Commander already printed its one line; help and version are not failures.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.help' || error.code === 'commander.version') return ExitCode.ok;
    return ExitCode.usage;
  }
  if (error instanceof CliError) {
    io.err(`continuum: ${error.message}`);
    if (error.hint !== undefined) io.err(error.hint);
    return error.exitCode;
  }
  const typed = typedErrorOf(error);
  if (typed !== undefined) {
    io.err(`continuum: ${typed.message} [${typed.code}]`);
    return ExitCode.failure;
  }
  io.err(`continuum: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
  return ExitCode.failure;
}
