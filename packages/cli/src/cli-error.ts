import { ExitCode } from './exit-codes.js';

/** An error the CLI reports as one line (no stack trace) with its exit code. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: ExitCode = ExitCode.failure,
    /** A second line telling the user what to do next. */
    readonly hint?: string,
  ) {
    super(message);
  }
}

export const usageError = (message: string, hint?: string) => new CliError(message, ExitCode.usage, hint);
