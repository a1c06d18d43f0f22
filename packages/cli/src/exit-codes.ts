/** The exit codes of every `continuum` command (documented in the package README). */
export const ExitCode = {
  ok: 0,
  /** The command ran and failed: the node said no, or could not be reached. */
  failure: 1,
  /** The command line was wrong: unknown command or flag, missing or bad argument. */
  usage: 2,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
